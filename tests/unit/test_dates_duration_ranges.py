"""A range of durations written out ("two to three weeks") is one span, as "2-3 weeks" is,
valued by its lower end as TimeBank values it (P2W): TIMEX3 has no interval."""

from __future__ import annotations

from tuiread.analysis import analyze


def _dates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.text, s.value, s.unit) for s in analyze(text) if s.label in ("DATE", "TIME")]


def test_a_range_of_durations_across_to_is_one_span() -> None:
    assert _dates("Recovery usually takes two to three weeks.") == [
        ("two to three weeks", "P2W", "weeks")
    ]
    assert _dates("The flight was delayed by four to eight hours.") == [
        ("four to eight hours", "PT4H", "hours")
    ]
    assert _dates("Patients waited three to four days for a bed.") == [
        ("three to four days", "P3D", "days")
    ]
    assert _dates("Taxpayers held the gains for one to two years.") == [
        ("one to two years", "P1Y", "years")
    ]


def test_a_range_with_a_dash_takes_its_lower_end() -> None:
    assert _dates("It takes 2-3 weeks.") == [("2-3 weeks", "P2W", "weeks")]


def test_a_change_across_from_is_no_range() -> None:
    got = _dates("The deadline was extended from two to three weeks.")
    assert got == [("two", "P2W", "weeks"), ("three weeks", "P3W", "weeks")]
