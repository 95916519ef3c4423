"""One line that says the library's index is being brought up to date, and how far it is.

Hidden while the index is idle. It follows the app's ``IndexService`` (a Textual signal), so
every screen that shows one says the same thing at the same time.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from tuiread.tui.index_service import IndexService, IndexState


def index_service(app: Any) -> IndexService | None:
    """The app's index service (None for an app without one, e.g. a bare test app)."""
    service = getattr(app, "index_service", None)
    return service if isinstance(service, IndexService) else None


class IndexIndicator(Static):
    """ "indexing 1,234/10,000" while the index catches up; nothing otherwise."""

    DEFAULT_CSS = """
    IndexIndicator {
        height: 1;
        width: 1fr;
        padding: 0 2;
        color: $warning;
        display: none;
    }
    IndexIndicator.-active {
        display: block;
    }
    """

    def on_mount(self) -> None:
        service = index_service(self.app)
        if service is not None:
            service.changed.subscribe(self, self.show_state)
            self.show_state(service.state)

    def show_state(self, state: IndexState) -> None:
        line = state.describe()
        if state.error and not state.running:
            line = f"index: {state.error}"
        self.update(Text(line))
        self.set_class(bool(line), "-active")
