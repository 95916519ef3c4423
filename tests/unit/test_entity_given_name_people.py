"""A given name and a place's word ("Elaine Park") is a person when the article has the
person speak or titles them, and no mention stands "at" or "in" it."""

from __future__ import annotations

import pytest

from tuiread.analysis.entities import find_entities


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in find_entities(text)]


def test_a_given_name_and_park_who_speaks_is_a_person() -> None:
    found = _found("The firm hired Susan Park as finance chief. Park said margins would rise.")
    assert found == [("Susan Park", "PERSON"), ("Park", "PERSON")]


def test_a_park_people_are_at_stays_a_place() -> None:
    found = _found("Crowds met at Susan Park on Sunday. Susan Park said nothing to them.")
    assert all(label != "PERSON" for _, label in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Dallas Mavericks traded Luka Doncic to the Lakers.", "Luka Doncic"),
        ("Mykhailo Mudryk scored twice on Sunday.", "Mykhailo Mudryk"),
        ("Siraj removed Ben Duckett and Ollie Pope with successive balls.", "Ollie Pope"),
    ],
)
def test_given_names_from_abroad_and_a_title_that_is_a_surname(text: str, person: str) -> None:
    assert {s.text: s.label for s in find_entities(text)}.get(person) == "PERSON"


def test_a_role_title_after_an_unknown_word_is_no_surname() -> None:
    text = '"We will split," Courtaulds Chairman Christopher Hogg said.'
    got = {s.text: s.label for s in find_entities(text)}
    assert "Courtaulds Chairman" not in got
    assert got["Christopher Hogg"] == "PERSON"


def test_todays_leaders_named_by_the_surname_alone_are_people() -> None:
    got = {s.text: s.label for s in find_entities("He met Putin at the base. Putin warns West.")}
    assert got["Putin"] == "PERSON"


def test_a_given_name_before_a_surname_no_list_knows_is_a_person() -> None:
    text = "She writes letters to everyone from her brother Felix to the author Joan Didion."
    assert {s.text: s.label for s in find_entities(text)}["Joan Didion"] == "PERSON"


def test_a_title_before_an_unknown_name_inside_a_body_run_is_no_part_of_it() -> None:
    text = "Mahama defeated Vice President Mahamudu Bawumia of the New Patriotic Party."
    got = {s.text: s.label for s in find_entities(text)}
    assert got["Mahamudu Bawumia"] == "PERSON"
    assert got["New Patriotic Party"] == "ORG"
