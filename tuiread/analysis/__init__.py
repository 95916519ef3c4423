"""Text -> spans: entities (who, where), numbers (how much, when) and quotes (who said what).

Pure and deterministic: no I/O beyond reading the shipped word lists once, no Textual.
"""

from __future__ import annotations

from tuiread.model import Span

from .entities import find_entities
from .numbers import find_numbers
from .quotes import find_quotes

__all__ = ["analyze", "find_entities", "find_numbers", "find_quotes"]


def analyze(text: str) -> list[Span]:
    """Every span in ``text``, sorted by start (then longest first)."""
    if not text:
        return []
    entities = find_entities(text)
    spans = [*entities, *find_numbers(text), *find_quotes(text, entities)]
    spans.sort(key=lambda s: (s.start, -s.end, s.kind))
    return spans
