"""The export dialog: pick a format, a scope and a path; it writes the file and says where.

Writing goes through ``tuiread.export.export_to``, so the app and ``tuiread export`` produce
the same bytes. Obsidian writes a folder of notes (one per article): the path is then the
folder. CSV can start with a byte-order mark for Excel. An error (missing folder, no
permission, a directory in the way) shows in the dialog, which stays open; nothing partial is
left. A read-only file is replaced only when the user says yes to the question that follows
(what ``tuiread export --force`` does).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, RadioButton, RadioSet, Static

from tuiread.store import Store
from tuiread.textsafe import one_line
from tuiread.tui.dialogs.annotation import TagSuggester
from tuiread.tui.dialogs.confirm import ConfirmDialog

FORMAT_LABELS = {
    "markdown": "Markdown (one file)",
    "json": "JSON (re-importable)",
    "csv": "CSV (spreadsheet)",
    "w3c": "W3C Web Annotation",
    "obsidian": "Obsidian (a folder, a note per article)",
}
SCOPES = ("article", "tag", "all")


@dataclass(frozen=True)
class ExportRequest:
    """What the dialog asks to export."""

    fmt: str
    scope: str  # "article" | "tag" | "all"
    path: Path  # the file, or for obsidian the folder
    article_id: str | None = None
    tag: str | None = None
    bom: bool = False
    force: bool = False  # replace a read-only file


def resolve_path(value: str, fmt: str, base: Path | None = None) -> Path:
    """Where to write: ``~`` expanded, relative to ``base`` (cwd); for a one-file format an
    existing folder gets a file name in it, for obsidian the path is the folder itself."""
    raw = value.strip() or default_filename(fmt)
    path = Path(raw).expanduser()
    if not path.is_absolute():
        path = (base or Path.cwd()) / path
    if path.is_dir() and not _is_folder(fmt):
        path = path / default_filename(fmt)
    return path


def default_filename(fmt: str) -> str:
    from tuiread import export  # the export layer loads when it is first used

    return export.default_filename(fmt)


def _is_folder(fmt: str) -> bool:
    from tuiread.export import FOLDER_FORMATS

    return fmt in FOLDER_FORMATS


def run_export(store: Store, request: ExportRequest) -> list[Path]:
    """Render and write; returns the files written. Raises ``ExportError`` with a clear
    message."""
    from tuiread import export

    article_ids = (
        [request.article_id] if request.scope == "article" and request.article_id else None
    )
    tag = request.tag if request.scope == "tag" else None
    return export.export_to(
        request.fmt,
        store,
        request.path,
        article_ids=article_ids,
        tag=tag,
        bom=request.bom,
        force=request.force,
    )


class ExportDialog(ModalScreen[Path | None]):
    """Export annotations; dismisses with the written path, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "export", "Export", id="export.confirm", priority=True),
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]

    def __init__(
        self,
        store: Store,
        *,
        article_id: str | None = None,
        article_title: str | None = None,
        tag: str | None = None,
        tags: list[str] | None = None,
        directory: Path | None = None,
    ) -> None:
        super().__init__(classes="tuiread-dialog")
        self.store = store
        self.article_id = article_id
        self.article_title = article_title
        self.initial_tag = tag
        self.known_tags = tags or []
        self.directory = directory
        from tuiread.export import FORMATS

        self.formats = tuple(FORMATS)
        self.fmt = self.formats[0]
        self.scope = "article" if article_id else ("tag" if tag else "all")
        self._path_edited = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box", id="export-dialog"):
            yield Label(Text("Export annotations", style="bold"), classes="dialog-title")
            with Horizontal(id="export-choices"):
                with Vertical(classes="export-column"):
                    yield Label(Text("Format", style="bold"))
                    with RadioSet(id="export-format"):
                        for fmt in self.formats:
                            yield RadioButton(
                                Text(FORMAT_LABELS.get(fmt, fmt)), value=fmt == self.fmt, name=fmt
                            )
                with Vertical(classes="export-column"):
                    yield Label(Text("Annotations of", style="bold"))
                    with RadioSet(id="export-scope"):
                        article_label = Text("This article")
                        if self.article_title:
                            article_label.append(": ")
                            article_label.append(one_line(self.article_title), style="italic")
                        yield RadioButton(
                            article_label,
                            value=self.scope == "article",
                            name="article",
                            disabled=self.article_id is None,
                        )
                        yield RadioButton(Text("One tag"), value=self.scope == "tag", name="tag")
                        yield RadioButton(Text("Everything"), value=self.scope == "all", name="all")
            yield Input(
                self.initial_tag or "",
                placeholder="tag to export",
                id="export-tag",
                suggester=TagSuggester(self.known_tags),
            )
            yield Checkbox("Excel-friendly (UTF-8 byte-order mark)", id="export-bom")
            yield Label(Text("File", style="bold"), id="export-path-label")
            yield Input(default_filename(self.fmt), placeholder="file to write", id="export-path")
            yield Static(id="export-where", classes="dialog-hint")
            yield Static(id="export-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-go")
                yield Button("Cancel", id="export-cancel")
            yield Static(
                Text("ctrl+s export · escape cancel · tab next field"), classes="dialog-hint"
            )

    def on_mount(self) -> None:
        self._sync_tag_field()
        self._sync_format_fields()
        self._show_where()
        self.query_one("#export-format", RadioSet).focus()

    def _show_where(self) -> None:
        value = self.query_one("#export-path", Input).value
        try:
            where = Text("writes " + one_line(str(resolve_path(value, self.fmt, self.directory))))
        except (OSError, ValueError, RuntimeError):
            where = Text("")
        self.query_one("#export-where", Static).update(where)

    def _sync_tag_field(self) -> None:
        self.query_one("#export-tag", Input).display = self.scope == "tag"

    def _sync_format_fields(self) -> None:
        """A folder, not a file, for obsidian; the byte-order mark only means something for
        csv."""
        folder = _is_folder(self.fmt)
        self.query_one("#export-path-label", Label).update(
            Text("Folder (one note per article)" if folder else "File", style="bold")
        )
        self.query_one("#export-path", Input).placeholder = (
            "folder to write the notes in" if folder else "file to write"
        )
        self.query_one("#export-bom", Checkbox).display = self.fmt == "csv"

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        name = event.pressed.name or ""
        if event.radio_set.id == "export-format":
            self.fmt = name
            self._sync_format_fields()
            if not self._path_edited:
                path_input = self.query_one("#export-path", Input)
                with path_input.prevent(Input.Changed):
                    path_input.value = default_filename(self.fmt)
            self._show_where()
        elif event.radio_set.id == "export-scope":
            self.scope = name
            self._sync_tag_field()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "export-path":
            # the default name changes with the format until the user types their own
            self._path_edited = event.value != default_filename(self.fmt)
            self._show_where()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "export-go":
            self.action_export()
        else:
            self.action_cancel()

    def build_request(self) -> ExportRequest:
        tag = self.query_one("#export-tag", Input).value.strip().lstrip("#").strip() or None
        if self.scope == "tag" and not tag:
            raise ValueError("type the tag to export")
        path = resolve_path(self.query_one("#export-path", Input).value, self.fmt, self.directory)
        bom = self.fmt == "csv" and self.query_one("#export-bom", Checkbox).value
        return ExportRequest(self.fmt, self.scope, path, self.article_id, tag, bom)

    def action_export(self) -> None:
        try:
            request = self.build_request()
        except ValueError as exc:
            self._show_error(str(exc))
            return
        self._show_error("")
        self._write(request)

    @work(thread=True, exclusive=True, group="export")
    def _write(self, request: ExportRequest) -> None:
        from tuiread.export import ReadOnlyExport

        try:
            written = run_export(self.store, request)
        except ReadOnlyExport as exc:
            self.app.call_from_thread(self._ask_to_replace, request, exc.path)
            return
        except Exception as exc:  # noqa: BLE001 - every failure is shown, the dialog stays
            message = str(exc) or exc.__class__.__name__
            self.app.call_from_thread(self._show_error, message)
            return
        self.app.call_from_thread(self._done, request.path, len(written))

    def _ask_to_replace(self, request: ExportRequest, locked: Path) -> None:
        """A read-only file is in the way: replace it only if the user says so."""

        def answered(yes: bool | None) -> None:
            if yes:
                self._write(replace(request, force=True))
            else:
                self._show_error(f"Not exported: {locked} is read-only (kept as it is).")

        self.app.push_screen(
            ConfirmDialog(
                f"{locked} is read-only. Replace it anyway?",
                "y: replace it · n or escape: keep it",
            ),
            answered,
        )

    def _done(self, path: Path, files: int) -> None:
        if _is_folder(self.fmt):
            what = f"{files} note{'s' if files != 1 else ''}"
            message = f"Exported {what} ({self.fmt}) to {path}"
        else:
            message = f"Exported {self.fmt} to {path}"
        self.app.notify(one_line(message), title="Export", markup=False)
        self.dismiss(path)

    def _show_error(self, message: str) -> None:
        error = self.query_one("#export-error", Static)
        error.update(Text(one_line(message), style="bold red") if message else Text(""))
        error.display = bool(message)

    def action_cancel(self) -> None:
        self.dismiss(None)
