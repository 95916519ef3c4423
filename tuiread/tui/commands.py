"""Command palette providers (ctrl+p): open an article by title, filter by tag, export,
sort, help, quit. Titles and tags are data: hits are built from ``rich.text.Text``."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tuiread.textsafe import one_line

if TYPE_CHECKING:
    from tuiread.tui.app import TuireadApp

MAX_ARTICLE_HITS = 50


def _tuiread(provider: Provider) -> TuireadApp:
    return provider.app  # type: ignore[return-value]


def highlight(matcher: Any, candidate: str) -> Text:
    """Like ``Matcher.highlight`` but never reads the candidate as markup (titles are data)."""
    text = Text(candidate)
    try:
        _score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    except Exception:  # noqa: BLE001
        return text
    for offset in offsets:
        if 0 <= offset < len(candidate) and not candidate[offset].isspace():
            text.stylize("bold underline", offset, offset + 1)
    return text


class ArticleCommands(Provider):
    """Open any article of the library by (part of) its title."""

    async def startup(self) -> None:
        app = _tuiread(self)
        try:
            summaries = app.store.library.summaries()
        except Exception:  # noqa: BLE001
            summaries = []
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
        app = _tuiread(self)
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
                partial(app.open_article, article_id),
                text=command,
                help=one_line(source) or None,
            )


class CommandListProvider(Provider):
    """A provider over a fixed list of (name, callback, help) commands."""

    def commands(self) -> list[tuple[str, Callable[[], Any], str]]:
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


class LibraryCommands(CommandListProvider):
    """What the library can do: filters, sort, tags, export, help, quit."""

    def commands(self) -> list[tuple[str, Callable[[], Any], str]]:
        app = _tuiread(self)
        cmds: list[tuple[str, Callable[[], Any], str]] = [
            (
                "Export annotations…",
                app.action_export,
                "Write Markdown, JSON, CSV or W3C to a file, or Obsidian notes to a folder",
            ),
            (
                "Import annotations…",
                app.open_import,
                "From tuiread's exports, W3C Web Annotations or a Hypothesis export",
            ),
            ("Help: list every key", app.action_help, "Bindings, their ids and how to remap them"),
            ("Quit tuiread", app.action_quit, "Leave the app"),
        ]
        library = app.library_screen
        if library is not None:
            cmds += [
                ("Filter by tag…", library.action_pick_tag, "Show only articles with a tag"),
                (
                    "Toggle: only articles with notes",
                    library.action_toggle_has_notes,
                    "Has notes filter",
                ),
                ("Clear all filters", partial(app.clear_library_filters), "Show every article"),
                ("Reload the library", library.action_reload, "Pick up what other windows saved"),
            ]
            for key, label in (
                ("added", "order added"),
                ("date", "date"),
                ("title", "title"),
                ("source", "source"),
                ("words", "word count"),
            ):
                cmds.append((f"Sort by {label}", partial(app.sort_library, key), "Library order"))
        return cmds

    def tag_commands(self) -> list[tuple[str, Callable[[], Any]]]:
        app = _tuiread(self)
        try:
            tags = app.store.annotations.tags()
        except Exception:  # noqa: BLE001
            return []
        return [
            (f"Filter by tag: #{one_line(tag)}", partial(app.filter_library_by_tag, tag))
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
    """While reading: switch a family of highlights on or off."""

    FAMILIES = (("entities", "Entities"), ("numbers", "Numbers"), ("quotes", "Quotes"))

    def commands(self) -> list[tuple[str, Callable[[], Any], str]]:
        toggle = getattr(self.screen, "action_toggle_family", None)
        if not callable(toggle):
            return []
        return [
            (
                f"Toggle {label.lower()} highlights",
                partial(toggle, family),
                f"{label} on/off in the reader",
            )
            for family, label in self.FAMILIES
        ]
