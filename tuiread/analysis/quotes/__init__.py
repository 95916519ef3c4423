"""Direct quotations, partial quotations inside reported speech, and who said them.

The rules, in the order they apply (one module each):

1. ``pairing``: pair the quotation marks into quoted runs (nested, mixed, unbalanced, and
   quotes that run on over paragraphs with an opening mark at each one).
2. ``classify``: is a run speech? A run that stands as its own sentence or clause is a
   quotation; quoted words inside a sentence that reports speech are a partial quote
   (``said the talks would "continue to put pressure"``, ``called the plan a "disaster"``),
   however long; scare quotes, names and titles in quotation marks are not speech.
3. ``attribution``: the words next to a quote that name its speaker, the nearest that
   grammar allows (``," X said``, ``X told ... that "``, ``..., adding "``, ``according to``).
4. ``speakers``: from those words to a canonical name: pronouns to the subject they stand
   for, titles and surnames to the full name (the entity spans' ``value``, else the text),
   documents ("the statement") to the body that issued them.
5. ``carry``: quotes with no attribution of their own take their neighbours' speaker, and
   the spans are made, each with ``speaker`` (canonical) beside ``speaker_mention`` (the
   words in the text, at ``speaker_start``..``speaker_end``).

Shared by all: ``lexicon`` (word lists, patterns), ``text`` (bounded readers of the text),
``subjects`` (reading a subject word by word), ``names`` (the shape of a name in a
speaker's words) and ``records`` (what the rules pass on).

Every rule looks a bounded distance around a quote and no rule loops over the text
character by character in Python, so the work grows with the text, whatever is in it. With
a :class:`~tuiread.analysis.trace.Trace`, each rule records what it kept and turned down
(``python -m tuiread.analysis explain``).
"""

from __future__ import annotations

from collections.abc import Sequence

from tuiread.model import Span

from .. import compiled
from ..trace import Trace
from .carry import carry
from .classify import classify
from .lexicon import ANY_MARK
from .pairing import pair_marks
from .speakers import Resolver
from .text import QuotedRuns

__all__ = ["find_quotes"]


def find_quotes(
    text: str,
    entities: Sequence[Span] = (),
    *,
    partial: bool = True,
    trace: Trace | None = None,
) -> list[Span]:
    """Quotations in ``text`` as spans of kind "quote", in text order, with their speakers.

    ``entities`` are the entity spans of the same text (optional): their ``value`` gives
    canonical names for speakers. ``partial=False`` leaves out partial quotes inside
    reported speech (``said the authorities would "continue to put pressure ..."``), for
    a reader who wants only quotations that stand on their own; their speakers still tell
    who a later "he said" is. ``trace`` collects each rule's decisions.
    """
    if not text:
        return []
    if not any(c in text for c in ANY_MARK):
        if "'" in text and "’" not in text and "''" not in text:
            # ("''" is the double mark of archive copy: ''WHAT?'' with 'nested' inside)
            return _in_straight_singles(text, entities, partial, trace)
        return []
    pairs = pair_marks(text, trace)
    if not pairs:
        return []
    runs = QuotedRuns(pairs)
    quotes = classify(text, runs, partial=partial, trace=trace)
    if not quotes:
        return []
    return carry(text, quotes, runs, Resolver(text, entities, runs), trace)


# A straight single mark that opens a quotation: at a line's start or after a space, a
# bracket or a dash, before a word; not the elision of "the '90s", "rock 'n' roll", "'em".
# The mark comes first and the look back after it (no character before it that is not
# one of those), so the regex engine skips from mark to mark instead of trying every
# position of the text.
_OPENING_SINGLE = compiled.compile(
    r"'(?<![^\s(\[—–]')(?=[^\s'\d])(?!(?:em|til|cause|n|tis|twas)\b)"
)


def _in_straight_singles(
    text: str, entities: Sequence[Span], partial: bool, trace: Trace | None
) -> list[Span]:
    """Quotations of a text written with straight single marks only ('We will fix the
    foundations,' the Chancellor said), as plain-text British news sets them: the marks
    are read as the curly pair (an opening one as ‘, every other as ’, the apostrophe's
    own form), which the rules pair like any single-marked quote; the offsets do not move,
    and the spans are given back with the text's own characters."""
    curly = _OPENING_SINGLE.sub("‘", text).replace("'", "’")
    found = find_quotes(curly, entities, partial=partial, trace=trace)
    return [
        Span(
            q.kind,
            q.label,
            q.start,
            q.end,
            text[q.start : q.end],
            speaker=None if q.speaker is None else q.speaker.replace("’", "'"),
            speaker_start=q.speaker_start,
            speaker_end=q.speaker_end,
            speaker_mention=None
            if q.speaker_mention is None
            else q.speaker_mention.replace("’", "'").replace("‘", "'"),
        )
        for q in found
    ]
