"""Command palette entries (ctrl+p) for the library-wide views: search, entities, quotes,
timeline, and bringing the index up to date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tuiread.tui.commands import CommandListProvider


class IndexCommands(CommandListProvider):
    """The library as one body of news."""

    def commands(self) -> list[tuple[str, Callable[[], Any], str]]:
        app: Any = self.app
        return [
            ("Search every article…", app.open_search, "Full text: words, phrases, OR, -word"),
            ("Entities of the library", app.action_entities, "People, places, organisations"),
            ("Quotes by speaker", app.action_quotes, "Who said what, across the library"),
            ("Timeline of the library", app.action_timeline, "Dated events in calendar order"),
            (
                "Update the search index",
                app.index_service.refresh,
                "Catch up with articles added or changed elsewhere",
            ),
        ]
