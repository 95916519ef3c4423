"""Pilot tests of the app shell: every binding of the library, help, palette, keymap, dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.command import CommandPalette

from tuiread.model import Annotation, Article
from tuiread.tui.app import TuireadApp
from tuiread.tui.dialogs.export import ExportDialog
from tuiread.tui.screens.help import HelpScreen
from tuiread.tui.screens.library import LibraryScreen, article_note
from tuiread.tui.screens.reader import ReaderScreen
from tuiread.tui.widgets.article_table import ArticleTable

SIZE = (120, 36)
FIRST = "Japan, S Korea, US Agree to Enhance Cooperation"
SECOND = "Japan, SKorea, US agree to increase pressure on NKorea"


def screen_text(app: TuireadApp) -> str:
    """What the terminal shows, as plain text lines."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(seg.text for seg in strip).rstrip() for strip in strips)


def table(app: TuireadApp) -> ArticleTable:
    return app.screen.query_one(ArticleTable)


def titles(app: TuireadApp) -> list[str]:
    return [row.summary.title for row in table(app).rows]


def notices(app: TuireadApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def id_of(store, fragment: str) -> str:
    return store.library.resolve(fragment).id


# --------------------------------------------------------------------------- start and quit


async def test_opens_on_the_library_with_both_seed_articles(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.title == "tuiread"
        assert isinstance(app.screen, LibraryScreen)
        assert isinstance(app.focused, ArticleTable)
        shown = screen_text(app)
        assert FIRST in shown and SECOND in shown
        assert "Sputnik" in shown
        assert "2 articles" in shown and "2 unread" in shown
        # added order: the first seed first, as the end-to-end test expects
        assert titles(app)[0].startswith(FIRST)


async def test_q_quits_with_exit_code_0(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_read_only_store_says_so_and_why(home: Path, store) -> None:
    from tuiread.store import open_store

    reader = open_store(home, read_only=True)
    try:
        app = TuireadApp(reader)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            text = " ".join(notices(app))
            assert "read-only" in text
            if reader.read_only_reason:
                assert reader.read_only_reason in text
            # writing keys refuse politely instead of failing
            await pilot.press("n")
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
            assert any("Cannot change the library" in n for n in notices(app))
    finally:
        reader.close()


# --------------------------------------------------------------------------- moving and opening


async def test_cursor_keys_move_through_the_list(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        t = table(app)
        assert t.cursor == 0
        await pilot.press("j")
        assert t.cursor == 1
        await pilot.press("j")  # stays on the last row
        assert t.cursor == 1
        await pilot.press("k")
        assert t.cursor == 0
        await pilot.press("down")
        assert t.cursor == 1
        await pilot.press("up")
        assert t.cursor == 0
        await pilot.press("G")
        assert t.cursor == 1
        await pilot.press("g")
        assert t.cursor == 0
        await pilot.press("end")
        assert t.cursor == 1
        await pilot.press("home")
        assert t.cursor == 0
        await pilot.press("space")
        assert t.cursor == 1
        await pilot.press("b")
        assert t.cursor == 0
        await pilot.press("pagedown")
        assert t.cursor == 1
        await pilot.press("pageup")
        assert t.cursor == 0


async def test_enter_opens_the_reader_and_q_comes_back_with_the_read_mark(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article_id == id_of(store, "NKorea")
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert store.library.get_state(id_of(store, "NKorea")).read
        # the row shows it: one unread left, and the cursor stayed on the article
        assert "1 unread" in screen_text(app)
        assert table(app).current.id == id_of(store, "NKorea")


async def test_a_mouse_click_opens_the_article_under_it(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # row 0 of the widget is the header, row 2 the second article
        await pilot.click(ArticleTable, offset=(10, 2))
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article_id == id_of(store, "NKorea")


async def test_clicking_a_column_header_sorts_by_it(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click(ArticleTable, offset=(10, 0))  # "Title"
        await pilot.pause()
        assert app.screen.sort_key == "title"
        await pilot.click(ArticleTable, offset=(10, 0))
        await pilot.pause()
        assert app.screen.sort_reverse


async def test_initial_article_opens_in_the_reader(store) -> None:
    app = TuireadApp(store)
    app.initial_article = id_of(store, "NKorea")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.library_screen is not None


# --------------------------------------------------------------------------- sort and filter


async def test_s_cycles_the_sort_and_S_reverses_it(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        seen = [screen.sort_key]
        for _ in range(5):
            await pilot.press("s")
            seen.append(screen.sort_key)
        assert seen == ["added", "date", "title", "source", "words", "added"]
        await pilot.press("s", "s", "s", "s")  # words: 447 < 468
        assert screen.sort_key == "words"
        assert titles(app)[0].startswith(SECOND)
        await pilot.press("S")
        assert screen.sort_reverse
        assert titles(app)[0].startswith(FIRST)
        assert "word count ▼" in screen_text(app)


async def test_ctrl_f_focuses_the_title_filter_and_escape_clears_it(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        assert app.focused is app.screen.filter_input
        await pilot.press(*"nkorea")
        await pilot.pause()
        assert titles(app) == [SECOND]
        assert "1 of 2 articles" in screen_text(app)
        await pilot.press("enter")  # back to the list, filter kept
        assert isinstance(app.focused, ArticleTable)
        assert titles(app) == [SECOND]
        await pilot.press("escape")
        await pilot.pause()
        assert len(titles(app)) == 2
        assert app.screen.filter_input.value == ""


async def test_filter_matches_source_and_tags(store) -> None:
    store.annotations.set_article_tags(id_of(store, "NKorea"), ["sanctions"])
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f", *"sputnik")
        await pilot.pause()
        assert titles(app) == [store.library.get(id_of(store, "Enhance")).title]
        await pilot.press("escape", "ctrl+f", *"sanction")
        await pilot.pause()
        assert titles(app) == [SECOND]


async def test_arrows_move_through_matches_while_typing_a_filter(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f", *"japan", "down")
        assert app.focused is app.screen.filter_input
        assert table(app).cursor == 1
        await pilot.press("up")
        assert table(app).cursor == 0


async def test_clicking_the_filter_chips_clears_tag_and_notes_filters(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await pilot.pause()
        assert titles(app) == []
        await pilot.click("#filter-chips")
        await pilot.pause()
        assert not app.screen.notes_only and len(titles(app)) == 2


async def test_typing_an_unbound_letter_starts_the_filter(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")  # not bound on the library
        assert app.focused is app.screen.filter_input
        assert app.screen.filter_input.value == "w"
        await pilot.press(*"ashington")
        await pilot.pause()
        assert titles(app) == []
        assert "No article matches" in screen_text(app)


async def test_keys_typed_fast_after_ctrl_f_all_go_to_the_filter(store) -> None:
    """Focus moves on the next tick; letters that arrive before it must not run bindings."""
    from textual import events

    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("ctrl+f", "A", "s", "q", "n", "space", "k"):
            char = {"ctrl+f": None, "space": " "}.get(key, key)
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen) and app.is_running
        assert app.screen.filter_input.value == "Asqn k"
        assert app.screen.sort_key == "added"


async def test_f_filters_by_a_tag_picked_with_completion(store) -> None:
    store.annotations.set_article_tags(id_of(store, "NKorea"), ["sanctions", "korea"])
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await pilot.pause()
        shown = screen_text(app)
        assert "#sanctions" in shown and "#korea" in shown
        await pilot.press("s", "a", "right")  # right arrow accepts the completion
        await pilot.pause()
        assert app.screen.query_one("#tag-input").value == "sanctions"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.tag_filter == "sanctions"
        assert titles(app) == [SECOND]
        assert "#sanctions" in screen_text(app)
        # an empty pick clears the tag filter
        await pilot.press("f", "ctrl+u", "enter")
        await pilot.pause()
        assert app.screen.tag_filter is None
        assert len(titles(app)) == 2


async def test_a_tag_on_a_passage_also_filters(store) -> None:
    from tuiread.model import Selector

    article = store.library.get(id_of(store, "Enhance"))
    store.annotations.save(
        Annotation.new(
            article.id, note="x", tags=["missiles"], selector=Selector.from_text(article.text, 0, 5)
        )
    )
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.set_tag_filter("Missiles")
        await pilot.pause()
        assert titles(app) == [article.title]


async def test_h_shows_only_articles_with_notes(store) -> None:
    store.annotations.save(Annotation.new(id_of(store, "Enhance"), note="worth a follow-up"))
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await pilot.pause()
        assert titles(app)[0].startswith(FIRST) and len(titles(app)) == 1
        assert "has notes" in screen_text(app)
        await pilot.press("h")
        await pilot.pause()
        assert len(titles(app)) == 2


async def test_escape_on_the_list_clears_tag_and_notes_filters(store) -> None:
    store.annotations.save(Annotation.new(id_of(store, "Enhance"), note="n"))
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("h")
        app.screen.set_tag_filter("nothing-has-this")
        await pilot.pause()
        assert titles(app) == []
        await pilot.press("escape")
        await pilot.pause()
        assert len(titles(app)) == 2
        assert app.screen.tag_filter is None and not app.screen.notes_only


# --------------------------------------------------------------------------- note, tags, read mark


async def test_n_writes_a_durable_note_on_the_article(store, home: Path) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, LibraryScreen)
        await pilot.press(*"check [b]Yonhap[/b]")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        first = id_of(store, "Enhance")
        assert article_note(store, first).note == "check [b]Yonhap[/b]"
        assert "✎" in screen_text(app)
        # editing shows the old text and replaces it; one note, not two
        await pilot.press("A")
        await pilot.pause()
        await pilot.press("end", *" again", "ctrl+s")
        await pilot.pause()
        notes = [a for a in store.annotations.for_article(first) if a.selector is None and a.note]
        assert len(notes) == 1 and notes[0].note == "check [b]Yonhap[/b] again"
    # durable: another store on the same folder sees it
    from tuiread.store import open_store

    store.close()
    again = open_store(home)
    try:
        assert article_note(again, first).note == "check [b]Yonhap[/b] again"
    finally:
        again.close()


async def test_escape_in_the_note_dialog_asks_before_discarding_a_draft(store) -> None:
    from tuiread.tui.dialogs.annotation import AnnotationDialog
    from tuiread.tui.dialogs.confirm import ConfirmDialog

    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "escape")  # nothing typed: escape just closes
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("n", *"draft", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "Discard this note?" in screen_text(app)
        await pilot.press("escape")  # keep editing: the draft is still there
        await pilot.pause()
        assert isinstance(app.screen, AnnotationDialog)
        assert app.screen.query_one("#annotation-note").text == "draft"
        await pilot.press("escape", "n")  # n: keep editing too
        await pilot.pause()
        assert isinstance(app.screen, AnnotationDialog)
        await pilot.press(*" more", "escape", "y")  # y: discard
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert store.annotations.all() == []


async def test_an_empty_new_note_saves_nothing_and_says_so(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", *"   ", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert store.annotations.all() == []
        assert "Nothing saved: the note is empty" in notices(app)


async def test_t_sets_the_article_tags(store) -> None:
    store.annotations.set_article_tags(id_of(store, "Enhance"), ["sanctions"])
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "t")
        await pilot.pause()
        await pilot.press(*"korea sanc", "right", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        nk = id_of(store, "NKorea")
        assert set(store.annotations.article_tags(nk)) == {"korea", "sanctions"}
        assert "#korea" in screen_text(app)


async def test_u_toggles_the_read_mark(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = id_of(store, "Enhance")
        await pilot.press("u")
        await pilot.pause()
        assert store.library.get_state(first).read
        assert "1 unread" in screen_text(app)
        await pilot.press("u")
        await pilot.pause()
        assert not store.library.get_state(first).read


async def test_ctrl_r_reloads_what_another_process_saved(store, home: Path) -> None:
    from tuiread.store import open_store

    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        other = open_store(home)
        try:
            other.annotations.set_article_tags(id_of(other, "NKorea"), ["from-the-cli"])
        finally:
            other.close()
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "#from-the-cli" in screen_text(app)


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


# --------------------------------------------------------------------------- help and palette


async def test_question_mark_lists_every_binding_and_q_or_escape_close_it(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=(120, 80)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for binding_id in (
            "library.sort",
            "library.filter_tag",
            "library.has_notes",
            "library.note",
            "library.export",
            "library.open",
            "app.help",
            "app.command_palette",
        ):
            assert binding_id in shown
        assert "reader.next_highlight" in shown
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_help_scrolls_with_j_and_G(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        body = app.screen.query_one("#help-body")
        await pilot.press("j")
        await pilot.pause()
        assert body.scroll_y > 0
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0


async def test_ctrl_p_opens_the_palette_and_opens_an_article_by_title(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"open nkorea")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article_id == id_of(store, "NKorea")


async def test_opening_from_the_palette_while_reading_replaces_the_reader(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        depth = len(app.screen_stack)
        await pilot.press("ctrl+p", *"open nkorea")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article_id == id_of(store, "NKorea")
        assert len(app.screen_stack) == depth
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)


async def test_palette_toggles_highlight_families_in_the_reader(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        before = set(reader.view.families)
        await pilot.press("ctrl+p", *"toggle quotes highlights")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is reader
        assert set(reader.view.families) ^ before == {"quotes"}


async def test_palette_filters_by_tag(store) -> None:
    store.annotations.set_article_tags(id_of(store, "NKorea"), ["korea"])
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"filter by tag: #kor")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.tag_filter == "korea"
        assert titles(app) == [SECOND]


async def test_palette_runs_help_and_export(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"help: list every key")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q", "ctrl+p", *"export annotations")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)


async def test_export_from_the_palette_while_reading_offers_this_article(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        await pilot.press("ctrl+p", *"export annotations")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.article_id == id_of(store, "NKorea") and dialog.scope == "article"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_palette_quit(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"quit tuiread")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 0


# --------------------------------------------------------------------------- keymap and config


async def test_keys_remapped_from_the_toml_config(store, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[keys]\n"library.sort" = "o"\n"library.cursor_down" = ["x", "down"]\n"app.help" = "f1"\n'
    )
    app = TuireadApp(store, config_path=config)
    async with app.run_test(size=(120, 80)) as pilot:
        await settle(pilot)
        assert not any(n.title == "Config" for n in app._notifications)
        await pilot.press("o")
        assert app.screen.sort_key == "date"
        await pilot.press("x")
        assert table(app).cursor == 1
        await pilot.press("j")  # no longer bound: starts the filter instead
        assert app.focused is app.screen.filter_input
        await pilot.press("escape", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        # the help screen shows the remapped keys
        line = next(
            line for line in screen_text(app).splitlines() if line.strip().endswith("library.sort")
        )
        assert line.split()[:2] == ["o", "✱"]
        assert "✱ marks the keys your config changed" in screen_text(app)


async def test_a_remap_onto_a_used_key_wins_and_is_reported(store, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"library.sort" = "j"\n"app.command_palette" = "ctrl+k"\n')
    app = TuireadApp(store, config_path=config)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await pilot.pause()
        assert app.screen.sort_key == "date"
        assert app.is_running
        clash = [n for n in notices(app) if "library.cursor_down" in n]
        assert clash == [
            'keys.library.sort: "j" was also library.cursor_down\'s key; it now runs library.sort'
        ]
        await pilot.press("k")
        assert len([n for n in notices(app) if "library.cursor_down" in n]) == 1
        await pilot.press("ctrl+k")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


@pytest.mark.parametrize(
    "content",
    [
        '[keys\n"library.sort" = "o"',  # not TOML
        "keys = 3\n",  # [keys] is not a table
        '[keys]\n"library.sort" = 5\n',  # a key that is not a string
        '[keys]\n"library.sort" = "a b"\n',  # a space in a key
        b"\xff\xfe\x00garbage",  # not UTF-8
    ],
)
async def test_a_malformed_config_warns_and_keeps_the_default_keys(
    store, tmp_path: Path, content
) -> None:
    config = tmp_path / "config.toml"
    if isinstance(content, bytes):
        config.write_bytes(content)
    else:
        config.write_text(content)
    app = TuireadApp(store, config_path=config)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        warnings = [n for n in app._notifications if n.severity == "warning"]
        assert warnings, "a malformed config must be reported"
        await pilot.press("s")
        assert app.screen.sort_key == "date"


async def test_unknown_binding_ids_and_themes_are_reported(store, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"library.nope" = "z"\n[theme]\nname = "no-such-theme"\n')
    app = TuireadApp(store, config_path=config)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = " ".join(notices(app))
        assert "library.nope" in text and "no-such-theme" in text


async def test_theme_from_the_config(store, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[theme]\nname = "textual-light"\n')
    app = TuireadApp(store, config_path=config)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-light"


async def test_a_missing_config_file_is_fine(store, tmp_path: Path) -> None:
    app = TuireadApp(store, config_path=tmp_path / "nope.toml")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not app._notifications


# --------------------------------------------------------------------------- text is data

HOSTILE = [
    "[bold red]x[/] markup that must show \x1b[31m as text\r and \x07 bell",
    "日本、韓国、米国が協力強化で合意 — 中文标题测试 with 🚀🔥 emoji",
    "שלום עולם: עברית מימין לשמאל and العربية أيضا",
    "A very long title " + "that keeps going " * 30,
    "[/] [link=http://evil]click[/link] [@click=app.quit]quit[/]",
]


def _article(title: str, n: int) -> Article:
    return Article(
        id=f"hostile{n:09d}",
        title=title,
        text="Body text of the article.",
        source="[i]Src[/i]\x1b]8;;",
        date="2020-01-0" + str(n + 1),
    )


async def test_hostile_titles_sources_and_tags_render_literally(store) -> None:
    for n, title in enumerate(HOSTILE):
        store.library.add(_article(title, n))
    store.annotations.set_article_tags("hostile000000000", ["[red]tag[/red]"])
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.is_running  # [@click=app.quit] did nothing
        shown = screen_text(app)
        assert "[bold red]x[/] markup" in shown
        assert "␛[31m" in shown and "\x1b" not in shown and "\r" not in shown
        assert "[/] [link=http://evil]click[/link]" in shown
        assert "[i]Src[/i]␛]8;;" in shown
        assert "#[red]tag[/red]" in shown
        assert "🚀" in shown and "日本" in shown and "שלום" in shown
        # no line is wider than the terminal: long and wide titles are cut, not wrapped
        from rich.cells import cell_len

        for line in shown.splitlines():
            assert cell_len(line) <= SIZE[0]
        # every row is one line: 7 articles -> 7 rows between header and status
        assert len(titles(app)) == 7


async def test_hostile_titles_in_dialogs_and_palette_are_literal(store) -> None:
    store.library.add(_article(HOSTILE[0], 0))
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("G", "n")
        await pilot.pause()
        assert "[bold red]x[/] markup" in screen_text(app)
        await pilot.press("escape", "ctrl+p", *"open bold")
        await pilot.pause(0.5)
        assert "[bold red]x[/] markup" in screen_text(app)
        await pilot.press("escape")


def test_rows_are_rich_text_not_markup(store) -> None:
    """The cell renderer builds Text from plain strings (never Text.from_markup)."""
    from tuiread.tui.widgets.article_table import LibraryRow

    summary = _article(HOSTILE[0], 0).summary()
    row = LibraryRow(summary, tags=("[b]t[/b]",))
    assert "[bold red]" in row.haystack
    assert isinstance(Text(summary.title), Text)


# --------------------------------------------------------------------------- scale


async def test_ten_thousand_articles_render_only_what_is_visible(store) -> None:
    from tuiread.model import ArticleSummary
    from tuiread.tui.widgets.article_table import LibraryRow

    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = [
            LibraryRow(
                ArticleSummary(
                    f"{i:016x}",
                    f"Dispatch {i:05d}",
                    "Wire",
                    None,
                    None,
                    f"2020-{i:08d}",
                    100 + i,
                    "h",
                )
            )
            for i in range(10_000)
        ]
        t = table(app)
        t.set_rows(rows)
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
        assert t.cursor == 9_999
        assert "Dispatch 09999" in screen_text(app)
        await pilot.press("g")
        await pilot.pause()
        assert "Dispatch 00000" in screen_text(app)


def test_rows_from_the_store_index_agree_with_the_annotations(store) -> None:
    """load_rows reads the store's per-article index; it says what the records say."""
    from tuiread.model import Selector
    from tuiread.tui.screens.library import load_rows

    nk = store.library.get(id_of(store, "NKorea"))
    store.annotations.set_article_tags(nk.id, ["korea", "Sanctions"])
    store.annotations.save(
        Annotation.new(
            nk.id, note="n", tags=["passage-tag"], selector=Selector.from_text(nk.text, 0, 4)
        )
    )
    store.library.set_state(nk.id, read=True)

    rows = {r.id: (r.read, r.tags, r.all_tags, r.has_notes) for r in load_rows(store)}
    for summary in store.library.summaries():
        mine = [a for a in store.annotations.all() if a.article_id == summary.id]
        assert rows[summary.id] == (
            store.library.get_state(summary.id).read,
            tuple(t for a in mine if a.selector is None for t in a.tags),
            frozenset(t.casefold() for a in mine for t in a.tags),
            any(a.note for a in mine),
        )
    assert rows[nk.id] == (
        True,
        ("korea", "Sanctions"),
        frozenset({"korea", "sanctions", "passage-tag"}),
        True,
    )


async def test_an_empty_library_says_how_to_add_and_keys_do_no_harm(home: Path) -> None:
    from tuiread.store import open_store

    empty = open_store(home)
    try:
        app = TuireadApp(empty)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "The library is empty" in screen_text(app)
            for key in ("j", "k", "G", "g", "enter", "n", "t", "u", "s", "S", "h"):
                await pilot.press(key)
                await pilot.pause()
                assert isinstance(app.screen, LibraryScreen), key
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, ExportDialog) and app.screen.scope == "all"
    finally:
        empty.close()


async def test_ctrl_q_quits_from_anywhere(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


async def test_help_keys_question_mark_closes_and_k_space_b_scroll(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        body = app.screen.query_one("#help-body")
        await pilot.press("space")
        await pilot.pause()
        paged = body.scroll_y
        assert paged > 1
        await pilot.press("k")
        await pilot.pause()
        assert body.scroll_y == paged - 1
        await pilot.press("b")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_tag_picker_list_escape_and_pick_with_arrows(store) -> None:
    store.annotations.set_article_tags(id_of(store, "NKorea"), ["korea", "sanctions"])
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", "escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen) and app.screen.tag_filter is None
        await pilot.press("f", *"sanc")  # the list narrows as one types
        await pilot.pause()
        await pilot.press("down", "enter")  # into the list, pick the first (only) tag
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.tag_filter == "sanctions"


async def test_the_tags_dialog_keeps_tags_another_window_saved_meanwhile(home: Path, store) -> None:
    from tuiread.store import open_store

    first = id_of(store, "Enhance")
    store.annotations.set_article_tags(first, ["old"])
    other = open_store(home)
    app = TuireadApp(store)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("t")
            await pilot.pause()
            other.annotations.change_article_tags(first, add=["theirs"])
            await pilot.press("end", *", mine", "enter")
            await pilot.pause()
            assert store.annotations.article_tags(first) == ("old", "theirs", "mine")
            await pilot.press("n")  # a tag typed in the note dialog is added too
            await pilot.pause()
            other.annotations.change_article_tags(first, add=["more"])
            app.screen.query_one("#annotation-tags").value = "extra"
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert store.annotations.article_tags(first) == (
                "old",
                "theirs",
                "mine",
                "more",
                "extra",
            )
    finally:
        other.close()
