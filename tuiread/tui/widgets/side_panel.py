"""The reader's side panel: entities, numbers, quotes and the reader's notes, one row each.

An OptionList (line-based, not a widget per item). Every row knows the offset it points at,
so the screen can jump the article cursor there when the row is chosen. Text shown here comes
from the article and the user: it is built as rich Text from ``one_line`` strings, never markup.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tuiread.model import Annotation, Span
from tuiread.palette import FAMILY_COLOURS, label_colour, note_colour
from tuiread.textsafe import one_line
from tuiread.timex import describe, is_date

EXCERPT = 60


@dataclass(frozen=True, slots=True)
class PlacedNote:
    """An annotation with where it sits in the current text (None: whole article or orphaned)."""

    annotation: Annotation
    start: int | None
    end: int | None
    orphaned: bool = False


def _excerpt(text: str, limit: int = EXCERPT) -> str:
    text = one_line(text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Row(Visual):
    """A panel row whose wrapped lines stay indented under its first one (a hanging
    indent), so a long name, quote or note never runs back to the panel's edge.
    ``str(row)`` is its text as shown. Built on Textual's Content: as cheap as a plain row."""

    INDENT = 2

    def __init__(self, text: Text) -> None:
        if text.plain.startswith(" " * self.INDENT):
            text = text[self.INDENT :]
        self.text = text
        self._content: Content | None = None

    def __str__(self) -> str:
        return " " * self.INDENT + self.text.plain

    @property
    def content(self) -> Content:
        if self._content is None:
            self._content = Content.from_rich_text(self.text)
        return self._content

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        inner = max(1, width - self.INDENT)
        indent = Segment(" " * self.INDENT, style.rich_style)
        return [
            Strip([indent, *strip], strip.cell_length + self.INDENT)
            for strip in self.content.render_strips(inner, height, style, options)
        ]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width) + self.INDENT

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.content.get_height(rules, max(1, width - self.INDENT))


def _header(title: str, colour: str | None = None) -> Text:
    text = Text(title, style="bold")
    if colour:
        text.stylize(colour)
    return text


class SidePanel(OptionList):
    """Entities grouped by canonical name with counts, numbers, quotes, notes."""

    # The article's moves, with the same ids: one row each in help, one remap for both panes.
    BINDINGS = [
        Binding("j", "cursor_down", "Down", id="reader.down", show=False),
        Binding("k", "cursor_up", "Up", id="reader.up", show=False),
        Binding("g", "first", "Top", id="reader.top", show=False),
        Binding("G", "last", "Bottom", id="reader.bottom", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.targets: dict[str, int] = {}
        self.mentions: dict[str, list[int]] = {}
        self.note_ids: dict[str, str] = {}
        self.analysing = True
        self._spans: list[Span] = []
        self._notes: list[PlacedNote] = []
        self.families_off: set[str] = set()

    def set_families_off(self, families: set[str]) -> None:
        """Families switched off in the text are listed under a header saying so."""
        self.families_off = set(families)
        self._rebuild()

    def set_spans(self, spans: Sequence[Span], *, analysing: bool = False) -> None:
        self._spans = list(spans)
        self.analysing = analysing
        self._rebuild()

    def set_notes(self, notes: Sequence[PlacedNote]) -> None:
        self._notes = list(notes)
        self._rebuild()

    def target_of(self, option_id: str | None) -> int | None:
        return self.targets.get(option_id or "")

    def mentions_of(self, option_id: str | None) -> list[int]:
        """Every offset a row stands for (an entity's mentions, a repeated number's uses)."""
        return self.mentions.get(option_id or "", [])

    def annotation_of(self, option_id: str | None) -> str | None:
        return self.note_ids.get(option_id or "")

    @property
    def highlighted_annotation(self) -> str | None:
        if self.highlighted is None:
            return None
        return self.annotation_of(self.get_option_at_index(self.highlighted).id)

    def select_annotation(self, annotation_id: str) -> None:
        for option_id, ann in self.note_ids.items():
            if ann == annotation_id:
                self.highlighted = self.get_option_index(option_id)
                return

    def _rebuild(self) -> None:
        highlighted = self.highlighted
        self.targets = {}
        self.mentions = {}
        self.note_ids = {}
        options: list[Option] = []
        counter = 0

        def add(
            prompt: Text,
            target: int | None = None,
            note: str | None = None,
            mentions: list[int] | None = None,
        ) -> None:
            nonlocal counter
            counter += 1
            option_id = f"row{counter}"
            if target is not None:
                self.targets[option_id] = target
            if mentions:
                self.mentions[option_id] = mentions
            if note is not None:
                self.note_ids[option_id] = note
            options.append(Option(Row(prompt), id=option_id))

        def header(title: str, colour: str | None = None) -> None:
            options.append(Option(_header(title, colour), disabled=True))

        entities = [s for s in self._spans if s.kind == "entity"]
        numbers = [s for s in self._spans if s.kind == "number"]
        quotes = [s for s in self._spans if s.kind == "quote"]

        # Notes first: they are the reader's own.
        header(f"Notes ({len(self._notes)})")
        if not self._notes:
            options.append(
                Option(Row(Text("  none yet: a, v or A to add", style="dim")), disabled=True)
            )
        for placed in self._notes:
            add(self._note_prompt(placed), placed.start, placed.annotation.id)

        if self.analysing:
            header("Entities, numbers, quotes", FAMILY_COLOURS["entity"])
            options.append(Option(Row(Text("  analysing…", style="dim italic")), disabled=True))
        else:
            groups: dict[str, list[Span]] = {}
            for s in entities:
                groups.setdefault(s.value or s.text, []).append(s)
            header(f"Entities ({len(groups)}){self._off('entities')}", FAMILY_COLOURS["entity"])
            ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start))
            for name, mentions in ordered:
                label = Counter(m.label for m in mentions).most_common(1)[0][0]
                prompt = Text("  ")
                prompt.append(_excerpt(name, 40), style=label_colour(label, "entity"))
                prompt.append(f" ×{len(mentions)}", style="bold")
                prompt.append(f"  {label}", style="dim")
                add(prompt, mentions[0].start, mentions=sorted({m.start for m in mentions}))
            same: dict[tuple[str, str, str | None, str | None], list[Span]] = {}
            for s in numbers:
                same.setdefault((s.text.casefold(), s.label, s.value, s.unit), []).append(s)
            header(f"Numbers ({len(numbers)}){self._off('numbers')}", FAMILY_COLOURS["number"])
            for group in same.values():
                s = group[0]
                prompt = Text("  ")
                prompt.append(_excerpt(s.text, 30), style=label_colour(s.label, "number"))
                if is_date(s):
                    value = one_line(describe(s))
                else:
                    value = " ".join(one_line(p) for p in (s.value, s.unit) if p)
                if value:
                    prompt.append(f" → {_excerpt(value, 30)}")
                if len(group) > 1:
                    prompt.append(f" ×{len(group)}", style="bold")
                prompt.append(f"  {s.label}", style="dim")
                add(prompt, s.start, mentions=sorted({g.start for g in group}))
            header(f"Quotes ({len(quotes)}){self._off('quotes')}", FAMILY_COLOURS["quote"])
            for s in quotes:
                prompt = Text("  ")
                prompt.append(_excerpt(s.speaker or "unknown speaker", 30), style="bold")
                prompt.append(": ")
                prompt.append(_excerpt(s.text, EXCERPT), style=label_colour("QUOTE", "quote"))
                add(prompt, s.start)

        self.set_options(options)
        if highlighted is not None and self.option_count:
            self.highlighted = min(highlighted, self.option_count - 1)
        if self.highlighted is None or options[self.highlighted].disabled:
            first = next((i for i, o in enumerate(options) if not o.disabled), None)
            self.highlighted = first

    def _off(self, family: str) -> str:
        return " · off in the text" if family in self.families_off else ""

    @staticmethod
    def _note_prompt(placed: PlacedNote) -> Text:
        ann = placed.annotation
        prompt = Text("  ")
        if ann.selector is None:
            prompt.append("article", style="bold")
        elif placed.orphaned:
            prompt.append("orphaned", style="bold red")
            prompt.append(" “" + _excerpt(ann.selector.exact, 30) + "”", style="dim")
        else:
            prompt.append("▌", style=note_colour(ann.colour))
            prompt.append("“" + _excerpt(ann.selector.exact, 30) + "”", style="italic")
        if ann.note:
            prompt.append(" " + _excerpt(ann.note, 50))
        if ann.tags:
            prompt.append(" " + " ".join("#" + one_line(t) for t in ann.tags), style="dim")
        return prompt
