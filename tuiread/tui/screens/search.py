"""Full-text search of the whole library: type a query, read the hits with their snippets.

The query language is ``tuiread.index.query``'s (words, "phrases", prefix*, AND/OR/NOT,
-word, ( ), tag:T source:S since:D). Each hit is two lines: the title (matches marked) with
its source and date, then a snippet of the text around the best match. Enter opens the
article at the first match.
"""

from __future__ import annotations

import contextlib
from typing import Any, ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Header, Input, Static

from tuiread.index import QueryError, SearchResults, first_match
from tuiread.textsafe import one_line
from tuiread.tui.screens.index_screen import IndexScreen
from tuiread.tui.widgets.index_indicator import IndexIndicator
from tuiread.tui.widgets.row_list import RowList, marked_text

PAGE = 50


class HitList(RowList):
    """Search hits: rows are positions in a ``SearchResults``, drawn a page at a time."""

    row_height = 3

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.results: SearchResults | None = None

    def show(self, results: SearchResults | None) -> None:
        self.results = results
        self.set_rows(range(results.total) if results else range(0))

    def render_row(self, row: Any, index: int, width: int) -> list[Text]:
        results = self.results
        if results is None:
            return []
        start = index - index % PAGE
        hit = results.hits(start, start + PAGE)[index - start]
        match = self.style_of("row-list--match")
        dim = self.style_of("row-list--dim")
        title = marked_text(one_line(hit.title.text), hit.title.marks, match, "bold")
        meta = " · ".join(one_line(x) for x in (hit.source, (hit.date or "")[:10]) if x)
        if meta:
            title.append("   " + meta, style=dim)
        snippet = Text("  ")
        snippet.append_text(marked_text(one_line(hit.snippet.text), hit.snippet.marks, match))
        return [title, snippet, Text()]


class SearchScreen(IndexScreen):
    """``/`` in the library: search the full text of every article."""

    DEBOUNCE_S = 0.15  # a search answers in milliseconds

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="search.back"),
        Binding("slash", "focus_query", "Edit the search", id="search.focus_query"),
    ]

    def __init__(self, store: Any, query: str = "") -> None:
        super().__init__(store, id="search")
        self.initial = query
        self.results: SearchResults | None = None
        self.sub_title = "Search"
        self._typed_ahead: bool | None = True  # None once the query box has had the focus

    def compose(self) -> Any:
        yield Header(icon="≡")
        yield Input(
            value=self.initial,
            placeholder='search every article: words, "a phrase", prefix*, OR, -word, '
            "tag:T source:S since:2017",
            id="search-query",
        )
        yield Static(classes="index-status", id="search-status")
        yield HitList(id="search-hits")
        yield IndexIndicator()
        yield Footer()

    @property
    def query_input(self) -> Input:
        return self.query_one("#search-query", Input)

    @property
    def hits(self) -> HitList:
        return self.query_one("#search-hits", HitList)

    def on_mount(self) -> None:
        self.hits.empty_message = "No article matches."
        self.query_input.cursor_position = len(self.query_input.value)
        self.query_input.focus()
        super().on_mount()

    def reload(self) -> None:
        text = self.query_input.value
        if not text.strip():
            self.results = None
            self.hits.show(None)
            self.hits.empty_message = "Type to search the full text of the library."
            self.set_status(Text(_HELP, style="dim"))
            return
        index = self.index

        def search() -> SearchResults:
            index.update_text()  # articles added since: quick when there are none
            results = index.search(text)
            results.hits(0, PAGE)
            return results

        self.ask("search", search, self._show)

    def _show(self, results: SearchResults) -> None:
        self.results = results
        self.hits.empty_message = "No article matches."
        self.hits.show(results)
        noun = "article matches" if results.total == 1 else "articles match"
        status = Text(f"{results.total:,} {noun}", style="bold")
        if results.total:
            status.append(" · best first · enter opens at the first match", style="dim")
        self.set_status(status)

    def failed(self, name: str, error: Exception) -> None:
        self.results = None
        self.hits.show(None)
        self.hits.empty_message = "Fix the search to see its hits."
        if isinstance(error, QueryError):
            self.set_status(Text(str(error), style="bold red"))
        else:
            super().failed(name, error)

    # ------------------------------------------------------------------ events

    def on_key(self, event: events.Key) -> None:
        """Letters that arrive before the query box has the focus go into it."""
        if self._typed_ahead is not None and self.focused is None:
            self.type_ahead(event)

    def type_ahead(self, event: events.Key) -> None:
        """A key typed right after ``/``, before this screen was ready (the library hands on
        the ones that reached it): printable ones extend the query, in order."""
        event.stop()
        event.prevent_default()
        if not (event.is_printable and event.character):
            return
        inputs = self.query("#search-query").results(Input)
        query = next(inputs, None)
        if query is None:  # not composed yet: the box starts with it
            self.initial += event.character
            return
        query.value += event.character
        query.cursor_position = len(query.value)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._typed_ahead = None

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.reload_soon()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.reload_now()
        self.hits.focus()

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        results = self.results
        if results is None:
            return
        hit = results.hits(event.index, event.index + 1)[0]
        at = None
        with contextlib.suppress(Exception):
            at = first_match(self.store.library.get(hit.article_id).text, results.query)
        self.open_article(hit.article_id, at)

    def action_focus_query(self) -> None:
        self.query_input.focus()


_HELP = (
    'words · "exact phrase" · prefix* · a OR b · a NOT b or -b · ( ) · '
    "tag:T source:S since:YYYY-MM-DD · enter: to the hits"
)
