"""A small rule-based analyser standing in for the engine in the index and app tests, so
they say what the index and the screens do with spans, whatever the engine finds; and the
stories it reads."""

from __future__ import annotations

import re
from datetime import date

from tuiread.model import Article, Span

NAMES = {
    "Tony Blair": "PERSON",
    "Mr Blair": "PERSON",
    "Blair": "PERSON",
    "Cherie Blair": "PERSON",
    "Gordon Brown": "PERSON",
    "Brown": "PERSON",
    "London": "GPE",
    "Paris": "GPE",
    "Labour": "ORG",
}
_NAME = re.compile(r"\b(" + "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True)) + r")\b")
_QUOTE = re.compile(r"“[^”]+”,? said (Tony Blair|Mr Blair|Blair|Gordon Brown|Brown)")
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2}|\d{4}|Tuesday|two weeks|63-year-old)\b")
_DATE_VALUES = {"Tuesday": None, "two weeks": "P2W", "63-year-old": "63"}

calls: list[str] = []


def canonical(name: str, text: str) -> str:
    """Within one article a surname means the full name that article gives."""
    surname = name.split()[-1]
    for full in ("Tony Blair", "Cherie Blair", "Gordon Brown"):
        if full.endswith(" " + surname) and full in text:
            return full
    return name


def toy(text: str, published: date | None) -> list[Span]:
    calls.append(text)
    spans: list[Span] = []
    for m in _NAME.finditer(text):
        spans.append(
            Span("entity", NAMES[m[1]], m.start(), m.end(), m[1], value=canonical(m[1], text))
        )
    for m in _QUOTE.finditer(text):
        quote_end = text.index("”", m.start()) + 1
        spans.append(
            Span(
                "quote",
                "QUOTE",
                m.start(),
                quote_end,
                text[m.start() : quote_end],
                speaker=canonical(m[1], text),
                speaker_start=m.start(1),
                speaker_end=m.end(1),
                speaker_mention=m[1],
            )
        )
    for m in _DATE.finditer(text):
        value = _DATE_VALUES.get(m[1], m[1])
        spans.append(Span("number", "DATE", m.start(), m.end(), m[1], value=value))
    return sorted(spans, key=lambda s: (s.start, -s.end))


def art(key: str, text: str, date: str | None = None, title: str | None = None) -> Article:
    return Article(id=f"{key:0>16}", title=title or f"Story {key}", text=text, date=date)


STORIES = [
    art(
        "a",
        "Tony Blair spoke in London. “We will win,” said Mr Blair. It was 2005-05-05.",
        "2005-05-06",
    ),
    art("b", "Mr Blair was in Paris on Tuesday. “Paris is lovely,” said Blair.", "2005-05-10"),
    art("c", "Blair met Gordon Brown in 1997. Brown said nothing for two weeks.", "2004-01-02"),
    art("d", "“Labour will hold,” said Gordon Brown. He is a 63-year-old.", None),
]
