"""A record released alone is announced by "single" after an owner or a release's word; a
bare title's run stops before "in April", "on Friday"."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities
from tuiread.analysis.entities.works import untimed


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
