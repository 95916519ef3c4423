"""The store: the article library and the reader's annotations, durable on disk.

``open_store(home)`` opens (or creates) the library under ``home`` (default: ``data_dir()``).
Files there: ``library.json`` (+ ``.wal``, ``.lock``: articles, reading state, followed
feeds), ``articles/<id>.json``,
``annotations.json`` (+ ``.wal``, ``.lock``). Several processes may use one library at once:
every write takes a short lock, catches up with the others' writes, and is durable on return.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from tuiread.fileio import why
from tuiread.model import Article
from tuiread.store.anchoring import Anchor, anchor
from tuiread.store.annotations import (
    ANNOTATIONS,
    ANNOTATIONS_FORMAT,
    ANNOTATIONS_MIGRATIONS,
    AnnotationStore,
    ArticleNotes,
)
from tuiread.store.errors import (
    AmbiguousArticle,
    CorruptDatabase,
    NewerFormat,
    ReadOnlyStore,
    StoreError,
    UnknownArticle,
    WriteFailed,
)
from tuiread.store.feeds import AmbiguousFeed, FeedStore, UnknownFeed
from tuiread.store.library import LIBRARY_FORMAT, LIBRARY_MIGRATIONS, Library, ReadingState
from tuiread.store.paths import config_path, data_dir
from tuiread.store.tables import StoreDB

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
    "library_exists",
    "open_store",
    "remove_new_library",
]

LIBRARY_FILE = "library.json"
ANNOTATIONS_FILE = "annotations.json"


class Store:
    """An open library: ``library`` (articles, reading state), ``feeds`` (followed feeds)
    and ``annotations``."""

    def __init__(self, home: Path, *, read_only: bool = False) -> None:
        self.home = home
        new = not read_only and not library_exists(home)
        folder_existed = home.exists()
        try:
            self._open(home, read_only)
        except WriteFailed as exc:
            if not new:
                raise
            # A library that could not be made leaves nothing behind (not even a lock file).
            remove_new_library(home, remove_folder=not folder_existed)
            raise WriteFailed(
                f"Could not create the library in {home}: {_reason(exc)}. Nothing was left behind.",
                exc.path,
                exc.errno,
            ) from exc

    def _open(self, home: Path, read_only: bool) -> None:
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
        text), each with the tags its source gave; returns those added, in order.

        The check and the add hold the library's write lock, after catching up with what
        other processes saved: two refreshes at once add a story once, and only the one that
        added it reports it as new."""
        given = list(articles)
        if not given:
            return []
        fresh: list[Article] = []
        taken: set[str] = set()
        with self._library_db.durable.transaction():
            for article in given:
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
                self.annotations.change_article_tags(article.id, add=article.tags)
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


def _reason(exc: WriteFailed) -> str:
    return why(OSError(exc.errno, os.strerror(exc.errno))) if exc.errno else "it failed"


def remove_new_library(home: Path, *, remove_folder: bool = False) -> None:
    """Remove the files of a library that failed to be created under ``home``: its
    databases, an empty articles folder, and ``home`` itself when asked and empty."""
    for name in (LIBRARY_FILE, ANNOTATIONS_FILE):
        for suffix in ("", ".wal", ".lock"):
            with contextlib.suppress(OSError):
                (home / f"{name}{suffix}").unlink()
    bodies = home / "articles"
    for body in bodies.glob("*.json") if bodies.is_dir() else ():
        with contextlib.suppress(OSError):
            body.unlink()
    for folder in [bodies] + ([home] if remove_folder else []):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty


def library_exists(home: Path | None = None) -> bool:
    """Whether a library has been made under ``home`` (default ``data_dir()``)."""
    folder = Path(home) if home is not None else data_dir()
    return any((folder / name).exists() for name in (LIBRARY_FILE, LIBRARY_FILE + ".wal"))


def open_store(home: Path | None = None, *, read_only: bool = False) -> Store:
    """Open (creating if needed) the library under ``home`` (default ``data_dir()``).

    Raises CorruptDatabase / NewerFormat (files left untouched) or WriteFailed. When the folder
    is not writable the store opens read-only: ``store.read_only`` and ``read_only_reason``.
    """
    return Store(Path(home) if home is not None else data_dir(), read_only=read_only)
