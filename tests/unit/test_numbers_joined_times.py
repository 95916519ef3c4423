"""Times the number finder must not join: a chain of durations goes from the larger unit
to the smaller ("2 hours 1 minute and 48 seconds"), so a larger unit after a smaller one
starts another expression ("47 minutes two years ago"); a frequency ("every 15 minutes")
is no length of time running from a clock time; a score that falls ("3-2 on Sunday") is
no range of hours."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

MONDAY = date(2026, 12, 7)


def spans(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.label, s.text, s.value) for s in analyze(text, published=MONDAY) if s.kind == "number"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Response times fell from over 47 minutes two years ago.",
            [("TIME", "47 minutes", "PT47M"), ("DATE", "two years ago", "2024")],
        ),
        (
            "I think I can run under two hours one minute one day.",
            [("TIME", "two hours one minute", "PT2H1M")],
        ),
        (
            "Kiptoo won in 2 hours 1 minute and 48 seconds.",
            [("TIME", "in 2 hours 1 minute and 48 seconds", "PT2H1M48S")],
        ),
        (
            "Trains will run every 15 minutes from 6am to 8pm on weekdays.",
            [("TIME", "15 minutes", "PT15M")],
        ),
        ("City beat Rovers 3-2 on Sunday.", [("DATE", "Sunday", "2026-12-06")]),
    ],
)
def test_split(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = spans(text)
    for item in expected:
        assert item in found, found


def test_joins_that_stay() -> None:
    assert spans("The shop is open for two hours from 3 pm.")[0][1] == "for two hours from 3 pm"
    assert spans("Polls open 9-11 on Friday.")[0][1] == "9-11 on Friday"


def test_a_rate_or_a_fraction_after_a_duration_stays_with_it() -> None:
    assert spans("Guards stood there 24 hours a day.")[0][1] == "24 hours a day"
    assert spans("The talks lasted two hours and a quarter.")[0][1] == "two hours and a quarter"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Alemu won the women's race in 2:14:19.", "in 2:14:19", "PT2H14M19S"),
        ("Kosgei was third in 2:15:33.", "in 2:15:33", "PT2H15M33S"),
        ("He clocked 2:08:30 in Berlin.", "2:08:30", "PT2H8M30S"),
    ],
)
def test_race_times_in_whole_seconds(text: str, span: str, value: str) -> None:
    assert ("TIME", span, value) in spans(text), spans(text)


def test_a_clock_time_with_seconds_stays_a_clock_time() -> None:
    found = spans("The blast came at 2:14:19.")
    assert found[0][1] == "2:14:19" and not (found[0][2] or "").startswith("PT"), found


def test_from_does_not_open_a_score() -> None:
    assert spans("City came from 2-0 down to beat Rovers.") == [("CARDINAL", "2-0", None)]
    assert spans("The count went from 20-30 a day.")[0][1] == "from 20-30"
