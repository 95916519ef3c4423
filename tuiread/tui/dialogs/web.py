"""Dialogs that reach the web: add an article (a file, folder or web address), follow a feed,
and confirm unfollowing one.

The first two do their work in a thread worker while a progress bar runs, so the interface
never waits on the network; a problem is shown in the dialog, in one line, and the dialog
stays open to fix the address. Each returns its result through ``dismiss`` (None: cancelled).
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, ProgressBar, Static
from textual.worker import get_current_worker

from tuiread.ingest.fetch import Fetcher, Limits
from tuiread.ingest.reading import IngestError
from tuiread.model import Feed
from tuiread.store import Store
from tuiread.subscriptions import AddOutcome, add_source, follow
from tuiread.textsafe import one_line
from tuiread.tui.dialogs.annotation import parse_tags
from tuiread.tui.dialogs.confirm import ConfirmDialog

WEB_CSS = Path(__file__).resolve().parent.parent / "web.tcss"


class _WebDialog(ModalScreen[object]):
    """What both network dialogs share: an error line, a busy bar, escape to cancel."""

    CSS_PATH = WEB_CSS
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, store: Store, limits: Limits | None = None) -> None:
        super().__init__(classes="tuiread-dialog")
        self.store = store
        self.limits = limits or Limits()

    def compose_status(self) -> ComposeResult:
        yield ProgressBar(total=None, show_eta=False, show_percentage=False, id="web-busy")
        yield Static("", id="web-error")

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.query_one("#web-busy", ProgressBar).display = busy
        for widget in self.query(Input):
            widget.disabled = busy
        error = self.query_one("#web-error", Static)
        error.update(Text(one_line(message)))
        error.display = bool(message)
        if not busy:
            self.query(Input).first().focus()

    def on_mount(self) -> None:
        self.set_busy(False)

    def action_cancel(self) -> None:
        self.workers.cancel_all()
        self.dismiss(None)


class AddArticleDialog(_WebDialog):
    """Add an article: a web page by its address, or a file or folder on this machine.
    Dismisses with the :class:`AddOutcome` once something was added or already there."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="add-dialog"):
            yield Label(Text("Add articles", style="bold"), classes="dialog-title")
            yield Input(placeholder="https://... or a file or folder", id="add-source")
            yield from self.compose_status()
            yield Static(
                Text("enter add · escape cancel · .txt .md .html files, folders, web pages"),
                classes="dialog-hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        given = event.value.strip()
        if not given:
            self.set_busy(False, "Give a web address, a file or a folder.")
            return
        self.set_busy(True, "")
        self._add(given)

    @work(thread=True, exclusive=True, group="web-dialog")
    def _add(self, given: str) -> None:
        worker = get_current_worker()
        with Fetcher(self.limits) as fetcher:
            outcome = add_source(self.store, given, fetcher)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._added, outcome)

    def _added(self, outcome: AddOutcome) -> None:
        if outcome.added or outcome.skipped:
            self.dismiss(outcome)
            return
        message = outcome.failed[0] if outcome.failed else "Nothing to add there."
        self.set_busy(False, message)


class FollowFeedDialog(_WebDialog):
    """Follow a feed by its address (or the address of a page that links to its feed), with
    tags for its stories. The feed is fetched and read before it is saved; dismisses with
    the :class:`Feed`."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("ctrl+s", "follow", "Follow", id="dialog.save", priority=True),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="follow-dialog"):
            yield Label(Text("Follow a feed", style="bold"), classes="dialog-title")
            yield Input(placeholder="feed or site address: https://...", id="feed-url")
            yield Input(placeholder="tags for its stories (optional)", id="feed-tags")
            yield from self.compose_status()
            yield Static(
                Text("enter follow · tab to the tags · escape cancel"), classes="dialog-hint"
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_follow()

    def action_follow(self) -> None:
        url = self.query_one("#feed-url", Input).value.strip()
        if not url:
            self.set_busy(False, "Give the address of a feed or of a site.")
            return
        tags = parse_tags(self.query_one("#feed-tags", Input).value)
        self.set_busy(True, "")
        self._follow(url, tags)

    @work(thread=True, exclusive=True, group="web-dialog")
    def _follow(self, url: str, tags: tuple[str, ...]) -> None:
        worker = get_current_worker()
        try:
            with Fetcher(self.limits) as fetcher:
                feed = follow(self.store, url, fetcher, tags=tags)
        except IngestError as exc:
            if not worker.is_cancelled:
                self.app.call_from_thread(self.set_busy, False, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a store error (read-only, disk full)
            if not worker.is_cancelled:
                self.app.call_from_thread(self.set_busy, False, f"Not saved: {exc}")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self.dismiss, feed)


class ConfirmUnfollow(ConfirmDialog):
    """Ask before unfollowing a feed; its articles stay in the library. The keys are the
    question dialog's (y, n or escape), with a button for each answer."""

    CSS_PATH = WEB_CSS

    def __init__(self, feed: Feed) -> None:
        super().__init__(f"Stop following {feed.title}?")
        self.feed = feed

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="unfollow-dialog"):
            title = Text("Stop following ", style="bold")
            title.append(one_line(self.feed.title), style="bold italic")
            title.append("?", style="bold")
            yield Label(title, classes="dialog-title")
            yield Static(Text("Its articles stay in the library."))
            with Horizontal(id="unfollow-buttons"):
                yield Button("Unfollow (y)", variant="error", id="unfollow-yes")
                yield Button("Keep (n)", id="unfollow-no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "unfollow-yes")
