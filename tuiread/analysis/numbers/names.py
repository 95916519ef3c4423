"""Number words that are part of a proper name: "the Six Nations", "the Big Ten", "Formula
One", "the Gang of Eight", "Ocean's Eleven". News writes a count in lower case inside a
sentence ("six people"), so a capitalised number word there, next to another capitalised word,
is part of a name and no quantity. At a sentence's start the capital says nothing ("Six people
died", "Four of the men"), nor in a headline set in title case ("Police Say Six Killed")."""

from __future__ import annotations

from .. import compiled
from .atoms import MEASURE, NUMBER, Atom
from .lexicon import ONES, TENS

_CARDINAL_WORDS = frozenset(w for w in (*ONES, *TENS) if w.isalpha() and w != "zero")
_FIRST_WORD = compiled.compile(r"[A-Z][a-z]+")
# what opens a sentence, a quotation or a bracket just before a word
_OPENS = compiled.compile(r"(?:^|[.!?:;\n][\"'”’)]*\s+)[\"'“‘`(\[]*$|[\"'“‘`(\[]$")
# a capitalised word just before ("Big ", "Ocean's ", "Gang of ")
_NAME_BEFORE = compiled.compile(r"[A-Z][\w'’.&-]*[ \u00a0](?:of[ \u00a0])?$")
_NAME_AFTER = compiled.compile(r"[ \u00a0][A-Z][a-z]")
# a lower-case word that title case would capitalise: the text around is prose
_PROSE_WORD = compiled.compile(
    r"(?<![\w'’-])(?!(?:a|an|and|as|at|but|by|for|from|in|is|of|on|or|the|to|vs|with)\b)"
    r"[a-z]{2,}"
)
_REACH = 80


def number_in_name(a: Atom, text: str) -> bool:
    """A capitalised number word inside a sentence that is part of a name: after a capitalised
    word ("the Big Ten", "Formula One", "Ocean's Eleven", "the Gang of Eight", "Big Six won")
    or before one ("the Six Nations", "the Three Lions"): no count. Only cardinals and money
    read from such a word; never at the start of a sentence, a quotation or a bracket, and
    never in a line set in title case, where every word has its capital."""
    if a.kind is not NUMBER and not (a.kind is MEASURE and a.label == "MONEY"):
        return False  # (dates, the most of capitalised atoms, go first and cheaply)
    s = a.start
    m = _FIRST_WORD.match(text, s)
    if m is None or m.group().lower() not in _CARDINAL_WORDS:
        return False
    e = m.end()
    if s == 0 or _OPENS.search(text, max(0, s - 6), s):
        return False
    before = _NAME_BEFORE.search(text, max(0, s - 30), s)
    if before is None and (_NAME_AFTER.match(text, e) is None or not text[s - 2 : s - 1].isalpha()):
        return False  # (after a dateline's date: "DUBAI 1996-08-22 Three Afghan guards")
    lo = max(0, s - _REACH)
    lo = text.rfind("\n", lo, s) + 1 or lo  # the line's start, within reach
    hi = text.find("\n", e, e + _REACH)
    hi = e + _REACH if hi < 0 else hi
    around = _PROSE_WORD.search(text, lo, s) or _PROSE_WORD.search(text, e, hi)
    return around is not None
