"""Where the grammar is tried: *triggers* (runs of digits and currency symbols, and the words
a number, date or time can start or turn on) and the *prefix words* before them that a
reading may begin with ("the last week", "in three days", "US$ 5").

Most of a text holds no trigger, so the grammar runs only at a few places; Aho-Corasick
finds every trigger word in one pass in C.
"""

from __future__ import annotations

import re
from itertools import repeat

import ahocorasick

from .. import compiled
from .lexicon import (
    CURRENCY_CODES,
    FRACTIONS,
    FREQUENCIES,
    HOLIDAYS,
    MONTHS,
    ONES,
    ORDINALS,
    SCALES,
    TENS,
    TIME_UNITS,
    WEEKDAYS,
)

_TIME_ABBREVIATIONS = ("sec", "secs", "min", "mins", "hr", "hrs", "mth", "mths", "yr", "yrs")
TRIGGER_WORDS = frozenset(
    set(ONES)
    | set(TENS)
    | set(SCALES)
    | set(ORDINALS)
    | set(FRACTIONS)
    | set(MONTHS)
    | set(WEEKDAYS)
    | {w + "s" for w in WEEKDAYS if w.endswith("day")}
    | set(FREQUENCIES)
    | {h.split()[0] for h in HOLIDAYS if not h.startswith(("new", "international", "may"))}
    | {w for w in TIME_UNITS if " " not in w and w not in _TIME_ABBREVIATIONS}
    # every currency code of the lexicon ("SEK 4.2bn", "NOK 30", "CAD 5" had been left out);
    # not "try", an English verb at which the grammar would run for nothing
    | {c.lower() for c in CURRENCY_CODES if c != "TRY"}
    | set(
        [
            "today",
            "tomorrow",
            "yesterday",
            "tonight",
            "tonite",
            "now",
            "noon",
            "noonish",
            "midnight",
            "midday",
            "morning",
            "mornings",
            "afternoon",
            "afternoons",
            "evening",
            "evenings",
            "night",
            "nights",
            "daytime",
            "nighttime",
            "lunchtime",
            "dinnertime",
            "lunch",
            "dinner",
            "breakfast",
            "overnight",
            "summer",
            "winter",
            "autumn",
            "semester",
            "eod",
            "otd",
            "dozen",
            "dozens",
            "half",
            "minus",
            "negative",
            "q1",
            "q2",
            "q3",
            "q4",
            "h1",
            "h2",
            "cy",
            "fy",
            "dollar",
            "usd",
            "eur",
            "gbp",
            "jpy",
            "rmb",
            "cny",
            "aud",
            "chf",
            "inr",
            "krw",
            "hkd",
            "sgd",
            "nzd",
            "mxn",
            "brl",
            "zar",
            "pln",
            "kpw",
            "btc",
            "meur",
            "musd",
            "maud",
            "mgbp",
            "weekend",
            "weekends",
            "fortnight",
            "week",
            "present",
            "percent",
            "rs",
            "cent",
            "percentage",
            "celsius",
            "celcius",
            "centigrade",
            "centigrate",
            "fahrenheit",
            "farenheit",
            "date",
            "time",
            "last",
            "next",
            "previous",
            "current",
            "penultimate",
            "antepenultimate",
        ]
    )
    | {"to date"}
)
# words a reading may start with before a trigger word ("the last week", "in the morning")
PREFIX_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "within",
        "this",
        "next",
        "last",
        "previous",
        "coming",
        "following",
        "past",
        "upcoming",
        "current",
        "same",
        "that",
        "early",
        "late",
        "later",
        "earlier",
        "end",
        "beginning",
        "start",
        "middle",
        "of",
        "all",
        "each",
        "every",
        "any",
        "other",
        "few",
        "some",
        "several",
        "couple",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "at",
        "new",
        "right",
        "mid",
        "school",
        "fiscal",
        "calendar",
        "financial",
        "black",
        "good",
        "independence",
        "labor",
        "labour",
        "memorial",
        "boxing",
        "valentine's",
        "mother's",
        "father's",
        "chinese",
        "lunar",
        "veterans",
        "armistice",
        "bastille",
        "workers'",
        "workers",
        "international",
        "age",
        "aged",
        "working",
        "business",
        "year",
        "per",
        "degrees",
        "degree",
        "before",
        "after",
    ]
)
# ... and before digits ("the last 3 weeks", "aged 45", "mid 2017")
PREFIX_WORDS_BEFORE_DIGITS = frozenset(
    [
        "last",
        "next",
        "past",
        "previous",
        "coming",
        "following",
        "upcoming",
        "age",
        "aged",
        "week",
        "mid",
        "school",
        "fiscal",
        "calendar",
        "this",
        "a",
        "end",
        "beginning",
        "start",
        "middle",
        "of",
        "the",
        "year",
        "early",
        "late",
    ]
)
# prefixes that never start a reading of the digits after them ("a 29-8 lead": no branch of
# the grammar begins "a <digit>"), so they do not hold a number off the fast path
_WEAK_PREFIXES = frozenset(("the", "of", "a", "at"))


def _word_ends(
    prefix_words: frozenset[str],
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The last two letters of every word of ``prefix_words``, its two-letter words, the
    last three letters of its longer words and its one-letter words."""
    return (
        frozenset(w[-2:] for w in prefix_words if len(w) > 1),
        frozenset(w for w in prefix_words if len(w) == 2),
        frozenset(w[-3:] for w in prefix_words if len(w) > 2),
        frozenset(w for w in prefix_words if len(w) == 1),
    )


# the ends of the prefix words before a trigger that is no digit (index False) and before a
# digit (True): a word before a trigger that ends otherwise is no prefix, which the scan sees
# without a call ("out for 38", "with 12": "or" and "th" end prefix words only before a
# word, "labor day", "fourth quarter"; "and 12": "nd" ends "second", but no prefix word
# ends in "and")
PREFIX_ENDS = (_word_ends(PREFIX_WORDS), _word_ends(PREFIX_WORDS_BEFORE_DIGITS))

# (each written with its first character apart, "[x][x]*" for "[x]+": the regex engine then
# skips to a possible start with a fast character-set scan, twice as fast on prose)
_LONG_DIGITS = compiled.compile(
    r"[0-9.,/:\-][0-9.,/:\-]{47,}"
)  # too long to be a number: skipped whole
_DATE_AHEAD = compiled.compile(r"\d+-\d")
_DECADE_AHEAD = compiled.compile(r"\d0s\b")  # "'80s": the apostrophe stands for the century
_DIGIT_TRIGGER = compiled.compile(r"[0-9$€£¥₹₩₽₡₭₦₱₪฿₫₴₺₿½¼¾⅓⅔⅛][0-9$€£¥₹₩₽₡₭₦₱₪฿₫₴₺₿½¼¾⅓⅔⅛]*")
_CURRENCY_BACK = compiled.compile(r"(?<![a-z0-9])(?:us|u\.s\.|c|ca|cad|a|au|hk|nz|s|r|mex|mxn) ?$")
_TOKEN_BACK = compiled.compile(r"(?<![\w-])[a-z][\w-]*$")


def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for w in TRIGGER_WORDS:
        if w not in ("a", "an"):
            automaton.add_word(w, len(w))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _automaton()


# a run of digits too long to be a number, as str.translate marks it: every character of
# _LONG_DIGITS as NUL (and a NUL of the text as \x01), so that str.find, which skips ahead
# in C, looks for the run where the regex engine tests every character of the text
_LONG_MARKS = str.maketrans({**dict.fromkeys("0123456789.,/:-", "\0"), "\0": "\x01"})
_LONG_RUN = "\0" * 48


def _first_long(low: str) -> int:
    """Where the first run of _LONG_DIGITS may start: the text's length when there is none
    (most texts). Found with str.translate only in an ASCII text, where it takes a fast
    path; else 0, the regex's own scan."""
    if not low.isascii():
        return 0
    at = low.translate(_LONG_MARKS).find(_LONG_RUN)
    return len(low) if at < 0 else at


def find_triggers(low: str) -> list[tuple[int, int]]:
    """(start, length) of every trigger in lower-cased text, in order: a run of digits or
    currency symbols has length 0, a run of digits too long to be a number a negative
    length (its extent), a trigger word its length."""
    # (the starts of the digit runs read in C: map and zip, no Python loop per run)
    pos = list(zip(map(_START, _DIGIT_TRIGGER.finditer(low)), repeat(0)))
    if len(low) > 64:
        pos += [
            (m.start(), -(m.end() - m.start()))
            for m in _LONG_DIGITS.finditer(low, _first_long(low))
        ]
    n = len(low)
    # a word found inside a word (after a letter, a digit or "$", or before a letter) is none
    pos += [
        (st, length)
        for end, length in _AUTOMATON.iter_long(low)
        if not ((st := end - length + 1) > 0 and ((c := low[st - 1]).isalnum() or c == "$"))
        and not (end + 1 < n and low[end + 1].isalpha())
    ]
    pos.sort()
    return pos


_START = re.Match.start


_MARKS = frozenset(".'’-\u2212")  # what may come before a trigger and start a reading


def prefix_starts(low: str, p: int, floor: int, blanked: str) -> list[int]:
    """Starts of up to three prefix words ("the last", "in the", "mid-") before the trigger
    at ``p``, nearest last; none before ``floor``. ``blanked`` is ``low`` with no-break
    spaces and line breaks as spaces (a prefix word may open a line, "\nA decade ago"; the
    blank right before the trigger must be a real one)."""
    out = []
    q = p
    ch = low[p]
    if ch == "$":
        m = _CURRENCY_BACK.search(low, max(floor, p - 6), p)
        if m:
            out.append(m.start())  # "US$", "HK $"
            return out
    before = low[q - 1] if q > floor else ""
    if before in _MARKS:  # (else a blank, a letter or nothing: only prefix words remain)
        # (the grammar reads a leading "." or "-" only where its look-behind allows: not
        # after a word character, "1-0" and "0.596" cut by the end of the previous match
        # included)
        if (
            before == "."
            and ch.isdigit()
            and (q < 2 or not (low[q - 2].isalnum() or low[q - 2] in "_./:"))
        ):
            minus = q >= 2 and low[q - 2] == "-" and (q < 3 or not low[q - 3].isalnum())
            out.append(q - 2 if minus else q - 1)  # ".25", and "-.25" with its sign
            return out
        if before in "'’" and (q < 2 or not low[q - 2].isalnum()) and _DECADE_AHEAD.match(low, p):
            out.append(q - 1)  # "the '80s", "the ’90s": a decade
            return out
        if before == "-":
            m = _TOKEN_BACK.search(low, max(floor, q - 30), q)
            if m and m.group() == "mid-" and _DECADE_AHEAD.match(low, p):
                return out  # "the mid-90s": a decade, read from its digits
            if m:
                out.append(m.start())  # "Hyunmoo-2": a code
                return out
            if (
                ch.isdigit()
                and (q < 2 or not (low[q - 2].isalnum() or low[q - 2] in "_-–"))
                and not _DATE_AHEAD.match(low, p)
            ):
                out.append(q - 1)  # a minus sign
                return out
        if before == "\u2212" and (q < 2 or not low[q - 2].isalnum()):
            out.append(q - 1)  # a minus sign as typeset: "−3C"
            return out
    words = PREFIX_WORDS_BEFORE_DIGITS if ch.isdigit() else PREFIX_WORDS
    for _ in range(3):
        j = q - 1
        if j <= floor or blanked[j] != " " or low[j] == "\n":
            break
        start = floor if floor > j - 16 else j - 16
        k = blanked.rfind(" ", start, j)
        if k < 0:
            if start != floor and start != 0:
                break
            k = start - 1
        if low[k + 1 : j] not in words:
            break
        q = k + 1
        out.append(q)
    out.reverse()
    if out and ch.isdigit() and all(low[q : blanked.find(" ", q)] in _WEAK_PREFIXES for q in out):
        return []
    return out
