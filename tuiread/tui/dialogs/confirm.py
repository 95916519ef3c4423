"""A yes-or-no question before something is lost (a draft note, say)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from tuiread.textsafe import one_line


class ConfirmDialog(ModalScreen[bool]):
    """Asks ``question``; dismisses with True (y) or False (n, escape): escape never loses
    anything."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="dialog.confirm_yes"),
        Binding("n,escape", "answer(False)", "No", id="dialog.confirm_no"),
    ]

    def __init__(self, question: str, hint: str = "y: yes · n or escape: no") -> None:
        super().__init__(classes="tuiread-dialog")
        self.question = question
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="confirm-dialog"):
            yield Label(Text(one_line(self.question), style="bold"), classes="dialog-title")
            yield Static(Text(self.hint), classes="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
