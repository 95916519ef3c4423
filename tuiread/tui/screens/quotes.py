"""Every quote of the library with its speaker; filter by speaker, open one where it stands.

Speakers are linked across articles as the entity index links names, so "Mr Blair" in one
story and "Tony Blair" in another are one speaker. ``s`` keeps only the quotes of the
speaker under the cursor; the reader's "more quotes by this speaker" opens this screen so.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Input, Static

from tuiread.index import QuoteRow
from tuiread.index.names import fold
from tuiread.textsafe import one_line
from tuiread.tui.screens.index_screen import IndexScreen
from tuiread.tui.widgets.index_indicator import IndexIndicator
from tuiread.tui.widgets.row_list import RowList

UNKNOWN = "(speaker unknown)"


class QuoteList(RowList):
    """Two lines a quote: speaker, date and article; then the words."""

    row_height = 3

    def render_row(self, row: Any, index: int, width: int) -> list[Text]:
        quote: QuoteRow = row
        dim = self.style_of("row-list--dim")
        head = Text(one_line(quote.speaker or UNKNOWN), style=self.style_of("row-list--accent"))
        where = " · ".join(x for x in ((quote.date or "")[:10], one_line(quote.title)) if x)
        head.append("   " + where, style=dim)
        words = Text("  " + one_line(quote.text))
        return [head, words, Text()]


class QuotesScreen(IndexScreen):
    """``Q``: quotes by speaker."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="quotes.back"),
        Binding("slash", "focus_filter", "Filter by speaker", id="quotes.filter"),
        Binding("s", "same_speaker", "This speaker only", id="quotes.same_speaker"),
    ]

    def __init__(self, store: Any, *, speaker: str | None = None) -> None:
        super().__init__(store, id="quotes")
        self.sub_title = "Quotes"
        self.speaker = speaker  # as the reader names it; shown linked once loaded
        self.all: list[QuoteRow] = []

    def compose(self) -> Any:
        yield Header(icon="≡")
        with Horizontal(classes="index-filter-bar"):
            yield Input(placeholder="filter by speaker", id="quote-filter")
        yield QuoteList(id="quote-list")
        yield Static(classes="index-status", id="quotes-status")
        yield IndexIndicator()
        yield Footer()

    @property
    def quote_list(self) -> QuoteList:
        return self.query_one("#quote-list", QuoteList)

    @property
    def filter_input(self) -> Input:
        return self.query_one("#quote-filter", Input)

    def on_mount(self) -> None:
        self.quote_list.empty_message = "Loading the quotes…"
        self.quote_list.focus()
        super().on_mount()

    def reload(self) -> None:
        index = self.index
        speaker = self.speaker

        def load() -> tuple[list[QuoteRow], str | None]:
            quotes = index.quotes()
            linked = None
            if speaker:
                theirs = index.quotes(speaker=speaker)
                linked = next((q.speaker for q in theirs if q.speaker), speaker)
            return quotes, linked

        self.ask("quotes", load, self._loaded)

    def _loaded(self, loaded: tuple[list[QuoteRow], str | None]) -> None:
        quotes, linked = loaded
        self.all = quotes
        if linked is not None:
            self.speaker = None
            self.filter_input.value = linked  # Input.Changed applies it
        self.quote_list.empty_message = (
            "No quote matches." if quotes else "No quotes yet: the index is being built."
        )
        self.apply_filter()

    def apply_filter(self) -> None:
        needle = fold(self.filter_input.value.strip())
        rows = [q for q in self.all if not needle or needle in fold(q.speaker or UNKNOWN)]
        self.quote_list.set_rows(rows)
        total = len(self.all)
        speakers = len({q.speaker for q in rows})
        status = Text(f"{len(rows):,}" + ("" if len(rows) == total else f" of {total:,}"))
        status.append(
            f" quotes by {speakers:,} speaker" + ("" if speakers == 1 else "s"), style="bold"
        )
        status.append(" · in date order · s: this speaker only · enter: read it", style="dim")
        self.set_status(status)

    # ------------------------------------------------------------------ events

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.apply_filter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.quote_list.focus()

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        quote: QuoteRow = event.row
        self.open_article(quote.article_id, quote.start)

    # ------------------------------------------------------------------ actions

    def action_focus_filter(self) -> None:
        self.filter_input.focus()

    def action_same_speaker(self) -> None:
        quote: QuoteRow | None = self.quote_list.current
        if quote is not None and quote.speaker:
            self.filter_input.value = quote.speaker

    def action_back(self) -> None:
        if self.filter_input.has_focus:
            self.quote_list.focus()
            return
        super().action_back()
