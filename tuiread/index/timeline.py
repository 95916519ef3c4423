"""The library's dated events in calendar order.

An event is a sentence and the date a DATE expression in it names: its TIMEX3 value from
the analysis when that value is on the calendar ("2017-09-15", "2017-08", "2017-W37"),
else the article's own date (a weekday, "this year" before the engine resolves them).
Durations and counts date nothing and are left out (see ``derive.event_date``).
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from tuiread.index.entities import mention_offsets


@dataclass(slots=True)
class Event:
    """A dated sentence: ``date`` is TIMEX3; ``resolved`` says who gave it ("engine" or
    "article": the article's own date). A value, never changed once made (not frozen: a
    timeline makes tens of thousands, and a frozen dataclass is five times slower to make)."""

    date: str
    sentence: str
    mention: str
    resolved: str
    article_id: str
    title: str
    article_date: str | None
    start: int
    end: int
    sentence_start: int
    sentence_end: int


def timeline(conn: sqlite3.Connection, entity_ids: Iterable[int] | None = None) -> list[Event]:
    """Every event in calendar order, or those whose sentence names one of ``entity_ids``."""
    where = ""
    ids: list[int] = []
    if entity_ids is not None:
        ids = list(entity_ids)
        marks = ",".join("?" * len(ids))
        where = (
            " WHERE e.doc IN (SELECT m.doc FROM entity_names n JOIN entity_docs m "
            f"ON m.value = n.value AND m.label = n.label WHERE n.entity IN ({marks}))"
        )
    rows = conn.execute(
        "SELECT e.date, e.sentence, e.mention, e.resolved, d.article_id, d.title, d.date, "
        "e.start, e.end, e.sentence_start, e.sentence_end, e.doc "
        f"FROM events e JOIN docs d ON d.rowid = e.doc{where} "
        "ORDER BY e.sort_key, e.doc, e.start",
        ids,
    ).fetchall()
    if entity_ids is not None:
        offsets = {doc: sorted(starts) for doc, starts in mention_offsets(conn, ids).items()}
        rows = [r for r in rows if r[11] in offsets and _names(offsets[r[11]], r[9], r[10])]
    return [
        Event(r[0], r[1], r[2], r[3], r[4], r[5], r[6], int(r[7]), int(r[8]), int(r[9]), int(r[10]))
        for r in rows
    ]


def _names(starts: list[int], start: int, end: int) -> bool:
    """Does a mention start within [start, end)?"""
    at = bisect.bisect_left(starts, start)
    return at < len(starts) and starts[at] < end
