"""Small modal dialogs of the library: a note on an article, its tags, a tag to filter by.

Each returns a typed result through ``dismiss``: the text of the note, the tags, the tag
picked; ``None`` when the user cancels. The caller saves: the dialog's confirm is the save.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from tuiread.model import normalise_tags
from tuiread.textsafe import one_line

_SPLIT = re.compile(r"[,\s]+")


def parse_tags(value: str) -> tuple[str, ...]:
    """ "korea, #sanctions  japan" -> ("korea", "sanctions", "japan")."""
    return normalise_tags([part for part in _SPLIT.split(value) if part])


class LastWordSuggester(Suggester):
    """Completes the last tag being typed from the tags already in use."""

    def __init__(self, tags: Iterable[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.tags = sorted(set(tags), key=str.casefold)

    async def get_suggestion(self, value: str) -> str | None:
        match = re.search(r"#?([^,\s#]*)$", value)
        if match is None or not match.group(1):
            return None
        stem = match.group(1).casefold()
        already = {t.casefold() for t in parse_tags(value[: match.start()])}
        for tag in self.tags:
            if tag.casefold().startswith(stem) and tag.casefold() not in already:
                return value[: match.start(1)] + tag
        return None


def _heading(kind: str, title: str) -> Text:
    text = Text(kind, style="bold")
    text.append(": ")
    text.append(one_line(title), style="italic")
    return text


class NoteDialog(ModalScreen[str | None]):
    """Write or edit the note on a whole article; ctrl+s saves, escape cancels.

    Returns the note text ("" means: remove the note), or None when cancelled.
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="dialog.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
    ]

    def __init__(self, article_title: str, note: str = "") -> None:
        super().__init__(classes="tuiread-dialog")
        self.article_title = article_title
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="note-dialog"):
            yield Label(_heading("Note on the article", self.article_title), classes="dialog-title")
            yield TextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Static(
                Text("ctrl+s save · escape cancel · an empty note removes it"),
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        area = self.query_one("#note-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one("#note-text", TextArea).text.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class TagsDialog(ModalScreen[tuple[str, ...] | None]):
    """Edit the tags of a whole article: words separated by spaces or commas, enter saves."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("ctrl+s", "save", "Save", id="dialog.save", priority=True),
    ]

    def __init__(self, article_title: str, tags: Iterable[str], known: Iterable[str]) -> None:
        super().__init__(classes="tuiread-dialog")
        self.article_title = article_title
        self.tags = tuple(tags)
        self.known = tuple(known)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="tags-dialog"):
            yield Label(_heading("Tags of the article", self.article_title), classes="dialog-title")
            value = " ".join(self.tags)
            yield Input(
                value + (" " if value else ""),
                placeholder="tags, separated by spaces",
                id="tags-input",
                select_on_focus=False,
                suggester=LastWordSuggester(self.known),
            )
            yield Static(
                Text("enter save · right arrow completes · escape cancel"), classes="dialog-hint"
            )

    def on_mount(self) -> None:
        self.query_one("#tags-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        self.dismiss(parse_tags(self.query_one("#tags-input", Input).value))

    def action_cancel(self) -> None:
        self.dismiss(None)


class TagPicker(ModalScreen[str | None]):
    """Pick a tag to filter by; "" clears the tag filter, None cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("down", "focus_list", "Tags", show=False, id="dialog.focus_list"),
    ]

    def __init__(self, tags: dict[str, int], current: str | None = None) -> None:
        super().__init__(classes="tuiread-dialog")
        self.tag_counts = dict(sorted(tags.items(), key=lambda kv: (-kv[1], kv[0].casefold())))
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="tag-picker"):
            yield Label(Text("Filter the library by tag", style="bold"), classes="dialog-title")
            yield Input(
                self.current or "",
                placeholder="tag (empty: show every article)",
                id="tag-input",
                suggester=LastWordSuggester(self.tag_counts),
            )
            yield OptionList(*self._options(""), id="tag-options")
            yield Static(
                Text("enter pick · down to the list · escape cancel"), classes="dialog-hint"
            )

    def _options(self, query: str) -> list[Option]:
        q = query.strip().lstrip("#").casefold()
        options = []
        self._ids: dict[str, str] = {}
        for tag, count in self.tag_counts.items():
            if q and q not in tag.casefold():
                continue
            prompt = Text("#" + one_line(tag))
            prompt.append(f"  {count}", style="dim")
            option_id = f"tag-{len(options)}"
            self._ids[option_id] = tag
            options.append(Option(prompt, id=option_id))
        if not options:
            options.append(
                Option(Text("no tag matches" if q else "no tags yet", style="dim"), disabled=True)
            )
        return options

    def on_mount(self) -> None:
        self.query_one("#tag-input", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        options = self.query_one("#tag-options", OptionList)
        options.clear_options()
        options.add_options(self._options(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip().lstrip("#").strip()
        if not value:
            self.dismiss("")
            return
        for tag in self.tag_counts:
            if tag.casefold() == value.casefold():
                self.dismiss(tag)
                return
        self.dismiss(value)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        tag = self._ids.get(event.option.id or "")
        if tag is not None:
            self.dismiss(tag)

    def action_focus_list(self) -> None:
        options = self.query_one("#tag-options", OptionList)
        options.focus()
        if options.highlighted is None and options.option_count:
            options.highlighted = 0

    def action_cancel(self) -> None:
        self.dismiss(None)
