"""Value rules for amounts of time, in the order they are tried: the present, past and future
named without a date ("now", "recently", "the future"), recurrences ("daily", "every
week"), offsets from the anchor ("two weeks ago", "a year earlier") and durations ("two
weeks" -> P2W, "the past six minutes" -> PT6M, "several years" -> PXY).
"""

from __future__ import annotations

from datetime import date

from .. import compiled
from .calendar import iso_day, iso_month, iso_week, shift_days, shift_month, shift_quarter
from .context import Context, Phrase, Story, Timex
from .lexicon import (
    DAY_PARTS,
    FUTURE_WORDS,
    PAST_WORDS,
    PLURAL_UNITS,
    PRESENT_WORDS,
    UNITS,
    WEEKDAYS,
)
from .phrase import VAGUE, amount_text, read_amount, read_unit

_PAST_PLURALS = ("recent", "past", "previous", "earlier", "prior")
_FUTURE_PLURALS = ("coming", "future", "next", "upcoming")


def references(p: Phrase, ctx: Context) -> Timex | None:
    """ "now", "currently", "recently", "the past", "the future", "soon", "recent years",
    "future quarters": TIMEX3's PRESENT_REF, PAST_REF and FUTURE_REF."""
    joined = " ".join(p.words)
    bare = " ".join(p.w)
    for phrase in (joined, bare):
        if phrase in PRESENT_WORDS:
            return Timex("PRESENT_REF", "the present")
        if phrase in PAST_WORDS:
            return Timex("PAST_REF", "the past")
        if phrase in FUTURE_WORDS:
            return Timex("FUTURE_REF", "the future")
    w = p.w
    if len(w) == 2 and w[1] == "times" and w[0] in ("recent", "future", "coming"):
        return Timex("PAST_REF" if w[0] == "recent" else "FUTURE_REF", "the past or future")
    if len(w) == 4 and w[0] == "recent" and w[2] in ("and", "or"):
        return Timex("PAST_REF", "the past")  # "in recent weeks and months"
    if w and w[0] == "future" and not p.the:
        return Timex("FUTURE_REF", "the future")  # "future quarters", "future losses"
    return None


_SET_WORDS = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "bimonthly": "P2M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "biannually": "P6M",
    "semiannually": "P6M",
}


def recurrences(p: Phrase, ctx: Context) -> Timex | None:
    """ "daily", "every week", "each year", "every other day", "Tuesday nights", "Mondays"."""
    w = p.words
    if len(w) == 1 and w[0] in _SET_WORDS:
        return Timex(_SET_WORDS[w[0]], "recurrence")
    if w and w[0] in ("every", "each", "per"):
        i = 1
        step = 1.0
        if i < len(w) and w[i] == "other":
            step, i = 2.0, i + 1
        amount, j = read_amount(w, i)
        if amount is not None and amount != VAGUE:
            step, i = step * amount, j
        if i < len(w) and w[i] in WEEKDAYS and i + 1 == len(w):
            return Timex(f"XXXX-WXX-{WEEKDAYS[w[i]] + 1}", "recurrence")
        unit, _plural, k = read_unit(w, i)
        value = _duration(step, unit) if unit is not None and k == len(w) else None
        return Timex(value, "recurrence") if value else None
    if 1 <= len(w) <= 2 and w[0].endswith("s") and w[0][:-1] in WEEKDAYS:
        day = WEEKDAYS[w[0][:-1]] + 1
        if len(w) == 1:
            return Timex(f"XXXX-WXX-{day}", "recurrence")
        part = DAY_PARTS.get(w[1].removesuffix("s"))
        if part:
            return Timex(f"XXXX-WXX-{day}T{part}", "recurrence")
    if len(w) == 2 and w[0] in WEEKDAYS and w[1].endswith("s") and w[1][:-1] in DAY_PARTS:
        return Timex(f"XXXX-WXX-{WEEKDAYS[w[0]] + 1}T{DAY_PARTS[w[1][:-1]]}", "recurrence")
    return None


_BACKWARD = {"ago": "anchor", "earlier": "story", "before": "story", "back": "anchor"}
_FORWARD = {"later": "story", "after": "story", "hence": "anchor", "from now": "anchor"}


_DEEP_TIME = 1e6  # an amount counted in millions: geology, no calendar date


def offsets(p: Phrase, ctx: Context) -> Timex | None:
    """ "two weeks ago" -> the ISO week two weeks before the anchor; "a year earlier" -> the
    story's period a year before ("the third quarter ... a year earlier" -> the year-earlier
    quarter); "three days later"; "years ago" -> PAST_REF."""
    w = p.w
    if len(w) < 2:
        return None
    last_two = " ".join(w[-2:])
    if last_two in _FORWARD:
        body, direction, base = w[:-2], 1, _FORWARD[last_two]
    elif w[-1] in _BACKWARD:
        body, direction, base = w[:-1], -1, _BACKWARD[w[-1]]
    elif w[-1] in _FORWARD:
        body, direction, base = w[:-1], 1, _FORWARD[w[-1]]
    else:
        return None
    if body[-2:] == ["or", "so"]:
        body = body[:-2]
    amount, i = read_amount(body, 0)
    if amount is None:
        amount, i = (VAGUE, 0) if body and body[0].endswith("s") else (1.0, 0)
    unit, _plural, j = read_unit(body, i)
    if unit is not None and body[j:] == ["and", "a", "half"]:
        amount, j = amount + 0.5, len(body)
    if unit is None or j != len(body):
        return None
    if amount == VAGUE or amount >= _DEEP_TIME:
        # "years ago"; "12 million years ago": no calendar year is meant, only the past
        return Timex("PAST_REF" if direction < 0 else "FUTURE_REF", "vague offset")
    if UNITS[unit][0] in ("H", "TM", "S"):
        # "a minute and a half later": no clock time to count from, so the amount of time
        value = _duration(amount, unit)
        readable = UNITS[unit][2] if amount == 1.0 else UNITS[unit][3]
        return Timex(value, "duration", amount_text(amount), readable) if value else None
    by = direction * amount
    if by != int(by):
        return None
    steps = int(by)
    letter, size = UNITS[unit][0], UNITS[unit][1]
    # the story is read only where it decides: a date counted from it, or "a year ago/earlier"
    uses_story = base == "story" or (letter == "Y" and size == 1 and abs(steps) == 1)
    story = ctx.story if uses_story else Story()
    anchor = ctx.anchor
    start = (story.day or anchor) if base == "story" else anchor
    if start is None:
        return None
    if letter == "Y":
        compared = story.compared
        if size == 1 and story.grain == "quarter" and compared:
            # "a year ago" in a results story: the same quarter a year before
            year, q = shift_quarter(compared[0], compared[1], 4 * steps)
            return Timex(f"{year:04d}-Q{q}", "offset from the story")
        if base == "story" and size == 1 and story.grain == "month" and story.month:
            year, month = shift_month(story.month[0], story.month[1], 12 * steps)
            return Timex(iso_month(year, month), "offset from the story")
        if base == "story" and size == 1 and story.grain == "day" and story.day:
            day = _shift_years(story.day, steps)
            return Timex(iso_day(day), "offset from the story") if day else None
        if base == "story" and story.grain == "year" and story.year:
            # "his 2000 hit arrives 24 years later": 2024, counted from the year named
            return Timex(f"{story.year + steps * size:04d}", "offset from the story")
        year = start.year + steps * size
        if size == 100:
            return Timex(f"{year // 100:02d}", "offset from the anchor")
        return Timex(f"{year:04d}", "offset from the anchor")
    if letter == "Q":
        year, q = shift_quarter(start.year, (start.month - 1) // 3 + 1, steps)
        return Timex(f"{year:04d}-Q{q}", "offset from the anchor")
    if letter == "M":
        reported = story.reported_month or (story.month if story.grain == "month" else None)
        if base == "story" and reported:
            # "inflation fell to 3.6% in October from 3.8% a month earlier": September,
            # a month before the month the story reports
            year, month = shift_month(reported[0], reported[1], steps)
            return Timex(iso_month(year, month), "offset from the story")
        year, month = shift_month(start.year, start.month, steps)
        return Timex(iso_month(year, month), "offset from the anchor")
    if letter == "W":
        day = shift_days(start, 7 * steps * size)
        return Timex(iso_week(day), "offset from the anchor") if day else None
    if letter == "D":
        day = shift_days(start, steps)
        return Timex(iso_day(day), "offset from the anchor") if day else None
    return None


def _shift_years(d: date, by: int) -> date | None:
    try:
        return d.replace(year=d.year + by)
    except ValueError:
        try:
            return d.replace(year=d.year + by, day=28)
        except ValueError:
            return None


_DURATION_LEADS = frozenset(
    (
        "first",
        "last",
        "past",
        "next",
        "coming",
        "previous",
        "preceding",
        "prior",
        "final",
        "initial",
        "latest",
        "following",
        "remaining",
        "entire",
        "whole",
        "full",
        "additional",
        "further",
        "another",
        "same",
        "recent",
    )
)
_DURATION_FILLERS = frozenset(
    ("more", "additional", "full", "straight", "consecutive", "extra", "further", "whole", "long")
)
_DURATION_TAILS = (
    ["long"],
    ["period"],
    ["span"],
    ["stretch"],
    ["term"],
    ["old"],
    ["running"],
    ["in", "a", "row"],
    ["ahead"],  # "the weeks ahead": a stretch to come
)


def durations(p: Phrase, ctx: Context) -> Timex | None:
    """An amount of a unit: "two weeks" -> P2W, "six minutes" -> PT6M, "the past 18 months"
    -> P18M, "a decade" -> P10Y, "a minute and a half" -> PT1M30S, "several years" -> PXY,
    "a 16-hour day" stays "16-hour" -> PT16H. The amount and the unit are kept readable."""
    w = p.w
    if w[:2] in (["year", "earlier"], ["year", "ago"]) and len(w) > 2:
        w = w[2:]  # "the year-earlier nine months"
    i = 0
    while i < len(w) and w[i] in _DURATION_LEADS:
        i += 1
    amount, j, ranged = lower_end_of_range(w, i)  # (a range's unit is plural: "one to two weeks")
    while j < len(w) and w[j] in _DURATION_FILLERS:
        j += 1
    unit, plural, k = read_unit(w, j)
    if unit is None:
        return None
    rest = w[k:]
    if rest and rest[0] == "of" and _of_a_period(rest[1:]):
        rest = []  # "the first nine months of the year": the amount is the expression
    if rest and rest not in _DURATION_TAILS:
        if rest != ["and", "a", "half"]:
            return None
        amount = (amount or 1.0) + 0.5
    if amount is None:
        if plural:
            amount = VAGUE
        elif (p.the or rest == ["long"] or "past" in w[:i]) and unit not in ("night", "weekend"):
            # "the past year", "past decade", "the full day", "day-long"; "last month" is a date
            amount = 1.0
        else:
            return None
    if rest == ["old"] and amount != VAGUE:
        return None  # "a 10-year-old" is an age; "a years-old slump" a vague duration
    if unit == "weekend" and amount != VAGUE:
        return Timex(f"P{amount_text(2 * amount)}D", "duration", amount_text(amount), "weekends")
    value = _duration(amount, unit)
    if value is None:
        return None
    singular, many = UNITS[unit][2], UNITS[unit][3]
    count = None if amount == VAGUE else amount_text(amount)
    readable = singular if amount == 1.0 and not ranged else many
    return Timex(value, "duration", count, readable)


def lower_end_of_range(w: list[str], i: int) -> tuple[float | None, int, bool]:
    """The amount at ``w[i]``, where the unit may start, and whether the amount is a range's;
    of a range of amounts ("two to three weeks", "2-3 weeks", "10 to 12 months"), its lower
    end, as TimeBank values "two to three weeks" (P2W, "two or more"): a duration has no
    interval in TIMEX3."""
    amount, j = read_amount(w, i)
    if amount is not None and j + 1 < len(w) and w[j] == "to":
        upper, k = read_amount(w, j + 1)
        if upper is not None and upper > amount:
            return amount, k, True
    if amount is None and i < len(w) and "-" in w[i]:
        lo, _, hi = w[i].partition("-")
        if lo.isdigit() and hi.isdigit() and int(lo) < int(hi):
            return float(lo), i + 1, True
    return amount, j, False


def _of_a_period(w: list[str]) -> bool:
    """ "the year", "this year", "1989", "fiscal 1990": what "nine months of" may count in."""
    if w[:1] in (["the"], ["this"], ["last"], ["next"], ["that"], ["fiscal"]):
        w = w[1:]
    return len(w) == 1 and (w[0] in UNITS or (w[0].isdigit() and len(w[0]) == 4))


_FINER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}


def _duration(amount: float, unit: str) -> str | None:
    """P2W, PT6M, P10Y, PXY, PT1M30S: the TIMEX3 spelling of ``amount`` ``unit``."""
    letter, size, _, _ = UNITS[unit]
    clock = letter in ("H", "TM", "S")
    letter = "M" if letter == "TM" else letter
    if letter == "WE":
        letter, size = "D", 2
    prefix = "PT" if clock else "P"
    if unit in ("decade", "century", "millennium") and amount == VAGUE:
        return {"decade": "PXE", "century": "PXC", "millennium": "PXL"}[unit]
    if amount == VAGUE:
        return f"{prefix}X{letter}"
    total = amount * size
    if total == int(total):
        return f"{prefix}{int(total)}{letter}"
    whole = int(total)
    if letter == "M" and clock:
        return f"PT{whole}M{round((total - whole) * 60)}S" if whole else f"PT{round(total * 60)}S"
    finer = _FINER.get(letter)
    if finer is None:
        return f"{prefix}{total:g}{letter}"
    small, factor = finer
    part = (total - whole) * factor
    if part != int(part):
        return f"{prefix}{total:g}{letter}"
    if letter == "D" and not clock:
        return f"P{whole}DT{int(part)}H" if whole else f"PT{int(part)}H"
    if letter == "H":
        return f"PT{whole}H{int(part)}M" if whole else f"PT{int(part)}M"
    return f"P{whole}{letter}{int(part)}{small}" if whole else f"P{int(part)}{small}"


_CALENDAR_ORDER = "YMWD"  # then the clock's "HMS" after a "T"


def compound_durations(p: Phrase, ctx: Context) -> Timex | None:
    """Amounts of several units told together, largest first, as sentences and service
    records are: "11 years and three months" -> P11Y3M, "two years, four months and 12 days"
    -> P2Y4M12D, "3 days and 5 hours" -> P3DT5H. Each part is one amount and one unit; a
    part out of order ("three months and 11 years") or vague ("years and months") is no one
    span of time, and no value is guessed."""
    w = p.w
    if len(w) < 4:
        return None  # (two amounts, two units)
    parts: list[tuple[str, float, str]] = []  # (designator, amount, readable)
    i = 0
    while i < len(w):
        if parts and w[i] == "and":  # (commas are not words)
            i += 1
        amount, j = read_amount(w, i)
        if amount is None or amount == VAGUE:
            return None
        unit, _, k = read_unit(w, j)
        if unit is None or unit in ("weekend", "quarter", "decade", "century", "millennium"):
            return None
        letter, size, singular, many = UNITS[unit]
        parts.append((letter, amount * size, singular if amount * size == 1 else many))
        i = k
    if len(parts) < 2:
        return None
    order = [*_CALENDAR_ORDER, "H", "TM", "S"]
    ranks = [order.index(letter) for letter, _, _ in parts]
    if ranks != sorted(set(ranks)) or any(v != int(v) for _, v, _ in parts):
        return None
    date_part = "".join(f"{int(v)}{x}" for x, v, _ in parts if x in _CALENDAR_ORDER)
    clock_part = "".join(f"{int(v)}{x[-1]}" for x, v, _ in parts if x not in _CALENDAR_ORDER)
    value = "P" + date_part + (f"T{clock_part}" if clock_part else "")
    readable = " ".join(f"{amount_text(v)} {r}" for _, v, r in parts)
    return Timex(value, "duration of several units", None, readable)


_GLUED_CLOCK_UNIT = compiled.compile(r"(\d+(?:\.\d+)?)(hrs?|h|mins?|m|secs?|s)")
_CLOCK_LETTER = {"hour": "H", "hr": "H", "minute": "M", "min": "M", "second": "S", "sec": "S"}
_GLUED_LETTER = {"h": "H", "m": "M", "s": "S"}  # "3h 20m 5s": letters only glued to a number
_CLOCK_ORDER = "HMS"
_RACE = compiled.compile(r"(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d\.\d{1,3})")  # "3:49.11", "2:03:59.1"


def clock_durations(p: Phrase, ctx: Context) -> Timex | None:
    """Hours, minutes and seconds told together, as race times and timings are: "3 minutes 49
    seconds" -> PT3M49S, "2hr 1min 9sec" -> PT2H1M9S, "3min 49.11sec", "9.58sec" -> PT9.58S.
    Largest unit first; a lone letter ("3h 20m") only glued to its number. A race time
    with hundredths: "3:49.11" -> PT3M49.11S; one in whole seconds as the number finder
    read it ("won in 2:14:19" -> PT2H14M19S)."""
    if len(p.w) == 1 and ctx.given and ctx.given.startswith("PT"):
        return Timex(ctx.given, "race time")
    if len(p.w) == 1 and (race := _RACE.fullmatch(p.w[0])):
        hours, minutes, seconds = race.groups()
        h = f"{int(hours)}H" if hours else ""
        return Timex(f"PT{h}{int(minutes)}M{float(seconds):g}S", "race time")
    w: list[str] = []
    glued: set[int] = set()
    for word in p.w:
        m = _GLUED_CLOCK_UNIT.fullmatch(word)
        if m:
            glued.add(len(w) + 1)
            w.extend((m.group(1), m.group(2)))
        else:
            w.append(word)
    if not glued and len(w) < 4:
        return None  # one spaced amount and unit: the rule for durations reads it
    parts: dict[str, float] = {}
    i = 0
    while i < len(w):
        if parts and w[i] in ("and", ","):
            i += 1
        amount, j = read_amount(w, i)
        if amount is None or amount == VAGUE or j >= len(w):
            return None
        unit = PLURAL_UNITS.get(w[j], w[j])
        letter = _CLOCK_LETTER.get(unit) or (_GLUED_LETTER.get(unit) if j in glued else None)
        if letter is None:
            return None
        if parts and _CLOCK_ORDER.index(letter) <= _CLOCK_ORDER.index(next(reversed(parts))):
            return None  # "20 minutes 3 hours": no one timing
        parts[letter] = amount
        i = j + 1
    if not parts:
        return None
    return Timex("PT" + "".join(amount_text(v) + k for k, v in parts.items()), "clock duration")
