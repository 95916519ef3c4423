"""Clubs named after places: "Leicester 2 Sheffield Wednesday 1" names two clubs, not towns.

A club takes its town's name, so the lists call it a place; the words around it say it is a
team (CoNLL and OntoNotes both call it an organisation). A town or state is read as a club
when a score follows it ("Leicester 2", "TORONTO 63 71 .470") or when "v"/"vs" joins it to
another name ("Essex v Somerset"). A country stays a place: national teams are named by
their country ("Brazil 2 Italy 1").
"""

from __future__ import annotations

from .. import compiled
from .lexicon import COUNTRIES, PLACE_LABELS

# a score after the name: "Leicester 2 Sheffield", "Leicester 2 (", "TORONTO 63 71", "2-1",
# "Lazio 1\n"; never a date ("LONDON 1996-08-30") or a quantity ("Paris 2 km")
_SCORE_AFTER = compiled.compile(
    r" \d{1,3}(?= \d{1,3}\b| \.\d| ?\(| [A-Z]| ?[,;](?!\d)| ?\n| ?$)"
    r"| \d{1,2}-\d{1,2}(?![\d/-])"  # "beat Leicester 2-1"
)
_VERSUS_AFTER = compiled.compile(r" vs?\.? [A-Z]")
_VERSUS_BEFORE = compiled.compile(r"[A-Za-z] vs?\.? $")


def is_club(text: str, start: int, end: int, label: str, value: str) -> bool:
    """Is the place name ``text[start:end]`` a club in this sentence (see module docstring)?"""
    if label not in PLACE_LABELS or value in COUNTRIES:
        return False
    if _SCORE_AFTER.match(text, end) is not None:
        return True
    if _VERSUS_AFTER.match(text, end) is not None:
        return True
    return _VERSUS_BEFORE.search(text, max(0, start - 6), start) is not None


def score_follows(text: str, end: int) -> bool:
    """ "beat Wolves 5-1", "Lazio 1\n": a score right after a name the lists do not know
    is evidence of a team (an organisation), whatever the name's words suggest; not the
    sets of a tennis match (``set_scores_follow``), won by a player. Every score opens with
    a space and a digit: that character is looked at before the regex (most names are
    followed by a word, and a regex call costs more than the test)."""
    return (
        text[end + 1 : end + 2].isdigit()
        and _SCORE_AFTER.match(text, end) is not None
        and not set_scores_follow(text, end)
    )


# two sets or more: "6-4 7-6", "6-3, 6-2", "7-6 (7-3) 6-4", "6-4 3-6 6-1"
_SETS_AFTER = compiled.compile(r" [0-7]-[0-7](?: \(\d{1,2}-\d{1,2}\))?,? [0-7]-[0-7]\b")


def set_scores_follow(text: str, end: int) -> bool:
    """ "Djokovic beat Alcaraz 6-4 7-6": two set scores in a row after a name are a tennis
    match's, and the name a player's (a person), not a team's; a team's score is one."""
    return _SETS_AFTER.match(text, end) is not None


# what a player makes or is credited with, before "from" and the player's name: "two goals
# from Erling Haaland", "a cross from Matty Cash", "a late header from Jones"
_PLAY_FROM = compiled.compile(
    r"\b(?:goals?|header|headers|cross|crosses|pass|passes|penalty|free[- ]kick|strike|shot"
    r"|volley|assist|assists|brace|hat-trick|save|saves|tackle|try|tries|catch|century"
    r"|wickets|fifty|knock|innings)(?: each| apiece)? from $"
)


def player_after_play(text: str, s: int) -> bool:
    """Is the name at ``s`` a player's: "two goals from Erling Haaland", "a cross from Matty
    Cash", "a century from Root"? After such a noun "from" names who made it, not a place
    ("from" alone pulls a name towards a place). ``runs.cues_around`` tests the word before
    is "from" first."""
    return _PLAY_FROM.search(text, max(0, s - 30), s) is not None
