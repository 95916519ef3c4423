"""Pilot tests: the reader resolves dates against the article's own date and shows a date's
calendar value, and a duration's amount and unit, in the status line and the side panel."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.app import App
from textual.widgets import Static

from tuiread.model import Article, Span
from tuiread.tui import analysis_worker
from tuiread.tui.screens.reader import ReaderScreen
from tuiread.tui.widgets.article_view import ArticleView
from tuiread.tui.widgets.side_panel import SidePanel

SIZE = (120, 36)
TEXT = (
    "The minister said last month that the talks would last two weeks. "
    "Prices fell sharply in the third quarter, and they are rising now."
)


def dated_spans(text: str) -> list[Span]:
    """What the engine gives this text for an article of 2017-09-15 (tested elsewhere)."""

    def span(needle: str, label: str, value: str, unit: str | None = None) -> Span:
        start = text.index(needle)
        return Span("number", label, start, start + len(needle), needle, value, unit)

    return [
        span("last month", "DATE", "2017-08"),
        span("two weeks", "DATE", "P2W", "weeks"),
        span("the third quarter", "DATE", "2017-Q3"),
        span("now", "DATE", "PRESENT_REF"),
    ]


class ReaderApp(App[None]):
    def __init__(self, store: Any, article_id: str, analyzer: Any = dated_spans) -> None:
        super().__init__()
        self.store = store
        self.article_id = article_id
        self.analyzer = analyzer

    def on_mount(self) -> None:
        self.push_screen(ReaderScreen(self.store, self.article_id, analyzer=self.analyzer))


def add_article(store: Any, when: str | None = "2017-09-15T08:30:00Z") -> str:
    article = Article(id="dated00000000001", title="Talks", text=TEXT, date=when)
    store.library.add(article)
    return article.id


async def ready(pilot: Any) -> ReaderScreen:
    for _ in range(400):
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, ReaderScreen) and not screen.analysing:
            break
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def status(app: App[None]) -> str:
    return str(app.screen.query_one("#reader-status", Static).render())


def panel_rows(app: App[None]) -> list[str]:
    panel = app.screen.query_one(SidePanel)
    return [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]


async def test_the_status_line_shows_a_dates_calendar_value(store: Any) -> None:
    app = ReaderApp(store, add_article(store))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("right_square_bracket")
        assert view.cursor == TEXT.index("last month")
        assert "DATE  last month -> 2017-08" in status(app)
        await pilot.press("right_square_bracket")
        assert "DATE  two weeks -> 2 weeks (P2W)" in status(app)
        await pilot.press("right_square_bracket")
        assert "DATE  the third quarter -> 2017-Q3" in status(app)
        await pilot.press("right_square_bracket")
        assert "DATE  now -> the present (PRESENT_REF)" in status(app)


async def test_the_side_panel_lists_dates_with_their_values(store: Any) -> None:
    app = ReaderApp(store, add_article(store))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        rows = panel_rows(app)
        assert any("last month → 2017-08" in row and "DATE" in row for row in rows)
        assert any("two weeks → 2 weeks (P2W)" in row for row in rows)
        assert any("now → the present (PRESENT_REF)" in row for row in rows)


async def test_the_reader_analyses_against_the_articles_own_date(
    store: Any, monkeypatch: Any
) -> None:
    seen: list[tuple[str, date | None]] = []

    def helper(text: str, published: date | None = None) -> list[Span]:
        from tuiread.analysis import analyze

        seen.append((text, published))
        return analyze(text, published=published)

    monkeypatch.setattr(analysis_worker, "analyze_off_process", helper)
    app = ReaderApp(store, add_article(store), analyzer=None)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert seen == [(TEXT, date(2017, 9, 15))]
        values = {s.text: s.value for s in screen.spans if s.kind == "number"}
        assert values["last month"] == "2017-08"
        assert values["two weeks"] == "P2W"
        await pilot.press("right_square_bracket")
        assert "last month -> 2017-08" in status(app)


async def test_an_article_without_a_date_still_gets_partial_values(
    store: Any, monkeypatch: Any
) -> None:
    seen: list[date | None] = []

    def helper(text: str, published: date | None = None) -> list[Span]:
        from tuiread.analysis import analyze

        seen.append(published)
        return analyze(text, published=published)

    monkeypatch.setattr(analysis_worker, "analyze_off_process", helper)
    app = ReaderApp(store, add_article(store, when="last spring, says the byline"), analyzer=None)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert seen == [None]
        values = {s.text: s.value for s in screen.spans if s.kind == "number"}
        assert values["two weeks"] == "P2W"  # a duration needs no anchor
        assert values["last month"] is None  # nothing to count from: no value, never a guess
