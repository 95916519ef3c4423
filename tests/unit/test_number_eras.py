"""A year with its era's mark is a date, however few its digits."""

from __future__ import annotations

from tuiread.analysis import analyze
from tuiread.analysis.numbers import find_numbers


def test_years_of_an_era_are_dates_with_timex_values() -> None:
    found = [(s.text, s.label, s.value) for s in find_numbers("Vesuvius erupted in AD 79.")]
    assert found == [("AD 79", "DATE", "0079")]
    spans = analyze("Caesar died in 44 BC, and the wall rose in 122 CE.")
    dates = [(s.text, s.value) for s in spans if s.label == "DATE"]
    assert dates == [("44 BC", "BC0044"), ("122 CE", "0122")]


def test_an_era_mark_is_no_organisation() -> None:
    spans = analyze("The villa dates to the 3rd and 4th centuries AD.")
    assert not any(s.kind == "entity" for s in spans)


def test_a_count_before_an_unrelated_capital_stays_a_count() -> None:
    found = [(s.text, s.label) for s in find_numbers("He scored 44 ADVANCE points.")]
    assert ("44", "CARDINAL") in found
