"""The help screen: every binding of the app, with its keys (after the user's keymap), its
description and the id to remap it with in the config file."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from tuiread.textsafe import one_line
from tuiread.tui.keymap import (
    GROUP_ORDER,
    GROUP_TITLES,
    BindingInfo,
    binding_catalogue,
    key_display,
)


class HelpScroll(VerticalScroll, can_focus=True):
    """The scrolling body of the help screen, with less-like keys."""

    INHERIT_BINDINGS = False
    BINDINGS = [
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="help.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="help.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="help.page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="help.page_up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="help.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="help.bottom"),
    ]


class HelpScreen(Screen[None]):
    """Lists the bindings; the group of the screen it was opened from comes first."""

    BINDINGS = [
        Binding("q,escape", "close", "Close help", id="help.close"),
        Binding("question_mark", "close", "Close help", show=False, id="help.toggle"),
    ]

    def __init__(self, first_group: str = "library", config_hint: str | None = None) -> None:
        super().__init__(id="help")
        self.first_group = first_group
        self.config_hint = config_hint
        self.sub_title = "Keys"

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with HelpScroll(id="help-body"):
            yield Static(self._intro(), id="help-intro")
            yield Static(self._tables(), id="help-table")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(HelpScroll).focus()

    def _intro(self) -> Text:
        text = Text("Keys of tuiread. ", style="bold")
        text.append("Remap any key by its id in the ")
        text.append("[keys]", style="bold")
        text.append(" table of ")
        text.append(one_line(self.config_hint or "config.toml"), style="italic")
        text.append(', e.g.  "library.sort" = "o"  (several keys: "j,down").')
        if getattr(self.app, "_keymap", None):
            text.append("  ✱ marks the keys your config changed.", style="yellow")
        return text

    def catalogue(self) -> list[BindingInfo]:
        keymap = getattr(self.app, "_keymap", {}) or {}
        return binding_catalogue(keymap)

    def _group_order(self, groups: set[str]) -> list[str]:
        order = [self.first_group] if self.first_group in groups else []
        order += [g for g in GROUP_ORDER if g in groups and g not in order]
        order += sorted(g for g in groups if g not in order)
        return order

    def _tables(self) -> Group:
        infos = self.catalogue()
        groups: dict[str, list[BindingInfo]] = {}
        for info in infos:
            groups.setdefault(info.group, []).append(info)
        tables: list[Table | Text] = []
        for group in self._group_order(set(groups)):
            table = Table(
                title=Text(GROUP_TITLES.get(group, group.title()), style="bold"),
                title_justify="left",
                show_header=True,
                header_style="bold",
                box=None,
                padding=(0, 2, 0, 0),
                expand=False,
            )
            table.add_column("Keys", min_width=14, no_wrap=True)
            table.add_column("Action", min_width=24)
            table.add_column("Id", style="dim", no_wrap=True)
            for info in groups[group]:
                keys = Text("  ".join(key_display(self.app, k) for k in info.keys), style="bold")
                if info.remapped:
                    keys.append("  ✱", style="bold yellow")
                table.add_row(keys, Text(info.description), Text(info.id or "-"))
            tables.append(table)
            tables.append(Text(""))
        return Group(*tables)

    def action_close(self) -> None:
        self.dismiss()
