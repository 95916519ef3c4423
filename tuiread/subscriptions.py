"""Following the web: taking a page by address, following feeds, refreshing them, OPML.

What ``tuiread add URL``, ``tuiread feed ...``, ``tuiread refresh``, ``tuiread opml ...`` and
the app's feeds screen share: fetching and reading come from ``ingest``, saving from
``store``; this module joins them so the command line and the app behave the same. No
Textual here. Every failure is an :class:`IngestError` with a one-line reason, raised
before anything is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tuiread.ingest.feeds import (
    FeedItem,
    ParsedFeed,
    discover_feed_links,
    looks_like_feed,
    parse_feed,
)
from tuiread.ingest.fetch import ACCEPT_FEED, Fetcher, Limits, check_url, normalise_url
from tuiread.ingest.opml import read_opml, write_opml
from tuiread.ingest.reading import IngestError
from tuiread.ingest.refresh import FEED_BUDGET, WORKERS, FeedReport, refresh_feeds
from tuiread.ingest.webpage import decode_html, fetch_article
from tuiread.model import Article, Feed, normalise_tags
from tuiread.store.feeds import feed_id

if TYPE_CHECKING:
    from tuiread.store import Store

__all__ = [
    "AddOutcome",
    "FeedRefresh",
    "Fetcher",
    "Limits",
    "PageAdded",
    "export_opml",
    "follow",
    "import_opml",
    "refresh",
    "add_source",
    "take_page",
]


@dataclass(frozen=True, slots=True)
class PageAdded:
    """The article for an address, and whether it was new (False: already in the library)."""

    article_id: str
    title: str
    added: bool


@dataclass(frozen=True, slots=True)
class FeedRefresh:
    """One feed's refresh as saved: the report and the articles that were new to the library."""

    report: FeedReport
    added: tuple[Article, ...]

    @property
    def feed(self) -> Feed:
        return self.report.feed

    @property
    def title(self) -> str:
        return self.report.title or self.report.feed.title

    def summary(self) -> str:
        """One line: what the refresh of this feed did."""
        report = self.report
        if report.status == "failed":
            return f"failed: {report.error}"
        if report.status == "unchanged":
            return "unchanged since the last refresh"
        elsewhere = len(report.articles) - len(self.added)
        parts = [f"{len(self.added)} new"]
        if report.known or elsewhere:
            parts.append(f"{report.known + elsewhere} already in the library")
        if report.problems:
            parts.append(f"{len(report.problems)} could not be fetched")
        return ", ".join(parts) + f" ({report.items} item{'s' if report.items != 1 else ''})"


def take_page(store: Store, url: str, fetcher: Fetcher) -> PageAdded:
    """Fetch the page at ``url`` and add its article, unless the library has that address
    already (checked before fetching and again with the page's canonical address)."""
    url = check_url(url)
    existing = store.library.find_url(normalise_url(url))
    if existing is not None:
        return PageAdded(existing, store.library.summary(existing).title, False)
    article = fetch_article(url, fetcher)
    if article.url is None:
        from dataclasses import replace

        article = replace(article, url=normalise_url(url))
    added = store.add_articles([article])
    if added:
        return PageAdded(article.id, article.title, True)
    same = store.library.find_duplicate(article) or article.id
    return PageAdded(same, store.library.summary(same).title, False)


@dataclass
class AddOutcome:
    """What adding one path or address did: articles added (id, title), how many were in the
    library already, the problems (one line each) and the files skipped on purpose."""

    added: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    ignored: int = 0

    def summary(self) -> str:
        text = f"{len(self.added)} added, {self.skipped} already in the library"
        if self.failed:
            text += f", {len(self.failed)} failed"
        if self.ignored:
            text += f", {self.ignored} ignored"
        return text


def add_source(store: Store, given: str, fetcher: Fetcher) -> AddOutcome:
    """Add what ``given`` names: a web page by its address, or a file or folder."""
    from pathlib import Path

    from tuiread.ingest.fetch import is_url
    from tuiread.ingest.sources import iter_sources

    outcome = AddOutcome()
    given = given.strip()
    if is_url(given) and not Path(given).exists():
        try:
            page = take_page(store, given, fetcher)
        except IngestError as exc:
            outcome.failed.append(str(exc))
            return outcome
        if page.added:
            outcome.added.append((page.article_id, page.title))
        else:
            outcome.skipped += 1
        return outcome
    for loaded in iter_sources([str(Path(given).expanduser())]):
        if loaded.skipped:
            outcome.ignored += 1
        elif loaded.article is None:
            outcome.failed.append(f"{loaded.label}: {loaded.error}")
        elif store.add_articles([loaded.article]):
            outcome.added.append((loaded.article.id, loaded.article.title))
        else:
            outcome.skipped += 1
    return outcome


def find_feed(url: str, fetcher: Fetcher) -> tuple[str, ParsedFeed]:
    """The feed at ``url``, or the first feed the page at ``url`` links to: (its address,
    the parsed feed). IngestError when there is none."""
    url = check_url(url)
    response = fetcher.get(url, accept=ACCEPT_FEED)
    if looks_like_feed(response.body, response.content_type):
        return url, parse_feed(
            response.body,
            url=response.url,
            content_type=response.content_type,
            charset=response.charset,
        )
    try:
        html = decode_html(response.body, response.charset)
    except IngestError as exc:
        raise IngestError(exc.reason, url) from None
    links = discover_feed_links(html, response.url)
    if not links:
        raise IngestError("no RSS or Atom feed here, and the page links to none", url)
    problems = []
    for link in links[:3]:
        try:
            found = fetcher.get(link, accept=ACCEPT_FEED)
            return link, parse_feed(
                found.body, url=found.url, content_type=found.content_type, charset=found.charset
            )
        except IngestError as exc:
            problems.append(exc.reason)
    raise IngestError(f"the page links to a feed that cannot be read: {problems[0]}", url)


def follow(store: Store, url: str, fetcher: Fetcher, *, tags: Iterable[str] = ()) -> Feed:
    """Follow the feed at ``url`` (or the one its page links to). The feed is fetched and
    read first: nothing is saved unless it is a feed. IngestError if it is followed already."""
    already = store.feeds.find_url(normalise_url(check_url(url)))
    if already is not None:
        raise IngestError(f"already followed as {already.title!r} ({already.id[:8]})", url)
    address, parsed = find_feed(url, fetcher)
    address = normalise_url(address)
    for candidate in (address, normalise_url(url)):
        already = store.feeds.find_url(candidate)
        if already is not None:
            raise IngestError(f"already followed as {already.title!r} ({already.id[:8]})", url)
    feed = Feed(
        id=feed_id(address),
        url=address,
        title=parsed.title,
        site_url=parsed.site_url,
        tags=normalise_tags(list(tags)),
    )
    if not store.feeds.add(feed):
        raise IngestError("already followed", url)
    return feed


def refresh(
    store: Store,
    fetcher: Fetcher,
    feeds: Iterable[Feed] | None = None,
    *,
    on_saved: Callable[[FeedRefresh], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    workers: int = WORKERS,
    budget: float = FEED_BUDGET,
) -> list[FeedRefresh]:
    """Refresh ``feeds`` (default: every followed feed) a few at a time, saving each feed's
    new articles and state as it finishes; ``on_saved`` hears of each, in that order."""
    chosen = list(store.feeds.all() if feeds is None else feeds)
    results: list[FeedRefresh] = []

    def known(item: FeedItem) -> bool:
        if item.url and store.library.find_url(item.url) is not None:
            return True
        return bool(item.guid) and store.library.find_guid(item.guid or "") is not None

    def save(report: FeedReport) -> None:
        added = tuple(store.add_articles(report.articles)) if report.articles else ()
        store.feeds.record(
            report.feed.id,
            status=report.status,
            checked=report.checked,
            error=report.error,
            title=report.title,
            site_url=report.site_url,
            etag=report.etag,
            last_modified=report.last_modified,
            seen=report.seen,
            added=len(added),
        )
        result = FeedRefresh(report, added)
        results.append(result)
        if on_saved is not None:
            on_saved(result)

    refresh_feeds(
        chosen,
        fetcher,
        on_report=save,
        is_known=known,
        should_stop=should_stop,
        workers=workers,
        budget=budget,
    )
    return results


def import_opml(store: Store, data: bytes, label: str = "OPML") -> tuple[list[Feed], int]:
    """Follow every feed an OPML file lists (without fetching them: the next refresh does);
    returns the feeds added and how many were followed already."""
    listed = read_opml(data, label)
    feeds = [
        Feed(
            id=feed_id(normalise_url(item.url)),
            url=normalise_url(item.url),
            title=item.title,
            site_url=item.site_url,
            tags=item.tags,
        )
        for item in listed
    ]
    added = store.feeds.add_many(feeds)
    return added, len(listed) - len(added)


def export_opml(store: Store) -> str:
    """The followed feeds as an OPML 2.0 document."""
    return write_opml(store.feeds.all())
