"""The TIMEX3 value of one time expression: normalise its words, then try the value rules in
order, the first answer wins.

    timex_value("last month", Context(anchor=date(2017, 9, 15)))  -> Timex("2017-08", ...)

Modifiers TIMEX3 keeps in the span but not in the value ("early", "late", "nearly", "the end
of") are read past; "the" is noted, since "the past" is not "past".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import lru_cache

from .. import compiled
from .amounts import (
    clock_durations,
    compound_durations,
    durations,
    offsets,
    recurrences,
    references,
)
from .calendar import safe_date
from .context import Context, Phrase, Timex
from .days import MONTH_SLACK_DAYS, day_range_of_month, days, year_for
from .lexicon import MODIFIERS, SIGNALS, WEEKDAYS
from .phrase import words
from .points import calendar, periods

Rule = Callable[[Phrase, Context], Timex | None]

_PARTS_OF = (
    ("the", "end", "of"),
    ("the", "beginning", "of"),
    ("the", "start", "of"),
    ("the", "middle", "of"),
    ("the", "rest", "of"),
    ("the", "remainder", "of"),
    ("the", "turn", "of"),
    ("the", "close", "of"),
    ("a", "good", "part", "of"),
    ("end", "of"),
    ("beginning", "of"),
    ("start", "of"),
    ("middle", "of"),
    ("each", "of"),
    ("all", "of"),
    ("much", "of"),
)
_MODIFIER_WORDS = tuple(tuple(m.split()) for m in MODIFIERS)
_SIGNAL_WORDS = tuple(tuple(s.split()) for s in SIGNALS if s not in ("between", "of", "to", "per"))
_TRAILERS = (("or", "later"), ("or", "earlier"), ("or", "so"), ("or", "more"), ("or", "longer"))


def _by_first_word(leads: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``leads`` grouped by their first word, each group in the order of ``leads``: a phrase
    is compared only with the leads that start with its own first word, in the same order."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for lead in leads:
        out[lead[0]] = (*out.get(lead[0], ()), lead)
    return out


_SIGNALS_BY_FIRST = _by_first_word(_SIGNAL_WORDS)
_LEADS_BY_FIRST = _by_first_word((*_PARTS_OF, *_MODIFIER_WORDS))


@lru_cache(maxsize=4096)
def phrase_of(text: str) -> Phrase:
    """The words of ``text`` with leading prepositions, "the" and modifiers read past."""
    w = _without_signal(words(text))  # "within a week", "in two weeks": the time's value
    every = w
    the = False
    changed = True
    while changed and w:
        changed = False
        if w[0] == "the":
            w, the, changed = w[1:], True, True
            continue
        for lead in _LEADS_BY_FIRST.get(w[0], ()):
            size = len(lead)
            if len(w) > size and tuple(w[:size]) == lead:
                w, changed = _without_signal(w[size:]), True  # "later in the day"
                break
    for tail in _TRAILERS:
        if len(w) > 2 and tuple(w[-2:]) == tail:
            w = w[:-2]
    return Phrase(w, the, every)


def _without_signal(w: list[str]) -> list[str]:
    for signal in _SIGNALS_BY_FIRST.get(w[0], ()) if w else ():
        size = len(signal)
        if len(w) > size and tuple(w[:size]) == signal and w[size] not in ("least", "most"):
            return w[size:]
    return w


def _filled(value: str, ctx: Context) -> str:
    """A month-day or a month value with its year from the anchor when it was left out
    ("between September and October" in November is 2025-09/2025-10, as "September" alone)."""
    if value.startswith("XXXX-") and len(value) == 10 and ctx.anchor is not None:
        year = year_for(int(value[5:7]), int(value[8:10]), ctx)
        return f"{year:04d}{value[4:]}" if year is not None else value
    if value.startswith("XXXX-") and len(value) == 7 and value[5:].isdigit() and ctx.anchor:
        year = year_for(int(value[5:7]), 15, ctx, MONTH_SLACK_DAYS)
        return f"{year:04d}{value[4:]}" if year is not None else value
    return value


def given_value(p: Phrase, ctx: Context) -> Timex | None:
    """A numeric date the number finder already read ("9/15/2017", "1910-45"): its value,
    with the year filled in from the anchor when it was left out ("XXXX-09-15")."""
    given = ctx.given
    if not given or not _TIMEX_DATE.fullmatch(given):
        return None
    if "/" in given:  # a range ("XXXX-01-01/XXXX-09-26"): the end's year, the start before it
        first, _, last = given.partition("/")
        last_full = _filled(last, ctx)
        if last_full[:4].isdigit() and first.startswith("XXXX-"):
            start_year = int(last_full[:4]) - (1 if first[5:] > last_full[5:] else 0)
            first = f"{start_year:04d}{first[4:]}"
        return Timex(f"{first}/{last_full}", "numeric date range")
    if any(word in ("last", "next", "this") for word in p.w):
        return None  # a year named in words the rules could not read: no guess
    if given.startswith("XXXX-") and len(given) == 10 and ctx.anchor is not None:
        month, day = int(given[5:7]), int(given[8:10])
        year = year_for(month, day, ctx)
        if year is not None:
            found = safe_date(year, month, day)
            named = [WEEKDAYS[w] for w in p.w if w in WEEKDAYS]
            if found is None or (named and named[0] != found.weekday()):
                return None  # "fell 7/8 Thursday": a price, not July 8 (not a Thursday)
            return Timex(f"{year:04d}{given[4:]}", "numeric date")
    return Timex(given, "numeric date", explicit=len(given) == 10 and given[:4].isdigit())


_RANGE_WORDS = ("until", "till", "to", "through", "-")
_BESIDE = {"before": -1, "after": 1}


def day_beside_a_day(p: Phrase, ctx: Context) -> Timex | None:
    """ "the day before last Tuesday", "the day after Christmas": the day next to the day
    named, read by the rules for days or the calendar ("the day before" alone is read from
    the story's day by the rule for periods); "the day Friday" is that Friday."""
    w = p.w
    if len(w) == 2 and w[0] == "day" and w[1] in WEEKDAYS:
        # "during the day Friday": the day is the Friday
        return days(Phrase(w[1:], False, w[1:]), ctx)
    if len(w) < 3 or w[0] != "day" or w[1] not in _BESIDE:
        return None
    rest = Phrase(w[2:], False, w[2:])
    named = days(rest, ctx) or calendar(rest, ctx)
    if named is None or len(named.value) != 10 or not named.value[:4].isdigit():
        return None
    day = safe_date(int(named.value[:4]), int(named.value[5:7]), int(named.value[8:10]))
    if day is None:
        return None
    beside = day + timedelta(days=_BESIDE[w[1]])
    return Timex(beside.isoformat(), "the day beside a day")


def day_clock_range(p: Phrase, ctx: Context) -> Timex | None:
    """From one day's clock time to another's: "(from) 10pm on Friday 27 March until 5am on
    Monday 30 March" -> 2026-03-27T22:00/2026-03-30T05:00, as a range of dates is written.
    Each side must read as a day and a time of its own; else no value (no half guessed)."""
    if len(p.w) < 5 or not any(word in ("am", "pm") or ":" in word for word in p.w):
        return None  # (a day and a clock time on each side, and a word between)
    return _range_of_days(p, ctx, 16, "range of clock times")


def day_to_day_range(p: Phrase, ctx: Context) -> Timex | None:
    """From one named day to another: "(from) Wednesday 24 December until Sunday 28
    December", "Friday through Sunday" -> 2025-12-24/2025-12-28, as a range of dates is
    written. Each side must read as a day of its own ("24 December", "Friday" in the
    story's week); a weekday after the first day is the next one of its name."""
    if len(p.w) < 3 or not any(word in _RANGE_WORDS for word in p.w):
        return None
    return _range_of_days(p, ctx, 10, "range of days")


def _range_of_days(p: Phrase, ctx: Context, size: int, rule: str) -> Timex | None:
    """Two days (``size`` 10) or two days' clock times (16) either side of one range word,
    each read by the rule for days; the second after the first."""
    w = p.w[1:] if p.w[:1] in (["from"], ["between"]) else p.w
    cuts = [i for i, word in enumerate(w) if word in _RANGE_WORDS and 0 < i < len(w) - 1]
    if len(cuts) != 1:
        return None
    first = days(Phrase(w[: cuts[0]], False, w[: cuts[0]]), ctx)
    last = days(Phrase(w[cuts[0] + 1 :], False, w[cuts[0] + 1 :]), ctx)
    if first is None or last is None or len(first.value) != size or len(last.value) != size:
        return None
    if not (first.value[:1].isdigit() and last.value[:1].isdigit()):
        return None  # (no day of publication: "XXXX-WXX-5T22:00" has no year to count from)
    end = last.value
    if end <= first.value and any(word in WEEKDAYS for word in w[cuts[0] + 1 :]):
        # "Friday until Monday": the Monday after the Friday, whatever the tense made of it
        day = safe_date(int(end[:4]), int(end[5:7]), int(end[8:10]))
        if day is not None:
            end = (day + timedelta(days=7)).isoformat() + end[10:]
    if end <= first.value:
        return None  # "8pm to 6am": no day named, so no telling which night
    return Timex(f"{first.value}/{end}", rule)


_TIMEX_DATE = compiled.compile(
    r"(?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?)?(?:T\d\d:\d\d)?"
    r"(?:/(?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?)?(?:T\d\d:\d\d)?)?"
)

RULES: tuple[Rule, ...] = (
    day_beside_a_day,
    references,
    recurrences,
    days,
    calendar,
    periods,
    offsets,
    durations,
    clock_durations,
    compound_durations,
    day_clock_range,
    day_to_day_range,
    day_range_of_month,
    given_value,
)


def timex_value(text: str, ctx: Context) -> Timex | None:
    """The first rule's answer for ``text``, or None when no rule reads it."""
    p = phrase_of(text)
    if not p.w:
        p = Phrase(p.words, False, p.words)
        if not p.w:
            return None
    for rule in RULES:
        found = rule(p, ctx)
        if found is not None:
            return found
    return None
