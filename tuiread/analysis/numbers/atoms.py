"""Atoms: the pieces the grammar finds ("$48.2 million", "Friday", "3", "to"), before the
joining rules make them into the spans a reader sees ("from 2:30 to 4 pm")."""

from __future__ import annotations

from enum import Enum


class Kind(Enum):
    """What an atom is, as far as the joining rules care."""

    NUMBER = "number"  # a cardinal, a fraction, a numeric range: "3", "two thirds", "20-30"
    ORDINAL = "ordinal"  # "fifth", "2nd", "next one"
    YEAR = "year"  # a bare four-digit year: "2017"
    DATE = "date"  # a calendar or relative date: "September 15", "last month", "Friday"
    TIME = "time"  # a clock time, alone or joined to a day: "2:30 pm", "Friday at 9"
    DAY_PART = "day part"  # a part of the day: "this morning", "evening"
    DURATION = "duration"  # an amount of time: "six minutes", "three days ago"
    MEASURE = "measure"  # money, percent, quantity, age, temperature: complete as found


NUMBER, ORDINAL, YEAR = Kind.NUMBER, Kind.ORDINAL, Kind.YEAR
DATE, TIME, DAY_PART, DURATION, MEASURE = (
    Kind.DATE,
    Kind.TIME,
    Kind.DAY_PART,
    Kind.DURATION,
    Kind.MEASURE,
)
# kinds that name a point or stretch of time: prefixes such as "since" or "until" join them
TEMPORAL = frozenset((DATE, TIME, DAY_PART, DURATION, YEAR))

Reasons = list[tuple[str, str]]


class Atom:
    """A piece of text the grammar read: ``text[start:end]``, its label and value.

    ``is_day`` is true when the atom names a particular day ("Friday", "15 May 2017"), which
    a clock time can join; ``is_range`` when it is a range ("1910-45", "from 2 to 4").
    ``why`` holds (rule, detail) pairs when a trace is kept, else None.
    """

    __slots__ = ("start", "end", "kind", "label", "value", "unit", "is_day", "is_range", "why")

    def __init__(
        self,
        start: int,
        end: int,
        kind: Kind,
        label: str,
        value: str | None = None,
        unit: str | None = None,
        is_day: bool = False,
        is_range: bool = False,
        why: Reasons | None = None,
    ) -> None:
        # (one assignment per field: a tuple on each side would be built and unpacked, and
        # ~100,000 atoms are made for a long text)
        self.start = start
        self.end = end
        self.kind = kind
        self.label = label
        self.value = value
        self.unit = unit
        self.is_day = is_day
        self.is_range = is_range
        self.why = why

    def __repr__(self) -> str:
        return (
            f"Atom({self.start}, {self.end}, {self.kind.name}, {self.label}, {self.value!r}, "
            f"{self.unit!r}, is_day={self.is_day}, is_range={self.is_range})"
        )
