"""Companies named after their founder: "Chanel" beside "Coco Chanel", "Dior" beside
"Christian Dior", "Ford" beside "Henry Ford".

A person named in full lends the word alone to the person ("Michael J. Fox" ... "Fox said":
``document.finish``), even where the lists know it as a company. News names a person in full
before the surname alone; a company the body names before its founder's full name ("his
first collection for Chanel" ... "the house of Coco Chanel") is the company, in every
mention. The headline (the first line) does not count: it may use a surname first.
"""

from __future__ import annotations

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
