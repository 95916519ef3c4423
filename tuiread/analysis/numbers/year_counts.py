"""A four-digit number read as a year that counts: "2000 people", "more than 2000"; the
context rules :func:`year_or_count` and :func:`compared_year_is_count` (moved here from
``context``, which passed 800 lines)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import compiled
from .atoms import NUMBER, YEAR, Atom
from .endings import MODIFIERS, PREFIX_COMPARE
from .lexicon import IRREGULAR_PLURALS, LABEL_NOUNS
from .patterns import S, words
from .verb_cues import noun_before_up_to

if TYPE_CHECKING:
    from .context import Before

_YEAR_WORD_BEFORE = compiled.compile(rf"\b(?:in|by|until|till|year){S}$")
# a plural noun: an "-s" ("2000 homes") or one without ("2000 people", "2000 children")
_PLURAL_AFTER = compiled.compile(
    rf"{S}(?!(?:sales|gains|losses|levels|results|figures|earnings|elections|games|olympics)\b)"
    rf"(?:[a-z]+[^s\W]?s|{words(IRREGULAR_PLURALS)})\b"
)


def year_or_count(a: Atom, before: Before, text: str) -> str | None:
    """A bare four-digit "year" that counts: above 2100 (unless "in 2150"), or a round
    hundred before a plural noun ("2000 homes", "2000 people", not "2000 elections")."""
    if before.kind is not YEAR or a.kind is not YEAR or a.start != a.end - 4:
        return None
    y = int(text[a.start : a.end]) if text[a.start : a.end].isdigit() else 0
    lo = before.lo
    if (
        y > 2100
        and not _YEAR_WORD_BEFORE.search(text[lo : a.start])
        or (y % 100 == 0 and _PLURAL_AFTER.match(text, a.end))
    ):
        a.label, a.value, a.kind = "CARDINAL", str(y), NUMBER
        return "a count, not a year"
    a.value = str(y)
    return None


_DATE_WORD_BEFORE_MODIFIER = compiled.compile(
    rf"\b(?:until|till|since|by|before|after|from|through){S}$", re.I
)


def compared_year_is_count(a: Atom, before: Before, text: str) -> str | None:
    """A four-digit number after a comparative is a count: "more than 2000" (but "over
    2008", "under 1990" and "the run-up to 2024" stay years). After a word that places a date, a modifier such
    as "at least" or "about" modifies the date: "until at least 2008" is a date."""
    if a.kind is not YEAR or a.start != a.end - 4:
        return None
    mod = MODIFIERS.search(text, before.lo, a.start)
    if mod:
        place = _DATE_WORD_BEFORE_MODIFIER.search(text, max(0, mod.start() - 12), mod.start())
        if place:
            a.start = place.start()
            return "a date: a modifier after a word that places it"
    if not before.comparative:
        return None
    m = PREFIX_COMPARE.search(text, before.lo, a.start)
    if (
        m
        and not m.group().lower().startswith(("over", "under"))
        and not noun_before_up_to(text, m.start())
    ):
        a.kind, a.label = NUMBER, "CARDINAL"
        return "a count after a comparative"
    return None


def year_after_label(a: Atom, text: str) -> bool:
    """Whether the four digits at ``a`` follow a noun that names by number (the label nouns
    of ``not_a_count``): "Flight 1282 had left Portland", "US Airways flight 1549", "Room
    1204", "Section 1983": the name's number, no year (three digits were already no count:
    "Flight 370"). The caller has seen a blank before the digits."""
    s = a.start
    lo = max(0, s - 14)
    k = text.rfind(" ", lo, s - 1)
    if k < 0 and lo:
        return False  # (a long word: no label noun)
    return s >= 3 and text[k + 1 : s - 1].lower() in LABEL_NOUNS
