"""Seas named by their adjective: "the Mediterranean", "the Baltic", "the Adriatic"; and
"the Moon".

The word is a people's or a region's adjective before a noun ("a Mediterranean diet",
"Baltic states": NORP), and the sea itself after "the" with no noun after it ("migrants
drowned in the Mediterranean", "ships crossed the Baltic"): a LOC.

``seas_by_adjective`` is asked only of an article whose spans hold one of these words.
"""

from __future__ import annotations

from tuiread.model import Span

from .lexicon import FUNCTION_WORDS

SEA_ADJECTIVES = frozenset(
    ("Mediterranean", "Baltic", "Adriatic", "Aegean", "Arctic", "Antarctic", "Caribbean")
    # and the one heavenly body news names with "the" ("a flight around the Moon"), whose
    # word is a Korean family name elsewhere ("President Moon")
    + ("Moon",)
)
RULE = "seas:sea-by-its-adjective"
# a part of the sea between "the" and its name: "in the eastern Mediterranean"
_PARTS = frozenset(
    ("eastern", "western", "northern", "southern", "central", "east", "west", "north", "south")
)


def _after_the(text: str, start: int) -> bool:
    """Does "the", or "the" and a compass word, come right before ``start``?"""
    if text[start - 4 : start].lower() == "the ":
        return True
    space = text.rfind(" ", max(0, start - 14), start - 1)
    return (
        space >= 3
        and text[space + 1 : start - 1] in _PARTS
        and text[space - 3 : space].lower() == "the"
        and not text[space - 4 : space - 3].isalpha()
    )


def seas_by_adjective(text: str, spans: list[Span], rules: list[str]) -> None:
    """Relabel, in place, each adjective of a sea after "the" (and a compass word: "the
    eastern Mediterranean") and before no noun (a word in lower case that is no small word)
    as the sea (LOC)."""
    for k, sp in enumerate(spans):
        if sp.text not in SEA_ADJECTIVES or sp.label == "LOC":
            continue
        if not _after_the(text, sp.start):
            continue
        word = text[sp.end : sp.end + 16].split(" ", 2)[1:2]
        if word and word[0][:1].islower() and word[0].rstrip(".,;:") not in FUNCTION_WORDS:
            continue  # "the Mediterranean diet", "the Baltic states"; not "on Sunday"
        spans[k] = Span("entity", "LOC", sp.start, sp.end, sp.text, sp.value)
        rules[k] = RULE
