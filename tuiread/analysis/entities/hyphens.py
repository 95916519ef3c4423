"""Names across a hyphen: one name or two, read from the pieces the hyphen joins
(``runs.hyphen_split`` splits "Japan-US-South Korea" where a piece is a known place or body).

* ``one_name_across_hyphen``: "Joe Kent-Walters", "Tacoma-Pierce County Chamber",
  "Cleveland-Cliffs": one name whatever the piece before the hyphen is.
* ``two_people``: "the Jake Paul-Mike Tyson fight": two full names, two people.
* ``hyphen_groups``: where a run of several hyphens splits ("Japan-US-South Korea") and
  where it holds ("AFL-CIO", "Crouse-Mays").
"""

from __future__ import annotations

from .lexicon import COMMON, FIRST_NAMES, HARD, LEX, TITLE_CAP
from .wholes import PLACE_BODY_HEADS


def one_name_across_hyphen(first: str, second: str) -> bool:
    """ "Joe Kent-Walters", "Tacoma-Pierce County Chamber": a known place or body before the
    hyphen is no name of its own when the hyphen joins a double-barrelled surname (a given
    name and one word before it, one word after), or two places that one body serves (the
    words after the hyphen end in a body's head, which names nothing alone), or a common word
    that names nothing alone follows it ("Cleveland-Cliffs", a company)."""
    words = first.split(" ")
    if len(words) == 2 and words[0] in FIRST_NAMES and " " not in second:
        return True
    if (
        " " not in second
        and second[1:].islower()
        and second not in HARD
        and second.lower() in COMMON
    ):
        return True  # "Cleveland-Cliffs": a common word after the place, no second name
    return " " in second and second.rsplit(" ", 1)[1] in _ACROSS_HYPHEN_HEADS


# heads of bodies and forums of a region named with a hyphen ("Asia-Pacific Economic
# Cooperation", "Indo-Pacific Economic Framework", "Euro-Atlantic Partnership Council"), and
# a county named for two places ("Miami-Dade County")
_ACROSS_HYPHEN_HEADS = PLACE_BODY_HEADS | frozenset(
    ("Cooperation", "Forum", "Partnership", "Framework", "Dialogue", "Meeting", "County")
)


def two_people(pieces: list[str]) -> bool:
    """ "Jake Paul-Mike Tyson", "Harris Walz-Donald Trump": a hyphen between two names of
    two words or more, the second opening with a given name, joins two people (a fight, a
    ticket, a debate); a double-barrelled surname has one word on each side
    ("Ani Stafford-Townsend"), and a title before one word names one person by a
    double-barrelled given name ("Finance Minister François-Philippe Champagne")."""
    first, second = pieces
    return (
        " " in first
        and " " in second
        and second.split(" ", 1)[0] in FIRST_NAMES
        and first.rsplit(" ", 2)[-2] not in TITLE_CAP
    )


# the labels of a known name before a hyphen that split the run there ("Japan-US")
_SPLIT_LABELS = frozenset(("GPE", "ORG", "LOC"))


def hyphen_groups(pieces: list[str]) -> list[str]:
    """The names a run of capitals joined by hyphens holds (``pieces``: the run cut at each
    hyphen before a capital): a split where the piece before ends in a known place or body
    ("Japan-US-South Korea"), unless the two words across the hyphen are a known name of
    their own ("AFL-CIO") or the rest is one name with it (``one_name_across_hyphen``); a
    hyphen elsewhere stays inside its name ("Doris Crouse-Mays")."""
    groups = [pieces[0]]
    for piece in pieces[1:]:
        left = groups[-1]
        last = left.rsplit(" ", 1)[-1]
        if (
            HARD.get(last) in _SPLIT_LABELS
            and f"{last}-{piece.split(' ', 1)[0]}" not in LEX
            and not one_name_across_hyphen(left, piece)
        ):
            groups.append(piece)
        else:
            groups[-1] = f"{left}-{piece}"
    return groups
