"""A name joined to a lower-case prefix by a hyphen ("anti-Japanese", "ex-England",
"pro-Western", "post-CNN"): an affiliation, or a time before or after a body."""

from __future__ import annotations

from .kinds import AFFIX
from .lexicon import HARD, LEX, UPPER

_NORP_LIKE = frozenset(("NORP", "GPE", "LOC", "ORG", "EVENT"))
_TIME_PREFIXES = frozenset(("post", "pre", "non"))


def affiliation(
    text: str, chunk: str, s: int, e: int, found: list[tuple[int, int, str, str, str]]
) -> None:
    """ "anti-Japanese", "ex-England", "pro-Western": one word, an affiliation (NORP)."""
    ps = s - 1
    while ps > 0 and s - ps < 10 and text[ps - 1].isalpha() and text[ps - 1].islower():
        ps -= 1
    if ps > 0 and (text[ps - 1].isalnum() or text[ps - 1] in "-'’"):
        return
    name = AFFIX.sub("", chunk)
    label = HARD.get(name)
    if label is None:
        key = UPPER.get(name.upper())
        label = LEX[key][0] if key is not None else None
    if label == "ORG" and text[ps : s - 1] in _TIME_PREFIXES and name == chunk:
        # "post-CNN", "pre-Brexit"-style: a time before or after the body, no affiliation;
        # the body is named
        found.append((s, e, "ORG", name, "run:name-after-time-prefix"))
        return
    if label in _NORP_LIKE:
        # "anti-Japanese" is about the Japanese; "ex-England" is no England: its own value
        value = name if label == "NORP" else text[ps:e]
        found.append((ps, e, "EVENT" if label == "EVENT" else "NORP", value, "run:affiliation"))
