"""What the quote rules hand each other: a quoted run, the attribution found next to it.

Plain mutable records with slots (a long text makes thousands of them); offsets index the
text the rules read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Speaker = tuple[int, int]
"""``(start, end)`` of the words that name a speaker: "the minister", "he", "Kono"."""

QuoteKind = Literal["speech", "partial"]

FAMILY = "quote"
"""The trace family every quote rule records its decisions under."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """The words next to a quote that say who spoke, and the rule that read them.

    ``mention`` is None when the rule found a speech verb but no subject it could trust (a
    passive "was described as", a subject that was itself quoted text). ``cue`` says the
    rule saw a speech verb or "according to": a quote beside one is speech, not a scare
    quote. ``verb_end`` is where a speech verb before the quote ends (0: none). ``dropped``
    is a subject the rule read and turned down (quoted text, markup), for the trace.
    """

    mention: Speaker | None
    rule: str
    cue: bool = True
    verb_end: int = 0
    dropped: Speaker | None = None


@dataclass(slots=True)
class Quote:
    """A quoted run kept as speech.

    ``kind`` is "speech" for a quotation that stands as its own sentence or clause, and
    "partial" for quoted words inside reported speech (``said the talks would "continue to
    put pressure"``). ``shown`` is False for a partial left out by ``partial=False``: its
    speaker still tells who a later "he said" is. ``rule`` names the classify rule that kept
    it; ``attribution`` the rule that found its speaker's mention, if any.
    """

    start: int
    end: int
    kind: QuoteKind
    rule: str
    mention: Speaker | None = None
    attribution: str = ""
    shown: bool = True
