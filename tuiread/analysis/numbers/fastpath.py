"""Fast paths: most triggers are a lone token ("3", "Friday", "two") whose neighbours cannot
extend it into anything longer. Recognising that from the next word alone spares the whole
grammar; the answer must be the one the grammar gives (a test runs both on the same texts).
"""

from __future__ import annotations

import re
from functools import cache

from .. import compiled
from .grammar import READING, lower_case_grammar
from .lexicon import (
    CURRENCY_CODES,
    CURRENCY_NAMES,
    FRACTIONS,
    HOLIDAYS,
    MEASURE_UNITS,
    MONTHS,
    ONES,
    ORDINALS,
    SCALES,
    TEMPERATURE_UNITS,
    TENS,
    TIME_UNITS,
    WEEKDAYS,
)
from .patterns import ORDINAL_SUFFIXED
from .triggers import TRIGGER_WORDS

# every word that can continue a number, date or time after a token: if the next word is none
# of these, the token stands alone
_CONTINUATIONS = (
    set(ONES)
    | set(TENS)
    | set(SCALES)
    | set(ORDINALS)
    | set(FRACTIONS)
    | set(MONTHS)
    | set(WEEKDAYS)
    | {w + "s" for w in WEEKDAYS if w.endswith("day")}
    | set(TIME_UNITS)
    | {w for k in MEASURE_UNITS for w in k.split()}
    | {w for k in CURRENCY_NAMES for w in k.split()}
    | {w for k in TEMPERATURE_UNITS for w in k.split()}
    | {c.lower() for c in CURRENCY_CODES}
    | {w for k in HOLIDAYS for w in k.split()}
    | set(
        [
            "and",
            "more",
            "additional",
            "further",
            "extra",
            "to",
            "through",
            "thru",
            "till",
            "until",
            "or",
            "am",
            "pm",
            "a.m.",
            "p.m.",
            "a.m",
            "p.m",
            "o'clock",
            "oclock",
            "past",
            "point",
            "dozen",
            "dozens",
            "doz",
            "dozs",
            "upcoming",
            "next",
            "last",
            "previous",
            "coming",
            "following",
            "ago",
            "later",
            "earlier",
            "from",
            "hence",
            "at",
            "around",
            "on",
            "in",
            "of",
            "the",
            "this",
            "that",
            "tomorrow",
            "today",
            "yesterday",
            "tonight",
            "tonite",
            "now",
            "old",
            "degrees",
            "degree",
            "deg",
            "deg.",
            "percent",
            "per",
            "pct",
            "pc",
            "percentage",
            "percents",
            "s",
            "yo",
            "y/o",
            "k",
            "bn",
            "bln",
            "b",
            "m",
            "mm",
            "mil",
            "mln",
            "mn",
            "g",
            "tn",
            "tln",
            "trn",
            "x",
            "weekend",
            "weekends",
            "century",
            "week",
            "q1",
            "q2",
            "q3",
            "q4",
            "h1",
            "h2",
            "mid",
            "early",
            "late",
            "noon",
            "midnight",
            "between",
            "before",
            "after",
            "since",
            "by",
            "about",
            "morning",
            "mornings",
            "afternoon",
            "afternoons",
            "evening",
            "evenings",
            "night",
            "nights",
            "daytime",
            "lunchtime",
            "dinnertime",
            "each",
            "every",
            "a",
            "an",
            "half",
            "quarter",
            "quarters",
            "business",
            "working",
            "minus",
            "over",
            "out",
        ]
    )
)
_CONTINUATIONS |= {w.rstrip(".,") for w in list(_CONTINUATIONS)}
_CONTINUATIONS |= {w + "," for w in _CONTINUATIONS} | {w + "." for w in _CONTINUATIONS}
_CONTINUATIONS |= set('%$€£¥°º"-–—~/([<&₹₩₽₡₭₦₱₪฿₫₴₺₿') | {"per", "cent"}
_CONTINUATIONS |= {"couple", "few", "several", "some", "celsius", "fahrenheit"}
_CONTINUATIONS |= {"gmt", "bst", "utc", "cet", "cest"}  # "14.32 BST": a time before its zone
CONTINUATIONS = frozenset(_CONTINUATIONS)

_NEXT_WORD = compiled.compile(r"[ \t\u00a0\u202f]*(\S*)")
_SPACES = frozenset(" \xa0\u202f\t")
_DECADE_S = compiled.compile(r"s(?!\w)")
_RIGHT_OK = frozenset('\n\r\t,.;!?)]}"”’')
# what may close a word before the next one: stripped to see the word ("years,\"" is "years")
_CLOSERS = ".,;:!?)'’\"”"
_PUNCTUATION = ".,;:!?()]}'\"”’…"  # (a string: ``str.strip`` takes away a run of them)
# words that end a reading rather than continue it, after each kind of lone token
_NOT_NEXT_NUMBER = frozenset(
    [
        "and",
        "to",
        "in",
        "on",
        "at",
        "or",
        "that",
        "this",
        "from",
        "after",
        "before",
        "since",
        "by",
        "about",
        "between",
        "the",
    ]
)
_NOT_NEXT_WORD = frozenset(
    ["in", "on", "at", "or", "that", "this", "since", "by", "about", "between"]
)
_NOT_NEXT_CARDINAL = _NOT_NEXT_WORD | {"of"}
_NOT_NEXT_ORDINAL = _NOT_NEXT_WORD | {"and", "to"}
_NOT_NEXT_RELATIVE = _NOT_NEXT_WORD | {"and", "through", "till", "until"}  # "this year"
_NOT_NEXT_WEEKDAY = _NOT_NEXT_RELATIVE | {"to", "of"}
_NOT_NEXT_DATE = frozenset(
    ["on", "at", "or", "that", "this", "since", "by", "about", "and", "until", "till"]
)
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def lone(low: str, stop: int, n: int, reading: str, word: bool) -> bool:
    """True when the token ending at ``stop`` (a word if ``word``, else digits) cannot be
    extended by what follows it, read as ``reading``."""
    if stop >= n:
        return True
    nxt = low[stop]
    if nxt in _SPACES:
        m = _NEXT_WORD.match(low, stop)
        w2 = m.group(1) if m else ""
        if not w2:
            return True
        c = w2[0]
        if c in "-–" and len(w2) == 1 and not word and m is not None:
            # "4 - Peter Nicol": a dash and a word that no unit, range or date starts
            m4 = _NEXT_WORD.match(low, m.end())
            w4 = (m4.group(1) if m4 else "").rstrip(_CLOSERS)
            return w4.isalpha() and w4 not in CONTINUATIONS
        if c.isalpha():
            w3 = w2.rstrip(_CLOSERS)
            if w3 not in CONTINUATIONS and w3.split("-", 1)[0] not in CONTINUATIONS:
                return True
            if word:
                return w3 in _words_ending(low, stop, reading)
            return w3 in _NOT_NEXT_NUMBER
        if c.isdigit():
            if word:
                return False
            # "3 1 0 2" (tables): only "40 000", "2016 10 16", "2 1/4" continue
            return not (
                (
                    stop >= 4
                    and low[stop - 4 : stop].isdigit()
                    and (stop == 4 or not low[stop - 5].isalnum())
                )
                or (len(w2) >= 3 and w2[:3].isdigit() and not w2[3:4].isdigit())
                or "/" in w2
            )
        if c == "." and not word and w2[1:2].isdigit():
            return True  # "66 .511" (a table's next column): no branch reads on into it
        if c == "(" and (
            word or w2[1:2].isdigit() or w2[1:].strip("()[],.;:") not in CONTINUATIONS
        ):
            return True
        # (punctuation alone: nothing is left when it is stripped)
        return not w2.strip(_PUNCTUATION) and (word or c != '"') or w2 in ("'s", "’s")
    if nxt in _RIGHT_OK:
        if nxt == "’":  # "the 1980’s": a decade the grammar reads; else a closing quote
            return not (low[stop - 1] == "0" and _DECADE_S.match(low, stop + 1) is not None)
        if nxt not in ",.":
            return True
        return not (
            low[stop + 1 : stop + 2].isdigit() or word and low[stop + 2 : stop + 3].isdigit()
        )
    if word and nxt == ":":
        return stop + 1 >= n or not low[stop + 1].isdigit()
    if (
        reading == "relative_date"
        and nxt in "'’"
        and low.endswith(_WEEKDAY_NAMES, max(0, stop - 9), stop)
    ):
        return low[stop + 1 : stop + 2] == "s" and not low[stop + 2 : stop + 3].isalnum()
    return False


def _words_ending(low: str, stop: int, reading: str) -> frozenset[str]:
    """The words that end (rather than continue) a lone word token read as ``reading``."""
    if reading == "number":
        if low[max(0, stop - 14) : stop].rsplit(" ", 1)[-1] in FRACTIONS:
            return _NOT_NEXT_WORD  # "a quarter of a million", "two thirds of a billion"
        return _NOT_NEXT_CARDINAL
    if reading == "ordinal":
        return _NOT_NEXT_ORDINAL
    if reading == "relative_date":
        if low.endswith(_WEEKDAY_NAMES, max(0, stop - 9), stop):
            return _NOT_NEXT_WEEKDAY
        return _NOT_NEXT_RELATIVE
    if reading == "date_words":
        return _NOT_NEXT_DATE
    return _NOT_NEXT_WORD


@cache
def solo_readings() -> dict[str, str | None]:
    """What the grammar makes of each trigger word standing alone: a reading, "" for
    nothing, None for a word whose reading depends on its neighbours ("at last", "good
    morning"), which never takes the fast path."""
    grammar = lower_case_grammar("all")
    out: dict[str, str | None] = {}
    for w in TRIGGER_WORDS:
        m = grammar.match(f"{w} zz")
        if m is not None and m.end() == len(w):
            out[w] = READING[m.lastgroup or ""]
        elif m is None:
            out[w] = ""
    for w, reading in list(out.items()):
        if reading in ("relative_ordinal", "time_of_day") or w == "to date":
            out[w] = None
    return out


_CHAINS: dict[str, str] = {}


def chain_reading(phrase: str) -> str:
    """What the grammar makes of a short phrase ("this year") standing alone, "?" if it
    reads more or less than the phrase; remembered."""
    reading = _CHAINS.get(phrase)
    if reading is None:
        m = lower_case_grammar("all").match(phrase + " zz")
        reading = READING[m.lastgroup or ""] if m is not None and m.end() == len(phrase) else "?"
        if len(_CHAINS) < 50000:
            _CHAINS[phrase] = reading
    return reading


DAY_PARTS = frozenset(
    [
        "morning",
        "afternoon",
        "evening",
        "night",
        "daytime",
        "nighttime",
        "lunchtime",
        "dinnertime",
        "mornings",
        "afternoons",
        "evenings",
        "nights",
    ]
)
PLURAL_TIME_UNITS = frozenset(
    w for w in TIME_UNITS if w.endswith("s") and " " not in w and w != "weekends"
)
# "(19-7)", "(3-1)," a score in brackets: closed straight after, so no phone number either
SCORE_IN_BRACKETS = compiled.compile(r"\d{1,3}-\d{1,3}[),;]")
_SCORE_OR_DATE = r"((?:19|20)\d\d-[01]\d-[0-3]\d)|(\d{1,3})-(\d{1,3})(?=[\s,;)]|\.(?!\d)|$)"
_NUMBER_TOKEN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?"
# a short number token ("3", "250", "1.5") that stands alone, in the cases commonest in
# tables and lists, where lone() would say so: an end of line or of the text, a closing
# bracket or mark, a comma or full stop before a blank, or blanks and then the end of the
# line, another number of one or two digits or of four and more, or a decimal (".596").
# (After a character outside ASCII, which may be a digit of another script, lone() decides.)
_SHORT_ALONE = (
    r"(?<![^\x00-\x7f])(\d{1,3}|\d\.\d)"
    r"(?=[\n\r)\]};!?\"\u201d]|[,.](?=\s|\Z)|\Z"
    r"|[ \t\u00a0\u202f]+(?:[\n\r]|\Z|[0-9]{1,2}(?=\s|\Z)|[0-9]{4,}(?=\s|\Z)|\.[0-9]))"
)
# all in one: a date (group 1), else a score (groups 2, 3), else a short number that stands
# alone (group 4), else a number token (group 5); one call of the regex engine for the
# commonest trigger, a number
DIGIT_TOKEN = compiled.compile(f"{_SCORE_OR_DATE}|{_SHORT_ALONE}|({_NUMBER_TOKEN})")
DATE_OR_SCORE, SHORT_ALONE = (1, 3), 4  # DIGIT_TOKEN's lastindex for each reading
ORDINAL_TOKEN = compiled.compile(rf"(?=(\d{{1,4}})[a-z]){ORDINAL_SUFFIXED}(?![a-z0-9])")
ORDINAL_SUFFIX_FIRST = frozenset("snrt")  # "1st", "2nd", "3rd", "4th"
LEFT_BAD = frozenset("-–./:$€£¥+(&@#_'\"") | frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


# how far back of where it starts the grammar may look (its widest look-behind, "until ",
# is six characters; a unit test checks the bound)
LOOK_BEHIND = 8
# words that join a number or a date to what follows ("five of the", "3 to 4", "two after
# that"): a reading that takes one in goes on past it, so a pair ending on one is not tried
_JOINING = frozenset(
    "of to and or the a an after before from out over through in on at by for with".split()  # noqa: SIM905
)
Pair = tuple[str, str, int]  # the grammar's subset, the words around a start, the start in them
# what the grammar read at a pair's start: the length read and the reading when it read the
# first token and the word after it, no less and no more; else (0, "")
PAIRS: dict[Pair, tuple[int, str]] = {}
_PAIR_REACH = 60  # the longest stretch of three words a key holds
_TWO_WORDS = compiled.compile(
    r"[ \t\u00a0\u202f]*(\S*)[ \t\u00a0\u202f]*\S*"
)  # as _NEXT_WORD, twice


def pair_at(low: str, p: int, stop: int, subset: str) -> tuple[Pair, int] | None:
    """The key under which :data:`PAIRS` remembers what the grammar (``subset`` of it) reads
    at ``p``, where a token ends at ``stop`` before a blank and a word ("33 percent", "two
    days", "11 a.m."), and where that word ends. The key holds what such a reading turns on:
    the two words, the few characters before them and the word after them (``lone`` is
    asked whether anything further could extend it). None where the word joins the token
    to what follows."""
    m = _TWO_WORDS.match(low, stop)
    if m is None or m.group(1) in _JOINING or m.end() - p > _PAIR_REACH:
        return None  # (no pair of such length recurs: none is kept)
    left = p - LOOK_BEHIND if p > LOOK_BEHIND else 0
    return (subset, low[left : m.end() + 1], p - left), m.end(1)


def remember_pair(pair: Pair, p: int, stop: int, second_end: int, m: re.Match[str] | None) -> None:
    """Note what the grammar read (``m``) at a pair's start ``p``."""
    if len(PAIRS) < 50000:
        PAIRS[pair] = (
            (m.end() - p, READING[m.lastgroup or ""])
            if m is not None and stop < m.end() <= second_end
            else (0, "")
        )
