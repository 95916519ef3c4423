"""Durations written as compounds ("a months-long standoff") and level scores ("3-3")."""

from __future__ import annotations

from tuiread.analysis import analyze


def numbers(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.value) for s in analyze(text) if s.kind == "number"]


def test_a_plural_unit_with_long_is_a_vague_duration_not_one_unit() -> None:
    assert numbers("It ended a months-long standoff.") == [("months-long", "PXM")]
    assert numbers("It ended a years-old slump.") == [("years-old", "PXY")]
    assert numbers("It lasted a month.") == [("a month", "P1M")]


def test_a_level_score_is_no_range() -> None:
    assert numbers("They drew 3-3 with Southampton.") == [("3-3", None)]
    assert numbers("Sales rose 3-5%.")[0][1] != "[3,3)"


def test_the_last_set_of_a_score_before_a_day_is_no_hour_range() -> None:
    got = numbers("Sinner beat Alcaraz 6-4, 6-4 on Sunday. The shop opens 10-4 on Sunday.")
    assert ("6-4 on Sunday", None) not in got
    assert [t for t, _ in got].count("6-4") == 2
    assert "10-4 on Sunday" in [t for t, _ in got]
