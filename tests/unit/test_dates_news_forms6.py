"""Date values of ordinary news, sixth round: budgets, earnings, live blogs and schedules
(fiscal years written as codes, clock times with a zone, past months near a new year)."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze


def times(text: str, published: date) -> list[tuple[str, str | None]]:
    return [
        (s.text, s.value)
        for s in analyze(text, published=published)
        if s.kind == "number" and s.label in ("DATE", "TIME")
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The Pentagon asked for $849.8 billion in FY2026.", "FY2026", "2026"),
        ("Analysts expect the deficit to ease in FY27.", "FY27", "2027"),
        ("Revenue guidance for FY'26 was raised.", "FY'26", "2026"),
        ("The FY 25 results were weaker.", "FY 25", "2025"),
        ("The ministry's FY2025/26 budget was cut.", "FY2025/26", "2025/2026"),
        ("Borrowing in FY2025-26 rose.", "FY2025-26", "2025/2026"),
        ("CY2024 sales were flat.", "CY2024", "2024"),
    ],
)
def test_a_fiscal_year_written_as_a_code(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text, date(2025, 11, 26))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Pre-orders open at 5am PT on Friday.", "5am PT on Friday", "2025-09-12T05:00"),
        ("The game starts at 8pm ET Saturday.", "8pm ET Saturday", "2025-09-13T20:00"),
        ("Talks resume at 10am CET on Monday.", "10am CET on Monday", "2025-09-15T10:00"),
        (
            "The quake struck at 12:50 local time on Friday.",
            "12:50 local time on Friday",
            "2025-09-05T12:50",
        ),
    ],
)
def test_a_clock_time_with_its_zone_joins_the_day_after(text: str, span: str, value: str) -> None:
    # as "9 a.m. EST Tuesday" did: the zones of US, European and wire copy, and "local time"
    assert (span, value) in times(text, date(2025, 9, 10))


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # the nearest January to a story of December is the next, but told in the past it is
        # the one that has begun
        ("ETFs have drawn $31bn since they launched in January.", date(2024, 12, 5), "2024-01"),
        ("Sales rose 4% in January.", date(2024, 12, 5), "2024-01"),
        ("It will open in January.", date(2024, 12, 5), "2025-01"),
        # the nearest December to a story of January has ended, but told ahead it is the next
        ("The plant will open in December.", date(2025, 1, 10), "2025-12"),
        ("Sales rose in December.", date(2025, 1, 10), "2024-12"),
    ],
)
def test_a_month_across_the_new_year_follows_the_tense(
    text: str, published: date, value: str
) -> None:
    assert [v for t, v in times(text, published) if t in ("January", "December")] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # "last quarter" is the last to have ended, as "the latest quarter" is
        ("Sales rose 3% in the last quarter.", "last quarter", "2025-Q2"),
        ("Only 64.9% of trains ran on time last quarter.", "last quarter", "2025-Q2"),
        # of a year, the fourth
        ("Sales fell in the last quarter of 2024.", "the last quarter of 2024", "2024-Q4"),
        (
            "Sales will rise in the last quarter of the year.",
            "the last quarter of the year",
            "2025-Q4",
        ),
        # "of the year" is the year the tense gives, as "the second half of the year" is
        (
            "Sales rose in the fourth quarter of the year.",
            "the fourth quarter of the year",
            "2024-Q4",
        ),
        ("in the first quarter of the year", "the first quarter of the year", "2025-Q1"),
    ],
)
def test_the_last_quarter_and_a_quarter_of_the_year(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text, date(2025, 7, 15))
