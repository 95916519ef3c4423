"""Value rules for points and periods of the calendar, in the order they are tried.

Each rule reads a normalised phrase (``Phrase.w``: lower-case words with "the" and modifiers
taken off) and answers a :class:`Timex` or None. Days first ("today", "Tuesday night",
"10 p.m. Friday"), then the calendar ("Sept. 15, 2017", "the 1990s", "last spring", "the
third quarter", "Christmas"), then periods named from the anchor ("last month", "this week",
"the following year"). A rule that needs the anchor and has none writes the partial value
TIMEX3 allows ("XXXX-09-15", "XXXX-WXX-2") or nothing, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .calendar import (
    HOLIDAYS,
    holiday,
    iso_day,
    iso_month,
    iso_week,
    quarter_of,
    safe_date,
    season_of,
    season_year,
    shift_days,
    shift_month,
    shift_quarter,
    weekday_near,
)
from .context import Context, Timex
from .lexicon import DAY_PARTS, DECADE_WORDS, MONTHS, ORDINALS, SEASONS, WEEKDAYS
from .phrase import read_day_of_month, read_month, read_year, words


@dataclass(frozen=True, slots=True)
class Phrase:
    """A span's words for the rules: ``w`` without leading "the" and modifiers.

    ``the`` says a "the" was taken off ("the past" is not "past"); ``words`` keeps them all.
    """

    w: list[str]
    the: bool
    words: list[str]


BACK = {"last", "past", "previous", "preceding", "prior"}
AHEAD = {"next", "coming", "upcoming", "following"}
THIS = {"this", "current", "present", "same"}
_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d\d))?$")
_ZONES = frozenset(
    [
        "est",
        "edt",
        "cst",
        "cdt",
        "mst",
        "mdt",
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


def _direction(word: str | None, ctx: Context) -> int:
    """-1 for "last", +1 for "next", 0 for "this"; no word: the sentence's tense."""
    if word in BACK:
        return -1
    if word in AHEAD:
        return 1
    if word in THIS:
        return 0
    return ctx.tense


# --------------------------------------------------------------------------- days


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


def read_day(w: list[str], i: int, ctx: Context) -> tuple[str | None, int]:
    """A day at ``w[i]``: "today", "yesterday", "(last|next|this) Friday", "Oct. 23".

    Returns (TIMEX3 value or partial value, next index); (None, i) when none starts there.
    """
    n = len(w)
    if i >= n:
        return None, i
    word = w[i]
    anchor = ctx.anchor
    shifts = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if word in shifts:
        day = shift_days(anchor, shifts[word]) if anchor else None
        return (iso_day(day) if day else None), i + 1
    for lead in (["the", "day"], ["day"]):
        size = len(lead) + 2
        if w[i : i + size] in (lead + ["before", "yesterday"], lead + ["after", "tomorrow"]):
            by = -2 if w[i + size - 1] == "yesterday" else 2
            day = shift_days(anchor, by) if anchor else None
            return (iso_day(day) if day else None), i + size
    qualifier = None
    j = i
    if word in BACK | AHEAD | {"this"}:
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


_SLACK_DAYS = 45  # how far a date may lie on the other side of the anchor from its tense
_MONTH_SLACK_DAYS = 45  # the same for a month named alone (counted from its 15th)


def year_for(month: int, day: int, ctx: Context, slack: int = _SLACK_DAYS) -> int | None:
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
    nearest = min(offsets, key=lambda pair: abs(pair[0]))
    if abs(nearest[0]) <= slack:
        return nearest[1]  # allowed whatever the tense: no need to read it
    tense = ctx.tense
    allowed = [
        (offset, year)
        for offset, year in offsets
        if not (tense < 0 and offset > slack or tense > 0 and offset < -slack)
    ]
    return min(allowed or offsets, key=lambda pair: abs(pair[0]))[1]


def days(p: Phrase, ctx: Context) -> Timex | None:
    """A day, with a part of it or a clock time: "yesterday", "Friday night", "last night",
    "this morning", "Oct. 23", "10 p.m. Friday", "9 a.m. EST Tuesday", "midday"."""
    w = p.w
    n = len(w)
    clock, k = _read_clock(w, 0)
    if clock is not None:
        k = _skip_zone(w, k)
        rest = w[k:]
        if rest and rest[0] in ("on", "of", "at"):
            rest = rest[1:]
        day, used = read_day(rest, 0, ctx) if rest else (None, 0)
        if rest and (day is None or used != len(rest)):
            return None
        return _with_time(day, clock, ctx, "clock time")
    if w[:2] == ["last", "night"] or w == ["overnight"]:
        return _part_of(ctx.anchor, -1 if w[0] == "last" else 0, "NI")
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
    if k < n and w[k] == "at":
        clock, k2 = _read_clock(w, k + 1)
        if clock is not None and _skip_zone(w, k2) == n:
            return _with_time(day, clock, ctx, "clock time")
    if k < n and w[k] in DAY_PARTS and k + 1 == n:
        if day is None:
            return None
        return Timex(day + "T" + DAY_PARTS[w[k]], "part of a day")
    if k != n or day is None:
        return None
    return Timex(day, "day", explicit=day[:1].isdigit() and _spelt_year(w))


_NEIGHBOUR_DAYS = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}


def _part_of(anchor: date | None, by: int, part: str) -> Timex:
    """ "last night" -> 2017-09-14TNI: a part of the anchor's day (or a day beside it)."""
    day = shift_days(anchor, by) if anchor else None
    return Timex((iso_day(day) if day else "XXXX-XX-XX") + "T" + part, "part of a day")


def _spelt_year(w: list[str]) -> bool:
    return any(read_year(w, i)[0] is not None for i in range(len(w)))


def _read_clock(w: list[str], i: int) -> tuple[str | None, int]:
    """ "10 pm", "10:30", "9 am", "noon", "midnight", "10 o'clock" -> "22:00" ..."""
    if i >= len(w):
        return None, i
    word = w[i]
    if word in ("noon", "midday"):
        return "12:00", i + 1
    if word == "midnight":
        return "24:00", i + 1
    m = _CLOCK.match(word)
    if m is None:
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
    elif m.group(2) is None or ":" not in word:
        return None, i
    if hour > 23 or minute > 59:
        return None, i
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


# --------------------------------------------------------------------------- the calendar


def calendar(p: Phrase, ctx: Context) -> Timex | None:
    """Months, years, decades, centuries, seasons, quarters, halves and holidays, written
    out or named from the anchor: "September 2017", "last April", "fiscal 1988", "the '80s",
    "the 20th century", "this spring", "the third quarter", "the first half of 1989",
    "Thanksgiving"."""
    w = p.w
    for rule in (_month, _year, _decade, _century, _season, _quarter, _half, _holiday):
        found = rule(w, ctx)
        if found is not None:
            return found
    return None


def _month(w: list[str], ctx: Context) -> Timex | None:
    qualifier = w[0] if w and w[0] in BACK | AHEAD | THIS else None
    i = 1 if qualifier else 0
    if i < len(w) and w[i] == "past" and qualifier == "this":
        qualifier, i = "past", i + 1
    month, j = read_month(w, i)
    if month is None:
        return None
    year, k = read_year(w, j)
    if (
        year is None
        and j < len(w)
        and w[j] in ("last", "this", "next")
        and j + 2 == len(w)
        and (w[j + 1] == "year")
    ):  # "June last year"
        if ctx.anchor is None:
            return Timex(f"XXXX-{month:02d}", "month")
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[w[j]]
        return Timex(iso_month(year, month), "month of a named year")
    if k != len(w):
        return None
    if year is not None:
        return Timex(iso_month(year, month), "month")
    anchor = ctx.anchor
    if anchor is None:
        return Timex(f"XXXX-{month:02d}", "month")
    if qualifier is None:
        year = year_for(month, 15, ctx, _MONTH_SLACK_DAYS)
        return Timex(iso_month(year or anchor.year, month), "month")
    direction = _direction(qualifier, ctx)
    year = anchor.year
    if direction < 0 and month >= anchor.month - (1 if qualifier in BACK else 0):
        # "last February" said in March is a year back: last month would be "last month"
        year -= 1
    elif direction > 0 and month <= anchor.month:
        year += 1
    return Timex(iso_month(year, month), "month named from the anchor")


def _year(w: list[str], ctx: Context) -> Timex | None:
    i = 0
    if w and w[0] in ("fiscal", "calendar", "fy", "year", "model", "financial", "tax"):
        i = 1
        if i < len(w) and w[i] == "year":
            i += 1
    year, j = read_year(w, i)
    if year is None:
        return None
    if w[j:] == ["period"] and ctx.story.grain == "quarter" and ctx.story.quarter:
        return Timex(f"{year:04d}-Q{ctx.story.quarter[1]}", "quarter of a year")
    if j == len(w) or w[j:] in (["period"], ["season"], ["fiscal", "year"]):
        return Timex(f"{year:04d}", "year")
    # "the 1988 third quarter"
    quarter = _ordinal_quarter(w, j)
    if quarter is not None:
        return Timex(f"{year:04d}-Q{quarter}", "quarter of a year")
    return None


def _ordinal_quarter(w: list[str], i: int) -> int | None:
    """ "third quarter", "third fiscal quarter", "fiscal third quarter" at w[i:] (the end)."""
    rest = [x for x in w[i:] if x != "fiscal"]
    if len(rest) == 2 and rest[1] == "quarter" and ORDINALS.get(rest[0], 9) <= 4:
        return ORDINALS[rest[0]]
    if len(rest) == 2 and rest[1] == "quarter" and rest[0] in ("final", "last"):
        return 4
    if len(rest) == 1 and re.fullmatch(r"q[1-4]", rest[0]):
        return int(rest[0][1])
    return None


def _decade(w: list[str], ctx: Context) -> Timex | None:
    """ "1990s", "90s", "the eighties", "the nineteen-nineties" -> "199"."""
    if not w:
        return None
    last = w[-1]
    body = w[:-1]
    century: int | None = None
    tens: int | None = None
    if last.endswith("s") and last[:-1].isdigit() and len(last) in (3, 5) and last[-2] == "0":
        digits = last[:-1]
        if len(digits) == 4:
            century, tens = int(digits[:2]), int(digits[2])
        else:
            tens = int(digits[0])
    elif last in DECADE_WORDS:
        tens = DECADE_WORDS[last]
        if body and body[-1] in ("nineteen", "eighteen", "twenty"):
            century = {"nineteen": 19, "eighteen": 18, "twenty": 20}[body[-1]]
            body = body[:-1]
    else:
        return None
    if body and body not in (["last", "half", "of"], ["first", "half", "of"], ["late"], ["early"]):
        return None
    if century is None:
        if ctx.anchor is None:
            return Timex(f"XX{tens}", "decade")
        century = ctx.anchor.year // 100 - (1 if tens * 10 > ctx.anchor.year % 100 else 0)
    return Timex(f"{century:02d}{tens}", "decade")


def _century(w: list[str], ctx: Context) -> Timex | None:
    """ "the 20th century" -> "19"; "this century" -> the anchor's."""
    if len(w) != 2 or w[1] not in ("century", "centuries"):
        return None
    first = w[0]
    number = ORDINALS.get(first)
    if number is None and first[:-2].isdigit() and first[-2:] in ("st", "nd", "rd", "th"):
        number = int(first[:-2])
    if number is not None and 1 <= number <= 99:
        return Timex(f"{number - 1:02d}", "century")
    if first in BACK | AHEAD | THIS and ctx.anchor is not None:
        century = ctx.anchor.year // 100 + _direction(first, ctx)
        return Timex(f"{century:02d}", "century")
    return None


def _season(w: list[str], ctx: Context) -> Timex | None:
    qualifier = w[0] if w and w[0] in BACK | AHEAD | THIS else None
    i = 1 if qualifier else 0
    if qualifier == "this" and i < len(w) and w[i] in ("past", "coming"):
        qualifier, i = w[i], i + 1
    if i >= len(w) or w[i] not in SEASONS:
        return None
    season = SEASONS[w[i]]
    j = i + 1
    if j < len(w) and w[j] == "of":
        j += 1
    year, k = read_year(w, j)
    if k != len(w):
        return None
    if year is not None:
        return Timex(f"{year:04d}-{season}", "season")
    anchor = ctx.anchor
    if anchor is None:
        return Timex(f"XXXX-{season}", "season")
    direction = _direction(qualifier, ctx) if qualifier or ctx.tense else 0
    if qualifier in THIS or qualifier == "this":
        direction = 0 if season_of(anchor) == season else ctx.tense
    return Timex(f"{season_year(anchor, season, direction):04d}-{season}", "season")


_QUARTER_REFERENCES = {
    "latest": -1,
    "last": -1,
    "previous": -1,
    "prior": -1,
    "preceding": -1,
    "recent": -1,
    "most recent": -1,
    "current": 0,
    "this": 0,
    "next": 1,
    "coming": 1,
}


def _quarter(w: list[str], ctx: Context) -> Timex | None:
    """ "the third quarter", "third-quarter", "Q3 2017", "the quarter", "the latest quarter",
    "the year-earlier quarter", "this year's third quarter"."""
    if w and w[-1] == "period" and ctx.story.grain == "quarter":
        w = [*w[:-1], "quarter"]  # "the year-earlier period" in a story told in quarters
    if not w or "quarter" not in w[-3:] and not re.fullmatch(r"q[1-4]", w[0]):
        return None
    words = [x for x in w if x not in ("fiscal", "financial", "calendar", "comparable")]
    if words[:1] in (["a"], ["an"]):
        words = words[1:]  # "(in) a fourth-quarter (charge)"
    back = 0
    if words[:2] in (["year", "earlier"], ["year", "ago"], ["prior", "year"]):
        back, words = 1, words[2:]  # "the year-earlier third quarter"
    year: int | None = None
    # "third quarter of 1989", "Q3 2017", "the third quarter of last year"
    if len(words) >= 3 and words[-2] == "of" or len(words) == 2 and words[0][:1] == "q":
        tail = words[-1]
        head = words[:-2] if words[-2] == "of" else words[:-1]
        year, _ = read_year([tail], 0)
        if year is None and tail == "year" and len(words) >= 4 and words[-2] in BACK | THIS:
            return None
        words = head
    if words[:2] in (["this", "year"], ["last", "year"], ["next", "year"]):
        if ctx.anchor is None:
            return None
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[words[0]]
        words = words[2:]
    quarter = _ordinal_quarter(words, 0)
    if quarter is not None:
        if year is None:
            if ctx.anchor is None:
                return Timex(f"XXXX-Q{quarter}", "quarter")
            year = ctx.anchor.year
        return Timex(f"{year - back:04d}-Q{quarter}", "quarter")
    if year is not None:
        if words != ["quarter"]:
            return None
        # "last year's quarter": the story's quarter in that year
        base = ctx.story.quarter or _previous_quarter(ctx.anchor)
        return Timex(f"{year:04d}-Q{base[1]}", "quarter of a named year") if base else None
    if words[-1:] != ["quarter"]:
        return None
    qualifier = " ".join(words[:-1])
    if back:
        base = ctx.story.quarter or _previous_quarter(ctx.anchor)
        if base is None or qualifier:
            return None
        year, q = base
        return Timex(f"{year - 1:04d}-Q{q}", "the same quarter a year earlier")
    if qualifier in ("", "same", "that", "this"):
        # "this quarter's loss" in a results story: the quarter it reports
        base = ctx.story.quarter or _previous_quarter(ctx.anchor)
    elif qualifier in _QUARTER_REFERENCES and ctx.anchor is not None:
        by = _QUARTER_REFERENCES[qualifier]
        year, q = ctx.anchor.year, quarter_of(ctx.anchor)
        base = shift_quarter(year, q, by)
    else:
        return None
    if base is None:
        return None
    return Timex(f"{base[0]:04d}-Q{base[1]}", "quarter named from the story")


def _previous_quarter(anchor: date | None) -> tuple[int, int] | None:
    """The quarter a results story speaks of: the last one to have ended."""
    if anchor is None:
        return None
    return shift_quarter(anchor.year, quarter_of(anchor), -1)


def _half(w: list[str], ctx: Context) -> Timex | None:
    """ "the first half of 1989", "the second half" -> "1989-H1", "<anchor year>-H2"."""
    if len(w) < 2 or w[1] != "half" or w[0] not in ("first", "second", "last", "latter"):
        return None
    half = 1 if w[0] == "first" else 2
    rest = w[2:]
    if rest[:1] == ["of"]:
        rest = rest[1:]
        if rest and rest[0] in ("the", "this"):
            rest = rest[1:]
    year: int | None = None
    if rest and rest != ["year"]:
        year, k = read_year(rest, 0)
        if year is None or k != len(rest):
            decade = _decade(rest, ctx)
            return decade
    if year is None:
        if ctx.anchor is None:
            return Timex(f"XXXX-H{half}", "half of a year")
        year = ctx.anchor.year
    return Timex(f"{year:04d}-H{half}", "half of a year")


def _holiday(w: list[str], ctx: Context) -> Timex | None:
    qualifier = w[0] if w and w[0] in BACK | AHEAD | THIS else None
    body = w[1:] if qualifier else w
    if not body or body[0] not in _HOLIDAY_FIRST:
        return None
    year, k = (None, len(body))
    for cut in range(len(body), 0, -1):
        name = _holiday_name(body[:cut])
        if name is None:
            continue
        rest = body[cut:]
        if rest:
            year, k = read_year(rest, 0)
            if year is None or k != len(rest):
                return None
        break
    else:
        return None
    if year is None:
        anchor = ctx.anchor
        if anchor is None:
            fixed = HOLIDAYS[name]
            if isinstance(fixed, tuple):
                return Timex(f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}", "holiday")
            return None
        candidates = [
            d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := holiday(name, y))
        ]
        if not candidates:
            return None
        nearest = min(candidates, key=lambda d: abs((d - anchor).days))
        if qualifier is None and abs((nearest - anchor).days) <= _SLACK_DAYS:
            return Timex(iso_day(nearest), "holiday")  # whatever the tense
        direction = _direction(qualifier, ctx)
        if direction < 0:
            candidates = [d for d in candidates if d <= anchor] or candidates
            day = max(candidates)
        elif direction > 0:
            candidates = [d for d in candidates if d >= anchor] or candidates
            day = min(candidates)
        else:
            day = min(candidates, key=lambda d: abs((d - anchor).days))
    else:
        found = holiday(name, year)
        if found is None:
            return None
        day = found
    return Timex(iso_day(day), "holiday")


_HOLIDAY_NAMES = {
    " ".join(words(name)): name for name in HOLIDAYS
}  # "new year day" -> "new year's day": the words the phrase normaliser leaves
_HOLIDAY_FIRST = frozenset(key.split()[0] for key in _HOLIDAY_NAMES)


def _holiday_name(w: list[str]) -> str | None:
    """The HOLIDAYS key these words name ("christmas", "new year day" -> "new year's day")."""
    return _HOLIDAY_NAMES.get(" ".join(w))


# --------------------------------------------------------------------------- named periods


def periods(p: Phrase, ctx: Context) -> Timex | None:
    """A week, month, year, weekend, decade or day named from the anchor or the story:
    "last week" -> "2017-W36", "this month" -> "2017-09", "next year" -> "2018", "the
    weekend", "that day", "the following year", "year-end"."""
    w = p.w
    if not w:
        return None
    the = p.the
    kept = [x for x in w if x not in ("fiscal", "calendar", "financial")]
    if kept and kept != w:
        w, the = kept, True  # "fiscal year" names one year, as "the year" does
    if w in (["year", "end"], ["end", "year"]):
        w, the = ["year"], True
    qualifier = w[0] if len(w) >= 2 else None
    if qualifier == "past":
        return None  # "the past year" is a duration; "this past week" is read below
    unit = w[-1]
    if len(w) > 2:
        if not (w[0] == "this" and w[1] in ("past", "coming") and len(w) == 3):
            return None
        qualifier = w[1]
    if unit not in ("day", "week", "weekend", "month", "year", "decade", "century"):
        return None
    if qualifier not in BACK | AHEAD | THIS | {"that", None}:
        return None
    if qualifier is None and not the and unit != "weekend":
        return None
    story = qualifier in ("that", "same", "following", "preceding", "previous", "prior")
    if unit == "day" and (qualifier is None or the):
        story = True  # "the day", "the next day": the story's day, not the anchor's
    base = _story_day(ctx) if story else ctx.anchor
    if base is None:
        return None
    by = 0 if qualifier in THIS | {"that", None} else (-1 if qualifier in BACK else 1)
    if unit == "day":
        day = shift_days(base, by)
        return Timex(iso_day(day), "day named from the story") if day else None
    if unit == "week":
        day = shift_days(base, 7 * by)
        return Timex(iso_week(day), "week named from the anchor") if day else None
    if unit == "weekend":
        return _weekend(base, by if qualifier else None, ctx)  # "the weekend", "weekend"
    if unit == "month":
        year, month = ctx.story.month if story and ctx.story.month else (base.year, base.month)
        year, month = shift_month(year, month, by)
        return Timex(iso_month(year, month), "month named from the anchor")
    if unit == "year":
        year = ctx.story.year if story and ctx.story.year else base.year
        if qualifier is None and ctx.after.startswith((" ended", " ending", " to ")):
            return Timex("P1Y", "duration", "1", "year")  # "the year ended March 31"
        return Timex(f"{year + by:04d}", "year named from the anchor")
    if unit == "decade":
        return Timex(f"{(base.year // 10 + by):03d}", "decade named from the anchor")
    return Timex(f"{base.year // 100 + by:02d}", "century named from the anchor")


def _story_day(ctx: Context) -> date | None:
    """The day the story was last at: the last full date it named, else the anchor."""
    return ctx.story.day or ctx.anchor


def _weekend(base: date, by: int | None, ctx: Context) -> Timex | None:
    """The weekend of the anchor's week, or the one before or after (the tense decides a
    bare "the weekend" on a weekday)."""
    if by is None:
        by = 0 if base.weekday() >= 5 else (-1 if ctx.tense < 0 else 0)
    day = shift_days(base, 7 * by)
    return Timex(iso_week(day) + "-WE", "weekend") if day else None


def is_month_word(word: str) -> bool:
    return word in MONTHS


def is_weekday_word(word: str) -> bool:
    return word in WEEKDAYS
