"""The article body, drawn line by line (Textual Line API), with a cursor and highlights.

The text is wrapped by :mod:`tuiread.tui.layout` (pure code) into display rows that keep
their offsets into ``Article.text``; ``render_line`` styles only the rows on screen and keeps
them in a small cache that is dropped whenever what they show changes (width, highlights,
marks, search matches, families). Article text is data: rows are built from Segments of
the text made visible by :func:`tuiread.textsafe.visible`, never parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tuiread.model import Furniture, Span
from tuiread.palette import label_colour, note_colour
from tuiread.tui.layout import Layout, layout_text

FAMILY_OF_KIND = {"entity": "entities", "number": "numbers", "quote": "quotes"}
ALL_FAMILIES = frozenset(FAMILY_OF_KIND.values())


@dataclass(frozen=True, slots=True)
class Mark:
    """A user annotation drawn in the text: ``[start, end)`` in ``colour`` (a palette name)."""

    start: int
    end: int
    colour: str | None
    annotation_id: str


class ArticleView(ScrollView, can_focus=True):
    """A read-only, line-rendered article with a character cursor and a visual selection."""

    COMPONENT_CLASSES = {
        "article-view--cursor",
        "article-view--cursor-line",
        "article-view--selection",
        "article-view--match",
        "article-view--match-current",
        "article-view--furniture",
        "article-view--entity",
        "article-view--number",
        "article-view--quote",
        "article-view--mark",
        "article-view--speaker",
    }

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", id="reader.down", show=False),
        Binding("k,up", "cursor_up", "Up", id="reader.up", show=False),
        Binding("space,pagedown", "page_down", "Page down", id="reader.page_down", show=False),
        # In visual mode b/e are word motions; otherwise b pages up and e edits (screen).
        Binding("b", "word_back", "Word back (visual)", id="reader.word_back", show=False),
        Binding("b,pageup", "page_up", "Page up", id="reader.page_up", show=False),
        Binding("g,home", "top", "Top", id="reader.top", show=False),
        Binding("G,end", "bottom", "Bottom", id="reader.bottom", show=False),
        Binding("w", "word_forward", "Next word", id="reader.word_forward", show=False),
        Binding("e", "word_end", "Word end (visual)", id="reader.word_end", show=False),
        Binding("h,left", "cursor_left", "Left", id="reader.left", show=False),
        Binding("l,right", "cursor_right", "Right", id="reader.right", show=False),
        Binding("v", "visual", "Select", id="reader.visual"),
    ]

    class CursorMoved(Message):
        """The cursor (or the selection) changed."""

        def __init__(self, view: ArticleView, offset: int) -> None:
            super().__init__()
            self.view = view
            self.offset = offset

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(
        self,
        text: str,
        furniture: Sequence[Furniture] = (),
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.text = text
        self.furniture = tuple(furniture)
        self.show_furniture = False
        self.text_layout: Layout | None = None
        self.cursor = 0
        self.visual_anchor: int | None = None  # visual selection start; None when not selecting
        self._goal_column: int | None = None
        self.families: set[str] = set(ALL_FAMILIES)
        self._spans: list[Span] = []
        self._span_starts: list[int] = []
        self._span_reach = 0  # longest span, to bound the overlap search
        self._marks: list[Mark] = []
        self._mark_starts: list[int] = []
        self._mark_reach = 0
        self._matches: list[tuple[int, int]] = []
        self._match_starts: list[int] = []
        self._current_match: int | None = None
        self._speaker: tuple[int, int] | None = None  # who said the quote under the cursor
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)
        self._style_cache: dict[tuple, Style] = {}

    # ------------------------------------------------------------------ layout & caches
    def _content_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _relayout(self) -> None:
        width = self._content_width()
        furniture = [(f.at, f.text) for f in self.furniture] if self.show_furniture else ()
        self.text_layout = layout_text(self.text, width, furniture)
        self.virtual_size = Size(width, len(self.text_layout))
        self.invalidate()

    def invalidate(self) -> None:
        """Forget every rendered row and redraw."""
        self._cache.clear()
        self._style_cache.clear()
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        if self.text_layout is None or self.text_layout.width != self._content_width():
            self._relayout()
            self.scroll_cursor_visible(center=True)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
        self._style_cache.clear()

    def _on_focus(self, event: events.Focus) -> None:
        self.invalidate()

    def _on_blur(self, event: events.Blur) -> None:
        self.invalidate()

    # ------------------------------------------------------------------ data setters
    def set_spans(self, spans: Iterable[Span]) -> None:
        self._spans = sorted(spans, key=lambda s: (s.start, -s.end))
        self._span_starts = [s.start for s in self._spans]
        self._span_reach = max((s.end - s.start for s in self._spans), default=0)
        self._speaker = self.speaker_mention()
        self.invalidate()

    @property
    def spans(self) -> list[Span]:
        return self._spans

    def set_families(self, families: Iterable[str]) -> None:
        self.families = set(families)
        self._speaker = self.speaker_mention()
        self.invalidate()

    def set_marks(self, marks: Iterable[Mark]) -> None:
        self._marks = sorted(marks, key=lambda m: (m.start, -m.end))
        self._mark_starts = [m.start for m in self._marks]
        self._mark_reach = max((m.end - m.start for m in self._marks), default=0)
        self.invalidate()

    @property
    def marks(self) -> list[Mark]:
        return self._marks

    def set_matches(self, matches: Sequence[tuple[int, int]], current: int | None = None) -> None:
        self._matches = list(matches)
        self._match_starts = [s for s, _ in self._matches]
        self._current_match = current
        self.invalidate()

    @property
    def matches(self) -> list[tuple[int, int]]:
        return self._matches

    @property
    def current_match(self) -> int | None:
        return self._current_match

    def set_show_furniture(self, show: bool) -> None:
        self.show_furniture = show
        if self.text_layout is not None:
            self._relayout()
            self.scroll_cursor_visible()

    # ------------------------------------------------------------------ queries
    def visible_span(self, span: Span) -> bool:
        return FAMILY_OF_KIND.get(span.kind, "") in self.families

    def _overlapping(
        self, starts: list[int], items: list, reach: int, start: int, end: int
    ) -> list:
        lo = bisect_left(starts, start - reach)
        hi = bisect_left(starts, end)
        return [it for it in items[lo:hi] if it.end > start and it.start < end]

    def spans_at(self, offset: int) -> list[Span]:
        """Shown spans containing ``offset``, innermost first."""
        found = [
            s
            for s in self._overlapping(
                self._span_starts, self._spans, self._span_reach, offset, offset + 1
            )
            if s.start <= offset < s.end and self.visible_span(s)
        ]
        return sorted(found, key=lambda s: s.end - s.start)

    def span_at(self, offset: int) -> Span | None:
        found = self.spans_at(offset)
        return found[0] if found else None

    def marks_at(self, offset: int) -> list[Mark]:
        found = [
            m
            for m in self._overlapping(
                self._mark_starts, self._marks, self._mark_reach, offset, offset + 1
            )
            if m.start <= offset < m.end
        ]
        return sorted(found, key=lambda m: m.end - m.start)

    def next_span_start(self, offset: int, forward: bool = True) -> int | None:
        if forward:
            for i in range(bisect_right(self._span_starts, offset), len(self._spans)):
                if self.visible_span(self._spans[i]):
                    return self._spans[i].start
            return None
        for i in range(bisect_left(self._span_starts, offset) - 1, -1, -1):
            if self.visible_span(self._spans[i]):
                return self._spans[i].start
        return None

    def selected_range(self) -> tuple[int, int] | None:
        """The visual selection as ``[start, end)``, cursor character included."""
        if self.visual_anchor is None:
            return None
        start, end = sorted((self.visual_anchor, self.cursor))
        return start, min(len(self.text), end + 1)

    @property
    def selecting(self) -> bool:
        return self.visual_anchor is not None

    @property
    def cursor_row(self) -> int:
        return self.text_layout.position(self.cursor)[0] if self.text_layout else 0

    # ------------------------------------------------------------------ cursor
    def _last_offset(self) -> int:
        return max(0, len(self.text) - 1)

    def move_cursor(self, offset: int, *, keep_goal: bool = False, center: bool = False) -> None:
        offset = max(0, min(offset, self._last_offset()))
        old = self.cursor
        self.cursor = offset
        if not keep_goal:
            self._goal_column = None
        self._update_speaker()
        self.scroll_cursor_visible(center=center)
        if old != offset or self.visual_anchor is not None:
            self.refresh()
        self.post_message(self.CursorMoved(self, offset))

    def speaker_mention(self) -> tuple[int, int] | None:
        """Where the speaker of the quote under the cursor is named, if the engine said."""
        for span in self.spans_at(self.cursor):
            if (
                span.kind == "quote"
                and span.speaker_start is not None
                and span.speaker_end is not None
            ) and 0 <= span.speaker_start < span.speaker_end <= len(self.text):
                return span.speaker_start, span.speaker_end
        return None

    def _update_speaker(self) -> None:
        speaker = self.speaker_mention()
        if speaker != self._speaker:
            self._speaker = speaker
            self._cache.clear()
            self.refresh()

    def scroll_cursor_visible(self, *, center: bool = False) -> None:
        if self.text_layout is None:
            return
        row = self.cursor_row
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if center and not (top <= row < top + height):
            self.scroll_to(y=max(0, row - height // 2), animate=False, immediate=True)
        elif row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)

    def _move_rows(self, delta: int) -> None:
        layout = self.text_layout
        if layout is None or not self.text:
            return
        row, column = layout.position(self.cursor)
        if self._goal_column is None:
            self._goal_column = column
        index = layout.text_row_index(row) + delta
        index = max(0, min(index, len(layout.text_rows) - 1))
        target = layout.offset_at(layout.text_rows[index], self._goal_column)
        self.move_cursor(target, keep_goal=True)

    def action_cursor_down(self) -> None:
        self._move_rows(1)

    def action_cursor_up(self) -> None:
        self._move_rows(-1)

    def action_cursor_left(self) -> None:
        self.move_cursor(self.cursor - 1)

    def action_cursor_right(self) -> None:
        self.move_cursor(self.cursor + 1)

    def _page(self, direction: int) -> None:
        layout = self.text_layout
        if layout is None:
            return
        height = max(1, self.scrollable_content_region.height - 1)
        row, column = layout.position(self.cursor)
        if self._goal_column is None:
            self._goal_column = column
        top = round(self.scroll_y)
        new_top = max(0, min(top + direction * height, max(0, len(layout) - height - 1)))
        target_row = max(0, min(row + direction * height, len(layout) - 1))
        target_row = layout.nearest_text_row(target_row)
        self.scroll_to(y=new_top, animate=False, immediate=True)
        self.move_cursor(layout.offset_at(target_row, self._goal_column), keep_goal=True)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_top(self) -> None:
        self.move_cursor(0)

    def action_bottom(self) -> None:
        if self.text_layout is None:
            return
        self.move_cursor(self.text_layout.lines[self.text_layout.text_rows[-1]].start)

    def action_word_forward(self) -> None:
        if self.text_layout:
            self.move_cursor(self.text_layout.next_word(self.cursor))

    def action_word_back(self) -> None:
        if self.text_layout:
            self.move_cursor(self.text_layout.previous_word(self.cursor))

    def action_word_end(self) -> None:
        if self.text_layout:
            self.move_cursor(self.text_layout.word_end(self.cursor))

    def action_visual(self) -> None:
        if self.visual_anchor is None:
            self.start_visual()
        else:
            self.cancel_visual()

    def start_visual(self) -> None:
        self.visual_anchor = self.cursor
        self.invalidate()
        self.post_message(self.CursorMoved(self, self.cursor))

    def cancel_visual(self) -> None:
        if self.visual_anchor is not None:
            self.visual_anchor = None
            self.invalidate()
            self.post_message(self.CursorMoved(self, self.cursor))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("word_back", "word_end"):
            return self.visual_anchor is not None
        return True

    # ------------------------------------------------------------------ mouse
    def on_click(self, event: events.Click) -> None:
        if self.text_layout is None:
            return
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = round(self.scroll_y) + offset.y
        if 0 <= row < len(self.text_layout):
            self.focus()
            self.move_cursor(self.text_layout.offset_at(row, offset.x))

    def _clamp_cursor_to_view(self) -> None:
        if self.text_layout is None or self.visual_anchor is not None:
            return
        row = self.cursor_row
        top = round(self.scroll_y)
        height = max(1, self.scrollable_content_region.height)
        if row < top or row >= top + height:
            target = top if row < top else top + height - 1
            target = self.text_layout.nearest_text_row(
                max(0, min(target, len(self.text_layout) - 1))
            )
            self.cursor = self.text_layout.offset_at(target, self._goal_column or 0)
            self._update_speaker()
            self.refresh()
            self.post_message(self.CursorMoved(self, self.cursor))

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self.call_after_refresh(self._clamp_cursor_to_view)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self.call_after_refresh(self._clamp_cursor_to_view)

    # ------------------------------------------------------------------ rendering
    def _style(self, key: tuple) -> Style:
        style = self._style_cache.get(key)
        if style is not None:
            return style
        kind = key[0]
        if kind == "span":
            _, span_kind, label = key
            family = self._component_layer(f"article-view--{span_kind}")
            style = family + Style(color=label_colour(label, span_kind))
        elif kind == "mark":
            colour = Color.parse(note_colour(key[1]))
            background = self.background_colors[1]
            tint = background.blend(colour, 0.35)
            base = self._component_layer("article-view--mark")
            style = base + Style(bgcolor=tint.rich_color, underline=True)
        else:
            style = self._component_layer(f"article-view--{kind}")
        self._style_cache[key] = style
        return style

    def _component_layer(self, name: str) -> Style:
        """A component class as a layer: only what its CSS sets, with colours that have an
        alpha (``$accent 45%``, ``$boost``) blended over the widget's background."""
        partial = self.get_component_rich_style(name, partial=True)
        full = self.get_component_rich_style(name)
        return partial + Style(
            color=full.color if partial.color is not None else None,
            bgcolor=full.bgcolor if partial.bgcolor is not None else None,
        )

    def render_line(self, y: int) -> Strip:
        width = self._content_width()
        if self.text_layout is None and self.size.width > 0:
            # The first paint may come before the first Resize: lay out now, not later.
            self._relayout()
            self.scroll_cursor_visible(center=True)
        layout = self.text_layout
        row = round(self.scroll_y) + y
        base = self.rich_style
        if layout is None or row >= len(layout):
            return Strip.blank(width, base)
        line = layout.lines[row]
        cursor_row = layout.position(self.cursor)[0]
        cursor_column = self.cursor - line.start if row == cursor_row else None
        selection = self.selected_range()
        if selection:
            if selection[1] <= line.start or selection[0] >= line.end:
                selection = None
            else:
                selection = (max(selection[0], line.start), min(selection[1], line.end))
        key = (row, cursor_column, selection, self.has_focus, width)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(row, cursor_column, selection, base, width)
            self._cache[key] = strip
        return strip

    def _render_row(
        self,
        row: int,
        cursor_column: int | None,
        selection: tuple[int, int] | None,
        base: Style,
        width: int,
    ) -> Strip:
        layout = self.text_layout
        assert layout is not None
        line = layout.lines[row]
        shown = layout.line_text(row)
        if line.furniture is not None:
            style = base + self._style(("furniture",))
            return Strip([Segment(shown, style)]).adjust_cell_length(width, base)
        start = line.start
        end = start + len(shown)
        row_base = base
        if cursor_column is not None:
            row_base = base + self._style(("cursor-line",))
        # Layers, bottom to top: quotes, entities/numbers, marks, matches, selection, cursor.
        layers: list[tuple[int, int, Style]] = []
        spans = [
            s
            for s in self._overlapping(
                self._span_starts, self._spans, self._span_reach, start, end + 1
            )
            if self.visible_span(s)
        ]
        spans.sort(key=lambda s: (s.kind != "quote", -(s.end - s.start)))
        for s in spans:
            layers.append((s.start, s.end, self._style(("span", s.kind, s.label))))
        for m in self._overlapping(
            self._mark_starts, self._marks, self._mark_reach, start, end + 1
        ):
            layers.append((m.start, m.end, self._style(("mark", m.colour))))
        if self._matches:
            lo = bisect_left(self._match_starts, start - 1000)
            hi = bisect_left(self._match_starts, end + 1)
            for i in range(lo, hi):
                s, e = self._matches[i]
                if e > start:
                    name = "match-current" if i == self._current_match else "match"
                    layers.append((s, e, self._style((name,))))
        if self._speaker and self._speaker[0] < end + 1 and self._speaker[1] > start:
            layers.append((*self._speaker, self._style(("speaker",))))
        if selection:
            layers.append((selection[0], selection[1], self._style(("selection",))))
        trailing = ""
        if cursor_column is not None:
            at = start + cursor_column
            if at >= end:
                trailing = " "
            if self.has_focus:
                layers.append((at, at + 1, self._style(("cursor",))))
        text = shown + trailing
        stop = start + len(text)
        cuts = {start, stop}
        for s, e, _ in layers:
            if s > start and s < stop:
                cuts.add(s)
            if e > start and e < stop:
                cuts.add(e)
        points = sorted(cuts)
        segments: list[Segment] = []
        for a, b in zip(points, points[1:], strict=False):
            style = row_base
            for s, e, layer in layers:
                if s <= a and e >= b:
                    style = style + layer
            segments.append(Segment(text[a - start : b - start], style))
        return Strip(segments).adjust_cell_length(width, base)
