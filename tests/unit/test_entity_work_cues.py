"""A record released alone is announced by "single" after an owner or a release's word; a
bare title's run stops before "in April", "on Friday"; a show is named by its host or hour."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.works import show_title, untimed


def _found(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_entities(text)}


def test_a_single_after_an_owner_is_a_title() -> None:
    found = _found("Lorde's single Velvetine charted, and her new single Copper Rain did too.")
    assert found["Velvetine"] == "WORK_OF_ART"
    assert found["Copper Rain"] == "WORK_OF_ART"


def test_a_single_market_is_no_title() -> None:
    found = _found("They wanted a single European market and the single Danish regulator.")
    assert found.get("European") == "NORP"
    assert found.get("Danish") == "NORP"


def test_a_title_stops_before_a_date() -> None:
    assert untimed("Espresso in April") == "Espresso"
    assert untimed("August: Osage County") == "August: Osage County"
    assert _found("She played the album Brightwater on Friday to a crowd.")["Brightwater"] == (
        "WORK_OF_ART"
    )
    found = _found("Then the mixtape Lowlands in March sold out.")
    assert found["Lowlands"] == "WORK_OF_ART"


def test_a_show_named_by_its_host_or_its_hour_is_one_title() -> None:
    found = _found(
        "She told The Graham Norton Show she would return. On The Steve Harvey Morning Show "
        "on Tuesday, Clinton spoke. Fallon hosts The Tonight Show in New York."
    )
    assert found["The Graham Norton Show"] == "WORK_OF_ART"
    assert found["The Steve Harvey Morning Show"] == "WORK_OF_ART"
    assert found["The Tonight Show"] == "WORK_OF_ART"
    assert "Graham Norton" not in found and "Steve Harvey" not in found


def test_a_show_named_after_a_common_noun_is_an_event() -> None:
    found = _found(
        "Boeing showed the jet at the Paris Air Show. We went to the Chelsea Flower Show."
    )
    assert found["Paris Air Show"] == "EVENT"
    assert found["Chelsea Flower Show"] == "EVENT"
    assert "Chelsea Flower" not in found


def test_a_show_needs_a_host_or_an_hour() -> None:
    assert show_title("Roadshow", 0) is None
    assert show_title("Big Show", 0) is None  # "the Big Show": neither a host nor an hour
    assert show_title("The Big Show", 0) is None
    assert show_title("Kelly Clarkson Show", 10) == (10, 29, "Kelly Clarkson Show", "WORK_OF_ART")


def test_a_quoted_title_by_its_takings_opening_or_season_is_a_work() -> None:
    found = _found(
        'At the box office, "Wicked" earned $114 million, while "Gladiator II" took $55.5 '
        'million. "Moana 2", from Walt Disney Animation Studios, opens Wednesday. Netflix said '
        '"Squid Game" season two would arrive. Cate Blanchett will star in "The Seagull" next spring.'
    )
    for title in ("Wicked", "Gladiator II", "Moana 2", "Squid Game", "The Seagull"):
        assert found[title] == "WORK_OF_ART", title


def test_a_title_in_marks_is_no_quotation() -> None:
    from tuiread.analysis import analyze

    spans = analyze('Netflix said "Squid Game" season two would arrive on Dec. 26.')
    assert [s.text for s in spans if s.kind == "quote"] == []


def test_a_quoted_title_by_its_place_on_a_chart_is_a_work() -> None:
    found = _found(
        'On the Hot 100, "The Fate of Ophelia" remained at No. 1 for a ninth week. Bad Bunny'
        ' led the Latin chart with "Debi Tirar Mas Fotos". She said "We Will Win" was No. 1.'
    )
    assert found["The Fate of Ophelia"] == "WORK_OF_ART"
    assert found["Debi Tirar Mas Fotos"] == "WORK_OF_ART"
    assert "Ophelia" not in found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("She told the news on Travis Kelce's podcast, New Heights.", "New Heights"),
        ("The game Mario Kart World was bundled with it.", "Mario Kart World"),
        ("It launched alongside the game, Donkey Kong Bananza, in July.", "Donkey Kong Bananza"),
    ],
)
def test_a_work_noun_before_a_comma_or_opening_a_sentence_announces_a_title(
    text: str, title: str
) -> None:
    assert {s.text: s.label for s in find_entities(text)}[title] == "WORK_OF_ART"


def test_a_name_opening_the_clause_after_a_work_noun_and_a_comma_is_no_title() -> None:
    got = {s.text: s.label for s in find_entities("With her film, Ava Mirren documents the era.")}
    assert got.get("Ava Mirren") != "WORK_OF_ART"
