"""Refreshing feeds: fetch each, keep the items not taken before, make them articles.

Feeds are fetched a few at a time (``workers``), each request within the fetcher's limits
and each feed within ``feed_budget`` seconds; a feed that fails is reported and the others
go on. An item the feed gives whole becomes an article from the feed's text; an item given
as a summary is fetched as a page. An item whose page cannot be had is reported and not
marked as seen, so the next refresh tries it again. Pure: no store, no Textual; the caller
saves each :class:`FeedReport` as it arrives.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace

from tuiread.ingest.feeds import FeedItem, ParsedFeed, looks_like_feed, parse_feed
from tuiread.ingest.fetch import ACCEPT_FEED, Fetcher
from tuiread.ingest.parse import parse_article
from tuiread.ingest.reading import IngestError
from tuiread.ingest.webpage import fetch_article
from tuiread.model import Article, Feed, now_iso

WORKERS = 4
FEED_BUDGET = 120.0  # seconds one feed may take, its pages included


@dataclass(frozen=True, slots=True)
class FeedReport:
    """What one feed's refresh found. ``articles`` are new to the feed (the library may still
    hold some of them, from another feed: the caller skips those); ``seen`` are the keys of
    the items of the feed as it reads now that were dealt with (taken now or before): what
    to remember until the next refresh. Items that left the feed are forgotten, so what is
    remembered stays as small as the feed."""

    feed: Feed
    status: str  # ok | unchanged | failed
    error: str | None = None
    title: str | None = None
    site_url: str | None = None
    items: int = 0
    known: int = 0
    articles: tuple[Article, ...] = ()
    problems: tuple[str, ...] = ()
    seen: tuple[str, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    checked: str = ""


def refresh_feed(
    feed: Feed,
    fetcher: Fetcher,
    *,
    is_known: Callable[[FeedItem], bool] | None = None,
    should_stop: Callable[[], bool] | None = None,
    budget: float = FEED_BUDGET,
) -> FeedReport:
    """Fetch ``feed`` (conditionally) and turn its new items into articles. Never raises for
    a bad feed or page: those are in the report."""
    checked = now_iso()
    try:
        response = fetcher.get(
            feed.url, accept=ACCEPT_FEED, etag=feed.etag, last_modified=feed.last_modified
        )
        if response.not_modified:
            return FeedReport(feed, "unchanged", checked=checked)
        if not looks_like_feed(response.body, response.content_type):
            raise IngestError("not an RSS or Atom feed (the address gives a web page)")
        parsed = parse_feed(
            response.body,
            url=response.url,
            content_type=response.content_type,
            charset=response.charset,
        )
    except IngestError as exc:
        return FeedReport(feed, "failed", error=exc.reason, checked=checked)
    deadline = time.monotonic() + budget
    seen = set(feed.seen)
    known = 0
    taken: list[Article] = []
    problems: list[str] = []
    dealt: list[str] = []
    for item in parsed.items:
        keys = item.keys
        if any(key in seen for key in keys) or (is_known is not None and is_known(item)):
            known += 1
            dealt.extend(keys)
            seen.update(keys)
            continue
        if (should_stop is not None and should_stop()) or time.monotonic() > deadline:
            problems.append(f"{item.title}: not fetched, the refresh ran out of time")
            continue
        try:
            article = item_article(item, parsed, feed, fetcher)
        except IngestError as exc:
            problems.append(f"{item.title}: {exc.reason}")
            continue
        taken.append(article)
        dealt.extend(keys)
        seen.update(keys)
    return FeedReport(
        feed,
        "ok",
        title=parsed.title,
        site_url=parsed.site_url,
        items=len(parsed.items),
        known=known,
        articles=tuple(taken),
        problems=tuple(problems),
        seen=tuple(dict.fromkeys(dealt)),
        etag=response.etag,
        last_modified=response.last_modified,
        checked=checked,
    )


def item_article(item: FeedItem, parsed: ParsedFeed, feed: Feed, fetcher: Fetcher) -> Article:
    """The article for a feed item: its page when the feed carries only a summary, else the
    feed's own text. Title, date and author are the feed's where it gives them."""
    if item.url and not item.full:
        page = fetch_article(item.url, fetcher)
        source = page.source or parsed.title
    elif item.text.strip():
        page = parse_article(f"{item.title}\n\n{item.text}\n", origin=item.url or feed.url)
        source = parsed.title
    else:
        raise IngestError("the feed gives neither text nor a link")
    return replace(
        page,
        title=item.title or page.title,
        url=item.url or page.url,
        author=item.author or page.author,
        date=item.date or page.date,
        source=source,
        feed=feed.id,
        guid=item.guid,
        tags=tuple(dict.fromkeys((*feed.tags, *page.tags))),
    )


def refresh_feeds(
    feeds: Iterable[Feed],
    fetcher: Fetcher,
    *,
    on_report: Callable[[FeedReport], None],
    is_known: Callable[[FeedItem], bool] | None = None,
    should_stop: Callable[[], bool] | None = None,
    workers: int = WORKERS,
    budget: float = FEED_BUDGET,
) -> list[FeedReport]:
    """Refresh ``feeds``, ``workers`` at a time; ``on_report`` is called in the calling
    thread as each feed finishes (so it can save it), in the order they finish."""
    pending = list(feeds)
    reports: list[FeedReport] = []
    if not pending:
        return reports
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="tuiread-feed") as pool:
        running: dict[Future[FeedReport], Feed] = {}
        queue = iter(pending)

        def submit_next() -> None:
            for feed in queue:
                if should_stop is not None and should_stop():
                    return
                running[
                    pool.submit(
                        refresh_feed,
                        feed,
                        fetcher,
                        is_known=is_known,
                        should_stop=should_stop,
                        budget=budget,
                    )
                ] = feed
                return

        for _ in range(max(1, workers)):
            submit_next()
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                feed = running.pop(future)
                try:
                    report = future.result()
                except Exception as exc:  # noqa: BLE001 - one feed's bug must not stop the rest
                    reason = " ".join(f"{exc.__class__.__name__}: {exc}".split())[:200]
                    report = FeedReport(feed, "failed", error=reason, checked=now_iso())
                reports.append(report)
                on_report(report)
                submit_next()
    return reports
