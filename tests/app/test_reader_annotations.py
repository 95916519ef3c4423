"""Pilot tests of notes in the reader: selecting, saving through the real store, editing,
undo, orphaned notes, and store errors shown as messages."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input, RadioSet, Static, TextArea

from tuiread.model import Annotation, Selector
from tuiread.store import ReadOnlyStore, WriteFailed
from tuiread.tui.dialogs.annotation import AnnotationDialog
from tuiread.tui.screens.reader import ReaderScreen
from tuiread.tui.widgets.side_panel import SidePanel

from .reader_pilot import (
    SIZE,
    ReaderApp,
    add_note,
    reader,
    ready,
    save_dialog,
    status,
    view,
)

# ------------------------------------------------------------------------- annotations


async def test_visual_selection_saves_an_annotation_in_the_store(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        v = view(app)
        await pilot.press("v")
        assert v.selecting and "VISUAL" in status(app)
        await pilot.press("w", "w", "e")  # "Japan, US" ... extended by words
        start, end = v.selected_range()
        assert start == 0 and end > 5
        await pilot.press("enter")
        assert isinstance(app.screen, AnnotationDialog)
        await save_dialog(pilot, note="check this", tags="korea")
        assert isinstance(app.screen, ReaderScreen)
        saved = store.annotations.for_article(sputnik)
        assert len(saved) == 1
        ann = saved[0]
        assert ann.note == "check this" and ann.tags == ("korea",)
        assert ann.selector is not None and ann.selector.start == 0
        assert ann.selector.exact == v.text[ann.selector.start : ann.selector.end]
        assert ann.colour == "yellow"
        assert any("Saved" in m for _, m in app.messages)
        assert not v.selecting
        assert [m.annotation_id for m in v.marks] == [ann.id]
        panel = app.screen.query_one(SidePanel)
        assert ann.id in panel.note_ids.values()


async def test_visual_mode_extends_with_search_and_highlight_jumps(
    store: Any, sputnik: str
) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        v = view(app)
        await pilot.press("slash", *"Tokyo", "enter")
        await pilot.press("g", "v", "n")
        assert v.selected_range()[0] == 0
        first_tokyo = v.text.lower().index("tokyo")  # search ignores case
        assert v.selected_range()[1] == first_tokyo + 1
        await pilot.press("]", "j", "b", "k")
        assert v.selecting
        await pilot.press("escape")
        assert not v.selecting
        assert isinstance(app.screen, ReaderScreen)


async def test_a_takes_the_highlight_under_the_cursor(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        v = view(app)
        span = next(s for s in reader(app).spans if s.text == "250 kilometers")
        v.move_cursor(span.start + 2)
        await pilot.press("a")
        dialog = app.screen
        assert isinstance(dialog, AnnotationDialog)
        assert dialog.passage == "250 kilometers"
        # Pick a colour with the keyboard.
        dialog.query_one(RadioSet).focus()
        await pilot.press("right", "enter")
        await save_dialog(pilot, note="distance")
        ann = store.annotations.for_article(sputnik)[0]
        assert ann.selector.exact == "250 kilometers"
        assert ann.colour == "green"


async def test_a_without_a_highlight_takes_the_sentence(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik, analyzer=lambda text: [])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("a")
        assert app.screen.passage == (
            "Japan, US and South Korea agreed to impose additional pressure on Pyongyang to "
            "change its policies."
        )
        await pilot.press("escape")  # cancel: nothing saved
        assert isinstance(app.screen, ReaderScreen)
        assert store.annotations.for_article(sputnik) == []


async def test_article_note_and_tags(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("A")
        assert isinstance(app.screen, AnnotationDialog)
        assert app.screen.query_one(TextArea).has_focus
        await pilot.press(*"whole article [b]note[/b]")
        await pilot.press("ctrl+s")
        await pilot.pause()
        notes = store.annotations.for_article(sputnik)
        assert [(a.note, a.selector) for a in notes] == [("whole article [b]note[/b]", None)]
        await pilot.press("t")
        assert app.screen.query_one("#annotation-tags", Input).has_focus
        await pilot.press(*"korea, sanctions", "enter")
        await pilot.pause()
        assert store.annotations.article_tags(sputnik) == ("korea", "sanctions")
        prompts = [
            str(p.prompt)
            for p in app.screen.query_one(SidePanel)._options  # noqa: SLF001
        ]
        assert any("whole article [b]note[/b]" in p for p in prompts)
        assert any("#korea #sanctions" in p for p in prompts)
        # t again shows the current tags, ready to edit; u undoes a change of tags.
        await pilot.press("t")
        assert app.screen.query_one("#annotation-tags", Input).value == "korea, sanctions"
        await pilot.press("end", *" extra", "enter")
        await pilot.pause()
        assert store.annotations.article_tags(sputnik) == ("korea", "sanctions", "extra")
        await pilot.press("u")
        assert store.annotations.article_tags(sputnik) == ("korea", "sanctions")


async def test_the_tags_dialog_keeps_tags_another_window_saved_meanwhile(
    home: Any, store: Any, sputnik: str
) -> None:
    from tuiread.store import open_store

    store.annotations.set_article_tags(sputnik, ["korea", "old"])
    other = open_store(home)
    app = ReaderApp(store, sputnik)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot)
            await pilot.press("t")
            await pilot.pause()
            other.annotations.change_article_tags(sputnik, add=["theirs"])
            # the user removes "old" and adds "mine"; "theirs" was never shown to them
            app.screen.query_one("#annotation-tags", Input).value = "korea, mine"
            await pilot.press("enter")
            await pilot.pause()
            assert store.annotations.article_tags(sputnik) == ("korea", "theirs", "mine")
            await pilot.press("u")  # undo takes back only what the dialog changed
            await pilot.pause()
            assert store.annotations.article_tags(sputnik) == ("korea", "theirs", "old")
    finally:
        other.close()


async def test_empty_article_note_is_not_saved(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("A", "ctrl+s")
        await pilot.pause()
        assert store.annotations.for_article(sputnik) == []
        assert any("nothing saved" in m for _, m in app.messages)


async def test_edit_delete_and_undo(store: Any, sputnik: str) -> None:
    ann = add_note(store, sputnik, "Seoul, Tokyo, and Washington")
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        v = view(app)
        assert [m.annotation_id for m in v.marks] == [ann.id]
        v.move_cursor(ann.selector.start + 3)
        await pilot.pause()
        assert "note: first" in status(app)
        await pilot.press("e")
        assert isinstance(app.screen, AnnotationDialog)
        assert app.screen.query_one(TextArea).text == "first"
        await pilot.press("end", *" edited")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.annotations.get(ann.id).note == "first edited"
        # enter on a note edits it too.
        await pilot.press("enter")
        assert isinstance(app.screen, AnnotationDialog)
        await pilot.press("escape")
        await pilot.press("d")
        assert store.annotations.get(ann.id) is None
        assert v.marks == []
        await pilot.press("u")  # undo the delete
        assert store.annotations.get(ann.id).note == "first edited"
        await pilot.press("u")  # undo the edit
        assert store.annotations.get(ann.id).note == "first"
        await pilot.press("u")
        assert any("nothing to undo" in m for _, m in app.messages)


async def test_undo_removes_a_new_annotation(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("a")
        await save_dialog(pilot, note="oops")
        assert len(store.annotations.for_article(sputnik)) == 1
        await pilot.press("u")
        assert store.annotations.for_article(sputnik) == []


async def test_panel_notes_edit_delete_and_jump(store: Any, sputnik: str) -> None:
    ann = add_note(store, sputnik, "Kenji Kanasugi", note="who is he")
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        panel = app.screen.query_one(SidePanel)
        await pilot.press("tab")
        assert panel.highlighted_annotation == ann.id  # the notes come first
        await pilot.press("enter")
        v = view(app)
        assert v.cursor == ann.selector.start
        await pilot.press("e")
        assert isinstance(app.screen, AnnotationDialog)
        await pilot.press("escape")
        await pilot.press("d")
        assert store.annotations.get(ann.id) is None


async def test_e_and_d_without_a_note_say_so(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e", "d", "enter")
        assert isinstance(app.screen, ReaderScreen)
        assert sum("no note here" in m for _, m in app.messages) == 2


async def test_orphaned_notes_are_listed_not_drawn(store: Any, sputnik: str) -> None:
    text = store.library.get(sputnik).text
    gone = Annotation.new(
        sputnik,
        note="lost",
        selector=Selector(
            start=5, end=40, exact="a sentence that is no longer in the article at all"
        ),
    )
    moved = Selector.from_text(text, text.index("Kim Hong-kyun"), text.index("Kim Hong-kyun") + 13)
    shifted = Annotation.new(
        sputnik,
        note="moved",
        selector=Selector(moved.start + 7, moved.end + 7, moved.exact, moved.prefix, moved.suffix),
    )
    store.annotations.save(gone)
    store.annotations.save(shifted)
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        v = view(app)
        assert [(m.start, m.annotation_id) for m in v.marks] == [(moved.start, shifted.id)]
        panel = app.screen.query_one(SidePanel)
        prompts = [str(p.prompt) for p in panel._options]  # noqa: SLF001
        assert any("orphaned" in p and "lost" in p for p in prompts)
        legend = str(app.screen.query_one("#reader-legend", Static).render())
        assert "1 orphaned" in legend


# ------------------------------------------------------------------------- store errors


async def test_a_store_write_error_is_a_message_not_a_traceback(
    store: Any, sputnik: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: Any, **kwargs: Any) -> None:
        raise WriteFailed("Could not save: the disk is full. Your previous notes are intact.")

    monkeypatch.setattr(store.annotations, "save", fail)
    monkeypatch.setattr(store.annotations, "change_article_tags", fail)
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("A", *"note")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert (
            "error",
            "Not saved Could not save: the disk is full. Your previous notes are intact.",
        ) in app.messages
        assert not any("Saved" in m for _, m in app.messages)
        await pilot.press("t", *"x", "enter")
        await pilot.pause()
        assert sum(sev == "error" for sev, _ in app.messages) == 2
        assert isinstance(app.screen, ReaderScreen)


async def test_a_read_only_store_says_so(
    store: Any, sputnik: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: Any, **kwargs: Any) -> None:
        raise ReadOnlyStore("The library is open read-only: another tuiread is writing to it.")

    monkeypatch.setattr(store.annotations, "save", read_only)
    monkeypatch.setattr(store.library, "set_state", read_only)
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("a")
        await save_dialog(pilot, note="x")
        assert any(sev == "error" and "read-only" in m for sev, m in app.messages)
        await pilot.press("q")  # leaving still works; the state write error is told, not raised
        await pilot.pause()
        assert not isinstance(app.screen, ReaderScreen)
