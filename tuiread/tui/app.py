"""The terminal app: opens on the library, reads articles, keeps notes and tags.

    TuireadApp(store, config_path=path).run()

The app is a thin shell over the store. It owns the screen stack: screens, dialogs and
palette commands ask it for things by posting the messages of ``tuiread.tui.messages``.
Keys come from the bindings' defaults, overridden by ``[keys]`` in the config file.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import App
from textual.binding import Binding

from tuiread.store import Store, StoreError
from tuiread.tui.commands import ArticleCommands, LibraryCommands
from tuiread.tui.dialogs.export import ExportDialog
from tuiread.tui.dialogs.import_ import ImportDialog
from tuiread.tui.index_commands import IndexCommands
from tuiread.tui.index_service import IndexService
from tuiread.tui.keymap import UserConfig, binding_catalogue, keymap_conflicts, load_config
from tuiread.tui.messages import (
    ArticlesAdded,
    ClearFilters,
    FilterByTag,
    OpenArticle,
    OpenExport,
    OpenFeeds,
    OpenImport,
    PickTagFilter,
    RefreshIndex,
    ReloadLibrary,
    ShowEntities,
    ShowHelp,
    ShowQuotes,
    ShowSearch,
    ShowTimeline,
    SortLibrary,
    ToggleNotesOnly,
)
from tuiread.tui.screens.entities import EntitiesScreen
from tuiread.tui.screens.feeds import FeedsScreen
from tuiread.tui.screens.help import HelpScreen
from tuiread.tui.screens.library import LibraryScreen
from tuiread.tui.screens.quotes import QuotesScreen
from tuiread.tui.screens.reader import ReaderScreen
from tuiread.tui.screens.search import SearchScreen
from tuiread.tui.screens.timeline import TimelineScreen


class TuireadApp(App[None]):
    """tuiread: the library, the reader, help, the palette and the dialogs."""

    # reader.tcss also dresses the annotation dialog, which the library opens too.
    CSS_PATH = ["app.tcss", "reader.tcss"]
    TITLE = "tuiread"
    COMMAND_PALETTE_BINDING = "ctrl+p"
    COMMANDS = App.COMMANDS | {ArticleCommands, LibraryCommands, IndexCommands}

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
        store: Store,
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
        # line does), else when a view that needs it opens.
        self.index_service = IndexService(self, store)
        self.index_in_background = index_in_background
        # One feeds screen for the session, installed so that leaving it does not stop a
        # refresh it started: the refresh goes on and reports when it ends.
        self.feeds_screen: FeedsScreen | None = None

    # ------------------------------------------------------------------ start

    def on_mount(self) -> None:
        self._apply_config()
        self.push_screen(LibraryScreen(self.store))
        if self.store.read_only:
            reason = self.store.read_only_reason or "it was opened read-only"
            self.notify(
                f"The library is read-only: {reason}. You can read, but notes and tags will not be saved.",
                title="Read-only",
                severity="warning",
                timeout=12,
                markup=False,
            )
        for warning in self.store.warnings:
            self.notify(warning, title="Library", severity="warning", timeout=12, markup=False)
        if self.initial_article:
            self.open_article(self.initial_article)
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
        """Open the reader on ``article_id``, marked read, with the cursor at offset ``at``
        when given (a search hit, an entity's first mention, a quote, a dated sentence)."""
        if not self.store.library.has(article_id):
            self.notify("That article is no longer in the library.", severity="error", markup=False)
            return
        if not self.store.read_only and not self.store.library.get_state(article_id).read:
            try:
                self.store.library.set_state(article_id, read=True)
            except StoreError as exc:
                self.notify(f"Not marked read: {exc}", severity="warning", markup=False)
        # Opening from the palette while reading: replace the reader, do not stack readers.
        if isinstance(self.screen, ReaderScreen):
            self.switch_screen(ReaderScreen(self.store, article_id, at=at))
        else:
            self.push_screen(ReaderScreen(self.store, article_id, at=at))

    def _current_group(self) -> str:
        if isinstance(self.screen, ReaderScreen):
            return "reader"
        if isinstance(self.screen, FeedsScreen):
            return "feeds"
        if self.screen.id in ("search", "entities", "quotes", "timeline"):
            return str(self.screen.id)
        return "library"

    # ------------------------------------------------------------------ library-wide views

    def action_search(self, query: str = "") -> None:
        self.push_screen(SearchScreen(self.store, query))

    def action_entities(self, name: str | None = None, label: str | None = None) -> None:
        if self.screen.id == "entities" and name is None:
            return
        self.push_screen(EntitiesScreen(self.store, name=name, label=label))

    def action_quotes(self, speaker: str | None = None) -> None:
        if self.screen.id == "quotes" and speaker is None:
            return
        self.push_screen(QuotesScreen(self.store, speaker=speaker))

    def action_timeline(self, entity: str | None = None) -> None:
        if self.screen.id == "timeline" and entity is None:
            return
        self.push_screen(TimelineScreen(self.store, entity=entity))

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        hint = str(self.config_path) if self.config_path else None
        self.push_screen(HelpScreen(self._current_group(), config_hint=hint))

    def open_export(
        self,
        *,
        article_id: str | None = None,
        article_title: str | None = None,
        tag: str | None = None,
    ) -> None:
        """The export dialog, scoped to an article or a tag when given."""
        tags = sorted(self.store.annotations.tags(), key=str.casefold)
        self.push_screen(
            ExportDialog(
                self.store,
                article_id=article_id,
                article_title=article_title,
                tag=tag,
                tags=tags,
            )
        )

    @on(OpenImport)
    def _open_import(self, message: OpenImport) -> None:
        """The import dialog; the library list is reloaded after an import."""

        def imported(report: object) -> None:
            library = self.library_screen
            if report is not None and library is not None:
                library.reload()

        self.push_screen(ImportDialog(self.store), imported)

    def _to_library(self) -> LibraryScreen | None:
        """Bring the library forward (closing the screens above it) and return it."""
        library = self.library_screen
        if library is None:
            return None
        while self.screen is not library and len(self.screen_stack) > 1:
            self.pop_screen()
        return library

    # ------------------------------------------------------------------ messages

    @on(OpenArticle)
    def _open_article(self, message: OpenArticle) -> None:
        self.open_article(message.article_id, at=message.at)

    @on(ShowSearch)
    def _show_search(self, message: ShowSearch) -> None:
        self.action_search(message.query)

    @on(ShowEntities)
    def _show_entities(self, message: ShowEntities) -> None:
        self.action_entities(message.name, message.label)

    @on(ShowQuotes)
    def _show_quotes(self, message: ShowQuotes) -> None:
        self.action_quotes(message.speaker)

    @on(ShowTimeline)
    def _show_timeline(self, message: ShowTimeline) -> None:
        self.action_timeline(message.entity)

    @on(RefreshIndex)
    def _refresh_index(self, message: RefreshIndex) -> None:
        if message.always or self.index_in_background:
            self.index_service.refresh()

    @on(OpenExport)
    def _open_export(self, message: OpenExport) -> None:
        article_id, title, tag = message.article_id, message.article_title, message.tag
        screen = self.screen
        if article_id is None and tag is None:
            if isinstance(screen, LibraryScreen):
                row = screen.table.current
                article_id = row.id if row else None
                title = row.summary.title if row else None
                tag = screen.tag_filter
            elif isinstance(screen, ReaderScreen) and screen.article is not None:
                article_id, title = screen.article_id, screen.article.title
        self.open_export(article_id=article_id, article_title=title, tag=tag)

    @on(OpenFeeds)
    def _open_feeds(self) -> None:
        if isinstance(self.screen, FeedsScreen):
            return
        if self.feeds_screen is None:
            self.feeds_screen = FeedsScreen(self.store)
            self.install_screen(self.feeds_screen, name="feeds")
        else:
            self.feeds_screen.reload()
        self.push_screen("feeds")

    @on(ArticlesAdded)
    def _articles_added(self) -> None:
        if isinstance(self.screen, LibraryScreen):
            self.screen.reload()
        self.post_message(RefreshIndex())

    @on(ShowHelp)
    def _show_help(self) -> None:
        self.action_help()

    @on(FilterByTag)
    def _filter_by_tag(self, message: FilterByTag) -> None:
        library = self._to_library()
        if library is not None:
            library.set_tag_filter(message.tag)

    @on(PickTagFilter)
    def _pick_tag_filter(self) -> None:
        library = self._to_library()
        if library is not None:
            library.action_pick_tag()

    @on(ToggleNotesOnly)
    def _toggle_notes_only(self) -> None:
        library = self._to_library()
        if library is not None:
            library.action_toggle_has_notes()

    @on(ClearFilters)
    def _clear_filters(self) -> None:
        library = self._to_library()
        if library is not None:
            library.clear_all_filters()

    @on(SortLibrary)
    def _sort_library(self, message: SortLibrary) -> None:
        library = self._to_library()
        if library is not None:
            library.set_sort(message.key)

    @on(ReloadLibrary)
    def _reload_library(self) -> None:
        library = self._to_library()
        if library is not None:
            library.action_reload()

    async def action_quit(self) -> None:
        self.exit(return_code=0)
