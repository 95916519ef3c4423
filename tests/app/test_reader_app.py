"""Pilot tests of the reader: opening and moving, highlights, search, the side panel."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.widgets import Input, Static

from tuiread.model import Span
from tuiread.tui.screens.reader import ReaderScreen
from tuiread.tui.widgets.article_view import ArticleView
from tuiread.tui.widgets.side_panel import SidePanel

from .reader_pilot import (
    SIZE,
    ReaderApp,
    find_spans,
    reader,
    ready,
    shown_lines,
    status,
    view,
)

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
