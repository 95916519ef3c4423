"""Direct quotations, partial quotations inside reported speech, and who said them.

The rules, in the order they apply (one module each):

1. ``pairing``: pair the quotation marks into quoted runs.
2. ``classify``: speech, partial quote in reported speech, or a scare quote, term or title.
3. ``attribution``: the words next to a quote that name its speaker.
4. ``speakers``: from those words to a canonical name.
5. ``carry``: quotes with no attribution of their own take their neighbours' speaker.

None of them loops over the text character by character in Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuiread.model import Span

from ..trace import Trace
from .carry import carry
from .classify import classify
from .lexicon import ANY_MARK
from .pairing import pair_marks
from .speakers import Resolver

__all__ = ["find_quotes"]


def find_quotes(
    text: str,
    entities: Sequence[Span] = (),
    *,
    partial: bool = True,
    trace: Trace | None = None,
) -> list[Span]:
    """Direct quotations in ``text`` as spans of kind "quote" with their speakers.

    ``entities`` are the entity spans of the same text (optional): their ``value`` gives
    canonical names for speakers. ``partial`` keeps quoted fragments that start a clause of
    reported speech (``said the authorities would "continue to put pressure ..."``).
    """
    if not text or not any(c in text for c in ANY_MARK):
        return []
    pairs = pair_marks(text)
    if not pairs:
        return []
    found, reported = classify(text, pairs, partial)
    return carry(text, found, reported, Resolver(text, entities))
