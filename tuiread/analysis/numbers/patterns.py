"""Regular-expression building blocks for numbers written in digits and in words.

Every pattern here is a string, meant to be embedded in the grammar (``grammar.py``) and
matched on lower-case text. Word alternations are built from the lexicon as tries
(:func:`words`), which the regex engine rejects on the first letter that fits no word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .lexicon import FRACTIONS, MAGNITUDES, ONES, ORDINALS, SCALES, TENS, TIME_UNITS

S = r"[ \t\u00a0\u202f]+"  # blanks inside one line
S0 = r"[ \t\u00a0\u202f]*"
B = r"(?![\w])"  # end of word
NB = r"(?<![\w])"  # start of word

_Trie = dict[str, "_Trie"]


def words(entries: Iterable[str]) -> str:
    """Regex alternation of literal words shaped as a trie (fast to reject in ``re``),
    longer words tried first; a space in a phrase matches any run of blanks."""
    return _words(frozenset(entries))


@cache
def _words(entries: frozenset[str]) -> str:
    root: _Trie = {}
    for w in entries:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            piece = S if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return "(?:" + build(root) + ")"


def ahead(reach: int, tails: Iterable[str]) -> str:
    """A look-ahead true when one of ``tails`` starts within ``reach`` characters of this line:
    ``(?=[^\\n]{0,reach}?(?:t1|t2))`` in truth, written as one greedy run per tail. Each tail
    must start with a literal letter: the regex engine then skips in C to that letter's
    places in the run, where the lazy form calls the whole alternation at every character
    (a look-ahead is atomic and keeps no group, so only whether it holds can differ, and it
    does not)."""
    return "(?=" + "|".join(rf"[^\n]{{0,{reach}}}{t}" for t in tails) + ")"


def words_ahead(reach: int, entries: Iterable[str]) -> str:
    """:func:`ahead` for any word of ``entries`` (as :func:`words` matches them, then an end
    of word): one tail per first letter."""
    firsts: dict[str, list[str]] = {}
    for w in sorted(set(entries)):
        firsts.setdefault(w[0], []).append(w[1:])
    return ahead(reach, (re.escape(c) + words(rest) + B for c, rest in firsts.items()))


TIME_UNIT = words(TIME_UNITS) + B  # "minutes", "business days"
ONE_WORD = words(ONES)  # "zero" .. "nineteen"
TEN_WORD = words(TENS)  # "twenty" .. "ninety"
SCALE_WORD = words(SCALES)  # "hundred" .. "crore"
# a number word below a hundred: "seven", "forty", "forty-two", "forty two"
WORD_NUMBER = rf"(?:{TEN_WORD}(?:{S0}-{S0}|{S}){ONE_WORD}|{TEN_WORD}|{ONE_WORD}){B}"
DIGITS_BARE = (
    # (grouped thousands only where a comma or a blank follows one to three digits: a cheap
    # check that spares a plain number both readings, which it would fail)
    r"(?:(?=\d{1,3}[,\u00a0\u202f ]\d)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"  # 1,234,567.89
    r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,]?\d))"  # 40 000 (a comma after 1,234 ends a clause)
    r"|\d+(?:\.\d+|[½¼¾⅓⅔⅛])?|\.\d+)"  # 12, 3.5, 6½ (a whole and a glued fraction), .25
)
DIGITS = r"(?<![\w./:])" + DIGITS_BARE  # not the tail of a word, a path or a time
DIGITS_OR_WORD = rf"(?:{DIGITS}|{WORD_NUMBER})"
SCALE_OR_DOZEN = rf"(?:{SCALE_WORD}|dozens?|dozs?){B}"
# abbreviated scales written after a number: "10k", "1.13bn", "2mil"; after money also
# "$5m", "$5mm" (elsewhere an "m" is metres)
_MONEY_ONLY_MAGNITUDES = ("mn", "m", "mm")
MAGNITUDE = words(w for w in MAGNITUDES if w not in _MONEY_ONLY_MAGNITUDES and w != "g")
MONEY_MAGNITUDE = words(w for w in MAGNITUDES if w != "g")
# a group that ends in a scale word: "three hundred", "2.5 million", "a dozen", "hundred thousand",
# "a $3.5-million loan" (the hyphen of a compound adjective)
SCALED_GROUP = (
    rf"(?:{DIGITS_OR_WORD}(?:{S}|-(?=[a-z])){SCALE_OR_DOZEN}(?:{S}{SCALE_OR_DOZEN})*"
    rf"|an?{S}{SCALE_OR_DOZEN}(?:{S}{SCALE_OR_DOZEN})*"
    rf"|{SCALE_WORD}(?:{S}{SCALE_WORD}{B})+)"
)
GROUP = rf"(?:{SCALED_GROUP}|{DIGITS_OR_WORD})"
# a cardinal in words: groups joined by blanks or "and" ("two million three hundred and five")
# (each group atomic: a run of scale words can be cut into groups in exponentially many ways,
# and only the longest first group ever leads to a reading)
CARDINAL_WORDS = rf"(?:(?:(?>{SCALED_GROUP})(?:{S}and)?{S})*{GROUP})"
POINT = rf"(?:{S}point(?:{S}(?:{WORD_NUMBER}))+)"  # "two point five"
DENOMINATOR = words(FRACTIONS) + B
DENOMINATOR_PLURAL = words([w for w in FRACTIONS if w.endswith("s")]) + B
# the last word of a compound denominator, after a tens word: "twenty-firsts", "thirty fifths"
# (plural only: "a twenty-first" is an ordinal as often as a fraction)
UNIT_DENOMINATOR_PLURAL = (
    words(
        [w for w, v in FRACTIONS.items() if v < 10 and w.endswith("s") and w[0] not in "hq"]
        + ["firsts"]
    )
    + B
)
DENOMINATOR_WORDS = (*FRACTIONS, "firsts")
FRACTION_WORDS = (
    rf"(?:(?:(?:{SCALED_GROUP}|an?){S})?{WORD_NUMBER}{S}{TEN_WORD}(?:{S0}-{S0}|{S}){UNIT_DENOMINATOR_PLURAL}"
    rf"|(?:an?|(?:{SCALED_GROUP}{S})?{WORD_NUMBER}|{SCALED_GROUP}){S0}(?:-{S0})?{DENOMINATOR}"
    rf"|(?<![\d,.])\d{{1,2}}{S0}(?:-{S0})?{DENOMINATOR_PLURAL})"
)
ORDINAL_WORD = words(ORDINALS) + B
ORDINAL_WORDS = (
    rf"(?:(?:(?:(?>{SCALED_GROUP})(?:{S}and)?{S})*(?:(?:{TEN_WORD}){S0}-?{S0}|(?:{WORD_NUMBER}|an?){S})?)"
    rf"{words(ORDINALS)}{B})"
)
# "21st", "112th": "st" only after a last digit 1 (not 11), so "15st" (stone) is no ordinal;
# the other suffixes are taken after any digit ("22th" is a slip for an ordinal)
ORDINAL_SUFFIXED = r"(?:(?:\d*[02-9])?1st|\d+(?:nd|rd|th))"
# (and with its thousands grouped: "the 1,000th day", "its 10,000th patient")
ORDINAL_DIGITS = rf"(?<![\w.,])(?:{ORDINAL_SUFFIXED}|\d{{1,3}}(?:,\d{{3}})+(?:st|nd|rd|th))\b"
# what a fraction in words or digits and words is made of up to its denominator
_NUMBER_TOKENS = (*ONES, *TENS, *SCALES, "a", "an", "and", "dozen", "dozens", "doz", "dozs")
# a necessary condition of a fraction ("three quarters", "2 and a half", "a third"), cheap
# where most numbers fail it, at the next word: its first piece (all the digits there, or a
# number word) is followed, after blanks or a dash, by a digit, a number word or a
# denominator. Checked before the look-ahead for a denominator, which scans the line
_FRACTION_START = (
    rf"(?=(?:[\d.,]++|{words(_NUMBER_TOKENS)})[ \t\u00a0\u202f-]*"
    rf"(?:\d|{words([*_NUMBER_TOKENS, *FRACTIONS])}))"
)
# the "and" before the fraction of a mixed number: "one and a half", "one-and-a-half"
AND_FRACTION = rf"(?:{S}and{S}|{S0}-and-)"
# a minus: the hyphen, or the sign typeset as U+2212 ("−3C"); not "plus or minus 3
# points", a margin either way, whose number is the margin
SIGN = rf"(?:(?<!plus or )(?:minus|negative){S}|(?<![\w\-–−%°])[-−]{S0}(?=\.?\d))"  # "-.08" too
# a number: digits with a magnitude or an exponent, a fraction, a ratio ("3 out of 4") or a
# cardinal in words and digits, with an optional sign; atomic, as nothing after it can make
# it give back a word
NUMBER = (
    rf"(?>(?:{SIGN})?(?:"
    rf"{DIGITS}{S0}{MAGNITUDE}{B}"
    rf"|{DIGITS}(?:x10\^[+-]*\d+|\^[+-]*\d+|e[+-]?\d+(?![\w.]))"
    rf"|\d+(?:{S}|-)\d+/\d+(?![/\d])|(?<![\w/])\d+/\d+(?![/\d]|\.\d)|[½¼¾⅓⅔⅛]"
    rf"|(?:an?{S}|three{S})?(?:half|quarters?)(?:{S}of)?(?:{S}an?)?{S}(?:{SCALE_WORD}|dozen){B}"
    # the look-aheads below are cheap necessary conditions that spare most numbers the
    # costly branches: a fraction names its denominator, a ratio says "over" or "out of"
    rf"|{_FRACTION_START}{words_ahead(60, DENOMINATOR_WORDS)}(?:{FRACTION_WORDS}(?:(?:{S}of{S}an?)?{S}{SCALE_WORD}{B})?"
    rf"|{CARDINAL_WORDS}{AND_FRACTION}(?:an?|{WORD_NUMBER}){S0}(?:-{S0})?{DENOMINATOR}(?:{S}{SCALE_WORD}{B})?)"
    rf"|{ahead(60, ['o(?:ver|ut)'])}(?:{DIGITS}|{WORD_NUMBER}){S}(?:over|out{S}of){S}(?:{CARDINAL_WORDS})(?!{S}{TIME_UNIT})"
    rf"|{CARDINAL_WORDS}{POINT}?"
    r"))"
)
# a number, or a vague quantity before a unit: "a few", "several", "a couple of", "half an"
NUMBER_OR_VAGUE = rf"(?:{NUMBER}|{NB}(?:a{S}few|few|some|several|(?:a{S})?couple(?:{S}of)?|half{S}an?|an?)(?={S})|½)"
