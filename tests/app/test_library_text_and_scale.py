"""Pilot tests: hostile titles shown literally, ten thousand articles, an empty library, and
the small bindings and dialogs left over."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from tuiread.model import Annotation, Article
from tuiread.tui.app import TuireadApp
from tuiread.tui.dialogs.export import ExportDialog
from tuiread.tui.screens.library import LibraryScreen

from .library_pilot import SIZE, id_of, screen_text, settle, table, titles

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
