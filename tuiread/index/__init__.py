"""The library as one body of news: derived, rebuildable data beside the TinyDB files.

    index = index_for(store)            # one per open store (any thread may use it)
    index.update(progress)              # catch up with the library (text, then analysis)
    index.search('"prime minister" blair -brown')
    index.entities(label="PERSON"); index.quotes(speaker="Tony Blair"); index.timeline()

Everything lives in ``index.sqlite`` in the library folder: the span cache (each article's
analysis, keyed by text hash, engine fingerprint and date), the full-text index (SQLite
FTS5) and the entity, quote and event rows the library-wide views read. Nothing in it is a
source of truth: delete the file and the next ``update`` builds it again. It reads ``store``
and ``analysis`` and never imports Textual.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tuiread.index.db import INDEX_FILE, IndexDB
from tuiread.index.engine import engine_version
from tuiread.index.entities import (
    Entity,
    EntityArticle,
    catalogue_is_current,
    ensure_catalogue,
    entity_article_ids,
    entity_articles,
    find_entities,
    list_entities,
)
from tuiread.index.fulltext import Hit, Marked, first_match, ranked, snippets
from tuiread.index.query import Query, QueryError, check_since, parse_query
from tuiread.index.quotes import QuoteRow, list_quotes, speaker_counts
from tuiread.index.spancache import SpanCache
from tuiread.index.sync import (
    ANALYSING,
    LINKING,
    READING,
    WAITING,
    Analyzer,
    Indexer,
    Progress,
)
from tuiread.index.timeline import Event, timeline
from tuiread.model import ENTITY_LABELS, Article, Span
from tuiread.timex import published_date

__all__ = [
    "ANALYSING",
    "INDEX_FILE",
    "LINKING",
    "READING",
    "WAITING",
    "Entity",
    "EntityArticle",
    "Event",
    "Hit",
    "IndexStatus",
    "LibraryIndex",
    "Marked",
    "Progress",
    "Query",
    "QueryError",
    "QuoteRow",
    "SearchResults",
    "check_label",
    "check_since",
    "engine_version",
    "first_match",
    "index_for",
    "parse_query",
]

PAGE = 200  # hits given snippets at a time


def check_label(label: str) -> str:
    """An entity label in upper case; QueryError naming the labels when it is none."""
    wanted = label.strip().upper()
    if wanted not in ENTITY_LABELS:
        raise QueryError(f'no entity label "{label}"; the labels are: ' + ", ".join(ENTITY_LABELS))
    return wanted


@dataclass(frozen=True, slots=True)
class IndexStatus:
    """How current the index is."""

    articles: int
    indexed: int
    analysed: int
    pending_text: int
    pending_analysis: int
    engine: str
    path: str | None
    size: int
    in_memory: bool


@dataclass
class SearchResults:
    """Every hit of a search, best first; snippets are made a page at a time."""

    query: Query
    total: int
    _index: LibraryIndex
    _docs: list[Any] = field(default_factory=list)
    _hits: dict[int, Hit] = field(default_factory=dict)

    def hits(self, start: int = 0, stop: int | None = None) -> list[Hit]:
        stop = self.total if stop is None else min(stop, self.total)
        missing = [i for i in range(start, stop) if i not in self._hits]
        if missing:
            first, last = missing[0], missing[-1] + 1
            made = snippets(
                self._index.db.conn, self.query, self._docs[first:last], self._index.text_of
            )
            for offset, hit in enumerate(made):
                self._hits[first + offset] = hit
        return [self._hits[i] for i in range(start, stop)]

    def __iter__(self) -> Iterator[Hit]:
        for at in range(0, self.total, PAGE):
            yield from self.hits(at, at + PAGE)

    @property
    def article_ids(self) -> list[str]:
        return [doc.article_id for doc, _ in self._docs]


class LibraryIndex:
    """The index of one store: keeping it current, the span cache, and every query."""

    def __init__(self, store: Any, *, analyzer: Analyzer | None = None) -> None:
        self.store = store
        home = getattr(store, "home", None)
        self.db = IndexDB(home)
        self.indexer = Indexer(self.db, store, analyzer=analyzer)

    # -- keeping current ---------------------------------------------------------------------

    def update(self, progress: Progress | None = None, *, analysis: bool = True) -> int:
        """Catch up with the library: the full text, then (``analysis``) the analysis and
        the entity catalogue. Returns how many articles changed."""
        changed = self.update_text(progress)
        if analysis:
            changed += self.update_analysis(progress)
        return changed

    def update_text(self, progress: Progress | None = None) -> int:
        return self.indexer.update_text(progress)

    def update_analysis(self, progress: Progress | None = None) -> int:
        changed = self.indexer.update_analysis(progress)
        if not catalogue_is_current(self.db):
            if progress:
                progress(LINKING, 0, 1)
            ensure_catalogue(self.db)
            if progress:
                progress(LINKING, 1, 1)
        return changed

    def clear(self) -> None:
        """Forget everything (the next update rebuilds it all)."""
        self.indexer.clear()

    def pending_analysis(self) -> int:
        return len(self.indexer.analysis_pending())

    def status(self) -> IndexStatus:
        conn = self.db.conn
        indexed = int(conn.execute("SELECT COUNT(*) FROM docs").fetchone()[0])
        pending = self.pending_analysis()
        return IndexStatus(
            articles=len(self.store.library),
            indexed=indexed,
            analysed=indexed - pending,
            pending_text=self.indexer.text_pending(),
            pending_analysis=pending,
            engine=engine_version(),
            path=None if self.db.in_memory or self.db.path is None else str(self.db.path),
            size=self.db.size(),
            in_memory=self.db.in_memory,
        )

    @property
    def warnings(self) -> list[str]:
        found = list(self.indexer.warnings)
        if self.db.warning:
            found.insert(0, self.db.warning)
        return found

    # -- the span cache ----------------------------------------------------------------------

    def cached_spans(self, article: Article) -> list[Span] | None:
        """The article's spans if this engine analysed this text for this date; else None."""
        return SpanCache(engine_version()).get(self.db.conn, article)

    def spans(self, article: Article) -> list[Span]:
        """The article's spans: from the cache, else computed now and cached."""
        cached = self.cached_spans(article)
        if cached is not None:
            return cached
        spans = self.indexer.analyzer(article.text, published_date(article.date))
        with self.db.write() as conn:
            SpanCache(engine_version()).put(conn, article, spans)
        return spans

    # -- queries -----------------------------------------------------------------------------

    def search(
        self,
        text: str,
        *,
        tags: Iterable[str] = (),
        sources: Iterable[str] = (),
        since: str | None = None,
    ) -> SearchResults:
        """Articles holding ``text`` (the search language of ``query``), best first.

        Raises QueryError (one line) for a query that cannot be searched."""
        query = parse_query(text)
        query.tags.extend(t.lstrip("#") for t in tags if t.strip())
        query.sources.extend(s for s in sources if s.strip())
        if since:
            query.since = check_since(since)
        docs = ranked(self.db.conn, query, tagged=self._tagged)
        return SearchResults(query, len(docs), self, docs)

    def text_of(self, article_id: str) -> str | None:
        """The article's text as stored (None: gone or unreadable), for snippets shown as
        written."""
        try:
            return str(self.store.library.get(article_id).text)
        except Exception:  # noqa: BLE001 - a snippet from the index is shown instead
            return None

    def _tagged(self, tags: list[str]) -> set[str]:
        """Articles with every one of ``tags`` on any of their annotations."""
        wanted = {t.casefold() for t in tags}
        annotations = self.store.annotations
        overview = annotations.overview()
        return {aid for aid, notes in overview.items() if wanted <= set(notes.all_tags)}

    def entities(self, label: str | None = None, limit: int | None = None) -> list[Entity]:
        ensure_catalogue(self.db)
        return list_entities(self.db.conn, label, limit)

    def find_entities(self, name: str, label: str | None = None) -> list[Entity]:
        ensure_catalogue(self.db)
        return find_entities(self.db.conn, name, label)

    def entity_articles(self, entity_ids: Iterable[int]) -> list[EntityArticle]:
        ensure_catalogue(self.db)
        return entity_articles(self.db.conn, entity_ids)

    def entity_article_ids(self) -> dict[int, list[str]]:
        ensure_catalogue(self.db)
        return entity_article_ids(self.db.conn)

    def quotes(
        self, *, speaker: str | None = None, article_id: str | None = None
    ) -> list[QuoteRow]:
        ensure_catalogue(self.db)
        return list_quotes(self.db.conn, speaker=speaker, article_id=article_id)

    def speakers(self) -> list[tuple[str, int]]:
        ensure_catalogue(self.db)
        return speaker_counts(self.db.conn)

    def timeline(self, entity_ids: Iterable[int] | None = None) -> list[Event]:
        ensure_catalogue(self.db)
        return timeline(self.db.conn, entity_ids)

    def close(self) -> None:
        self.db.close()


_SHARED: weakref.WeakKeyDictionary[Any, LibraryIndex] = weakref.WeakKeyDictionary()
_SHARED_LOCK = threading.Lock()


def index_for(store: Any, *, analyzer: Analyzer | None = None) -> LibraryIndex:
    """The one ``LibraryIndex`` of an open store (made on first use, with ``analyzer`` as
    its engine when given: tests pass a small one)."""
    with _SHARED_LOCK:
        index = _SHARED.get(store)
        if index is None:
            index = _SHARED[store] = LibraryIndex(store, analyzer=analyzer)
        return index
