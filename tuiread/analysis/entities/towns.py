"""A town written before its state: "Coral Springs, Florida", "Port St. Lucie, Fla.", "New
Providence, N.J.". The words before the comma are the town's name whole, whatever they read
as alone ("Coral" a common word, "St. Lucie" a county, "Providence" another town); the
news agencies write American towns so.

Only a run of two or three words before a state's name or its abbreviation that ends
there (not "Linda Bell, South Carolina's epidemiologist"); before a state's full name, not
a run opening with a given name ("John Smith, Texas" is no town; "Ann Arbor, Mich." is).
"""

from __future__ import annotations

from .. import compiled
from .kinds import US_STATE_ABBREVIATIONS
from .lexicon import CONNECTORS, FIRST_NAMES, LEXC, MINOR_PLACES, ORG_SUFFIXES, TITLE_CAP
from .run_pattern import RUN_RE

US_STATES = frozenset(
    """
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio
    Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin
    Wyoming
    """.split()  # noqa: SIM905
) | frozenset(
    (
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
        "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia",
    )
)  # fmt: skip
# abbreviations written with their stops ("Fla.", "N.J."), as the agencies write them
STATE_ABBREVIATIONS = frozenset(US_STATE_ABBREVIATIONS) | frozenset(
    "N.J. N.Y. N.C. S.C. N.H. N.M. N.D. S.D. R.I. D.C.".split()  # noqa: SIM905
)


_ARTICLES = frozenset(("The", "A"))
# the last words of a natural place's name, which a state may follow too ("Kaneohe Bay,
# Hawaii"): the lists and the statistics decide those
_NOT_TOWN_TAILS = frozenset(
    "Bay River Lake Mountain Mountains Canyon Island Islands Ocean Sea Gulf Base".split()  # noqa: SIM905
)


def town_before_state(
    text: str, chunk: str, s: int, e: int
) -> tuple[int, int, str, str, str] | None:
    """The town ``chunk`` (a run ending at ``e``, a comma after it) as one GPE when a state
    follows the comma, else None."""
    words = chunk.split(" ")
    if words[0] in _ARTICLES:  # "The Rockford, Ill., maker of fasteners"
        s += len(words[0]) + 1
        chunk = chunk[len(words[0]) + 1 :]
        del words[0]
    if not 2 <= len(words) <= 3 or words[0] in TITLE_CAP or words[-1] in _NOT_TOWN_TAILS:
        return None
    if any(w in CONNECTORS or w in ORG_SUFFIXES for w in words):
        return None  # "Primerica Corp., New York": a company and its seat
    if not state_follows(text, e, words[0]):
        return None
    return (s, e, "GPE", chunk, "run:town-before-state")


def state_follows(text: str, e: int, first: str) -> bool:
    """Does ", " and a state that ends there follow the name ending at ``e`` (whose first
    word is ``first``)?"""
    m = RUN_RE.match(text, e + 2)
    if m is None:
        return False
    state = m.group()
    after = text[m.end() : m.end() + 1]
    if state in US_STATES:
        # a full state's name after a given name may end a person's description ("John
        # Smith, Texas"); its abbreviation is the agencies' way with towns ("Ann Arbor, Mich.")
        return (after == "" or after in ",.;:)\n") and first not in FIRST_NAMES
    if state in STATE_ABBREVIATIONS and state[-1] != ".":
        return after == "."  # "Fla."
    return state in STATE_ABBREVIATIONS and (after == "" or after in ",;:)\n ")


def place_word(words: list[str]) -> bool:
    """ "Toronto", "Boston": a name the lists know with several types, one of them a place
    (a town and its clubs): before a known body ("Toronto Stock Exchange") it is the town in
    the body's name."""
    counts = LEXC.get(" ".join(words))
    return counts is not None and counts[2] > 0


def known_place(toks: list[str], a0: int, a1: int, label: str | None) -> bool:
    """A name of several kinds that is a place among them ("Toronto"), or a minor place the
    lists know by one word ("Tacoma"), read as SOFT inside a longer run."""
    return label == "SOFT" and (
        place_word(toks[a0:a1]) or a1 - a0 == 1 and toks[a0] in MINOR_PLACES
    )


# a campus's town after a university named "of" its state: one word or two, then a comma,
# a full stop or a small word ("the University of California, Berkeley, in the 1980s")
_CAMPUS = compiled.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;)]| [a-z]|$)")


def campus_after_university(
    text: str, chunk: str, s: int, e: int
) -> tuple[int, int, str, str, str] | None:
    """ "University of California, Berkeley", "University of Texas, Austin": a university
    named "of" a state, a comma and a town name one campus, one body (the town alone would
    be read on its own: "Berkeley" as a person)."""
    if chunk.startswith("The "):
        chunk = chunk[4:]  # "The University of Michigan, Ann Arbor": the article is no part
        s += 4
    if not chunk.startswith("University of ") or chunk.count(" ") > 3:
        return None
    m = _CAMPUS.match(text, e)
    if m is None:
        return None
    end = m.end()
    return (s, end, "ORG", text[s:end], "run:university-campus")
