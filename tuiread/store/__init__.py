"""The store: the article library and the reader's annotations, durable on disk.

``open_store(home)`` opens (or creates) the library under ``home`` (default: ``data_dir()``).
Files there: ``library.json`` (+ ``.wal``, ``.lock``: articles, reading state, followed
feeds), ``articles/<id>.json``,
``annotations.json`` (+ ``.wal``, ``.lock``). Several processes may use one library at once:
every write takes a short lock, catches up with the others' writes, and is durable on return.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from tuiread.model import Article
from tuiread.store.anchoring import Anchor, anchor
from tuiread.store.annotations import (
    ANNOTATIONS,
    ANNOTATIONS_FORMAT,
    ANNOTATIONS_MIGRATIONS,
    AnnotationStore,
    ArticleNotes,
)
from tuiread.store.feeds import AmbiguousFeed, FeedStore, UnknownFeed
from tuiread.store.library import LIBRARY_FORMAT, LIBRARY_MIGRATIONS, Library, ReadingState
from tuiread.store.paths import config_path, data_dir
from tuiread.store.storage import (
    AmbiguousArticle,
    CorruptDatabase,
    NewerFormat,
    ReadOnlyStore,
    StoreDB,
    StoreError,
    UnknownArticle,
    WriteFailed,
)

__all__ = [
    "AmbiguousArticle",
    "AmbiguousFeed",
    "FeedStore",
    "UnknownFeed",
    "Anchor",
    "AnnotationStore",
    "ArticleNotes",
    "CorruptDatabase",
    "Library",
    "NewerFormat",
    "ReadOnlyStore",
    "ReadingState",
    "Store",
    "StoreError",
    "UnknownArticle",
    "WriteFailed",
    "anchor",
    "config_path",
    "data_dir",
    "open_store",
]

LIBRARY_FILE = "library.json"
ANNOTATIONS_FILE = "annotations.json"


class Store:
    """An open library: ``library`` (articles, reading state), ``feeds`` (followed feeds)
    and ``annotations``."""

    def __init__(self, home: Path, *, read_only: bool = False) -> None:
        self.home = home
        self._library_db = StoreDB(
            home / LIBRARY_FILE,
            read_only=read_only,
            format_version=LIBRARY_FORMAT,
            migrations=LIBRARY_MIGRATIONS,
        )
        try:
            self._annotations_db = StoreDB(
                home / ANNOTATIONS_FILE,
                read_only=read_only or self._library_db.durable.read_only,
                format_version=ANNOTATIONS_FORMAT,
                migrations=ANNOTATIONS_MIGRATIONS,
                lazy_tables=(ANNOTATIONS,),
            )
        except BaseException:
            self._library_db.close()
            raise
        lib, ann = self._library_db.durable, self._annotations_db.durable
        self.read_only = lib.read_only or ann.read_only
        self.read_only_reason = (
            lib.read_only_reason or ann.read_only_reason if self.read_only else None
        )
        if self.read_only and not lib.read_only:
            # One part could not be opened for writing: keep both read-only, so nothing half-works.
            lib.read_only, lib.read_only_reason = True, self.read_only_reason
        self.created = lib.created
        self.library = Library(self._library_db, home)
        self.annotations = AnnotationStore(self._annotations_db)
        self.feeds = FeedStore(self._library_db)
        self._closed = False

    def add_articles(self, articles: Iterable[Article]) -> list[Article]:
        """Add the articles that are not in the library yet (by id, address, feed GUID or
        text), each with the tags its source gave; returns those added, in order."""
        fresh: list[Article] = []
        taken: set[str] = set()
        for article in articles:
            keys = {article.id, article.content_hash, article.url or "", article.guid or ""}
            keys.discard("")
            if keys & taken or self.library.find_duplicate(article) is not None:
                continue
            taken |= keys
            fresh.append(article)
        if not fresh:
            return []
        self.library.add_many(fresh)
        for article in fresh:
            if article.tags:
                self.annotations.add_article_tags(article.id, article.tags)
        return fresh

    def refresh(self) -> None:
        """Pick up what other processes saved since the last read or write."""
        self._library_db.durable.refresh()
        self._annotations_db.durable.refresh()

    def compact(self) -> None:
        """Fold both journals into fresh snapshots now (close does it too)."""
        self._library_db.durable.compact()
        self._annotations_db.durable.compact()

    @property
    def warnings(self) -> list[str]:
        return self._library_db.durable.warnings + self._annotations_db.durable.warnings

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for db in (self._annotations_db, self._library_db):
            with contextlib.suppress(Exception):
                db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(home: Path | None = None, *, read_only: bool = False) -> Store:
    """Open (creating if needed) the library under ``home`` (default ``data_dir()``).

    Raises CorruptDatabase / NewerFormat (files left untouched) or WriteFailed. When the folder
    is not writable the store opens read-only: ``store.read_only`` and ``read_only_reason``.
    """
    return Store(Path(home) if home is not None else data_dir(), read_only=read_only)
