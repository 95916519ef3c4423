"""A small modal for a note, tags and a colour; it dismisses with an AnnotationResult or None.

The dialog does not touch the store: its caller saves the result (the confirm *is* the save,
so the caller saves at once and reports success or the store's error).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static, TextArea

from tuiread.model import normalise_tags
from tuiread.palette import DEFAULT_NOTE_COLOUR, NOTE_COLOURS
from tuiread.textsafe import one_line
from tuiread.tui.dialogs.confirm import ConfirmDialog

_SPLIT = re.compile(r"[,\s]+")


@dataclass(frozen=True, slots=True)
class AnnotationResult:
    """What the user confirmed: the note text, the tags and a colour name (None: no colour)."""

    note: str
    tags: tuple[str, ...]
    colour: str | None


def parse_tags(value: str) -> tuple[str, ...]:
    return normalise_tags([t for t in _SPLIT.split(value) if t])


def tag_changes(
    shown: tuple[str, ...], confirmed: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(added, removed): what the user changed in a tags dialog that showed ``shown``. Only
    that is applied to the stored tags, so tags saved meanwhile by another window stay."""
    before = {t.casefold() for t in shown}
    after = {t.casefold() for t in confirmed}
    return (
        tuple(t for t in confirmed if t.casefold() not in before),
        tuple(t for t in shown if t.casefold() not in after),
    )


class TagSuggester(Suggester):
    """Completes the tag being typed (the last one in the list) from the tags in use."""

    def __init__(self, tags: Iterable[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self._tags = sorted(set(tags), key=str.casefold)

    async def get_suggestion(self, value: str) -> str | None:
        match = re.search(r"#?([^,\s#]*)$", value)
        if not match or not match.group(1):
            return None
        stem = match.group(1).casefold()
        typed = set(t.casefold() for t in parse_tags(value[: match.start()]))
        for tag in self._tags:
            if (
                tag.casefold().startswith(stem)
                and tag.casefold() != stem
                and tag.casefold() not in typed
            ):
                return value[: match.start(1)] + tag
        return None


class AnnotationDialog(ModalScreen[AnnotationResult | None]):
    """Note + tags + colour. ``mode`` "note" (passage or article note) or "tags" (tags only)."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="dialog.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
    ]

    def __init__(
        self,
        title: str,
        *,
        passage: str | None = None,
        note: str = "",
        tags: Iterable[str] = (),
        colour: str | None = None,
        known_tags: Iterable[str] = (),
        mode: str = "note",
        show_colour: bool = True,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.passage = passage
        self.initial_note = note
        self.initial_tags = tuple(tags)
        self.initial_colour = colour or DEFAULT_NOTE_COLOUR
        self.known_tags = tuple(known_tags)
        self.mode = mode
        self.show_colour = show_colour and mode == "note"

    def compose(self) -> ComposeResult:
        with Vertical(id="annotation-dialog"):
            yield Static(Text(one_line(self.title_text), style="bold"), id="annotation-title")
            if self.passage:
                excerpt = one_line(self.passage).strip()
                if len(excerpt) > 300:
                    excerpt = excerpt[:299] + "…"
                yield Static(Text("“" + excerpt + "”", style="italic"), id="annotation-passage")
            if self.mode == "note":
                yield Label("Note")
                area = TextArea(self.initial_note, id="annotation-note", soft_wrap=True)
                area.show_line_numbers = False
                yield area
            yield Label("Tags (comma or space separated)")
            yield Input(
                ", ".join(self.initial_tags),
                placeholder="e.g. sanctions, follow-up",
                suggester=TagSuggester(self.known_tags),
                id="annotation-tags",
            )
            if self.show_colour:
                yield Label("Colour")
                with RadioSet(id="annotation-colour"):
                    for name in NOTE_COLOURS:
                        label = Text("■ ", style=NOTE_COLOURS[name]) + Text(name)
                        yield RadioButton(label, value=name == self.initial_colour, name=name)
            with Horizontal(id="annotation-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="annotation-save")
                yield Button("Cancel (esc)", id="annotation-cancel")

    def on_mount(self) -> None:
        if self.mode == "note":
            self.query_one("#annotation-note", TextArea).focus()
        else:
            self.query_one("#annotation-tags", Input).focus()

    def result(self) -> AnnotationResult:
        note = ""
        if self.mode == "note":
            note = self.query_one("#annotation-note", TextArea).text.strip()
        tags = parse_tags(self.query_one("#annotation-tags", Input).value)
        colour: str | None = None
        if self.show_colour:
            pressed = self.query_one("#annotation-colour", RadioSet).pressed_button
            colour = pressed.name if pressed is not None else self.initial_colour
        return AnnotationResult(note=note, tags=tags, colour=colour)

    def action_save(self) -> None:
        self.dismiss(self.result())

    def changed(self) -> bool:
        """Whether the note, the tags or the colour differ from what the dialog opened with."""
        now = self.result()
        return (
            now.note != self.initial_note.strip()
            or now.tags != parse_tags(", ".join(self.initial_tags))
            or (self.show_colour and now.colour != self.initial_colour)
        )

    def action_cancel(self) -> None:
        """Escape: close; with a draft typed, ask first (an accidental escape loses nothing)."""
        if not self.changed():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        what = "note" if self.mode == "note" else "change of tags"
        self.app.push_screen(
            ConfirmDialog(
                f"Discard this {what}? It has not been saved.",
                "y: discard it · n or escape: keep editing",
            ),
            answered,
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "annotation-save":
            self.action_save()
        else:
            self.action_cancel()
