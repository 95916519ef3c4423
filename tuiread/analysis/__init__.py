"""Text -> spans: entities (who, where), numbers (how much, when) and quotes (who said what).

Pure and deterministic: no I/O beyond reading the shipped word lists once, no Textual.
"""

from __future__ import annotations

from operator import attrgetter

from tuiread.gcpause import cyclic_gc_paused
from tuiread.model import Span

from .entities import find_entities
from .numbers import find_numbers
from .quotes import find_quotes

__all__ = ["analyze", "find_entities", "find_numbers", "find_quotes"]

_KIND, _START, _END = attrgetter("kind"), attrgetter("start"), attrgetter("end")


def analyze(text: str) -> list[Span]:
    """Every span in ``text``, sorted by start (then longest first, then by kind)."""
    if not text:
        return []
    with cyclic_gc_paused():
        entities = find_entities(text)
        spans = [*entities, *find_numbers(text), *find_quotes(text, entities)]
        # three stable sorts on C-level keys: ~5x faster than one sort on built tuples
        spans.sort(key=_KIND)
        spans.sort(key=_END, reverse=True)
        spans.sort(key=_START)
    return spans
