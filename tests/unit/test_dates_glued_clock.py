"""A clock time with "am"/"pm" glued to it ("3pm", "11.30pm") has the value it has spaced."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

PUBLISHED = date(2024, 11, 3)


def times(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.value) for s in analyze(text, published=PUBLISHED) if s.label == "TIME"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Shops opened at 9am.", "9am", "2024-11-03T09:00"),
        ("He was seen at about 11.30pm.", "11.30pm", "2024-11-03T23:30"),
        ("The 5pm deadline passed.", "5pm", "2024-11-03T17:00"),
        ("Police were called at 11:30pm.", "11:30pm", "2024-11-03T23:30"),
        ("Police were called at 11:30 p.m.", "11:30 p.m.", "2024-11-03T23:30"),
    ],
)
def test_glued_clock_times(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Kick-off is at 19.45.", "at 19.45", "2024-11-03T19:45"),
        ("The vote is on Friday at 10.30.", "Friday at 10.30", "2024-11-08T10:30"),
    ],
)
def test_a_24_hour_time_with_a_point(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text)
