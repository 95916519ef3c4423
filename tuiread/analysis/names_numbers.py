"""A number that ends a name opening a sentence: "Apollo 11 landed in 1969", "Boeing 737
crashes fell". Inside a sentence the numbers engine reads a capitalised word before bare
digits as a name ("the crew of Apollo 11 landed"), but at a sentence's start any word has
its capital ("About 50 died", "Only 11 remain"), so there it keeps the count. The entity
engine knows which opening words are names: bare digits right after an organisation,
product, work or other name that opens a sentence, and before lower-case prose that they do
not count, are a word of the name.

And a capitalised ordinal before a capitalised word that opens a title or a name ("First
Minister John Swinney", "the First Lady") is a word of it, not a count
(``ordinals_opening_titles``).
"""

from __future__ import annotations

from tuiread.model import Span

from . import compiled
from .entities.lexicon import CALENDAR_NAMES
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
        # (the name before it first: one look-up turns down nearly every number)
        name = by_end.get(n.start - 1)
        if name is None or n.label != "CARDINAL" or n.start < 2 or text[n.start - 1] != " ":
            continue
        if (
            not _DIGITS.fullmatch(n.text)
            or not _SENTENCE_START.search(text, max(0, name.start - 6), name.start)
            or not _PROSE_AFTER.match(text, n.end)
            or _NUMBER_SOON_AFTER.match(text, n.end)
            or counted_noun_after(text, n.end)
        ):
            continue
        drop.add(id(n))
    return [n for n in numbers if id(n) not in drop] if drop else numbers


# the word before a capitalised ordinal that leaves it a title's first word: none (the line
# opens with it), an article, or any word in lower case (not a headline in title case)
_TITLE_LEAD = compiled.compile(r"(?:^|[\n.!?:;,(\"“] *|\b(?:[Tt]he|[Aa]n?|[a-z][\w'’-]*) )$")
_CAPITALISED_WORD_AFTER = compiled.compile(r" [A-Z][a-z]")
# a person's name after the title word: "First Lady Jill Biden", "First Minister John Swinney"
_NAME_AFTER_TITLE = compiled.compile(r",? [A-Z][a-z]+ [A-Z][a-z]")
# words after an ordinal that make a period of time ("First Half" over a table of results)
_CALENDAR_WORDS = CALENDAR_NAMES | frozenset(("Half", "Quarter", "Week", "Year"))


def ordinals_opening_titles(numbers: list[Span], text: str) -> list[Span]:
    """``numbers`` less a capitalised ordinal word that opens a title or a name with the
    capitalised word after it: "First Minister John Swinney", "the First Lady", "the Second
    Division", "First Secretary of State". Mid-sentence an ordinal that counts is written in
    lower case ("the first minister to resign"); in a headline in title case ("Apple Posts
    First Quarterly Loss") every word has its capital, and the ordinal stays. Opening a
    sentence any word has its capital, so there the title must come with a name ("First Lady
    Jill Biden"; "Ninth Meeting of the Partnership" and "First Chang approached" keep theirs)."""
    drop: set[int] = set()
    for n in numbers:
        t = n.text
        if (
            n.label != "ORDINAL"
            or not t[:1].isupper()
            or not t[1:].islower()
            or not t.isalpha()
            or not _CAPITALISED_WORD_AFTER.match(text, n.end)
        ):
            continue
        after = text[n.end + 1 : n.end + 24].split(" ", 1)[0].rstrip(",.;:")
        if after in _CALENDAR_WORDS:
            continue
        lead = _TITLE_LEAD.search(text, max(0, n.start - 24), n.start)
        if lead is None:
            continue
        if lead.group().strip(' "“(') in ("", ".", "!", "?", ":", ";", ",") and not (
            _NAME_AFTER_TITLE.match(text, n.end + 1 + len(after))
        ):
            continue  # opening a sentence: "First Lady Jill Biden", not "Ninth Meeting of"
        drop.add(id(n))
    return [n for n in numbers if id(n) not in drop] if drop else numbers
