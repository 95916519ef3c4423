"""Whether "3/4" is a day and a month or a fraction, and whether "24/7" is a date at all.

A slash pair with no year is a date only where nothing says otherwise: "of" after it
("3/4 of voters"), a word of ratio before it ("a ratio of 3/4") or a verb of change before
a price's eighths ("the stock fell 7/8 Thursday") make it a fraction, and
"24/7" is "around the clock" unless a word that takes a date stands before it ("on 24/7").
A word that takes a date wins over both ("on 3/4 of this year", "the attacks of 9/11").
"""

from __future__ import annotations

import re

from .. import compiled
from .patterns import S

_PAIR = compiled.compile(r"(\d{1,2})/(\d{1,2})")
# the word before: a date's preposition or a weekday ("on 3/4", "dated 24/7", "Friday 3/4")
_DATE_WORD_BEFORE = compiled.compile(
    r"\b(?:on|dated|from|until|till|by|since|before|after|between|and|to|of"
    r"|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t\u00a0\u202f]+$",
    re.I,
)
_OF_AFTER = compiled.compile(rf"{S}of{S}(?!(?:this|last|next|that){S}year\b|(?:19|20)\d\d\b)", re.I)
_RATIO_BEFORE = compiled.compile(
    rf"\b(?:ratios?|fractions?|odds|proportions?|share)(?:{S}(?:of|at|was|is|to|stood{S}at))?{S}$",
    re.I,
)

# a price quoted in fractions of a point moves by one after a verb of change ("Intel eased
# 1/8 to 31 7/8", "the stock fell 7/8 Thursday", "up 3/4"): halves to sixty-fourths
_CHANGE_BEFORE = compiled.compile(
    r"\b(?:rose|fell|gained|lost|added|eased|slipped|dropped|climbed|jumped|advanced|declined"
    r"|slid|tumbled|surged|rallied|edged|rise|fall|gain|lose|add|ease|slip|drop|climb|jump"
    r"|rises|falls|gains|loses|adds|eases|slips|drops|climbs|jumps|up|down|off)"
    r"(?:[ \t]+(?:up|down|ahead|back))?[ \t\u00a0\u202f]+$",
    re.I,
)
_PRICE_DENOMINATORS = frozenset(("2", "4", "8", "16", "32", "64"))


def slash_pair_sense(t: str, s: int, e: int, text: str) -> str:
    """How to read the slash pair ``t = text[s:e]`` ("3/4", "24/7"): "date", "fraction"
    ("3/4 of voters", "a ratio of 3/4") or "none" ("staffed 24/7": around the clock).
    Anything but two numbers of one or two digits is a "date", for the date rules to judge."""
    m = _PAIR.fullmatch(t)
    if m is None:
        return "date"
    back = text[max(0, s - 24) : s]
    if _RATIO_BEFORE.search(back):
        return "fraction"
    if m.group(2) in _PRICE_DENOMINATORS and _CHANGE_BEFORE.search(back):
        return "fraction"
    if _DATE_WORD_BEFORE.search(back):
        return "date"
    if t == "24/7":
        return "none"
    if _OF_AFTER.match(text, e):
        return "fraction"
    return "date"
