"""The grammar: every reading of a number, date or time the engine knows, in priority order.

Each :class:`Branch` is one way to read the text at a trigger ("$48.2 million", "the first
week of May", "six minutes"); the first branch that matches at a position wins. A number
branch carries optional tails ("... per cent", "... km"), so a number is read once and its
tail says what it measures. ``lastgroup`` of a match names the branch or tail that read it,
and :data:`READING` says what kind of reading that is.

Two compiled forms: the grammar for lower-cased text (fast: the regex engine can skip a
branch on its first literal), and the same grammar case-insensitive on the text as written,
for the stretches near an upper-case currency code ("USD 5"), which lower-casing would hide.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from .. import compiled
from .date_patterns import (
    CLOCK,
    CLOCK_AHEAD,
    DATE_DIGITS,
    DATE_WORDS,
    PERIOD_OF,
    RELATIVE_DATE,
    RELATIVE_DURATION,
    TIME_OF_DAY,
    VAGUE_DURATION,
)
from .lexicon import CURRENCY_CODES, FRACTIONS, ONES, ORDINALS, SCALES, TENS
from .measure_patterns import (
    AGE_BEFORE,
    AGE_TAIL,
    CODE,
    CURRENCY_CODE,
    DURATION_TAIL,
    MEASURE_TAIL,
    MONEY_BEFORE,
    MONEY_TAIL,
    PERCENT_OF,
    PERCENT_TAIL,
    PHONE,
    RELATIVE_DURATION_TAIL,
    TEMPERATURE_ALONE,
    TEMPERATURE_TAIL,
)
from .patterns import NUMBER, ORDINAL_DIGITS, ORDINAL_WORD, S0, B, S, words
from .tail_starts import ENDING_ONE, ENDING_TWO, THREE_LETTERS, TWO_LETTERS


class Branch(NamedTuple):
    """One reading of the grammar: its name, its pattern (a regex group of that name) and
    what it reads."""

    name: str
    pattern: str
    reads: str


# the characters some branches can start a match with (as ``first_chars`` reads them from
# the branch; a unit test checks them): a look-ahead for them first turns such a branch down
# at once where it cannot start, before its first tries, costly ones ("friday" is no number)
BRANCH_FIRST = {
    "ordinal_digits": r"\d",
    "relative_duration": r"\-.\dabcefhlmnopqstuz¼½¾⅓⅔⅛−",
    "time_of_day": "abdeilmnoty",
    "relative_date": "abcdefhlmnopqrstuwy",
    "number": r"\-.\dabcefhlmnoqstz¼½¾⅓⅔⅛−",
    "period": r"'.\dabcefhlmnoqstwyz’",
}


def _first(name: str) -> str:
    first = BRANCH_FIRST.get(name)
    return f"(?=[{first}])" if first else ""


def _branch(name: str, pattern: str, reads: str) -> Branch:
    return Branch(name, f"(?P<{name}>{_first(name)}{pattern})", reads)


RELATIVE_ORDINAL = (
    rf"(?:the{S}one{S}before{S}the{S}last(?:{S}one)?{B}|next{S}to{S}last{B}|(?:ante)?penultimate{B}"
    rf"|(?:next|current){S}one{B}(?!{S}of)|(?<!at )(?:next|last|previous){B}"
    rf"(?![-']|{S}(?:to|of|but|in|on|at|and|for)\b|{S}?[.,;:!?]|$))"
)

_TAILS = (
    ("money_tail", MONEY_TAIL),
    ("percent_tail", PERCENT_TAIL),
    ("age_tail", AGE_TAIL),
    ("temperature_tail", TEMPERATURE_TAIL),
    ("measure_tail", MEASURE_TAIL),
    ("duration_tail", DURATION_TAIL),
    ("relative_duration_tail", RELATIVE_DURATION_TAIL),
    ("ordinal_tail", rf"(?:{S0}-?{S0}{ORDINAL_WORD})"),
)
# what a tail may start with after its blanks ("per cent", "%", "-year-old", "km", "'s",
# "[sic]"; in capitals too, as the case-insensitive grammar reads them): where a number is
# followed by none of these ("3 ,", "12)", "250\n", "3 1"), one look-ahead turns down all
# the tails instead of eight tries (a unit test checks the class against the tails)
TAIL_FIRST = "\"$%'\\-<\\[a-wyz£¥°ºμ’₡₩€₭₹₽％"
# ... and where it is a letter, the word's first three letters, or the whole word of one or
# two letters, as a tail may start ("22 points", "3 people", "10 runs" go no further;
# ``tail_starts`` lists them, read from the tails by scripts/build_tail_starts.py)
TAIL_START = (
    rf"(?={S0}(?:[{TAIL_FIRST.replace('a-wyz', '')}]|[a-wyz](?![a-z])"
    rf"|{words(TWO_LETTERS.split())}(?![a-z])|{words(THREE_LETTERS.split())}"
    + "".join(f"|{words(w.split())}" for w in (ENDING_ONE, ENDING_TWO) if w.strip())
    + "))"
)
_NUMBER_WITH_TAIL = (
    rf"(?P<number>{NUMBER})(?:{TAIL_START}(?:"
    + "|".join(f"(?P<{n}>{p})" for n, p in _TAILS)
    + "))?"
)

BRANCHES = (
    _branch("date_digits", DATE_DIGITS, 'numeric dates: "2017-09-15", "9/15/2017", "12-2015"'),
    _branch("phone", PHONE, "phone numbers, read so that their digits are not counts"),
    _branch("money", MONEY_BEFORE, 'a currency then an amount: "$48.2 million", "USD 5"'),
    _branch("period", PERIOD_OF, 'named periods: "the first week of May", "Q1 2016", "the 1990s"'),
    _branch("clock", CLOCK_AHEAD + CLOCK, 'clock times: "2:30 pm", "noon", "half past six"'),
    _branch("date_words", DATE_WORDS, 'dates with a month name: "September 15, 2017", "mid-May"'),
    _branch("ordinal_digits", ORDINAL_DIGITS, 'ordinals in digits: "2nd", "21st"'),
    _branch("relative_duration", RELATIVE_DURATION, 'durations from now: "the past three years"'),
    _branch("time_of_day", TIME_OF_DAY, 'parts of a day: "this morning", "tonight"'),
    _branch("relative_date", RELATIVE_DATE, 'relative dates: "last month", "Friday", "today"'),
    _branch("relative_ordinal", RELATIVE_ORDINAL, 'ordinals by position: "the next one"'),
    Branch(
        "number",
        _first("number") + _NUMBER_WITH_TAIL,
        'a number and what it measures: "3,000 km", "9%"',
    ),
    _branch("vague_duration", VAGUE_DURATION, 'durations without a number: "a few days"'),
    _branch("percent_of", PERCENT_OF, 'a percentage before its number: "percent of 50"'),
    _branch("age", AGE_BEFORE, 'an age after "aged": "aged 45"'),
    _branch("ordinal_word", ORDINAL_WORD, 'ordinals in words: "fifth", "twentieth"'),
    _branch("temperature_unit", TEMPERATURE_ALONE, 'a temperature scale alone: "degrees Celsius"'),
    _branch("code", CODE, 'codes and names with digits: "MH17", "Hyunmoo-2", "777F"'),
)

# what each regex group (a branch or a number's tail) reads
READING = {
    "date_digits": "date_digits",
    "phone": "code",
    "money": "money",
    "period": "period",
    "clock": "clock",
    "date_words": "date_words",
    "ordinal_digits": "ordinal",
    "relative_duration": "relative_duration",
    "time_of_day": "time_of_day",
    "relative_date": "relative_date",
    "relative_ordinal": "relative_ordinal",
    "number": "number",
    "money_tail": "money",
    "percent_tail": "percent",
    "age_tail": "age",
    "temperature_tail": "temperature",
    "measure_tail": "quantity",
    "duration_tail": "duration",
    "relative_duration_tail": "relative_duration",
    "ordinal_tail": "ordinal",
    "vague_duration": "duration",
    "percent_of": "percent",
    "age": "age",
    "ordinal_word": "ordinal",
    "temperature_unit": "temperature_unit",
    "code": "code",
}

# the grammar restricted to the branches that can start with a digit / a month name
SUBSETS: dict[str, tuple[str, ...]] = {
    "all": tuple(b.name for b in BRANCHES),
    "digit": (
        "date_digits",
        "phone",
        "money",
        "period",
        "clock",
        "date_words",
        "ordinal_digits",
        "number",
        "code",
    ),
    "month": ("date_digits", "date_words"),
}
_BY_NAME = {b.name: b for b in BRANCHES}


def _source(names: Sequence[str]) -> str:
    return "|".join(_BY_NAME[n].pattern for n in names)


def lower_case_source(subset: str) -> str:
    """The pattern of :func:`lower_case_grammar`."""
    pattern = _source(SUBSETS[subset]).replace(CURRENCY_CODE, "(?!)")
    stray = re.sub(r"\\[A-Z]|\(\?P[<=]|A-Z", "", pattern)
    assert not re.search("[A-Z]", stray), "the lower-case grammar must not hold capitals"
    return pattern


@cache
def lower_case_grammar(subset: str) -> re.Pattern[str]:
    """The grammar for lower-cased text, without re.IGNORECASE: about twice as fast, since
    the engine can skip a branch on its first literal. Currency codes must stay upper case
    ("USD 5", not "all 5"), which lower-cased text cannot show, so their branch never matches
    here and :func:`matchers` reads the text as written near one."""
    return compiled.compile(lower_case_source(subset))


@cache
def case_insensitive_grammar(subset: str) -> re.Pattern[str]:
    """The grammar on the text as written, for the rare stretches the lower-case one cannot
    read; compiled on first use."""
    return compiled.compile(_source(SUBSETS[subset]), re.IGNORECASE)


def shipped_patterns() -> list[tuple[str, int]]:
    """The numbers patterns ``data/regex.cache`` holds compiled: those every start needs."""
    from .values import NUMBER_HEAD_FLAGS, NUMBER_HEAD_PATTERN

    return [
        *((lower_case_source(s), 0) for s in SUBSETS),
        *((_source(SUBSETS[s]), int(re.IGNORECASE)) for s in SUBSETS),
        (NUMBER_HEAD_PATTERN, NUMBER_HEAD_FLAGS),
    ]


# upper-case currency codes the grammar could read ("USD 5", "5 USD", "5bnUSD"): where the
# lower-case grammar is blind; a code inside a word ("COUNTRY") only after a number word
_CODE_AT = compiled.compile(rf"(?:{words(CURRENCY_CODES)})(?![A-Za-z])")
_NUMBER_WORD_END = compiled.compile(
    rf"(?:\d|(?<![A-Za-z])[A-Za-z]*(?:{words([*ONES, *TENS, *SCALES, *ORDINALS, *FRACTIONS])}"
    r"|dozens?|k|bn|bln|b|tln|trn|tn|mil|mln|mn|m|mm))$",
    re.IGNORECASE,
)
# characters that re.IGNORECASE matches to a letter of the grammar but str.lower() does not
# map onto it (dotless i, long s, Kelvin sign, micro sign, capital O acute, capital mu)
FOLD_CHARS = "\u0131\u0130\u017f\u212a\u00b5\u00d3\u039c"
_FOLD_EXTRAS = compiled.compile(f"[{FOLD_CHARS}]")
_CODE_REACH = 240  # beyond any match and its look-around, in characters
# the grammar reads at most this many characters from where it starts, so each try costs at
# most a constant and a text of any shape is read in linear time (no real number, date or
# time is a tenth as long)
WINDOW = 2000
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

Matcher = Callable[[int], "re.Match[str] | None"]


def lower(text: str) -> str:
    """``text`` lower-cased with every offset kept (``str.lower`` can lengthen a text)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(ASCII_LOWER)


def blind_spots(text: str) -> list[int]:
    """Where the lower-case grammar is blind, in order: an upper-case currency code ("USD
    5") or a letter that only re.IGNORECASE folds; none in most texts."""
    blind = (
        [m.start() for m in _FOLD_EXTRAS.finditer(text)]
        # (rare, and never in ASCII: one scan per character beats a regex)
        if not text.isascii() and any(c in text for c in FOLD_CHARS)
        else []
    )
    blind += [
        m.start()
        for m in _CODE_AT.finditer(text)
        if not text[m.start() - 1 : m.start()].isalpha()
        or _NUMBER_WORD_END.search(text, max(0, m.start() - 40), m.start()) is not None
    ]
    blind.sort()
    return blind


def matchers(
    text: str, low: str, blind: list[int] | None = None
) -> tuple[Matcher, Matcher, Matcher]:
    """The grammar's match functions for this text (all branches, those starting with a digit,
    those starting with a month): the fast lower-case grammar on ``low`` except near an
    upper-case currency code or a letter that only re.IGNORECASE folds (``blind``, found
    here unless given), where the case-insensitive grammar reads ``text``; both give the
    same matches."""
    if blind is None:
        blind = blind_spots(text)

    def pick(subset: str) -> Matcher:
        fast = lower_case_grammar(subset).match
        if not blind:
            return lambda pos: fast(low, pos, pos + WINDOW)
        full = case_insensitive_grammar(subset).match

        def match(pos: int) -> re.Match[str] | None:
            k = bisect_left(blind, pos - 8)
            if k == len(blind) or blind[k] > pos + _CODE_REACH:
                m = fast(low, pos, pos + WINDOW)
                if m is None or m.end() < pos + _CODE_REACH - 16:
                    return m
            return full(text, pos, pos + WINDOW)

        return match

    return pick("all"), pick("digit"), pick("month")
