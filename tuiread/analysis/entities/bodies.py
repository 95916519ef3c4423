"""Names that run past a word or a number the run regex stops at.

* ``body_for``: "National Institute for Health and Care Excellence", "Office for National
  Statistics", "Centre for Economic Policy Research": an institution's head, "for" and the
  subject it serves are one organisation (the run regex stops at "for", and "Care
  Excellence" alone read as a person). Only after a head word, so "Germany for Germans" and
  "Smith for President" stay apart.
* ``body_of_and``: "Department of Relief and Rehabilitation", "Ministry of Agriculture and
  Fisheries": an institution's head, "of" and a subject of two parts joined by "and" are one
  organisation, when the second part is common words ("Rehabilitation" alone read as a name).
* ``coordinated_body``: "Food and Drug Administration", "Valley Federal Savings and Loan
  Association": words joined by "and" before an institution's head share that head.
* ``numbered_names``: "House Bill 1181" (LAW), "BBC Radio 4" (ORG), "5th U.S. Circuit
  Court of Appeals", "101st Airborne Division" (ORG): the number or the ordinal is part of
  the name. Only these words are looked for: each costs a scan of the text.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled
from .lexicon import (
    CALENDAR_NAMES,
    COMMON,
    CONNECTORS,
    DIRECTIONS,
    FIRST_NAMES,
    HARD,
    LEX,
    LOWER,
    ORG_SUFFIXES,
    PLACE_LABELS,
    TITLE_CAP,
)
from .run_pattern import RUN_RE

# Heads of bodies named "X for Y" ("Department for Education", "Institute for Fiscal Studies")
FOR_HEADS = frozenset(
    """
    Institute Institutes Centre Center Centres Centers Council Commission Committee Congress Journal Society
    Foundation Office Department Ministry Agency Court Fund Trust Alliance Association
    Coalition Network Organisation Organization School College Academy Federation Union
    Commissioner Authority Board Service Services Bureau Partnership Forum Campaign
    Movement Initiative Project League Party Front Endowment Program Programme
    """.split()  # noqa: SIM905
)
# heads a headline's verb may stand before ("Voters Abandon Republican Party for Rival"):
# they open a body "for" a cause only in a run of three words at most
_SHORT_HEADS = frozenset("Movement Initiative Project League Party Front".split())  # noqa: SIM905
# the subject after "for": capitalised words, with "and" or "of" between them ("Health and
# Care Excellence", "Prevention of Cruelty"); group 1 is what follows the last "and", if any
_FOR_SUBJECT = compiled.compile(
    r" for (?:the |a |an )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
    r"(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)?"
    r"(?: and ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*))?"
)
_NOT_SUBJECT = CALENDAR_NAMES
# a determiner opening a sentence before a body's name
_OPENERS = frozenset("The A An His Her Its Their Our My Your This That".split())  # noqa: SIM905


def past_opener(chunk: str, s: int) -> int:
    """Where the body's name in the run ``chunk`` (at ``s``) starts: past a determiner that
    opens the run ("The", "Her National League for Democracy": no part of it)."""
    first, _, rest = chunk.partition(" ")
    return s + len(first) + 1 if first in _OPENERS and rest else s


def body_for(text: str, chunk: str, s: int, e: int) -> tuple[int, int, str, str, str] | None:
    """The organisation "HEAD for SUBJECT" that the run ``text[s:e]`` opens, or None."""
    head = chunk.rpartition(" ")[2]
    if head not in FOR_HEADS or chunk.isupper() or head in _SHORT_HEADS and chunk.count(" ") > 2:
        return None
    m = _FOR_SUBJECT.match(text, e)
    if m is None:
        return None
    end = m.end()
    last = m.group(1)
    if last is not None:
        first = last.split(" ", 1)[0]
        if first in FIRST_NAMES or HARD.get(last) is not None:
            end = m.start(1) - 5  # "Institute for Fiscal Studies and Oxford University"
    words = text[e + 5 : end].split()
    if not words or words[-1] in _NOT_SUBJECT or HARD.get(" ".join(words)) == "PERSON":
        return None
    if words[0] in FIRST_NAMES:
        return None  # "Voters Abandon Republican Party for Hillary Clinton": a person, no cause
    if " " not in chunk and HARD.get(words[0]) in PLACE_LABELS:
        return None  # "funding from Congress for Tanzania and Kenya": for a place, not named so
    s = past_opener(chunk, s)
    return (s, end, "ORG", text[s:end], "run:body-for")


# the words after "to" in a body's name: a capitalised verb and its object ("Protect
# Journalists", "Stop Killer Robots"), or a cause and the body's head ("Life Party")
_TO_SUBJECT = compiled.compile(r" to ([A-Z][a-z'’-]+(?: [A-Z][\w'’-]*){0,3})(?![\w'’-])")


def body_to(text: str, chunk: str, s: int, e: int) -> tuple[int, int, str, str, str] | None:
    """The organisation the run ``text[s:e]`` opens with "to": "Committee to Protect
    Journalists", "Campaign to Stop Killer Robots" (a head, "to" and what it is for), or
    "Right to Life Party" (a cause ending in a head), or None. Not "a delegation to Kenya"
    or "Smith to Liverpool" (no head on either side, or a place or a person after "to")."""
    if chunk.isupper() or chunk.count(" ") > 2:
        return None
    m = _TO_SUBJECT.match(text, e)
    if m is None:
        return None
    words = m.group(1).split(" ")
    if words[0] in FIRST_NAMES or HARD.get(words[0]) is not None or words[0] in _NOT_SUBJECT:
        return None  # "transfer Smith to Liverpool", "to Kenya": a person or a place
    if text[m.end() : m.end() + 1] == " " and text[m.end() + 1 : m.end() + 2].isupper():
        return None  # "Supreme Court to Hear Texas Social Media Law Case": a headline runs on
    head_first = chunk.rpartition(" ")[2] in FOR_HEADS and len(words) > 1
    head_last = words[-1] in FOR_HEADS and len(words) > 1
    if not head_first and not head_last:
        return None
    s = past_opener(chunk, s)
    end = m.end()
    return (s, end, "ORG", text[s:end], "run:body-to")


# the second part of a subject after "and": up to four capitalised words
_AND_PART = compiled.compile(
    r" and ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,3})(?![\w'’-]| [A-Z]| of )"
)


def body_of_and(text: str, chunk: str, s: int, e: int) -> tuple[int, int, str, str, str] | None:
    """The organisation "HEAD of X and Y" that the run ``text[s:e]`` ("Department of Relief")
    opens, when Y is common words that name no body or place by themselves ("Rehabilitation",
    "Urban Development"; not "Boeing", "Smith", "Army"), or None."""
    head, of, _ = chunk.partition(" of ")
    if not of or head.rpartition(" ")[2] not in FOR_HEADS or chunk.isupper():
        return None
    m = _AND_PART.match(text, e)
    if m is None:
        return None
    part = m.group(1).split(" ")
    for k, w in enumerate(part):
        low = w.lower()
        if low not in COMMON and low not in LOWER or w in HARD:
            return None
        if w in ORG_SUFFIXES and (k == 0 or k < len(part) - 1):
            return None  # "Defence and Army": a body alone; "Health and Human Services" is one
    if chunk.startswith("The "):
        s += 4
    return (s, m.end(), "ORG", text[s : m.end()], "run:body-of-and")


# "House Bill 1181", "Senate Bill 8": a bill's number; "BBC Radio 4": a station's
_COORD_HEADS = frozenset(
    """
    Bureau Ministry Department Office Committee Division Administration Agency Authority
    Commission Service Council Institute Association Federation Board Trust Society
    Team Unit Squad Branch Command
    League Alliance Coalition Union Foundation Fund Network Centre Center Enforcement
    """.split()  # noqa: SIM905
)
_COORD_BLOCK = frozenset(("GPE", "ORG", "PERSON", "LOC", "FAC"))


def coordinated_body(
    text: str, chunk: str, s: int, e: int
) -> tuple[int, int, str, str, str] | None:
    """ "Asian and Oceanian Affairs Bureau", "Trade and Industry Ministry", "Foreign and
    Commonwealth Office", "Food and Drug Administration", "Avon Fire and Rescue Service",
    "Homicide and Major Enquiry Team", "Drugs and Firearms Squad": words joined by "and"
    before an institution's or a police unit's head share that head, so the whole is one
    organisation. Not when either side names something by itself
    ("Britain and European Union")."""
    m = RUN_RE.match(text, e + 5)
    if m is None:
        return None
    if chunk.startswith("The "):
        chunk = chunk[4:]  # "The Food and Drug Administration": the article is no part of it
        s += 4
    if chunk.count(" ") > 2:
        return None
    second = m.group()
    words = second.split(" ")
    if words[-1] not in _COORD_HEADS:  # "Drug Administration on Monday": the head ends it
        # the head ends the body before a lower-case word, a title, or an office and a
        # given name ("Immigration and Naturalization Service Commissioner Doris Meissner")
        heads = [
            k
            for k, w in enumerate(words[:-1])
            if w in _COORD_HEADS
            and (
                words[k + 1].islower()
                or words[k + 1] in TITLE_CAP
                or k + 2 < len(words)
                and words[k + 2] in FIRST_NAMES
            )
        ]
        second = " ".join(words := words[: heads[0] + 1 if heads else 0])
    if len(words) < 2 or words[-1] not in _COORD_HEADS or second in LEX:
        return None
    if chunk.isupper() or second.isupper():
        return None
    first = chunk.split(" ")
    if len(first) > 2 and (first[0] in DIRECTIONS or HARD.get(" ".join(first[:2])) in PLACE_LABELS):
        first = first[2:]  # "West Yorkshire Fire and Rescue Authority": a place of two words
    elif len(first) > 1:
        # "Avon Fire and Rescue Service", "Valley Federal Savings and Loan Association": a
        # place may open the first part
        first = first[1:]
    for w in (*first, *words[:-1]):
        if HARD.get(w) in _COORD_BLOCK or w in CONNECTORS:
            return None
    end = m.start() + len(second)
    return (s, end, "ORG", text[s:end], "run:coordinated-body")


_BILL_NUMBER = compiled.compile(r" (\d{1,5})\b(?![.,]\d|%)")
_STATION_NUMBER = compiled.compile(r" (\d{1,2})\b(?![.,:]\d|%)")
# an ordinal before a court's circuit or a military unit: "5th U.S. Circuit", "101st Airborne"
_ORDINAL_BEFORE = compiled.compile(r"\b\d{1,3}(?:st|nd|rd|th) (?:U\.S\. )?$")
_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))
_UNIT_WORDS = frozenset(("Circuit", "Division"))


def numbered_names(text: str, spans: list[Span], rules: list[str]) -> None:
    """Apply ``numbered_names`` of the module docstring to the sorted ``spans`` (and their
    ``rules``), in place; character tests first, as few names have a number."""
    numbers = "Bill " in text or "Radio " in text  # each test scans the text: two words
    units = "Circuit " in text or "Division" in text
    if not numbers and not units:
        return
    k = 0
    while k < len(spans):
        sp = spans[k]
        if (
            units
            and sp.label == "ORG"
            and (
                text[sp.start - 3 : sp.start - 1] in _ORDINAL_ENDS
                or text.endswith("U.S. ", 0, sp.start)
                and text[sp.start - 8 : sp.start - 6] in _ORDINAL_ENDS
            )
        ):
            k = ordinal_unit(text, spans, rules, k)
        elif numbers and text[sp.end : sp.end + 1] == " " and sp.text.endswith(_NUMBER_ENDS):
            numbered(text, spans, rules, k)
        k += 1


_NUMBER_ENDS = ("Bill", "Radio")


def numbered(text: str, spans: list[Span], rules: list[str], k: int) -> None:
    """ "House Bill 1181" (LAW), "BBC Radio 4" (ORG): the number ends the name."""
    sp = spans[k]
    if sp.text.endswith("Bill"):
        n = _BILL_NUMBER.match(text, sp.end)
        if n is None or " " not in sp.text:
            return
        label, rule = "LAW", "bodies:bill-number"
    else:
        n = _STATION_NUMBER.match(text, sp.end)
        if n is None or sp.label not in ("ORG", "PERSON", "GPE"):
            return
        label, rule = "ORG", "bodies:station-number"
    name = text[sp.start : n.end()]
    spans[k] = Span("entity", label, sp.start, n.end(), name, name)
    rules[k] = rule


def ordinal_unit(text: str, spans: list[Span], rules: list[str], k: int) -> int:
    """ "5th U.S. Circuit Court of Appeals", "101st Airborne Division": the ordinal (and
    "U.S.") before a court's circuit or a unit is part of its name; the new index of span k."""
    sp = spans[k]
    if _UNIT_WORDS.isdisjoint(sp.text.split(" ")):
        return k
    m = _ORDINAL_BEFORE.search(text, max(0, sp.start - 14), sp.start)
    if m is None:
        return k
    s = m.start()
    while k > 0 and spans[k - 1].start >= s:
        del spans[k - 1]  # "U.S." apart from "Circuit Court of Appeals"
        del rules[k - 1]
        k -= 1
    spans[k] = Span("entity", "ORG", s, sp.end, text[s : sp.end], text[s : sp.end])
    rules[k] = "bodies:ordinal-unit"
    return k
