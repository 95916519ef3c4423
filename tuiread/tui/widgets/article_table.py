"""The library list: one line per article, drawn with the Line API.

Only the visible lines are ever rendered, so 10,000 articles paint as fast as ten. Titles,
sources and tags are data: each cell is a ``rich.text.Text`` built from the plain string
(control characters made visible first), never markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tuiread.model import ArticleSummary
from tuiread.textsafe import one_line

UNREAD_MARK = "●"
NOTE_MARK = "✎"


@dataclass(slots=True)
class LibraryRow:
    """One article as the library shows it."""

    summary: ArticleSummary
    read: bool = False
    tags: tuple[str, ...] = ()
    all_tags: frozenset[str] = frozenset()  # casefolded tags on any annotation of the article
    has_notes: bool = False

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def haystack(self) -> str:
        s = self.summary
        return " ".join((s.title, s.source or "", s.place or "", *self.tags)).casefold()


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # sort key name, "" for the mark column
    label: str
    width: int
    justify: str = "left"


SORT_KEYS = ("added", "date", "title", "source", "words")


def layout_columns(width: int, source_width: int = 16, tags_width: int = 22) -> list[Column]:
    """Column widths for a table ``width`` cells wide; the title takes what is left.

    ``source_width`` and ``tags_width`` are what the longest source and tag list need (the
    caller measures them), capped so the title keeps most of the line.
    """
    source_cap = max(8, min(source_width, 16))
    tags_cap = max(4, min(tags_width, 24))
    if width >= 90:
        source, tags, date, words = source_cap, (tags_cap if tags_width else 0), 10, 7
    elif width >= 60:
        source, tags, date, words = min(source_cap, 12), 0, 10, 7
    else:
        source, tags, date, words = 0, 0, 0, 7
    fixed = 2 + 1 + sum(w + 1 for w in (source, tags, date, words) if w)
    title = max(8, width - fixed)
    cols = [Column("", "", 2), Column("title", "Title", title)]
    if source:
        cols.append(Column("source", "Source", source))
    if date:
        cols.append(Column("date", "Date", date))
    cols.append(Column("words", "Words", words, "right"))
    if tags:
        cols.append(Column("tags", "Tags", tags))
    return cols


def measure_rows(rows: list[LibraryRow]) -> tuple[int, int]:
    """Cells the longest source and the longest tag list need (0 when there are none)."""
    source = 0
    tags = 0
    for row in rows:
        s = row.summary
        name = s.source or s.place
        if name:
            source = max(source, cell_len(one_line(name)))
        if row.tags:
            tags = max(tags, sum(cell_len(one_line(t)) + 2 for t in row.tags) - 1)
    return source, tags


class ArticleTable(ScrollView, can_focus=True):
    """A cursor over a list of ``LibraryRow``; posts ``Open`` on enter or click."""

    # The keys live on the library screen (one bindings map, so a user's remap that reuses
    # a key replaces the old binding instead of losing to the focused widget). The actions
    # stay here. No inherited ScrollView keys either: arrows move the cursor, not the view.
    INHERIT_BINDINGS = False
    BINDINGS: ClassVar[list[BindingType]] = []

    COMPONENT_CLASSES = {
        "article-table--header",
        "article-table--cursor",
        "article-table--cursor-blurred",
        "article-table--unread",
        "article-table--note",
        "article-table--meta",
        "article-table--tags",
        "article-table--empty",
    }

    DEFAULT_CSS = """
    ArticleTable {
        overflow-x: hidden;
        overflow-y: auto;
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True, repaint=False)

    class Open(Message):
        """The user asked to open the article under the cursor."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class HeaderClicked(Message):
        """A column header was clicked: the screen sorts by it."""

        def __init__(self, column: str) -> None:
            super().__init__()
            self.column = column

    class Highlighted(Message):
        """The cursor moved to another article (or to none)."""

        def __init__(self, article_id: str | None) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.rows: list[LibraryRow] = []
        self.sort_key = "added"
        self.sort_reverse = False
        self.empty_message = "No articles."
        self.source_width = 16
        self.tags_width = 22

    # ------------------------------------------------------------------ data

    def set_rows(self, rows: list[LibraryRow], keep_id: str | None = None) -> None:
        """Show ``rows``; the cursor stays on ``keep_id`` when it is still there."""
        self.rows = rows
        index = 0
        if keep_id is not None:
            for i, row in enumerate(rows):
                if row.id == keep_id:
                    index = i
                    break
        self._update_virtual_size()
        self.cursor = index
        self.refresh()

    def measure(self, rows: list[LibraryRow]) -> None:
        """Size the source and tags columns for ``rows`` (call when the data changes)."""
        self.source_width, self.tags_width = measure_rows(rows)
        self.source_width = max(self.source_width, len("Source ▲"))
        if self.tags_width:
            self.tags_width = max(self.tags_width, len("Tags"))

    def columns(self, width: int) -> list[Column]:
        return layout_columns(width, self.source_width, self.tags_width)

    @property
    def current(self) -> LibraryRow | None:
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor]
        return None

    def _update_virtual_size(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        self.virtual_size = Size(width, len(self.rows) + 1)

    def validate_cursor(self, value: int) -> int:
        if not self.rows:
            return 0
        return max(0, min(value, len(self.rows) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        row = self.current
        self.post_message(self.Highlighted(row.id if row else None))

    @property
    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _scroll_to_cursor(self) -> None:
        visible = self._page
        top = round(self.scroll_y)
        if self.cursor < top:
            top = self.cursor
        elif self.cursor > top + visible - 1:
            top = self.cursor - visible + 1
        else:
            return
        self.scroll_to(y=top, animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self._update_virtual_size()
        self._scroll_to_cursor()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # ------------------------------------------------------------------ actions

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_top(self) -> None:
        self.cursor = 0

    def action_bottom(self) -> None:
        self.cursor = len(self.rows) - 1

    def action_page_down(self) -> None:
        self.cursor += self._page

    def action_page_up(self) -> None:
        self.cursor -= self._page

    def action_open(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Open(row.id))

    # ------------------------------------------------------------------ mouse

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        event.stop()
        if offset.y == 0:
            x = 0
            for col in self.columns(self.scrollable_content_region.width):
                if x <= offset.x < x + col.width + 1:
                    if col.key in SORT_KEYS:
                        self.post_message(self.HeaderClicked(col.key))
                    return
                x += col.width + 1
            return
        index = round(self.scroll_y) + offset.y - 1
        if 0 <= index < len(self.rows):
            self.focus()
            self.cursor = index
            self.post_message(self.Open(self.rows[index].id))

    # ------------------------------------------------------------------ rendering

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            text = self._header_text(width)
        else:
            index = round(self.scroll_y) + y - 1
            if index >= len(self.rows):
                if not self.rows and y == 1:
                    text = Text(
                        "  " + self.empty_message, style=self._style("article-table--empty")
                    )
                else:
                    return Strip.blank(width, base)
            else:
                text = self._row_text(self.rows[index], index == self.cursor, width)
        segments = list(text.render(self.app.console))
        strip = Strip(segments).adjust_cell_length(width, base)
        return strip.apply_style(base)

    def _style(self, component: str) -> Style:
        return self.get_component_rich_style(component, partial=True)

    def _header_text(self, width: int) -> Text:
        text = Text(style=self._style("article-table--header"), no_wrap=True)
        arrow = " ▼" if self.sort_reverse else " ▲"
        for col in self.columns(width):
            label = col.label + (arrow if col.key == self.sort_key else "")
            if col.justify == "right":
                label = label.rjust(col.width)
            cell = Text(label)
            cell.truncate(col.width, overflow="ellipsis", pad=True)
            text.append_text(cell)
            text.append(" ")
        return text

    def _row_text(self, row: LibraryRow, is_cursor: bool, width: int) -> Text:
        s = row.summary
        meta = self._style("article-table--meta")
        text = Text(no_wrap=True, overflow="ellipsis")
        for col in self.columns(width):
            if col.key == "":
                mark = Text(
                    UNREAD_MARK if not row.read else " ", style=self._style("article-table--unread")
                )
                mark.append(
                    NOTE_MARK if row.has_notes else " ", style=self._style("article-table--note")
                )
                cell = mark
            elif col.key == "title":
                cell = Text(one_line(s.title), style="bold" if not row.read else "")
            elif col.key == "source":
                cell = Text(one_line(s.source or s.place or ""), style=meta)
            elif col.key == "date":
                cell = Text(one_line((s.date or "")[:10]), style=meta)
            elif col.key == "words":
                cell = Text(f"{s.word_count:,}".rjust(col.width), style=meta)
            else:
                cell = Text(
                    " ".join("#" + one_line(t) for t in row.tags),
                    style=self._style("article-table--tags"),
                )
            cell.truncate(col.width, overflow="ellipsis", pad=True)
            text.append_text(cell)
            text.append(" ")
        if is_cursor:
            name = "article-table--cursor" if self.has_focus else "article-table--cursor-blurred"
            text.stylize(self._style(name))
            if getattr(self.app, "no_color", False):
                # NO_COLOR drops backgrounds: keep the cursor visible as reverse video.
                text.stylize("reverse" if self.has_focus else "underline")
        return text
