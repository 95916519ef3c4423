"""Proportions written with "in": "one in five adults", "1 in 4 voters"; and fractions of a
percentage point (:func:`join_point_fractions`).

The grammar reads "nine out of 10" whole; "in" is too common a word for the grammar to try
at every number, so the two numbers are found as atoms and joined here when they read as a
share: the first smaller than the second (and a single figure, unless the second is a round
ten, hundred or thousand), nothing but "in" between them, and a counted noun or the end
of a clause after the second ("one in five adults", "about 1 in 4."). The
value is the share ("0.2"), as the grammar gives "nine out of 10" 0.9.
"""

from __future__ import annotations

import re

from .. import compiled
from .atoms import MEASURE, NUMBER, Atom
from .values import format_value, parse_number

_GAPS = frozenset((" in ", "-in-"))
_CLAUSE_ENDS = frozenset(".,;:)")
_MAX_DENOMINATOR = 1000  # "one in a thousand" and smaller shares; larger are odds, not news
# a share is a small number of a few, or any number of a round ten, hundred or thousand
_ROUND = frozenset((10, 100, 1000))


def join_proportions(atoms: list[Atom], text: str) -> list[Atom]:
    """``atoms`` with each "X in Y" share made one atom (see the module docstring)."""
    if len(atoms) < 2 or (" in " not in text and "-in-" not in text):
        return atoms
    out: list[Atom] = []
    i = 0
    n = len(atoms)
    while i < n:
        a = atoms[i]
        if i + 1 < n:
            b = atoms[i + 1]
            value = share(a, b, text)
            if value is not None:
                why = None if a.why is None else [("join:proportion", "one number in another")]
                out.append(Atom(a.start, b.end, NUMBER, "CARDINAL", value, why=why))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def share(a: Atom, b: Atom, text: str) -> str | None:
    """The value of "``a`` in ``b``" as a share, or None when the two are no proportion."""
    if a.kind is not NUMBER or b.kind is not NUMBER or a.is_range or b.is_range:
        return None
    if text[a.end : b.start] not in _GAPS:
        return None
    num, den = a.value, b.value
    if num is None or den is None or not num.isdigit() or not den.isdigit():
        return None
    top, bottom = int(num), int(den)
    if not 0 < top < bottom <= _MAX_DENOMINATOR:
        return None
    if top > 9 and bottom not in _ROUND:
        return None  # "24 in 48 balls": runs in a spell of the game, not a share
    if a.start and (text[a.start - 1].isdigit() or text[a.start - 1] in "-–"):
        return None  # a score or a range runs into it
    after = text[b.end : b.end + 2]
    if not after or after[0] not in _CLAUSE_ENDS and not (after[0] == " " and after[1:].isalpha()):
        return None  # (a fragment ending on the number says nothing of what it counts)
    return format_value(top / bottom)


# a fraction before "(of) a percentage point", "a half-percentage point": the window before
# "percentage point" ends with it
_FRACTION_OF_APOINT = compiled.compile(
    r"(?<![\w-])((?:(?:an?|one|two|three|four|five|six|seven|eight|nine)[ -])?"
    r"(?:half|quarters?|thirds?|fifths?|tenths?|hundredths?))(?:[ -]of[ -]an?|[ -]an?)?[ -]$",
    re.I,
)
POINT = "percentage point"
POINT_REACH = 30  # characters before "percentage point" that its fraction may take


def join_point_fractions(atoms: list[Atom], low: str) -> list[Atom]:
    """A fraction of a percentage point is a percentage, as "0.25 percentage point" is: "a
    quarter of a percentage point" (0.25 %, was the count "a quarter"), "half a percentage
    point", "two-tenths of a percentage point", "a half-percentage point". Central banks'
    and statisticians' news writes changes of rates so. Only texts with a percentage or a
    share among their atoms are searched for "percentage point" (a text on rates gives
    one), and read at each place they say it; ``low`` is the text in small letters."""
    for a in atoms:  # (a text that says "percentage point" gives a percentage or a share)
        if a.label == "PERCENT" or a.value is not None and a.value[:2] == "0.":
            break
    else:
        return atoms
    k = low.find(POINT)
    if k < 0:
        return atoms
    found: list[Atom] = []
    while k >= 0:
        m = _FRACTION_OF_APOINT.search(low, max(0, k - POINT_REACH), k)
        v = parse_number(m.group(1).replace("-", " ")) if m else None
        if m and v is not None and v < 1:
            e = k + len(POINT) + (1 if low.startswith("s", k + len(POINT)) else 0)
            found.append(Atom(m.start(), e, MEASURE, "PERCENT", format_value(v), "%"))
        k = low.find(POINT, k + len(POINT))
    if not found:
        return atoms
    kept = [a for a in atoms if not any(a.start < f.end and f.start < a.end for f in found)]
    return sorted(kept + found, key=lambda a: a.start)
