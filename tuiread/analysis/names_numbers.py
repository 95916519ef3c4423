"""A number that ends a name opening a sentence: "Apollo 11 landed in 1969", "Boeing 737
crashes fell". Inside a sentence the numbers engine reads a capitalised word before bare
digits as a name ("the crew of Apollo 11 landed"), but at a sentence's start any word has
its capital ("About 50 died", "Only 11 remain"), so there it keeps the count. The entity
engine knows which opening words are names: bare digits right after an organisation,
product, work or other name that opens a sentence, and before lower-case prose that they do
not count, are a word of the name.
"""

from __future__ import annotations

from tuiread.model import Span

from . import compiled
from .numbers.classify import counted_noun_after

_NAME_LABELS = frozenset(("ORG", "PRODUCT", "MISC", "WORK_OF_ART", "FAC", "EVENT"))
_DIGITS = compiled.compile(r"\d{1,4}")
_SENTENCE_START = compiled.compile(r"(?:^|[.!?\n][\"'”’)]*\s+)[\"'“‘(\[]*$")
# lower-case prose after the number: not a word that joins another number ("and 90", "to 5"),
# reads a table's row or a score ("up 28.2", "all out")
_PROSE_AFTER = compiled.compile(
    r"[ \u00a0](?!(?:and|or|to|from|by|for)[ \u00a0]\d|(?:up|down|vs|all|not|out)\b)[a-z]"
)
# a number one word on: a score, a scorecard or a part ("244 and 100-5", "3 for 45", "6 of 15")
_NUMBER_SOON_AFTER = compiled.compile(r"[ \u00a0]+[a-z]+[ \u00a0]+\d")


def numbers_ending_opening_names(
    numbers: list[Span], entities: list[Span], text: str
) -> list[Span]:
    """``numbers`` less the bare counts that end a name opening a sentence. One pass over
    both lists (each sorted by start)."""
    by_end = {e.end: e for e in entities if e.kind == "entity" and e.label in _NAME_LABELS}
    if not by_end:
        return numbers
    drop: set[int] = set()
    for n in numbers:
        if n.label != "CARDINAL" or n.start < 2 or text[n.start - 1] != " ":
            continue
        name = by_end.get(n.start - 1)
        if (
            name is None
            or not _DIGITS.fullmatch(n.text)
            or not _SENTENCE_START.search(text, max(0, name.start - 6), name.start)
            or not _PROSE_AFTER.match(text, n.end)
            or _NUMBER_SOON_AFTER.match(text, n.end)
            or counted_noun_after(text, n.end)
        ):
            continue
        drop.add(id(n))
    return [n for n in numbers if id(n) not in drop] if drop else numbers
