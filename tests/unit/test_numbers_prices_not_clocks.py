"""A price or a rate written with a point is no clock time: "3.50 a share", "steady at 7.07
per dollar"; "10.30 on Friday" and "7 a.m." still are."""

from __future__ import annotations

from tuiread.analysis.numbers import find_numbers


def _labels(text: str) -> dict[str, str]:
    return {s.text: s.label for s in find_numbers(text)}


def test_a_price_a_share_is_no_morning() -> None:
    assert _labels("Profit was 3.50 a share.") == {"3.50": "CARDINAL"}
    assert _labels("Shares closed at 1.25 a share.") == {"1.25": "CARDINAL"}


def test_a_rate_after_at_is_no_clock_time() -> None:
    assert _labels("The yuan was steady at 7.07 per dollar.") == {"7.07": "CARDINAL"}


def test_clock_times_stay() -> None:
    assert _labels("We meet at 10.30 on Friday.") == {"10.30 on Friday": "TIME"}
    assert _labels("We meet at 7 a.m.") == {"7 a.m.": "TIME"}
    assert _labels("Doors open at 7pm.") == {"7pm": "TIME"}
