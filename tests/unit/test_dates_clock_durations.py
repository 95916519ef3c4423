"""Hours, minutes and seconds told together (race times, timings) have one duration value."""

from __future__ import annotations

import pytest

from tuiread.analysis import analyze


def times(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.value) for s in analyze(text) if s.label == "TIME"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It took 3 minutes 49 seconds.", "3 minutes 49 seconds", "PT3M49S"),
        ("He ran 2hr 1min 9sec.", "2hr 1min 9sec", "PT2H1M9S"),
        ("She won in 3min 49.11sec.", "in 3min 49.11sec", "PT3M49.11S"),
        ("It set a record of 9.58sec.", "9.58sec", "PT9.58S"),
        ("The flight took two hours 30 minutes.", "two hours 30 minutes", "PT2H30M"),
    ],
)
def test_timings(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text)


def test_units_out_of_order_are_no_timing() -> None:
    # two lengths of time, each with its own value, never one timing
    assert times("for 20 minutes 3 hours") == [("20 minutes", "PT20M"), ("3 hours", "PT3H")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He won in a time of 3:49.11.", "3:49.11", "PT3M49.11S"),
        ("He ran 26:38.08 on Friday.", "26:38.08", "PT26M38.08S"),
        ("He ran 2:03:59.1 in Berlin.", "2:03:59.1", "PT2H3M59.1S"),
    ],
)
def test_race_times_are_no_clock_times(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text)


def test_a_clock_time_stays() -> None:
    assert times("The meeting is at 10:30.") == [("10:30", "XXXX-XX-XXT10:30")]
