"""Pilot tests for the app's details users tripped on: the first letter of a filter, the
legend's count, undated articles, an 80-column footer, wrapped panel rows, help rows, and
the README's keymap example."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Footer

from tuiread.model import Annotation, Article, Selector
from tuiread.tui.app import TuireadApp
from tuiread.tui.keymap import binding_catalogue, keymap_conflicts, load_config
from tuiread.tui.screens.help import HelpScreen
from tuiread.tui.screens.library import LibraryScreen
from tuiread.tui.screens.reader import ReaderScreen
from tuiread.tui.widgets.article_table import ArticleTable
from tuiread.tui.widgets.side_panel import SidePanel

README = Path(__file__).resolve().parents[2] / "README.md"


def screen_lines(app: TuireadApp) -> list[str]:
    strips = app.screen._compositor.render_strips()
    return ["".join(seg.text for seg in strip).rstrip() for strip in strips]


async def settle(pilot: Any) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def read(pilot: Any) -> ReaderScreen:
    """Wait until the reader is up and its analysis is done."""
    for _ in range(300):
        await pilot.pause(0.02)
        screen = pilot.app.screen
        if isinstance(screen, ReaderScreen) and not screen.analysing:
            break
    await pilot.pause()
    assert isinstance(pilot.app.screen, ReaderScreen)
    return pilot.app.screen


# --------------------------------------------------------------------------- library


@pytest.mark.parametrize("word", ["pressure", "Japan", "cooperation"])
async def test_typing_a_filter_keeps_its_first_letter(store: Any, word: str) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(*word)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert screen.filter_input.value == word
        assert screen.text_filter == word


async def test_undated_articles_sort_last_by_date_both_ways(store: Any) -> None:
    for n, date in enumerate(("2001-05-01", None, "2019-01-01", "")):
        store.library.add(
            Article(id=f"{n:04d}" * 4, title=f"Dated {date or 'never'} {n}", text="Some text.")
            if date is None
            else Article(
                id=f"{n:04d}" * 4, title=f"Dated {date or 'never'} {n}", text="x", date=date
            )
        )
    app = TuireadApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        screen.set_sort("date")
        dates = [row.summary.date or None for row in app.screen.query_one(ArticleTable).rows]
        # the two seeds are undated too (their only dates are in photo captions)
        assert dates[:2] == ["2001-05-01", "2019-01-01"]
        assert dates[2:] == [None, None, None, None]
        await pilot.press("S")  # reversed: newest first, the undated still last
        dates = [row.summary.date or None for row in app.screen.query_one(ArticleTable).rows]
        assert dates[:2] == ["2019-01-01", "2001-05-01"]
        assert dates[2:] == [None, None, None, None]


# --------------------------------------------------------------------------- footer, help


def footer_fits(app: TuireadApp) -> None:
    """Every binding the footer shows is there whole, on one line of 80 columns."""
    footer = app.screen.query_one(Footer)
    assert footer.size.height == 1 and footer.size.width == 80
    line = screen_lines(app)[-1]
    shown = [
        active.binding
        for active in app.screen.active_bindings.values()
        if active.binding.show and active.enabled
    ]
    assert shown
    for binding in shown:
        description = binding.description
        assert f" {description}" in line, (description, line)
    assert line.rstrip().endswith("^p Commands"), line


async def test_the_footers_fit_80_columns(store: Any) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer_fits(app)
        await pilot.press("enter")
        await read(pilot)
        await pilot.pause(0.2)
        footer_fits(app)
        await pilot.press("question_mark")
        await pilot.pause()
        footer_fits(app)


@pytest.mark.parametrize("keys", [("F",), ("E",), ("Q",), ("T",), ("/", *"korea", "enter")])
async def test_the_feeds_and_library_wide_screens_footers_fit_80_columns(
    store: Any, keys: tuple[str, ...]
) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        library = app.screen
        await pilot.press(*keys)
        await settle(pilot)
        await pilot.pause(0.2)
        assert app.screen is not library
        footer_fits(app)


async def test_help_has_no_duplicate_rows(store: Any) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=(100, 200)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = Counter((info.group, info.description) for info in binding_catalogue())
        assert [row for row, count in rows.items() if count > 1] == []
        ids = [info.id for info in binding_catalogue() if info.id]
        assert len(ids) == len(set(ids))
        shown = [
            line.strip()
            for line in screen_lines(app)
            if line.strip() and not line.strip().startswith("Keys ")  # each table's header
        ]
        assert [line for line, count in Counter(shown).items() if count > 1] == []


def test_the_readme_keymap_example_binds_no_key_already_in_use(tmp_path: Path) -> None:
    text = README.read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", text, re.DOTALL)
    assert example is not None, "README shows a keymap example"
    config_file = tmp_path / "config.toml"
    config_file.write_text(example.group(1), encoding="utf-8")
    config = load_config(config_file)
    assert config.warnings == [] and config.keys
    known = {info.id for info in binding_catalogue() if info.id}
    assert set(config.keys) <= known
    assert keymap_conflicts(config.keys) == []


# --------------------------------------------------------------------------- reader


async def test_the_legend_counts_the_notes_the_panel_lists(store: Any) -> None:
    summary = store.library.resolve("S Korea")
    text = store.library.get(summary.id).text
    at = text.index("Taro Kono")
    store.annotations.save_many(
        [
            Annotation.new(summary.id, note="on the whole article"),
            Annotation.new(
                summary.id, note="a passage", selector=Selector.from_text(text, at, at + 9)
            ),
            Annotation.new(summary.id, selector=Selector.from_text(text, 0, 5)),  # a highlight
            Annotation.new(
                summary.id,
                note="its passage is gone",
                selector=Selector(5, 20, "words no longer there", "", ""),
            ),
        ]
    )
    store.annotations.set_article_tags(summary.id, ["korea"])
    app = TuireadApp(store)
    app.initial_article = summary.id
    async with app.run_test(size=(120, 36)) as pilot:
        reader = await read(pilot)
        legend = str(reader.query_one("#reader-legend").render())
        panel = reader.query_one(SidePanel)
        header = next(
            str(panel.get_option_at_index(i).prompt)
            for i in range(panel.option_count)
            if str(panel.get_option_at_index(i).prompt).startswith("Notes (")
        )
        assert header == "Notes (5)"
        assert "notes 5 (1 orphaned)" in legend


async def test_long_panel_rows_wrap_under_their_own_text(store: Any) -> None:
    summary = store.library.resolve("S Korea")
    text = store.library.get(summary.id).text
    long_note = "a long note that must wrap onto more lines than one in a narrow panel " * 2
    store.annotations.save(
        Annotation.new(summary.id, note=long_note, selector=Selector.from_text(text, 0, 30))
    )
    app = TuireadApp(store)
    app.initial_article = summary.id
    async with app.run_test(size=(80, 30)) as pilot:
        await read(pilot)
        lines = [line.split("▕", 1)[1] for line in screen_lines(app) if "▕" in line]
        start = next(i for i, line in enumerate(lines) if "▌“" in line)
        row = lines[start : start + 6]
        text = " ".join(line.strip() for line in row)
        assert "a long note that must wrap onto more lines than o…" in text, row
        end = next(i for i, line in enumerate(row) if line.rstrip().endswith("o…"))
        # every wrapped line sits under the row's text, two columns in, none at the edge
        assert end >= 2 and all(
            line.startswith("   ") and line[3] != " " for line in row[: end + 1]
        )
