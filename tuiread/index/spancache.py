"""The analysis cache: each article's spans computed once, stored, and read back at once.

An entry is keyed by what decides the spans: the hash of the text, the engine's fingerprint
(``engine_version``) and the date the article was published (relative dates resolve
against it). A changed text, engine or date simply misses and is recomputed. The span's
``text`` is not stored: it is ``article_text[start:end]`` and is cut again on reading.
"""

from __future__ import annotations

import sqlite3
import zlib
from typing import Any

import orjson

from tuiread.model import Article, Span
from tuiread.timex import published_date

SPAN_FORMAT = "1"  # the layout of one stored row below
_FIELDS = (
    "kind",
    "label",
    "start",
    "end",
    "value",
    "unit",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_mention",
)


def published_key(article_date: str | None) -> str:
    day = published_date(article_date)
    return day.isoformat() if day else ""


def cache_key(article: Article, engine: str) -> tuple[str, str, str]:
    """(text hash, engine, published) for ``article`` under ``engine``."""
    return article.content_hash, f"{SPAN_FORMAT}:{engine}", published_key(article.date)


def encode_spans(spans: list[Span]) -> bytes:
    rows = [
        [
            s.kind,
            s.label,
            s.start,
            s.end,
            s.value,
            s.unit,
            s.speaker,
            s.speaker_start,
            s.speaker_end,
            s.speaker_mention,
        ]
        for s in spans
    ]
    return zlib.compress(orjson.dumps(rows), 1)


def decode_spans(data: bytes, text: str) -> list[Span] | None:
    """The spans stored in ``data`` for ``text``; None when the entry does not fit the text."""
    try:
        rows: Any = orjson.loads(zlib.decompress(data))
    except (zlib.error, orjson.JSONDecodeError):
        return None
    spans: list[Span] = []
    size = len(text)
    try:
        for row in rows:
            kind, label, start, end = row[0], row[1], int(row[2]), int(row[3])
            if not 0 <= start < end <= size:
                return None
            spans.append(Span(kind, label, start, end, text[start:end], *row[4:10]))
    except (TypeError, ValueError, IndexError):
        return None
    return spans


class SpanCache:
    """Reads and writes the ``spans`` table of an index connection."""

    def __init__(self, engine: str) -> None:
        self.engine = engine

    def get(self, conn: sqlite3.Connection, article: Article) -> list[Span] | None:
        text_hash, engine, published = cache_key(article, self.engine)
        row = conn.execute(
            "SELECT data FROM spans WHERE text_hash=? AND engine=? AND published=?",
            (text_hash, engine, published),
        ).fetchone()
        if row is None:
            return None
        return decode_spans(bytes(row[0]), article.text)

    def put(self, conn: sqlite3.Connection, article: Article, spans: list[Span]) -> None:
        text_hash, engine, published = cache_key(article, self.engine)
        conn.execute(
            "INSERT OR REPLACE INTO spans(text_hash, engine, published, data) VALUES(?,?,?,?)",
            (text_hash, engine, published, encode_spans(spans)),
        )

    def prune(self, conn: sqlite3.Connection) -> int:
        """Drop entries of other engines and of texts no article has any more."""
        current = f"{SPAN_FORMAT}:{self.engine}"
        cursor = conn.execute(
            "DELETE FROM spans WHERE engine != ? "
            "OR text_hash NOT IN (SELECT content_hash FROM docs)",
            (current,),
        )
        return cursor.rowcount
