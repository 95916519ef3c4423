"""Names with a possessive inside: "St Peter's Square", "King's College London", "People's
Bank of China", "Women's Institute". The run of capitals stops at the apostrophe; these rules
read on past it (``runs.find_candidates``).

* ``possessive_place``: a saint or a monarch, a possessive and a building's or an
  institution's head.
* ``collective_possessive``: "People's", "Children's", "Women's", "Men's" and the name after
  them, with an "of" and a place ("People's Republic of China", "National People's Congress",
  "People's Liberation Army", "Children's Hospital of Philadelphia"): one body, or the
  country a republic names.
"""

from __future__ import annotations

from .. import compiled
from .lexicon import HARD, ORG_SUFFIXES

# What a saint's or a monarch's possessive names ("St Peter's Square", "King's College"):
# the head right after the possessive, with the label of the whole name. Buildings and
# grounds are facilities; hospitals, colleges and schools are the bodies that run them.
_FAC_HEADS = """
Square Basilica Cathedral Church Abbey Chapel Minster Bridge Park Hall Cross Gate Place Green
Road Street
""".split()  # noqa: SIM905
_BODY_HEADS = """Hospital College School University Infirmary Academy""".split()  # noqa: SIM905
_POSSESSIVE_HEADS = {**dict.fromkeys(_FAC_HEADS, "FAC"), **dict.fromkeys(_BODY_HEADS, "ORG")}
_POSSESSORS = frozenset(("St", "St.", "Saint", "Ste", "Sainte", "King", "Queen"))
# up to three capitalised words after the possessive
_AFTER_POSSESSIVE = compiled.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")


def possessive_place(
    text: str, chunk: str, s: int, e: int
) -> tuple[int, int, str, str, str] | None:
    """ "St Peter's Square", "St Vincent's Hospital", "King's College London": a saint or a
    monarch (the run ``chunk`` at ``s``..``e``), a possessive and then a building's or an
    institution's head are one name, up to three words after the possessive and no small
    word ("St Mary's Cathedral on Sunday"). The name as the runs find it, or None ("St
    Patrick's Day": no head)."""
    if chunk.split(" ", 1)[0] not in _POSSESSORS:
        return None
    m = _AFTER_POSSESSIVE.match(text, e + 3)
    if m is None:
        return None
    words = m.group().split(" ")
    label = _POSSESSIVE_HEADS.get(words[0])
    if label is None:
        return None
    for w in words[1:]:
        if w in ORG_SUFFIXES or HARD.get(w) == "ORG":
            label = "ORG"  # "Queen's Park Rangers": the club named after its ground
    end = m.end()
    return (s, end, label, text[s:end], "run:possessive-place")


# the groups a body may be named for with a possessive ("People's", "Women's")
_COLLECTIVES = frozenset(("People", "Children", "Women", "Men"))
# what follows the possessive: up to three capitalised words, then "of" and a place
_AFTER_COLLECTIVE = compiled.compile(
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?: of(?: the)? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?"
)
# words after the possessive that make the whole an event or no body at all
_EVENT_WORDS = frozenset(("Cup", "Championship", "Championships", "Open", "Olympics"))
_DAY_WORDS = frozenset(("Day", "Week", "Month"))


def collective_possessive(
    text: str, chunk: str, s: int, e: int
) -> tuple[int, int, str, str, str] | None:
    """ "People's Bank of China", "National People's Congress", "Women's World Cup": a run
    ending in a group's word (``chunk`` at ``s``..``e``), its possessive and the capitalised
    words after it are one name: a republic is its country (GPE), a cup an EVENT, any other
    a body (ORG). None where no capital follows, or a day does ("Children's Day", a date)."""
    if chunk.rsplit(" ", 1)[-1] not in _COLLECTIVES:
        return None
    m = _AFTER_COLLECTIVE.match(text, e + 3)
    if m is None:
        return None
    words = m.group().split(" ")
    if not _DAY_WORDS.isdisjoint(words):
        return None
    if chunk.startswith("The "):
        s += 4  # "The People's Liberation Army held drills": the article is no part of it
    if "Republic" in words:
        label = "GPE"
    elif not _EVENT_WORDS.isdisjoint(words):
        label = "EVENT"
    else:
        label = "ORG"
    end = m.end()
    return (s, end, label, text[s:end], "run:collective-possessive")
