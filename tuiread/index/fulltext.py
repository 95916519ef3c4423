"""Full-text search over the library: SQLite FTS5, ranked by BM25, with marked snippets.

The index tokenises with ``unicode61 remove_diacritics 2``: words are runs of letters and
digits, compared without case or accents; hyphens and apostrophes separate words, and the
query side reads a hyphenated name as a phrase, so "Kilroy-Silk" finds "Kilroy-Silk" and
"Kilroy Silk" and "kilroy" finds both. Titles weigh eight times the body in the ranking.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tuiread.index.names import fold
from tuiread.index.query import Query, QueryError
from tuiread.index.sync import MARK_CLOSE, MARK_OPEN, indexable

SNIPPET_TOKENS = 16
# White space to fold into one space; control characters are not folded (nor dropped): views
# show them as visible stand-ins, JSON gives them exact.
_SPACES = re.compile(r"[^\S\x00-\x08\x0b-\x1f\x7f-\x9f]+")
_MARKED = re.compile(f"{MARK_OPEN}(.*?){MARK_CLOSE}", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Marked:
    """Text with some stretches marked as matches: ``marks`` are (start, end) in ``text``."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching article, best first: its title and a snippet, each with the matches."""

    article_id: str
    title: Marked
    date: str | None
    source: str | None
    score: float
    snippet: Marked


def unmark(raw: str) -> Marked:
    """FTS5 ``highlight``/``snippet`` output (matches between the markers) on one line."""
    flat = _SPACES.sub(" ", raw).strip(" \t\n")
    text: list[str] = []
    marks: list[tuple[int, int]] = []
    at = 0
    size = 0
    for match in _MARKED.finditer(flat):
        before = flat[at : match.start()]
        text.append(before)
        size += len(before)
        inner = match.group(1)
        marks.append((size, size + len(inner)))
        text.append(inner)
        size += len(inner)
        at = match.end()
    text.append(flat[at:].replace(MARK_OPEN, "").replace(MARK_CLOSE, ""))
    return Marked("".join(text), tuple(marks))


@dataclass(frozen=True, slots=True)
class _Doc:
    rowid: int
    article_id: str
    title: str
    date: str | None
    source: str | None
    controls: bool = False  # the text holds control characters (spaces in the index)


def restore(raw: str, original: str) -> str:
    """FTS5 ``highlight``/``snippet`` output made from ``indexable(original)`` with the
    characters ``indexable`` replaced by spaces put back. ``indexable`` keeps every offset,
    so the stretch shown is found in the indexed text and taken from ``original``; the
    markers and a snippet's leading and trailing "…" stay (the two characters used as
    markers stay spaces: they would be read as marks). ``raw`` when it cannot be placed."""
    plain = raw.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
    indexed = indexable(original)
    if indexed == original:
        return raw
    for lead in (0, 1):
        for trail in (0, 1):
            if (lead and not plain.startswith("…")) or (trail and not plain.endswith("…")):
                continue
            body = plain[lead : len(plain) - trail]
            at = indexed.find(body) if body else -1
            if at < 0:
                continue
            out: list[str] = []
            k = 0  # position in plain
            for ch in raw:
                if ch in (MARK_OPEN, MARK_CLOSE):
                    out.append(ch)
                    continue
                put = original[at + k - lead] if lead <= k < len(plain) - trail else ch
                out.append(ch if put in (MARK_OPEN, MARK_CLOSE) else put)
                k += 1
            return "".join(out)
    return raw


def ranked(
    conn: sqlite3.Connection,
    query: Query,
    *,
    tagged: Callable[[list[str]], set[str]] | None = None,
) -> list[tuple[_Doc, float]]:
    """Every article matching ``query`` and its filters, best first (no snippets yet)."""
    try:
        rows = conn.execute(
            "SELECT f.rowid, f.rank, d.article_id, d.title, d.date, d.source, d.controls "
            "FROM fts f JOIN docs d ON d.rowid = f.rowid WHERE fts MATCH ? ORDER BY f.rank",
            (query.fts,),
        ).fetchall()
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot search for {query.text!r}: {exc}") from exc
    docs = [(_Doc(r[0], r[2], r[3], r[4], r[5], bool(r[6])), float(r[1])) for r in rows]
    if query.since:
        since = query.since
        docs = [(d, s) for d, s in docs if d.date and d.date[: len(since)] >= since]
    for source in query.sources:
        wanted = fold(source)
        docs = [(d, s) for d, s in docs if wanted in fold(d.source or "")]
    if query.tags and tagged is not None:
        allowed = tagged(query.tags)
        docs = [(d, s) for d, s in docs if d.article_id in allowed]
    return docs


def snippets(
    conn: sqlite3.Connection,
    query: Query,
    docs: Iterable[tuple[_Doc, float]],
    text_of: Callable[[str], str | None] | None = None,
) -> list[Hit]:
    """The hits for ``docs`` (in their order) with marked titles and snippets, their text
    as written: control characters are put back (``restore``) from the title and, for an
    article whose text holds some, from ``text_of(article_id)``."""
    docs = list(docs)
    if not docs:
        return []
    marks = ",".join("?" * len(docs))
    rows = conn.execute(
        f"SELECT rowid, highlight(fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}'), "
        f"snippet(fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', {SNIPPET_TOKENS}) "
        f"FROM fts WHERE fts MATCH ? AND rowid IN ({marks})",
        (query.fts, *[d.rowid for d, _ in docs]),
    ).fetchall()
    found = {r[0]: (r[1], r[2]) for r in rows}
    hits: list[Hit] = []
    for doc, score in docs:
        title, snippet = found.get(doc.rowid, (doc.title, ""))
        title = restore(title, doc.title)
        if doc.controls and snippet and text_of is not None:
            text = text_of(doc.article_id)
            if text is not None:
                snippet = restore(snippet, text)
        hits.append(
            Hit(
                doc.article_id,
                unmark(title),
                doc.date,
                doc.source,
                -score,
                unmark(snippet),
            )
        )
    return hits


def fold_keep_length(text: str) -> str:
    """``text`` with case and accents folded character by character, so that every offset
    of the result is the same offset of ``text``."""
    out = []
    for ch in text:
        low = ch.lower()
        if len(low) != 1:
            low = ch
        base = unicodedata.normalize("NFD", low)[0] if ord(low) > 127 else low
        out.append(base if base else low)
    return "".join(out)


def first_match(text: str, query: Query) -> int | None:
    """The offset of the first place in ``text`` a term of ``query`` matches (as the index
    would: whole words, any case or accents, hyphens and apostrophes as separators)."""
    patterns = []
    for term in query.terms():
        words = [fold_keep_length(w) for w in re.findall(r"[^\W_]+", term.text)]
        if not words:
            continue
        body = r"[\W_]+".join(re.escape(w) for w in words)
        patterns.append(r"(?<![^\W_])" + body + ("" if term.prefix else r"(?![^\W_])"))
    if not patterns:
        return None
    match = re.search("|".join(patterns), fold_keep_length(text))
    return match.start() if match else None
