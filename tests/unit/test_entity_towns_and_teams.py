"""Towns named in several words are known whole ("Oklahoma City", "Salt Lake City"), and a
town before a league's nickname that is no plural is the team ("Oklahoma City Thunder")."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _got(text: str) -> dict[str, tuple[str, str | None]]:
    return {s.text: (s.label, s.value) for s in find_entities(text)}


def test_a_town_of_several_words_is_one_place() -> None:
    got = _got("She worked in Oklahoma City and moved to Salt Lake City, then Jersey City.")
    for town in ("Oklahoma City", "Salt Lake City", "Jersey City"):
        assert got[town][0] == "GPE", town


def test_a_town_and_a_singular_nickname_are_one_team_and_the_nickname_alone_follows() -> None:
    got = _got("The Oklahoma City Thunder routed the Miami Heat 129-101. The Thunder won again.")
    assert got["Oklahoma City Thunder"][0] == "ORG"
    assert got["Miami Heat"][0] == "ORG"
    assert got["Thunder"] == ("ORG", "Oklahoma City Thunder")


def test_a_town_between_a_given_name_and_an_unknown_last_word_is_a_family_name() -> None:
    got = _got("Former defence minister Walter Braga Netto was also ordered to jail.")
    assert got["Walter Braga Netto"][0] == "PERSON"
    assert "Braga" not in got
    assert _got("Talks between Jordan and Brazil went on.")["Brazil"][0] == "GPE"


def test_a_place_named_after_a_person_by_a_word_no_surname_is() -> None:
    got = _got("Jack London Square in Oakland hosted a market. We met Anna Park later.")
    assert got["Jack London Square"][0] == "FAC"
    assert got["Anna Park"][0] == "PERSON"


def test_indian_given_names_open_a_name_of_three_words() -> None:
    got = _got("Civil Aviation Minister Ram Mohan Naidu met the airline. Target and Kohl's fell.")
    assert got["Ram Mohan Naidu"][0] == "PERSON"
    assert got["Kohl's"][0] == "ORG"


def test_the_federal_district_is_a_place() -> None:
    got = _got("They would travel to Washington, D.C. The complaint cites D.C. conduct rules.")
    assert got["D.C."] == ("GPE", "Washington, D.C.")
