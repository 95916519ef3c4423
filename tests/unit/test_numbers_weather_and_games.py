"""Tens of degrees in a sentence about the weather ("highs in the mid-40s") are a
temperature, not a decade; a basket's name ("3-pointers") is no count, and a quarter in a
paragraph about a basketball game is a period of play."""

from __future__ import annotations

from datetime import date

from tuiread.analysis import analyze

_DAY = date(2026, 12, 7)


def _numbers(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.label, s.value) for s in analyze(text, published=_DAY) if s.kind == "number"]


def test_tens_of_degrees_in_a_sentence_about_temperatures() -> None:
    got = _numbers("Temperatures should rebound into the 30s, with highs in the mid-40s.")
    assert got == [("30s", "QUANTITY", "[30,40)"), ("mid-40s", "QUANTITY", "[40,50)")]
    assert _numbers("Her 80s hits sold well.") == [("80s", "DATE", "198")]


def test_a_three_pointer_is_no_count_and_its_quarter_no_calendar_quarter() -> None:
    got = _numbers("Curry passed 4,000 career 3-pointers in the second quarter.")
    assert got == [("4,000", "CARDINAL", "4000"), ("second", "ORDINAL", "2")]
