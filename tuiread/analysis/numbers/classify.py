"""What a match of the grammar is: one rule per reading (``grammar.READING``) turns the text
a branch matched into an :class:`~.atoms.Atom` with its label, value and unit, or turns it
down ("may" the verb, "the next phase", a product code).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tuiread.analysis.trace import Trace

from .. import compiled
from .atoms import (
    DATE,
    DAY_PART,
    DURATION,
    MEASURE,
    NUMBER,
    ORDINAL,
    TIME,
    YEAR,
    Atom,
    Kind,
    Reasons,
)
from .date_patterns import MONTH_BEFORE_MAY, RACE_TIME
from .date_values import date_value, numeric_date_value
from .families import count_before_family
from .glued import capital_m_after_blank, glued_letter, glued_temperature, quoted_digits
from .lexicon import (
    IRREGULAR_PLURALS,
    LENGTH_WORDS,
    MONTHS,
    ORDINAL_SCALES,
    ORDINALS,
    SCALES,
    SUBDAY_UNITS,
    TENS,
    TIME_UNITS,
    WEEKDAYS,
)
from .measure_values import money_value, quantity_value, temperature_value, unit_word_after
from .ordinals import ordinal_before_noun
from .patterns import S0, TIME_UNIT, words
from .slash_sense import slash_pair_sense
from .unit_sense import (
    a_second_before_noun,
    dimension_pair,
    measured_thing_before,
    pounds_are_money,
)
from .values import (
    TOKENS,
    cardinal_text_value,
    first_number_end,
    format_value,
    is_fraction_phrase,
    leading_number,
    leading_value,
    parse_number,
    parse_ordinal,
)

Rule = Callable[[str, int, int, str, "Trace | None"], "Atom | None"]

_YEAR_ONLY = compiled.compile(r"(?:1[0-9]|20|21)\d\d")
_LEAD_YEAR = compiled.compile(r"((?:1[89]|20)\d\d)\s+([a-z]+)$", re.I)
_TIME_UNIT_FIND = compiled.compile(rf"(?<![a-z])({TIME_UNIT})", re.I)
_BLANKS = compiled.compile(r"\s+")
_DAYISH = compiled.compile(
    rf"\d|\b(?:{words(WEEKDAYS)}|today|tomorrow|yesterday|tonight|tonite|eod|day|everyday)s?\b",
    re.I,
)
_NEXT_LOWER = compiled.compile(r"[ \t\u00a0]+([a-z]+)\b")
# words after which "may" is still the month ("in May to June", "May of 2017")
_MAY_NEXT = frozenset(
    [
        "to",
        "through",
        "till",
        "until",
        "and",
        "of",
        "in",
        "at",
        "on",
        "this",
        "last",
        "next",
        "for",
        "from",
        "the",
        "when",
        "after",
        "before",
        "but",
        "with",
        # a modal is followed by a verb, never by "that": "disclosed in May that it was
        # approached"
        "that",
    ]
)
_AMBIGUOUS_MONTHS = frozenset(("may", "march", "mar", "jun", "jan"))
_MONTH_CONTEXT = compiled.compile(
    rf"\b(?:in|since|until|till|of|from|by|during|early|late|mid|last|next|this|to|and|through|"
    rf"after|before|between|or|every|each|dec|jan|feb|apr|jun|jul|aug|sept?|oct|nov){S0}-?{S0}$",
    re.I,
)
_MAY_CONTEXT = compiled.compile(
    rf"\b(?:in|since|until|till|of|from|during|early|late|mid|last|next|this|through|"
    rf"after|before|between|every|each){S0}-?{S0}$|{MONTH_BEFORE_MAY}",
    re.I,
)
_VERB_BEFORE = compiled.compile(
    r"\b(?:will|would|to|can|could|may|might|must|should|shall|did|does|do|won't)\s$", re.I
)
_NOW = frozenset(("now", "right now", "at present", "at this time", "tonight", "tonite"))
RELATIVE_ORDINAL_VALUES = {
    "last": "end+0",
    "next": "current+1",
    "previous": "current-1",
    "current": "current+0",
    "penultimate": "end-1",
    "antepenultimate": "end-2",
    "next to last": "end-1",
    "the one before the last": "end-1",
    "the one before the last one": "end-1",
    "next one": "current+1",
    "current one": "current+0",
}
_BARE_RELATIVE = frozenset(("last", "next", "previous"))


def _why(trace: Trace | None, rule: str, detail: str = "") -> Reasons | None:
    return None if trace is None else [(rule, detail)]


_SEASON = compiled.compile(r"((?:1[89]|20)\d\d)/(\d\d|(?:1[89]|20)\d\d)")


def _season(t: str) -> str | None:
    """ "2023/24", "1999/2000": a season or a financial year, a year and the next one (value
    "2023/2024"), not the fraction 2023 over 24."""
    m = _SEASON.fullmatch(t)
    if m is None:
        return None
    first, second = int(m.group(1)), m.group(2)
    nxt = first + 1
    if int(second) != (nxt if len(second) == 4 else nxt % 100):
        return None
    return f"{first}/{nxt}"


def read_number(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A number: a year when it is four digits from 1000 to 2199 ("2012"); an ordinal when a
    fraction branch read "twenty-seventh" (a singular fraction needs "a" or "one": "three and
    a fifth") or "a fifth" orders the noun after it ("a fifth consecutive quarter"); else a
    cardinal with its value; a year and the next are a season ("2023/24"). Two numbers the
    grammar ran together ("1 million and 2 million") end at the first
    (:func:`first_number_end`); the scan reads on from there. Digits glued to a letter no tail
    reads are no number (:func:`glued_letter`)."""
    if " " in t and (cut := first_number_end(t) or count_before_family(t, e, text)):
        t, e = t[:cut], s + cut
    if t.isdigit() and glued_letter(text, s, e):
        return read_code(t, s, e, text, trace)
    if _YEAR_ONLY.fullmatch(t):
        return Atom(s, e, YEAR, "DATE", t, why=_why(trace, "read:year"))
    if "/" in t and (season := _season(t)):
        why = _why(trace, "read:season", "a year and the next, as a season or a financial year")
        return Atom(s, e, DATE, "DATE", season, is_range=True, why=why)
    k = ordinal_before_noun(t, text, e, s) if t[:1] in "aA" else -1
    if k > 0:
        why = _why(trace, "read:ordinal", "an article and an ordinal before a noun")
        return Atom(s + k, e, ORDINAL, "ORDINAL", format_value(parse_ordinal(t[k:])), why=why)
    if vague_scale(t, s, text):
        if trace is not None:
            trace.rejected("number", text, s, e, "read:number", "a vague count of a scale")
        return None
    toks = TOKENS.findall(t.lower()) if t[-2:].lower() in ("th", "st", "nd", "rd") else ()
    if len(toks) >= 2 and toks[-1] in ORDINALS and toks[-2] not in ("a", "an", "one"):
        v = parse_ordinal(t)
        if v is not None:
            why = _why(trace, "read:ordinal", "an ordinal, not a fraction")
            return Atom(s, e, ORDINAL, "ORDINAL", format_value(v), why=why)
    return Atom(s, e, NUMBER, "CARDINAL", cardinal_text_value(t), why=_why(trace, "read:number"))


_VAGUE_BEFORE = compiled.compile(r"(?i)\b(?:a[ \t]+few|few|several|many|some)[ \t\u00a0]+$")


def vague_scale(t: str, s: int, text: str) -> bool:
    """Scale words alone after a vague count: "a few hundred thousand people", "several
    hundred thousand copies" name no number, as "a few thousand" names none (read alone,
    "hundred thousand" would be 100000)."""
    return (
        t[:1].isalpha()
        and all(w in SCALES for w in t.lower().split())
        and _VAGUE_BEFORE.search(text, max(0, s - 12), s) is not None
    )


def read_date_words(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A date with a month name. "May", "March", "Jan", "Jun" and lower-case abbreviations
    alone are months only after a word that introduces a date ("in May", "since March") or,
    but for "may", when capitalised; "may" followed by a verb is the verb."""
    low = t.lower().rstrip(".")
    if low in MONTHS and (low in _AMBIGUOUS_MONTHS or len(low) == 3 and not t[0].isupper()):
        ctx = text[max(0, s - 18) : s]
        context = _MAY_CONTEXT if low == "may" else _MONTH_CONTEXT
        if not context.search(ctx) and not (low in ("march", "jun", "jan") and t[0].isupper()):
            if trace is not None:
                trace.rejected("number", text, s, e, "read:date", "a month name without context")
            return None
    if low.endswith("may") and not any(ch.isdigit() for ch in t):
        after = _NEXT_LOWER.match(text, e)
        if after and after.group(1) not in _MAY_NEXT:
            if trace is not None:
                trace.rejected("number", text, s, e, "read:date", "the verb 'may'")
            return None
    v = date_value(t)
    why = _why(trace, "read:date", "a month name")
    return Atom(s, e, DATE, "DATE", v, is_day=bool(v and len(v) == 10), why=why)


def read_date_digits(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A numeric date ("2017-09-15", "9/15"): kept only if it is a real month and day, and
    for a slash pair only if it is no fraction or "24/7" (:func:`slash_pair_sense`)."""
    sense = slash_pair_sense(t, s, e, text)
    if sense == "fraction":
        why = _why(trace, "read:number", "a slash pair read as a fraction")
        amount = parse_number(t)
        value = None if amount is None else format_value(amount)
        return Atom(s, e, NUMBER, "CARDINAL", value, why=why)
    if sense == "none":
        if trace is not None:
            trace.rejected("number", text, s, e, "read:date", "'24/7': around the clock")
        return None
    v = numeric_date_value(t)
    if not v:
        if trace is not None:
            trace.rejected("number", text, s, e, "read:date", "no such month or day")
        return None
    return Atom(s, e, DATE, "DATE", v, is_day=True, why=_why(trace, "read:date", "digits"))


def read_relative_date(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A relative date ("last month", "Friday") or a named period ("Q1 2016"): a DATE, or a
    TIME for "now" and "tonight"; it names a day when it says a weekday, "today", a digit."""
    low = t.lower()
    label = "TIME" if low in _NOW else "DATE"
    is_day = bool(_DAYISH.search(t)) and not low.startswith("the day")
    return Atom(s, e, DATE, label, None, is_day=is_day, why=_why(trace, "read:relative date"))


def read_period(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A named period: "the first week of May", "Q1 2016", "the 1990s", "fiscal year"."""
    label = "TIME" if t.lower() in _NOW else "DATE"
    return Atom(s, e, DATE, label, None, why=_why(trace, "read:period"))


def read_time_of_day(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A part of the day ("this morning", "tonight"): a TIME."""
    why = _why(trace, "read:time of day")
    return Atom(s, e, DAY_PART, "TIME", None, is_day=bool(_DAYISH.search(t)), why=why)


_PENCE = compiled.compile(r"\d[\d,]*(?:\.\d+)?p")
_TIME_WORD_BEFORE = compiled.compile(
    r"\b(?:at|by|until|till|til|before|after|from|to|around|about|since|past|"
    r"today|tonight|tomorrow|morning|afternoon|evening|night|"
    r"mon|tue|wed|thu|fri|sat|sun)[a-z]*[ \u00a0]+$",
    re.I,
)


def pence(t: str, s: int, text: str) -> bool:
    """ "5p", "12.5p", "412p": a "p" glued to a number is pence, as UK news writes prices
    ("a 5p charge", "shares rose 3p"), but an hour after a word of time ("at 9p", "today 9p",
    "from 2p")."""
    if not _PENCE.fullmatch(t):
        return False
    return _TIME_WORD_BEFORE.search(text, max(0, s - 16), s) is None or _changed_by(text, s)


_CHANGE_BY = compiled.compile(
    r"(?i)\b(?:rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|cut|cuts|up|down"
    r"|increased?|increases|reduced?|reduces|raised?|raises|lifted|lowered|higher|lower)"
    r"[ \t\u00a0]+by[ \t\u00a0]+$"
)


def _changed_by(text: str, s: int) -> bool:
    """ "rise by 10p", "cut by 5p a litre": after a word of change, "by" tells how much,
    not by what hour."""
    return _CHANGE_BY.search(text, max(0, s - 24), s) is not None


_RACE_TIME = compiled.compile(RACE_TIME)


def read_clock(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A clock time: "2:30 pm", "noon", "half past six"; or pence (:func:`pence`); or a race
    time ("3:49.11"), a duration that joins no day."""
    if t[-1:] in "pP" and pence(t.lower(), s, text):
        return read_money(t, s, e, text, trace)
    if "." in t and _RACE_TIME.fullmatch(t):
        return Atom(s, e, DURATION, "TIME", None, why=_why(trace, "read:race time"))
    if race_time_in_whole_seconds(t, s, text):
        value = "PT{}H{}M{}S".format(*(int(part) for part in t.split(":")))
        return Atom(s, e, DURATION, "TIME", value, why=_why(trace, "read:race time"))
    return Atom(s, e, TIME, "TIME", None, why=_why(trace, "read:clock"))


_HOURS_MINUTES_SECONDS = compiled.compile(r"\d:[0-5]\d:[0-5]\d")
_RACE_WORD_BEFORE = compiled.compile(
    r"(?i)\b(?:in|of|clocked|ran|run|timed|finished|record|best)[ \t\u00a0]+$"
)


def race_time_in_whole_seconds(t: str, s: int, text: str) -> bool:
    """ "won in 2:14:19", "a time of 2:01:48", "clocked 2:08:30": hours, minutes and
    seconds after a word of a finish or a time taken are a race time, a duration, as one
    with hundredths is; a clock time with seconds is told "at 2:14:19"."""
    return bool(
        _HOURS_MINUTES_SECONDS.fullmatch(t) and _RACE_WORD_BEFORE.search(text, max(0, s - 12), s)
    )


def _year_before_noun(t: str, s: int, trace: Trace | None, nouns: bool) -> Atom | None:
    """ "the 1988 quarter", "the 1988 third quarter": a year before a noun, not a count."""
    lead = _LEAD_YEAR.match(t)
    if lead and (nouns or lead.group(2).lower() in TIME_UNITS):
        why = _why(trace, "read:year", "a year before a noun")
        return Atom(s, s + 4, YEAR, "DATE", t[:4], why=why)
    return None


# what the one-day game of cricket is called: "a one-day international", "One-Day Cup"
_ONE_DAY_GAME = compiled.compile(r"[ \u00a0]+(?:internationals?|cricket|cup|format)\b", re.I)


def one_day_game(t: str, e: int, text: str) -> bool:
    """ "one-day" naming cricket's limited-overs game ("the one-day international", "one-day
    cricket", "the One-Day Cup"): a kind of match, not a day's time ("a one-day strike" stays
    a duration). Written apart, only before "international": "one day cricket will return"
    is a day to come."""
    low = t.lower()
    if low == "one day":
        return text[e + 1 : e + 14].lower().startswith("international")
    return low == "one-day" and _ONE_DAY_GAME.match(text, e) is not None


def read_duration(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A duration ("six minutes", "three days ago"): a TIME below a day, else a DATE; its
    value is the number, its unit the last unit of time ("min", "d", "yr"). "A second" before
    a noun is the ordinal (:func:`a_second_before_noun`: "a second term"); cricket's one-day
    game is none (:func:`one_day_game`)."""
    if t[:1].isdigit():
        year = _year_before_noun(t, s, trace, nouns=False)
        if year is not None:
            return year
    elif t[-1:] in "dD":
        k = a_second_before_noun(t, e, text)
        if k >= 0:
            why = _why(trace, "read:ordinal", "'a second' before the noun it numbers")
            return Atom(s + k, e, ORDINAL, "ORDINAL", "2", why=why)
    elif t[-1:] in "yY" and one_day_game(t, e, text):
        if trace is not None:
            trace.rejected("number", text, s, e, "read:duration", "cricket's one-day game")
        return None
    cut = units_out_of_order(t)
    if cut > 0:
        t, e = t[:cut].rstrip(), s + len(t[:cut].rstrip())
    return _duration(t, s, e, DURATION, trace, "read:duration")


_UNIT_RANK = {"s": 0, "min": 1, "h": 2, "d": 3, "wk": 4, "mo": 5, "qtr": 6, "yr": 7}
_UNIT_RANK |= {"decade": 8, "century": 9}
# before a unit, words that make it a rate ("24 hours a day") or a fraction of the unit
# before ("two hours and a quarter"), not a count of a length of its own
_NOT_A_COUNT = (" a ", " an ", " per ", " each ", " every ")
_COUNT_BEFORE = compiled.compile(r"(?:\S+[ \t\u00a0]+)?$")


def units_out_of_order(t: str) -> int:
    """Where a chain of durations stops being one length of time: a length is told from
    its largest unit to its smallest ("2 hours 1 minute and 48 seconds"), so a unit as
    large as the one before it or larger starts another expression, with the count before
    it ("47 minutes two years ago", "two hours one minute one day"); "two hours and a
    quarter" is one length, "24 hours a day" a rate. 0: all in order."""
    units = list(_TIME_UNIT_FIND.finditer(t))
    last = 99
    for m in units:
        rank = _UNIT_RANK.get(TIME_UNITS.get(_BLANKS.sub(" ", m.group(1).lower()), ""), -1)
        if rank >= last and not t[: m.start()].endswith(_NOT_A_COUNT):
            head = _COUNT_BEFORE.search(t, 0, m.start())
            return head.start() if head is not None and head.start() > 0 else 0
        last = rank if rank >= 0 else last
    return 0


# a number, then a relative date of one unit: "won one last year", "Formula One last year"
_COUNT_THEN_DATE = compiled.compile(
    r"\S+[ \t\u00a0]+((?:last|next|past|previous|coming|upcoming)[ \t\u00a0]+"
    r"(?:day|week|month|year|decade|century|quarter))",
    re.I,
)


def count_before_date(t: str) -> int:
    """Where a relative date starts after a number that is no part of it: "won one last
    year", "beat them two last week", "Formula One last year". A duration counted back
    ("three last years") needs a plural unit; with one unit the number counts something
    else, or names something, and only "last year" is a date. -1 when none."""
    if t[-1:] not in "yhrkYHRK":  # (day, week, month, year, decade, century, quarter)
        return -1
    m = _COUNT_THEN_DATE.fullmatch(t)
    return -1 if m is None else m.start(1)


def read_relative_duration(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A duration counted from now ("the past three years", "next two weeks"): a DATE-like
    atom. After a modal verb, "last" is the verb: "will last three days" is a duration. A
    number before one unit counts something else (:func:`count_before_date`: "won one last
    year"): only the relative date is read."""
    k = count_before_date(t)
    if k > 0:
        return read_relative_date(t[k:], s + k, e, text, trace)
    if t[:5].lower() == "last " and _VERB_BEFORE.search(text, max(0, s - 9), s):
        k = len(t) - len(t[5:].lstrip())
        return read_duration(t[k:], s + k, e, text, trace)
    return _duration(t, s, e, DATE, trace, "read:relative duration")


_QUARTERS_READ_AS_FRACTION = compiled.compile(r"[\s-]+quarters?$", re.I)


def _duration(t: str, s: int, e: int, kind: Kind, trace: Trace | None, rule: str) -> Atom:
    units = _TIME_UNIT_FIND.findall(t)
    um = units[-1] if units else None
    unit = TIME_UNITS.get(_BLANKS.sub(" ", um.lower())) if um else None
    label = "TIME" if unit in SUBDAY_UNITS else "DATE"
    m = leading_number(t)
    value = parse_number(m.group()) if m else None
    if m and unit == "qtr" and _QUARTERS_READ_AS_FRACTION.search(m.group()):
        value = parse_number(_QUARTERS_READ_AS_FRACTION.sub("", m.group()))  # "three quarters"
    return Atom(s, e, kind, label, format_value(value), unit, why=_why(trace, rule))


def read_relative_ordinal(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """An ordinal by position ("the next one", "penultimate"). A bare "next", "last" or
    "previous" is an adjective ("the next phase", "last seen"), not a number."""
    if t.lower() in _BARE_RELATIVE:
        if trace is not None:
            trace.rejected("number", text, s, e, "read:ordinal", "a bare 'next' or 'last'")
        return None
    value = RELATIVE_ORDINAL_VALUES.get(_BLANKS.sub(" ", t.lower()))
    return Atom(s, e, ORDINAL, "ORDINAL", value, why=_why(trace, "read:ordinal", "by position"))


_PER_BEFORE = compiled.compile(r"(?i)\b(?:per|each|every)[ \t\u00a0]+$")


def per_second(t: str, s: int, text: str) -> bool:
    """ "22 km per second", "30 frames per second", "every second": the unit of a rate or a
    frequency, not the ordinal."""
    return t.lower() == "second" and _PER_BEFORE.search(text, max(0, s - 8), s) is not None


def read_ordinal(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """An ordinal ("fifth", "21st", "twenty-first"). "two first innings" is a count before an
    ordinal (the count is kept); "two thirds" a fraction (a CARDINAL); "per second" the
    unit of a rate (:func:`per_second`)."""
    if per_second(t, s, text):
        if trace is not None:
            trace.rejected("number", text, s, e, "read:ordinal", "'per second': a unit")
        return None
    if t[:1].isdigit():
        year = _year_before_noun(t, s, trace, nouns=True)
        if year is not None:
            return year
    toks = TOKENS.findall(t.lower())
    if (
        len(toks) >= 2
        and (" " in t or "-" in t)
        and toks[-2] not in TENS
        and toks[-2] not in SCALES
        and toks[-1] not in ORDINAL_SCALES
        and toks[-2] not in ("a", "an", "and")
    ):
        k = t.lower().rfind(toks[-1])
        head = t[:k].rstrip(" -\t\u00a0")
        if head:
            if trace is not None:
                trace.rejected("number", text, s, e, "read:ordinal", "a count before an ordinal")
            return read_number(head, s, s + len(head), text, trace)
    k = ordinal_before_noun(t, text, e, s)
    if k > 0:
        why = _why(trace, "read:ordinal", "an article and an ordinal before a noun")
        return Atom(s + k, e, ORDINAL, "ORDINAL", format_value(parse_ordinal(t[k:])), why=why)
    if is_fraction_phrase(t):
        why = _why(trace, "read:fraction")
        return Atom(s, e, NUMBER, "CARDINAL", format_value(parse_number(t)), why=why)
    why = _why(trace, "read:ordinal")
    return Atom(s, e, ORDINAL, "ORDINAL", format_value(parse_ordinal(t)), why=why)


def read_money(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """An amount of money, with its ISO currency code as the unit ("GBp" for pence, "5p")."""
    if t[-1:] in "pP" and _PENCE.fullmatch(t.lower()):
        v = format_value(leading_value(t))
        return Atom(s, e, MEASURE, "MONEY", v, "GBp", why=_why(trace, "read:money"))
    v, code = money_value(t)
    return Atom(s, e, MEASURE, "MONEY", v, code, why=_why(trace, "read:money"))


def read_percent(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A percentage ("9 per cent", "76%", "percent of 50"), unit "%"."""
    number = t.lower().replace("per cent of", "").replace("percent of", "")
    v = format_value(leading_value(number))
    return Atom(s, e, MEASURE, "PERCENT", v, "%", why=_why(trace, "read:percent"))


def read_age(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """An age ("five years old", "aged 45"): a DATE whose unit is years, months, weeks or days."""
    v = leading_value(t[3:] if t[:3].lower() == "age" else t)
    low = t.lower()
    unit = "mo" if "month" in low else "wk" if "week" in low else "d" if "day" in low else "yr"
    return Atom(s, e, MEASURE, "DATE", format_value(v), unit, why=_why(trace, "read:age"))


def read_temperature_unit(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A temperature scale without a number ("degrees Celsius"): a QUANTITY in C or F."""
    low = t.lower()
    unit = "F" if "f" in low[:3] or "fa" in low else "C"
    return Atom(s, e, MEASURE, "QUANTITY", None, unit, why=_why(trace, "read:temperature"))


def read_temperature(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A temperature ("40 deg celsius", "98.6°F", "25C"): a QUANTITY in C, F, K or "deg". A
    letter glued to the number that is no temperature (:func:`glued_temperature`) leaves a
    code ("Seat 14C") or, in small letters, the number alone ("25c"); a degree sign glued to
    it ("85°") is no letter, and a temperature."""
    if t[-1:].isalpha() and t[-2:-1].isdigit() and not glued_temperature(t, s, e, text):
        if t[-1] in "cf":
            return read_number(t[:-1], s, e - 1, text, trace)
        if trace is not None:
            trace.rejected("number", text, s, e, "read:code", "a number and a letter: a code")
        return None
    v, unit = temperature_value(t)
    return Atom(s, e, MEASURE, "QUANTITY", v, unit, why=_why(trace, "read:temperature"))


_NEXT_WORD = compiled.compile(r"[ \t\u00a0]*-?([A-Za-z]+)")
_NOT_PLURAL_ENDS = ("ss", "us", "is", "ous", "'s")
_MODIFIERS_BEFORE_NOUN = 2  # "1.2m Orbit streaming boxes": a name and a participle


def _plural_noun(w: str) -> bool:
    """A lower-case word shaped like a plural noun ("people", "copies", "boxes")."""
    if w in IRREGULAR_PLURALS:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(_NOT_PLURAL_ENDS)


def _noun_modifier(w: str) -> bool:
    """A word that may stand between a count and the noun it counts: a capitalised name
    ("Orbit") or a participle ("streaming", "unsold")."""
    return w[:1].isupper() and w[1:2].islower() or len(w) > 4 and w.endswith(("ing", "ed"))


def counted_noun_after(text: str, end: int) -> bool:
    """True when the noun phrase after ``end`` ends in a plural noun a number could count
    ("people", "copies", "Orbit streaming boxes": up to two names or participles before
    it), and no word of length comes first ("5m high")."""
    at = end
    for _ in range(_MODIFIERS_BEFORE_NOUN + 1):
        m = _NEXT_WORD.match(text, at)
        if m is None:
            return False
        w = m.group(1)
        low = w.lower()
        if low in LENGTH_WORDS:
            return False
        if w == low and _plural_noun(low):
            return True
        if not _noun_modifier(w):
            return False
        at = m.end()
    return False


# verbs of moving or measuring a distance: "ran 400m", "jumped 2.35m", "measures 5m"
_LENGTH_VERBS = frozenset(
    """
    ran run runs running swam swim swims swimming jumped jumps jumping leapt cleared clears
    threw throws thrown measured measures measuring stretched stretches dived dove climbed
    sank fell
    """.split()  # noqa: SIM905
)
# words after "2m" that go on the sentence ("drew 2m on Sunday") or rate it ("1.2m bpd")
_GOES_ON = frozenset(
    """
    in on at to for of and or from by with than last this next a an the but as after before
    over under since until while when which who that bpd
    """.split()  # noqa: SIM905
)
_LENGTH_BEFORE = _LENGTH_VERBS | {"the", "a", "an"}  # "ran 400m", "the 100m final"
_PREV_WORD = compiled.compile(r"([A-Za-z]+)[ \t\u00a0]+$")
_LISTED_LENGTH = compiled.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?m),?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+$"
)


def listed_after_length(text: str, s: int) -> bool:
    """ "won the 1500m and 5000m titles": a number listed after a length is a length too,
    whatever noun follows."""
    listed = _LISTED_LENGTH.search(text, max(0, s - 24), s)
    return listed is not None and about_length(text, listed.start(1), listed.end(1))


def about_length(text: str, s: int, e: int) -> bool:
    """Is "5m" at ``text[s:e]`` a length? After a verb of distance or an article ("ran
    400m", "the 100m final", "a 5m wall"), before a word of length ("5m high") or a singular
    noun it measures ("a 3m drop"); elsewhere an "m" glued to a number is a million ("drew 2m
    on Sunday", "sales rose to 3m.", "Some 1.5m watched")."""
    before = _PREV_WORD.search(text, max(0, s - 24), s)
    if before is not None and before.group(1).lower() in _LENGTH_BEFORE:
        return True
    if listed_after_length(text, s):
        return True
    m = _NEXT_WORD.match(text, e)
    if m is None or text[e : e + 1] == "-":
        return text[e : e + 1] == "-"  # "a 100m-long wall"
    w = m.group(1)
    low = w.lower()
    if low in LENGTH_WORDS:
        return True
    return w == low and low not in _GOES_ON and not _plural_noun(low) and not low.endswith("ed")


# a mark to the centimetre ("2.31m", "68.50m") and what a field event names near it
_MARK_TO_THE_CM = compiled.compile(r"\d\.\d\dm")
_FIELD_EVENT = compiled.compile(
    r"(?<![\w-])(?:(?:high|long|triple)[ -]jump(?:s|er|ers)?|pole[ -]vault(?:s|er|ers)?|"
    r"javelin|discus|hammer[ -]throw|shot[ -]put|cleared)\b",
    re.I,
)
_FIELD_REACH = 100


def field_event_mark(t: str, s: int, e: int, text: str) -> bool:
    """A mark to the centimetre in a text about a field event ("won at 2.31m in the high
    jump", "a season's best of 8.05m in the long jump"): metres, not millions. Only marks
    with two decimals, and only with a field event named (or "cleared") on the same line
    within a hundred characters either side: "a jump in profits" or "new heights" say nothing
    of athletics. What it counts still makes it a million ("2.31m fans")."""
    if not _MARK_TO_THE_CM.match(t, len(t) - 5):
        return False
    lo = text.rfind("\n", max(0, s - _FIELD_REACH), s) + 1
    hi = text.find("\n", e, e + _FIELD_REACH)
    hi = e + _FIELD_REACH if hi < 0 else hi
    return bool(_FIELD_EVENT.search(text, lo, s) or _FIELD_EVENT.search(text, e, hi))


def read_quantity(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A quantity with a unit of measure ("250 kilometers", "5 ft 2 in"). An "m" glued to the
    number is metres only where the text is about length (:func:`about_length`: "5m high",
    "the 100m final", "ran 400m"; :func:`measured_thing_before`: "the boat is 12m";
    :func:`dimension_pair`: "105m by 68m"; :func:`field_event_mark`: "won at 2.31m in the high
    jump"); else a million, as before what it counts ("5m people", "sold 2.5m copies"), or
    written "M". Pounds paid or earned are money (:func:`pounds_are_money`)."""
    if t[-1] == '"' and s and text[s - 1] in '"=':  # (see glued.quoted_digits)
        return quoted_digits(t, s, e, text, trace)
    v, unit = quantity_value(t)
    if unit == "lb" and pounds_are_money(t, s, e, text):
        why = _why(trace, "read:money", "pounds paid, earned or costed, not weighed")
        return Atom(s, e, MEASURE, "MONEY", v, "GBP", why=why)
    glued = len(t) >= 2 and t[-2].isdigit()
    if unit == "m" and v is not None and capital_m_after_blank(t):
        why = _why(trace, "read:number", "a capital 'M' is a million, never metres")
        return Atom(s, e, NUMBER, "CARDINAL", format_value(float(v) * 1e6), why=why)
    if (
        unit == "m"
        and glued
        and v is not None
        and not listed_after_length(text, s)
        and not dimension_pair(text, s, e)
        and (
            t[-1] == "M"
            or counted_noun_after(text, e)
            or not (
                about_length(text, s, e)
                or measured_thing_before(text, s)
                or field_event_mark(t, s, e, text)
            )
        )
    ):
        millions = format_value(float(v) * 1e6)
        after = unit_word_after(text, e)
        if after is not None:  # "417m tonnes": millions of the unit after
            why = _why(trace, "read:quantity", "'m' for a million before a unit")
            return Atom(s, after[0], MEASURE, "QUANTITY", millions, after[1], why=why)
        why = _why(trace, "read:number", "'m' for a million before what it counts")
        return Atom(s, e, NUMBER, "CARDINAL", millions, why=why)
    return Atom(s, e, MEASURE, "QUANTITY", v, unit, why=_why(trace, "read:quantity"))


def read_code(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """A code, a name with digits or a phone number ("MH17", "Hyunmoo-2"): no number."""
    if trace is not None:
        trace.rejected("number", text, s, e, "read:code", "a code or a name, not a number")
    return None


READERS: dict[str, Rule] = {
    "number": read_number,
    "date_words": read_date_words,
    "date_digits": read_date_digits,
    "relative_date": read_relative_date,
    "period": read_period,
    "time_of_day": read_time_of_day,
    "clock": read_clock,
    "duration": read_duration,
    "relative_duration": read_relative_duration,
    "relative_ordinal": read_relative_ordinal,
    "ordinal": read_ordinal,
    "money": read_money,
    "percent": read_percent,
    "age": read_age,
    "temperature_unit": read_temperature_unit,
    "temperature": read_temperature,
    "quantity": read_quantity,
    "code": read_code,
}


_DIGIT_AND_CAPITAL = compiled.compile(r"\d[AC-GI-LN-XZ]")


def classify(reading: str, t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """The atom the rule for ``reading`` makes of ``t = text[s:e]``, or None. One digit and a
    capital letter ("3G", "4K", "3D") is a code, whatever unit or scale the letter could
    stand for; but for "M" and "B", millions and billions in a headline ("5M"), and "H" and
    "Y", hours and years ("3Y"). Digits and a capital "A" or "P" are a code too, not a clock
    ("a 12A certificate", "gate 9P"): news writes "12am" or "12 a.m."."""
    if (
        len(t) == 2
        and _DIGIT_AND_CAPITAL.fullmatch(t)
        and not (reading == "temperature" and glued_temperature(t, s, e, text))
    ) or (reading == "clock" and t[-1] in "AP" and t[-2].isdigit()):
        if trace is not None:
            trace.rejected("number", text, s, e, "read:code", "a digit and a capital: a code")
        return None
    return READERS[reading](t, s, e, text, trace)
