"""A person whose surname is a place's word: "Elaine Park", "Grace Bridge", "Joan Bay".

A run ending in a place's word ("Park", "Bridge", "Bay": ``score.LOC_SUFFIXES``) reads as a
place ("Hyde Park", "Victoria Park"), and so does a given name with a surname that is one
(Korean "Park", English "Bridge", "Street"). The article says which: a person speaks and is
referred back to by the surname ("Park said", "Park, who", "Ms Park"); a park is "at" or
"in" somewhere and says nothing.

``given_name_people``: a two-word place's name that opens with a listed given name, that no
mention has "at", "in", "near", "to" or "from" before, and that the article treats as a
person at least once (it, or its last word alone, before "said", "says", "told", "added",
", who", or after "Mr", "Ms", "Mrs", "Dr") is a person's, and so is each mention of its last
word alone.

Cost: two C-level scans of the spans' labels for a FAC or a LOC; the rest only then.

``generation_suffixes``: "Joseph R. Biden, Jr.", "James A. Baker III": the generation a
person's name ends in is part of it, never a person alone ("Jr." read as one).
"""

from __future__ import annotations

from itertools import compress
from operator import attrgetter

from tuiread.model import Span

from .. import compiled
from .lexicon import FIRST_NAMES

_PLACE_LABELS = frozenset(("FAC", "LOC"))  # a suffix's labels ("Park", "Bay")
_LABEL = attrgetter("label")
_SPEAKS = compiled.compile(r",? (?:said|says|told|added|explained|wrote)\b|, who\b")
_TITLED = compiled.compile(r"\b(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.? $")
_PLACE_BEFORE = compiled.compile(r"\b(?:at|in|near|to|from|around|across)(?: the)? $")
RULE = "people:given-name-not-place"


def given_name_people(text: str, spans: list[Span], rules: list[str]) -> None:
    """Relabel, in place, the people ``spans`` read as places (see the module docstring)."""
    labels = list(map(_LABEL, spans))
    if "FAC" not in labels and "LOC" not in labels:
        return  # two C-level scans: most articles name no place of these kinds
    names: dict[str, str] = {}  # full name -> surname
    for sp in compress(spans, map(_PLACE_LABELS.__contains__, labels)):
        if sp.text.count(" ") == 1:
            given, last = sp.text.split(" ")
            if given in FIRST_NAMES:
                names[sp.text] = last
    if not names:
        return
    surnames = {last: full for full, last in names.items()}
    person = set()
    placed = set()
    for sp in spans:
        full = sp.text if sp.text in names else surnames.get(sp.text)
        if full is None:
            continue
        lo = max(0, sp.start - 12)
        if sp.text in names and _PLACE_BEFORE.search(text, lo, sp.start) is not None:
            placed.add(full)
        if _SPEAKS.match(text, sp.end) is not None or _TITLED.search(text, lo, sp.start):
            person.add(full)
    people = person - placed
    if not people:
        return
    for k, sp in enumerate(spans):
        full = sp.text if sp.text in names else surnames.get(sp.text)
        if full in people and sp.label != "PERSON":
            spans[k] = Span("entity", "PERSON", sp.start, sp.end, sp.text, full)
            rules[k] = RULE


# initials before a surname: "J.C.", "A. L." (each a capital and a full stop)
_INITIALS_OPENING = compiled.compile(r"(?:[A-Z]\. ?){1,3}(?=[A-Z][a-z])")
_ANY_PLACE = frozenset(("GPE", "LOC", "FAC"))


def initials_not_place(key: str, label: str | None) -> str | None:
    """ "J.C. Matlock", "A. L. Williams": an unknown name that opens with initials and a
    surname is a person's (or a firm's: "D.A. Davidson"), never a place's, whatever the
    statistics say of a word they have never seen."""
    if label in _ANY_PLACE and _INITIALS_OPENING.match(key) is not None:
        return "PERSON"
    return label


# the generation after a person's name, with or without a comma ("Biden, Jr.", "Baker III")
_GENERATION = compiled.compile(r",? (?:Jr|Sr)\.?(?![\w])|,? (?:II|III|IV)\b(?!['’]?\w)")
GENERATION_CUES = ("Jr", "Sr", " II", " IV")  # " III" holds " II"
# a two-letter cue is found faster by the regex engine's literal search than by ``in``
_JR = compiled.compile("Jr").search
_SR = compiled.compile("Sr").search


def generation_cue(text: str) -> bool:
    """Does ``text`` hold one of ``GENERATION_CUES``, without which no generation follows a
    name? (``generation_suffixes`` is asked only then.)"""
    return _JR(text) is not None or _SR(text) is not None or " II" in text or " IV" in text


GENERATION_RULE = "people:generation"


def generation_suffixes(
    text: str, spans: list[Span], rules: list[str]
) -> tuple[list[Span], list[str]]:
    """Each person's span extended over the generation after it (see the module docstring),
    and any span inside that generation dropped; new lists, in order."""
    out: list[Span] = []
    out_rules: list[str] = []
    reach = -1
    for span, rule in zip(spans, rules, strict=True):
        if span.end <= reach:
            continue  # "Jr." alone, inside the name before it
        if span.label == "PERSON":
            m = _GENERATION.match(text, span.end)
            if m is not None:
                reach = m.end()
                span = Span(
                    span.kind, span.label, span.start, reach, text[span.start : reach], span.value
                )
                rule = GENERATION_RULE
        out.append(span)
        out_rules.append(rule)
    return out, out_rules
