"""The feeds the reader follows and what each refresh learnt, in ``library.json``'s ``feeds``
table: the same durable storage and write lock as the articles, so a refresh in one process
and a ``feed remove`` in another never lose each other's change."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tuiread.model import Feed, sha256_hex
from tuiread.store.annotations import _synchronized
from tuiread.store.errors import ReadOnlyStore, StoreError
from tuiread.store.tables import StoreDB

FEEDS = "feeds"
SEEN_LIMIT = 2000  # item keys remembered per feed (a feed lists far fewer items)
_HEX = re.compile(r"^[0-9a-f]+$")


class UnknownFeed(StoreError):
    """No feed matches what the user gave."""


class AmbiguousFeed(StoreError):
    def __init__(self, message: str, candidates: list[Feed]) -> None:
        super().__init__(message)
        self.candidates = candidates


def feed_id(url: str) -> str:
    """A feed's id: stable for its address, short enough to type a prefix of."""
    return sha256_hex(url)[:12]


class FeedStore:
    """The followed feeds. Reads come from memory; every write is durable on return."""

    def __init__(self, db: StoreDB) -> None:
        self._db = db
        self._storage = db.durable
        self._table = db.table(FEEDS)

    @_synchronized
    def all(self) -> list[Feed]:
        """Every feed, in the order they were added."""
        feeds = [Feed.from_dict(doc) for doc in self._table.raw().values()]
        return sorted(feeds, key=lambda f: (f.added, f.id))

    def __len__(self) -> int:
        return len(self._table.raw())

    @_synchronized
    def get(self, feed_id: str) -> Feed:
        """KeyError if absent."""
        return Feed.from_dict(self._table.raw()[feed_id])

    @_synchronized
    def find_url(self, url: str) -> Feed | None:
        for doc in self._table.raw().values():
            if doc.get("url") == url:
                return Feed.from_dict(doc)
        return None

    @_synchronized
    def resolve(self, query: str) -> Feed:
        """A feed by its id (or 3+ first characters), its address, its number in ``all()``
        (from 1) or a unique part of its title. UnknownFeed / AmbiguousFeed otherwise."""
        q = query.strip()
        feeds: list[Feed] = self.all()
        if not q:
            raise UnknownFeed("Give a feed's number, id, address or part of its title.")
        for feed in feeds:
            if q in (feed.id, feed.url):
                return feed
        if q.isdigit() and 1 <= int(q) <= len(feeds) and len(q) < 3:
            return feeds[int(q) - 1]
        low = q.lower()
        matches = [f for f in feeds if len(low) >= 3 and _HEX.match(low) and f.id.startswith(low)]
        if not matches:
            matches = [f for f in feeds if low in f.title.casefold() or low in f.url.lower()]
        if len(matches) == 1:
            return matches[0]
        if matches:
            lines = "\n".join(f"  {f.id[:8]}  {f.title}" for f in matches[:10])
            raise AmbiguousFeed(f'"{query}" matches {len(matches)} feeds:\n{lines}', matches)
        raise UnknownFeed(f'No feed matches "{query}" (see `tuiread feed list`).')

    def add(self, feed: Feed) -> bool:
        """Follow ``feed``; False (nothing written) if a feed with its address is followed."""
        self._check_writable()
        with self._storage.transaction():
            if feed.id in self._table.raw() or self.find_url(feed.url) is not None:
                return False
            self._table.put(feed.id, feed.to_dict())
        return True

    def add_many(self, feeds: Iterable[Feed]) -> list[Feed]:
        """Follow every feed not followed yet, in one write; returns those added."""
        self._check_writable()
        with self._storage.transaction():
            known = {doc.get("url") for doc in self._table.raw().values()} | set(self._table.raw())
            fresh: dict[str, Feed] = {}
            for feed in feeds:
                if feed.url not in known and feed.id not in known and feed.id not in fresh:
                    fresh[feed.id] = feed
            if fresh:
                self._table.put_many({k: f.to_dict() for k, f in fresh.items()})
        return list(fresh.values())

    def remove(self, feed_id: str) -> Feed | None:
        """Stop following a feed (its articles stay in the library); None if it was not there."""
        self._check_writable()
        with self._storage.transaction():
            doc = self._table.raw().get(feed_id)
            if doc is None:
                return None
            self._table.delete_ids([feed_id])
        return Feed.from_dict(doc)

    def record(
        self,
        feed_id: str,
        *,
        status: str,
        checked: str,
        error: str | None = None,
        title: str | None = None,
        site_url: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        seen: Iterable[str] = (),
        added: int = 0,
    ) -> Feed | None:
        """Save what a refresh of the feed found (under the lock, on the latest record).
        On a successful fetch ``seen`` replaces the remembered item keys and the validators
        (ETag, Last-Modified) are updated; otherwise both are kept. None if the feed was
        removed meanwhile."""
        self._check_writable()
        with self._storage.transaction():
            doc = self._table.raw().get(feed_id)
            if doc is None:
                return None
            data = dict(doc)
            data.update(checked=checked, status=status, error=error)
            if status == "ok":
                data.update(etag=etag, last_modified=last_modified, last_added=added)
                data["seen"] = list(dict.fromkeys(key for key in seen if key))[-SEEN_LIMIT:]
                if title:
                    data["title"] = title
                if site_url:
                    data["site_url"] = site_url
            elif status == "unchanged":
                data["last_added"] = 0
            self._table.put(feed_id, data)
        return Feed.from_dict(data)

    def _check_writable(self) -> None:
        if self._storage.read_only:
            raise ReadOnlyStore(
                f"The library is read-only ({self._storage.read_only_reason}); nothing can be saved."
            )
