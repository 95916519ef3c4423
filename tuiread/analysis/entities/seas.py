"""Seas named by their adjective: "the Mediterranean", "the Baltic", "the Adriatic".

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
)
RULE = "seas:sea-by-its-adjective"


def seas_by_adjective(text: str, spans: list[Span], rules: list[str]) -> None:
    """Relabel, in place, each adjective of a sea after "the" and before no noun (a word in
    lower case that is no small word) as the sea (LOC)."""
    for k, sp in enumerate(spans):
        if sp.text not in SEA_ADJECTIVES or sp.label == "LOC":
            continue
        if text[sp.start - 4 : sp.start].lower() != "the ":
            continue
        word = text[sp.end : sp.end + 16].split(" ", 2)[1:2]
        if word and word[0][:1].islower() and word[0].rstrip(".,;:") not in FUNCTION_WORDS:
            continue  # "the Mediterranean diet", "the Baltic states"; not "on Sunday"
        spans[k] = Span("entity", "LOC", sp.start, sp.end, sp.text, sp.value)
        rules[k] = RULE
