"""A round hundred that reads as a year before a plural noun counts it, a plural with an
"-s" or without ("2000 people"), also after "up to", which can place a date."""

from __future__ import annotations

from tuiread.analysis.numbers import find_numbers


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.label, s.value) for s in find_numbers(text)]


def test_a_round_hundred_before_a_plural_without_s_is_a_count() -> None:
    assert _read("Some 2000 people died.") == [("2000", "CARDINAL", "2000")]
    assert _read("It built 2000 homes.") == [("2000", "CARDINAL", "2000")]


def test_up_to_a_count_is_an_upper_bound_not_a_date() -> None:
    assert _read("Up to 2000 people died.") == [("Up to 2000", "CARDINAL", "(,2000]")]
    assert _read("The deal runs until 2100.") == [("until 2100", "DATE", "2100")]


def test_four_digits_after_a_noun_that_names_by_number_are_no_year() -> None:
    # a flight's number, as "Flight 370" was already no count; the year after stays
    for text in ("Flight 1282 had left Portland.", "The crew of flight 1549 landed.", "Room 1204"):
        assert find_numbers(text) == [], text
    assert [s.text for s in find_numbers("Delta flight 1989 diverted in 1989.")] == ["1989"]
