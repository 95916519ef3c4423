"""A count before the number of a model family named by digits ("27 737 MAX jets") is a
count of that family, not one number with a group of thousands."""

from __future__ import annotations

from tuiread.analysis.numbers import find_numbers


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.label, s.value) for s in find_numbers(text)]


def test_a_count_before_a_family_number_is_the_count_alone() -> None:
    assert _read("Boeing delivered 27 737 MAX jets.") == [("27", "CARDINAL", "27")]
    assert _read("It has 12 787 Dreamliners on order.") == [("12", "CARDINAL", "12")]


def test_a_group_of_thousands_before_anything_else_stays_one_number() -> None:
    assert _read("The crowd was 12 737 people.") == [("12 737", "CARDINAL", "12737")]


def test_the_last_number_of_a_catalogue_name_is_no_count() -> None:
    # letters, dashes and a code before it: the whole is a name ("JADES-GS-z14-0")
    assert _read("The galaxy JADES-GS-z14-0 is 13.4 billion years old.")[0][0] != "0"
    assert _read("They won 4-0.") == [("4-0", "CARDINAL", None)]
