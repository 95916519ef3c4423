"""Hand-judged spans for a handful of news stories, and how an engine's output is held to them.

Each ``*.json`` here names a story under ``stories/`` (or ``seeds/``), its publication date,
and every highlight a careful reader marks in it, judged by hand, not copied from the engine:

    {"kind": "entity", "label": "PERSON", "text": "Marsh", "value": "Helen Marsh"}

- ``text`` is matched at every word-bounded occurrence in the story, except those inside a
  longer entry of the same kind and label ("Marsh" inside "Helen Marsh"); inside a longer
  entry of another label an occurrence is optional ("Japanese" inside "Japanese Foreign
  Ministry"); ``nth`` (1-based, counted over all occurrences) picks one occurrence instead.
- A story with ``"parse": true`` is a raw file (the seeds): it is read and cleaned as the
  library imports it, and the spans index the cleaned text the reader shows.
- ``alt`` lists other boundaries a reader would accept at the same place ("3,200" for
  "about 3,200"); ``label``, ``value`` and ``speaker`` may be a list of accepted answers.
- ``optional`` entries may be found or not; they only make a span there no error.
- Every span the engine returns of an entry's kind must match some entry (required or
  optional): the golden lists are complete, so a stray highlight is an error too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tuiread.model import Span

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


@dataclass(frozen=True)
class Place:
    """One occurrence of a golden entry: where it is and which boundaries are accepted."""

    entry: dict[str, Any]
    start: int
    end: int
    accepted: frozenset[tuple[int, int]]
    optional: bool

    @property
    def kind(self) -> str:
        return str(self.entry["kind"])

    def allows(self, field: str, got: object) -> bool:
        want = self.entry.get(field)
        if want is None:
            return True
        return got in (want if isinstance(want, list) else [want])


@dataclass(frozen=True)
class Story:
    name: str
    text: str
    published: date | None
    places: tuple[Place, ...]


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Word-bounded places of ``needle``; any run of white space matches any other (the
    seeds hold no-break spaces a golden file cannot show)."""
    body = r"\s+".join(re.escape(part) for part in needle.split())
    pattern = re.compile(r"(?<!\w)" + body + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def load(path: Path) -> Story:
    data = json.loads(path.read_text(encoding="utf-8"))
    source = HERE / data["story"]
    if data.get("parse"):
        from tuiread.ingest import parse_article, read_text_file

        text = parse_article(read_text_file(source), origin=source.name).text
    else:
        text = source.read_text(encoding="utf-8")
    published = date.fromisoformat(data["published"]) if data.get("published") else None
    entries: list[dict[str, Any]] = data["spans"]
    spots: list[tuple[dict[str, Any], int, int]] = []
    for entry in entries:
        found = _occurrences(text, entry["text"])
        if not found:
            raise ValueError(f"{path.name}: {entry['text']!r} is not in the story")
        if "nth" in entry:
            found = [found[entry["nth"] - 1]]
        spots.extend((entry, s, e) for s, e in found)
    places = []
    for entry, s, e in spots:
        around = [
            other
            for other, os, oe in spots
            if other is not entry
            and other["kind"] == entry["kind"]
            and os <= s
            and e <= oe
            and (oe - os) > (e - s)
        ]
        if "nth" not in entry and any(o["label"] == entry["label"] for o in around):
            continue
        accepted = {(s, e)}
        for alt in entry.get("alt", ()):
            accepted.update((a, b) for a, b in _occurrences(text, alt) if a < e and b > s)
        optional = bool(entry.get("optional")) or ("nth" not in entry and bool(around))
        places.append(Place(entry, s, e, frozenset(accepted), optional))
    return Story(path.stem, text, published, tuple(places))


def stories() -> list[Path]:
    return sorted(HERE.glob("*.json"))


def judge(story: Story, spans: Sequence[Span], kind: str) -> list[str]:
    """Every disagreement between ``spans`` and the golden entries of ``kind``, as lines."""
    problems: list[str] = []
    mine = [s for s in spans if s.kind == kind]
    by_bounds: dict[tuple[int, int], list[Span]] = {}
    for span in mine:
        by_bounds.setdefault((span.start, span.end), []).append(span)
    places = [p for p in story.places if p.kind == kind]
    for place in places:
        candidates = [s for b in place.accepted for s in by_bounds.get(b, ())]
        where = f"{place.entry['text']!r} at {place.start}"
        if not candidates:
            if not place.optional:
                problems.append(f"missed {place.entry.get('label')} {where}")
            continue
        span = candidates[0]
        if not place.allows("label", span.label):
            problems.append(f"label {span.label}, want {place.entry['label']}: {where}")
        if not place.allows("value", span.value):
            problems.append(f"value {span.value!r}, want {place.entry['value']!r}: {where}")
        if not place.allows("unit", span.unit):
            problems.append(f"unit {span.unit!r}, want {place.entry['unit']!r}: {where}")
        if kind == "quote" and not place.allows("speaker", span.speaker):
            problems.append(f"speaker {span.speaker!r}, want {place.entry['speaker']!r}: {where}")
    accepted = {b for p in places for b in p.accepted}
    for span in mine:
        if (span.start, span.end) not in accepted:
            problems.append(f"stray {span.label} {span.text!r} at {span.start}")
    return problems
