"""Context rules: after joining, each atom is read with the words around it.

In order, for each atom:

1. :func:`not_a_count` drops a bare number that names a thing ("Highway 35", "page-01"),
   is half of a ratio ("4:3") or is the pronoun "one" ("no one", "the last one").
2. The widening rules of :data:`WIDENINGS` take in the words before or after that belong to
   the expression ("from 2 to 4", "in three days", "since 2008", "more than 30", "or
   later"), and relabel what the words show it to be ("2500 people" is a count, "at 10.30"
   a time, "on the 3rd" a date).
3. :func:`join_bounds` joins a lower and an upper bound ("more than 100 and less than 300").

Each rule looks back at most 30 characters and never across the previous atom.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from tuiread.analysis.trace import Trace

from .. import compiled
from .atoms import DATE, DAY_PART, DURATION, NUMBER, ORDINAL, TEMPORAL, TIME, YEAR, Atom, Kind
from .classify import counted_noun_after
from .endings import (
    AT_BEFORE,
    COMPARE_ENDS,
    ON_THE_BEFORE,
    PREFIX_COMPARE,
    PREFIX_COMPARE_DURATION,
    PREFIX_DATE,
    PREFIX_IN,
    PREFIX_RANGE,
    THE_BEFORE,
)
from .families import family_model
from .joins import DAY_NUMBER
from .label_lists import listed_label, plural_label
from .lexicon import LABEL_NOUNS, MODEL_FAMILIES, MONTHS, WEEKDAYS
from .names import number_in_name
from .patterns import ORDINAL_WORD, S0, TEN_WORD, WORD_NUMBER, S
from .tech_versions import standard_version
from .values import format_value, parse_number
from .verb_cues import level_before_at, noun_before_up_to, over_is_a_particle
from .year_counts import compared_year_is_count, year_after_label, year_or_count

_REACH = 30  # characters before an atom that a prefix may take in

# "20 or more", "5 or less": not "equal to 5000 or less than 5000", where "less than" is the
# next number's own comparative
_SUFFIX_COMPARE = compiled.compile(
    rf"{S}or{S}(?:more|less|greater|fewer|above|below|equal)"
    rf"(?!{S}(?:than|to){S}(?:\d|{WORD_NUMBER}))(?:{S}than|{S}to)?\b",
    re.I,
)
_SUFFIX_DATE = compiled.compile(
    rf"{S}(?:or|and){S}(?:later|earlier|after)\b(?!{S}than)(?={S0}(?:[.,;:!?)]|$|or\b|and\b))", re.I
)
_THE_OF = compiled.compile(
    rf"(?:(?:{TEN_WORD}{S0}-?{S0})?{ORDINAL_WORD}|\d+(?:st|nd|rd|th)|last|first|final)\b.*\bof\b|\d+(?:st|nd|rd|th)\b",
    re.I,
)
_YEAR_RANGE = compiled.compile(rf"\d{{4}}{S}(?:through|to|till|until|-){S}\d{{4}}", re.I)
_CLOCK_WITH_POINT = compiled.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")  # "10.30"

# the last word of every prefix phrase: no other word can end one
_PREFIX_ENDS = COMPARE_ENDS | frozenset(
    [
        "after",
        "around",
        "as",
        "at",
        "before",
        "beginning",
        "between",
        "circa",
        "equal",
        "equaling",
        "equals",
        "from",
        "in",
        "of",
        "on",
        "since",
        "starting",
        "the",
        "till",
        "until",
        "w/c",
        "within",
    ]
)

# ------------------------------------------------------------------ labels, not counts

_AFTER_PRONOUN = frozenset(
    [
        "is",
        "was",
        "who",
        "that",
        "which",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "and",
        "or",
        "but",
        "before",
        "after",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "i",
        "he",
        "she",
        "they",
        "we",
        "you",
        "it",
    ]
)
_ONE_PRONOUN_BEFORE = frozenset(
    [
        "this",
        "that",
        "the",
        "last",
        "next",
        "every",
        "each",
        "any",
        "which",
        "latest",
        "other",
        "same",
    ]
)
_ONE_TIME = compiled.compile(r"[ \t]?-[ \t]?(?:time|off)\b", re.I)
_NEXT_WORD = compiled.compile(r"[ \t\u00a0\u202f]*(\S*)")
_LABEL_NOUN_LAST = {w[-1] for w in LABEL_NOUNS} | {w[-1].upper() for w in LABEL_NOUNS}
_CODE_JOINERS = frozenset(("for", "of", "in", "to", "and", "by", "out", "or"))


def numero_without_point(text: str, j: int) -> bool:
    """Whether "No" with its capital and no point ends at the blank ``text[j]``: the sign of a
    number that names, as British news writes it ("world No 1", "No 10 said", "the No 2
    seed"); a lower-case "no" denies ("no 4G signal")."""
    return text[j - 2 : j] == "No" and (j == 2 or not text[j - 3].isalnum())


_POINTING_WORDS = frozenset(("this", "that", "these", "those", "each", "every", "which", "what"))


def pointed_noun(text: str, k: int) -> bool:
    """Whether the word that ends at the blank ``text[k]`` is "this", "that", "each" ...: the
    noun after it points to a stage or a level the text has named, and a number after the
    noun opens what follows ("at that stage 10 people had died", "at this level 40 fit"),
    where "level 4" or "phase 3" alone name one."""
    i = text.rfind(" ", max(0, k - 7), k)
    return text[i + 1 : k].lower() in _POINTING_WORDS


_NAME_BEFORE_VERSION = compiled.compile(r"(?<![\w'’&-])[A-Z][\w'’&-]*[ \u00a0]$")


def version_after_name(text: str, s: int) -> bool:
    """Whether the number with a point and a zero at ``s`` ("3.0") follows a capitalised word
    inside a sentence: the version of what the word names ("Web 3.0", "Brexit 2.0",
    "Industry 4.0"); a count is not written with ".0", and a measure has its unit read whole
    ("a 7.0 magnitude" stays). A word that opens a sentence has its capital for that."""
    m = _NAME_BEFORE_VERSION.search(text, max(0, s - 20), s)
    if m is None:
        return False
    k = m.start()
    return k >= 2 and text[k - 1] == " " and (text[k - 2].isalnum() or text[k - 2] in ",")


def not_a_count(a: Atom, text: str) -> bool:
    """A bare number that is half of a ratio ("4:3", "a 1:1 meeting"), a basket's name ("a
    3-pointer"), a label ("Highway 35", "page-01", "No 1": :func:`numero_without_point`),
    the adjective "one-time" / "one-off" or the pronoun "one" ("no one", "the last one",
    "one another"): nothing a reader counts."""
    e = a.end
    if text[e : e + 1] in (":", "/") and text[e + 1 : e + 2].isdigit():
        return True
    if text.startswith("-pointer", e):
        return True  # "four 3-pointers": a basket's name, no count of three
    if standard_version(text, a.start):
        return True  # "Wi-Fi 7", "Bluetooth 5.3": a standard's version
    t = text[a.start : e]
    j = a.start - 1
    if not t.isdigit():
        if t.endswith(".0") and version_after_name(text, a.start):
            return True
        return a.value == "1" and t.lower() == "one" and _pronoun_one(a, text)
    if j > 0 and text[j] == "-" and text[j - 1].isalpha():
        # the tail of a code or a file name ("L-202", "page-01"), not a score ("4-for-5")
        k = j - 1
        while k > j - 6 and k > 0 and text[k - 1].isalpha():
            k -= 1
        return text[k:j].lower() not in _CODE_JOINERS
    if j <= 0 or text[j] != " ":
        return False
    if text[j - 1] in "dor&," and listed_label(text, a.start):  # "junctions 10 and 11"
        return True
    if text[j - 1] not in _LABEL_NOUN_LAST:  # (most numbers follow no label noun's last letter)
        return numero_without_point(text, j)
    lo = max(0, j - 12)
    k = text.rfind(" ", lo, j)
    if k < 0 and lo:
        return False
    w = text[k + 1 : j].lower()
    if w == "." and k >= 2 and text[k - 2 : k].lower() == "no":
        w = "no."  # tokenised "No . 1"
    named = w in LABEL_NOUNS or w[-1:] == "s" and plural_label(w, text, e)
    return named and not pointed_noun(text, k)


_MODEL_DIGITS = compiled.compile(r"\d{3,}-\d{3,}")
_WORD_BEFORE = compiled.compile(r"([A-Z][\w'’-]*)[ \u00a0]$")
_SENTENCE_END = compiled.compile(r"(?:^|[.!?:;\n][\"'”’)]*\s+)$")


# a catalogue's letters before the number ("LP", "GJ", "HD", "NGC"), a planet's letter after
_CATALOGUE_BEFORE = compiled.compile(r"(?<![\w-])[A-Z]{1,5}[ \u00a0]$")
_CATALOGUE_NUMBER = compiled.compile(r"(?:\d{3,}|\d+-\d+)(?:[ \u00a0]?[b-h])?")
_PLANET_LETTER = compiled.compile(r"[ \u00a0]?[b-h](?![\w-])")


def catalogue_name(a: Atom, text: str) -> bool:
    """A star's or a planet's catalogue name: capitals, a number of three digits or more or
    with a dash, a planet's letter ("LP 791-18d", "GJ 1214b", "HD 209458 b"): no range and
    no billions ("a US 5b deal" stays money's kin). Tried only where the number reads
    oddly (a falling pair, a "b" for billions): "TOI 700 d" stays the number 700."""
    t = text[a.start : a.end]
    if not _CATALOGUE_NUMBER.fullmatch(t):
        return False
    if not (t[-1].isalpha() or _PLANET_LETTER.match(text, a.end)):
        return False
    return _CATALOGUE_BEFORE.search(text, max(0, a.start - 8), a.start) is not None


def model_number(a: Atom, text: str) -> bool:
    """A model number written like a range after a name: "Boeing 737-800", "Airbus A320-200"
    ("A320" is a code already), or of a family named by digits (:func:`family_model`), or a
    catalogue name (:func:`catalogue_name`): no range and no count."""
    if family_model(a, text):
        return True
    e = a.end
    if (
        # "791-18d": a falling pair with a letter glued; "1214b", "209458 b" read as billions
        (a.value is None and a.is_range and text[e : e + 1] in _PLANET_LETTERS)
        or (text[e - 1] == "b" and text[e - 2] in _DIGIT_OR_BLANK)
    ) and catalogue_name(a, text):
        return True
    if not a.is_range or a.value is None or not _MODEL_DIGITS.fullmatch(text, a.start, a.end):
        return False  # ("120-103" after a team is a score)
    m = _WORD_BEFORE.search(text, max(0, a.start - 40), a.start)
    return m is not None and not _SENTENCE_END.search(text, max(0, m.start() - 4), m.start())


_PLANET_LETTERS = frozenset("bcdefgh")
_DIGIT_OR_BLANK = frozenset("0123456789 \u00a0")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NAME_BEFORE = compiled.compile(r"(?<![\w'’.-])([A-Za-z]+) $")
_SCORE_BEFORE = compiled.compile(r"\d,?[ \u00a0](?:[A-Z][\w'’.-]*[ \u00a0]){0,2}$")
_SCORE_OR_ROW_AFTER = compiled.compile(r",?[ \u00a0](?:[A-Z][\w'’.-]*[ \u00a0]){0,3}\d")
# what follows a name's number in prose: a lower-case word that neither joins another number
# ("and 90", "to 5"), reads a table's row ("up 28.2", "vs 829"), ends a score ("all out") nor counts a part ("12 of 15")
_PROSE_AFTER = compiled.compile(
    r"[ \u00a0](?!(?:and|or|to|from|by)[ \u00a0]\d|(?:up|down|vs|all|not|out)\b)[a-z]"
)
_SENTENCE_START = compiled.compile(r"(?:^|[.!?:;\n][\"'”’)]*\s+)[\"'“‘`(\[]*$")
# a product name goes on after its number with a capitalised word: "iPhone 15 Pro Max"
_NAME_GOES_ON = compiled.compile(r"[ \u00a0][A-Z][a-z]+\b")
_NOT_PRODUCT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(("mr", "no", "st"))


def product_number(a: Atom, text: str) -> bool:
    """A number that ends a product or model name: "PlayStation 5 and", "iPhone 15 sales",
    "Windows 11 was", "the Boeing 737 she flew": part of the name, no count. Bare digits
    after a capitalised word (inside a sentence, or with a capital inside it: "PlayStation",
    "iPhone"), when the sentence runs on in lower case after them. A count stays one before
    what it counts ("gave Smith 3 votes"), in a score, a scorecard or a table ("Liverpool 3
    Chelsea 1", "Kent 244 (C. Hooper 58)", "Essex 372 and 100-5", "Tegel 202 up 3.1"), after
    a month, a weekday or a title ("Sunday 5", "No 10"), and after a word opening a sentence
    ("About 50"). After a name with a capital inside, a capitalised word may run on the name
    ("iPhone 15 Pro Max costs")."""
    t = text[a.start : a.end]
    if not t.isdigit() or len(t) > 4 or text[a.start - 1 : a.start] != " ":
        return False
    if a.start < 2 or text[a.start - 2] not in _ASCII_LETTERS:
        return False  # (no name ends just before: the search below cannot match)
    # the name's word starts after the last space before it: the search starts there, not
    # at each of the thirty places before the number
    lo = max(0, a.start - 30)
    k = text.rfind(" ", lo, a.start - 1)
    m = _NAME_BEFORE.search(text, k + 1 if k >= 0 else lo, a.start)
    if m is None:
        return False
    name = m.group(1)
    tail = name[1:]  # (ASCII letters: a capital in it shows as a change when lower-cased)
    inner_capital = tail != tail.lower() and not name.isupper()
    if not (name[0].isupper() or inner_capital) or name.lower() in _NOT_PRODUCT_NAMES:
        return False
    goes_on = inner_capital and _NAME_GOES_ON.match(text, a.end) is not None
    if not (goes_on or _PROSE_AFTER.match(text, a.end)):
        return False
    if not inner_capital and _SENTENCE_START.search(text, max(0, m.start() - 6), m.start()):
        return False
    if _SCORE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False
    if _SCORE_OR_ROW_AFTER.match(text, a.end):
        return False
    return goes_on or not counted_noun_after(text, a.end)


def _pronoun_one(a: Atom, text: str) -> bool:
    """ "one another", "a one-time gain", "no one", "this one", "the last one": the word
    "one" that is no count (a noun after it makes it one: "the one thing")."""
    e = a.end
    j = a.start - 1
    if _ONE_TIME.match(text, e) or text[e : e + 8].lower() == " another":
        return True
    if j <= 0 or text[j] != " ":
        return False
    lo = max(0, j - 8)
    k = text.rfind(" ", lo, j)
    before = text[k + 1 : j].lower() if k >= 0 or not lo else ""
    if before == "no":
        return True
    if before not in _ONE_PRONOUN_BEFORE:
        return False
    m = _NEXT_WORD.match(text, e)
    w = m.group(1) if m else ""
    if not w or not w[0].isalnum() and w[0] != "-":
        return True
    return w.lower().rstrip(".,;:!?)'\"") in _AFTER_PRONOUN


# ------------------------------------------------------------------ widening rules


class Before(NamedTuple):
    """What precedes an atom: ``lo``, how far back its prefix may reach; ``prefix`` is true
    when the word just before could end a prefix phrase, ``comparative`` when it could end a
    comparative ("than", "least", ">"); ``kind``, the atom's kind before any rule ran."""

    lo: int
    prefix: bool
    comparative: bool
    kind: Kind


_new_before = tuple.__new__  # (what Before(...) calls, without the Python frame around it)


_SCORE = compiled.compile(r"\d{1,2}[-\u2013]\d{1,2}")


def _score(a: Atom, text: str) -> bool:
    """A pair of small numbers with no range value: a score ("2-0"), not a range."""
    return (
        a.kind is NUMBER and a.value is None and _SCORE.fullmatch(text, a.start, a.end) is not None
    )


def from_before_range(a: Atom, before: Before, text: str) -> str | None:
    """ "from" or "between" before a range: "from 20 to 30", "between May and June"; "in"
    before a range of years ("in 1998-2001"). A pair with no range value is a score, which
    "from" does not open ("came from 2-0 down")."""
    if not before.prefix or not a.is_range or _score(a, text):
        return None
    if a.kind is NUMBER or a.kind in TEMPORAL:
        m = PREFIX_RANGE.search(text, before.lo, a.start)
        if m is None and a.kind in (DATE, YEAR) and _YEAR_RANGE.fullmatch(text, a.start, a.end):
            m = PREFIX_IN.search(text, before.lo, a.start)
        if m:
            a.start = m.start()
            return "from/between"
    return None


def in_before_duration(a: Atom, before: Before, text: str) -> str | None:
    """ "in" or "within" before a duration: "in three days", "within two hours"."""
    if before.prefix and a.kind is DURATION:
        m = PREFIX_IN.search(text, before.lo, a.start)
        if m:
            a.start = m.start()
            return "in"
    return None


def the_before_period(a: Atom, before: Before, text: str) -> str | None:
    """ "the" before "first week of May" or "3rd": "the first week of May"."""
    if before.prefix and a.kind is DATE and _THE_OF.match(text, a.start, a.end):
        m = THE_BEFORE.search(text, before.lo, a.start)
        if m:
            a.start = m.start()
            return "the"
    return None


def since_before_date(a: Atom, before: Before, text: str) -> str | None:
    """A word that places a date ("since", "until", "before", "as early as", "the end of"),
    twice at most ("until the end of May"); not before a duration ("since three years" is
    no English; "for" and "in" are other rules)."""
    if not before.prefix or a.kind not in TEMPORAL or a.kind is DURATION:
        return None
    taken = None
    for _ in range(2):
        m = PREFIX_DATE.search(text, before.lo, a.start)
        if not m:
            break
        a.start = m.start()
        taken = m.group().strip().lower()
    return taken


def or_later_after_date(a: Atom, before: Before, text: str) -> str | None:
    """ "or later", "or earlier", "and after" after a date or time: "2008 or later"."""
    if before.kind not in (DATE, YEAR, TIME):
        return None
    if text[a.end + 1 : a.end + 4].lower() not in ("or ", "and"):
        return None
    m = _SUFFIX_DATE.match(text, a.end)
    if m:
        a.end = m.end()
        return "or later"
    return None


_QUARTERS = compiled.compile(r"(.+?)\s+quarters", re.I)
_TIME_BEFORE_QUARTERS = compiled.compile(
    rf"\b(?:for|over|in|within|during|after|past|last|next|previous|first|final|coming)"
    rf"{S}(?:the{S})?$",
    re.I,
)
_TIME_AFTER_QUARTERS = compiled.compile(
    rf"{S}(?:in{S}a{S}row|running|straight|(?:of|this|last|next){S}(?:the{S})?(?:fiscal{S})?year)\b",
    re.I,
)


def quarters_of_time(a: Atom, before: Before, text: str) -> str | None:
    """ "for three quarters", "two quarters in a row": quarters of a year, a duration (unit
    "qtr"), not the fraction 3/4 ("three quarters of voters")."""
    if a.kind is not NUMBER or a.is_range or text[a.end - 8 : a.end].lower() != "quarters":
        return None
    m = _QUARTERS.fullmatch(text, a.start, a.end)
    if m is None:
        return None
    if not (
        _TIME_BEFORE_QUARTERS.search(text, max(0, a.start - 16), a.start)
        or _TIME_AFTER_QUARTERS.match(text, a.end)
    ):
        return None
    count = parse_number(m.group(1))
    if count is None:
        return None
    a.kind, a.label, a.value, a.unit = DURATION, "DATE", format_value(count), "qtr"
    return "quarters of a year"


def comparative(a: Atom, before: Before, text: str) -> str | None:
    """A comparative before or after a number: "more than 30" (value "(30,)"), "at least
    5", "20 or more", "up to 100"; before a duration ("more than three days") too; not an
    "over" that belongs to a verb (:func:`over_is_a_particle`: "handed over 735 aircraft"),
    nor the "up to" of a noun (:func:`noun_before_up_to`: "the run-up to 2024")."""
    if not before.comparative and text[a.end + 1 : a.end + 4].lower() != "or ":
        return None  # (most numbers: no comparative word either side)
    digit_date = a.kind is DATE and text[a.start : a.start + 1].isdigit()
    if a.kind is not NUMBER and a.kind is not DURATION and not digit_date:
        return None
    m = None
    if before.comparative:
        pattern = PREFIX_COMPARE if a.kind is NUMBER else PREFIX_COMPARE_DURATION
        m = pattern.search(text, before.lo, a.start)
        if m and (
            text[m.start() : m.start() + 4].lower() == "over"
            and over_is_a_particle(text, m.start())
            or noun_before_up_to(text, m.start())
        ):
            m = None
    words = ""
    if m:
        a.start = m.start()
        words = m.group()
    m = _SUFFIX_COMPARE.match(text, a.end) if text[a.end + 1 : a.end + 4].lower() == "or " else None
    if m and a.kind is NUMBER:
        a.end = m.end()
        words += " " + m.group()
    if words and a.kind is NUMBER and a.value and not a.is_range:
        a.value = interval(words, a.value)
    return " ".join(words.split()) or None


_RATE_AFTER = compiled.compile(
    r" (?:per|a|an|to the|against|cents?|pence|points?|yuan|yen|euros?|dollars?|pounds?)\b"
)


def at_clock_with_point(a: Atom, before: Before, text: str) -> str | None:
    """ "at 10.30": a clock time written with a point, not a number; not a rate or a price
    named after it ("steady at 7.07 per dollar", "at 1.25 a share"), nor a level a verb
    gives it (:func:`level_before_at`: "the shares closed at 14.32")."""
    if (
        a.kind is NUMBER
        and a.value
        and "." in a.value
        and before.prefix
        and _CLOCK_WITH_POINT.fullmatch(text, a.start, a.end)
        and _RATE_AFTER.match(text, a.end) is None
    ):
        m = AT_BEFORE.search(text, before.lo, a.start)
        if m and not level_before_at(text, m.start(), text[a.start : a.end]):
            a.start, a.label, a.value = m.start(), "TIME", None
            return "a time after 'at'"
    return None


def on_the_day_number(a: Atom, before: Before, text: str) -> str | None:
    """ "on the 3rd", "the 21st.": an ordinal day number alone after "on (the)" is a date."""
    t = text[a.start : a.end]
    if a.kind is not ORDINAL or not DAY_NUMBER.match(t) or t.isdigit():
        return None
    m = ON_THE_BEFORE.search(text, before.lo, a.start)
    nxt = text[a.end : a.end + 2]
    if (
        m
        and (not nxt or not nxt[-1:].isalnum() or nxt[:1] in ".,;!?)")
        and not nxt.strip()[:1].isalnum()
    ):
        the = THE_BEFORE.search(text, before.lo, a.start)
        if the:
            a.start = the.start()
        a.label, a.kind = "DATE", DATE
        return "a day of the month"
    return None


Widening = Callable[[Atom, Before, str], "str | None"]
WIDENINGS: tuple[Widening, ...] = (
    from_before_range,
    in_before_duration,
    the_before_period,
    year_or_count,
    since_before_date,
    or_later_after_date,
    compared_year_is_count,
    quarters_of_time,
    comparative,
    at_clock_with_point,
    on_the_day_number,
)

# each rule with the kinds of atom it can change (as they stand when it runs) and whether it
# needs a word before the atom that could end a prefix: a cheap test that spares most atoms
# most rules
_ANY_TIME = (DATE, TIME, DAY_PART, DURATION, YEAR)
_GATES: tuple[tuple[Widening, tuple[Kind, ...], bool], ...] = (
    (from_before_range, (NUMBER, *_ANY_TIME), True),
    (in_before_duration, (DURATION,), True),
    (the_before_period, (DATE,), True),
    (year_or_count, (YEAR,), False),  # (before "up to" or "until" takes a count as a date)
    (since_before_date, (DATE, TIME, DAY_PART, YEAR), True),
    (or_later_after_date, (DATE, YEAR, TIME), False),
    (compared_year_is_count, (YEAR,), False),
    (quarters_of_time, (NUMBER,), False),
    (comparative, (NUMBER, DURATION, DATE), False),
    (at_clock_with_point, (NUMBER,), True),
    (on_the_day_number, (ORDINAL,), False),
)
assert tuple(g[0] for g in _GATES) == WIDENINGS
# what a rule can make of an atom of each kind ("2000" becomes a count, "three quarters" a
# duration, "the 3rd" a date), so each kind is offered only the rules that can concern it
_BECOMES = {YEAR: (YEAR, NUMBER), NUMBER: (NUMBER, DURATION), ORDINAL: (ORDINAL, DATE)}
_GATES_BY_KIND = {
    kind._value_: tuple(
        (rule, kinds, needs_prefix)
        for rule, kinds, needs_prefix in _GATES
        if any(k in kinds for k in _BECOMES.get(kind, (kind,)))
    )
    for kind in Kind
}
# the same, for an atom with or without a prefix word before it, a range or not: the rules
# that need a prefix only after one, "from" / "between" (the one rule of ranges) only
# before a range; each with the kinds it concerns (no rule makes a range of an atom or
# takes its range away, and the prefix is read once, before any rule)
# "quarters" only for an atom whose text ends so, "at 10.30" only for one whose value has a
# point (no rule before them moves the end of a number or puts a point in a value)
_NEEDS_RANGE = frozenset((from_before_range,))
_NEEDS_QUARTERS = frozenset((quarters_of_time,))
_NEEDS_POINT = frozenset((at_clock_with_point,))
_RULES_FOR = {
    (value, prefix, is_range, quarters, point): tuple(
        (rule, kinds)
        for rule, kinds, needs_prefix in gates
        if (prefix or not needs_prefix)
        and (is_range or rule not in _NEEDS_RANGE)
        and (quarters or rule not in _NEEDS_QUARTERS)
        and (point or rule not in _NEEDS_POINT)
    )
    for value, gates in _GATES_BY_KIND.items()
    for prefix in (False, True)
    for is_range in (False, True)
    for quarters in (False, True)
    for point in (False, True)
}

# ------------------------------------------------------------------ intervals

_CMP_LOWER_OPEN = compiled.compile(
    r"more|greater|bigger|larger|higher|above|over|exceed|>(?!=| =)", re.I
)
_CMP_LOWER_CLOSED = compiled.compile(
    r"at least|no less|not less|no fewer|or more|>=|> =|=>|or equal", re.I
)
_CMP_UPPER_CLOSED = compiled.compile(
    r"at most|no more|not more|up to|or less|or fewer|<=|< =|=<", re.I
)
_EQUAL = compiled.compile(r"\bequal")
_ANY_BOUND = compiled.compile(r"than|least|most|more|less|greater|fewer|above|below")
_UPPER = compiled.compile(r"less|smaller|lower|fewer|below|under|at most|up to|<")


def interval(words: str, value: str) -> str:
    """Interval notation for a comparative: "more than 30" -> "(30,)", "at most 100" -> "(,100]"."""
    w = words.lower()
    if _EQUAL.search(w) and not _ANY_BOUND.search(w):
        return f"[{value},{value}]"
    upper = _UPPER.search(w)
    if _CMP_UPPER_CLOSED.search(w) or upper and "equal" in w:
        return f"(,{value}]"
    if upper and not _CMP_LOWER_OPEN.search(w):
        return f"(,{value})"
    if _CMP_LOWER_CLOSED.search(w):
        return f"[{value},)"
    if _CMP_LOWER_OPEN.search(w):
        return f"({value},)"
    return f"(,{value})"


_INTERVAL = compiled.compile(r"^[\[(](-?[\d.e+]*),(-?[\d.e+]*)[\])]$")


def join_bounds(v1: str, v2: str) -> str | None:
    """ "(100,)" + "(,300)" -> "(100,300)": a lower and an upper bound joined by "and"."""
    a, b = _INTERVAL.match(v1), _INTERVAL.match(v2)
    if a is None or b is None:
        return None
    try:
        lo = float(a.group(1) or b.group(1))
        hi = float(b.group(2) or a.group(2))
    except ValueError:
        return None
    if lo >= hi:
        return None
    if a.group(1) and not a.group(2) and b.group(2) and not b.group(1):
        return v1[0] + a.group(1) + "," + b.group(2) + v2[-1]
    if b.group(1) and not b.group(2) and a.group(2) and not a.group(1):
        return v2[0] + b.group(1) + "," + a.group(2) + v1[-1]
    return None


def _is_bound(a: Atom) -> bool:
    v = a.value
    return (
        a.kind is NUMBER and bool(v) and v is not None and v[0] in "[(" and bool(_INTERVAL.match(v))
    )


# ------------------------------------------------------------------ the pass


_OR_AND = frozenset(("or ", "and"))


def read_in_context(atoms: list[Atom], text: str, trace: Trace | None) -> list[Atom]:
    """The atoms with the words around them taken in, labels dropped and bounds joined."""
    final: list[Atom] = []
    last_end = 0
    nbsp = "\u00a0" in text
    gates_by_kind = _GATES_BY_KIND
    rules_for = _RULES_FOR
    for a in atoms:
        kind = a.kind
        if text[a.start].isupper() and number_in_name(a, text):
            if trace is not None:
                trace.rejected("number", text, a.start, a.end, "context:name", "a word of a name")
            continue
        if kind is YEAR and text[a.start - 1 : a.start] == " " and year_after_label(a, text):
            if trace is not None:
                trace.rejected("number", text, a.start, a.end, "context:label", "a name's number")
            continue
        if kind is NUMBER:
            s = a.start
            if not a.is_range:
                if not_a_count(a, text):
                    if trace is not None:
                        trace.rejected(
                            "number", text, a.start, a.end, "context:label", "not a count"
                        )
                    continue
                # (a product's number follows a blank after a letter, a model's is one of a
                # family or ends in "b": what the two rules test first, without the calls)
                if (
                    s >= 2
                    and text[s - 1] == " "
                    and text[s - 2] in _ASCII_LETTERS
                    and product_number(a, text)
                ):
                    if trace is not None:
                        trace.rejected("number", text, a.start, a.end, "context:product", "a name")
                    continue
            if (
                a.is_range or text[a.end - 1] == "b" or text[s : a.end] in MODEL_FAMILIES
            ) and model_number(a, text):
                if trace is not None:
                    trace.rejected("number", text, a.start, a.end, "context:model number", "a name")
                continue
        gates = gates_by_kind[kind._value_]
        if gates:  # (money, percentages and other measures: no rule concerns them)
            # what precedes the atom (see Before), inlined: the Before is built only for
            # the atoms a rule may concern
            start = a.start
            lo = start - _REACH if start - _REACH > last_end else last_end
            j = start - 1
            # (a blank alone since the last atom, as between a table's columns, holds no
            # prefix word: no rule finds one there, so none is asked to look)
            if j > lo and text[j] in " \t\u00a0":
                k = text.rfind(" ", lo, j)
                if nbsp:
                    k = max(k, text.rfind("\u00a0", lo, j))
                if k < 0:
                    k = lo - 1
                w = text[k + 1 : j].lower()
                prefix = w in _PREFIX_ENDS or not w or len(w) > 12
                comparative = prefix and (w in COMPARE_ENDS or not w or len(w) > 12)
            else:
                prefix = comparative = j >= lo and text[j] in "<>=-"
            e = a.end
            quarters = text[e - 1] in "sS" and text[e - 8 : e].lower() == "quarters"
            if (
                prefix
                or kind is YEAR
                or kind is ORDINAL
                or text[e + 1 : e + 4].lower() in _OR_AND
                or kind is NUMBER
                and quarters
            ):  # (with no prefix word, only the rules for years and ordinals, "quarters" and
                # "or more" / "or later" / "and after" can concern an atom)
                before = _new_before(Before, (lo, prefix, comparative, kind))
                v = a.value
                point = v is not None and "." in v
                for rule, kinds in rules_for[kind._value_, prefix, a.is_range, quarters, point]:
                    if a.kind in kinds:
                        said = rule(a, before, text)
                        if said is not None and a.why is not None:
                            a.why.append((f"context:{rule.__name__.replace('_', ' ')}", said))
            v = a.value
            if (
                final
                and v
                and v[0] in "[("
                and _is_bound(a)
                and _is_bound(final[-1])
                and text[final[-1].end : a.start].strip().lower() == "and"
            ):
                previous = final[-1]
                assert a.value is not None and previous.value is not None
                merged = join_bounds(previous.value, a.value)
                if merged:
                    previous.end, previous.value = a.end, merged
                    if previous.why is not None:
                        previous.why.append(("context:join bounds", "a lower and an upper bound"))
                    last_end = a.end
                    continue
        final.append(a)
        last_end = a.end
    return final
