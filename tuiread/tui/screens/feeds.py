"""The feeds screen: the feeds you follow, their unread stories and last refresh; follow,
unfollow, refresh one or all.

A refresh runs in a thread worker (the interface never waits on the network); each feed's
result arrives as a :class:`FeedsScreen.FeedRefreshed` message, saved already, and moves the
progress bar. The new stories are unread in the library until opened.
"""

from __future__ import annotations

import contextlib
from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, ProgressBar, Static
from textual.worker import get_current_worker

from tuiread.ingest.fetch import Fetcher, Limits
from tuiread.model import Feed
from tuiread.store import Store, StoreError
from tuiread.subscriptions import FeedRefresh, refresh
from tuiread.textsafe import one_line
from tuiread.tui.dialogs.web import WEB_CSS, ConfirmUnfollow, FollowFeedDialog
from tuiread.tui.messages import ArticlesAdded

COLUMNS = ("Feed", "Unread", "Last refresh", "Tags")


def _when(feed: Feed) -> str:
    if feed.checked is None:
        return "never"
    return feed.checked[:16].replace("T", " ")


def _state(feed: Feed) -> Text:
    if feed.status == "failed":
        return Text("failed", style="bold red")
    if feed.checked is None:
        return Text("never", style="dim")
    text = Text(_when(feed))
    if feed.status == "ok" and feed.last_added:
        text.append(f" +{feed.last_added}", style="green")
    return text


class FeedsScreen(Screen[None]):
    """Followed feeds, one per row."""

    CSS_PATH = WEB_CSS
    BINDINGS = [
        Binding("a,plus", "follow", "Follow", id="feeds.follow"),
        Binding("d,delete", "unfollow", "Unfollow", id="feeds.unfollow"),
        Binding("r", "refresh_one", "Refresh", id="feeds.refresh"),
        Binding("R", "refresh_all", "Refresh all", id="feeds.refresh_all"),
        Binding("j,down", "cursor('down')", "Down", show=False, id="feeds.cursor_down"),
        Binding("k,up", "cursor('up')", "Up", show=False, id="feeds.cursor_up"),
        Binding("escape,q", "back", "Back", id="feeds.back"),
    ]

    class FeedRefreshed(Message):
        """One feed refreshed and saved."""

        def __init__(self, result: FeedRefresh) -> None:
            super().__init__()
            self.result = result

    class RefreshDone(Message):
        """A refresh ended (all its feeds, or cancelled): the saved results."""

        def __init__(self, results: list[FeedRefresh]) -> None:
            super().__init__()
            self.results = results

    def __init__(self, store: Store, limits: Limits | None = None) -> None:
        super().__init__(id="feeds")
        self.store = store
        self.limits = limits or Limits()
        self.feeds: list[Feed] = []
        self.refreshing = False
        self.sub_title = "Feeds"

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        table: DataTable[Any] = DataTable(id="feeds-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static(
            Text("No feeds yet: press a to follow one (a feed's address or its site's)."),
            id="feeds-empty",
        )
        yield Static(id="feed-detail")
        with Horizontal(id="feeds-progress-row"):
            yield ProgressBar(total=1, show_eta=False, id="feeds-progress")
            yield Static(id="feeds-status")
        yield Footer()

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#feeds-table", DataTable)

    def on_mount(self) -> None:
        self.table.add_columns(*COLUMNS)
        self.query_one("#feeds-progress", ProgressBar).display = False
        self.reload()
        self.table.focus()

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Read the feeds and the unread counts again from the store."""
        # What other tuiread processes saved meanwhile; showing what we have beats failing.
        with contextlib.suppress(StoreError, OSError):
            self.store.refresh()
        self.feeds = list(self.store.feeds.all())
        unread = self.store.library.unread_by_feed()
        table = self.table
        keep = self.current.id if self.current else None
        table.clear()
        for feed in self.feeds:
            count = unread.get(feed.id, 0)
            table.add_row(
                Text(one_line(feed.title)),
                Text(str(count), style="bold" if count else "dim"),
                _state(feed),
                Text(" ".join("#" + one_line(t) for t in feed.tags), style="green"),
                key=feed.id,
            )
        self.query_one("#feeds-empty", Static).display = not self.feeds
        table.display = bool(self.feeds)
        if keep is not None:
            index = next((i for i, f in enumerate(self.feeds) if f.id == keep), 0)
            table.move_cursor(row=index)
        self._show_detail()

    @property
    def current(self) -> Feed | None:
        if not self.feeds:
            return None
        row = self.table.cursor_row
        return self.feeds[row] if 0 <= row < len(self.feeds) else None

    def _show_detail(self) -> None:
        feed = self.current
        detail = self.query_one("#feed-detail", Static)
        if feed is None:
            detail.display = False
            return
        detail.display = True
        text = Text(one_line(feed.url), style="underline")
        if feed.site_url:
            text.append("  site ", style="dim")
            text.append(one_line(feed.site_url))
        text.append("\n")
        if feed.status == "failed":
            text.append("Last refresh failed: ", style="bold red")
            text.append(one_line(feed.error or "unknown error"))
        elif feed.checked is None:
            text.append("Not refreshed yet: press r.", style="dim")
        else:
            text.append(f"Refreshed {_when(feed)} UTC", style="dim")
            text.append(f" · {feed.last_added} new then", style="dim")
        detail.update(text)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self._show_detail()

    # ------------------------------------------------------------------ refresh

    def start_refresh(self, feeds: list[Feed]) -> None:
        """Refresh ``feeds`` in a worker; does nothing while a refresh is running."""
        if not feeds:
            return
        if self.refreshing:
            self.notify("A refresh is already running.", markup=False)
            return
        if not self._writable():
            return
        self.refreshing = True
        bar = self.query_one("#feeds-progress", ProgressBar)
        bar.update(total=len(feeds), progress=0)
        bar.display = True
        self._status(f"Refreshing {len(feeds)} feed{'s' if len(feeds) != 1 else ''}…")
        self._refresh(feeds)

    @work(thread=True, exclusive=True, group="feeds-refresh")
    def _refresh(self, feeds: list[Feed]) -> None:
        worker = get_current_worker()
        results: list[FeedRefresh] = []

        def saved(result: FeedRefresh) -> None:
            self.post_message(self.FeedRefreshed(result))

        try:
            with Fetcher(self.limits) as fetcher:
                results = refresh(
                    self.store,
                    fetcher,
                    feeds,
                    on_saved=saved,
                    should_stop=lambda: worker.is_cancelled,
                )
        finally:
            self.post_message(self.RefreshDone(results))

    def on_feeds_screen_feed_refreshed(self, message: FeedRefreshed) -> None:
        bar = self.query_one("#feeds-progress", ProgressBar)
        bar.advance(1)
        done = int(bar.progress)
        total = int(bar.total or 0)
        self._status(f"Refreshed {done} of {total}: {one_line(message.result.title)}")
        self.reload()

    def on_feeds_screen_refresh_done(self, message: RefreshDone) -> None:
        self.refreshing = False
        self.query_one("#feeds-progress", ProgressBar).display = False
        results = message.results
        new = sum(len(r.added) for r in results)
        failed = [r for r in results if r.report.status == "failed"]
        text = f"{new} new article{'s' if new != 1 else ''} from {len(results)} feed" + (
            "s" if len(results) != 1 else ""
        )
        if failed:
            text += f"; {len(failed)} failed"
        self._status(text)
        self.reload()
        if new:
            self.app.post_message(ArticlesAdded())
        self.notify(
            text,
            title="Refresh",
            severity="warning" if failed else "information",
            markup=False,
        )

    def _status(self, text: str) -> None:
        self.query_one("#feeds-status", Static).update(Text(text))

    # ------------------------------------------------------------------ actions

    def _writable(self) -> bool:
        if self.store.read_only:
            reason = self.store.read_only_reason or "it is open read-only"
            self.notify(f"Cannot change the library: {reason}", severity="error", markup=False)
            return False
        return True

    def action_cursor(self, direction: str) -> None:
        if direction == "down":
            self.table.action_cursor_down()
        else:
            self.table.action_cursor_up()

    def action_refresh_one(self) -> None:
        feed = self.current
        if feed is not None:
            self.start_refresh([feed])

    def action_refresh_all(self) -> None:
        self.start_refresh(list(self.feeds))

    def action_follow(self) -> None:
        if not self._writable():
            return

        def followed(feed: object) -> None:
            if isinstance(feed, Feed):
                self.notify(f"Following {one_line(feed.title)}", markup=False)
                self.reload()
                self.start_refresh([feed])

        self.app.push_screen(FollowFeedDialog(self.store, self.limits), followed)

    def action_unfollow(self) -> None:
        feed = self.current
        if feed is None or not self._writable():
            return
        if self.refreshing:
            self.notify("Wait for the refresh to end.", markup=False)
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.store.feeds.remove(feed.id)
            except Exception as exc:  # noqa: BLE001 - StoreError carries a clear message
                self.notify(f"Not saved: {exc}", severity="error", markup=False)
                return
            self.notify(f"Unfollowed {one_line(feed.title)}", markup=False)
            self.reload()

        self.app.push_screen(ConfirmUnfollow(feed), answered)

    def action_back(self) -> None:
        """Back to the screen below; a running refresh goes on (this screen stays installed)
        and tells how it went when it ends."""
        self.dismiss(None)
