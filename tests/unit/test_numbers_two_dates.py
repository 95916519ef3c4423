"""A month or a year, then "on" and the day it was said, are two dates, not one."""

from __future__ import annotations

from tuiread.analysis.numbers import find_numbers


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.value) for s in find_numbers(text)]


def test_a_month_then_on_and_a_weekday_are_two_dates() -> None:
    got = _spans("Bitcoin fell for the first time since April on Tuesday.")
    assert ("since April", "XXXX-04") in got
    assert ("Tuesday", None) in got
    assert _spans("Sales fell in 2019 on Tuesday's count.")[0][0] != "2019 on Tuesday"


def test_an_offset_on_a_weekday_stays_one_date() -> None:
    assert [t for t, _ in _spans("He left a week later on Monday.")] == ["a week later on Monday"]
    assert [t for t, _ in _spans("It opens in 3 days on Friday.")] == ["in 3 days on Friday"]
