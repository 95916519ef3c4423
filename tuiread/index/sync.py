"""Bring the index up to date with the library, in two passes.

1. Text: articles added, changed (a new text hash, title, source or date) or removed since
   the last pass are put into (or taken out of) the full-text index. Cheap: no analysis.
2. Analysis: every article whose derived rows were made from another text, engine or date
   gets its spans (from the span cache, else from the engine, then cached) and its entity,
   quote and event rows again.

Staleness is found by comparing the library's summaries (text hash, title, ...) with what the
index recorded, so changes made by any process, at any time, are picked up at the next pass.
Each pass commits in batches (an interrupted pass keeps what it did) and holds a lock file
while it runs, so two processes never do the same work at once: the second waits, then
finds nothing left to do.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import threading
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from tuiread.index.db import IndexDB
from tuiread.index.derive import derive
from tuiread.index.engine import engine_version
from tuiread.index.spancache import SpanCache, published_key
from tuiread.model import Article, Span
from tuiread.timex import published_date

Progress = Callable[[str, int, int], None]  # stage, done, total
Analyzer = Callable[[str, date | None], list[Span]]

READING, ANALYSING, LINKING, WAITING = "reading", "analysing", "linking", "waiting"
BATCH = 100  # articles analysed per transaction: other processes see progress and write between
TEXT_BATCH = 500  # articles put in the full-text index per transaction (fewer, larger segments)
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"  # snippet markers: never left in indexed text
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_THREAD_LOCKS: dict[str, threading.Lock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()


def indexable(text: str) -> str:
    """Text as the full-text index stores it: control characters (the snippet markers
    among them) become spaces, so a match can always be marked unambiguously."""
    return _CONTROL.sub(" ", text)


def analysed_key(content_hash: str, engine: str, article_date: str | None) -> str:
    return f"{content_hash}|{engine}|{published_key(article_date)}"


def default_analyzer(text: str, published: date | None) -> list[Span]:
    from tuiread.analysis import analyze

    return analyze(text, published=published)


class Indexer:
    """Runs the two passes for one store against one index."""

    def __init__(self, db: IndexDB, store: Any, *, analyzer: Analyzer | None = None) -> None:
        self.db = db
        self.store = store
        self.analyzer = analyzer or default_analyzer
        self.warnings: list[str] = []

    # -- locks -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _pass_lock(self, name: str, progress: Progress | None) -> Iterator[None]:
        """One pass of one kind at a time, across threads and processes."""
        key = f"{self.db.path}:{name}"
        with _THREAD_LOCKS_GUARD:
            thread_lock = _THREAD_LOCKS.setdefault(key, threading.Lock())
        if not thread_lock.acquire(blocking=False):
            if progress:
                progress(WAITING, 0, 0)
            thread_lock.acquire()
        try:
            with self._file_lock(name, progress):
                yield
        finally:
            thread_lock.release()

    @contextlib.contextmanager
    def _file_lock(self, name: str, progress: Progress | None) -> Iterator[None]:
        if self.db.path is None or self.db.in_memory:
            yield
            return
        path = self.db.path.with_name(f"{self.db.path.name}.{name}.lock")
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            yield  # cannot make the lock file: work unguarded (the results are the same)
            return
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if progress:
                    progress(WAITING, 0, 0)
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

    # -- what is stale ---------------------------------------------------------------------

    def _docs(self) -> dict[str, tuple[int, str, str, str | None, str | None, str | None]]:
        rows = self.db.conn.execute(
            "SELECT article_id, rowid, content_hash, title, source, date, added FROM docs"
        ).fetchall()
        return {r[0]: (r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows}

    def _summaries(self) -> dict[str, Any]:
        refresh = getattr(self.store, "refresh", None)
        if callable(refresh):
            with contextlib.suppress(Exception):
                refresh()
        return {s.id: s for s in self.store.library.summaries()}

    def text_pending(self) -> int:
        """How many articles the text pass would add, change or remove."""
        summaries = self._summaries()
        docs = self._docs()
        stale = sum(
            1
            for s in summaries.values()
            if (doc := docs.get(s.id)) is None
            or doc[1:] != (s.content_hash, s.title, s.source, s.date, s.added)
        )
        return stale + sum(1 for key in docs if key not in summaries)

    def analysis_pending(self) -> list[tuple[int, str, str, str | None]]:
        """(rowid, article id, text hash, date) of every article whose rows are stale."""
        engine = engine_version()
        rows = self.db.conn.execute(
            "SELECT rowid, article_id, content_hash, date, analysed FROM docs ORDER BY rowid"
        ).fetchall()
        return [(r[0], r[1], r[2], r[3]) for r in rows if r[4] != analysed_key(r[2], engine, r[3])]

    # -- pass 1: text ----------------------------------------------------------------------

    def update_text(self, progress: Progress | None = None) -> int:
        """Add, change and remove articles in the full-text index; returns how many."""
        with self._pass_lock("text", progress):
            return self._update_text(progress)

    def _update_text(self, progress: Progress | None) -> int:
        summaries = self._summaries()
        docs = self._docs()
        removed = [docs[key][0] for key in docs if key not in summaries]
        changed: list[Any] = []
        retitled: list[Any] = []
        for s in summaries.values():
            doc = docs.get(s.id)
            if doc is None or doc[1] != s.content_hash:
                changed.append(s)
            elif doc[2:] != (s.title, s.source, s.date, s.added):
                retitled.append(s)
        total = len(removed) + len(changed) + len(retitled)
        if not total:
            return 0
        done = 0
        if progress:
            progress(READING, 0, total)
        if removed or retitled:
            with self.db.write() as conn:
                for rowid in removed:
                    _delete_doc(conn, rowid)
                for s in retitled:
                    rowid, _, _, _, old_date, _ = docs[s.id]
                    conn.execute(
                        "UPDATE docs SET title=?, source=?, date=?, added=? WHERE rowid=?",
                        (s.title, s.source, s.date, s.added, rowid),
                    )
                    conn.execute(
                        "UPDATE fts SET title=? WHERE rowid=?", (indexable(s.title), rowid)
                    )
                IndexDB.bump_generation(conn)
            done += len(removed) + len(retitled)
            if progress:
                progress(READING, done, total)
        for batch in _batches(changed, TEXT_BATCH):
            articles = [a for a in (self._article(s.id) for s in batch) if a is not None]
            summaries_of = {s.id: s for s in batch}
            with self.db.write() as conn:
                for article in articles:
                    _put_doc(conn, article, summaries_of[article.id], fresh=article.id not in docs)
                IndexDB.bump_generation(conn)
            done += len(batch)
            if progress:
                progress(READING, done, total)
        return total

    def _article(self, article_id: str) -> Article | None:
        try:
            article: Article = self.store.library.get(article_id)
        except KeyError:
            return None  # removed meanwhile: the next pass drops it
        except Exception as exc:  # noqa: BLE001 - a damaged body must not stop the others
            self.warnings.append(str(exc))
            return None
        return article

    # -- pass 2: analysis ------------------------------------------------------------------

    def update_analysis(self, progress: Progress | None = None) -> int:
        """Analyse every article whose rows are stale (span cache first); returns how many."""
        with self._pass_lock("analysis", progress):
            return self._update_analysis(progress)

    def _update_analysis(self, progress: Progress | None) -> int:
        engine = engine_version()
        cache = SpanCache(engine)
        todo = self.analysis_pending()
        if not todo:
            return 0
        total = len(todo)
        if progress:
            progress(ANALYSING, 0, total)
        done = 0
        for batch in _batches(todo):
            results: list[tuple[int, Article, list[Span], bool]] = []
            for rowid, article_id, content_hash, _ in batch:
                article = self._article(article_id)
                if article is None or article.content_hash != content_hash:
                    continue  # changed since the text pass: the next text pass catches it
                spans = cache.get(self.db.conn, article)
                fresh = spans is None
                if spans is None:
                    spans = self.analyzer(article.text, published_date(article.date))
                results.append((rowid, article, spans, fresh))
            with self.db.write() as conn:
                for rowid, article, spans, fresh in results:
                    if fresh:
                        cache.put(conn, article, spans)
                    _put_derived(conn, rowid, article, spans, engine)
                IndexDB.bump_generation(conn)
            done += len(batch)
            if progress:
                progress(ANALYSING, done, total)
        with self.db.write() as conn:
            cache.prune(conn)
        return total

    # -- everything --------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget everything indexed (the span cache too): the next passes start over."""
        with (
            self._pass_lock("text", None),
            self._pass_lock("analysis", None),
            self.db.write() as conn,
        ):
            for table in ("docs", "fts", "spans", "entity_docs", "quotes", "events"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM entities")
            conn.execute("DELETE FROM entity_names")
            conn.execute("DELETE FROM meta WHERE key='catalogue'")
            IndexDB.bump_generation(conn)


def _batches(items: list[Any], size: int = BATCH) -> Iterator[list[Any]]:
    """Slices of at most ``size`` items."""
    at = 0
    while at < len(items):
        yield items[at : at + size]
        at += size


def _delete_doc(conn: Any, rowid: int) -> None:
    conn.execute("DELETE FROM docs WHERE rowid=?", (rowid,))
    conn.execute("DELETE FROM fts WHERE rowid=?", (rowid,))
    _delete_derived(conn, rowid)


def _delete_derived(conn: Any, rowid: int) -> None:
    for table in ("entity_docs", "quotes", "events"):
        conn.execute(f"DELETE FROM {table} WHERE doc=?", (rowid,))


def _put_doc(conn: Any, article: Article, s: Any, *, fresh: bool) -> None:
    """Put ``article`` (``s`` its summary) in the full-text index; ``fresh``: it was not
    there before (nothing of it to take out first)."""
    if article.content_hash != s.content_hash:
        s = article.summary()  # changed since the summaries were read: index what was read
    row = conn.execute(
        "INSERT INTO docs(article_id, content_hash, title, source, date, added, analysed) "
        "VALUES(?,?,?,?,?,?,NULL) "
        "ON CONFLICT(article_id) DO UPDATE SET content_hash=excluded.content_hash, "
        "title=excluded.title, source=excluded.source, date=excluded.date, "
        "added=excluded.added, analysed=NULL "
        "RETURNING rowid",
        (s.id, s.content_hash, s.title, s.source, s.date, s.added),
    ).fetchone()
    rowid = int(row[0])
    if not fresh:
        conn.execute("DELETE FROM fts WHERE rowid=?", (rowid,))
        _delete_derived(conn, rowid)
    conn.execute(
        "INSERT INTO fts(rowid, title, body) VALUES(?,?,?)",
        (rowid, indexable(article.title), indexable(article.text)),
    )
    conn.execute(
        "UPDATE docs SET controls=? WHERE rowid=?",
        (int(_CONTROL.search(article.text) is not None), rowid),
    )


def _put_derived(conn: Any, rowid: int, article: Article, spans: list[Span], engine: str) -> None:
    """Replace the article's derived rows, if the index still holds this very text."""
    current = conn.execute("SELECT content_hash, date FROM docs WHERE rowid=?", (rowid,)).fetchone()
    if current is None or current[0] != article.content_hash or current[1] != article.date:
        return
    _delete_derived(conn, rowid)
    rows = derive(article, spans)
    conn.executemany(
        "INSERT INTO entity_docs(doc, label, value, mentions, first, starts, forms) "
        "VALUES(?,?,?,?,?,?,?)",
        [(rowid, *row) for row in rows.entities],
    )
    conn.executemany(
        "INSERT INTO quotes(doc, start, end, text, speaker, speaker_mention) VALUES(?,?,?,?,?,?)",
        [(rowid, *row) for row in rows.quotes],
    )
    conn.executemany(
        "INSERT INTO events(doc, start, end, mention, value, date, sort_key, resolved, "
        "sentence, sentence_start, sentence_end) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
        [(rowid, *row) for row in rows.events],
    )
    conn.execute(
        "UPDATE docs SET analysed=? WHERE rowid=?",
        (analysed_key(article.content_hash, engine, article.date), rowid),
    )
