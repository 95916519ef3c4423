"""Value rules for the calendar and the periods named from the anchor, in the order they are
tried: months, years, decades, centuries, seasons, quarters, halves and holidays written out
or named from the anchor ("September 2017", "last April", "fiscal 1988", "the '80s", "the 20th
century", "this spring", "the third quarter", "the first half of 1989", "Thanksgiving"), then
weeks, months and years named from the anchor or the story ("last month" -> "2017-08",
"this week" -> "2017-W37", "the following year"). A rule that needs the anchor and has none
writes the partial value TIMEX3 allows ("XXXX-09") or nothing, never a guess.
"""

from __future__ import annotations

import re
from datetime import date

from .. import compiled
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
)
from .context import Context, Phrase, Timex, direction_of
from .days import MONTH_SLACK_DAYS, SLACK_DAYS, year_for
from .lexicon import AHEAD, BACK, DECADE_WORDS, MONTHS, ORDINALS, SEASONS, THIS
from .phrase import fiscal_code, read_day_of_month, read_month, read_year, words

# the words that name a point from the anchor ("last", "next", "this"), built once
_QUALIFIERS = BACK | AHEAD | THIS
_BACK_OR_THIS = BACK | THIS
_THIS_OR_NONE = THIS | {"that", None}
_NAMED_OR_NONE = _QUALIFIERS | {"that", None}


def calendar(p: Phrase, ctx: Context) -> Timex | None:
    """Months, years, decades, centuries, seasons, quarters, halves and holidays, written
    out or named from the anchor: "September 2017", "last April", "fiscal 1988", "the '80s",
    "the 20th century", "this spring", "the third quarter", "the first half of 1989",
    "Thanksgiving"."""
    w = p.w
    for rule in (
        _month,
        _year,
        _decade,
        _century,
        _season,
        _quarter,
        _half,
        _week_of_month,
        _week_of_day,
        _holiday,
        _new_year,
    ):
        found = rule(w, ctx)
        if found is not None:
            return found
    return None


def _month(w: list[str], ctx: Context) -> Timex | None:
    qualifier = w[0] if w and w[0] in _QUALIFIERS else None
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
        year = year_for(month, 15, ctx, MONTH_SLACK_DAYS) or anchor.year
        return Timex(iso_month(year + month_across_new_year(year, month, ctx), month), "month")
    direction = direction_of(qualifier, ctx)
    year = anchor.year
    if direction < 0 and month >= anchor.month - (1 if qualifier in BACK else 0):
        # "last February" said in March is a year back: last month would be "last month"
        year -= 1
    elif direction > 0 and month <= anchor.month:
        year += 1
    return Timex(iso_month(year, month), "month named from the anchor")


def month_across_new_year(year: int, month: int, ctx: Context) -> int:
    """-1 where a month named alone, the nearest of its name, has not begun by the anchor but
    the sentence is told in the past: it is the one a year back ("ETFs have drawn $31bn
    since they launched in January", in December, is this January, not the next); +1 where
    it ended before the anchor but the sentence looks ahead ("the plant will open in
    December", in January, is the next December); else 0. Only a month beside the anchor's
    across the turn of a year is near enough to be taken whatever the tense."""
    anchor = ctx.anchor
    if anchor is None or abs(anchor.month - month) < 6:
        return 0  # (no new year between them: the tense was read, or need not be)
    if anchor < date(year, month, 1):
        return -1 if ctx.tense < 0 else 0
    if anchor.year > year and ctx.tense > 0:
        return 1
    return 0


def _year(w: list[str], ctx: Context) -> Timex | None:
    if w and w[0][:2] in ("fy", "cy") and (code := fiscal_code(w)):
        return Timex(code, "fiscal year code")
    i = 0
    if w and w[0] in ("fiscal", "calendar", "fy", "year", "model", "financial", "tax"):
        i = 1
        if i < len(w) and w[i] == "year":
            i += 1
    year, j = read_year(w, i)
    if year is None:
        return None
    compared = ctx.story.compared
    if w[j:] == ["period"] and ctx.story.grain == "quarter" and compared:
        return Timex(f"{year:04d}-Q{compared[1]}", "quarter of a year")
    if w[j:] == ["quarter"]:
        # "the 1988 quarter": the story's quarter in that year, not 1988 quarters
        base = compared or _previous_quarter(ctx.anchor)
        return Timex(f"{year:04d}-Q{base[1]}", "quarter of a year") if base else None
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
    if first in _QUALIFIERS and ctx.anchor is not None:
        century = ctx.anchor.year // 100 + direction_of(first, ctx)
        return Timex(f"{century:02d}", "century")
    return None


_SPLIT_YEAR = compiled.compile(r"\d{4}/(?:\d\d){1,2}")


def _season(w: list[str], ctx: Context) -> Timex | None:
    qualifier = w[0] if w and w[0] in _QUALIFIERS else None
    i = 1 if qualifier else 0
    if qualifier == "this" and i < len(w) and w[i] in ("past", "coming"):
        qualifier, i = w[i], i + 1
    if i >= len(w) or w[i] not in SEASONS:
        return None
    season = SEASONS[w[i]]
    j = i + 1
    if j < len(w) and w[j] == "of":
        j += 1
    if season == "WI" and j == len(w) - 1 and _SPLIT_YEAR.fullmatch(w[j]):
        # "the winter of 2024/25": the winter that starts in the first year's December
        return Timex(f"{w[j][:4]}-WI", "season")
    year, k = read_year(w, j)
    if k != len(w):
        return None
    if year is not None:
        return Timex(f"{year:04d}-{season}", "season")
    anchor = ctx.anchor
    if anchor is None:
        return Timex(f"XXXX-{season}", "season")
    direction = direction_of(qualifier, ctx) if qualifier or ctx.tense else 0
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


def _not_begun_in_the_past(quarter: int, ctx: Context) -> int:
    """1 where a quarter named without a year, told in the past tense, has not begun by the
    anchor: it is last year's ("in March, it reported fourth-quarter profit" is the
    fourth quarter before; "expects fourth-quarter sales" stays this year's), else 0."""
    anchor = ctx.anchor
    if anchor is None or anchor >= date(anchor.year, 3 * quarter - 2, 1):
        return 0  # (begun: no need to read the tense, which ties the value to this place)
    return 1 if ctx.tense < 0 else 0


def _ended_long_before_a_future(quarter: int, ctx: Context) -> int:
    """1 where a quarter named without a year, told in the future, ended more than three
    months before the anchor: it is next year's ("firms plan to raise prices in the first
    quarter", in December). The quarter just ended stays this year's, as its results are
    still to come ("will report third-quarter results", in November); else 0."""
    anchor = ctx.anchor
    if anchor is None:
        return 0
    ended = 3 * quarter + 1  # the first month after it, counted in this year's months
    if anchor.month < ended + 3:
        return 0  # (not long ended: no need to read the tense)
    return 1 if ctx.tense > 0 else 0


def _quarter(w: list[str], ctx: Context) -> Timex | None:
    """ "the third quarter", "third-quarter", "Q3 2017", "the quarter", "the latest quarter",
    "the year-earlier quarter", "this year's third quarter"."""
    if w and w[-1] == "period" and ctx.story.grain == "quarter":
        w = [*w[:-1], "quarter"]  # "the year-earlier period" in a story told in quarters
    relative = of_relative_year(w, ctx)
    if relative is not None:
        w, year_of = relative
        return _quarter(w, ctx) if year_of is None else _quarter_in(w, year_of, ctx)
    of_the_year = w[-3:] == ["of", "the", "year"]
    if of_the_year:  # "the fourth quarter of the year", as "the second half of the year" is
        w = w[:-3]
    if not w or "quarter" not in w[-3:] and not re.fullmatch(r"q[1-4]", w[0]):
        return None
    words = [x for x in w if x not in ("fiscal", "financial", "calendar", "comparable")]
    if words == ["quarter"] and ctx.after.startswith(" to ") and ctx.after[4:5].isupper():
        # "in the quarter to October": the three months ending then, as "the year to" (not
        # "up 3.7% in the quarter to $2.35 billion")
        return Timex("P3M", "duration", "3", "months")
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
        if year is None and tail == "year" and len(words) >= 4 and words[-2] in _BACK_OR_THIS:
            return None
        words = head
    if words[:2] in (["this", "year"], ["last", "year"], ["next", "year"]):
        if ctx.anchor is None:
            return None
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[words[0]]
        words = words[2:]
    # "last quarter" with no year named is the last to have ended, as "the latest quarter"
    # ("sales fell 3% in the last quarter", in July: the second); of a year, the fourth
    last = words[:1] == ["last"] and not (year or of_the_year)
    quarter = None if last else _ordinal_quarter(words, 0)
    if quarter is not None:
        if year is None:
            if ctx.anchor is None:
                return Timex(f"XXXX-Q{quarter}", "quarter")
            year = ctx.anchor.year - _not_begun_in_the_past(quarter, ctx)
            year += _ended_long_before_a_future(quarter, ctx)
        return Timex(f"{year - back:04d}-Q{quarter}", "quarter")
    if year is not None:
        if words != ["quarter"]:
            return None
        # "last year's quarter": the story's quarter in that year
        base = ctx.story.compared or _previous_quarter(ctx.anchor)
        return Timex(f"{year:04d}-Q{base[1]}", "quarter of a named year") if base else None
    if words[-1:] != ["quarter"]:
        return None
    qualifier = " ".join(words[:-1])
    if back:
        base = ctx.story.compared or _previous_quarter(ctx.anchor)
        if base is None or qualifier:
            return None
        year, q = base
        return Timex(f"{year - 1:04d}-Q{q}", "the same quarter a year earlier")
    if qualifier == "this" and ctx.anchor is not None and not ctx.story.compared:
        # "not this quarter" with no results reported: the quarter of the day of writing
        base = (ctx.anchor.year, quarter_of(ctx.anchor))
    elif qualifier in ("", "this"):
        # "this quarter's loss" in a results story: the quarter it reports
        base = ctx.story.compared or _previous_quarter(ctx.anchor)
    elif qualifier in ("same", "that"):
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


# the year a part of a year is "of", named from the story's own ("of next year")
_YEAR_SHIFT = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}


def of_relative_year(words: list[str], ctx: Context) -> tuple[list[str], int | None] | None:
    """A part of a year named with a year relative to the story's: "the first quarter of
    next year", "the second half of last year", as "next year's first quarter" is (its
    words without the year, and the year; the year None when there is no anchor). None
    when the words end otherwise."""
    if len(words) < 4 or words[-1] != "year" or words[-3] != "of" or words[-2] not in _YEAR_SHIFT:
        return None
    year = None if ctx.anchor is None else ctx.anchor.year + _YEAR_SHIFT[words[-2]]
    return words[:-3], year


def _quarter_in(words: list[str], year: int, ctx: Context) -> Timex | None:
    """The quarter ``words`` name ("the first quarter") in ``year``."""
    quarter = _ordinal_quarter([w for w in words if w != "the"], 0)
    return None if quarter is None else Timex(f"{year:04d}-Q{quarter}", "quarter")


def _previous_quarter(anchor: date | None) -> tuple[int, int] | None:
    """The quarter a results story speaks of: the last one to have ended."""
    if anchor is None:
        return None
    return shift_quarter(anchor.year, quarter_of(anchor), -1)


_MONTH_WORDS = frozenset(MONTHS)


def _half(w: list[str], ctx: Context) -> Timex | None:
    """ "the first half of 1989", "the second half" -> "1989-H1", "<anchor year>-H2";
    "H1 2027", "H2" as results write them (:func:`_half_by_code`)."""
    if w and w[0] in ("h1", "h2"):
        return _half_by_code(w, ctx)
    if len(w) < 2 or w[1] != "half" or w[0] not in ("first", "second", "last", "latter"):
        return None
    half = 1 if w[0] == "first" else 2
    relative = of_relative_year(w, ctx)
    if relative is not None:
        year_of = relative[1]
        return None if year_of is None else Timex(f"{year_of:04d}-H{half}", "half of a year")
    rest = w[2:]
    if rest[:1] == ["of"]:
        rest = rest[1:]
        if rest and rest[0] in ("the", "this"):
            rest = rest[1:]
    year: int | None = None
    if rest and rest != ["year"] and rest[0] not in _MONTH_WORDS:
        year, k = read_year(rest, 0)
        if year is None or k != len(rest):
            decade = _decade(rest, ctx)
            return decade
    if rest and rest[0] in _MONTH_WORDS:
        return _month(rest, ctx)  # "the second half of July": within the month, its value
    return _half_of_year(half, year, ctx)


def _half_by_code(w: list[str], ctx: Context) -> Timex | None:
    """ "H1 2027" -> "2027-H1", "H2" -> the half of the anchor's year, as "Q3 2017" and
    "Q3" are read."""
    year, k = read_year(w, 1)
    if k != len(w):
        return None
    return _half_of_year(int(w[0][1]), year, ctx)


def _half_of_year(half: int, year: int | None, ctx: Context) -> Timex:
    """The half of ``year``, or of the anchor's year when none is written."""
    if year is None:
        if ctx.anchor is None:
            return Timex(f"XXXX-H{half}", "half of a year")
        year = ctx.anchor.year
    return Timex(f"{year:04d}-H{half}", "half of a year")


def _week_of_month(w: list[str], ctx: Context) -> Timex | None:
    """ "the last week of July", "the first week of August 2024", "the second weekend of
    June", "the last week in July": the ISO week that holds most of those seven days (the one holding their middle
    day: the 4th, 11th, 18th, 25th, or the last day but three), "2026-W31"; a weekend is the
    one of the week of its Saturday, "2026-W31-WE". Without a year to count from, the month
    ("XXXX-07"), as "the second half of July" is."""
    if len(w) < 4 or w[1] not in ("week", "weekend") or w[2] not in ("of", "in"):
        return None
    nth = -1 if w[0] in ("last", "final") else ORDINALS.get(w[0], 9) - 1  # from 0; -1: last
    if nth > 4:
        return None
    month, j = read_month(w, 3)
    if month is None:
        return None
    year, k = read_year(w, j)
    if k != len(w):
        return None
    if year is None:
        year = year_for(month, 15, ctx, MONTH_SLACK_DAYS)
        if year is None:
            return Timex(f"XXXX-{month:02d}", "month")
    following = date(year + month // 12, month % 12 + 1, 1)
    days_in_month = (following - date(year, month, 1)).days
    if w[1] == "weekend":
        saturdays = [d for d in range(1, days_in_month + 1) if date(year, month, d).weekday() == 5]
        if nth >= len(saturdays):
            return None
        return Timex(iso_week(date(year, month, saturdays[nth])) + "-WE", "weekend of a month")
    middle = days_in_month - 3 if nth < 0 else 7 * nth + 4
    if middle > days_in_month:
        return None
    return Timex(iso_week(date(year, month, middle)), "week of a month")


def _week_of_day(w: list[str], ctx: Context) -> Timex | None:
    """ "the week of March 6", "the week of 6 March 2000": the ISO week that holds the day
    ("2000-W10"), as TimeML writes it."""
    if len(w) < 4 or w[0] != "week" or w[1] != "of":
        return None
    month, j = read_month(w, 2)
    if month is not None:
        day, k = read_day_of_month(w, j)
    else:
        day, j = read_day_of_month(w, 2)
        month, k = read_month(w, j)
    if month is None or day is None:
        return None
    year, k = read_year(w, k)
    if k != len(w):
        return None
    if year is None:
        year = year_for(month, day, ctx)
        if year is None:
            return None
    found = safe_date(year, month, day)
    return Timex(iso_week(found), "week of a day") if found else None


def _holiday(w: list[str], ctx: Context) -> Timex | None:
    if len(w) >= 2 and w[-1] in ("week", "weekend") and w[0] in _HOLIDAY_FIRST | _QUALIFIERS:
        # "Easter week", "the Thanksgiving weekend": the week (or its weekend) the day is in
        the_day = _holiday(w[:-1], ctx)
        value = the_day.value if the_day is not None else ""
        if len(value) != 10 or not value[:4].isdigit():
            return None
        on = safe_date(int(value[:4]), int(value[5:7]), int(value[8:10]))
        if on is None:
            return None
        return Timex(iso_week(on) + ("-WE" if w[-1] == "weekend" else ""), "week of a holiday")
    qualifier = w[0] if w and w[0] in _QUALIFIERS else None
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
        if qualifier is None and abs((nearest - anchor).days) <= SLACK_DAYS:
            return Timex(iso_day(nearest), "holiday")  # whatever the tense
        direction = direction_of(qualifier, ctx)
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
    if w == ["full", "year"] and the:
        w = ["year"]  # "(sales for) the full year": the year reported, not an amount of time
    if the and w == ["latest", "year"]:
        return _latest_year_ended(ctx)
    if w[:2] == ["that", "same"]:
        w = w[1:]  # "that same day" is the same day
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
    if qualifier not in _NAMED_OR_NONE:
        return None
    if qualifier is None and not the and unit != "weekend":
        return None
    story = qualifier in ("that", "same", "following", "preceding", "previous", "prior")
    if unit == "day" and (qualifier is None or the):
        story = True  # "the day", "the next day": the story's day, not the anchor's
    if unit == "day" and qualifier in ("that", "same") and (named := _month_last_named(ctx)):
        return Timex(f"{iso_month(*named)}-XX", "a day of the month last named")
    base = _story_day(ctx) if story else ctx.anchor
    if base is None:
        return None
    by = 0 if qualifier in _THIS_OR_NONE else (-1 if qualifier in BACK else 1)
    if unit == "day":
        day = shift_days(base, by)
        return Timex(iso_day(day), "day named from the story") if day else None
    if unit in ("week", "month") and qualifier is None and _stretch_to_a_day(ctx):
        letter = "W" if unit == "week" else "M"
        return Timex(f"P1{letter}", "duration", "1", unit)  # "the week to November 29"
    if unit == "week":
        day = shift_days(base, 7 * by)
        return Timex(iso_week(day), "week named from the anchor") if day else None
    if unit == "weekend":
        return _weekend(base, by if qualifier else None, ctx)  # "the weekend", "weekend"
    if unit == "month" and qualifier is None and (reported := _month_reported(ctx)):
        return Timex(iso_month(*reported), "month the story reports")
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


def _month_reported(ctx: Context) -> tuple[int, int] | None:
    """The month a data story reports, for a bare "the month" told in the past or present:
    "petrol prices fell 6.1% on the month", "exports slumped 14.5% on the month", "three
    times the average for the month" speak of the month of the figures (November in a
    story of December about November's inflation), not the month of writing; what is to
    come ("later in the month, the bank will meet") stays in the month of writing."""
    reported = ctx.story.reported_month
    if reported is None or ctx.tense > 0:
        return None
    return reported


def _stretch_to_a_day(ctx: Context) -> bool:
    """ "(in) the week to November 29", "the month ended Friday": the stretch that ends on
    the day named after it, a duration, as "the year to March" and "the quarter to
    October" are; not "the month to come"."""
    after = ctx.after
    return (
        after.startswith((" to ", " ended ", " ending ")) and after.split(" ", 3)[2][:1].isupper()
    )


def _latest_year_ended(ctx: Context) -> Timex | None:
    """ "the latest (fiscal) year": the last year that had ended by the anchor, the one whose
    figures a results story can report ("sales in the latest fiscal year" in October 1989:
    1988), as "the latest quarter" is the last quarter ended."""
    if ctx.anchor is None:
        return None
    return Timex(f"{ctx.anchor.year - 1:04d}", "the latest year ended")


def _month_last_named(ctx: Context) -> tuple[int, int] | None:
    """The month "that (same) day" falls in when the last time the story named was a month,
    not a day: "killed last October ... his name was crossed out that same day" is a day of
    that October, which one unknown (1998-10-XX), not the day the story was last at."""
    return ctx.story.last_month


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


def _new_year(w: list[str], ctx: Context) -> Timex | None:
    """ "(in) the new year" told in the autumn or winter: the year that starts next, or the
    one just begun ("early in the new year" in November 2025 is 2026, in January 2026 too);
    in spring or summer no one year is meant, and no value is guessed."""
    if w != ["new", "year"] or ctx.anchor is None:
        return None
    month = ctx.anchor.month
    if month >= 9:
        return Timex(f"{ctx.anchor.year + 1:04d}", "year")
    if month <= 2:
        return Timex(f"{ctx.anchor.year:04d}", "year")
    return None
