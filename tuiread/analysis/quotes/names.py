"""Reading names in a speaker's words: the person "of" an organisation, the name after a
title, the organisation people work for, and whether a phrase names a document. Pure
functions of the words, shared by the speaker rules (``speakers``)."""

from __future__ import annotations

from ..entities.lexicon import COMMON
from .lexicon import DOCUMENTS, MEMBER_OF, ORG_HEADS, PEOPLE, PERSON_ROLES, STOP_CAPS, TITLES

_HONORIFICS = frozenset(("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Prof", "Rev"))


def document(words: list[str]) -> bool:
    """The phrase names a document ("the statement", "a statement Monday"), written in
    lower case: a name that ends with such a word is a body ("The National Weather
    Service", "the Postal Service"), which speaks for itself."""
    last = words[-1].strip(".,")
    if last.islower() and last in DOCUMENTS:
        return True
    return len(words) > 1 and words[-2].islower() and words[-2] in DOCUMENTS


def person_of(words: list[str]) -> bool:
    """A person "of" an organisation: "Mr. Morgan of the Sierra Club"."""
    return "of" in words and words[0].rstrip(".") in _HONORIFICS


def verb_glued(value: str, core: list[str]) -> bool:
    """An entity value that begins with a verb the mention does not hold ("Injecting
    Clinton" for "Clinton", from "Injecting Clinton into the race helped"): no full name."""
    first = value.split(" ", 1)[0]
    return first.endswith(("ing", "ed")) and first not in core


def prefixes(words: str) -> list[str]:
    """ "A B C" -> ["A", "A B", "A B C"]."""
    out = []
    end = words.find(" ")
    while end >= 0:
        out.append(words[:end])
        end = words.find(" ", end + 1)
    out.append(words)
    return out


def member_of(words: list[str]) -> str | None:
    """People named by what they are and whom they work for ("Analysts at Barclays", "a
    spokesman for the Foreign Ministry"): the phrase without its article, which keeps the
    organisation; None for any other phrase ("John Casesa of Schroder Wertheim")."""
    for k in range(1, min(len(words) - 1, 5)):
        if words[k] not in MEMBER_OF:
            continue
        if words[k - 1] in TITLES:
            return None  # "Secretary of State John Kerry": an office and a name
        head = words[k - 1].lower()
        nxt = words[k + 1]
        if nxt == "the" and k + 2 < len(words):
            nxt = words[k + 2]
        if (head in PEOPLE or head in PERSON_ROLES) and nxt[:1].isupper():
            if words[0].lower() in ("the", "a", "an"):
                words = words[1:]
            return " ".join(words)
        return None
    return None


def titled_name(words: list[str]) -> list[str]:
    """The name a noun phrase ends with after a title ("a buoyant Gen. Norman Schwarzkopf",
    "retired Air Force general Lloyd Newton"): the title and the capitalised words after
    it, or nothing."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1] not in STOP_CAPS:
        k -= 1
    if len(words) - k < 2 or k == 0 or words[-1].rstrip(".,") in ORG_HEADS:
        return []
    if words[k] in TITLES:
        return words[k:]
    title = words[k - 1].capitalize()
    if title in TITLES or title.rstrip(".") in TITLES:
        return words[k - 1 :]
    return []


def common_noun(words: list[str]) -> bool:
    """A mention of one capitalised word no entity names, a common English word ("Orders from
    carmakers fell", "Sales rose"): capitalised only for opening its sentence, it is no
    person a later "she" or "he" can stand for. Surnames that are also words ("Brown",
    "Young") are out of the common list, and a name the entity finder reads is asked of
    its label before this."""
    return len(words) == 1 and words[0].lower() in COMMON
