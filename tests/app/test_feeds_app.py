"""Pilot tests of the web features in the app: the feeds screen (follow, unfollow, refresh one
or all, progress, back), the add dialog for a web page or a file, unread until opened. Every
page and feed comes from a server on 127.0.0.1."""

from __future__ import annotations

import asyncio
from pathlib import Path

from newssite import NewsSite
from pytest_httpserver import HTTPServer
from textual.widgets import DataTable, Input, ProgressBar

from tuiread.model import Feed
from tuiread.tui.app import TuireadApp
from tuiread.tui.dialogs.web import AddArticleDialog, ConfirmUnfollow, FollowFeedDialog
from tuiread.tui.screens.feeds import FeedsScreen
from tuiread.tui.screens.help import HelpScreen
from tuiread.tui.screens.library import LibraryScreen
from tuiread.tui.screens.reader import ReaderScreen

SIZE = (120, 36)


def screen_text(app: TuireadApp) -> str:
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(seg.text for seg in strip).rstrip() for strip in strips)


def notices(app: TuireadApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def settle(pilot) -> None:
    """Let workers (thread ones too) finish and their messages land."""
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        for screen in pilot.app.screen_stack:
            for worker in list(screen.workers):
                await worker.wait()
        await pilot.pause()


async def wait_for(pilot, condition, timeout: float = 10.0) -> None:
    """Thread workers report back through the event loop: wait until ``condition()``."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
        await pilot.pause()
    raise AssertionError("timed out waiting for the app")


def follow(store, site: NewsSite, tags: tuple[str, ...] = ()) -> Feed:
    feed = Feed(id=site.name.ljust(12, "0"), url=site.feed_url, title=site.title, tags=tags)
    assert store.feeds.add(feed)
    return feed


async def open_feeds(pilot) -> FeedsScreen:
    await pilot.press("F")
    await pilot.pause()
    assert isinstance(pilot.app.screen, FeedsScreen)
    return pilot.app.screen


async def test_F_opens_the_feeds_screen_and_escape_goes_back(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        assert "No feeds yet" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await open_feeds(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_a_follows_a_site_through_its_home_page_and_refreshes_it(
    store, httpserver: HTTPServer
) -> None:
    site = NewsSite(httpserver, "daily")
    site.publish("Council approves new budget", date="2024-03-05")
    site.publish("Harbour bridge reopens", date="2024-03-06")
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_feeds(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FollowFeedDialog)
        app.screen.query_one("#feed-url", Input).value = site.home_url
        app.screen.query_one("#feed-tags", Input).value = "local news"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.screen is screen and not screen.refreshing)
        await settle(pilot)
        [feed] = store.feeds.all()
        assert feed.url == site.feed_url and feed.tags == ("local", "news")
        assert "Following The Daily Courier" in notices(app)
        assert any("2 new articles from 1 feed" in n for n in notices(app))
        shown = screen_text(app)
        assert site.title in shown and "#local" in shown
        table = screen.query_one(DataTable)
        assert str(table.get_row_at(0)[1]) == "2"  # unread
        # New articles are tagged, unread, with the feed's titles and dates.
        rows = {s.title: s for s in store.library.summaries() if s.feed == feed.id}
        assert rows["Council approves new budget"].date == "2024-03-05"
        for summary in rows.values():
            assert not store.library.get_state(summary.id).read
            assert store.annotations.article_tags(summary.id) == ("local", "news")


async def test_follow_dialog_shows_a_bad_address_and_stays_open(
    store, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/nothing").respond_with_data("gone", status=404)
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#feed-url", Input).value = httpserver.url_for("/nothing")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "HTTP 404" in screen_text(app))
        assert app.screen is dialog and store.feeds.all() == []
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)


async def test_R_refreshes_every_feed_with_a_progress_bar(store, httpserver: HTTPServer) -> None:
    sites = [NewsSite(httpserver, name) for name in ("daily", "herald", "gazette")]
    for n, site in enumerate(sites):
        site.publish(f"Story {n} from {site.name}", date=f"2024-03-0{n + 1}")
        follow(store, site)
    sites[2].delay = 1.0  # slow enough to see the bar while the refresh runs
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_feeds(pilot)
        bar = screen.query_one("#feeds-progress", ProgressBar)
        assert not bar.display
        await pilot.press("R")
        assert screen.refreshing and bar.display and bar.total == 3
        # The interface answers while the feeds are fetched.
        await pilot.press("j")
        assert screen.table.cursor_row == 1 and screen.refreshing
        await wait_for(pilot, lambda: not screen.refreshing)
        assert not bar.display and bar.progress == 3
        assert "3 new articles from 3 feeds" in screen_text(app)
        # Twice: nothing new, each story once.
        sites[2].delay = 0
        await pilot.press("R")
        await wait_for(pilot, lambda: not screen.refreshing)
        assert "0 new articles from 3 feeds" in screen_text(app)
        titles = [s.title for s in store.library.summaries() if s.feed]
        assert sorted(titles) == [
            "Story 0 from daily",
            "Story 1 from herald",
            "Story 2 from gazette",
        ]


async def test_leaving_the_feeds_screen_lets_a_refresh_finish_and_the_library_shows_it(
    store, httpserver: HTTPServer
) -> None:
    sites = [NewsSite(httpserver, name) for name in ("daily", "herald")]
    for n, site in enumerate(sites):
        site.publish(f"Story {n} from {site.name}", date=f"2024-03-0{n + 1}")
        follow(store, site)
    sites[1].delay = 1.0  # still fetching when the user goes back
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_feeds(pilot)
        await pilot.press("R")
        assert screen.refreshing
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await wait_for(pilot, lambda: not screen.refreshing)
        await settle(pilot)
        assert any("2 new articles from 2 feeds" in n for n in notices(app))
        shown = screen_text(app)
        assert "Story 0 from daily" in shown and "Story 1 from herald" in shown
        # Back on the feeds screen: the same one, with the refresh's outcome.
        assert await open_feeds(pilot) is screen
        assert "2 new articles from 2 feeds" in screen_text(app)


async def test_r_refreshes_only_the_feed_under_the_cursor_and_a_failure_shows(
    store, httpserver: HTTPServer
) -> None:
    good, bad = NewsSite(httpserver, "daily"), NewsSite(httpserver, "herald")
    good.publish("Good story", date="2024-03-01")
    bad.publish("Bad story", date="2024-03-02")
    bad.feed_status = 500
    follow(store, good)
    follow(store, bad)
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_feeds(pilot)
        await pilot.press("j")  # the herald
        await pilot.press("r")
        await wait_for(pilot, lambda: not screen.refreshing)
        assert good.requests.get("/daily/feed.xml") is None
        shown = screen_text(app)
        assert "failed" in shown and "HTTP 500" in shown
        await pilot.press("k")
        await pilot.press("r")
        await wait_for(pilot, lambda: not screen.refreshing)
        assert [s.title for s in store.library.summaries() if s.feed] == ["Good story"]


async def test_d_unfollows_after_asking_and_keeps_the_articles(
    store, httpserver: HTTPServer
) -> None:
    site = NewsSite(httpserver, "daily")
    site.publish("Kept story", date="2024-03-01")
    follow(store, site)
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_feeds(pilot)
        await pilot.press("R")
        await wait_for(pilot, lambda: not screen.refreshing)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmUnfollow)
        await pilot.press("n")
        await pilot.pause()
        assert len(store.feeds.all()) == 1
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert store.feeds.all() == []
        assert "No feeds yet" in screen_text(app)
        assert any(s.title == "Kept story" for s in store.library.summaries())


async def test_new_articles_are_unread_until_opened(store, httpserver: HTTPServer) -> None:
    site = NewsSite(httpserver, "daily")
    site.publish("Council approves new budget", date="2024-03-05")
    follow(store, site)
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_feeds(pilot)
        await pilot.press("R")
        await wait_for(pilot, lambda: not screen.refreshing)
        await pilot.press("escape")
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert "3 articles · 3 unread" in screen_text(app)
        [new] = [s for s in store.library.summaries() if s.feed]
        library.apply_view(keep_id=new.id)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert store.library.get_state(new.id).read


async def test_plus_adds_a_web_page_from_the_library(store, httpserver: HTTPServer) -> None:
    site = NewsSite(httpserver, "daily")
    story = site.publish("Council approves new budget", date="2024-03-05")
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("plus")
        await pilot.pause()
        assert isinstance(app.screen, AddArticleDialog)
        app.screen.query_one("#add-source", Input).value = site.story_url(story)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await settle(pilot)
        assert "1 added, 0 already in the library" in notices(app)
        row = app.screen.table.current
        assert row is not None and row.summary.title == "Council approves new budget"
        assert row.summary.url == site.story_url(story) and row.summary.date == "2024-03-05"
        assert "Council approves new budget" in screen_text(app)
        # The same address again: already there.
        await pilot.press("plus")
        await pilot.pause()
        app.screen.query_one("#add-source", Input).value = site.story_url(story)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        assert "0 added, 1 already in the library" in notices(app)


async def test_add_dialog_takes_a_file_and_shows_a_bad_one(store, tmp_path: Path) -> None:
    good = tmp_path / "story.md"
    good.write_text("---\ntitle: From a file\ntags: [mine]\n---\nBody of it.\n", encoding="utf-8")
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("plus")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#add-source", Input).value = str(tmp_path / "missing.txt")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "no such file" in screen_text(app))
        assert app.screen is dialog
        dialog.query_one("#add-source", Input).value = str(good)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, LibraryScreen))
        summary = store.library.resolve("From a file")
        assert store.annotations.article_tags(summary.id) == ("mine",)
        # Escape cancels the dialog.
        await pilot.press("plus")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_help_on_the_feeds_screen_lists_its_keys_first(store) -> None:
    app = TuireadApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_feeds(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        assert "feeds.refresh_all" in shown and "feeds.follow" in shown


async def test_feeds_keys_can_be_remapped(store, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"feeds.refresh_all" = "ctrl+r"\n"library.feeds" = "ctrl+f"\n')
    app = TuireadApp(store, config_path=config)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
        assert not [n for n in notices(app) if "no binding has this id" in n]
