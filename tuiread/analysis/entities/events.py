"""Historic events named by a people or a place and an event's word: "the Korean War", "the
French Revolution", "the Syrian Civil War", "the Arab Spring", "the Cuban Missile Crisis",
"the Iraq War", "the Rwandan Genocide", "the Tet Offensive".

The segment plan reads such a run as the people or the place and a common word it cuts away
("Korean" and "War"), so the event is found before the plan (``runs.segmented``): one EVENT
from the people's or the place's word to the event's word.
"""

from __future__ import annotations

from .lexicon import LEX
from .never import leading_openers

# the last words of a historic event's name
EVENT_HEADS = (
    " War",
    " Revolution",
    " Spring",
    " Crisis",
    " Uprising",
    " Rising",
    " Rebellion",
    " Revolt",
    " Massacre",
    " Genocide",
    " Famine",
    " Offensive",
    " Invasion",
    " Intifada",
    " Blockade",
    " Airlift",
)
RULE = "run:historic-event"
_NAMERS = frozenset(("NORP", "GPE", "LOC"))
_MAX_WORDS = 4  # "the Cuban Missile Crisis", "the Second Sino-Japanese War"


def historic_event(chunk: str) -> int | None:
    """Where the event starts in ``chunk``, a run of capitals ending in one of
    ``EVENT_HEADS``: past the run's opening words that are never a name alone ("The",
    "During"), a people's or a place's word the lists know ("Korean", "Iraq", "Arab"), then
    at most two more capitalised words ("Civil", "Missile") before the event's word. None
    when the run opens otherwise ("Hundred Years War", "Cold War": the lists' own names)."""
    words = chunk.split(" ")
    k = leading_openers(words)
    rest = words[k:]
    if not 2 <= len(rest) <= _MAX_WORDS:
        return None
    info = LEX.get(rest[0])
    if info is None or info[0] not in _NAMERS:
        return None
    if not all(w[:1].isupper() for w in rest):
        return None
    return sum(len(w) + 1 for w in words[:k])
