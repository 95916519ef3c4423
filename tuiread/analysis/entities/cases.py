"""Court cases: "Roe v. Wade", "Plessy v. Ferguson", "Brown v. Board of Education".

The parties of a case are named around "v." or "vs." ("versus"); read apart, each reads as
a person or a body ("Plessy" an ORG, "Wade" a person). A case is one name, a LAW as
OntoNotes has it, and replaces the names found inside it. "v" with no stop is left out: the
results tables of sport write "Kent v Yorkshire" for a match.

``court_cases`` is asked only of a text holding " v. " or " vs. " (``CASE_CUES``).
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .lexicon import LOWER
from .overlay import overlay

CASE_CUES = (" v. ", " vs. ")
RULE = "cases:court-case"
# a word of a party: "U.S." keeps its stops; a stop ending a word ends the sentence ("Board of
# Education. To")
_WORD = r"[A-Z](?:[\w'’&-]|\.(?=\w))*(?:(?<=\.\w)\.)?"
_SMALL = r"(?:of|the|for|de|du|von|van)"  # no "and": "Plessy v. Ferguson and Brown v. Board"
_CASE = compiled.compile(
    rf"(?<![\w.'’-])({_WORD}(?: (?:{_SMALL} )*{_WORD}){{0,4}}) (v|vs)\. "
    rf"({_WORD}(?: (?:{_SMALL} )*{_WORD}){{0,6}})"
)
# "vs." also stands between rivals ("Trump vs. Clinton"): a case only in a sentence that
# speaks of the law
_LAW_NEAR = compiled.compile(
    r"\b(?:case|court|Court|ruling|decision|lawsuit|suit|justices?|Justices?|landmark"
    r"|overturn\w*)\b"
)
# words that end the second party: the court that heard the case follows it ("Roe v. Wade
# Supreme Court decision")
_AFTER_PARTY = frozenset(("Supreme", "Court", "Appeals", "Circuit", "District", "Case"))
_OPENERS = frozenset(("The", "A", "An"))


def _law_near(text: str, s: int, e: int) -> bool:
    """Does the sentence around ``text[s:e]`` speak of a court, a case or a ruling?"""
    lo = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), 0)
    ends = [k for k in (text.find(". ", e), text.find("\n", e)) if k >= 0]
    return _LAW_NEAR.search(text, lo, min(ends, default=len(text))) is not None


def _first_party_start(text: str, s: int, end: int) -> int:
    """Where the first party starts at or after ``s``: past a possessive ("the Court's
    Citizens United") and past common words opening the sentence ("Ready for Trump")."""
    left = text[s:end]
    k = max(left.rfind("'s "), left.rfind("’s "))
    if k >= 0:
        s += k + 3
    while True:
        word, blank, _ = text[s:end].partition(" ")
        if not blank or word.lower() not in LOWER and word not in _OPENERS:
            return s
        s += len(word) + 1


def _cut_court(right: str) -> str:
    """The second party without the court named after it."""
    words = right.split(" ")
    for i, w in enumerate(words[1:], start=1):
        if w in _AFTER_PARTY:
            return " ".join(words[:i])
    return right


def court_cases(text: str, spans: list[Span], rules: list[str]) -> tuple[list[Span], list[str]]:
    """The spans with each court case one LAW span and the names inside it gone; the rules
    beside them. New lists only when a case is found."""
    cases: list[tuple[int, int]] = []
    for m in _CASE.finditer(text):
        if m.group(2) == "vs" and not _law_near(text, m.start(), m.end()):
            continue
        s = _first_party_start(text, m.start(1), m.end(1))
        e = m.start(3) + len(_cut_court(m.group(3)))
        while text[e - 1 : e] in (".", ","):
            e -= 1
        if s < e:
            cases.append((s, e))
    if not cases:
        return spans, rules
    return overlay(text, spans, rules, cases, "LAW", RULE)
