"""Common nouns written with a capital, which name nothing: dropped as the spans are made.

"The Internet reacted", "Meta's AI models": a name that is nothing but a common noun news
writes with a capital (``lexicon.COMMON_NOUNS_CAPITALISED``) is no name; the longer names it
opens ("AI Act") stay. So is a colour naming people ("Black and Brown communities"), and a
short form in brackets of the lower-case words before it ("personal independence payments
(Pip)"). ``document.spans_of`` asks ``common_noun`` of each name after a set test of the
slice or of its start (``DROPPED_WORDS``, ``bracket_ends``).
"""

from __future__ import annotations

from .. import compiled
from .lexicon import COMMON_NOUNS_CAPITALISED


def common_noun(text: str, s: int, e: int, t: str) -> bool:
    """ "The Internet reacted", "Meta's AI models": a name ``t`` at ``s``..``e`` that is
    nothing but a common noun news writes with a capital (``lexicon.COMMON_NOUNS_CAPITALISED``)
    is no name; the longer names it opens ("AI Act") stay. So is a colour naming people
    ("Black and Brown communities", ``colour_of_people``), and a short form in brackets of
    the lower-case words before it (``defined_common_acronym``). ``spans_of`` drops these,
    after a set test of the slice or of its start has turned down nearly every name."""
    return (
        t in COMMON_NOUNS_CAPITALISED
        or t in _COLOURS
        and colour_of_people(text, s, e)
        or text[s - 1 : s] == "("
        and defined_common_acronym(text, s, e)
    )


def bracket_ends(text: str) -> set[int]:
    """Where the text just after each opening bracket starts."""
    ends: set[int] = set()
    at = text.find("(")
    while at >= 0:
        ends.add(at + 1)
        at = text.find("(", at + 1)
    return ends


_FUNCTION_WORDS = frozenset(("of", "and", "the", "for", "in", "on", "to", "&"))


def defined_common_acronym(text: str, s: int, e: int) -> bool:
    """ "personal independence payments (Pip)", "weapons of mass destruction (WMD)": a short
    form in parentheses whose letters are the initials of the lower-case words right before
    it names what those words name, a common noun, not a body ("Office for Budget
    Responsibility (OBR)" is written with capitals, and stays)."""
    letters = text[s:e].lower()
    if text[e : e + 1] != ")" or text[s - 2 : s] != " (" or not 2 <= len(letters) <= 6:
        return False
    if not letters.isalpha():
        return False
    words = text[max(0, s - 2 - 12 * len(letters)) : s - 2].split()
    k = len(letters) - 1
    i = len(words) - 1
    while k >= 0 and i >= 0:
        word = words[i]
        if not word.islower() or not word.isalpha() and "-" not in word:
            return False  # a capital, a figure or a stop: not one lower-case phrase
        if word[0] == letters[k]:
            k -= 1
        elif word not in _FUNCTION_WORDS:
            return False
        i -= 1
    return k < 0


# colours that name people by their skin when written together ("Black and Brown voters")
_COLOURS = frozenset(("Black", "Brown", "White"))
DROPPED_WORDS = COMMON_NOUNS_CAPITALISED | _COLOURS  # what ``common_noun`` may drop
NO_ENDS: frozenset[int] = frozenset()
COMMON_NOUN_RULE = "never:common-noun"
COMMON_NOUN_DETAIL = "a common noun written with a capital"
_COLOUR_PAIR_AFTER = compiled.compile(r",? (?:and|or) (?:Black|Brown|White) [a-z]")
_COLOUR_PAIR_BEFORE = compiled.compile(r"(?:Black|Brown|White),? (?:and|or) $")
# nouns for people a colour describes ("Black folks", "Black Women's Agenda", "White voters")
_COLOUR_PEOPLE = compiled.compile(
    r" (?:folks|people|voters|women|men|Women|Men|Americans|communit(?:y|ies)|families"
    r"|residents|students|workers|youth|children|neighborhoods|churches|owners)\b"
)


def colour_of_people(text: str, s: int, e: int) -> bool:
    """ "Black and Brown communities": two colours joined by "and"/"or" before a common
    noun name people by their skin, not Gordon Brown or Jack White; OntoNotes tags neither
    colour. So does one colour before a noun for people ("Black folks", "White voters")."""
    if _COLOUR_PAIR_AFTER.match(text, e) is not None or _COLOUR_PEOPLE.match(text, e):
        return True
    m = _COLOUR_PAIR_BEFORE.search(text, max(0, s - 12), s)
    return m is not None and text[e : e + 1] == " " and text[e + 1 : e + 2].islower()
