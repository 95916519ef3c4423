"""Calendar arithmetic and the TIMEX3 spelling of calendar units.

Pure functions on ``datetime.date``: ISO weeks ("2017-W37"), quarters ("2017-Q3"), seasons
("2017-SU"), month shifts, the weekday nearest an anchor in a given direction, and the dates
of the holidays news names (Easter, Thanksgiving, Election Day...).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

MIN_YEAR, MAX_YEAR = 1, 9998  # date arithmetic stays inside what datetime can hold


def iso_day(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_week(d: date) -> str:
    """The ISO week TIMEX3 writes for a date: 2017-09-15 -> "2017-W37"."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``by`` months: (2017, 1) - 1 -> (2016, 12)."""
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + by
    return index // 4, index % 4 + 1


def shift_days(d: date, by: int) -> date | None:
    """``d`` moved by ``by`` days, or None outside the years a date can hold."""
    try:
        return d + timedelta(days=by)
    except OverflowError:
        return None


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (February 30, year 0)."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def weekday_near(anchor: date, weekday: int, direction: int) -> date | None:
    """The ``weekday`` (Monday 0) nearest ``anchor``: ``direction`` -1 looks back, +1 ahead.

    The anchor's own weekday is the anchor itself either way: "Friday" in a Friday story
    is that day.
    """
    delta = (weekday - anchor.weekday()) % 7
    if delta == 0:
        return anchor
    return shift_days(anchor, delta if direction > 0 else delta - 7)


def season_year(anchor: date, season: str, direction: int) -> int:
    """The year of the nearest ``season`` ("SP", "SU", "FA", "WI") before, at or after ``anchor``.

    Winter is named by the year it starts in (December), as TIMEX3 does.
    """
    current = season_of(anchor)
    year = anchor.year - (1 if anchor.month <= 2 else 0) if current == "WI" else anchor.year
    order = ("SP", "SU", "FA", "WI")  # a winter starts in December and is that year's
    here = order.index(current)
    there = order.index(season)
    if there == here and season_under_way(anchor, direction):
        return year
    if direction < 0:
        steps = (here - there) % 4 or 4
        index = year * 4 + here - steps
    elif direction > 0:
        steps = (there - here) % 4 or 4
        index = year * 4 + here + steps
    elif there == here:
        index = year * 4 + here
    else:
        # no tense: the nearer of the last one and the next, in months from the anchor ("the
        # spring" and "the summer" in January are the coming ones, "the autumn" the last)
        ahead = year * 4 + here + (there - here) % 4
        back = year * 4 + here - (here - there) % 4
        months = anchor.year * 12 + anchor.month
        to_start = (ahead // 4) * 12 + _SEASON_MONTHS[season][0] - months
        since_end = months - ((back // 4) * 12 + _SEASON_MONTHS[season][1])
        index = ahead if to_start <= since_end else back
    return index // 4


def season_under_way(anchor: date, direction: int) -> bool:
    """Whether the season ``anchor`` falls in is the one meant by its bare name in a
    sentence looking ``direction`` (-1 back, +1 ahead): "winter" in a story of December is
    this winter, whether "bills bite hardest in winter" or "a new winter plan would free
    up beds"; only at a season's edge does the tense reach to another one: "will" in its
    last month looks to the next ("the road will close in winter", written in February),
    a past in its first month to the last ("the winter was mild", written in December)."""
    into = (anchor.month - _SEASON_MONTHS[season_of(anchor)][0]) % 12  # 0, 1 or 2
    if direction > 0:
        return into < 2
    if direction < 0:
        return into > 0
    return True


# the first and last month of each season, in the year that names it (a winter runs from
# December into the next February: months 12 to 14)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def season_of(d: date) -> str:
    """Meteorological seasons: March-May spring, June-August summer, and so on."""
    return ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI")[d.month - 1]


def easter(year: int) -> date | None:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return safe_date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The ``n``-th ``weekday`` of a month (``n`` -1: the last one)."""
    if n > 0:
        first = safe_date(year, month, 1)
        if first is None:
            return None
        return shift_days(first, (weekday - first.weekday()) % 7 + 7 * (n - 1))
    y, m = shift_month(year, month, 1)
    after = safe_date(y, m, 1)
    if after is None:
        return None
    last = shift_days(after, -1)
    if last is None:
        return None
    return shift_days(last, -((last.weekday() - weekday) % 7))


def holiday(name: str, year: int) -> date | None:
    """The date of a holiday named in ``HOLIDAYS`` in ``year``."""
    rule = HOLIDAYS.get(name)
    if rule is None:
        return None
    if isinstance(rule, tuple):
        return safe_date(year, rule[0], rule[1])
    return rule(year)


def _thanksgiving(year: int) -> date | None:
    return nth_weekday(year, 11, 3, 4)


def _election_day(year: int) -> date | None:
    """US Election Day: the Tuesday after the first Monday of November."""
    monday = nth_weekday(year, 11, 0, 1)
    return shift_days(monday, 1) if monday else None


def _after_easter(days: int) -> Callable[[int], date | None]:
    """A movable feast a fixed number of days from Easter Sunday (Ash Wednesday -46)."""

    def day(year: int) -> date | None:
        sunday = easter(year)
        return shift_days(sunday, days) if sunday else None

    return day


def _after_thanksgiving(days: int) -> Callable[[int], date | None]:
    """Black Friday and Cyber Monday: days after US Thanksgiving."""

    def day(year: int) -> date | None:
        thursday = _thanksgiving(year)
        return shift_days(thursday, days) if thursday else None

    return day


HOLIDAYS: dict[str, tuple[int, int] | Callable[[int], date | None]] = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "easter": easter,
    "easter sunday": easter,
    "good friday": _after_easter(-2),
    "easter monday": _after_easter(1),
    "ash wednesday": _after_easter(-46),
    "mardi gras": _after_easter(-47),
    "palm sunday": _after_easter(-7),
    "pentecost": _after_easter(49),
    "black friday": _after_thanksgiving(1),
    "cyber monday": _after_thanksgiving(4),
    "thanksgiving": _thanksgiving,
    "thanksgiving day": _thanksgiving,
    "election day": _election_day,
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "labour day": lambda y: nth_weekday(y, 9, 0, 1),
    "martin luther king day": lambda y: nth_weekday(y, 1, 0, 3),
    "martin luther king jr. day": lambda y: nth_weekday(y, 1, 0, 3),
    "mlk day": lambda y: nth_weekday(y, 1, 0, 3),
    "presidents' day": lambda y: nth_weekday(y, 2, 0, 3),
    "presidents day": lambda y: nth_weekday(y, 2, 0, 3),
    "president's day": lambda y: nth_weekday(y, 2, 0, 3),
    "mother's day": lambda y: nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: nth_weekday(y, 6, 6, 3),
    "veterans day": (11, 11),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "remembrance sunday": lambda y: nth_weekday(y, 11, 6, 2),
    "saint patrick's day": (3, 17),
    "juneteenth": (6, 19),
    "guy fawkes night": (11, 5),
    "bonfire night": (11, 5),
    "hogmanay": (12, 31),
    "kwanzaa": (12, 26),
    "may day": (5, 1),
    "bastille day": (7, 14),
    "australia day": (1, 26),
    "canada day": (7, 1),
}
