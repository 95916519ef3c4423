"""Pilot tests of help, the command palette, and the keymap and theme from the config file."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from tuiread.tui.app import TuireadApp
from tuiread.tui.dialogs.export import ExportDialog
from tuiread.tui.screens.help import HelpScreen
from tuiread.tui.screens.library import LibraryScreen
from tuiread.tui.screens.reader import ReaderScreen

from .library_pilot import SECOND, SIZE, id_of, notices, screen_text, settle, table, titles

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
