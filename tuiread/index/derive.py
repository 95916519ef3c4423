"""One article's spans as the rows the library-wide queries read.

- entities: one row per (label, name) the article mentions, with the mention count, the first
  mention, every mention's offset and the words used;
- quotes: one row per quotation, with its speaker;
- events: one row per dated sentence, with its TIMEX3 date and where that date came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tuiread.index.sentences import Sentences
from tuiread.index.timex import DAY, CalendarValue, calendar_value
from tuiread.model import Article, Span
from tuiread.timex import published_date

FORM_SEPARATOR = "\x1f"
_SPACES = re.compile(r"\s+")
_COUNT = re.compile(r"^\d+(?:\.\d+)?$")
_NOT_A_POINT = ("PAST_REF", "FUTURE_REF")

EntityRow = tuple[str, str, int, int, str, str]  # label, value, mentions, first, starts, forms
QuoteRow = tuple[int, int, str, str | None, str | None]  # start, end, text, speaker, mention
# start, end, mention, value, date, sort key, resolved, sentence, sentence start, sentence end
EventRow = tuple[int, int, str, str | None, str, str, str, str, int, int]


@dataclass
class Derived:
    entities: list[EntityRow] = field(default_factory=list)
    quotes: list[QuoteRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)


def clean_name(name: str) -> str:
    """A name on one line with single spaces (names are data: no control characters)."""
    if name.isprintable() and "  " not in name and name == name.strip():
        return name
    return _SPACES.sub(" ", "".join(ch if ch.isprintable() else " " for ch in name)).strip()


def derive(article: Article, spans: list[Span]) -> Derived:
    """The rows for ``article`` from its ``spans``."""
    out = Derived()
    out.entities = _entities(spans)
    out.quotes = [
        (
            s.start,
            s.end,
            s.text,
            clean_name(s.speaker) or None if s.speaker else None,
            s.speaker_mention,
        )
        for s in spans
        if s.kind == "quote"
    ]
    out.events = _events(article, spans)
    return out


def _entities(spans: list[Span]) -> list[EntityRow]:
    groups: dict[tuple[str, str], tuple[list[int], dict[str, None]]] = {}
    for s in spans:
        if s.kind != "entity":
            continue
        name = clean_name(s.value or s.text)
        if not name:
            continue
        starts, forms = groups.setdefault((s.label, name), ([], {}))
        starts.append(s.start)
        forms[clean_name(s.text)] = None
    rows: list[EntityRow] = []
    for (label, name), (starts, forms) in groups.items():
        rows.append(
            (
                label,
                name,
                len(starts),
                min(starts),
                ",".join(map(str, starts)),
                FORM_SEPARATOR.join(f for f in forms if f),
            )
        )
    return rows


def event_date(
    value: str | None, article_day: CalendarValue | None
) -> tuple[CalendarValue, str] | None:
    """The date a DATE span places its sentence at, and whether the engine or the article's
    own date gave it; None when the span places nothing (a duration, a count)."""
    found = calendar_value(value)
    if found is not None:
        return found, "engine"
    if value:
        cleaned = value.strip()
        if cleaned.startswith("P") and len(cleaned) > 1 and not cleaned.startswith("PRESENT"):
            return None  # a duration: "P2W"
        if cleaned in _NOT_A_POINT or _COUNT.match(cleaned):
            return None
    if article_day is None:
        return None
    return article_day, "article"


def _events(article: Article, spans: list[Span]) -> list[EventRow]:
    dates = [
        s
        for s in spans
        if s.kind == "number"
        and (s.label == "DATE" or (s.label == "TIME" and calendar_value(s.value) is not None))
    ]
    if not dates:
        return []
    day = published_date(article.date)
    article_day = CalendarValue(day.isoformat(), day, DAY) if day else None
    sentences = Sentences(article.text)
    seen: set[tuple[int, str]] = set()
    rows: list[EventRow] = []
    for s in dates:
        placed = event_date(s.value, article_day)
        if placed is None:
            continue
        when, resolved = placed
        start, end = sentences.around(s.start)
        if (start, when.value) in seen:
            continue
        seen.add((start, when.value))
        # The sentence as written (control characters and all): views make it one safe
        # line (``textsafe.one_line``), JSON gives it exact.
        sentence = article.text[start:end]
        rows.append(
            (
                s.start,
                s.end,
                s.text,
                s.value,
                when.value,
                when.sort_key,
                resolved,
                sentence,
                start,
                end,
            )
        )
    return rows
