"""A given name and a place's word ("Elaine Park") is a person when the article has the
person speak or titles them, and no mention stands "at" or "in" it."""

from __future__ import annotations

from tuiread.analysis.entities import find_entities


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in find_entities(text)]


def test_a_given_name_and_park_who_speaks_is_a_person() -> None:
    found = _found("The firm hired Susan Park as finance chief. Park said margins would rise.")
    assert found == [("Susan Park", "PERSON"), ("Park", "PERSON")]


def test_a_park_people_are_at_stays_a_place() -> None:
    found = _found("Crowds met at Susan Park on Sunday. Susan Park said nothing to them.")
    assert all(label != "PERSON" for _, label in found)
