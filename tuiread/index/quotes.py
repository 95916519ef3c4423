"""Quotes across the library, each with its speaker linked as the entity index links names.

A quote's speaker is the canonical name the analysis gave it in its article; across the
library that name is shown as the entity it belongs to ("Mr Blair" said ... is listed under
"Tony Blair" when the library makes that unambiguous, see ``names``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from tuiread.index.entities import entity_keys, find_entities, name_index
from tuiread.index.names import fold, name_key


@dataclass(slots=True)
class QuoteRow:
    """One quotation: its words, who said it, where (article, offsets) and when."""

    text: str
    speaker: str | None
    speaker_mention: str | None
    article_id: str
    title: str
    date: str | None
    start: int
    end: int


_COLUMNS = (
    "q.text, q.speaker, q.speaker_mention, d.article_id, d.title, d.date, q.start, q.end "
    "FROM quotes q JOIN docs d ON d.rowid = q.doc"
)
_ORDER = " ORDER BY d.date IS NULL, d.date, d.rowid, q.start"


def _rows(conn: sqlite3.Connection, where: str = "", params: Iterable[object] = ()) -> list[tuple]:  # type: ignore[type-arg]
    return conn.execute(f"SELECT {_COLUMNS}{where}{_ORDER}", list(params)).fetchall()


def list_quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    article_id: str | None = None,
) -> list[QuoteRow]:
    """Every quote in date order (undated articles last), or those of ``speaker`` (a name,
    matched as the entity index matches it), or of one article (in text order)."""
    names = name_index(conn)
    clauses: list[str] = []
    params: list[object] = []
    if article_id is not None:
        clauses.append("d.article_id = ?")
        params.append(article_id)
    if speaker is not None:
        spoken = speakers_of(conn, speaker, names)
        if not spoken:
            return []
        clauses.append(f"q.speaker IN ({','.join('?' * len(spoken))})")
        params.extend(sorted(spoken))
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = _rows(conn, where, params)
    out: list[QuoteRow] = []
    shown: dict[str, str] = {}
    for text, raw, mention, article, title, date, start, end in rows:
        out.append(
            QuoteRow(
                text,
                linked_speaker(raw, names, shown),
                mention,
                article,
                title,
                date,
                int(start),
                int(end),
            )
        )
    return out


def linked_speaker(
    raw: str | None, names: dict[str, tuple[int, str]], memo: dict[str, str]
) -> str | None:
    """The entity name a quote's speaker belongs to (the speaker as given when none)."""
    if raw is None:
        return None
    shown = memo.get(raw)
    if shown is None:
        found = names.get(name_key(raw)) or names.get(name_key(raw, ""))
        shown = memo[raw] = found[1] if found else raw
    return shown


def speakers_of(
    conn: sqlite3.Connection, name: str, names: dict[str, tuple[int, str]] | None = None
) -> set[str]:
    """The raw speaker names in the index that ``name`` refers to."""
    if names is None:
        names = name_index(conn)
    keys = entity_keys(conn, [e.id for e in find_entities(conn, name)])
    wanted = fold(name).strip()
    spoken: set[str] = set()
    for (raw,) in conn.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL"):
        key = name_key(raw)
        named = key in keys or name_key(raw, "") in keys
        if named or (not keys and wanted and wanted in fold(raw)):
            spoken.add(raw)
    return spoken


def speaker_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Each linked speaker and how many quotes they have, most first."""
    names = name_index(conn)
    memo: dict[str, str] = {}
    counts: dict[str, int] = {}
    for raw, count in conn.execute(
        "SELECT speaker, COUNT(*) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker"
    ):
        shown = linked_speaker(raw, names, memo) or raw
        counts[shown] = counts.get(shown, 0) + int(count)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
