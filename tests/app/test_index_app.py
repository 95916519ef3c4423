"""Pilot tests of the library-wide screens: full-text search, entities, quotes, timeline, the
reader's ways into them, the analysis cache in the reader, and the background index.

The library is indexed before the app starts, with a small rule-based analyser standing in
for the engine (tests/toy_analysis.py), so the rows on screen are known."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.command import CommandPalette
from toy_analysis import STORIES, toy

from tuiread.index import index_for
from tuiread.tui.app import TuireadApp
from tuiread.tui.index_service import IndexState
from tuiread.tui.screens.entities import EntitiesScreen
from tuiread.tui.screens.help import HelpScreen
from tuiread.tui.screens.library import LibraryScreen
from tuiread.tui.screens.quotes import QuotesScreen
from tuiread.tui.screens.reader import ReaderScreen
from tuiread.tui.screens.search import SearchScreen
from tuiread.tui.screens.timeline import TimelineScreen
from tuiread.tui.widgets.index_indicator import IndexIndicator

SIZE = (120, 36)


def screen_text(app: TuireadApp) -> str:
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(seg.text for seg in strip).rstrip() for strip in strips)


async def settle(pilot: Any) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def indexed(store: Any) -> Any:
    """The samples and the Blair stories, indexed (text and analysis) before the app opens."""
    store.library.add_many(STORIES)
    index_for(store, analyzer=toy).update()
    return store


def article_text(store: Any, key: str) -> str:
    return str(store.library.get(key.rjust(16, "0")).text)


# --------------------------------------------------------------------------- search


async def test_slash_searches_the_full_text_with_snippets(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.focused is app.screen.query_input
        await pilot.press(*"paris")
        await pilot.pause(0.3)
        await settle(pilot)
        shown = screen_text(app)
        assert "1 article matches" in shown
        assert "Story b" in shown and "Mr Blair was in Paris on Tuesday" in shown
        await pilot.press("enter")
        assert app.focused is app.screen.hits
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article_id == "b".rjust(16, "0")
        assert app.screen.view.cursor == article_text(indexed, "b").index("Paris")


async def test_a_bad_search_says_why_and_escape_goes_back(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *'"open', "enter")
        await settle(pilot)
        assert "a quotation mark is not closed" in screen_text(app)
        assert app.screen.hits.rows == range(0)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_keys_typed_fast_after_slash_all_go_to_the_search(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("slash", "B", "s", "q", "n", "space", "k"):
            char = {"slash": "/", "space": " "}.get(key, key)
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_input.value == "Bsqn k"
        assert app.screen_stack[-2].sort_key == "added"


async def test_search_hits_move_with_the_list_keys_and_q_goes_back(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"blair OR japan", "enter")
        await settle(pilot)
        hits = app.screen.hits
        assert len(hits.rows) == 5
        await pilot.press("j", "j")
        assert hits.cursor == 2
        await pilot.press("G")
        assert hits.cursor == 4
        await pilot.press("g")
        assert hits.cursor == 0
        await pilot.press("space")
        assert hits.cursor > 0
        await pilot.press("b")
        assert hits.cursor == 0
        await pilot.press("k")
        assert hits.cursor == 0
        await pilot.press("slash")
        assert app.focused is app.screen.query_input
        await pilot.press("enter", "q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_clicking_a_hit_opens_it(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"labour", "enter")
        await settle(pilot)
        await pilot.click("#search-hits", offset=(5, 0))
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article_id == "d".rjust(16, "0")


# --------------------------------------------------------------------------- entities


async def test_entities_filter_by_label_list_articles_and_open_at_the_first_mention(
    indexed: Any,
) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntitiesScreen)
        names = [e.name for e in screen.entity_list.rows]
        assert names[0] == "Tony Blair" and "London" in names
        await pilot.press("l")  # PERSON
        assert screen.label == "PERSON"
        assert {e.label for e in screen.entity_list.rows} == {"PERSON"}
        assert " PERSON " in screen_text(app)
        await pilot.press("l")  # ORG
        assert [e.name for e in screen.entity_list.rows] == ["Labour"]
        await pilot.press("L", "L")  # back to all labels
        assert screen.label is None and len(screen.entity_list.rows) == len(names)
        await pilot.press("enter")  # Tony Blair: his articles
        await settle(pilot)
        assert app.focused is screen.article_list
        assert [a.title for a in screen.article_list.rows] == ["Story b", "Story a", "Story c"]
        assert "Tony Blair: 3 articles" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.view.cursor == article_text(indexed, "b").index("Mr Blair")


async def test_entities_filter_by_name_tab_and_escape(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        await pilot.press("slash", *"brown")
        await pilot.pause()
        assert [e.name for e in screen.entity_list.rows] == ["Gordon Brown"]
        await pilot.press("enter")
        assert app.focused is screen.entity_list
        await pilot.press("tab")
        assert app.focused is screen.article_list
        await pilot.press("tab")
        assert app.focused is screen.entity_list
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is screen.article_list
        await pilot.press("escape")
        assert app.focused is screen.entity_list
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("E")
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


# --------------------------------------------------------------------------- quotes


async def test_quotes_by_speaker_and_open_at_the_quote(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        speakers = {q.speaker for q in screen.quote_list.rows}
        assert {"Tony Blair", "Gordon Brown"} <= speakers
        assert "“Paris is lovely,”" in screen_text(app)
        await pilot.press("s")  # the speaker of the first quote only
        await pilot.pause()
        first = screen.quote_list.rows[0].speaker
        assert {q.speaker for q in screen.quote_list.rows} == {first}
        assert screen.filter_input.value == first
        await pilot.press("slash")
        assert app.focused is screen.filter_input
        screen.filter_input.value = "brown"
        await pilot.press("enter")
        await pilot.pause()
        assert [q.text for q in screen.quote_list.rows] == ["“Labour will hold,”"]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.view.cursor == 0  # story d opens on its quote
        assert app.screen.article_id == "d".rjust(16, "0")


# --------------------------------------------------------------------------- timeline


async def test_timeline_in_calendar_order_filtered_by_entity(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        dates = [e.date for e in screen.event_list.rows]
        assert dates[:2] == ["1910/1945", "1997"] or dates == sorted(dates)
        assert "≈" in screen_text(app)  # a date the article's own date stood in for
        await pilot.press("slash", *"paris", "enter")
        await settle(pilot)
        assert [e.sentence for e in screen.event_list.rows] == ["Mr Blair was in Paris on Tuesday."]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.view.cursor == 0  # the sentence starts story b


async def test_timeline_of_an_unknown_name_says_so(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        await pilot.press("slash", *"atlantis", "enter")
        await settle(pilot)
        assert app.screen.event_list.rows == []
        assert "No dated sentence names atlantis" in screen_text(app)
        await pilot.press("escape")  # leaves the filter
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


# --------------------------------------------------------------------------- from the reader


async def test_the_reader_shows_cached_highlights_at_once(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article("a".rjust(16, "0"))
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert not reader.analysing
        assert reader.spans == toy(reader.text, None)
        assert reader._analysis_worker is None  # no analysis was started


async def test_more_quotes_by_this_speaker_from_a_quote_in_the_reader(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = article_text(indexed, "b")
        app.open_article("b".rjust(16, "0"), at=text.index("Paris is"))
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        assert screen.filter_input.value == "Tony Blair"
        assert {q.speaker for q in screen.quote_list.rows} == {"Tony Blair"}
        assert len(screen.quote_list.rows) == 2


async def test_q_off_a_quote_says_what_to_do(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article("c".rjust(16, "0"))
        await settle(pilot)
        await pilot.press("Q")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "move onto a quote" in screen_text(app)


async def test_other_articles_naming_the_entity_under_the_cursor(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = article_text(indexed, "c")
        app.open_article("c".rjust(16, "0"), at=text.index("Gordon"))
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntitiesScreen)
        assert screen.entity_list.current.name == "Gordon Brown"
        assert {a.title for a in screen.article_list.rows} == {"Story c", "Story d"}


# --------------------------------------------------------------------------- keys, help, palette


async def test_help_lists_the_new_views_and_their_keys(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=(140, 200)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for binding_id in (
            "library.search",
            "library.filter",
            "app.entities",
            "app.quotes",
            "app.timeline",
            "reader.speaker_quotes",
            "reader.entity_articles",
            "search.focus_query",
            "entities.next_label",
            "quotes.same_speaker",
            "timeline.filter",
            "lists.select",
        ):
            assert binding_id in shown


async def test_help_opened_from_a_view_starts_with_its_keys(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.first_group == "timeline"


async def test_the_views_keys_can_be_remapped(indexed: Any, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[keys]\n"app.entities" = "ctrl+e"\n"entities.next_label" = "n"\n', encoding="utf-8"
    )
    app = TuireadApp(indexed, config_path=config)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")  # no longer bound: it starts the title filter
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.filter_input.value == "E"
        await pilot.press("escape", "ctrl+e")
        await settle(pilot)
        assert isinstance(app.screen, EntitiesScreen)
        await pilot.press("n")
        assert app.screen.label == "PERSON"


async def test_the_palette_opens_each_view(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for command, screen in (
            ("Timeline of the library", TimelineScreen),
            ("Quotes by speaker", QuotesScreen),
            ("Entities of the library", EntitiesScreen),
            ("Search every article", SearchScreen),
        ):
            await pilot.press("ctrl+p")
            await pilot.pause()
            assert isinstance(app.screen, CommandPalette)
            await pilot.press(*command)
            await pilot.pause(0.3)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, screen)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)


# --------------------------------------------------------------------------- the background index


async def test_the_indicator_shows_the_index_progress(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        indicator = app.screen.query_one(IndexIndicator)
        assert not indicator.display
        app.index_service.state = IndexState(running=True)
        app.index_service._progress("analysing", 3, 10)
        await pilot.pause()
        assert indicator.display
        assert "analysing 3/10" in screen_text(app)
        app.index_service.state = IndexState()
        app.index_service._publish(app.index_service.state)
        await pilot.pause()
        assert not indicator.display


async def test_the_app_brings_a_new_library_up_to_date_in_a_helper_process(store: Any) -> None:
    seen: list[IndexState] = []
    app = TuireadApp(store, index_in_background=True)
    async with app.run_test(size=SIZE) as pilot:
        app.index_service.changed.subscribe(app.screen, seen.append)
        await settle(pilot)
        for _ in range(200):
            if not app.index_service.state.running:
                break
            await pilot.pause(0.1)
        await settle(pilot)
        state = app.index_service.state
        assert not state.running and state.error is None and state.finished == 1
        status = index_for(store).status()
        assert status.indexed == status.analysed == 2
        assert any(s.running and s.total for s in seen)  # the progress was shown
        await pilot.press("E")
        await settle(pilot)
        assert "Japan" in {e.name for e in app.screen.entity_list.rows}


async def test_quotes_and_timeline_go_back_with_escape_or_q(indexed: Any) -> None:
    app = TuireadApp(indexed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key, back in (("Q", "escape"), ("Q", "q"), ("T", "escape"), ("T", "q")):
            await pilot.press(key)
            await settle(pilot)
            assert not isinstance(app.screen, LibraryScreen)
            await pilot.press(back)
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
        await pilot.press("Q")
        await settle(pilot)
        await pilot.press("slash")
        assert app.focused is app.screen.filter_input
        await pilot.press("escape")  # out of the filter first, then back
        assert app.focused is app.screen.quote_list
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
