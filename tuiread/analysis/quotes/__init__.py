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

Beside them, ``transcript``: the turns of a printed interview or transcript ("Q: ..." /
"A: ...", "SMITH: ..."), speech without quotation marks, each turn quoted whole.

Shared by all: ``lexicon`` (word lists, patterns), ``text`` (bounded readers of the text),
``subjects`` (reading a subject word by word), ``names`` (the shape of a name in a
speaker's words) and ``records`` (what the rules pass on).

Every rule looks a bounded distance around a quote and no rule loops over the text
character by character in Python, so the work grows with the text, whatever is in it. With
a :class:`~tuiread.analysis.trace.Trace`, each rule records what it kept and turned down
(``python -m tuiread.analysis explain``).
"""

from __future__ import annotations

from bisect import bisect_right
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
from .transcript import transcript_turns

__all__ = ["find_quotes"]


def find_quotes(
    text: str,
    entities: Sequence[Span] = (),
    *,
    partial: bool = True,
    trace: Trace | None = None,
    titles: list[tuple[int, int]] | None = None,
) -> list[Span]:
    """Quotations in ``text`` as spans of kind "quote", in text order, with their speakers.

    ``entities`` are the entity spans of the same text (optional): their ``value`` gives
    canonical names for speakers. ``partial=False`` leaves out partial quotes inside
    reported speech (``said the authorities would "continue to put pressure ..."``), for
    a reader who wants only quotations that stand on their own; their speakers still tell
    who a later "he said" is. ``trace`` collects each rule's decisions. ``titles``, when
    given, receives the quoted runs read as titles of works, not speech (marks included).
    """
    if not text:
        return []
    found = _marked(text, entities, partial, trace, titles)
    if "\n" in text and ":" in text:
        found = _with_turns(text, found, entities, trace)
    return found


def _with_turns(
    text: str, found: list[Span], entities: Sequence[Span], trace: Trace | None
) -> list[Span]:
    """``found`` with the turns of any printed interview or transcript in ``text``; a
    quotation inside a turn is part of the turn's speech, and gives way to it."""

    def resolver() -> Resolver:
        runs = QuotedRuns(pair_marks(text) if any(c in text for c in ANY_MARK) else [])
        return Resolver(text, entities, runs)

    turns = transcript_turns(text, entities, resolver, trace)
    if not turns:
        return found
    starts = [t.start for t in turns]
    kept = []
    for q in found:
        k = bisect_right(starts, q.start) - 1
        if k < 0 or turns[k].end <= q.start:
            kept.append(q)
    return sorted(kept + turns, key=lambda q: q.start)


def _marked(
    text: str,
    entities: Sequence[Span],
    partial: bool,
    trace: Trace | None,
    titles: list[tuple[int, int]] | None = None,
) -> list[Span]:
    """The quotations in quotation marks (and into ``titles`` the runs read as titles)."""
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
    if titles is not None:
        titles += runs.titles
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
    found = _marked(curly, entities, partial, trace)
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
