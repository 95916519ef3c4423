"""Highlight colours: one hue per family, a shade per label.

Mid-luminance shades so the same colours stay legible on dark and light backgrounds.
Pure data, shared by the command line output and the terminal app.
"""

from __future__ import annotations

FAMILIES: dict[str, str] = {"entity": "entities", "number": "numbers", "quote": "quotes"}

LABEL_COLOURS: dict[str, str] = {
    # entities: blues
    "PERSON": "#3a8ee6",
    "ORG": "#5b6ee1",
    "GPE": "#1d9bb5",
    "LOC": "#2aa889",
    "NORP": "#6f8fbf",
    "FAC": "#3f9fbf",
    "EVENT": "#7b68c9",
    "LAW": "#4f7fa8",
    "PRODUCT": "#5a86c5",
    "WORK_OF_ART": "#8a78d0",
    # numbers: ambers
    "CARDINAL": "#c98a1b",
    "ORDINAL": "#b8860b",
    "QUANTITY": "#d4762c",
    "MONEY": "#c9a227",
    "PERCENT": "#d0812f",
    "DATE": "#c0662b",
    "TIME": "#b55f2a",
    # quotes: magenta
    "QUOTE": "#c050b0",
}

FAMILY_COLOURS: dict[str, str] = {"entity": "#3a8ee6", "number": "#c98a1b", "quote": "#c050b0"}

NOTE_COLOURS: dict[str, str] = {
    "yellow": "#d7c22a",
    "green": "#4caf50",
    "blue": "#4a90d9",
    "pink": "#e05a9a",
    "orange": "#e08a2a",
    "purple": "#9a6ad0",
}
DEFAULT_NOTE_COLOUR = "yellow"


def label_colour(label: str, kind: str = "entity") -> str:
    return LABEL_COLOURS.get(label, FAMILY_COLOURS.get(kind, "#888888"))


def note_colour(name: str | None) -> str:
    return NOTE_COLOURS.get(name or DEFAULT_NOTE_COLOUR, NOTE_COLOURS[DEFAULT_NOTE_COLOUR])
