"""Number words inside a compound adjective: "a third-party contractor", "second-hand cars",
"first-class mail", "a third-degree burn", "to second-guess", "first-time buyers". The rank
or the fraction is part of the adjective, nothing a reader looks for, and goes; a number that
counts or measures ("an eight-person committee", "a two-hour wait", "third-quarter profit") stays.
"""

from __future__ import annotations

from .atoms import Atom

# the second words of compound adjectives that a number word opens
_SECOND_WORDS = frozenset(
    """
    party parties hand rate class degree person world string tier guess guessed guessing
    time timer timers
    """.split()  # noqa: SIM905
)


# the number words that open such adjectives: ranks and fractions ("an eight-person
# committee" counts its people)
_FIRST_WORDS = frozenset(("first", "second", "third", "fourth", "fifth", "half", "quarter"))


def in_compound(a: Atom, text: str) -> bool:
    """Is ``a``, a rank or a fraction in words, the first half of a compound adjective?"""
    e = a.end
    if text[e : e + 1] != "-" or not text[e - 1 : e].isalpha():
        return False
    if text[a.start : e].rsplit(" ", 1)[-1].lower() not in _FIRST_WORDS:
        return False
    k = e + 1
    while k < len(text) and text[k].isalpha():
        k += 1
    return text[e + 1 : k].lower() in _SECOND_WORDS


def drop_compound_words(atoms: list[Atom], text: str) -> list[Atom]:
    """``atoms`` less the number words that open a compound adjective."""
    if "-" not in text:
        return atoms
    # (a word's last letter and a hyphen after it first: scores and ranges, "3-1", have none)
    hyphened = [a for a in atoms if text[a.end : a.end + 1] == "-" and text[a.end - 1].isalpha()]
    if not hyphened or not any(in_compound(a, text) for a in hyphened):
        return atoms
    return [a for a in atoms if not in_compound(a, text)]
