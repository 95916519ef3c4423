"""TIMEX3 values that name a point or stretch of the calendar, and the order they sort in.

The analysis gives a DATE its TIMEX3 value as TempEval-3 writes it: "2017-09-15",
"2017-09", "2017", "2017-W37", "2017-Q3", "2017-SU", "2017-H1", "199" (the 1990s),
"2017-09-15T10:30", "1910/1945". Those place an event in time. Durations ("P2W"),
references ("PRESENT_REF"), a year left open ("XXXX-06") and anything else do not:
``calendar_value`` says None. A bare two- or three-digit number is read as a decade only
from 150 to 209 (the 1500s to the 2090s): "63" or "100" are far more often an age or a
count that a DATE label took in than the 630s or the 1000s.
The sort key orders by the first day of the stretch, the coarser stretch first on a tie
("2017" before "2017-01" before "2017-01-01"), then by the time of day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_POINT = re.compile(
    r"""^(?P<year>\d{4})
    (?:-(?:
        (?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>\d{2}(?::\d{2}){0,2}|MO|AF|EV|NI))?)?
        |W(?P<week>\d{2})(?:-(?:WE|[1-7]))?
        |Q(?P<quarter>[1-4])
        |H(?P<half>[12])
        |(?P<season>SP|SU|FA|WI)
    ))?$""",
    re.VERBOSE,
)
_DECADE = re.compile(r"^(?P<decade>1[5-9]\d|20\d)X?$")
_SEASON_MONTH = {"WI": 1, "SP": 3, "SU": 6, "FA": 9}
_PART_OF_DAY = {"MO": "06:00", "AF": "12:00", "EV": "18:00", "NI": "21:00"}

# precision ranks: a coarser stretch sorts before a finer one that starts the same day
DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, DAY = range(8)
MIN_YEAR, MAX_YEAR = 1, 9999


@dataclass(frozen=True, slots=True)
class CalendarValue:
    """Where a TIMEX3 value starts and how fine it is."""

    value: str
    start: date
    precision: int
    time: str = ""

    @property
    def sort_key(self) -> str:
        return f"{self.start.isoformat()}|{self.precision}|{self.time}"


def calendar_value(value: str | None) -> CalendarValue | None:
    """The calendar stretch ``value`` names, or None when it names none."""
    if not value:
        return None
    value = value.strip()
    if "/" in value:  # an interval: it starts where its first end does
        first, _, last = value.partition("/")
        head = calendar_value(first)
        if head is None or calendar_value(last) is None:
            return None
        return CalendarValue(value, head.start, head.precision, head.time)
    try:
        return _point(value)
    except ValueError:  # 2017-02-30, week 54: not on the calendar
        return None


def _point(value: str) -> CalendarValue | None:
    match = _POINT.match(value)
    if match is not None:
        year = int(match["year"])
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            time = match["time"] or ""
            return CalendarValue(value, day, DAY, _PART_OF_DAY.get(time, time))
        if match["month"]:
            return CalendarValue(value, date(year, int(match["month"]), 1), MONTH)
        if match["week"]:
            week = int(match["week"])
            if not 1 <= week <= 53:
                return None
            return CalendarValue(value, date.fromisocalendar(year, week, 1), WEEK)
        if match["quarter"]:
            return CalendarValue(value, date(year, 3 * int(match["quarter"]) - 2, 1), QUARTER)
        if match["half"]:
            return CalendarValue(value, date(year, 1 if match["half"] == "1" else 7, 1), HALF)
        if match["season"]:
            return CalendarValue(value, date(year, _SEASON_MONTH[match["season"]], 1), SEASON)
        return CalendarValue(value, date(year, 1, 1), YEAR)
    match = _DECADE.match(value)
    if match is not None:
        year = int(match["decade"]) * 10
        return CalendarValue(value, date(year, 1, 1), DECADE)
    return None
