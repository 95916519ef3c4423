"""A name written in full once and shortened after: the short form is the same entity, with
the full name's label, whatever its word alone would say. Run over the finished spans
(``document.finish``), before one label is chosen per entity:

* ``last_word_of_body``: "Villa" after "Aston Villa", "Palace" after "Crystal Palace": a
  club or a body called by its last word is not the footballer David Villa.
* ``first_word_of_venue``: "Goodison" after "Goodison Park", "Wembley" after "Wembley
  Stadium": a ground called by its first word is not a town.
* ``storm_short_names``: "Milton" after "Hurricane Milton", "hurricanes Helene and Milton":
  a storm named with its word once is the same storm (an EVENT) by its name alone.
* ``result_subjects``: "Chelsea thrashed Southampton 5-0": the name before a result verb,
  whose other side has a score, is a team, not a woman called Chelsea.

Each is one pass over the spans, after a set test says the story has what it needs.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .kinds import STORM_PLURALS
from .labels import storm
from .lexicon import CORP_SUFFIXES, GENERIC, ORG_SUFFIXES, PLACE_LABELS
from .sport import set_scores_follow
from .wholes import INSTITUTION_TAILS, STREET_TAILS, VENUE_TAILS

# last words that many bodies share ("United", "Group", "Bank"): no short form of one body
_SHARED_TAILS = ORG_SUFFIXES | CORP_SUFFIXES | GENERIC | INSTITUTION_TAILS
# last words of a ground whose first word may stand for it ("Goodison Park" -> "Goodison")
_GROUND_TAILS = VENUE_TAILS | STREET_TAILS | frozenset(("Park", "Bridge", "Lane", "Ground"))

# a result verb between two sides, the second followed by its score
_RESULT_VERB = compiled.compile(
    r" (?:beat|beats|thrashed|thrash|thrashes|routed|hammered|edged|defeated|crushed|stunned"
    r"|downed|swept|drew with|draw with|lost to|lose to|loses to|fell to|won at|won against) "
)
_SCORE = compiled.compile(r" \d{1,2}-\d{1,2}\b")


def short_forms(text: str, spans: list[Span], rules: list[str]) -> None:
    """Apply the rules of the module docstring in their order; relabels in place. One pass
    over the spans finds what the three rules read: the names of several words and the
    one-word persons (each rule only turns persons into other kinds, so the persons left
    for the last are those of the first pass that kept their label)."""
    multi: list[int] = []
    lone: list[int] = []
    for k, sp in enumerate(spans):
        if " " in sp.text:
            multi.append(k)
        elif sp.label == "PERSON":
            lone.append(k)
    changed = False
    if multi:
        changed = last_word_of_body(spans, rules, multi, lone)
        changed = first_word_of_venue(text, spans, rules, multi) or changed
    if changed:
        lone = [k for k in lone if spans[k].label == "PERSON"]
    if " " in text and lone:
        result_subjects(text, spans, rules, lone)


def last_word_of_body(
    spans: list[Span], rules: list[str], multi: list[int], persons: list[int]
) -> bool:
    """A lone word read as a person's that is the last word of one organisation named in
    full in the story ("Aston Villa" ... "Villa"), and of no person's full name there, is
    that organisation: a last word many bodies share ("United", "Bank") or a body "of" a
    place ("Bank of England") names no one of them. ``persons``: the spans of one-word
    persons; whether one was relabelled."""
    lone = {spans[k].text for k in persons}
    if not lone:
        return False
    bodies: dict[str, str | None] = {}  # last word -> the one body's name (None: several)
    people: set[str] = set()
    for k in multi:
        sp = spans[k]
        label = sp.label
        if label != "PERSON" and label != "ORG":
            continue  # (the label first: a test cheaper than splitting the name)
        last = sp.text.rsplit(" ", 1)[1]
        if last not in lone:
            continue
        if label == "PERSON":
            people.add(last)
        elif last not in _SHARED_TAILS and " of " not in sp.text:
            body = sp.value or sp.text
            bodies[last] = body if bodies.get(last, body) == body else None
    if not bodies:
        return False
    changed = False
    for k in persons:
        sp = spans[k]
        if sp.text not in bodies or sp.text in people:
            continue
        whole = bodies[sp.text]
        if whole is not None:
            spans[k] = Span("entity", "ORG", sp.start, sp.end, sp.text, whole)
            rules[k] = "short-forms:last-word-of-body"
            changed = True
    return changed


def first_word_of_venue(text: str, spans: list[Span], rules: list[str], multi: list[int]) -> bool:
    """A lone word read as a place or a person that is the first word of one ground named
    in full in the story ("Goodison Park" ... "At Goodison") is that ground (FAC); a town
    after "in" stays the town ("grew up in Oxford" beside "the Oxford Playhouse"). Whether
    a span was relabelled."""
    grounds: dict[str, str | None] = {}
    for k in multi:
        sp = spans[k]
        if sp.label != "FAC":
            continue
        first, _, rest = sp.text.partition(" ")
        if " " not in rest and rest in _GROUND_TAILS:
            ground = sp.value or sp.text
            grounds[first] = ground if grounds.get(first, ground) == ground else None
    if not grounds:
        return False
    changed = False
    for k, sp in enumerate(spans):
        if (
            sp.text in grounds
            and (sp.label in PLACE_LABELS or sp.label == "PERSON")
            and not (sp.label == "GPE" and text[sp.start - 3 : sp.start] == "in ")
        ):
            named = grounds[sp.text]
            if named is not None:
                spans[k] = Span("entity", "FAC", sp.start, sp.end, sp.text, named)
                rules[k] = "short-forms:first-word-of-venue"
                changed = True
    return changed


def result_subjects(text: str, spans: list[Span], rules: list[str], persons: list[int]) -> None:
    """A one-word name read as a person's before a result verb and a team with its score
    ("Chelsea thrashed Southampton 5-0") is a team, in every mention; two set scores
    ("Sinner beat Alcaraz 6-4 7-6") are a player's match, and he stays a person.
    ``persons``: the spans of one-word persons."""
    teams: set[str | None] = set()
    last = len(spans) - 1
    for k in persons:
        if k >= last:
            continue
        sp, other = spans[k], spans[k + 1]
        if other.label not in ("ORG", "GPE"):
            continue
        verb = _RESULT_VERB.match(text, sp.end)
        if (
            verb is not None
            and verb.end() == other.start
            and _SCORE.match(text, other.end)
            and not set_scores_follow(text, other.end)
        ):
            teams.add(sp.value)
    if not teams:
        return
    for k, sp in enumerate(spans):
        if sp.label == "PERSON" and sp.value in teams:
            spans[k] = Span("entity", "ORG", sp.start, sp.end, sp.text, sp.value)
            rules[k] = "short-forms:result-subject"


_AND = frozenset((" and ", ", ", " & "))  # between two storms' names after a plural word
# "hurricanes Helene and Milton": storms named after a plural in lower case
# (a substring test each: a regex tried at every character cost 3% of the whole analysis)
STORMS_IN_LOWER_CASE = ("hurricanes ", "typhoons ", "cyclones ")


def storm_short_names(
    text: str, spans: list[Span], rules: list[str], lower_case: bool
) -> list[Span]:
    """ "Milton arrived" after "Hurricane Milton": once the article names a storm with its
    word, the storm's name alone is the same storm (an EVENT), not a person or a town the
    name is also. "Hurricanes Helene and Milton" names two: Hurricane Helene, and the name
    after "and" is Hurricane Milton; so does "hurricanes Helene and Milton" (``lower_case``:
    the text holds such a plural). Relabels in place."""
    storms: dict[str, str] = {}
    for k, sp in enumerate(spans):
        value = sp.value or ""
        if lower_case and sp.label != "EVENT" and text[sp.start - 2 : sp.start] == "s ":
            # "hurricanes Helene and Milton": the plural in lower case before the names
            word = text[text.rfind(" ", max(0, sp.start - 12), sp.start - 1) + 1 : sp.start - 1]
            single = STORM_PLURALS.get(word.capitalize())
            if single is not None and word.islower():
                value = f"{word.capitalize()} {sp.text}"
                rules[k] = f"document:storm-plural was {sp.label} by {rules[k].split(' ')[0]}"
                spans[k] = sp = Span("entity", "EVENT", sp.start, sp.end, sp.text, value)
        if sp.label == "EVENT" and storm(value):
            word, _, name = value.partition(" ")
            single = STORM_PLURALS.get(word)
            if single is not None:
                value = f"{single} {name}"
                spans[k] = Span("entity", "EVENT", sp.start, sp.end, sp.text, value)
                if k + 1 < len(spans) and text[sp.end : spans[k + 1].start] in _AND:
                    nxt = spans[k + 1].text
                    storms.setdefault(nxt, f"{single} {nxt}")  # "... and Milton"
            storms.setdefault(name, value)
    if not storms:
        return spans
    for k, sp in enumerate(spans):
        full = storms.get(sp.text)
        if full is not None and sp.label != "EVENT":
            spans[k] = Span("entity", "EVENT", sp.start, sp.end, sp.text, full)
            rules[k] = f"document:storm-short-name was {sp.label} by {rules[k].split(' ')[0]}"
    return spans
