"""What the library-wide screens (search, entities, quotes, timeline) share.

Each asks the library's index in a thread worker (a query over 10,000 articles must never
freeze the keys), shows the index's progress while it catches up, queries again when an
update finished, and opens an article in the reader at the place the row points to.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static

from tuiread.index import LibraryIndex, index_for
from tuiread.tui.index_service import IndexState
from tuiread.tui.messages import OpenArticle
from tuiread.tui.widgets.index_indicator import index_service

T = TypeVar("T")


class IndexScreen(Screen[None]):
    """A screen over the library's index; subclasses say what to ask in ``reload``."""

    CSS_PATH = "../index.tcss"
    # how long typing in a screen's box must pause before the screen asks again
    DEBOUNCE_S: ClassVar[float] = 0.2

    def __init__(self, store: Any, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.store = store
        self._sequence: dict[str, int] = {}
        self._finished_seen: int | None = None
        self._timer: Any = None

    @property
    def index(self) -> LibraryIndex:
        return index_for(self.store)

    def on_mount(self) -> None:
        service = index_service(self.app)
        if service is not None:
            self._finished_seen = service.state.finished
            service.changed.subscribe(self, self._on_index_state)
            service.refresh()
        self.reload()

    def _on_index_state(self, state: IndexState) -> None:
        if not state.running and state.finished != self._finished_seen:
            self._finished_seen = state.finished
            self.reload()

    def reload(self) -> None:
        """Ask the index again (subclasses)."""

    def reload_soon(self) -> None:
        """Ask again once typing pauses (each key puts the question off)."""
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.DEBOUNCE_S, self.reload)

    def reload_now(self) -> None:
        """Ask at once what typing has put off, if anything."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
            self.reload()

    # ------------------------------------------------------------------ queries

    def ask(self, name: str, question: Callable[[], T], answer: Callable[[T], None]) -> None:
        """Run ``question`` in a thread; ``answer`` its result here, unless a newer question
        of the same ``name`` was asked meanwhile or the screen has gone."""
        sequence = self._sequence[name] = self._sequence.get(name, 0) + 1

        def work() -> None:
            try:
                result: Any = question()
                error: Exception | None = None
            except Exception as exc:  # noqa: BLE001 - shown on the screen, never raised
                result, error = None, exc

            def apply() -> None:
                if self._sequence.get(name) != sequence or not self.is_attached:
                    return
                if error is not None:
                    self.failed(name, error)
                else:
                    answer(result)

            with contextlib.suppress(RuntimeError):  # the app is closing
                self.app.call_from_thread(apply)

        self.run_worker(work, name=name, group=name, thread=True, exit_on_error=False)

    def failed(self, name: str, error: Exception) -> None:
        """A question raised: say so in the status line (subclasses may do better)."""
        self.set_status(Text(f"{error}", style="bold red"))

    def set_status(self, text: Text) -> None:
        with contextlib.suppress(Exception):
            self.query_one(".index-status", Static).update(text)

    # ------------------------------------------------------------------ actions

    def open_article(self, article_id: str, at: int | None) -> None:
        self.post_message(OpenArticle(article_id, at))

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit()
