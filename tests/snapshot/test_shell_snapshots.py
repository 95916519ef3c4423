"""SVG snapshots of the shell: the library on the seeded store, and the help screen.

Nothing on these screens depends on the clock or the temporary folders (the date column is
the article's own date; the help screen names the config file only when one is given).
Update with `pytest tests/snapshot --snapshot-update` after an intended change.
"""

from __future__ import annotations

from tuiread.tui.app import TuireadApp

SIZE = (120, 36)


def _app(store) -> TuireadApp:
    store.annotations.set_article_tags(store.library.resolve("NKorea").id, ["korea", "sanctions"])
    return TuireadApp(store)


def test_library_screen(snap_compare, store) -> None:
    assert snap_compare(_app(store), terminal_size=SIZE)


def test_library_screen_sorted_by_title_with_the_cursor_on_the_second_row(
    snap_compare, store
) -> None:
    assert snap_compare(_app(store), press=["s", "s", "j"], terminal_size=SIZE)


def test_help_screen(snap_compare, store) -> None:
    # 30 lines show the library and app groups; the reader's bindings are below the fold,
    # and the scrollbar, whose size depends on how many there are, is hidden for the picture.
    async def open_help(pilot) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        pilot.app.screen.query_one("#help-body").styles.scrollbar_visibility = "hidden"
        await pilot.pause()

    assert snap_compare(_app(store), run_before=open_help, terminal_size=(120, 30))
