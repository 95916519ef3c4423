"""Named wildfires: "the Sunshine Fire", "the Camp Fire", "the Dixie Complex Fire".

Fire services name a wildfire after where it started, and the name reads as a place, a
person or a company alone ("Marshall", "Sunshine"), while "Fire" is a word that is no name
by itself. In a story about a wildfire (``FIRE_CUES``), "the" + one or two capitalised words
+ "Fire" is one name, an EVENT as OntoNotes has it. Not a fire service ("the Boulder Fire
Department", "Fire and Rescue"), a team or a band elsewhere ("the Chicago Fire", no acres
burnt), nor "the Great Fire of London" cut short.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .lexicon import FUNCTION_WORDS
from .overlay import overlay

# a story about a wildfire says one of these; only then is the rule asked
FIRE_CUES = ("wildfire", "acres", "hectares", "blaze", "firefighters", "evacuat")
RULE = "fires:named-wildfire"
_FIRE = compiled.compile(
    r"\b[Tt]he ([A-Z][a-z]+(?: [A-Z][a-z]+)?(?: Complex)? Fire)\b(?! (?:of|and|&|[A-Z]))"
)


def named_fires(text: str, spans: list[Span], rules: list[str]) -> tuple[list[Span], list[str]]:
    """The spans with each named wildfire one EVENT span and the names inside it gone; the
    rules beside them. New lists only when a fire is named."""
    fires = [
        m.span(1)
        for m in _FIRE.finditer(text)
        if m.group(1).split(" ", 1)[0].lower() not in FUNCTION_WORDS
    ]
    if not fires:
        return spans, rules
    return overlay(text, spans, rules, fires, "EVENT", RULE)
