"""Command palette entries (ctrl+p) for the library-wide views: search, entities, quotes,
timeline, and bringing the index up to date."""

from __future__ import annotations

from functools import partial

from textual.message import Message

from tuiread.tui.commands import Command, CommandListProvider
from tuiread.tui.messages import (
    RefreshIndex,
    ShowEntities,
    ShowQuotes,
    ShowSearch,
    ShowTimeline,
)


class IndexCommands(CommandListProvider):
    """The library as one body of news."""

    def commands(self) -> list[Command]:
        def send(message: Message) -> partial[bool]:
            return partial(self.app.post_message, message)

        return [
            ("Search every article…", send(ShowSearch()), "Full text: words, phrases, OR"),
            ("Entities of the library", send(ShowEntities()), "People, places, groups"),
            ("Quotes by speaker", send(ShowQuotes()), "Who said what, across the library"),
            ("Timeline of the library", send(ShowTimeline()), "Dated events in order"),
            (
                "Update the search index",
                send(RefreshIndex(always=True)),
                "Catch up with articles added or changed elsewhere",
            ),
        ]
