"""SVG snapshot of the feeds screen: three followed feeds (one failed), unread counts, the
selected feed's details. Fixed records: no clock, no network.
Update with `pytest tests/snapshot --snapshot-update` after an intended change."""

from __future__ import annotations

from tuiread.model import Article, Feed
from tuiread.tui.app import TuireadApp

SIZE = (120, 30)


def _app(store) -> TuireadApp:
    feeds = [
        Feed(
            id="daily0000000",
            url="https://daily.example/feed.xml",
            title="The Daily Courier",
            site_url="https://daily.example/",
            tags=("local",),
            added="2024-03-01T08:00:00.000Z",
            checked="2024-03-07T09:15:00.000Z",
            status="ok",
            last_added=2,
        ),
        Feed(
            id="herald000000",
            url="https://herald.example/atom",
            title="The Herald",
            added="2024-03-01T08:01:00.000Z",
            checked="2024-03-07T09:15:02.000Z",
            status="failed",
            error="HTTP 503 Service Unavailable",
        ),
        Feed(
            id="gazette00000",
            url="https://gazette.example/rss",
            title="The Gazette [bold]not markup[/bold]",
            tags=("world", "politics"),
            added="2024-03-01T08:02:00.000Z",
        ),
    ]
    for feed in feeds:
        store.feeds.add(feed)
    store.library.add_many(
        Article(
            id=f"{n:016x}",
            title=f"Story {n}",
            text=f"Text of story {n}.",
            feed="daily0000000",
            added="2024-03-07T09:15:00.000Z",
        )
        for n in range(3)
    )
    store.library.set_state(f"{0:016x}", read=True)
    return TuireadApp(store)


def test_feeds_screen(snap_compare, store) -> None:
    assert snap_compare(_app(store), press=["F"], terminal_size=SIZE)
