"""Numbers a tokeniser split at their point or comma ("14 . 8 %", "80 , 000"), put back
together: the first rule ``joins.join_pair`` tries on two neighbouring atoms."""

from __future__ import annotations

from .. import compiled
from .atoms import MEASURE, NUMBER, YEAR, Atom
from .values import format_value

_LEADING_DIGITS = compiled.compile(r"\d+")


def join_split_number(a: Atom, b: Atom, text: str) -> Atom | None:
    """Treebank-tokenised text splits a number at its point or comma: "14 . 8 %",
    "1 . 6 billion", "80 , 000". Join the halves; the second half keeps its kind and unit."""
    at = text[a.start : a.end]
    if (
        not (at.isdigit() and len(at) <= 4)
        or a.kind is not NUMBER
        or b.kind not in (NUMBER, MEASURE, YEAR)
        or not b.value
    ):
        return None
    m = _LEADING_DIGITS.match(text, b.start)
    if m is None:
        return None
    digits = m.group()
    try:
        scale = float(b.value) / float(digits) if float(digits) else 1.0
    except ValueError:
        return None
    if text[a.end + 1] == ",":
        if len(digits) != 3 or b.kind is YEAR or b.value != digits.lstrip("0") and b.value != "0":
            return None
        v = float(at + digits)
    else:
        v = float(f"{at}.{digits}") * scale
    if b.kind is YEAR:
        return Atom(a.start, b.end, NUMBER, "CARDINAL", format_value(v), b.unit)
    return Atom(a.start, b.end, b.kind, b.label, format_value(v), b.unit)
