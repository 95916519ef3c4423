"""Pilot tests for the reader screen: every binding, annotations through the real store,
store errors as messages, and hostile article text shown literally."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.app import App
from textual.widgets import Input, RadioSet, Static, TextArea

from tuiread.model import Annotation, Article, Furniture, Selector, Span
from tuiread.store import ReadOnlyStore, WriteFailed
from tuiread.tui.dialogs.annotation import AnnotationDialog, TagSuggester, parse_tags
from tuiread.tui.screens.reader import ReaderScreen
from tuiread.tui.widgets.article_view import ArticleView
from tuiread.tui.widgets.side_panel import SidePanel

SIZE = (120, 36)


def find_spans(text: str) -> list[Span]:
    """Spans built by hand for the samples (the highlighters are tested in tests/unit)."""
    spans: list[Span] = []

    def add(kind: str, label: str, needle: str, **extra: Any) -> None:
        start = text.find(needle)
        while start >= 0:
            spans.append(Span(kind, label, start, start + len(needle), needle, **extra))
            start = text.find(needle, start + 1)

    add("entity", "PERSON", "Taro Kono", value="Taro Kono")
    add("entity", "GPE", "Pyongyang", value="North Korea")
    add("entity", "ORG", "NATO", value="NATO")
    add("entity", "PERSON", "Blinken", value="Antony Blinken")
    add("number", "QUANTITY", "250 kilometers", value="250", unit="km")
    add("number", "DATE", "September 3", value="2017-09-03")
    add("number", "ORDINAL", "fifth", value="5")
    quote = text.find('"Minister Kono stressed')
    if quote >= 0:
        end = text.index('"', quote + 1) + 1
        spans.append(Span("quote", "QUOTE", quote, end, text[quote:end], speaker="Taro Kono"))
    return sorted(spans, key=lambda s: (s.start, -s.end))


class ReaderApp(App):
    """A tiny host: a blank screen with the reader pushed on top (so q has somewhere to go)."""

    def __init__(self, store: Any, article_id: str, analyzer: Any = find_spans) -> None:
        super().__init__()
        self.store = store
        self.article_id = article_id
        self.analyzer = analyzer
        self.messages: list[tuple[str, str]] = []

    def on_mount(self) -> None:
        self.push_screen(ReaderScreen(self.store, self.article_id, analyzer=self.analyzer))

    def notify(
        self, message: str, *, title: str = "", severity: str = "information", **kw: Any
    ) -> None:
        self.messages.append((severity, f"{title} {message}".strip()))
        super().notify(message, title=title, severity=severity, **kw)


def article_id(store: Any, source: str = "Sputnik") -> str:
    return next(s.id for s in store.library.summaries() if s.source == source)


async def ready(pilot: Any) -> None:
    """Wait until the reader is up and its analysis worker has reported (or failed)."""
    for _ in range(200):
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, ReaderScreen) and not screen.analysing:
            break
        if screen.query(ArticleView) and not isinstance(screen, ReaderScreen):
            break
    await pilot.pause()


def reader(app: App) -> ReaderScreen:
    assert isinstance(app.screen, ReaderScreen), app.screen
    return app.screen


def view(app: App) -> ArticleView:
    return app.screen.query_one(ArticleView)


def shown_lines(app: App) -> list[str]:
    v = view(app)
    return [v.render_line(y).text for y in range(v.scrollable_content_region.height)]


def status(app: App) -> str:
    return str(app.screen.query_one("#reader-status", Static).render())


@pytest.fixture
def sputnik(store: Any) -> str:
    return article_id(store, "Sputnik")


# ------------------------------------------------------------------------- opening & moving


async def test_opens_the_article_with_highlights_from_the_worker(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        screen = reader(app)
        assert not screen.analysing
        assert screen.spans == find_spans(screen.text)
        assert view(app).spans
        assert "Japan, US and South Korea agreed" in shown_lines(app)[0]
        assert view(app).has_focus
        panel = app.screen.query_one(SidePanel)
        prompts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert any("Taro Kono ×" in p for p in prompts)
        assert any("250 kilometers → 250 km" in p for p in prompts)
        assert any("Taro Kono: " in p and "Minister Kono" in p for p in prompts)


async def test_analysing_is_shown_until_the_worker_is_done(store: Any, sputnik: str) -> None:
    import threading

    gate = threading.Event()

    def slow(text: str) -> list[Span]:
        gate.wait(10)
        return find_spans(text)

    app = ReaderApp(store, sputnik, analyzer=slow)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert reader(app).analysing
        assert "analysing" in status(app)
        await pilot.press("j")  # the UI answers while the worker runs
        assert view(app).cursor > 0
        gate.set()
        await ready(pilot)
        await pilot.pause()
        assert not reader(app).analysing
        assert "analysing" not in status(app)


async def test_analysis_failure_is_a_message(store: Any, sputnik: str) -> None:
    def broken(text: str) -> list[Span]:
        raise RuntimeError("boom")

    app = ReaderApp(store, sputnik, analyzer=broken)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert any(sev == "error" and "boom" in msg for sev, msg in app.messages)
        assert not reader(app).analysing


@pytest.mark.parametrize(("down", "up"), [("j", "k"), ("down", "up")])
async def test_line_by_line(store: Any, sputnik: str, down: str, up: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        v = view(app)
        assert v.cursor_row == 0
        await pilot.press(down, down, down)
        assert v.cursor_row == 3
        await pilot.press(up)
        assert v.cursor_row == 2
        assert "line 3/" in str(app.screen.query_one("#reader-where", Static).render())


async def test_left_right_and_words(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        v = view(app)
        await pilot.press("l", "right")
        assert v.cursor == 2
        await pilot.press("h")
        assert v.cursor == 1
        await pilot.press("w")  # punctuation is a word of its own, as in vim
        assert v.text[v.cursor :].startswith(", US")
        await pilot.press("w")
        assert v.text[v.cursor :].startswith("US and")


async def test_paging_and_ends(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        v = view(app)
        height = v.scrollable_content_region.height
        await pilot.press("space")
        assert v.cursor_row >= height - 2
        assert v.scroll_y > 0
        await pilot.press("b")
        assert v.cursor_row == 0
        assert v.scroll_y == 0
        await pilot.press("pagedown")
        assert v.cursor_row > 0
        await pilot.press("pageup")
        assert v.cursor_row == 0
        await pilot.press("G")
        assert v.cursor_row == len(v.text_layout) - 1
        assert v.scroll_y > 0
        await pilot.press("g")
        assert v.cursor == 0 and v.scroll_y == 0
        await pilot.press("end")
        assert v.cursor_row == len(v.text_layout) - 1
        await pilot.press("home")
        assert v.cursor == 0


async def test_mouse_click_moves_the_cursor_and_wheel_scrolls(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        v = view(app)
        await pilot.press("tab")  # focus the panel; a click brings it back
        await pilot.click(ArticleView, offset=(6, 4))
        await pilot.pause()
        assert v.has_focus
        row, column = v.text_layout.position(v.cursor)
        assert row == 4 and column == 5  # one cell of padding on the left
        for _ in range(8):
            v.post_message(events.MouseScrollDown(v, 5, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        await pilot.pause()
        top = round(v.scroll_y)
        assert top > 0
        assert top <= v.cursor_row < top + v.scrollable_content_region.height


# ------------------------------------------------------------------------- highlights


async def test_next_and_previous_highlight_and_status(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        v = view(app)
        spans = reader(app).spans
        await pilot.press("right_square_bracket")
        assert v.cursor == spans[0].start
        assert spans[0].label in status(app)
        await pilot.press("]", "]")
        third = v.cursor
        assert third == sorted({s.start for s in spans})[2]
        await pilot.press("left_square_bracket")
        assert v.cursor == sorted({s.start for s in spans})[1]
        # The quote's status names its speaker.
        quote = next(s for s in spans if s.kind == "quote")
        v.move_cursor(quote.start + 3)
        await pilot.pause()
        assert "QUOTE said by Taro Kono" in status(app)
        number = next(s for s in spans if s.label == "QUANTITY")
        v.move_cursor(number.start)
        await pilot.pause()
        assert "QUANTITY 250 km" in status(app)


@pytest.mark.parametrize(
    ("key", "family", "kind"),
    [("1", "entities", "entity"), ("2", "numbers", "number"), ("3", "quotes", "quote")],
)
async def test_family_keys_switch_highlights_off_and_on(
    store: Any, sputnik: str, key: str, family: str, kind: str
) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        v = view(app)
        await pilot.press(key)
        assert family not in v.families
        # ] skips the family that is off.
        for _ in range(30):
            await pilot.press("]")
            span = v.span_at(v.cursor)
            assert span is None or span.kind != kind
        legend = str(app.screen.query_one("#reader-legend", Static).render())
        assert family in legend
        panel = app.screen.query_one(SidePanel)
        prompts = [str(p.prompt) for p in panel._options]  # noqa: SLF001
        assert any(p.lower().startswith(family) and "off in the text" in p for p in prompts)
        await pilot.press(key)
        assert family in v.families
        prompts = [str(p.prompt) for p in panel._options]  # noqa: SLF001
        assert not any("off in the text" in p for p in prompts)


async def test_highlights_are_styled_in_the_rendered_line(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        v = view(app)
        span = next(s for s in reader(app).spans if s.text == "Pyongyang")
        row, _ = v.text_layout.position(span.start)
        v.scroll_to(y=row, animate=False, immediate=True)
        await pilot.pause()
        strip = v.render_line(row - round(v.scroll_y))
        styled = [seg for seg in strip if seg.text == "Pyongyang"]
        assert styled and styled[0].style.color is not None
        await pilot.press("1")
        strip = v.render_line(row - round(v.scroll_y))
        assert not [seg for seg in strip if seg.text == "Pyongyang"]


# ------------------------------------------------------------------------- search


async def test_search_next_previous_and_escape(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        v = view(app)
        text = v.text
        await pilot.press("slash")
        search = app.screen.query_one("#reader-search", Input)
        assert search.has_focus
        await pilot.press(*"pyongyang")
        expected = [i for i in range(len(text)) if text.lower().startswith("pyongyang", i)]
        assert [s for s, _ in v.matches] == expected
        await pilot.press("enter")
        assert v.has_focus
        assert v.cursor == expected[0]
        await pilot.press("n")
        assert v.cursor == expected[1]
        assert v.current_match == 1
        assert f"match 2/{len(expected)}" in status(app)
        await pilot.press("N")
        assert v.cursor == expected[0]
        await pilot.press("N")  # wraps to the last
        assert v.cursor == expected[-1]
        await pilot.press("escape")  # clears the matches first
        assert v.matches == []
        assert isinstance(app.screen, ReaderScreen)


async def test_search_escape_closes_the_input(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", "x", "y", "z", "z", "y")
        assert view(app).matches == []
        await pilot.press("escape")
        assert view(app).has_focus
        assert not app.screen.has_class("-searching")
        await pilot.press("slash", "q")  # q is typed, not "back"
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.query_one("#reader-search", Input).value == "q"


async def test_search_not_found_says_so(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"[bold]", "enter")
        assert any("not found: [bold]" in m for _, m in app.messages)
        await pilot.press("n")
        assert "press / to search" in status(app)


# ------------------------------------------------------------------------- panel


async def test_tab_moves_between_article_and_panel_and_enter_jumps(
    store: Any, sputnik: str
) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        panel = app.screen.query_one(SidePanel)
        await pilot.press("tab")
        assert panel.has_focus
        # Walk to the entity row for North Korea (mentioned as Pyongyang) and choose it.
        for _ in range(panel.option_count):
            option = panel.get_option_at_index(panel.highlighted or 0)
            if "North Korea ×" in str(option.prompt):
                break
            await pilot.press("j")
        await pilot.press("enter")
        v = view(app)
        text = v.text
        assert v.cursor == text.index("Pyongyang")
        assert panel.has_focus
        await pilot.press("enter")  # again: the next mention
        assert v.cursor == text.index("Pyongyang", text.index("Pyongyang") + 1)
        assert "mention 2 of" in status(app)
        position = v.cursor
        await pilot.press("k", "g", "G")  # panel motions do not move the article
        assert v.cursor == position
        await pilot.press("tab")
        assert v.has_focus


# ------------------------------------------------------------------------- annotations


async def save_dialog(pilot: Any, note: str = "", tags: str = "") -> None:
    app = pilot.app
    assert isinstance(app.screen, AnnotationDialog)
    if note:
        app.screen.query_one(TextArea).focus()
        await pilot.press(*note)
    if tags:
        app.screen.query_one("#annotation-tags", Input).focus()
        await pilot.press(*tags)
    await pilot.press("ctrl+s")
    await pilot.pause()


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


def add_note(store: Any, article_id: str, needle: str, note: str = "first") -> Annotation:
    text = store.library.get(article_id).text
    start = text.index(needle)
    ann = Annotation.new(
        article_id,
        note=note,
        colour="pink",
        selector=Selector.from_text(text, start, start + len(needle)),
    )
    store.annotations.save(ann)
    return ann


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


# ------------------------------------------------------------------------- leaving & state


async def test_q_goes_back_and_the_position_is_remembered(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("j", "j", "j", "w")
        position = view(app).cursor
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, ReaderScreen)
    state = store.library.get_state(sputnik)
    assert state.read and state.position == position
    again = ReaderApp(store, sputnik)
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert view(again).cursor == position
        await pilot.press("escape")  # escape goes back too
        await pilot.pause()
        assert not isinstance(again.screen, ReaderScreen)


async def test_a_missing_article_is_a_message(store: Any) -> None:
    app = ReaderApp(store, "no-such-article")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any(sev == "error" for sev, _ in app.messages)
        await pilot.press("j", "a", "A", "t", "]", "f", "slash", "escape", "q")
        await pilot.pause()


# ------------------------------------------------------------------------- furniture


async def test_f_shows_page_furniture_dimmed_in_place(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        article = store.library.get(sputnik)
        assert article.furniture
        furniture_line = article.furniture[0].text[:30]
        assert not any(furniture_line in line for line in shown_lines(app))
        position = view(app).cursor
        await pilot.press("f")
        assert any(furniture_line in line for line in shown_lines(app))
        assert view(app).cursor == position
        await pilot.press("a")  # annotations never take furniture
        assert furniture_line not in app.screen.passage
        await pilot.press("escape", "f")
        assert not any(furniture_line in line for line in shown_lines(app))


# ------------------------------------------------------------------------- text is data

HOSTILE_TEXT = (
    "[bold red]x[/] and [link=http://evil]click[/link] stay literal.\n\n"
    "Escape \x1b[31mred\x1b[0m, carriage\rreturn, bell\x07, null\x00 and del\x7f.\n\n"
    "RTL: שלום עולם and مرحبا بالعالم. CJK: 日本語のテキストです。 Emoji: 😀👍🏽👨‍👩‍👧.\n\n"
    + "longword" * 80
    + "\n\n"
    + " ".join(["very long line"] * 200)
)


@pytest.fixture
def hostile(store: Any) -> str:
    article = Article(
        id="hostile0000000001",
        title="[bold]Title[/] \x1b[2J with \r escapes",
        text=HOSTILE_TEXT,
        source="[red]src[/]",
        furniture=(Furniture(0, "[i]furniture[/i] \x1b]0;pwned\x07"),),
    )
    store.library.add(article)
    return article.id


def hostile_spans(text: str) -> list[Span]:
    start = text.index("[bold red]")
    return [Span("entity", "PERSON", start, start + 10, text[start : start + 10], value="[b]x[/b]")]


async def test_hostile_text_is_shown_literally(store: Any, hostile: str) -> None:
    app = ReaderApp(store, hostile, analyzer=hostile_spans)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        lines = "\n".join(shown_lines(app))
        assert "[bold red]x[/] and [link=http://evil]click[/link]" in lines
        assert "\x1b" not in lines and "\r" not in lines and "\x00" not in lines
        assert "␛[31mred␛[0m" in lines
        assert "carriage␍return" in lines
        assert "日本語のテキストです" in lines
        title = str(app.screen.query_one("#reader-title", Static).render())
        assert "[bold]Title[/]" in title and "\x1b" not in title
        assert "[red]src[/]" in title
        # Every row fits the width, whatever the text.
        v = view(app)
        width = v.scrollable_content_region.width
        for row in range(len(v.text_layout)):
            v.scroll_to(y=row, animate=False, immediate=True)
            assert v.render_line(0).cell_length == width
        await pilot.press("g")
        assert "PERSON [b]x[/b]" in status(app)
        await pilot.press("f", "G", "a")
        await save_dialog(pilot, note="[bold]note[/] \x1b[31m")
        panel_text = "\n".join(str(p.prompt) for p in app.screen.query_one(SidePanel)._options)  # noqa: SLF001
        assert "[bold]note[/]" in panel_text
        assert "\x1b" not in panel_text
        await pilot.press("slash", *"[/link]", "enter")
        assert view(app).matches


async def test_a_long_article_opens_and_pages(store: Any) -> None:
    words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 2000).split()
    paragraphs = [" ".join(words[i : i + 100]) + "." for i in range(0, len(words), 100)]
    article = Article(id="long0000000000001", title="Long", text="\n\n".join(paragraphs))
    store.library.add(article)
    app = ReaderApp(store, article.id, analyzer=lambda text: [])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        v = view(app)
        assert len(v.text_layout) > 1000
        await pilot.press("G")
        assert v.cursor_row == len(v.text_layout) - 1
        await pilot.press("b", "b", "g")
        assert v.cursor == 0


# ------------------------------------------------------------------------- bindings & dialog bits


def test_every_binding_has_an_id_and_a_description() -> None:
    from textual.binding import Binding

    described: dict[str, str] = {}
    for cls in (ReaderScreen, ArticleView, SidePanel, AnnotationDialog):
        ids: list[str] = []
        for binding in cls.BINDINGS:
            assert isinstance(binding, Binding)
            assert binding.id and binding.description, binding
            ids.append(binding.id)
            # the panel shares the article's moves (one help row, one remap): same meaning
            assert described.setdefault(binding.id, binding.description) == binding.description
        assert len(ids) == len(set(ids)), cls
    assert all(i.startswith(("reader.", "dialog.")) for i in described)


async def test_bindings_can_be_remapped_by_id(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.set_keymap({"reader.down": "x", "reader.next_highlight": "ctrl+n"})
        await pilot.pause()
        await pilot.press("x")
        assert view(app).cursor_row == 1
        await pilot.press("ctrl+n")
        assert view(app).span_at(view(app).cursor) is not None


async def test_tag_suggestions_complete_the_last_tag() -> None:
    suggester = TagSuggester(["korea", "Japan", "sanctions"])
    assert await suggester.get_suggestion("ko") == "korea"
    assert await suggester.get_suggestion("korea, ja") == "korea, Japan"
    assert await suggester.get_suggestion("#san") == "#sanctions"
    assert await suggester.get_suggestion("korea, ") is None
    assert await suggester.get_suggestion("zz") is None
    assert parse_tags("#a, b  c,,a") == ("a", "b", "c")


async def test_dialog_cancel_and_buttons() -> None:
    results: list[Any] = []

    class Host(App):
        CSS_PATH = None

        def on_mount(self) -> None:
            self.push_screen(
                AnnotationDialog(
                    "T", passage="p", note="n", tags=("a",), colour="blue", known_tags=["a"]
                ),
                results.append,
            )

    app = Host()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.click("#annotation-save")
        await pilot.pause()
        assert (
            results[-1].note == "n" and results[-1].tags == ("a",) and results[-1].colour == "blue"
        )
        app.push_screen(AnnotationDialog("T", mode="tags"), results.append)
        await pilot.pause()
        await pilot.click("#annotation-cancel")
        await pilot.pause()
        assert results[-1] is None


async def test_resizing_rewraps_and_keeps_the_cursor_on_its_word(store: Any, sputnik: str) -> None:
    app = ReaderApp(store, sputnik)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        v = view(app)
        target = v.text.index("Kim Hong-kyun")
        v.move_cursor(target)
        rows_wide = len(v.text_layout)
        await pilot.resize_terminal(60, 30)
        await pilot.pause()
        await pilot.pause()
        assert len(v.text_layout) > rows_wide
        assert v.cursor == target
        top = round(v.scroll_y)
        assert top <= v.cursor_row < top + v.scrollable_content_region.height
        assert all(
            line.rstrip() == line.rstrip()[: v.text_layout.width] for line in shown_lines(app)
        )


async def test_a_note_is_drawn_in_its_colour(store: Any, sputnik: str) -> None:
    ann = add_note(store, sputnik, "Joseph Yun")
    app = ReaderApp(store, sputnik, analyzer=lambda text: [])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        v = view(app)
        row, _ = v.text_layout.position(ann.selector.start)
        strip = v.render_line(row - round(v.scroll_y))
        marked = [seg for seg in strip if "Joseph Yun" in seg.text]
        assert marked and marked[0].style.underline and marked[0].style.bgcolor is not None


async def test_the_speaker_of_the_quote_under_the_cursor_is_marked(
    store: Any, sputnik: str
) -> None:
    text = store.library.get(sputnik).text
    quote_start = text.index('"Minister Kono stressed')
    quote_end = text.index('"', quote_start + 1) + 1
    said = text.index("the statement said", quote_end)

    def spans(_: str) -> list[Span]:
        return [
            Span(
                "quote",
                "QUOTE",
                quote_start,
                quote_end,
                text[quote_start:quote_end],
                speaker="Japanese Foreign Ministry",
                speaker_start=said,
                speaker_end=said + 13,
            )
        ]

    app = ReaderApp(store, sputnik, analyzer=spans)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        v = view(app)
        assert v.speaker_mention() is None
        await pilot.press("]")
        assert v.cursor == quote_start
        assert v.speaker_mention() == (said, said + 13)
        assert "QUOTE said by Japanese Foreign Ministry (“the statement”)" in status(app)
        row, _ = v.text_layout.position(said)
        strip = v.render_line(row - round(v.scroll_y))
        underlined = "".join(seg.text for seg in strip if seg.style.underline)
        assert underlined.startswith("the")
        await pilot.press("3")  # quotes off: no speaker mark
        assert v.speaker_mention() is None
