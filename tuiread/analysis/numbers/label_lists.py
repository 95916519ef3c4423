"""Numbers listed after a noun that names by number: "between junctions 10 and 11",
"Terminals 2 and 3", "rooms 101, 102 and 103". Each names a thing, as "junction 14" does
(``context.not_a_count``), not only the first: the others follow "and", "or", "to" or a
comma, and a plural noun names only when a list follows it ("phases 2 and 3"). Kept apart
from ``context``, which is near its size limit."""

from __future__ import annotations

import re

from .. import compiled
from .lexicon import LABEL_NOUNS

# a label noun, its first number and the list so far, ending where the next number starts
_LIST_SO_FAR = compiled.compile(
    r"\b([A-Za-z]+)[ \u00a0]\d+(?:,[ \u00a0]\d+)*,?[ \u00a0](?:and|or|to|&)[ \u00a0]$"
    r"|\b([A-Za-z]+)[ \u00a0]\d+(?:,[ \u00a0]\d+)*,[ \u00a0]$"
)
# what follows a plural noun's first number when it opens a list
_LIST_AFTER = compiled.compile(r"(?:,[ \u00a0]\d+)*,?[ \u00a0](?:and|or|to|&)[ \u00a0]\d", re.I)


def _names_by_number(word: str, plural_too: bool) -> bool:
    low = word.lower()
    return low in LABEL_NOUNS or plural_too and low[-1:] == "s" and low[:-1] in LABEL_NOUNS


def listed_label(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows "and", "or", "to" or a comma in a list that a
    label noun opens ("junctions 10 and 11", "pages 4, 5 and 6", "gates 3 to 5")."""
    m = _LIST_SO_FAR.search(text, max(0, start - 40), start)
    return m is not None and _names_by_number(m.group(1) or m.group(2), True)


def plural_label(word: str, text: str, end: int) -> bool:
    """Whether ``word``, the plural of a label noun before the number ending at ``end``,
    opens a list of names ("Terminals 2 and 3"), which a count does not follow."""
    return _names_by_number(word, True) and _LIST_AFTER.match(text, end) is not None
