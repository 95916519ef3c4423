"""Years of an era: "AD 79", "44 BC", "500 BCE", "AD 1066" are dates, not counts.

The grammar reads a year in figures as a date only with four digits; a year written with
its era's mark may have fewer, and the mark says it is a year whatever its length. The
value is the TIMEX3 year: "0079" after Christ, "BC0044" before.
"""

from __future__ import annotations

from .. import compiled
from .atoms import DATE, NUMBER, Atom

_AFTER = compiled.compile(r" (BCE|BC|AD|CE)\b(?![-'’]\w)")
_BEFORE = compiled.compile(r"\bAD $")
_BEFORE_CHRIST = frozenset(("BC", "BCE"))
_MARKS_AFTER = frozenset((" BC", " AD", " CE"))


def join_eras(atoms: list[Atom], text: str) -> list[Atom]:
    """``atoms`` with each whole number that an era's mark follows ("44 BC") or that "AD"
    precedes ("AD 79") made a DATE atom with its year's value. A slice beside each number
    is looked at first (no search of the whole text: most texts name no era)."""
    out = atoms
    for k, a in enumerate(atoms):
        after = text[a.end : a.end + 3]
        if after not in _MARKS_AFTER and text[a.start - 3 : a.start] != "AD ":
            continue
        if a.kind is not NUMBER or a.is_range or not text[a.start : a.end].isdigit():
            continue
        year = int(text[a.start : a.end])
        if not 0 < year < 10_000:
            continue
        start, end = a.start, a.end
        m = _AFTER.match(text, a.end)
        if m is not None:
            end = m.end()
            era = m.group(1)
        elif _BEFORE.search(text, max(0, a.start - 3), a.start) is not None:
            start = a.start - 3
            era = "AD"
        else:
            continue
        value = f"BC{year:04d}" if era in _BEFORE_CHRIST else f"{year:04d}"
        why = None if a.why is None else [("join:era", era)]
        if out is atoms:
            out = list(atoms)
        out[k] = Atom(start, end, DATE, "DATE", value, why=why)
    return out
