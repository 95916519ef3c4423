"""A named wildfire ("the Sunshine Fire") is one EVENT in a story about a wildfire; a fire
service, or a "Fire" in a story with no fire, is not one."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in find_entities(text)]


def test_a_wildfire_named_after_a_place_is_one_event() -> None:
    text = (
        "The Sunshine Fire had burned 1,200 acres by evening, four years after the Marshall"
        " Fire destroyed homes. Crews said the Dixie Complex Fire was contained."
    )
    found = _found(text)
    assert ("Sunshine Fire", "EVENT") in found
    assert ("Marshall Fire", "EVENT") in found
    assert ("Dixie Complex Fire", "EVENT") in found
    assert all(t not in ("Sunshine", "Marshall", "Dixie") for t, _ in found)


def test_fire_services_and_fires_of_history_are_not_cut_into_an_event() -> None:
    found = _found(
        "Firefighters from the Boulder Fire Department fought the blaze, the worst since"
        " the Great Fire of London."
    )
    assert ("Boulder Fire Department", "ORG") in found
    assert ("Great Fire", "EVENT") not in found


def test_no_fire_in_the_story_no_fire_event() -> None:
    assert all(label != "EVENT" for _, label in _found("The Chicago Fire beat the Galaxy 2-1."))
