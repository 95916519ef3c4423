"""Names that stand for people, or for the places and people a body is named after.

Companies named after their founder: "Chanel" beside "Coco Chanel", "Dior" beside
"Christian Dior", "Ford" beside "Henry Ford"; a family named by its surname's plural ("the
Clintons", ``family_of``); the place a council or a police force is named after ("in
Kirklees" beside "Kirklees Council", ``place_of_local_body``).

A person named in full lends the word alone to the person ("Michael J. Fox" ... "Fox said":
``document.finish``), even where the lists know it as a company. News names a person in full
before the surname alone; a company the body names before its founder's full name ("his
first collection for Chanel" ... "the house of Coco Chanel") is the company, in every
mention. The headline (the first line) does not count: it may use a surname first.
"""

from __future__ import annotations

from .lexicon import FIRST_NAMES, HARD, LOC, MISC, NIL, ORG, PER
from .score import Unknown

Found = tuple[int, int, str, str, str]


def companies_before_founder(text: str, found: list[Found], full: dict[str, str]) -> set[str]:
    """The words of ``full`` read as an organisation in the body before the first mention of
    the person's full name they stand for."""
    headline_end = text.find("\n")
    if headline_end < 0:
        headline_end = 0
    first_full: dict[str, int] = {}
    keep: set[str] = set()
    for s, _, label, value, _ in found:
        if label == "ORG" and s > headline_end and value in full:
            person = full[value]
            if person == value:
                continue
            start = first_full.get(person)
            if start is None:
                start = first_full[person] = text.find(person)
            if s < start:
                keep.add(value)
    return keep


def family_of(surname: str, full: dict[str, str]) -> bool:
    """Is ``surname`` a person's, so that its plural is the family ("the Clintons", "the
    Obamas")? A surname of a full name in the article, or a person the lists know who is
    no given name ("the Bills" are a team)."""
    return surname in full or HARD.get(surname) == "PERSON" and surname not in FIRST_NAMES


# last words of bodies named by the place they serve ("Kirklees Council", "Kent Police");
# not colleges and universities, often named after a person ("Hofstra University")
LOCAL_BODY_HEADS = frozenset(("Council", "Police", "Constabulary"))


def place_of_local_body(key: str, local: set[str], u: Unknown) -> bool:
    """Is a lone word the place a local body of the article is named after ("Kirklees" of
    "Kirklees Council", in ``local``), its mentions reading as a place ("in Kirklees")?"""
    sc = u.score
    return key in local and sc[LOC] > sc[ORG] and sc[LOC] >= max(sc[PER], sc[MISC], sc[NIL])
