"""Title words beside names: when a title word is a surname ("Stephen King", "Ollie Pope")
and when a title opens a person's name inside a run that reads as a body's ("Vice President
Mahamudu Bawumia of the New Patriotic Party"). Read by the segment plan (``segment``).
"""

from __future__ import annotations

from .lexicon import COMMON, CONNECTORS, FIRST_NAMES, LEX, TITLE_CAP

JUNIOR = frozenset(("Jr.", "Jr", "Sr.", "Sr"))


# the titles that are family names too ("Ollie Pope", "Carole King"), unlike "Chairman" in
# "Courtaulds Chairman Christopher Hogg", where an unknown word is a company
_SURNAME_TITLES = frozenset(
    "Pope King Bishop Judge Knight Dean Abbott Cardinal Prince Major Sheriff Deacon Earl".split()  # noqa: SIM905
)


def rank_before_name(toks: list[str], i: int) -> bool:
    """ "Det Supt Helen Flanagan of the Metropolitan Police", "Vice President Mahamudu Bawumia
    of the New Patriotic Party": a title before a given name, another title or a word the
    lists do not know opens a person's name inside a run that reads as a body's; it is no
    word of the body ("Chief Medical Officer" is one: a common word follows)."""
    if toks[i] not in TITLE_CAP or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt in FIRST_NAMES or nxt in TITLE_CAP or _unknown_given(nxt)


def _unknown_given(w: str) -> bool:
    """A capitalised word of letters the lists know neither as a name nor as a word."""
    return w.isalpha() and w[1:].islower() and w not in LEX and w.lower() not in COMMON


def title_word_as_surname(toks: list[str], i: int, given: bool) -> bool:
    """ "Stephen King", "Tom Bishop", "Reporting by Jack Queen": a title word ending the run
    right after a given name (``given``: the word before is one, alone) is the surname, not
    the title of a name that never comes; so is a title that is a family name too after a
    word the lists do not know that opens the run ("Ollie Pope", "Ngozi Bishop": a name the
    lists lack is as likely a given name as any, and no title follows a name)."""
    t = toks[i]
    return (
        (given or i == 1 and t in _SURNAME_TITLES and _unknown_given(toks[0]))
        and t in TITLE_CAP
        and t[1:].islower()
        and t.isalpha()
        and (i + 1 == len(toks) or toks[i + 1] in CONNECTORS or toks[i + 1] in JUNIOR)
    )


def surname_slot(toks: list[str], i: int, honorifics: frozenset[str]) -> bool:
    """Does ``toks[i]`` stand where only a surname does: after "Mr", "Mrs" and the like
    (``honorifics``, lower case: "Mrs. May", "Ms. Price"), or after a given name and a
    middle initial ("Joel D. Gross", "Mary K. Little"), so that a common word there is a
    name?"""
    before = toks[i - 1]
    if before.lower() in honorifics:
        return True
    return i >= 2 and middle_initial(before) and toks[i - 2] in FIRST_NAMES


def middle_initial(word: str) -> bool:
    """ "E." in "Loretta E. Lynch": one capital and a full stop."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()
