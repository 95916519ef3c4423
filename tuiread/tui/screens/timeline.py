"""The library's dated events in calendar order: the date, the sentence, its article.

A date the article's own date stood in for (the analysis gave no calendar value) is marked
"≈". Type an entity's name after ``/`` to keep the sentences that name it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Input, Static

from tuiread.index import Event
from tuiread.textsafe import one_line
from tuiread.tui.screens.index_screen import IndexScreen
from tuiread.tui.widgets.index_indicator import IndexIndicator
from tuiread.tui.widgets.row_list import RowList

DATE_WIDTH = 11


class EventList(RowList):
    """Two lines an event: date and sentence; then its article."""

    row_height = 2

    def render_row(self, row: Any, index: int, width: int) -> list[Text]:
        event: Event = row
        dim = self.style_of("row-list--dim")
        mark = "≈" if event.resolved == "article" else " "
        head = Text(f"{event.date:<{DATE_WIDTH}}{mark} ", style=self.style_of("row-list--accent"))
        sentence = one_line(event.sentence)
        head.append(sentence)
        start = event.start - event.sentence_start
        if 0 <= start < len(sentence):
            offset = len(head) - len(sentence)
            end = min(len(sentence), start + event.end - event.start)
            head.stylize(self.style_of("row-list--match"), offset + start, offset + end)
        where = " · ".join(x for x in (one_line(event.title), (event.article_date or "")[:10]) if x)
        foot = Text(" " * (DATE_WIDTH + 2) + "— " + where, style=dim)
        return [head, foot]


class TimelineScreen(IndexScreen):
    """``T``: the timeline of the library."""

    DEBOUNCE_S = 0.25  # an entity filter reads many sentences

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="timeline.back"),
        Binding("slash", "focus_filter", "Filter by entity", id="timeline.filter"),
    ]

    def __init__(self, store: Any, *, entity: str | None = None) -> None:
        super().__init__(store, id="timeline")
        self.sub_title = "Timeline"
        self.initial = entity or ""

    def compose(self) -> Any:
        yield Header(icon="≡")
        with Horizontal(classes="index-filter-bar"):
            yield Input(
                value=self.initial, placeholder="only sentences naming…", id="timeline-filter"
            )
        yield EventList(id="event-list")
        yield Static(classes="index-status", id="timeline-status")
        yield IndexIndicator()
        yield Footer()

    @property
    def event_list(self) -> EventList:
        return self.query_one("#event-list", EventList)

    @property
    def filter_input(self) -> Input:
        return self.query_one("#timeline-filter", Input)

    def on_mount(self) -> None:
        self.event_list.empty_message = "Loading the timeline…"
        self.event_list.focus()
        super().on_mount()

    def reload(self) -> None:
        index = self.index
        name = self.filter_input.value.strip()

        def load() -> tuple[list[Event], str | None]:
            if not name:
                return index.timeline(), None
            entities = index.find_entities(name)
            about = ", ".join(e.name for e in entities[:3]) or name
            return (index.timeline([e.id for e in entities]) if entities else []), about

        self.ask("timeline", load, self._loaded)

    def _loaded(self, loaded: tuple[list[Event], str | None]) -> None:
        events, about = loaded
        self.event_list.empty_message = (
            "No dated events." if not about else f"No dated sentence names {one_line(about)}."
        )
        self.event_list.set_rows(events)
        status = Text(f"{len(events):,} dated events", style="bold")
        if about:
            status.append(f" naming {one_line(about)}")
        status.append(" · calendar order · ≈ the article's own date · enter: read it", style="dim")
        self.set_status(status)

    # ------------------------------------------------------------------ events

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.reload_soon()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.reload_now()
        self.event_list.focus()

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        row: Event = event.row
        self.open_article(row.article_id, row.sentence_start)

    # ------------------------------------------------------------------ actions

    def action_focus_filter(self) -> None:
        self.filter_input.focus()

    def action_back(self) -> None:
        if self.filter_input.has_focus:
            self.event_list.focus()
            return
        super().action_back()
