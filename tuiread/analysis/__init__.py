"""Text -> spans: entities (who, where), numbers (how much, when) and quotes (who said what).

Pure and deterministic: no I/O beyond reading the shipped word lists once, no Textual.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from datetime import date
from itertools import accumulate
from operator import attrgetter

from tuiread.gcpause import cyclic_gc_paused
from tuiread.model import Span

from .ages import ages_after_age_words, ages_after_names, ranges_of_year_olds
from .dates import resolve_dates
from .entities import find_entities
from .names_numbers import (
    numbered_roads,
    numbers_ending_opening_names,
    ordinals_opening_titles,
    products_with_model_numbers,
    ranges_opening_in_names,
)
from .numbers import find_numbers
from .numbers.lexicon import TEMPERATURE_UNITS
from .poll_points import points_of_a_share
from .quoted_titles import names_inside_titles
from .quotes import find_quotes
from .trace import Decision, Trace

__all__ = [
    "Decision",
    "Trace",
    "analyze",
    "find_entities",
    "find_numbers",
    "find_quotes",
    "resolve_dates",
]

_KIND, _START, _END = attrgetter("kind"), attrgetter("start"), attrgetter("end")


# what a number in a name belongs to: "Boeing 747" (a model), "Zootopia 2" (a sequel)
_NUMBERED_WORKS = frozenset(("PRODUCT", "WORK_OF_ART"))


def outside_names(
    numbers: list[Span], entities: list[Span], text: str, trace: Trace | None
) -> list[Span]:
    """The number spans less a capitalised number word inside a longer name the entity
    engine found ("Ten Downing Street", "the Second World War"): a word of the name, no
    count; and so a month or a day named alone inside one ("Jan Harvey", "April Ryan",
    "Monday Night Football"): a word of the name, no date; a measure in capitals ("Four Mile
    Canyon"); and an ordinal in figures ("the
    9th U.S. Circuit Court of Appeals", "the 101st Airborne Division"), and the number of a
    product's model ("Microsoft 365") or a sequel's ('"Zootopia 2"'). Digits stay ("Windows 11" is for the numbers engine to judge), and so do words in
    capitals ("TAKES ONE-SHOT LEAD": a headline's name may run over its count); this catches
    what the numbers engine cannot place by itself, as at a sentence's start."""
    words = [
        n
        for n in numbers
        if n.text[:1].isupper()
        and n.text[1:2].islower()
        and (
            n.label in _COUNTS
            or n.label == "QUANTITY"  # "Four Mile Canyon", "Seven Mile Beach": the name's
            and n.text.istitle()  # words, every one capitalised
            or n.label in _CALENDAR
            and n.text.isalpha()
            and _beside_a_capital(text, n.start, n.end)
        )
        or n.label == "ORDINAL"
        and n.text[:1].isdigit()
        and n.text[-2:] in _ORDINAL_ENDINGS
        or n.label == "CARDINAL"
        and text[n.start - 2 : n.start - 1].isalpha()  # (a model's number follows a word)
        and n.text.isdigit()
    ]
    if not words:
        return numbers
    inside = set()
    for n, e in _held(words, entities, longer=True):
        if n.label == "CARDINAL" and e.label not in _NUMBERED_WORKS and n.text.isdigit():
            continue  # "Windows 11" is for the numbers engine; "Boeing 747" a model's number
        inside.add(id(n))
        if trace is not None:
            trace.rejected("number", text, n.start, n.end, "analysis:name", e.text)
    return [n for n in numbers if id(n) not in inside] if inside else numbers


def _beside_a_capital(text: str, s: int, e: int) -> bool:
    """Is the word at ``s``..``e`` next to a capitalised word ("Jan Harvey", "Sheffield
    Wednesday")? Only then may it lie inside a longer name."""
    if text[e : e + 1] == " " and text[e + 1 : e + 2].isupper():
        return True
    if text[s - 1 : s] != " " or not text[s - 2 : s - 1].isalpha():
        return False
    return text[text.rfind(" ", 0, s - 1) + 1].isupper()


def _held(spans: list[Span], holders: list[Span], *, longer: bool) -> Iterator[tuple[Span, Span]]:
    """Each of ``spans`` that lies inside one of ``holders`` (one ``longer`` than it, if
    asked), with that holder. Only the holders that start at or before a span are looked at,
    back while one may still reach its end: linear in the text, however many there are."""
    holders = sorted(holders, key=_START)
    starts = [h.start for h in holders]
    reach = list(accumulate((h.end for h in holders), max))  # the furthest end so far
    for s in spans:
        k = bisect_right(starts, s.start) - 1
        while k >= 0 and reach[k] >= s.end:
            h = holders[k]
            if s.end <= h.end and (not longer or h.end - h.start > s.end - s.start):
                yield s, h
                break
            k -= 1


_COUNTS = frozenset(("CARDINAL", "ORDINAL"))
_ORDINAL_ENDINGS = frozenset(("st", "nd", "rd", "th"))
_CALENDAR = frozenset(("DATE", "TIME"))
_TEMPERATURE_SCALES = frozenset(TEMPERATURE_UNITS.values())  # "C", "F", "K"


def names_outside_dates_and_units(
    entities: list[Span], numbers: list[Span], text: str, trace: Trace | None
) -> list[Span]:
    """The entity spans less those that lie wholly inside a date, a time or a temperature:
    "Labor Day", "Christmas", "Valentine's Day", "Jan. 6", "Q3" are days and periods with a
    calendar value, not names (a holiday is a DATE, as OntoNotes has it), and "Celsius" in
    "4 degrees Celsius" is a scale; a reader wants one highlight there, the number's. Other
    measures and money keep their names: "Canadian" in "150 million Canadian dollars" is
    CoNLL's MISC, and "1 Rad" in a table of results may be a club."""
    dates = [
        n
        for n in numbers
        if n.label in _CALENDAR or n.label == "QUANTITY" and n.unit in _TEMPERATURE_SCALES
    ]
    if not dates:
        return entities
    inside = set()
    for e, d in _held(entities, dates, longer=False):
        inside.add(id(e))
        if trace is not None:
            trace.rejected("entity", text, e.start, e.end, "analysis:inside-number", d.text)
    return [e for e in entities if id(e) not in inside] if inside else entities


_LABEL = attrgetter("label")


def quotes_not_titles(
    quotes: list[Span], entities: list[Span], text: str, trace: Trace | None
) -> list[Span]:
    """The quotes less those whose marks hold a work's title and nothing else ('Netflix said
    "Squid Game" season two would arrive'): the title is a WORK_OF_ART, not words someone
    said, and one highlight is enough there."""
    titles = {(e.start, e.end) for e in entities if e.label == "WORK_OF_ART"}
    kept = []
    for q in quotes:
        inner_end = q.end - 1 - (text[q.end - 2 : q.end - 1] in ",.")
        if (q.start + 1, inner_end) in titles:
            if trace is not None:
                trace.rejected("quote", text, q.start, q.end, "analysis:title-in-marks")
            continue
        kept.append(q)
    return kept


def analyze(text: str, *, published: date | None = None, trace: Trace | None = None) -> list[Span]:
    """Every span in ``text``, sorted by start (then longest first, then by kind).

    ``published`` is the article's date: relative dates ("last month", "Tuesday") resolve
    against it. ``trace`` collects each rule's decisions for ``explain``.
    """
    if not text:
        return []
    with cyclic_gc_paused():
        entities = find_entities(text, trace=trace)
        numbers = resolve_dates(
            text, find_numbers(text, trace=trace), published=published, trace=trace
        )
        if numbers:
            numbers = ordinals_opening_titles(numbers, text)
            # (the ages' and the polls' rules only where their words are: most stories hold none)
            if "age of " in text or "ages " in text:
                numbers = ages_after_age_words(numbers, text)
            if "old" in text and "year" in text:
                numbers = ranges_of_year_olds(numbers, text)
            if "point" in text:
                numbers = points_of_a_share(numbers, text)
        if entities and numbers:
            numbers = numbers_ending_opening_names(
                outside_names(numbers, entities, text, trace), entities, text
            )
            entities = names_outside_dates_and_units(entities, numbers, text, trace)
            numbers = ages_after_names(numbers, entities, text)
        if entities:
            numbers, entities = products_with_model_numbers(numbers, entities, text)
            if numbers:
                numbers = ranges_opening_in_names(numbers, entities, text)
        numbers, entities = numbered_roads(numbers, entities, text)
        titles: list[tuple[int, int]] = []
        quotes = find_quotes(text, entities, trace=trace, titles=titles)
        if titles and entities:
            entities = names_inside_titles(entities, titles, text, trace)  # "The Brutalist"
        if quotes and "WORK_OF_ART" in map(_LABEL, entities):
            quotes = quotes_not_titles(quotes, entities, text, trace)
        spans = [*entities, *numbers, *quotes]
        # three stable sorts on C-level keys: ~5x faster than one sort on built tuples
        spans.sort(key=_KIND)
        spans.sort(key=_END, reverse=True)
        spans.sort(key=_START)
    return spans
