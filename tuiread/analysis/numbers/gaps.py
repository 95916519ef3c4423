"""The words between two neighbouring atoms (the *gap*), read once: which joining rules may
apply across them (:mod:`.joins`). A range word ("-", "to", "and") opens the range rules,
nothing, a comma, "at", "on" the side-by-side rules, a linking word ("from", "before") the
linked ones; any other words join nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .. import compiled
from .atoms import Atom
from .patterns import S0, S

_RANGE_GAP = compiled.compile(
    rf"^{S0}(?:-|–|—|~|to|till|until|thru|through|and)(?:{S}the)?{S0}$", re.I
)
_JOIN_GAP = compiled.compile(rf"^{S0}(?:,|at|on|around|about|-|of|in)?{S0}$", re.I)

_GAP_WORDS = frozenset(
    {
        "",
        ",",
        "-",
        "–",
        "—",
        "~",
        "to",
        "till",
        "until",
        "thru",
        "through",
        "and",
        "at",
        "on",
        "around",
        "about",
        "of",
        "in",
        "from",
        "between",
        "before",
        "after",
        "by",
        "for",
        "since",
        "starting",
        "starting from",
        "starting on",
    }
    | {f"{w} the" for w in ("-", "–", "—", "~", "to", "till", "until", "thru", "through", "and")}
)


class Gap(NamedTuple):
    """The words between two atoms: ``words`` in lower case with single spaces; ``is_range``
    for a range word ("-", "to", "and"), ``is_join`` for nothing, a comma, "at", "on"..."""

    words: str
    is_range: bool
    is_join: bool


_GAPS: dict[str, Gap | None] = {}  # gap text -> its reading (None: no rule joins across it)


def read_gap(gap: str) -> Gap | None:
    """The reading of the text between two atoms, or None when no rule joins across it."""
    if gap in _GAPS:
        return _GAPS[gap]
    g = " ".join(gap.lower().split())
    known = (
        None
        if g not in _GAP_WORDS or "\n" in gap
        else Gap(g, _RANGE_GAP.match(gap) is not None, _JOIN_GAP.match(gap) is not None)
    )
    if len(_GAPS) < 10000:
        _GAPS[gap] = known
    return known


# a joining rule: two atoms, the gap between them and the text -> the joined atom, or None
Rule = Callable[[Atom, Atom, Gap, str], "Atom | None"]
