"""Buildings and streets named by an office or a place, inside a run (``segment.mixed_run``).

* ``ROYAL_TITLES``: a royal's title at the start of a run that ends in an institution's
  head is part of its name ("Queen Elizabeth Hospital", not a hospital called "Elizabeth").
* ``office_building``: "Parliament House", "Government House": the office's word, never a
  name alone, opens the building's name (FAC).
* ``place_tail_end``: "Portland Street", "Oxford Road", "Huddersfield Town Hall": a town
  the lists know (or a club named "X Town"/"X City") before a street's word or "Hall" is
  the street or the hall, not the town in Oregon or the football club; so is a town
  before "Town Hall" or "City Hall" ("Leicester City Hall"); a known name before
  "County" is the county ("Leon County", not the club Leon), a people's word before
  "Republic" its country ("the Irish Republic"), and a place before a river's
  or a valley's word the river or the valley ("Guadalupe River": LOC).
"""

from __future__ import annotations

from .kinds import REGION_WORDS
from .lexicon import CONNECTORS
from .never import NEVER_ALONE, leading_openers
from .wholes import STREET_TAILS

# royal titles that open the name of a hospital, a college or a park named after a royal
# ("Queen Elizabeth Hospital", "King George V Park", "Prince Charles Hospital")
ROYAL_TITLES = frozenset(("King", "Queen", "Prince", "Princess", "Duke", "Duchess"))
# the words of a building that houses an office
SEATS = frozenset(("House", "Palace", "Buildings"))
# labels of a known name a street may be named after
_STREET_NAMERS = frozenset(("GPE", "LOC", "SOFT", "PERSON"))
# a known club's name whose last word, with "Hall", names the town's hall
_HALL_TOWNS = (" Town", " City")
_HALL_WORDS = frozenset(("Town", "City"))


def _ends_run(toks: list[str], j: int) -> bool:
    return j == len(toks) or toks[j] in CONNECTORS


def office_building(toks: list[str], i: int, known: bool) -> bool:
    """Do ``toks[i]`` and the word after it name a building for an office ("Parliament
    House") that ends the run or its part before a connector? ``known``: the lists know the
    two words as a name of their own ("White House"), which then stands."""
    return (
        not known
        and toks[i] in NEVER_ALONE
        and toks[i] not in _ARTICLES
        and i + 1 < len(toks)
        and toks[i + 1] in SEATS
        and _ends_run(toks, i + 2)
        and toks[i + 2 : i + 3] != ["of"]  # "The House of Representatives": no building
    )


_ARTICLES = frozenset(("The", "A", "An", "This", "That"))


def place_tail_end(
    toks: list[str], i: int, hit: int, key: str, label: str
) -> tuple[int, str] | None:
    """Where a street, a town hall or a county ends, and its label, when the known name
    ``key`` (``hit`` words from ``i``, read as ``label``) is followed by a street's word
    ("Portland Street": FAC), by "Town Hall" or "City Hall" ("Leicester City Hall": FAC),
    for a club named "X Town" by "Hall" ("Huddersfield Town Hall"), or by "County" ("Leon
    County": GPE, though "Leon" is a club), or by a town's building ("Windsor Castle": FAC),
    and that ends the run or its part before a connector; None where it is not."""
    j = i + hit
    if j >= len(toks):
        return None
    after = toks[j]
    if after in _HALL_WORDS and toks[j + 1 : j + 2] == ["Hall"] and _ends_run(toks, j + 2):
        return j + 2, "FAC"  # "Leicester City Hall", "Huddersfield Town Hall"
    if not _ends_run(toks, j + 1):
        return None
    if after in STREET_TAILS and label in _STREET_NAMERS:
        return j + 1, "FAC"
    if after == "Hall" and key.endswith(_HALL_TOWNS):
        return j + 1, "FAC"
    if after in REGION_WORDS and label != "PERSON":
        return j + 1, "GPE"  # "Leon County", "Kherson Oblast", "Helmand Province"
    if after in _TOWN_BUILDINGS and label != "PERSON":
        return j + 1, "FAC"  # "Windsor Castle", "Southend Pier": not a club and a surname
    if after == "Republic" and label == "NORP":
        return j + 1, "GPE"  # "the Irish Republic": the country, not "Irish" and a word
    if after in _NATURAL_FEATURES and label in _STREET_NAMERS and label != "PERSON":
        return j + 1, "LOC"  # "the Guadalupe River", not the town of Guadalupe
    return None


# a town's building named after it, whose word is a surname too ("Barbara Castle")
_TOWN_BUILDINGS = frozenset(("Castle", "Cathedral", "Pier", "Lighthouse", "Minster"))
# a natural feature's word after a known place's name names the feature
_NATURAL_FEATURES = frozenset(
    ("River", "Valley", "Canyon", "Creek", "Falls", "Basin", "Delta", "Peninsula", "Mountains")
)


# the words that end a military base's name: with the words before them, one FAC
BASE_TAILS = (
    " Air Force Base",
    " Space Force Base",
    " Air Reserve Base",
    " Air Base",
    " Naval Base",
    " Naval Air Station",
    " Naval Station",
    " Marine Corps Base",
    " Army Airfield",
)
# the words that open one, the name after them ("Joint Base Lewis-McChord", "Naval Air
# Station Pensacola")
BASE_HEADS = ("Joint Base ", "Naval Air Station ", "Naval Station ", "Air Force Station ")
RULE_BASE = "run:military-base"


def military_base(chunk: str) -> int | None:
    """Where the name of a military base starts in ``chunk``, a run of capitals ending in one
    of ``BASE_TAILS`` ("Andrews Air Force Base", "Ramstein Air Base", "the Guantanamo Bay
    Naval Base") or holding one of ``BASE_HEADS`` ("Joint Base Elmendorf-Richardson"): the
    base is one FAC, not a person "Andrews" beside the "Air Force". The run's opening words
    that are never a name alone ("At", "The") are no part of it; a run that is only the tail
    names no base."""
    for head in BASE_HEADS:
        a = chunk.find(head)
        if a >= 0 and (a == 0 or chunk[a - 1] == " ") and len(chunk) > a + len(head) + 1:
            return a  # "Joint Base Elmendorf-Richardson": the head opens the name
    if not chunk.endswith(BASE_TAILS):
        return None
    words = chunk.split(" ")
    a = sum(len(w) + 1 for w in words[: leading_openers(words, _BASE_WORDS)])
    tail = next(t for t in BASE_TAILS if chunk.endswith(t))
    return a if len(chunk) - a > len(tail) else None


_BASE_WORDS = frozenset(("Joint", "Naval", "Air", "Army"))
