"""A cursor over a long list of rows, each a fixed number of lines, drawn with the Line API.

Only the lines on screen are ever rendered, so a timeline of 100,000 events scrolls like one
of ten. Subclasses say how a row looks (``render_row``: one ``rich.text.Text`` per line, built
from plain strings, never markup); the list posts ``Highlighted`` when the cursor moves and
``Selected`` on enter or a click.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


class RowList(ScrollView, can_focus=True):
    """Rows of ``row_height`` lines; j/k, g/G, space/b move the cursor, enter selects."""

    INHERIT_BINDINGS = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="lists.cursor_down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="lists.cursor_up"),
        Binding("g,home", "top", "First row", show=False, id="lists.top"),
        Binding("G,end", "bottom", "Last row", show=False, id="lists.bottom"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="lists.page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="lists.page_up"),
        Binding("enter", "select", "Open", id="lists.select"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-list--cursor",
        "row-list--cursor-blurred",
        "row-list--dim",
        "row-list--match",
        "row-list--accent",
        "row-list--empty",
    }

    DEFAULT_CSS = """
    RowList {
        overflow-x: hidden;
        overflow-y: auto;
    }
    RowList > .row-list--cursor { background: $accent 60%; }
    RowList > .row-list--cursor-blurred { background: $accent 25%; }
    RowList > .row-list--dim { color: $text-muted; }
    RowList > .row-list--match { text-style: bold underline; color: $warning; }
    RowList > .row-list--accent { color: $accent; text-style: bold; }
    RowList > .row-list--empty { color: $text-muted; text-style: italic; }
    """

    row_height: ClassVar[int] = 1
    cursor: reactive[int] = reactive(0, always_update=True, repaint=False)

    class Highlighted(Message):
        """The cursor moved onto row ``index`` (``row`` is None when the list is empty)."""

        def __init__(self, row_list: RowList, index: int, row: Any) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index
            self.row = row

        @property
        def control(self) -> RowList:
            return self.row_list

    class Selected(Message):
        """Enter (or a click) on row ``index``."""

        def __init__(self, row_list: RowList, index: int, row: Any) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index
            self.row = row

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.rows: Sequence[Any] = ()
        self.empty_message = "Nothing to show."
        self._rendered: dict[tuple[int, int, bool, bool], list[Text]] = {}

    # ------------------------------------------------------------------ data

    def set_rows(self, rows: Sequence[Any], cursor: int = 0) -> None:
        """Show ``rows`` with the cursor on row ``cursor``."""
        self.rows = rows
        self._rendered.clear()
        self._update_virtual_size()
        self.cursor = cursor
        self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_to_cursor()
        self.refresh()

    def redraw(self) -> None:
        """Draw every row again (what a row shows changed, not the rows)."""
        self._rendered.clear()
        self.refresh()

    @property
    def current(self) -> Any:
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor]
        return None

    def render_row(self, row: Any, index: int, width: int) -> list[Text]:
        """The ``row_height`` lines of ``row`` (subclasses draw their rows)."""
        return [Text(str(row))]

    def style_of(self, component: str) -> Style:
        return self.get_component_rich_style(component, partial=True)

    def _update_virtual_size(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        self.virtual_size = Size(width, max(1, len(self.rows) * self.row_height))

    def validate_cursor(self, value: int) -> int:
        if not self.rows:
            return 0
        return max(0, min(value, len(self.rows) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self, new, self.current))

    @property
    def _page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height // self.row_height)

    def _scroll_to_cursor(self) -> None:
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        top = round(self.scroll_y)
        first = self.cursor * self.row_height
        last = first + self.row_height - 1
        if first < top:
            top = first
        elif last > top + height - 1:
            top = last - height + 1
        else:
            return
        self.scroll_to(y=top, animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self._rendered.clear()
        self._update_virtual_size()
        self._scroll_to_cursor()

    def on_focus(self) -> None:
        self._rendered.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._rendered.clear()
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
        self.cursor += self._page_rows

    def action_page_up(self) -> None:
        self.cursor -= self._page_rows

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self, self.cursor, self.current))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        event.stop()
        index = (round(self.scroll_y) + offset.y) // self.row_height
        if 0 <= index < len(self.rows):
            self.focus()
            self.cursor = index
            self.action_select()

    # ------------------------------------------------------------------ rendering

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        line = round(self.scroll_y) + y
        index, part = divmod(line, self.row_height)
        if index >= len(self.rows):
            if not self.rows and line == 0:
                text = Text(" " + self.empty_message, style=self.style_of("row-list--empty"))
                return self._strip(text, width)
            return Strip.blank(width, base)
        lines = self._lines(index, width)
        text = lines[part] if part < len(lines) else Text()
        return self._strip(text, width)

    def _strip(self, text: Text, width: int) -> Strip:
        text.no_wrap = True
        text.overflow = "ellipsis"
        text.truncate(width, overflow="ellipsis")
        segments = list(text.render(self.app.console, end=""))
        return (
            Strip(segments).adjust_cell_length(width, self.rich_style).apply_style(self.rich_style)
        )

    def _lines(self, index: int, width: int) -> list[Text]:
        selected = index == self.cursor
        key = (index, width, selected, self.has_focus)
        cached = self._rendered.get(key)
        if cached is not None:
            return [line.copy() for line in cached]
        lines = self.render_row(self.rows[index], index, width)[: self.row_height]
        while len(lines) < self.row_height:
            lines.append(Text())
        if selected:
            name = "row-list--cursor" if self.has_focus else "row-list--cursor-blurred"
            style = self.style_of(name)
            padded = []
            for line in lines:
                line = line.copy()
                line.truncate(width, overflow="ellipsis", pad=True)
                line.stylize(style)
                if getattr(self.app, "no_color", False):
                    line.stylize("reverse" if self.has_focus else "underline")
                padded.append(line)
            lines = padded
        if len(self._rendered) > 512:
            self._rendered.clear()
        self._rendered[key] = lines
        return [line.copy() for line in lines]


def marked_text(text: str, marks: Sequence[tuple[int, int]], style: Style, base: Any = "") -> Text:
    """``text`` (plain, one line) with the ``marks`` stretches in ``style``."""
    out = Text(text, style=base)
    for start, end in marks:
        if 0 <= start < end <= len(text):
            out.stylize(style, start, end)
    return out
