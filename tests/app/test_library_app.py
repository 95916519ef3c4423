"""Pilot tests of the library screen: start and quit, moving and opening, sort and filter,
notes, tags and the read mark."""

from __future__ import annotations

from pathlib import Path

from tuiread.model import Annotation
from tuiread.tui.app import TuireadApp
from tuiread.tui.screens.library import LibraryScreen, article_note
from tuiread.tui.screens.reader import ReaderScreen
from tuiread.tui.widgets.article_table import ArticleTable

from .library_pilot import FIRST, SECOND, SIZE, id_of, notices, screen_text, settle, table, titles

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
