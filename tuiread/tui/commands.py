"""Command palette providers (ctrl+p): open an article by title, filter by tag, export,
sort, help, quit. Titles and tags are data: hits are built from ``rich.text.Text``.

A command never reaches into a screen: it posts a message from ``tuiread.tui.messages`` to
the app (or, for the reader's own commands, to the reader) and the receiver acts on it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, cast

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.message import Message

from tuiread.textsafe import one_line
from tuiread.tui.messages import (
    ClearFilters,
    FilterByTag,
    OpenArticle,
    OpenExport,
    PickTagFilter,
    ReloadLibrary,
    ShowHelp,
    SortLibrary,
    ToggleFamily,
    ToggleNotesOnly,
)

if TYPE_CHECKING:
    from tuiread.store import Store

MAX_ARTICLE_HITS = 50

Command = tuple[str, Callable[[], Any], str]


class _HasStore(Protocol):
    store: Store


def _store(provider: Provider) -> Store:
    """The library the app has open (the palette reads titles and tags from it)."""
    return cast(_HasStore, provider.app).store


def _send(provider: Provider, message: Message) -> Callable[[], Any]:
    """A callback that posts ``message`` to the app when the command is chosen."""
    return partial(provider.app.post_message, message)


def highlight(matcher: Matcher, candidate: str) -> Text:
    """Like ``Matcher.highlight`` but never reads the candidate as markup (titles are data)."""
    text = Text(candidate)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    for offset in offsets:
        if 0 <= offset < len(candidate) and not candidate[offset].isspace():
            text.stylize("bold underline", offset, offset + 1)
    return text


class ArticleCommands(Provider):
    """Open any article of the library by (part of) its title."""

    async def startup(self) -> None:
        summaries = _store(self).library.summaries()
        self.titles = [(s.id, one_line(s.title), s.source or "") for s in summaries]

    async def search(self, query: str) -> Hits:
        """Titles holding every word of the query (after an optional "open"), best first.

        A substring test per word keeps this fast on 10,000 titles; the fuzzy matcher only
        scores and highlights the few that pass.
        """
        words = query.casefold().split()
        if words and "open".startswith(words[0]):
            words = words[1:]
        if not words:
            return
        matcher = self.matcher(query)
        found: list[tuple[float, str, str, str]] = []
        for n, (article_id, title, source) in enumerate(self.titles):
            folded = title.casefold()
            if all(word in folded for word in words):
                command = f"Open {title}"
                found.append((matcher.match(command) or 0.5, command, article_id, source))
            if n % 2000 == 1999:
                await asyncio.sleep(0)
        found.sort(key=lambda hit: -hit[0])
        for score, command, article_id, source in found[:MAX_ARTICLE_HITS]:
            yield Hit(
                score,
                highlight(matcher, command),
                _send(self, OpenArticle(article_id)),
                text=command,
                help=one_line(source) or None,
            )


class CommandListProvider(Provider):
    """A provider over a fixed list of (name, callback, help) commands."""

    def commands(self) -> list[Command]:
        return []

    async def discover(self) -> Hits:
        for name, callback, help_text in self.commands():
            yield DiscoveryHit(Text(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self.commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, highlight(matcher, name), callback, text=name, help=help_text)


SORTS = (
    ("added", "order added"),
    ("date", "date"),
    ("title", "title"),
    ("source", "source"),
    ("words", "word count"),
)


class LibraryCommands(CommandListProvider):
    """What the library can do, from any screen: filters, sort, tags, export, help, quit."""

    def commands(self) -> list[Command]:
        send = partial(_send, self)
        cmds: list[Command] = [
            (
                "Export annotations…",
                send(OpenExport()),
                "Write Markdown, JSON, CSV or W3C to a file",
            ),
            ("Help: list every key", send(ShowHelp()), "Bindings, their ids and how to remap them"),
            ("Quit tuiread", partial(self.app.exit, return_code=0), "Leave the app"),
            ("Filter by tag…", send(PickTagFilter()), "Show only articles with a tag"),
            ("Toggle: only articles with notes", send(ToggleNotesOnly()), "Has notes filter"),
            ("Clear all filters", send(ClearFilters()), "Show every article"),
            ("Reload the library", send(ReloadLibrary()), "Pick up what other windows saved"),
        ]
        cmds += [
            (f"Sort by {label}", send(SortLibrary(key)), "Library order") for key, label in SORTS
        ]
        return cmds

    def tag_commands(self) -> list[tuple[str, Callable[[], Any]]]:
        tags = _store(self).annotations.tags()
        return [
            (f"Filter by tag: #{one_line(tag)}", _send(self, FilterByTag(tag)))
            for tag in sorted(tags, key=str.casefold)
        ]

    async def search(self, query: str) -> Hits:
        async for hit in super().search(query):
            yield hit
        matcher = self.matcher(query)
        for plain, callback in self.tag_commands():
            score = matcher.match(plain)
            if score > 0:
                yield Hit(
                    score, highlight(matcher, plain), callback, text=plain, help="Library filter"
                )


class ReaderCommands(CommandListProvider):
    """The reader's own commands (its screen lists this provider): highlight families."""

    FAMILIES = (("entities", "Entities"), ("numbers", "Numbers"), ("quotes", "Quotes"))

    def commands(self) -> list[Command]:
        return [
            (
                f"Toggle {label.lower()} highlights",
                partial(self.screen.post_message, ToggleFamily(family)),
                f"{label} on/off in the reader",
            )
            for family, label in self.FAMILIES
        ]
