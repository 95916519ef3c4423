"""What the reader's Pilot tests share: spans built by hand for the seeds, a host app, waiting
for the analysis worker, what the view shows, saving a note."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.widgets import Input, Static, TextArea

from tuiread.model import Annotation, Selector, Span
from tuiread.tui.dialogs.annotation import AnnotationDialog
from tuiread.tui.screens.reader import ReaderScreen
from tuiread.tui.widgets.article_view import ArticleView

SIZE = (120, 36)


def find_spans(text: str) -> list[Span]:
    """Spans built by hand for the samples (the highlighters are tested in tests/unit)."""
    spans: list[Span] = []

    def add(kind: str, label: str, needle: str, **extra: Any) -> None:
        start = text.find(needle)
        while start >= 0:
            spans.append(Span(kind, label, start, start + len(needle), needle, **extra))
            start = text.find(needle, start + 1)

    add("entity", "PERSON", "Taro Kono", value="Taro Kono")
    add("entity", "GPE", "Pyongyang", value="North Korea")
    add("entity", "ORG", "NATO", value="NATO")
    add("entity", "PERSON", "Blinken", value="Antony Blinken")
    add("number", "QUANTITY", "250 kilometers", value="250", unit="km")
    add("number", "DATE", "September 3", value="2017-09-03")
    add("number", "ORDINAL", "fifth", value="5")
    quote = text.find('"Minister Kono stressed')
    if quote >= 0:
        end = text.index('"', quote + 1) + 1
        spans.append(Span("quote", "QUOTE", quote, end, text[quote:end], speaker="Taro Kono"))
    return sorted(spans, key=lambda s: (s.start, -s.end))


class ReaderApp(App):
    """A tiny host: a blank screen with the reader pushed on top (so q has somewhere to go)."""

    def __init__(self, store: Any, article_id: str, analyzer: Any = find_spans) -> None:
        super().__init__()
        self.store = store
        self.article_id = article_id
        self.analyzer = analyzer
        self.messages: list[tuple[str, str]] = []

    def on_mount(self) -> None:
        self.push_screen(ReaderScreen(self.store, self.article_id, analyzer=self.analyzer))

    def notify(
        self, message: str, *, title: str = "", severity: str = "information", **kw: Any
    ) -> None:
        self.messages.append((severity, f"{title} {message}".strip()))
        super().notify(message, title=title, severity=severity, **kw)


def article_id(store: Any, source: str = "Sputnik") -> str:
    return next(s.id for s in store.library.summaries() if s.source == source)


async def ready(pilot: Any) -> None:
    """Wait until the reader is up and its analysis worker has reported (or failed)."""
    for _ in range(200):
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, ReaderScreen) and not screen.analysing:
            break
        if screen.query(ArticleView) and not isinstance(screen, ReaderScreen):
            break
    await pilot.pause()


def reader(app: App) -> ReaderScreen:
    assert isinstance(app.screen, ReaderScreen), app.screen
    return app.screen


def view(app: App) -> ArticleView:
    return app.screen.query_one(ArticleView)


def shown_lines(app: App) -> list[str]:
    v = view(app)
    return [v.render_line(y).text for y in range(v.scrollable_content_region.height)]


def status(app: App) -> str:
    return str(app.screen.query_one("#reader-status", Static).render())


async def save_dialog(pilot: Any, note: str = "", tags: str = "") -> None:
    app = pilot.app
    assert isinstance(app.screen, AnnotationDialog)
    if note:
        app.screen.query_one(TextArea).focus()
        await pilot.press(*note)
    if tags:
        app.screen.query_one("#annotation-tags", Input).focus()
        await pilot.press(*tags)
    await pilot.press("ctrl+s")
    await pilot.pause()


def add_note(store: Any, article_id: str, needle: str, note: str = "first") -> Annotation:
    text = store.library.get(article_id).text
    start = text.index(needle)
    ann = Annotation.new(
        article_id,
        note=note,
        colour="pink",
        selector=Selector.from_text(text, start, start + len(needle)),
    )
    store.annotations.save(ann)
    return ann
