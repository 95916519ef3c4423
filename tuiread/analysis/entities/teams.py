"""Teams named after their town: "Philadelphia Eagles", "Washington Commanders", "Detroit
Lions" are one organisation, not a town and a word; "the Eagles" after "Philadelphia Eagles"
is the team.

* ``team_after_town``: a town and one plural word after it in the same run make one team's
  name (``segment.merge_segments``); the plural may be a word that is never a name alone
  ("Commanders", ``nickname_after_town`` keeps it for the merge); places named by a
  geographical plural ("Colorado Springs", "Florida Keys", "Chicago Heights") are no teams.
* ``place_after_town``: a town and a geographical plural are one place ("Colorado Springs"),
  as are a town and its bay ("Tampa Bay").
* ``centre_of_town``: "Leeds City Centre" in a headline is the town, the rest no name.
* ``team_nicknames``: the nickname alone, in an article that named the team in full, is
  the team (``document.finish``), however common a word it is ("the Chiefs defense").
"""

from __future__ import annotations

from .lexicon import LEX, LEXC, LOC, PLACE_GIVEN_NAMES, TOWNS_SEEN
from .settings import is_town
from .wholes import Seg

# Plurals that end the names of places, not of teams
GEO_PLURALS = frozenset(
    """
    Springs Falls Heights Hills Islands Keys Lakes Rapids Plains Woods Gardens Fields Shores
    Highlands Isles Flats Dunes Narrows Palisades Downs Mountains Ridges Valleys Meadows Glades
    Everglades Cliffs Sands Pines Oaks Forks Bluffs Estates Villages Towers Docks Wells
    Mills Grounds Rocks Caves Bridges Beaches Ponds Creeks Crossings Commons Hamptons Territories
    """.split()  # noqa: SIM905
)
# of which the plurals that name a region, not a town ("Florida Keys", "Scottish Highlands")
LOC_PLURALS = frozenset(
    "Keys Islands Isles Highlands Mountains Plains Everglades Glades Dunes Narrows".split()  # noqa: SIM905
)
# The water named after its town, which names the town's area and its teams too ("Tampa Bay",
# "Tampa Bay Rays"): a place (LOC), never a person "Bay" after a town
GEO_SINGULARS = frozenset(("Bay", "Channel", "Estuary"))  # "Tampa Bay", "Bristol Channel"
# plurals of people or of other names that follow a place ("Texas Republicans", "Sydney Games")
_NOT_TEAMS = frozenset("States Emirates Provinces Republicans Democrats Games Olympics".split())  # noqa: SIM905


# the leagues' nicknames that are no plural ("Oklahoma City Thunder", "Miami Heat", "Utah
# Jazz", "Tampa Bay Lightning"): after a town in one run, a team's name
SINGULAR_NICKNAMES = frozenset(
    """
    Thunder Heat Magic Jazz Wild Lightning Avalanche Kraken Galaxy Crew Dynamo Union Fever
    Sky Mercury Liberty Lynx Dream Wings Aces Sparks Valkyries Storm
    """.split()  # noqa: SIM905
)


def nickname(word: str) -> bool:
    """ "Eagles", "Commanders", "49ers": a plural word in title case, no place's plural; or
    a league's nickname that is no plural ("Thunder")."""
    if word in SINGULAR_NICKNAMES:
        return True
    return (
        len(word) > 3
        and word[-1] == "s"
        and word[-2] != "'"
        and word[1:].islower()
        and word not in GEO_PLURALS
        and word not in _NOT_TEAMS
    )


def town(words: list[str], label: str | None) -> bool:
    """Does a segment of ``label`` name a town: a place the lists know, a name they know
    with several kinds, one a place ("Philadelphia", "Detroit": towns and clubs), or a city
    they know as a club ("Cleveland")?"""
    if label == "GPE":
        return True
    key = " ".join(words)
    if label == "ORG":
        return key in TOWNS_SEEN  # "Cleveland": the lists know its club, "Cleveland Cavaliers"
    if label != "SOFT":
        return False
    counts = LEXC.get(key)
    return LEX[key][0] == "GPE" or counts is not None and counts[LOC] > 0


def place_after_town(toks: list[str], a: Seg, b_end: int) -> str | None:
    """ "Colorado Springs", "Chicago Heights" (GPE), "Florida Keys" (LOC): a town or state and
    one geographical plural after it name one place; its label, or None. A town that is a
    given name too before a plural that is a surname too is a person ("Madison Keys")."""
    if b_end - a[1] != 1 or not town(toks[a[0] : a[1]], a[2]):
        return None
    if toks[a[1]] in _SURNAME_PLURALS and toks[a[0]] in PLACE_GIVEN_NAMES:
        return "PERSON"  # "Madison Keys", "Jordan Banks": a given name and a surname
    if toks[a[1]] in GEO_SINGULARS:
        return "LOC"  # "Tampa Bay"
    if toks[a[1]] not in GEO_PLURALS:
        return None
    return "LOC" if toks[a[1]] in LOC_PLURALS else "GPE"


# geographical plurals that are surnames too
_SURNAME_PLURALS = frozenset(("Keys", "Banks", "Woods", "Fields", "Hills", "Rivers", "Brooks"))
_CENTRES = (["City", "Centre"], ["Town", "Centre"], ["City", "Center"])


def centre_of_town(toks: list[str], a: Seg, b_end: int) -> bool:
    """ "Stabbing in Leeds City Centre" (a headline's capitals): the centre of a town is no
    name of its own; the town is (a GPE, not its club)."""
    if toks[a[1] : b_end] not in _CENTRES:
        return False
    words = toks[a[0] : a[1]]
    return town(words, a[2]) or a[2] == "ORG" and is_town(" ".join(words))  # club towns


def team_after_town(toks: list[str], a: Seg, b_end: int) -> bool:
    """ "Boston Celtics", "Philadelphia Eagles", "Los Angeles Lakers": a town and one unknown
    plural word after it make a team's name (the segment ``a`` is the town; the nickname is
    the one word before ``b_end``); so do a town's bay and a nickname ("Tampa Bay Rays")."""
    span = b_end - a[1]
    if span == 2 and toks[a[1]] not in GEO_SINGULARS:
        return False
    return 0 < span <= 2 and nickname(toks[b_end - 1]) and town(toks[a[0] : a[1]], a[2])


def nickname_after_town(toks: list[str], i: int, segs: list[Seg]) -> bool:
    """ "Washington Commanders": a word never a name alone ("Commanders") that ends the run
    right after a town is the team's nickname, kept for ``team_after_town``."""
    return (
        i == len(toks) - 1
        and bool(segs)
        and segs[-1][1] == i
        and nickname(toks[i])
        and town(toks[segs[-1][0] : i], segs[-1][2])
    )


def team_nicknames(multi: dict[tuple[str, str], None]) -> dict[str, str]:
    """Nickname -> the team's full name, for every team the article named in full."""
    teams: dict[str, str] = {}
    for label, value in multi:
        if label != "ORG" or " " not in value:
            continue
        head, _, last = value.rpartition(" ")
        if nickname(last) and town(head.split(" "), _label_of(head)):
            teams.setdefault(last, value)
    return teams


def _label_of(name: str) -> str | None:
    """The label a segment of the known name would carry: SOFT when the lists know it with
    several kinds."""
    info = LEX.get(name)
    if info is None:
        return None
    return "SOFT" if name in LEXC else info[0]
