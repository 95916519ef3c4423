"""Numbers, quantities, money, percentages, dates and times, with normalised values."""

from __future__ import annotations

from tuiread.model import Span


def find_numbers(text: str) -> list[Span]:
    return []
