"""SVG snapshots of the library-wide screens: search hits with their snippets, the entities
with one entity's articles, the quotes and the timeline.

The library is indexed before the app starts with a small rule-based analyser standing in for
the engine (tests/toy_analysis.py), so the pictures are about the screens. Each waits for the
screen's queries before it is taken. Update with `pytest tests/snapshot --snapshot-update`.
"""

from __future__ import annotations

from typing import Any

import pytest
from toy_analysis import STORIES, toy

from tuiread.index import index_for
from tuiread.tui.app import TuireadApp

SIZE = (120, 36)


@pytest.fixture
def app(store: Any) -> TuireadApp:
    store.library.add_many(STORIES)
    index_for(store, analyzer=toy).update()
    return TuireadApp(store)


async def settle(pilot: Any) -> None:
    for _ in range(2):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def pressing(*keys: str) -> Any:
    async def run_before(pilot: Any) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        await pilot.pause(0.4)  # the search waits for typing to pause
        await settle(pilot)

    return run_before


def test_search_screen(snap_compare: Any, app: TuireadApp) -> None:
    keys = ("slash", *"blair OR korea", "enter")
    assert snap_compare(app, run_before=pressing(*keys), terminal_size=SIZE)


def test_search_screen_with_a_bad_query(snap_compare: Any, app: TuireadApp) -> None:
    # enter runs the search at once: waiting on the typing pause alone raced the timer on a
    # loaded machine, and the picture was sometimes taken before the message showed.
    keys = ("slash", *'"prime', "enter")
    assert snap_compare(app, run_before=pressing(*keys), terminal_size=SIZE)


def test_entities_screen_with_an_entitys_articles(snap_compare: Any, app: TuireadApp) -> None:
    assert snap_compare(app, run_before=pressing("E", "enter"), terminal_size=SIZE)


def test_quotes_screen(snap_compare: Any, app: TuireadApp) -> None:
    assert snap_compare(app, run_before=pressing("Q"), terminal_size=SIZE)


def test_timeline_screen(snap_compare: Any, app: TuireadApp) -> None:
    assert snap_compare(app, run_before=pressing("T", "j"), terminal_size=SIZE)
