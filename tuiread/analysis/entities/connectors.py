"""Connectors inside a run: when "of" or "on" joins a body's head to its subject ("Bank of
England", "Council on Foreign Relations") and when an "of" ends the body ("Sudanese Armed
Forces of General Abdel Fattah al-Burhan": the commander is a person of his own)."""

from __future__ import annotations

from .lexicon import CONNECTORS, FIRST_NAMES, LOWER, TITLE_CAP
from .wholes import INSTITUTION_TAILS, SAINTS, Seg

# Offices and bodies named "X of Y" ("Bank of England", "Sea of Japan").
OF_HEADS = frozenset(
    """
    Bank University Ministry Council Department Office Republic Kingdom Sea Gulf Bay Cape
    Isle Island Islands Museum Chamber Federation Association Commission Court House Church
    Party Institute College School Board Union League Organisation Organization Federation
    Chiefs Secretary Minister Society Academy Committee Assembly Congress Government
    Governor City Mayor Bishop Archbishop Duke Duchess Prince Princess King Queen Emperor
    Sultan Sultanate Emirate Federation Confederation Fund Agency Bureau State States Army
    Navy Corps Forces Force Command Lake Mount Gulf Strait Straits Port Province Region Isle
    Bureau Affairs People Peoples Foundation Centre Center Hall Palace Cathedral
    Institutes Ministries Departments Organisations Organizations Tower Journal Alliance
    Coalition Network Corporation Orchestra Authority Library Gallery Conservatory
    Basilica Abbey Chapel Shrine Temple Mosque Order Conference Convention
    """.split()  # noqa: SIM905
)
# Bodies named "X on Y" ("Commission on Presidential Debates", "Council on Foreign Relations").
ON_HEADS = frozenset(
    "Commission Council Committee Subcommittee Conference Panel Convention Center Centre Congress".split()  # noqa: SIM905
)


def heads_a_body(word: str, connector: str) -> bool:
    """Is ``word`` the head of an "X of Y" / "X on Y" name, followed by its connector?"""
    return connector == "of" and word in OF_HEADS or connector == "on" and word in ON_HEADS


def title_opens_person(toks: list[str], k: int) -> bool:
    """ "Armed Forces of General Abdel Fattah al-Burhan": a title after "of" with a name after
    it opens a person, the body's commander, not the body's subject ("Office of the
    President" ends on its title); a saint is the subject ("Basilica of St. Mary Major",
    "Order of St. Augustine")."""
    return (
        toks[k] in TITLE_CAP
        and toks[k] not in SAINTS
        and k + 1 < len(toks)
        and toks[k + 1] not in CONNECTORS
    )


def head_before_of(toks: list[str]) -> bool:
    """Does an institution's head stand right before an "of" ("Armed Forces of the
    Philippines", "National Bank of Greece")?"""
    k = toks.index("of")
    return k >= 2 and toks[k - 1] in INSTITUTION_TAILS


def commander_cut(toks: list[str]) -> int:
    """Where an "of" stands before a title that opens a person (``title_opens_person``):
    the body's name ends there. The run's length when no such "of" is in it."""
    n = len(toks)
    for k in range(1, n - 2):
        if toks[k] == "of":
            j = k + 2 if toks[k + 1] == "the" else k + 1
            if j < n and title_opens_person(toks, j):
                return k
    return n


def given_name_opens_next(toks: list[str], a: Seg, b: Seg) -> bool:
    """Is ``b`` a given name with more of the run after it, after a common word alone
    ("Speaker of the House Mike Johnson")? It opens the next name, a person's, and the word
    before is a body of its own."""
    return (
        b[1] < len(toks)
        and toks[b[1]] not in CONNECTORS  # "Rep. Chip Roy of Texas": his surname
        and toks[b[0]] in FIRST_NAMES
        and a[1] - a[0] == 1
        and toks[a[0]] not in FIRST_NAMES
        and toks[a[0]].lower() in LOWER
    )
