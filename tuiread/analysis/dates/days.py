"""Value rules for days: "today", "yesterday", "Tuesday" (by the tense of its sentence),
"last Friday", "Oct. 23", "Friday night", "10 p.m. Friday", "9 a.m. EST Tuesday", "the next
morning". A day that needs the anchor and has none keeps the partial value TIMEX3 allows
("XXXX-09-15", "XXXX-WXX-2") or none, never a guess.
"""

from __future__ import annotations

from datetime import date

from .. import compiled
from .calendar import iso_day, safe_date, shift_days, weekday_near
from .context import Context, Phrase, Timex
from .lexicon import AHEAD, BACK, DAY_PARTS, WEEKDAYS
from .phrase import read_day_of_month, read_month, read_year

# a clock's seconds after an hour of two digits ("14:32:05", "09:15:00"); one digit's is a
# race's time ("won in 2:03:12")
_CLOCK = compiled.compile(r"(\d{1,2})(?:[:.](\d\d))?(?:(?<=\d\d[:.]\d\d):([0-5]\d))?$")
_ZONES = frozenset(
    [
        "est",
        "edt",
        "cst",
        "cdt",
        "mst",
        "mdt",
        "mt",
        "pst",
        "pdt",
        "et",
        "ct",
        "pt",
        "gmt",
        "utc",
        "bst",
        "cet",
        "cest",
        "jst",
        "ist",
        "local",
        "time",
    ]
)


def _weekday_date(weekday: int, qualifier: str | None, ctx: Context) -> date | None:
    """The date of a weekday named with "last"/"next"/"this" or bare (the tense decides)."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    if qualifier in ("previous", "preceding", "prior"):
        base = ctx.story.day or anchor
        found = weekday_near(base, weekday, -1)
        return shift_days(found, -7) if found == base and found else found
    if qualifier in ("last", "past"):
        found = weekday_near(anchor, weekday, -1)
        return shift_days(found, -7) if found == anchor and found else found
    if qualifier in ("next", "following"):
        found = weekday_near(anchor, weekday, 1)
        return shift_days(found, 7) if found == anchor and found else found
    if qualifier in ("coming", "upcoming", "this"):
        return weekday_near(anchor, weekday, 1 if qualifier != "this" or ctx.tense >= 0 else -1)
    if weekday == anchor.weekday():
        return anchor  # "Friday" in a Friday story, whatever the tense
    return weekday_near(anchor, weekday, 1 if ctx.tense > 0 else -1)


# (built once: read_day is called at every word a day may start at)
_SHIFTS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_DAYS_AROUND = tuple(
    (len(lead) + 2, (lead + ["before", "yesterday"], lead + ["after", "tomorrow"]))
    for lead in (["the", "day"], ["day"])
)  # "(the) day before yesterday", "(the) day after tomorrow"
_QUALIFIERS = BACK | AHEAD | {"this"}


def read_day(w: list[str], i: int, ctx: Context) -> tuple[str | None, int]:
    """A day at ``w[i]``: "today", "yesterday", "(last|next|this) Friday", "Oct. 23".

    Returns (TIMEX3 value or partial value, next index); (None, i) when none starts there.
    """
    n = len(w)
    if i >= n:
        return None, i
    word = w[i]
    anchor = ctx.anchor
    if word in _SHIFTS:
        day = shift_days(anchor, _SHIFTS[word]) if anchor else None
        return (iso_day(day) if day else None), i + 1
    for size, phrases in _DAYS_AROUND:
        if w[i : i + size] in phrases:
            by = -2 if w[i + size - 1] == "yesterday" else 2
            day = shift_days(anchor, by) if anchor else None
            return (iso_day(day) if day else None), i + size
    qualifier = None
    j = i
    if word in _QUALIFIERS:
        qualifier, j = word, i + 1
        if j < n and w[j] in ("past", "coming"):  # "this past Sunday", "this coming Sunday"
            qualifier, j = w[j], j + 1
    if j < n and w[j] in WEEKDAYS:
        weekday = WEEKDAYS[w[j]]
        j += 1
        # "Friday, Oct. 23": the calendar date says more than the weekday
        month_day, k = _month_day(w, j, ctx)
        if month_day is not None:
            return month_day, k
        if (
            j + 1 < n
            and w[j] == "of"
            and w[j + 1] in ("last", "this", "next")
            and (j + 2 < n and w[j + 2] == "week")
        ):
            qualifier, j = w[j + 1], j + 3
        if qualifier is None and i == 0 and ctx.generic:
            return f"XXXX-WXX-{weekday + 1}", j  # "on a Tuesday": no one Tuesday
        day = _weekday_date(weekday, qualifier, ctx)
        return (iso_day(day) if day else f"XXXX-WXX-{weekday + 1}"), j
    if qualifier is None:
        return _month_day(w, i, ctx)
    return None, i


def _month_day(w: list[str], i: int, ctx: Context) -> tuple[str | None, int]:
    """ "Oct. 23", "23 October", "the 23rd of October", with a year or without."""
    month, j = read_month(w, i)
    if month is not None:
        day, k = read_day_of_month(w, j)
        if day is None:
            return None, i
    else:
        day, j = read_day_of_month(w, i)
        if day is None:
            return None, i
        month, k = read_month(w, j)
        if month is None:
            return None, i
    if k < len(w) and w[k] == "of":
        k += 1
    year, k2 = read_year(w, k)
    if (
        year is None
        and w[k : k + 1] in (["last"], ["this"], ["next"])
        and w[k + 1 : k + 2] == ["year"]
    ):  # "June 16th of last year"
        if ctx.anchor is None:
            return None, k + 2
        year, k2 = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[w[k]], k + 2
    return _calendar_day(year, month, day, ctx), k2


def _calendar_day(year: int | None, month: int, day: int, ctx: Context) -> str | None:
    if year is None:
        year = year_for(month, day, ctx)
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    found = safe_date(year, month, day)
    return iso_day(found) if found else None


SLACK_DAYS = 45  # how far a date may lie on the other side of the anchor from its tense
MONTH_SLACK_DAYS = 45  # the same for a month named alone (counted from its 15th)


def year_for(month: int, day: int, ctx: Context, slack: int = SLACK_DAYS) -> int | None:
    """The year of a month (and day) written without one: the occurrence nearest the anchor
    among those the tense of the sentence allows ("payable Dec. 7" in October is this
    December; "was shot Oct. 23" in May is last October)."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    offsets = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        when = safe_date(year, month, min(day, 28))
        if when is not None:
            offsets.append(((when - anchor).days, year))
    if not offsets:
        return None
    if ctx.since:
        return _latest_begun(offsets)
    nearest = min(offsets, key=lambda pair: abs(pair[0]))
    if abs(nearest[0]) <= slack or ctx.until:
        # allowed whatever the tense: no need to read it; a bound after "through" may lie
        # ahead of a sentence told in the past ("voted to keep it funded through March 14")
        return nearest[1]
    tense = ctx.tense
    allowed = [
        (offset, year)
        for offset, year in offsets
        if not (tense < 0 and offset > slack or tense > 0 and offset < -slack)
    ]
    return min(allowed or offsets, key=lambda pair: abs(pair[0]))[1]


def _latest_begun(offsets: list[tuple[int, int]]) -> int:
    """The year of the latest occurrence on or before the anchor, for a date after "since"
    ("fallen 14% since 1 January" in December is this January, not the next, however near);
    the nearest when none has begun (a month-and-day rule may pass the 28th)."""
    begun = [pair for pair in offsets if pair[0] <= 0]
    return max(begun or offsets, key=lambda pair: pair[0] if begun else -abs(pair[0]))[1]


def days(p: Phrase, ctx: Context) -> Timex | None:
    """A day, with a part of it or a clock time: "yesterday", "Friday night", "last night",
    "this morning", "Oct. 23", "10 p.m. Friday", "9 a.m. EST Tuesday", "midday"."""
    w = p.w
    n = len(w)
    # a dotted 24-hour time alone, or on a day ("10.30 on Friday": the number finder joins
    # such a number to the day only after a word of time, "at 10.30 on Friday")
    clock, k = _read_clock(w, 0, n == 1 or (n > 2 and w[1] == "on"))
    if clock is not None:
        k = _skip_zone(w, k)
        rest = w[k:]
        if rest and rest[0] in ("on", "of", "at"):
            rest = rest[1:]
        day, used = read_day(rest, 0, ctx) if rest else (None, 0)
        if rest and (day is None or used != len(rest)):
            return None
        return _with_time(day, clock, ctx, "clock time")
    if w[:2] == ["last", "night"]:
        return _part_of(ctx.anchor, -1, "NI")
    if w == ["overnight"]:
        return overnight(ctx)
    if n == 2 and w[0] in _NEIGHBOUR_DAYS and w[1] in DAY_PARTS:
        # "the next morning": a part of the day after the story's
        return _part_of(ctx.story.day or ctx.anchor, _NEIGHBOUR_DAYS[w[0]], DAY_PARTS[w[1]])
    if len(w) == 2 and w[0] == "this" and w[1] in DAY_PARTS:
        return _part_of(ctx.anchor, 0, DAY_PARTS[w[1]])
    if n == 1 and w[0] in DAY_PARTS and w[0] not in ("night", "overnight"):
        return _part_of(ctx.anchor, 0, DAY_PARTS[w[0]])
    day, k = read_day(w, 0, ctx)
    if day is None and k == 0:
        return None
    if k < n:
        # "24 November 2024 at 06:00", and a dateline's "24 November 2024, 06:00 GMT"
        clock, k2 = _read_clock(w, k + 1 if w[k] in ("at", ",") else k, True)
        if clock is not None and _skip_zone(w, k2) == n:
            return _with_time(day, clock, ctx, "clock time")
    if k < n and w[k] in DAY_PARTS and k + 1 == n:
        if day is None:
            return None
        return Timex(day + "T" + DAY_PARTS[w[k]], "part of a day")
    if k != n or day is None:
        return None
    return Timex(day, "day", explicit=day[:1].isdigit() and _spelt_year(w))


def overnight(ctx: Context) -> Timex:
    """ "overnight" told in the past is the night before the day the story is at: "London
    shares were depressed by overnight losses in New York", in a report of Friday's trading,
    is Thursday night. Told otherwise it is the coming night ("temperatures will fall
    overnight")."""
    if ctx.tense < 0:
        return _part_of(ctx.story.day or ctx.anchor, -1, "NI")
    return _part_of(ctx.anchor, 0, "NI")


_NEIGHBOUR_DAYS = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}


def _part_of(anchor: date | None, by: int, part: str) -> Timex:
    """ "last night" -> 2017-09-14TNI: a part of the anchor's day (or a day beside it)."""
    day = shift_days(anchor, by) if anchor else None
    return Timex((iso_day(day) if day else "XXXX-XX-XX") + "T" + part, "part of a day")


def _spelt_year(w: list[str]) -> bool:
    return any(read_year(w, i)[0] is not None for i in range(len(w)))


def _read_clock(w: list[str], i: int, dotted: bool = False) -> tuple[str | None, int]:
    """ "10 pm", "10:30", "9 am", "noon", "midnight", "10 o'clock" -> "22:00" ...; if
    ``dotted``, a 24-hour time written with a point, as British papers do: "(at) 19.45", alone
    in a span the number finder took for a time, before "on" a day ("10.30 on Friday") or after
    a day ("Friday at 10.30"); not
    "0.45", a decimal ("the swap was at 0.45")."""
    if i >= len(w):
        return None, i
    word = w[i]
    if word in ("noon", "midday"):
        return "12:00", i + 1
    if word == "midnight":
        return "24:00", i + 1
    m = _CLOCK.match(word)
    if m is None:
        if len(word) == 4 and word.isdigit() and i + 1 < len(w) and w[i + 1] in _ZONES:
            hour, minute = int(word[:2]), int(word[2:])  # "1130 GMT": a wire's 24-hour clock
            return (f"{hour:02d}:{minute:02d}", i + 1) if hour < 24 and minute < 60 else (None, i)
        return None, i
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    j = i + 1
    suffix = w[j] if j < len(w) else ""
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None, i
        hour = hour % 12 + (12 if suffix == "pm" else 0)
        j += 1
    elif suffix in ("o'clock", "oclock"):
        j += 1
    elif suffix in ("in", "at") and 1 <= hour <= 12 and m.group(2) is None:
        # "4 in the morning", "9 at night"
        part = w[j + 2] if w[j + 1 : j + 2] == ["the"] else (w[j + 1] if j + 1 < len(w) else "")
        if part not in ("morning", "afternoon", "evening", "night"):
            return None, i
        pm = part != "morning" and not (part == "night" and hour < 5)
        hour = hour % 12 + (12 if pm else 0)
        j += 3 if w[j + 1 : j + 2] == ["the"] else 2
    elif m.group(2) is None or ":" not in word and (not dotted or m.group(1) == "0"):
        return None, i
    if hour > 23 or minute > 59:
        return None, i
    if m.group(3):
        return f"{hour:02d}:{minute:02d}:{m.group(3)}", j
    return f"{hour:02d}:{minute:02d}", j


def _skip_zone(w: list[str], i: int) -> int:
    while i < len(w) and w[i] in _ZONES:
        i += 1
    return i


def _with_time(day: str | None, clock: str, ctx: Context, rule: str) -> Timex:
    """A clock time on its day; with no day named, the day the story is at."""
    if day is None:
        at = ctx.story.day or ctx.anchor
        day = iso_day(at) if at else "XXXX-XX-XX"
    return Timex(f"{day}T{clock}", rule)


_DAY_PAIR = compiled.compile(r"(\d{1,2})(?:st|nd|rd|th)?[-\u2013](\d{1,2})(?:st|nd|rd|th)?")


def day_range_of_month(p: Phrase, ctx: Context) -> Timex | None:
    """Two days of one month: "December 9-10", "9-10 December", "(between) 9 and 10
    December", "(from) 9 to 10 December 2024" -> "2025-12-09/2025-12-10", as a range of
    dates is written; the year from the text or, left out, the first day's by the anchor."""
    w = p.w[1:] if p.w[:1] in (["between"], ["from"]) else p.w
    first: int | None = None
    last: int | None = None
    month, k = read_month(w, 0)
    if month is not None:  # "December 9-10", "December 9 to 10"
        first, last, k = _two_days(w, k)
    else:
        first, last, k = _two_days(w, 0)
        if first is not None:
            month, k = read_month(w, k)
    if month is None or first is None or last is None or not first < last <= 31:
        return None
    year, k = read_year(w, k)
    if k != len(w):
        return None
    start = _calendar_day(year, month, first, ctx)
    if start is None or not start[:1].isdigit():
        return None
    end = safe_date(int(start[:4]), month, last)
    return Timex(f"{start}/{iso_day(end)}", "range of days") if end else None


def _two_days(w: list[str], i: int) -> tuple[int | None, int | None, int]:
    """ "9-10" or "9 to 10" / "9 and 10" / "9 until 10" at ``w[i]``: the two days."""
    if i < len(w):
        m = _DAY_PAIR.fullmatch(w[i])
        if m is not None:
            return int(m.group(1)), int(m.group(2)), i + 1
    first, j = read_day_of_month(w, i)
    if first is None or j >= len(w) or w[j] not in ("to", "and", "until", "till", "through"):
        return None, None, i
    last, k = read_day_of_month(w, j + 1)
    return (first, last, k) if last is not None else (None, None, i)
