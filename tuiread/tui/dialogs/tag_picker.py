"""The library's tag filter: type or pick a tag; "" clears the filter, None cancels."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tuiread.textsafe import one_line
from tuiread.tui.dialogs.annotation import TagSuggester


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
                suggester=TagSuggester(self.tag_counts),
            )
            yield OptionList(*self._options(""), id="tag-options")
            yield Static(
                Text("enter pick · down to the list · escape cancel"), classes="dialog-hint"
            )

    def _options(self, query: str) -> list[Option]:
        q = query.strip().lstrip("#").casefold()
        options: list[Option] = []
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
