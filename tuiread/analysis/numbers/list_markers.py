"""List markers: "1. Buy a travel card.", "2) Ride the tram early." number the items of a
list, they count nothing a reader looks for; a figure of one or two digits opening a line
of prose, before a full stop or a bracket, a blank and a capital, is one, and goes.
"""

from __future__ import annotations

from .atoms import NUMBER, Atom

_MARK_ENDS = frozenset((". ", ") "))
_SENTENCE_ENDS = frozenset('.!?"”’')


def list_marker(a: Atom, text: str) -> bool:
    """Does ``a`` number an item of a list?"""
    s = a.start
    return (
        (s == 0 or text[s - 1] == "\n")
        and a.kind is NUMBER
        and a.end - s <= 2
        and text[s : a.end].isdigit()
        and text[a.end : a.end + 2] in _MARK_ENDS
        and text[a.end + 2 : a.end + 3].isupper()
        and _item_is_prose(text, a.end)
    )


def _item_is_prose(text: str, at: int) -> bool:
    """Does the line from ``at`` end as a sentence does ("Buy a travel card.")? A line of
    results ("1. Michelle Freeman (Jamaica) 12.71 seconds") ends on its figure: there the
    number is the place in the ranking, which a reader looks for."""
    end = text.find("\n", at)
    line = text[at : end if end != -1 else len(text)].rstrip()
    return line[-1:] in _SENTENCE_ENDS


def drop_list_markers(atoms: list[Atom], text: str) -> list[Atom]:
    """``atoms`` less the numbers that mark the items of a list."""
    if not any((a.start == 0 or text[a.start - 1] == "\n") and list_marker(a, text) for a in atoms):
        return atoms  # (a character before each atom first: most open no line)
    return [a for a in atoms if not list_marker(a, text)]
