"""The kinds of the two atoms each joining rule of ``joins`` can join, as its first test
says ("20-30": two numbers; "May 3 to June 5": two dates; "Friday at 9 pm": a date and a
time): a pair is offered only the rules for its kinds, instead of every rule of its gap's
family in turn (most pairs across a range word are two numbers, which only
``number_range`` joins)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from .atoms import DATE, DAY_PART, DURATION, NUMBER, ORDINAL, TIME, YEAR, Kind

Pairs = frozenset[tuple[Kind, Kind]]


def _pairs(lefts: Iterable[Kind], rights: Iterable[Kind]) -> Pairs:
    return frozenset((x, y) for x in lefts for y in rights)


_DATE_OR_YEAR = (DATE, YEAR)
_NUMBER_OR_YEAR = (NUMBER, YEAR)
_DAY = (DATE, DAY_PART)

# rule name -> the (left kind, right kind) pairs it can join
RANGE_KINDS: dict[str, Pairs] = {
    "date_range": _pairs(_DATE_OR_YEAR, _DATE_OR_YEAR),
    "year_to_short_year": _pairs([YEAR], [NUMBER]),
    "clock_range": _pairs([TIME], [TIME, NUMBER]) | _pairs([NUMBER], [TIME]),
    "day_number_to_date": _pairs([NUMBER], [DATE]),
    "day_to_clock": _pairs([DATE], [TIME]) | _pairs([TIME], [DATE]),
    "ordinal_to_date": _pairs([ORDINAL], [DATE]),
    "date_to_day_number": _pairs([DATE], [NUMBER, ORDINAL]),
    "duration_range": _pairs([NUMBER], [DURATION]),
    "number_range": _pairs(_NUMBER_OR_YEAR, _NUMBER_OR_YEAR),
}
ADJACENT_KINDS: dict[str, Pairs] = {
    "offset_on_weekday": _pairs([DATE, DURATION], [DATE]),
    "day_then_clock": _pairs([DATE], [TIME]),
    "clock_then_day": _pairs([TIME], [DATE]),
    "clock_range_then_clock": _pairs([TIME], [TIME]),
    "day_clock_at_clock": _pairs([TIME], [TIME]),
    "clock_then_day_part": _pairs([TIME], [DAY_PART]),
    "day_then_hour_range": _pairs(_DAY, [NUMBER]),
    "clock_then_relative_date": _pairs([TIME], [DATE]),
    "day_part_then_clock": _pairs([DAY_PART], [TIME]),
    "day_at_hour": _pairs(_DAY, [NUMBER]),
    "hour_then_day_part": _pairs([NUMBER], [DAY_PART]),
    "at_hour_then_day": _pairs([NUMBER], _DAY),
    "dotted_clock_then_day": _pairs([NUMBER], [DATE]),
    "day_range_of_month": _pairs([NUMBER], [DATE]),
    "hour_range_on_day": _pairs([NUMBER], [DATE]),
    "hour_range_then_day": _pairs([NUMBER], _DAY),
    "day_then_day_part": _pairs([DATE], [DAY_PART]),
    "day_part_then_date": _pairs([DAY_PART], [DATE]),
    "date_then_date": _pairs([DATE], [DATE]),
    "date_then_year": _pairs([DATE], [YEAR]),
}

R = TypeVar("R", bound=Callable[..., object])


def rules_by_kinds(
    rules: tuple[R, ...], kinds: dict[str, Pairs]
) -> dict[tuple[str, str], tuple[R, ...]]:
    """For each pair of kinds (keyed by their values), the rules of ``rules`` that can join
    it, in their order; every rule must be in ``kinds``."""
    return {
        (x._value_, y._value_): tuple(r for r in rules if (x, y) in kinds[r.__name__])
        for x in Kind
        for y in Kind
    }
