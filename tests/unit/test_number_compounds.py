"""Ranks and fractions that open a compound adjective are no numbers."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze
from tuiread.model import Span


def find_numbers(text: str) -> list[Span]:
    return [s for s in analyze(text) if s.kind == "number"]


@pytest.mark.parametrize(
    "text",
    [
        "Hackers got in through a third-party contractor.",
        "He sold second-hand cars.",
        "She won a first-class degree.",
        "He was charged with second-degree murder.",
        "First-time buyers paid an average deposit of less.",
        "He is a first-timer at the tournament.",
    ],
)
def test_a_rank_or_a_fraction_in_a_compound_adjective_is_no_number(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Reuters's eight-person executive committee met.", "eight"),
        ("It was a third-quarter loss.", "third-quarter"),
        ("There was a two-hour wait.", "two-hour"),
    ],
)
def test_numbers_that_count_or_measure_in_a_compound_stay(text: str, number: str) -> None:
    assert [s.text for s in find_numbers(text)] == [number]


def test_a_phone_number_with_its_country_code_counts_nothing() -> None:
    assert find_numbers("Call +1 617 555 0100 for details.") == []
    assert find_numbers("Call +44 20 7946 0958 now.")[0].text == "now"


def test_a_month_alone_runs_to_no_day_across_to() -> None:
    got = [(s.text, s.label) for s in find_numbers("He pleaded guilty in August to 14 counts.")]
    assert got == [("August", "DATE"), ("14", "CARDINAL")]
    assert [s.text for s in find_numbers("The fair runs May 3 to 5.")] == ["May 3 to 5"]


def test_an_amount_of_time_grouped_in_thousands_keeps_its_value() -> None:
    got = find_numbers("The captain had 15,638 hours of flying experience.")
    assert [(s.text, s.value) for s in got] == [("15,638 hours", "PT15638H")]
    assert find_numbers("It took 1,500 years.")[0].value == "P1500Y"


def test_the_first_time_in_years_is_no_offset_to_a_weekday() -> None:
    got = find_numbers("They played together for the first time in 16 years on Friday night.")
    assert [s.text for s in got] == ["first", "in 16 years", "Friday night"]
