"""The import dialog: a path to a file or an Obsidian folder; it imports and shows the summary.

The work is ``tuiread.export.import_file`` (the same as ``tuiread import``), run off the UI
thread. The summary (what was added, merged and skipped, and why) stays on screen until the
dialog is closed; it dismisses with the report, or None when nothing was imported. A file that
cannot be imported shows its one-line reason and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from tuiread.textsafe import one_line, visible

if TYPE_CHECKING:
    from tuiread.export.imports.report import ImportReport

ACCEPTS = (
    "tuiread's json, w3c or csv export, a folder of its Obsidian notes, "
    "W3C Web Annotations from any tool, or a Hypothesis export"
)


class ImportDialog(ModalScreen["ImportReport | None"]):
    """Import annotations from a file or folder into the library."""

    BINDINGS = [
        Binding("ctrl+s", "run_import", "Import", id="import.confirm", priority=True),
        Binding("escape", "close", "Close", id="import.cancel"),
    ]

    def __init__(self, store: Any, *, directory: Path | None = None) -> None:
        super().__init__(classes="tuiread-dialog")
        self.store = store
        self.directory = directory
        self.report: ImportReport | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="import-dialog"):
            yield Label(Text("Import annotations", style="bold"), classes="dialog-title")
            yield Static(Text(ACCEPTS), classes="dialog-hint")
            yield Input(placeholder="file or folder to import", id="import-path")
            yield Static(id="import-result")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Import", variant="primary", id="import-go")
                yield Button("Close", id="import-close")
            yield Static(Text("ctrl+s import · escape close"), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#import-result", Static).display = False
        self.query_one("#import-path", Input).focus()

    def path(self) -> Path:
        raw = self.query_one("#import-path", Input).value.strip()
        if not raw:
            raise ValueError("type the path of the file or folder to import")
        path = Path(raw).expanduser()
        return path if path.is_absolute() else (self.directory or Path.cwd()) / path

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_run_import()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "import-go":
            self.action_run_import()
        else:
            self.action_close()

    def action_run_import(self) -> None:
        try:
            path = self.path()
        except ValueError as exc:
            self._show(Text(str(exc), style="bold red"))
            return
        self._show(Text(one_line(f"importing {path}…")))
        self._import(path)

    @work(thread=True, exclusive=True, group="import")
    def _import(self, path: Path) -> None:
        from tuiread.export import ImportFailed, import_file

        try:
            report = import_file(self.store, path)
        except ImportFailed as exc:
            self.app.call_from_thread(self._show, Text(one_line(str(exc)), style="bold red"))
            return
        self.app.call_from_thread(self._done, report)

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self._show(Text(visible(report.summary())))
        first = report.summary().splitlines()[0]
        self.app.notify(one_line(first), title="Import", markup=False)

    def _show(self, text: Text) -> None:
        result = self.query_one("#import-result", Static)
        result.update(text)
        result.display = bool(text.plain)

    def action_close(self) -> None:
        self.dismiss(self.report)
