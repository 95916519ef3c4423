"""Pilot tests of the reader: leaving and coming back, page furniture, hostile text shown
literally, long articles, and the bindings and dialog details."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App
from textual.widgets import Static

from tuiread.model import Article, Furniture, Span
from tuiread.tui.dialogs.annotation import AnnotationDialog, TagSuggester, parse_tags
from tuiread.tui.screens.reader import ReaderScreen
from tuiread.tui.widgets.article_view import ArticleView
from tuiread.tui.widgets.side_panel import SidePanel

from .reader_pilot import (
    SIZE,
    ReaderApp,
    add_note,
    ready,
    save_dialog,
    shown_lines,
    status,
    view,
)

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
