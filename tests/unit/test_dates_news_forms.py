"""Date values of ordinary news: clock times on holidays, ranges of clock times on named
days, deep time, and quarters named in the past tense."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

PUBLISHED = date(2026, 3, 14)


def times(text: str) -> list[tuple[str, str | None]]:
    return [
        (s.text, s.value)
        for s in analyze(text, published=PUBLISHED)
        if s.kind == "number" and s.label in ("DATE", "TIME")
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It happened at about 11.30pm on New Year's Eve.", "11.30pm", "2025-12-31T23:30"),
        ("He died at 3am on Christmas Day 2019.", "3am", "2019-12-25T03:00"),
        ("The shops open at 9am on Boxing Day.", "9am", "2026-12-26T09:00"),
    ],
)
def test_clock_on_a_holiday(text: str, span: str, value: str) -> None:
    """The clock and the holiday stay two spans (as Recognizers-Text writes them); the clock
    takes the holiday's day."""
    assert (span, value) in times(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The line closes from 10pm on Friday 27 March until 5am on Monday 30 March.",
            "2026-03-27T22:00/2026-03-30T05:00",
        ),
        (
            "The line shut from 10pm on Friday until 5am on Monday.",
            "2026-03-13T22:00/2026-03-16T05:00",
        ),
    ],
)
def test_range_of_clock_times_on_days(text: str, value: str) -> None:
    assert times(text)[0][1] == value


def test_range_of_clock_times_without_a_day_has_no_value() -> None:
    assert times("The road is shut from 8pm to 6am.")[0][1] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It lasted 12 million years.", "P12000000Y"),
        ("over 2.5 million years", "P2500000Y"),
        ("The rocks formed 12 million years ago.", "PAST_REF"),
    ],
)
def test_deep_time(text: str, value: str) -> None:
    assert times(text)[0][1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It reported a 27% rise in fourth-quarter profit.", "2025-Q4"),
        ("Sales fell in the third quarter.", "2025-Q3"),
        ("It expects fourth-quarter sales to rise.", "2026-Q4"),
        ("Sales rose in the first quarter.", "2026-Q1"),
    ],
)
def test_quarters_told_in_the_past(text: str, value: str) -> None:
    assert times(text)[0][1] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Flooding in the winter of 2024/25 left damage.", "winter of 2024/25", "2024-WI"),
        ("It rained all over winter 2023/2024.", "winter 2023/2024", "2023-WI"),
    ],
)
def test_a_winter_across_two_years(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text)
