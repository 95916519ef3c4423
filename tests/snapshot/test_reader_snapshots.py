"""SVG snapshots of the reader: highlights on a sample (dark and light), a note drawn in the
text with the panel focused, page furniture shown, and the annotation dialog.

The spans are built by hand here (the analysis engine keeps improving; these pictures are
about the reader), and each snapshot waits for the analysis worker before it is taken.
Update with `pytest tests/snapshot --snapshot-update` after an intended change.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App

from tuiread.model import Annotation, Selector, Span
from tuiread.tui.screens.reader import ReaderScreen

SIZE = (120, 36)


def sample_spans(text: str) -> list[Span]:
    spans: list[Span] = []

    def add(kind: str, label: str, needle: str, **extra: Any) -> None:
        start = text.find(needle)
        while start >= 0:
            spans.append(Span(kind, label, start, start + len(needle), needle, **extra))
            start = text.find(needle, start + 1)

    for needle, label, value in (
        ("Japan", "GPE", "Japan"),
        ("South Korea", "GPE", "South Korea"),
        ("Pyongyang", "GPE", "North Korea"),
        ("Seoul", "GPE", "Seoul"),
        ("Tokyo", "GPE", "Tokyo"),
        ("Washington", "GPE", "United States"),
        ("Japanese", "NORP", "Japanese"),
        ("Kenji Kanasugi", "PERSON", "Kenji Kanasugi"),
        ("Joseph Yun", "PERSON", "Joseph Yun"),
        ("Kim Hong-kyun", "PERSON", "Kim Hong-kyun"),
        ("Taro Kono", "PERSON", "Taro Kono"),
        ("Kang Kyung-wha", "PERSON", "Kang Kyung-wha"),
        ("Japanese Foreign Ministry", "ORG", "Japanese Foreign Ministry"),
        ("Sputnik", "ORG", "Sputnik"),
    ):
        add("entity", label, needle, value=value)
    add("number", "DATE", "Friday", value="2017-09-15")
    add("number", "CARDINAL", "two", value="2")
    add("number", "QUANTITY", "250 kilometers", value="250", unit="km")
    add("number", "TIME", "six minutes", value="PT6M", unit="minutes")
    for opener in ('"The parties', '"Minister Kono'):
        start = text.find(opener)
        if start >= 0:
            end = text.index('"', start + 1) + 1
            spans.append(
                Span(
                    "quote",
                    "QUOTE",
                    start,
                    end,
                    text[start:end],
                    speaker="Japanese Foreign Ministry",
                )
            )
    # Entities found inside longer entities are dropped (the engine does the same).
    spans.sort(key=lambda s: (s.start, -s.end))
    kept: list[Span] = []
    for s in spans:
        if s.kind == "entity" and any(
            k.kind == "entity" and k.start <= s.start and s.end <= k.end for k in kept
        ):
            continue
        kept.append(s)
    return kept


class ReaderHost(App):
    def __init__(self, store: Any, article_id: str, theme: str = "textual-dark") -> None:
        super().__init__()
        self.store = store
        self.article_id = article_id
        self.theme = theme

    def on_mount(self) -> None:
        self.push_screen(ReaderScreen(self.store, self.article_id, analyzer=sample_spans))


@pytest.fixture
def colour(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared fixtures set NO_COLOR; these pictures are about colour."""
    monkeypatch.delenv("NO_COLOR", raising=False)


def sputnik(store: Any) -> str:
    return next(s.id for s in store.library.summaries() if s.source == "Sputnik")


async def analysed(pilot: Any) -> None:
    """Wait for the analysis worker (it starts once the reader has painted)."""
    for _ in range(200):
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, ReaderScreen) and not screen.analysing:
            break
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_reader_with_highlights(snap_compare, store, colour) -> None:
    async def run(pilot: Any) -> None:
        await analysed(pilot)
        await pilot.press("j", "j", "j", "right_square_bracket", "right_square_bracket")
        await pilot.pause()

    assert snap_compare(ReaderHost(store, sputnik(store)), run_before=run, terminal_size=SIZE)


def test_reader_with_highlights_on_a_light_theme(snap_compare, store, colour) -> None:
    async def run(pilot: Any) -> None:
        await analysed(pilot)
        await pilot.press("space", "k", "k")
        await pilot.pause()

    app = ReaderHost(store, sputnik(store), theme="textual-light")
    assert snap_compare(app, run_before=run, terminal_size=SIZE)


def test_reader_with_a_note_a_search_and_the_panel_focused(snap_compare, store, colour) -> None:
    article_id = sputnik(store)
    text = store.library.get(article_id).text
    start = text.index("Seoul, Tokyo, and Washington")
    store.annotations.save(
        Annotation.new(
            article_id,
            note="three capitals",
            tags=("korea",),
            colour="green",
            selector=Selector.from_text(text, start, start + len("Seoul, Tokyo, and Washington")),
        )
    )
    store.annotations.save(Annotation.new(article_id, note="Read with the Yonhap wire"))

    async def run(pilot: Any) -> None:
        await analysed(pilot)
        await pilot.press("slash", *"missile", "enter", "2", "tab")
        await pilot.pause()

    assert snap_compare(ReaderHost(store, article_id), run_before=run, terminal_size=SIZE)


def test_reader_with_page_furniture_shown(snap_compare, store, colour) -> None:
    async def run(pilot: Any) -> None:
        await analysed(pilot)
        await pilot.press("f")
        await pilot.pause()

    assert snap_compare(ReaderHost(store, sputnik(store)), run_before=run, terminal_size=SIZE)


def test_annotation_dialog_on_a_visual_selection(snap_compare, store, colour) -> None:
    async def run(pilot: Any) -> None:
        await analysed(pilot)
        await pilot.press("j", "j", "j", "v", "w", "w", "w", "enter")
        await pilot.pause()
        await pilot.press(*"Who agreed first?")
        await pilot.pause()

    store.annotations.save(Annotation.new(sputnik(store), tags=("sanctions",)))
    assert snap_compare(ReaderHost(store, sputnik(store)), run_before=run, terminal_size=SIZE)
