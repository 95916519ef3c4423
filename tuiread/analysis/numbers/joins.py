"""Joining rules: neighbouring atoms that read as one expression become one atom.

``join_atoms`` walks the atoms in text order and offers each pair of neighbours (at most 16
characters apart) to :func:`join_pair`, which reads the words between them (the *gap*) and
tries the rules of that gap's family in order; the first rule that returns an atom wins:

* numbers split by a tokeniser ("14 . 8", "80 , 000") are put back together;
* a frequency ("every Monday", "daily") joins only a clock time;
* a range gap ("-", "to", "through", "and" after "between"/"from"): :data:`RANGE_JOINS`;
* a linking word ("from", "for", "before", "since"): :data:`LINKED_JOINS`;
* nothing, a comma, "at", "on", "of", "in": :data:`ADJACENT_JOINS`.

An amount, a percentage or a quantity (``MEASURE``) is complete as found and joins nothing.
"""

from __future__ import annotations

import re

from .. import compiled
from .atoms import DATE, DAY_PART, DURATION, MEASURE, NUMBER, ORDINAL, TIME, YEAR, Atom
from .date_patterns import HOUR_WORD
from .gaps import Gap, Rule, read_gap
from .join_kinds import ADJACENT_KINDS, RANGE_KINDS, rules_by_kinds
from .lexicon import FREQUENCIES, MONTHS, WEEKDAYS
from .patterns import S, words
from .split_numbers import join_split_number
from .unit_ranges import (
    amounts_to_range,
    between_before,
    duration_gap,
    in_a_run_of_scores,
    join_money_range,
    join_unit_range,
    range_value,
    scaled_lower_end,
)
from .verb_cues import level_before_at

_MAX_GAP = 16  # characters between two atoms that may still join

HOURISH = compiled.compile(
    r"^(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?$|^(?:" + HOUR_WORD[3:-1] + r")$", re.I
)
DAY_NUMBER = compiled.compile(r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
_HAS_MONTH = compiled.compile(rf"\b{words(MONTHS)}\b", re.I)
_HAS_WEEKDAY = compiled.compile(
    rf"\b{words(WEEKDAYS)}\b|\b(?:today|tomorrow|yesterday|tonight)\b", re.I
)
_RELATIVE_START = compiled.compile(r"^(?:this|next|last|previous|coming|following|past)\b", re.I)
_WEEKDAY_START = compiled.compile(rf"{words(WEEKDAYS)}\b", re.I)
_HOURS_ANY = compiled.compile(
    r"^(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*(?:-|–|to|and|till|until)\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?$",
    re.I,
)
_HOURS_RANGE = compiled.compile(
    r"^(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*[-–]\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?$"
)
_MONTH_REF = compiled.compile(rf"(?:this|next|last|the){S}month\b|{words(MONTHS)}\b", re.I)
_FREQUENCY_START = compiled.compile(rf"^(?:each|every|{words(FREQUENCIES)})\b", re.I)
_DURATION_LINKS = frozenset(
    ("before", "after", "from", "since", "starting", "starting from", "starting on")
)
_OFFSET_ENDS = ("ago", "later", "hence", "from now", "from today", "from tomorrow")
_DASHES = ("-", "–", "—")
_TWO_DIGITS = compiled.compile(r"\d\d")
_DIGIT = compiled.compile(r"\d")


# ------------------------------------------------------------------ frequencies


def join_frequency(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A frequency ("every Monday", "daily") joins a clock time and nothing else:
    "every Monday at 9", "9 am daily"."""
    bt = text[b.start : b.end]
    g = gap.words
    if (
        a.kind in (DATE, DAY_PART)
        and b.kind is TIME
        and g in ("", "at")
        and not _FREQUENCY_START.match(bt)
    ):
        return Atom(a.start, b.end, TIME, "TIME")
    if a.kind is TIME and b.kind is DATE and g == "":
        return Atom(a.start, b.end, TIME, "TIME")
    return None


# ------------------------------------------------------------------ ranges


_PERIOD_TO_ITS_END = compiled.compile(
    r"(?i)(?:the[ \t]+)?(?:(?:past|last|previous|latest)[ \t]+)?(?:year|quarter|month|week)"
)


def date_range(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """Two dates or years: "1910-1945", "May 3 to June 5" (value "1910/1945"). Not a period
    to the date it ends at: "the year to September" is a year (P1Y) ending in September, as
    "the year ended Sept. 30", not a range from this year to September."""
    if a.kind not in (DATE, YEAR) or b.kind not in (DATE, YEAR):
        return None
    if gap.words == "to" and _PERIOD_TO_ITS_END.fullmatch(text, a.start, a.end):
        return None
    if no_range_of_dates(a, b, gap, text):
        return None
    if a.kind is YEAR and b.kind is YEAR:
        val: str | None = f"{text[a.start : a.end]}/{text[b.start : b.end]}"
    elif a.value and b.value:
        val = f"{a.value}/{b.value}"
    else:
        val = None
    return Atom(a.start, b.end, DATE, "DATE", val, is_day=a.is_day or b.is_day, is_range=True)


_THIS_PERIOD = compiled.compile(r"(?i)this[ \t]+(?:year|month|week|quarter)")
_BARE_MONTH = compiled.compile(rf"(?i){words(MONTHS)}\.?(?:[ \t]+(?:19|20)\d\d)?")


def no_range_of_dates(a: Atom, b: Atom, gap: Gap, text: str) -> bool:
    """Two dates across "to" or "through" that are no range from one to the other, unless
    "from" or "between" opens it: a period and a bound inside it ("fallen 2.08% this year
    through Oct. 19": this year, cut at October 19; "sales this year through August"), and
    a weekday before a month, the day of an act that moves something to that month ("a
    downward revision Friday to December's figures", "postponed the vote Tuesday to
    January")."""
    if gap.is_join or gap.words == "and" or between_before(a, text):
        return False
    if _THIS_PERIOD.fullmatch(text, a.start, a.end):
        return True
    return (
        _WEEKDAY_START.match(text, a.start, a.end) is not None
        and a.end - a.start <= 9
        and _BARE_MONTH.fullmatch(text, b.start, b.end) is not None
    )


def year_to_short_year(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A year and two digits: "1910-45" (value "1910/1945")."""
    bt = text[b.start : b.end]
    if (
        a.kind is YEAR
        and b.kind is NUMBER
        and gap.words in ("-", "–", "to")
        and _TWO_DIGITS.fullmatch(bt)
    ):
        at = text[a.start : a.end]
        return Atom(a.start, b.end, DATE, "DATE", f"{at}/{at[:2]}{bt}", is_range=True)
    return None


def clock_range(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """Two clock times, or a clock time and an hour: "2:30 to 4 pm", "9-11:30"."""
    if (
        a.kind is TIME
        and (b.kind is TIME or b.kind is NUMBER and HOURISH.match(text[b.start : b.end]))
    ) or (a.kind is NUMBER and b.kind is TIME and HOURISH.match(text[a.start : a.end])):
        return Atom(a.start, b.end, TIME, "TIME", is_range=True)
    return None


def day_number_to_date(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A day number before a date with a month: "3 to 5 May"."""
    if (
        a.kind is NUMBER
        and b.kind is DATE
        and DAY_NUMBER.match(text[a.start : a.end])
        and _HAS_MONTH.search(text[b.start : b.end])
    ):
        return Atom(a.start, b.end, DATE, "DATE", is_day=True, is_range=True)
    return None


def day_to_clock(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A day and a clock time across "to" or "until" (not a dash): "Friday to 5 pm"."""
    if gap.words not in _DASHES and (
        (a.kind is DATE and b.kind is TIME) or (a.kind is TIME and b.kind is DATE)
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True, is_range=True)
    return None


def ordinal_to_date(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """An ordinal day before a date with a month: "the 3rd to the 5th of May"."""
    if a.kind is ORDINAL and b.kind is DATE and _HAS_MONTH.search(text[b.start : b.end]):
        return Atom(a.start, b.end, DATE, "DATE", is_day=True, is_range=True)
    return None


def date_to_day_number(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A date with a month or a weekday, then a day number: "May 3-5", "Monday 3 to 5th";
    across a word ("to") only from a date with its day ("May 3 to 5")."""
    if a.kind is not DATE or b.kind not in (NUMBER, ORDINAL):
        return None
    day = DAY_NUMBER.match(text[b.start : b.end]) or (
        b.kind is ORDINAL and b.value and b.value.isdigit() and int(b.value) <= 31
    )
    at = text[a.start : a.end]
    if gap.words in ("to", "and", "through", "till", "until") and not a.is_day:
        return None  # "pleaded guilty in August to 14 counts": a month alone runs to no day
    if day and (_HAS_MONTH.search(at) or _HAS_WEEKDAY.search(at)):
        return Atom(a.start, b.end, DATE, "DATE", is_day=True, is_range=True)
    return None


def number_range(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """Two numbers across a dash or "through" ("20-30", value "[20,30)"); across "to",
    "and", "till" only after "between" or "from" ("between 20 and 30"), as "3 to 4 people"
    is as often two counts, or when a scale on the upper end is written once for both ("3 to
    4 million people"). A scale on the upper end scales both ("3-4bn" is 3e9 to 4e9). In a
    list of scores (:func:`in_a_run_of_scores`: "6-4, 3-6, 7-5") a rising pair is a score too."""
    if a.kind not in (NUMBER, YEAR) or b.kind not in (NUMBER, YEAR):
        return None
    g = gap.words
    low = scaled_lower_end(a, b, text)
    if (
        g in ("to", "and", "thru", "till", "until")
        and not between_before(a, text)
        and not (g == "to" and (low != a.value or _written_range(a, b, text)))
    ):
        return None
    value = range_value(low, b.value)
    if value is not None and g in _DASHES and in_a_run_of_scores(text, a.start, b.end):
        value = None  # "6-4, 3-6, 7-5": set scores, no range, as "6-4" beside it is none
    return Atom(a.start, b.end, NUMBER, "CARDINAL", value, is_range=True)


_GROUPED_OR_DECIMAL = compiled.compile(
    r"\d{1,3}(?:,\d{3})+|\d+\.\d+"
    # or scaled by the same word, written on both ("880 million to 920 million")
    r"|\d+(?:\.\d+)?[ \t\u00a0]+(?:thousand|million|billion|trillion)"
)


def _written_range(a: Atom, b: Atom, text: str) -> bool:
    """ "30,000 to 40,000 completions", "0.67 to 0.85", "880 million to 920 million": two
    numbers written alike (grouped in thousands, with decimals, or each with its scale
    word) across "to", rising, where no change is told
    (:func:`amounts_to_range`), are a range; small whole numbers ("3 to 4", "won 2 to 1")
    stay two counts unless "between" or "from" says otherwise."""
    return (
        _GROUPED_OR_DECIMAL.fullmatch(text, a.start, a.end) is not None
        and _GROUPED_OR_DECIMAL.fullmatch(text, b.start, b.end) is not None
        and amounts_to_range(a, text)
    )


def duration_range(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A bare number ranging across a dash or "to" to a stretch of time: "10-15 minutes",
    "two to three weeks" are one span in the upper end's unit (as :func:`join_unit_range`;
    which gaps join: :func:`duration_gap`)."""
    if a.kind is not NUMBER or b.kind is not DURATION or not duration_gap(a, gap.words, text):
        return None
    return join_unit_range(a, b, gap.words, text)


RANGE_JOINS: tuple[Rule, ...] = (
    date_range,
    year_to_short_year,
    clock_range,
    day_number_to_date,
    day_to_clock,
    ordinal_to_date,
    date_to_day_number,
    duration_range,
    number_range,
)
_RANGE_RULES = rules_by_kinds(RANGE_JOINS, RANGE_KINDS)  # (for each pair of kinds)

# ------------------------------------------------------------------ linking words


def duration_from_clock(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """ "(for) two hours from 3 pm": a stretch of time from a clock time; not a frequency
    ("every 15 minutes from 6am to 8pm": how often, and the hours it runs in)."""
    if (
        a.kind is DURATION
        and text[max(0, a.start - 6) : a.start].lower() != "every "
        and b.kind in (TIME, NUMBER)
        and gap.words == "from"
        and (b.kind is TIME or HOURISH.match(text[b.start : b.end]))
    ):
        start = a.start - 4 if text[a.start - 4 : a.start].lower() == "for " else a.start
        return Atom(start, b.end, TIME, "TIME", is_range=True)
    return None


def clock_for_duration(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """ "from 3 pm for two hours"."""
    if (
        a.kind is TIME
        and b.kind is DURATION
        and gap.words == "for"
        and text[max(0, a.start - 5) : a.start].lower() == "from "
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=a.is_day, is_range=True)
    return None


# "a day" or "an hour" right after an amount, and a unit or a word of it: a rate
_RATE = compiled.compile(r"(?:an?|per)[ \t\u00a0]+[a-z]+", re.I)
_AMOUNT_BEFORE = compiled.compile(
    r"\d[\d,.]*(?:[a-z%]*|(?:[ \t\u00a0]+[a-z]+){1,2})[ \t\u00a0]+$", re.I
)


def duration_before_date(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A duration before or after a date: "two days before Christmas", "a week after 2008",
    "the week before Easter". Not a rate after an amount, which names no date: "500,000
    barrels a day from next month", "£11.44 an hour from April"."""
    if (
        (a.kind is DURATION or text[a.start : a.end].lower() == "the week")
        and b.kind
        in (
            DATE,
            YEAR,
        )
        and gap.words in _DURATION_LINKS
        and not (
            _RATE.fullmatch(text, a.start, a.end)
            and _AMOUNT_BEFORE.search(text, max(0, a.start - 30), a.start)
        )
    ):
        return Atom(a.start, b.end, DATE, "DATE", is_day=True)
    return None


def day_from_clock_range(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A day, then a range of hours: "Friday from 9 to 5", "tonight between 8 and 10"."""
    if (
        a.kind in (DATE, DAY_PART, TIME)
        and (a.is_day or a.kind is DAY_PART)
        and not a.is_range
        and b.is_range
        and b.kind in (TIME, NUMBER)
        and gap.words in ("from", "between")
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True)
    return None


def day_by_clock(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A day, then "before", "after" or "by" a clock time: "Friday before noon"."""
    if a.kind is DATE and a.is_day and b.kind is TIME and gap.words in ("before", "after", "by"):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True)
    return None


LINKED_JOINS: tuple[Rule, ...] = (
    duration_from_clock,
    clock_for_duration,
    duration_before_date,
    day_from_clock_range,
    day_by_clock,
)

# ------------------------------------------------------------------ side by side


def calendar_name_ends(words: str) -> bool:
    """Do ``words`` end in a month's name or a year ("April", "last April", "2019")?"""
    last = words.rsplit(" ", 1)[-1].lower().rstrip(".")
    return last in MONTHS or last.isdigit()


def offset_on_weekday(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """An offset, not a length, on a weekday: "in 3 days on Friday", "a week later on
    Monday" (not "find 1 hour on Tuesday", "the first time in 16 years on Friday", nor a
    month or a year: "the first time since April on Tuesday" is two dates)."""
    if b.kind is not DATE or gap.words != "on" or a.is_day:
        return None
    at = text[a.start : a.end]
    if calendar_name_ends(at):
        return None  # "since April on Tuesday": a month or a year, then the day it was said
    offset = a.kind is DATE or (
        a.kind is DURATION
        and (
            text[max(0, a.start - 3) : a.start].lower() == "in "
            and text[max(0, a.start - 8) : a.start - 3] != "time "  # "first time in 16 years"
            or at.lower().endswith(_OFFSET_ENDS)
        )
    )
    if offset and _WEEKDAY_START.match(text[b.start : b.end]):
        return Atom(a.start, b.end, a.kind, "DATE", is_day=True)
    return None


def day_then_clock(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A day, then a clock time: "Friday 9 am", "tomorrow at 8:00", "May 5, 10 pm"."""
    if (
        a.kind is DATE
        and b.kind is TIME
        and a.is_day
        and gap.words in ("", ",", "at", "around", "about", "on", "-")
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True, is_range=b.is_range)
    return None


def clock_then_day(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A clock time, then a day: "9 am Friday", "8:00 on May 5"."""
    if a.kind is TIME and b.kind is DATE and b.is_day and gap.words in ("", "on", ","):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True, is_range=a.is_range)
    return None


def clock_range_then_clock(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A weekday's range of hours, then a clock time beside it."""
    if (
        a.kind is TIME
        and b.kind is TIME
        and a.is_range
        and a.is_day
        and gap.words == ""
        and _HAS_WEEKDAY.search(text[a.start : a.end])
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True, is_range=True)
    return None


def day_clock_at_clock(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A day's time, then "at" or "around" a clock time: "tomorrow morning at 8"."""
    if (
        a.kind is TIME
        and b.kind is TIME
        and a.is_day
        and not a.is_range
        and gap.words in ("at", "around")
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True, is_range=b.is_range)
    return None


def clock_then_day_part(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A clock time, then a part of the day: "8 o'clock this morning"."""
    if a.kind is TIME and b.kind is DAY_PART and gap.words == "":
        return Atom(a.start, b.end, TIME, "TIME", is_day=b.is_day, is_range=a.is_range)
    return None


def day_then_hour_range(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A day or a part of one, then a range of hours: "Friday 9-11"."""
    if (
        a.kind in (DATE, DAY_PART)
        and (a.is_day or a.kind is DAY_PART)
        and b.kind is NUMBER
        and b.is_range
        and gap.words == ""
        and _HOURS_RANGE.match(text[b.start : b.end])
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True)
    return None


def clock_then_relative_date(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A clock time, then a relative date: "9 am next Monday"."""
    if (
        a.kind is TIME
        and b.kind is DATE
        and gap.words == ""
        and _RELATIVE_START.match(text[b.start : b.end])
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True)
    return None


def day_part_then_clock(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A part of the day, then a clock time: "this morning at 9", "tonight from 8 pm"."""
    if a.kind is DAY_PART and b.kind is TIME and gap.words in ("", "at", "around", "from"):
        return Atom(a.start, b.end, TIME, "TIME", is_day=a.is_day)
    return None


def day_at_hour(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A day or a part of one, then "at" an hour: "Friday at 9", "tonight around 10"."""
    if (
        a.kind in (DAY_PART, DATE)
        and b.kind is NUMBER
        and gap.words in ("at", "around")
        and (a.is_day or a.kind is DAY_PART)
        and HOURISH.match(text[b.start : b.end])
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True)
    return None


def hour_then_day_part(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """An hour, then "in the morning" (or "in the evening"): "6 in the morning"."""
    if (
        a.kind is NUMBER
        and b.kind is DAY_PART
        and gap.words == ""
        and text[b.start : b.end].lower().startswith("in")
        and HOURISH.match(text[a.start : a.end])
    ):
        return Atom(a.start, b.end, TIME, "TIME")
    return None


def at_hour_then_day(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """ "at 9 tomorrow", "at 6 tonight": an hour after "at", then a day."""
    if (
        a.kind is NUMBER
        and not a.is_range
        and b.kind in (DATE, DAY_PART)
        and b.is_day
        and gap.words == ""
        and HOURISH.match(text[a.start : a.end])
        and text[max(0, a.start - 3) : a.start].lower() == "at "
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True)
    return None


_DOTTED_CLOCK = compiled.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")  # "10.30", "23.30"
_CLOCK_WORD_BEFORE = compiled.compile(r"\b(?:at|until|till|before)\s+$", re.I)


def dotted_clock_then_day(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """ "at 10.30 on Friday", "until 23.30 on Friday": a 24-hour clock written with a point,
    after "at", "until", "till" or "before" and before a day, is that day's time, not a
    decimal number ("from" and "by" stay out: "fell from 12.50 on Friday" is a price, and a
    verb of a level before "at" makes one: "closed at 14.32 on Friday", as
    :func:`~.verb_cues.level_before_at` says)."""
    if (
        a.kind is NUMBER
        and b.kind is DATE
        and b.is_day
        and gap.words in ("on", "")
        and _DOTTED_CLOCK.fullmatch(text, a.start, a.end)
        and (m := _CLOCK_WORD_BEFORE.search(text, max(0, a.start - 8), a.start))
        and not level_before_at(text, m.start(), text[a.start : a.end])
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True)
    return None


def day_range_of_month(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A range of day numbers, then a month: "3-5 May", "10-12 of this month"."""
    if (
        a.kind is NUMBER
        and a.is_range
        and b.kind is DATE
        and gap.words in ("", "in", "of")
        and _MONTH_REF.match(text[b.start : b.end])
    ):
        return Atom(a.start, b.end, DATE, "DATE", is_range=True)
    return None


# a set's score just before: "6-4, 6-4 on Sunday", "7-6 6-2 on Saturday"
_SCORE_BEFORE = compiled.compile(r"\d-\d{1,2},? $")


def hour_range_on_day(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A range of hours on a day: "9-11 on Friday"; hours run forward, or over noon
    ("11-2"), so a falling pair is a score ("beat Rovers 3-2 on Sunday"); not the last of a
    run of scores either ("won 6-4, 6-4 on Sunday": no hours)."""
    if (
        a.kind is NUMBER
        and a.is_range
        and hours_run_forward(text[a.start : a.end])
        and b.kind is DATE
        and gap.words == "on"
        and b.is_day
        and _HOURS_ANY.match(text[a.start : a.end])
        and _SCORE_BEFORE.search(text, max(0, a.start - 8), a.start) is None
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True, is_range=True)
    return None


_PAIR = compiled.compile(r"(\d{1,2})[-\u2013](\d{1,2})")


def hours_run_forward(t: str) -> bool:
    """Whether a pair of hours "9-11" reads forward: the second later than the first, or
    the first at ten to twelve and the second early afternoon ("11-2", over noon). A pair
    that falls otherwise ("3-2", "2-0") is a score."""
    m = _PAIR.fullmatch(t)
    if m is None:
        return True
    first, second = int(m.group(1)), int(m.group(2))
    return second > first or (first >= 10 and 1 <= second <= 6)


def hour_range_then_day(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A range of hours, then a day or a part of one: "9-11 tomorrow", "8-10 tonight"."""
    if (
        a.kind is NUMBER
        and a.is_range
        and b.kind in (DATE, DAY_PART)
        and gap.words == ""
        and (b.is_day or b.kind is DAY_PART)
    ):
        return Atom(a.start, b.end, TIME, "TIME", is_day=True, is_range=True)
    return None


def day_then_day_part(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A day, then a part of it: "Friday morning", "May 5 evening"."""
    if a.kind is DATE and b.kind is DAY_PART and gap.words == "" and a.is_day:
        return Atom(a.start, b.end, TIME, "TIME", is_day=True)
    return None


def day_part_then_date(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A part of the day, then a weekday or a relative date: "morning next Monday"."""
    if a.kind is DAY_PART and b.kind is DATE and gap.words == "":
        bt = text[b.start : b.end]
        if _RELATIVE_START.match(bt) or _WEEKDAY_START.match(bt):
            return Atom(a.start, b.end, TIME, "TIME", is_day=True)
    return None


def date_then_date(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """Two dates that name one day: "Wednesday, August 28", "Friday 15th", "the end of
    next month"; the value is the one with a month."""
    if a.kind is not DATE or b.kind is not DATE:
        return None
    g = gap.words
    at, bt = text[a.start : a.end], text[b.start : b.end]
    if g == ",":
        if not (_HAS_WEEKDAY.search(at) and _HAS_MONTH.search(bt) and _DIGIT.search(bt)):
            return None
    elif g == "of":
        if not _RELATIVE_START.match(bt):
            return None
    elif g in ("", "on"):
        if g == "" and not (_HAS_WEEKDAY.search(at) or _HAS_WEEKDAY.search(bt)):
            return None
        if g == "on" and calendar_name_ends(at):
            return None  # "the first time since April on Tuesday": two dates
    else:
        return None
    value = b.value if _HAS_MONTH.search(bt) else a.value
    return Atom(a.start, b.end, DATE, "DATE", value, is_day=True)


def date_then_year(a: Atom, b: Atom, gap: Gap, text: str) -> Atom | None:
    """A date without its year, then the year: "May 5, 2017" read in two pieces."""
    if (
        a.kind is DATE
        and b.kind is YEAR
        and gap.words in ("", ",")
        and a.value
        and a.value.startswith("XXXX")
    ):
        value = text[b.start : b.end] + a.value[4:]
        return Atom(a.start, b.end, DATE, "DATE", value, is_day=a.is_day, is_range=a.is_range)
    return None


ADJACENT_JOINS: tuple[Rule, ...] = (
    offset_on_weekday,
    day_then_clock,
    clock_then_day,
    clock_range_then_clock,
    day_clock_at_clock,
    clock_then_day_part,
    day_then_hour_range,
    clock_then_relative_date,
    day_part_then_clock,
    day_at_hour,
    hour_then_day_part,
    at_hour_then_day,
    dotted_clock_then_day,
    day_range_of_month,
    hour_range_on_day,
    hour_range_then_day,
    day_then_day_part,
    day_part_then_date,
    date_then_date,
    date_then_year,
)
_ADJACENT_RULES = rules_by_kinds(ADJACENT_JOINS, ADJACENT_KINDS)  # (for each pair of kinds)

_COUNTS = (NUMBER, ORDINAL)
_COUNTS_OR_YEAR = (NUMBER, ORDINAL, YEAR)


def join_pair(a: Atom, b: Atom, text: str) -> Atom | None:
    """``a`` and ``b`` read as one expression, or None. The rules of the gap's family are
    tried in order; the first that joins wins. The joined atom keeps both atoms' reasons."""
    if (
        a.kind is MEASURE
        and b.kind is MEASURE
        and a.label != "MONEY"
        and (a.unit != b.unit or a.label != b.label)
        and (a.unit != "m" or b.label != "MONEY")
    ):
        return None  # (the commonest case, decided before any call)
    joined, rule = _join_pair(a, b, text)
    if joined is not None and a.why is not None:
        seen = f"{text[a.start : a.end]!r} + {text[b.start : b.end]!r}"
        joined.why = [*a.why, *(b.why or ()), (f"join:{rule}", seen)]
    return joined


def _join_pair(a: Atom, b: Atom, text: str) -> tuple[Atom | None, str]:
    if a.kind is NUMBER and b.start - a.end == 3 and text[a.end : b.start] in (" . ", " , "):
        joined = join_split_number(a, b, text)
        if joined is not None or text[a.end + 1] == ".":
            return joined, "split number"
    gap = read_gap(text[a.end : b.start])
    if gap is None:
        return None, ""
    if a.kind is MEASURE or b.kind is MEASURE:
        # an amount, a percentage or a quantity is complete as found, but for a range
        if not gap.is_range:
            return None, ""
        if a.label == "MONEY" or b.label == "MONEY" and a.kind is not MEASURE:
            return join_money_range(a, b, gap.words, text), "money range"
        return join_unit_range(a, b, gap.words, text), "unit range"
    if not gap.words and a.kind in _COUNTS and b.kind in _COUNTS_OR_YEAR:
        return None, ""  # two numbers side by side ("3 1/2" is one number, read as such)
    at = text[a.start : a.end]
    bt = text[b.start : b.end]
    # (a frequency word starts with a letter: most atoms start with a digit)
    if (at[:1].isalpha() and _FREQUENCY_START.match(at)) or (
        bt[:1].isalpha() and _FREQUENCY_START.match(bt)
    ):
        return join_frequency(a, b, gap, text), "frequency"
    if gap.is_range:
        if gap.words == "and" and not between_before(a, text):
            return None, ""  # "3 and 4": two counts, unless "between 3 and 4"
        rules = _RANGE_RULES[a.kind._value_, b.kind._value_]
    elif not gap.is_join:
        rules = LINKED_JOINS
    else:
        rules = _ADJACENT_RULES[a.kind._value_, b.kind._value_]
    for rule in rules:
        joined = rule(a, b, gap, text)
        if joined is not None:
            return joined, rule.__name__.replace("_", " ")
    return None, ""


def join_atoms(atoms: list[Atom], text: str) -> list[Atom]:
    """Join neighbours until nothing changes (at most three passes: "Friday" + "9" + "am"
    is read as "9 am" first, then "Friday 9 am"). A pass does not try again a pair the last
    one refused: whether two atoms join depends on them and the text alone, and a refusal
    changes neither, so only pairs with a newly joined atom are read again. A pass after the
    first starts reading only at such pairs (the atom before a newly joined one, and that
    one) and copies the runs between them as they are: each of their pairs would be refused
    again, or stand too far apart, as in the last pass."""
    refused: dict[int, tuple[Atom, Atom]] = {}  # id of the left atom -> the pair refused
    made: list[int] | None = None  # where the last pass put the atoms it joined
    for _ in range(3):
        changed = False
        out: list[Atom] = []
        n = len(atoms)
        last_refused = refused
        # (holding the atoms: their ids stay theirs; the refusals of the pairs a pass does
        # not read again are kept for the next)
        refused = {} if made is None else dict(last_refused)
        starts = range(n) if made is None else sorted({*made, *(k - 1 for k in made if k)})
        made = []
        i = 0
        for start in starts:
            if start < i:
                continue  # (read already, joined to the atom before it)
            if start > i:
                out += atoms[i:start]
                i = start
            cur = atoms[i]
            joined = False
            while i + 1 < n and atoms[i + 1].start - cur.end <= _MAX_GAP:
                nxt = atoms[i + 1]
                if (
                    nxt.start - cur.end == 1
                    and cur.kind in _COUNTS
                    and nxt.kind in _COUNTS_OR_YEAR
                    and text[cur.end].isspace()
                ):  # two counts a blank apart, a table's columns ("43 2"): no rule joins them
                    refused[id(cur)] = (cur, nxt)  # (what _join_pair says, without the calls)
                    break
                pair = last_refused.get(id(cur))
                if pair is not None and pair[0] is cur and pair[1] is nxt:
                    refused[id(cur)] = pair
                    break
                merged = join_pair(cur, nxt, text)
                if merged is None:
                    refused[id(cur)] = (cur, nxt)
                    break
                cur = merged
                i += 1
                joined = True
            if joined:
                made.append(len(out))
                changed = True
            out.append(cur)
            i += 1
        if i < n:
            out += atoms[i:]
        atoms = out
        if not changed:
            break
    return atoms
