"""The terminal app: opens on the library, reads articles, keeps notes and tags.

    TuireadApp(store, config_path=path).run()

The app is a thin shell over the store: screens ask it for data and write through it.
Keys come from the bindings' defaults, overridden by ``[keys]`` in the config file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App
from textual.binding import Binding

from tuiread.tui.commands import ArticleCommands, LibraryCommands, ReaderCommands
from tuiread.tui.dialogs.export import ExportDialog
from tuiread.tui.index_commands import IndexCommands
from tuiread.tui.index_messages import IndexWanted, OpenArticle, ShowEntity, ShowQuotes
from tuiread.tui.index_service import IndexService
from tuiread.tui.keymap import UserConfig, binding_catalogue, keymap_conflicts, load_config
from tuiread.tui.screens.help import HelpScreen
from tuiread.tui.screens.library import LibraryScreen

_HERE = Path(__file__).resolve().parent
# The reader stream's styles also dress its annotation dialog, which the library opens too
# (article note and tags) before any reader screen has loaded them: load them up front.
_CSS = ["app.tcss"] + (["reader.tcss"] if (_HERE / "reader.tcss").is_file() else [])


def reader_screen_class() -> type | None:
    """The reader screen, when its module imports (it is written by another stream)."""
    try:
        from tuiread.tui.screens.reader import ReaderScreen
    except Exception:  # noqa: BLE001 - the shell must work while the reader is being written
        return None
    return ReaderScreen


class TuireadApp(App[None]):
    """tuiread: the library, the reader, help, the palette and the dialogs."""

    CSS_PATH = _CSS
    TITLE = "tuiread"
    COMMAND_PALETTE_BINDING = "ctrl+p"
    COMMANDS = App.COMMANDS | {ArticleCommands, LibraryCommands, ReaderCommands, IndexCommands}

    BINDINGS = [
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            show=False,
            id="app.command_palette",
            priority=True,
        ),
        Binding("ctrl+q", "quit", "Quit now", show=False, priority=True, id="app.quit"),
        Binding("E", "entities", "Entities", show=False, id="app.entities"),
        Binding("Q", "quotes", "Quotes", show=False, id="app.quotes"),
        Binding("T", "timeline", "Timeline", show=False, id="app.timeline"),
    ]

    def __init__(
        self,
        store: Any,
        *,
        config_path: Path | None = None,
        index_in_background: bool = False,
    ) -> None:
        super().__init__()
        self.store = store
        self.config_path = Path(config_path) if config_path is not None else None
        self.initial_article: str | None = None
        self.config: UserConfig = load_config(self.config_path)
        # The search and entity index: brought up to date at start when asked (the command
        # line does), else when a screen that needs it opens.
        self.index_service = IndexService(self, store)
        self.index_in_background = index_in_background

    # ------------------------------------------------------------------ start

    def on_mount(self) -> None:
        self._apply_config()
        self.push_screen(LibraryScreen(self.store))
        if getattr(self.store, "read_only", False):
            reason = getattr(self.store, "read_only_reason", None) or "it was opened read-only"
            self.notify(
                f"The library is read-only: {reason}. You can read, but notes and tags will not be saved.",
                title="Read-only",
                severity="warning",
                timeout=12,
                markup=False,
            )
        for warning in getattr(self.store, "warnings", None) or ():
            self.notify(str(warning), title="Library", severity="warning", timeout=12, markup=False)
        if self.initial_article:
            self.open_article(self.initial_article)
        else:
            # Import the reader while the user looks at the list, so enter opens it at once.
            self.call_after_refresh(reader_screen_class)
        if self.index_in_background:
            self.call_after_refresh(self.index_service.refresh)

    def on_unmount(self) -> None:
        self.index_service.stop()

    def _apply_config(self) -> None:
        config = self.config
        if config.keys:
            try:
                self.set_keymap(config.keys)
            except Exception as exc:  # noqa: BLE001 - a bad keymap keeps the default keys
                self._keymap = {}
                config.warnings.append(
                    f"the [keys] table could not be applied ({exc}); default keys kept"
                )
        if config.theme:
            if config.theme in self.available_themes:
                self.theme = config.theme
            else:
                config.warnings.append(f"unknown theme {config.theme!r}; default theme kept")
        for warning in config.warnings:
            self.notify(warning, title="Config", severity="warning", timeout=12, markup=False)
        if config.keys:
            # Knowing every id means importing every screen: do it after the first paint.
            self.call_after_refresh(self._check_binding_ids)

    def _check_binding_ids(self) -> None:
        catalogue = binding_catalogue()
        known = {info.id for info in catalogue if info.id}
        messages = [
            f"keys.{binding_id}: no binding has this id; ignored"
            for binding_id in self.config.keys
            if binding_id not in known
        ]
        messages += keymap_conflicts(self.config.keys, catalogue)
        for message in messages:
            self.config.warnings.append(message)
            self.notify(message, title="Config", severity="warning", timeout=12, markup=False)

    # ------------------------------------------------------------------ screens

    @property
    def library_screen(self) -> LibraryScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                return screen
        return None

    def open_article(self, article_id: str, *, at: int | None = None) -> None:
        """Open the reader on ``article_id`` (from the library, the palette, the CLI or an
        index screen), with the cursor at offset ``at`` when given."""
        reader = reader_screen_class()
        if reader is None:
            self.notify(
                "The reader is not available in this build.", severity="error", markup=False
            )
            return
        try:
            if not self.store.library.has(article_id):
                self.notify(
                    "That article is no longer in the library.", severity="error", markup=False
                )
                return
        except Exception:  # noqa: BLE001
            pass
        if not getattr(self.store, "read_only", False):
            try:
                if not self.store.library.get_state(article_id).read:
                    self.store.library.set_state(article_id, read=True)
            except Exception:  # noqa: BLE001 - a read mark is not worth an error
                pass
        # Opening from the palette while reading: replace the reader, do not stack readers.
        if isinstance(self.screen, reader) and len(self.screen_stack) > 2:
            self.switch_screen(reader(self.store, article_id, at=at))
        else:
            self.push_screen(reader(self.store, article_id, at=at))

    def _current_group(self) -> str:
        reader = reader_screen_class()
        if reader is not None and isinstance(self.screen, reader):
            return "reader"
        if self.screen.id in ("search", "entities", "quotes", "timeline"):
            return str(self.screen.id)
        return "library"

    # ------------------------------------------------------------------ library-wide views

    def open_search(self, query: str = "") -> None:
        from tuiread.tui.screens.search import SearchScreen

        self.push_screen(SearchScreen(self.store, query))

    def on_open_article(self, message: OpenArticle) -> None:
        self.open_article(message.article_id, at=message.at)

    def on_show_quotes(self, message: ShowQuotes) -> None:
        self.action_quotes(message.speaker)

    def on_show_entity(self, message: ShowEntity) -> None:
        self.action_entities(message.name, message.label)

    def on_index_wanted(self, message: IndexWanted) -> None:
        if self.index_in_background:
            self.index_service.refresh()

    def action_entities(self, name: str | None = None, label: str | None = None) -> None:
        from tuiread.tui.screens.entities import EntitiesScreen

        if self.screen.id == "entities" and name is None:
            return
        self.push_screen(EntitiesScreen(self.store, name=name, label=label))

    def action_quotes(self, speaker: str | None = None) -> None:
        from tuiread.tui.screens.quotes import QuotesScreen

        if self.screen.id == "quotes" and speaker is None:
            return
        self.push_screen(QuotesScreen(self.store, speaker=speaker))

    def action_timeline(self, entity: str | None = None) -> None:
        from tuiread.tui.screens.timeline import TimelineScreen

        if self.screen.id == "timeline" and entity is None:
            return
        self.push_screen(TimelineScreen(self.store, entity=entity))

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        hint = str(self.config_path) if self.config_path else None
        self.push_screen(HelpScreen(self._current_group(), config_hint=hint))

    def action_export(self) -> None:
        library = self.library_screen
        if library is not None and self.screen is library:
            library.action_export()
            return
        article_id = getattr(self.screen, "article_id", None)
        title = None
        if article_id:
            try:
                title = self.store.library.get(article_id).title
            except Exception:  # noqa: BLE001
                article_id = None
        self.open_export(article_id=article_id, article_title=title)

    def open_export(
        self,
        *,
        article_id: str | None = None,
        article_title: str | None = None,
        tag: str | None = None,
    ) -> None:
        try:
            tags = sorted(self.store.annotations.tags(), key=str.casefold)
        except Exception:  # noqa: BLE001
            tags = []
        self.push_screen(
            ExportDialog(
                self.store,
                article_id=article_id,
                article_title=article_title,
                tag=tag,
                tags=tags,
            )
        )

    def _to_library(self) -> LibraryScreen | None:
        library = self.library_screen
        if library is None:
            return None
        while self.screen is not library and len(self.screen_stack) > 1:
            self.pop_screen()
        return library

    def filter_library_by_tag(self, tag: str) -> None:
        library = self._to_library()
        if library is not None:
            library.set_tag_filter(tag)

    def clear_library_filters(self) -> None:
        library = self._to_library()
        if library is not None:
            library.filter_input.value = ""
            library.text_filter = ""
            library.tag_filter = None
            library.notes_only = False
            library.apply_view()

    def sort_library(self, key: str) -> None:
        library = self._to_library()
        if library is not None:
            library.set_sort(key)

    async def action_quit(self) -> None:
        self.exit(return_code=0)
