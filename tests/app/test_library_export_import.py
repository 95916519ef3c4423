"""Pilot tests of export and import from the library: the dialogs, their errors, every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiread.model import Annotation
from tuiread.tui.app import TuireadApp
from tuiread.tui.dialogs.export import ExportDialog
from tuiread.tui.screens.library import LibraryScreen

from .library_pilot import SIZE, id_of, notices, settle

# --------------------------------------------------------------------------- export


async def test_e_opens_the_export_dialog_which_writes_the_file_and_says_where(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = id_of(store, "Enhance")
    store.annotations.save(Annotation.new(first, note="a note worth keeping"))
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.scope == "article" and dialog.fmt == "markdown"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        written = tmp_path / "tuiread-annotations.md"
        assert written.exists()
        assert "a note worth keeping" in written.read_text(encoding="utf-8")
        assert any(str(written) in n for n in notices(app))


async def test_export_dialog_json_everything_to_a_chosen_path(store, tmp_path: Path) -> None:
    import json

    store.annotations.save(Annotation.new(id_of(store, "NKorea"), note="second"))
    target = tmp_path / "out" / "all.json"
    target.parent.mkdir()
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        # format: json (second radio button); scope: everything (third)
        await pilot.press("down", "enter")
        await pilot.press("tab", "down", "down", "enter")
        await pilot.pause()
        assert dialog.fmt == "json" and dialog.scope == "all"
        path_input = dialog.query_one("#export-path")
        path_input.value = str(target)
        path_input.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        data = json.loads(target.read_text(encoding="utf-8"))
        assert "second" in json.dumps(data)


async def test_export_errors_show_in_the_dialog_and_leave_no_file(store, tmp_path: Path) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#export-path").value = str(tmp_path / "missing-folder" / "x.md")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog  # still open, with the reason
        assert dialog.query_one("#export-error").display
        assert not (tmp_path / "missing-folder").exists()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_export_dialog_asks_before_replacing_a_read_only_file(store, tmp_path: Path) -> None:
    """What `tuiread export --force` does, the dialog offers: a read-only file is replaced
    only when the user says yes; no (or escape) keeps it and the dialog open."""
    from tuiread.tui.dialogs.confirm import ConfirmDialog

    store.annotations.save(Annotation.new(id_of(store, "Enhance"), note="worth keeping"))
    locked = tmp_path / "notes.md"
    locked.write_text("keep")
    locked.chmod(0o444)
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#export-path").value = str(locked)
        await pilot.press("ctrl+s")
        await settle(pilot)
        question = app.screen
        assert isinstance(question, ConfirmDialog) and "read-only" in question.question
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is dialog and locked.read_text() == "keep"
        assert "read-only" in str(dialog.query_one("#export-error").render())
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert "worth keeping" in locked.read_text(encoding="utf-8")


async def test_export_by_tag_needs_a_tag(store, tmp_path: Path) -> None:
    store.annotations.set_article_tags(id_of(store, "NKorea"), ["korea"])
    target = tmp_path / "korea.csv"
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.set_tag_filter("korea")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert dialog.scope == "article"  # the cursor's article comes first
        await pilot.press("down", "down", "enter")  # csv
        await pilot.press("tab", "down", "enter")  # one tag: the library's tag filter is filled in
        await pilot.pause()
        assert dialog.scope == "tag"
        assert dialog.query_one("#export-tag").value == "korea"
        dialog.query_one("#export-path").value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert target.exists()
        assert "korea" in target.read_text(encoding="utf-8")


async def test_export_dialog_writes_an_obsidian_folder(store, tmp_path: Path) -> None:
    first = id_of(store, "NKorea")
    store.annotations.save(Annotation.new(first, note="kept in the vault", tags=("korea",)))
    vault = tmp_path / "vault"
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        await pilot.press("down", "down", "down", "down", "enter")  # obsidian, the fifth
        await pilot.press("tab", "down", "down", "enter")  # everything
        await pilot.pause()
        assert dialog.fmt == "obsidian" and dialog.scope == "all"
        assert "Folder" in str(dialog.query_one("#export-path-label").render())
        assert dialog.query_one("#export-path").value == "tuiread-notes"
        assert not dialog.query_one("#export-bom").display  # only for csv
        dialog.query_one("#export-path").value = str(vault)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        notes_written = sorted(vault.glob("*.md"))
        assert len(notes_written) == 1
        text = notes_written[0].read_text(encoding="utf-8")
        assert text.startswith("---\ntitle: ") and "kept in the vault" in text
        assert any("1 note (obsidian)" in n and str(vault) in n for n in notices(app))


async def test_export_dialog_csv_with_a_byte_order_mark(store, tmp_path: Path) -> None:
    store.annotations.save(Annotation.new(id_of(store, "NKorea"), note="for a spreadsheet"))
    target = tmp_path / "notes.csv"
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        await pilot.press("down", "down", "enter")  # csv
        await pilot.press("tab", "down", "down", "enter")  # everything
        await pilot.pause()
        bom = dialog.query_one("#export-bom")
        assert dialog.fmt == "csv" and bom.display
        bom.value = True
        dialog.query_one("#export-path").value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbfarticle_id,") and b"for a spreadsheet" in raw


# --------------------------------------------------------------------------- import


async def test_i_imports_a_hypothesis_export_and_shows_the_summary(store, tmp_path: Path) -> None:
    import json

    from tuiread.tui.dialogs.import_ import ImportDialog

    first = store.library.get(id_of(store, "Enhance"))
    words = first.text.split()[5:8]
    rows = [
        {
            "id": "hyp-1",
            "created": "2024-01-01T00:00:00Z",
            "uri": "https://elsewhere.example.org/story",
            "text": "imported from hypothesis",
            "tags": ["imported"],
            "target": [
                {
                    "source": "https://elsewhere.example.org/story",
                    "selector": [{"type": "TextQuoteSelector", "exact": " ".join(words)}],
                }
            ],
            "document": {"title": [first.title]},
        },
        {"id": "hyp-2", "uri": "https://unknown.example.org/", "text": "no such article"},
    ]
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps({"total": 2, "rows": rows}), encoding="utf-8")
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        await pilot.press(*str(tmp_path / "nope.json"), "enter")
        await settle(pilot)
        assert "no such file" in str(dialog.query_one("#import-result").render())
        dialog.query_one("#import-path").value = str(path)
        await pilot.press("ctrl+s")
        await settle(pilot)
        shown = str(dialog.query_one("#import-result").render())
        assert "added 1" in shown and "not in this library" in shown
        assert "https://unknown.example.org/" in shown
        assert any("imported 1 annotation" in n for n in notices(app))
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        (got,) = [a for a in store.annotations.all() if a.id == "hyp-1"]
        assert got.note == "imported from hypothesis" and got.article_id == first.id


async def test_import_from_the_palette(store) -> None:
    from tuiread.tui.dialogs.import_ import ImportDialog

    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"import annotations")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ImportDialog)
