"""A number that ends a name opening a sentence: "Apollo 11 landed in 1969", "Boeing 737
crashes fell". Inside a sentence the numbers engine reads a capitalised word before bare
digits as a name ("the crew of Apollo 11 landed"), but at a sentence's start any word has
its capital ("About 50 died", "Only 11 remain"), so there it keeps the count. The entity
engine knows which opening words are names: bare digits right after an organisation,
product, work or other name that opens a sentence, and before lower-case prose that they do
not count, are a word of the name.

And a capitalised ordinal before a capitalised word that opens a title or a name ("First
Minister John Swinney", "the First Lady") is a word of it, not a count
(``ordinals_opening_titles``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import attrgetter

from tuiread.model import Span

from . import compiled
from .entities.labels import CAR_MAKERS
from .entities.lexicon import CALENDAR_NAMES
from .numbers import find_numbers
from .numbers.classify import counted_noun_after

_START = attrgetter("start")
_NAME_LABELS = frozenset(("ORG", "PRODUCT", "MISC", "WORK_OF_ART", "FAC", "EVENT"))
_DIGITS = compiled.compile(r"\d{1,4}")
_SENTENCE_START = compiled.compile(r"(?:^|[.!?\n][\"'”’)]*\s+)[\"'“‘(\[]*$")
# lower-case prose after the number: not a word that joins another number ("and 90", "to 5"),
# reads a table's row or a score ("up 28.2", "all out")
_PROSE_AFTER = compiled.compile(
    r"[ \u00a0](?!(?:and|or|to|from|by|for)[ \u00a0]\d|(?:up|down|vs|all|not|out)\b)[a-z]"
)
# a number one word on: a score, a scorecard or a part ("244 and 100-5", "3 for 45", "6 of 15")
_NUMBER_SOON_AFTER = compiled.compile(r"[ \u00a0]+[a-z]+[ \u00a0]+\d")


def numbers_ending_opening_names(
    numbers: list[Span], entities: list[Span], text: str
) -> list[Span]:
    """``numbers`` less the bare counts that end a name opening a sentence. One pass over
    both lists (each sorted by start)."""
    by_end = {e.end: e for e in entities if e.kind == "entity" and e.label in _NAME_LABELS}
    if not by_end:
        return numbers
    drop: set[int] = set()
    for n in numbers:
        # (the name before it first: one look-up turns down nearly every number)
        name = by_end.get(n.start - 1)
        if name is None or n.label != "CARDINAL" or n.start < 2 or text[n.start - 1] != " ":
            continue
        if (
            not _DIGITS.fullmatch(n.text)
            or not _SENTENCE_START.search(text, max(0, name.start - 6), name.start)
            or not _PROSE_AFTER.match(text, n.end)
            or _NUMBER_SOON_AFTER.match(text, n.end)
            or counted_noun_after(text, n.end)
        ):
            continue
        drop.add(id(n))
    return [n for n in numbers if id(n) not in drop] if drop else numbers


# the word before a capitalised ordinal that leaves it a title's first word: none (the line
# opens with it), an article, or any word in lower case (not a headline in title case)
_TITLE_LEAD = compiled.compile(r"(?:^|[\n.!?:;,(\"“] *|\b(?:[Tt]he|[Aa]n?|[a-z][\w'’-]*) )$")
_CAPITALISED_WORD_AFTER = compiled.compile(r" [A-Z][a-z]")
# a person's name after the title word: "First Lady Jill Biden", "First Minister John Swinney"
_NAME_AFTER_TITLE = compiled.compile(r",? [A-Z][a-z]+ [A-Z][a-z]")
# words after an ordinal that make a period of time ("First Half" over a table of results)
_CALENDAR_WORDS = CALENDAR_NAMES | frozenset(("Half", "Quarter", "Week", "Year"))


def ordinals_opening_titles(numbers: list[Span], text: str) -> list[Span]:
    """``numbers`` less a capitalised ordinal word that opens a title or a name with the
    capitalised word after it: "First Minister John Swinney", "the First Lady", "the Second
    Division", "First Secretary of State". Mid-sentence an ordinal that counts is written in
    lower case ("the first minister to resign"); in a headline in title case ("Apple Posts
    First Quarterly Loss") every word has its capital, and the ordinal stays. Opening a
    sentence any word has its capital, so there the title must come with a name ("First Lady
    Jill Biden"; "Ninth Meeting of the Partnership" and "First Chang approached" keep theirs)."""
    drop: set[int] = set()
    for n in numbers:
        t = n.text
        if (
            n.label != "ORDINAL"
            or not t[:1].isupper()
            or not t[1:].islower()
            or not t.isalpha()
            or not _CAPITALISED_WORD_AFTER.match(text, n.end)
        ):
            continue
        after = text[n.end + 1 : n.end + 24].split(" ", 1)[0].rstrip(",.;:")
        if after in _CALENDAR_WORDS:
            continue
        lead = _TITLE_LEAD.search(text, max(0, n.start - 24), n.start)
        if lead is None:
            continue
        if lead.group().strip(' "“(') in ("", ".", "!", "?", ":", ";", ",") and not (
            _NAME_AFTER_TITLE.match(text, n.end + 1 + len(after))
        ):
            continue  # opening a sentence: "First Lady Jill Biden", not "Ninth Meeting of"
        drop.add(id(n))
    return [n for n in numbers if id(n) not in drop] if drop else numbers


# what stands before a product named with its model's number: a possessive ("SpaceX's
# Falcon 9", "its Falcon 9") or a verb of making, selling or using one ("launched Gemini 3",
# "introduced Claude Opus 4.5", "has flown its ...")
_PRODUCT_CUE = compiled.compile(
    r"(?:(?<=\w)['’]s|\b(?:its|their|his|her|new|latest|launch(?:ed|es)?|releas(?:ed|es|e)"
    r"|introduc(?:ed|es|e)|unveil(?:ed|s)?|debut(?:ed|s)?|rolled out|upgraded to|ordered"
    r"|orders|bought|buys|flown|flew|flies|powered by|running|runs|uses|using))[ \u00a0]$"
)
_MODEL_NUMBER = compiled.compile(r"\d{1,3}(?:\.\d{1,2})?\b(?![.,:\-/]\d|%)")
_VERSION_AFTER = compiled.compile(r"\.\d{1,2}\b(?!\.\d)")  # "GPT-5" + ".1"
# names whose model's number follows an article: a carmaker ("the Renault 5", "a Peugeot
# 208") and Tesla's "the Model 3" (a table of results has no article: "Lotte 6 Hyundai 2")
_NUMBERED_MODELS = CAR_MAKERS | {"Model"}
_ARTICLES = ("the ", "a ", "The ", "A ")
_MODEL_NAME_LABELS = frozenset(("ORG", "PRODUCT", "PERSON", "GPE", "MISC", "WORK_OF_ART"))


def products_with_model_numbers(
    numbers: list[Span], entities: list[Span], text: str
) -> tuple[list[Span], list[Span]]:
    """(numbers, entities) with each name that a model's or a version's number follows made
    one PRODUCT with it: "its Falcon 9", "Europe's Ariane 6", "introduced Claude Opus 4.5",
    "released GPT-5.1". Read so only after a possessive or a verb of launching, selling or
    using, which no team in a table of results or person counted has before it ("Ajax 3
    PSV 1", "Smith 3"); a name the lists call a product needs no such word ("Gemini 3"), a
    carmaker or "Model" only an article ("the Renault 5", "the Model 3")."""
    by_start: dict[int, Span] | None = None  # built at the first name a digit follows
    joined: dict[int, Span] = {}
    used: set[int] = set()
    for e in entities:
        if not text[e.end + 1 : e.end + 2].isdigit() or e.label not in _MODEL_NAME_LABELS:
            continue  # (the first test turns down nearly every name, in C)
        if text[e.end] not in " .":
            continue
        if text[e.end] == ".":
            m = _VERSION_AFTER.match(text, e.end)
            end = m.end() if m is not None and e.text[-1:].isdigit() and "-" in e.text else -1
            number = None
        else:  # (the numbers engine may have dropped the number as a name's: "Falcon 9")
            m = _MODEL_NUMBER.match(text, e.end + 1)
            end = -1 if m is None else m.end()
            if by_start is None:
                by_start = {n.start: n for n in numbers if n.label == "CARDINAL"}
            number = by_start.get(e.end + 1)
            if number is not None and number.end != end:
                continue  # "Ajax 3-1", "its Falcon 9,000 times": no model's number
        if end < 0 or (
            e.label != "PRODUCT"
            and not (e.text in _NUMBERED_MODELS and text.endswith(_ARTICLES, 0, e.start))
            and _PRODUCT_CUE.search(text, max(0, e.start - 16), e.start) is None
        ):
            continue
        joined[id(e)] = Span(
            "entity", "PRODUCT", e.start, end, text[e.start : end], text[e.start : end]
        )
        if number is not None:
            used.add(id(number))
    if not joined:
        return numbers, entities
    return (
        [n for n in numbers if id(n) not in used],
        [joined.get(id(e), e) for e in entities],
    )


_RANGE_LABELS = frozenset(("CARDINAL", "MONEY", "QUANTITY", "PERCENT"))


def ranges_opening_in_names(numbers: list[Span], entities: list[Span], text: str) -> list[Span]:
    """``numbers`` with a range that opens on the model's number of a name cut to its upper
    bound: "raised its forecast for the Switch 2 to 19 million units" names the console and
    19 million, no range from 2 million. The upper bound is read again on its own."""
    by_end = {e.end: e for e in entities if e.label == "PRODUCT" and e.text[-1:].isdigit()}
    if not by_end:
        return numbers
    out: list[Span] = []
    for n in numbers:
        e = by_end.get(text.find(" ", n.start, n.end)) if n.label in _RANGE_LABELS else None
        if e is None or not e.start < n.start < e.end or text[e.end : e.end + 4] != " to ":
            out.append(n)
            continue
        s = e.end + 4
        for m in find_numbers(text[s : n.end]):
            if m.end == n.end - s:  # the upper bound, read whole
                out.append(
                    Span(
                        "number",
                        m.label,
                        s + m.start,
                        n.end,
                        text[s + m.start : n.end],
                        m.value,
                        m.unit,
                    )
                )
    return out


# a road named by its number: "Interstate 55", "Highway 401", "Route 66" (FAC)
_ROAD_CUES = ("Interstate ", "Highway ", "Route ", "Motorway ", "Freeway ")
_ROAD = compiled.compile(
    r"\b(?:(?:State|County|U\.S\.|US) )?(?:Interstate|Highway|Route|Motorway|Freeway)"
    r" \d{1,4}[A-Z]?\b(?![.,:/-]\d|%)"
)


def numbered_roads(
    numbers: list[Span], entities: list[Span], text: str
) -> tuple[list[Span], list[Span]]:
    """(numbers, entities) with each road named by its number one FAC ("Interstate 55",
    "Highway 401", "State Route 2"): its number no count, its words no name of their own; a
    longer name the entity engine found around it stays."""
    if not any(cue in text for cue in _ROAD_CUES):
        return numbers, entities
    # bisections over the names (by start, with the furthest end so far) and over the roads
    # (apart and in order): linear in the text however many roads and names it holds
    names = sorted(entities, key=_START)
    starts = [e.start for e in names]
    reach = list(accumulate((e.end for e in names), max))
    roads = []
    for m in _ROAD.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or reach[k] < m.end():  # no name found around it whole
            roads.append((m.start(), m.end()))
    if not roads:
        return numbers, entities
    road_starts = [r[0] for r in roads]

    def apart(sp: Span) -> bool:
        k = bisect_left(road_starts, sp.end) - 1  # the last road that starts before its end
        return k < 0 or roads[k][1] <= sp.start

    made = [Span("entity", "FAC", s, e, text[s:e], text[s:e]) for s, e in roads]
    return (
        [n for n in numbers if apart(n)],
        sorted([*(e for e in names if apart(e)), *made], key=_START),
    )
