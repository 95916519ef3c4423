"""The article library: summaries and reading state in ``library.json`` (TinyDB through the
durable storage), one ``articles/<id>.json`` file per article body, loaded lazily."""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from tuiread.fileio import fsync_dir, write_atomically
from tuiread.model import Article, ArticleSummary, sha256_hex
from tuiread.store.annotations import _synchronized
from tuiread.store.errors import (
    AmbiguousArticle,
    CorruptDatabase,
    ReadOnlyStore,
    UnknownArticle,
    write_failed,
)
from tuiread.store.loading import backup_copy
from tuiread.store.storage import Changes
from tuiread.store.tables import StoreDB

LIBRARY_FORMAT = 1
ARTICLES = "articles"
STATE = "state"
_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_HEX = re.compile(r"^[0-9a-fA-F]+$")
MIN_ID_PREFIX = 4
BODY_CACHE = 8
BODY_BATCH = 128  # bodies written, then fsync'd, then renamed together: far fewer disk waits


@dataclass(frozen=True, slots=True)
class ReadingState:
    read: bool = False
    position: int = 0


def _rekey(data: dict[str, dict[str, Any]], table: str, field: str) -> None:
    """Plain TinyDB files number their documents; ours are keyed by the record's own id."""
    docs = data.get(table)
    if docs:
        data[table] = {str(doc.get(field, key)): doc for key, doc in docs.items()}


def _library_from_format_0(data: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Format 0: a plain TinyDB file (no _meta): key articles by their id, states by article_id."""
    data = dict(data)
    _rekey(data, ARTICLES, "id")
    _rekey(data, STATE, "article_id")
    return data


LIBRARY_MIGRATIONS = {0: _library_from_format_0}


class Library:
    """Articles in the library. Reads come from memory; every write is durable on return."""

    def __init__(self, db: StoreDB, folder: Path) -> None:
        self._db = db
        self._storage = db.durable
        self._articles = db.table(ARTICLES)
        self._state = db.table(STATE)
        self.folder = folder
        self.bodies = folder / "articles"
        self._summaries: dict[str, ArticleSummary] | None = None
        self._keys: dict[str, str] | None = None  # "url:..", "guid:..", "hash:.." -> article id
        self._bodies: OrderedDict[str, Article] = OrderedDict()
        self._storage.add_listener(self._on_change)

    # -- reading -------------------------------------------------------------------------

    @_synchronized
    def __len__(self) -> int:
        return len(self._articles.raw())

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and article_id in self._articles.raw()

    def has(self, article_id: str) -> bool:
        return article_id in self._articles.raw()

    @_synchronized
    def summaries(self) -> list[ArticleSummary]:
        """Every article's summary, in the order they were added. No body is loaded."""
        return list(self._summary_map().values())

    @_synchronized
    def summary(self, article_id: str) -> ArticleSummary:
        """KeyError if absent."""
        return self._summary_map()[article_id]

    @_synchronized
    def get(self, article_id: str) -> Article:
        """The whole article; KeyError if it is not in the library. Bodies are cached (a few)."""
        if article_id not in self._articles.raw():
            raise KeyError(article_id)
        cached = self._bodies.get(article_id)
        if cached is not None:
            self._bodies.move_to_end(article_id)
            return cached
        path = self.body_path(article_id)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            self._storage.refresh()  # another process may have removed the article meanwhile
            if article_id not in self._articles.raw():
                raise KeyError(article_id) from None
            raise CorruptDatabase(
                f"The text of article {article_id[:8]} is missing: {path} does not exist. "
                "Add the article again to restore it.",
                path,
            ) from None
        except OSError as exc:
            raise CorruptDatabase(f"Cannot read {path}: {exc.strerror}.", path) from exc
        try:
            article = Article.from_dict(orjson.loads(raw))
        except (orjson.JSONDecodeError, TypeError, ValueError, KeyError, AttributeError) as exc:
            moved = path.with_name(
                f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}"
            )
            try:
                if self._storage.read_only:  # reading never changes the library's files
                    raise OSError("opened read-only")
                os.replace(path, moved)  # kept aside, so that adding the article again restores it
                where = f"It was moved aside, unchanged, to {moved}"
                backup: Path | None = moved
            except OSError:
                backup = backup_copy(path, "corrupt")
                where = "It was left untouched" + (
                    f" and a copy was saved as {backup}" if backup else ""
                )
            raise CorruptDatabase(
                f"The text of article {article_id[:8]} in {path} is damaged ({exc.__class__.__name__}). "
                f"{where}. Add the article again to restore it.",
                path,
                backup,
            ) from exc
        self._bodies[article_id] = article
        while len(self._bodies) > BODY_CACHE:
            self._bodies.popitem(last=False)
        return article

    def body_path(self, article_id: str) -> Path:
        name = article_id if _SAFE_ID.match(article_id) else sha256_hex(article_id)[:32]
        return self.bodies / f"{name}.json"

    @_synchronized
    def resolve(self, query: str) -> ArticleSummary:
        """An id prefix (4+ hex digits) or a unique case-insensitive part of a title.

        Raises UnknownArticle (with near candidates) or AmbiguousArticle (with .candidates).
        """
        q = query.strip()
        summaries = self._summary_map()
        if not q:
            raise UnknownArticle(
                "Give an article id (or its first characters) or a part of its title."
            )
        if q in summaries:
            return summaries[q]
        if len(q) >= MIN_ID_PREFIX and _HEX.match(q):
            low = q.lower()
            by_id = [s for s in summaries.values() if s.id.lower().startswith(low)]
            if len(by_id) == 1:
                return by_id[0]
            if by_id:
                raise AmbiguousArticle(_ambiguous(query, by_id), by_id)
        fold = q.casefold()
        by_title = [s for s in summaries.values() if fold in s.title.casefold()]
        if len(by_title) == 1:
            return by_title[0]
        if by_title:
            same = [s for s in by_title if s.title.casefold().strip() == fold]
            if len(same) == 1:
                return same[0]
            raise AmbiguousArticle(_ambiguous(query, by_title), by_title)
        near = _near(q, list(summaries.values()))
        message = f'No article matches "{query}".'
        if near:
            message += " Did you mean:\n" + "\n".join(_line(s) for s in near)
        raise UnknownArticle(message, near)

    @_synchronized
    def find_duplicate(self, article: Article) -> str | None:
        """The id of the article in the library that is the same story as ``article``: the
        same id, address, feed GUID or text. None when it is new."""
        if article.id in self._articles.raw():
            return article.id
        keys = self._key_map()
        for key in _identity_keys(article.url, article.guid, article.content_hash):
            if key in keys:
                return keys[key]
        return None

    @_synchronized
    def find_url(self, url: str) -> str | None:
        """The id of the article with this (normalised) address, if any."""
        return self._key_map().get("url:" + url)

    @_synchronized
    def find_guid(self, guid: str) -> str | None:
        """The id of the article a feed gave with this GUID, if any."""
        return self._key_map().get("guid:" + guid)

    @_synchronized
    def unread_by_feed(self) -> dict[str, int]:
        """How many unread articles each feed brought (feed id -> count)."""
        counts: dict[str, int] = {}
        states = self._state.raw()
        for summary in self._summary_map().values():
            if summary.feed and not (states.get(summary.id) or {}).get("read"):
                counts[summary.feed] = counts.get(summary.feed, 0) + 1
        return counts

    @_synchronized
    def get_state(self, article_id: str) -> ReadingState:
        doc = self._state.raw().get(article_id)
        if not doc:
            return ReadingState()
        return ReadingState(
            read=bool(doc.get("read", False)), position=int(doc.get("position", 0) or 0)
        )

    @_synchronized
    def read_ids(self) -> set[str]:
        """Ids of the articles marked read (one pass, for the library list)."""
        return {key for key, doc in self._state.raw().items() if doc.get("read")}

    # -- writing -------------------------------------------------------------------------

    def add(self, article: Article) -> bool:
        """Add an article; False (and nothing written) if its id is already in the library."""
        return self.add_many([article]) == 1

    def add_many(self, articles: Iterable[Article]) -> int:
        """Add several articles with one journal entry; returns how many were new (an article
        whose stored text had gone missing counts too: adding it again restores it)."""
        self._check_writable()
        raw = self._articles.raw()
        fresh: dict[str, Article] = {}
        for article in articles:
            if article.id in fresh:
                continue
            if article.id not in raw or not self.body_path(article.id).exists():
                fresh[article.id] = article
        if not fresh:
            return 0
        written: list[Path] = []
        try:
            self.bodies.mkdir(parents=True, exist_ok=True)
            items = list(fresh.values())
            for at in range(0, len(items), BODY_BATCH):
                bodies = {
                    self.body_path(a.id): orjson.dumps(a.to_dict())
                    for a in items[at : at + BODY_BATCH]
                }
                written.extend(write_atomically(bodies, sync_dirs=False))
            fsync_dir(self.bodies)
        except OSError as exc:
            self._unlink(written)
            raise write_failed(self.bodies, exc, "save the article") from exc
        try:
            self._articles.put_many({a.id: a.summary().to_dict() for a in fresh.values()})
        except BaseException:
            self._unlink(written)
            raise
        for article_id in fresh:
            self._bodies.pop(article_id, None)
        return len(fresh)

    def remove(self, article_id: str) -> None:
        """Remove an article and its reading state (its annotations are kept). No-op if absent."""
        self._check_writable()
        with self._storage.transaction():  # it may have been added by another process
            if article_id not in self._articles.raw():
                return
            self._storage.commit({ARTICLES: ({}, [article_id]), STATE: ({}, [article_id])})
        self._bodies.pop(article_id, None)
        self._unlink([self.body_path(article_id)])

    def set_state(
        self, article_id: str, *, read: bool | None = None, position: int | None = None
    ) -> None:
        """Change the read mark and/or position; the other field keeps its latest value (also
        when another process changed it)."""

        def merged() -> ReadingState:
            current = self.get_state(article_id)
            return ReadingState(
                read=current.read if read is None else bool(read),
                position=current.position if position is None else max(0, int(position)),
            )

        if merged() == self.get_state(article_id) and article_id in self._state.raw():
            return
        self._check_writable()
        with self._storage.transaction():
            new = merged()
            if new == self.get_state(article_id) and article_id in self._state.raw():
                return
            self._state.put(
                article_id, {"article_id": article_id, "read": new.read, "position": new.position}
            )

    def refresh(self) -> None:
        self._storage.refresh()

    # -- internals -------------------------------------------------------------------------

    def _check_writable(self) -> None:
        if self._storage.read_only:
            raise ReadOnlyStore(
                f"The library is read-only ({self._storage.read_only_reason}); nothing can be saved."
            )

    def _key_map(self) -> dict[str, str]:
        if self._keys is None:
            keys: dict[str, str] = {}
            for s in self._summary_map().values():
                for key in _identity_keys(s.url, s.guid, s.content_hash):
                    keys.setdefault(key, s.id)
            self._keys = keys
        return self._keys

    def _summary_map(self) -> dict[str, ArticleSummary]:
        if self._summaries is None:
            self._summaries = {key: _summary(doc) for key, doc in self._articles.raw().items()}
        return self._summaries

    def _on_change(self, changes: Changes) -> None:
        if changes is None or changes.get(ARTICLES):
            self._keys = None
        if changes is None:
            self._summaries = None
            self._bodies.clear()
            return
        ids = changes.get(ARTICLES)
        if not ids:
            return
        for article_id in ids:
            self._bodies.pop(article_id, None)
        if self._summaries is None:
            return
        raw = self._articles.raw()
        if any(i not in raw for i in ids):
            self._summaries = None  # a removal: rebuild (keeps the order right)
            return
        for article_id in ids:
            self._summaries[article_id] = _summary(raw[article_id])

    @staticmethod
    def _unlink(paths: Iterable[Path]) -> None:
        for path in paths:
            with contextlib.suppress(OSError):
                os.unlink(path)


_SUMMARY_FIELDS = frozenset(ArticleSummary.__dataclass_fields__)


def _summary(doc: dict[str, Any]) -> ArticleSummary:
    if doc.keys() == _SUMMARY_FIELDS:
        return ArticleSummary(**doc)
    return ArticleSummary.from_dict(doc)


def _identity_keys(url: str | None, guid: str | None, content_hash: str) -> list[str]:
    keys = [f"hash:{content_hash}"]
    if url:
        keys.append(f"url:{url}")
    if guid:
        keys.append(f"guid:{guid}")
    return keys


def _line(summary: ArticleSummary) -> str:
    return f"  {summary.id[:8]}  {summary.title}"


def _ambiguous(query: str, candidates: list[ArticleSummary]) -> str:
    shown = candidates[:10]
    more = (
        f"\n  ... and {len(candidates) - len(shown)} more" if len(candidates) > len(shown) else ""
    )
    return (
        f'"{query}" matches {len(candidates)} articles; give more of the title or an id prefix:\n'
        + "\n".join(_line(s) for s in shown)
        + more
    )


def _near(query: str, summaries: list[ArticleSummary], limit: int = 5) -> list[ArticleSummary]:
    fold = query.casefold()
    words = {w for w in re.findall(r"\w+", fold) if len(w) > 2}
    scored: list[tuple[float, int, ArticleSummary]] = []
    for index, s in enumerate(summaries[:20000]):
        title = s.title.casefold()
        score = difflib.SequenceMatcher(None, fold, title[: max(len(fold) * 2, 40)]).quick_ratio()
        if words and words & set(re.findall(r"\w+", title)):
            score += 0.5
        if score >= 0.6:
            scored.append((score, -index, s))
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [s for _, _, s in scored[:limit]]
