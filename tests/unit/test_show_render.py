"""``tuiread show`` prints byte for byte what printing each line with Rich prints, coloured and
plain, however many notes overlap; and stays linear in the number of notes."""

from __future__ import annotations

import io
import random
import sys
import time
from collections.abc import Sequence

import pytest

from tuiread.cli import render
from tuiread.cli.common import clip, one_line
from tuiread.model import Annotation, Article, Selector, Span
from tuiread.palette import label_colour, note_colour
from tuiread.textsafe import visible

TEXT = (
    "TOKYO (Sputnik) — Japan, South Korea and the US agreed on Friday.\n\n"
    '"We will not accept" a nuclear North Korea, Blinken said.\x1b[2J\n'
    "Second paragraph with | a pipe and [bold]markup[/] in the article."
)


def reference(
    article: Article,
    spans: Sequence[Span],
    annotations: Sequence[Annotation],
    tags: Sequence[str],
    colour: bool,
) -> str:
    """The straightforward rendering: one Rich print per line, overlapping styles to Rich."""
    from rich.console import Console
    from rich.text import Text

    out = io.StringIO()
    console = Console(
        file=out,
        no_color=not colour,
        force_terminal=colour,
        highlight=False,
        soft_wrap=True,
        emoji=False,
        markup=False,
    )
    console.print(Text(visible(article.title), style="bold"))
    meta = " · ".join(x for x in (article.place, article.source, article.date) if x)
    if meta:
        console.print(Text(visible(meta), style="dim"))
    if tags:
        console.print(Text(" ".join(f"#{visible(t)}" for t in tags), style="dim"))
    console.print()
    body = Text(visible(article.text))
    if colour:
        for span in spans:
            if span.kind == "quote":
                body.stylize(f"italic {label_colour(span.label, span.kind)}", span.start, span.end)
        for span in spans:
            if span.kind != "quote":
                body.stylize(f"bold {label_colour(span.label, span.kind)}", span.start, span.end)
        for a in annotations:
            if a.selector:
                body.stylize(f"underline {note_colour(a.colour)}", a.selector.start, a.selector.end)
    console.print(body)
    if spans:
        console.print()
        console.print(Text("Highlights", style="bold"))
        for span in spans:
            detail = span.value or ""
            if span.unit:
                detail = f"{detail} {span.unit}".strip()
            if span.kind == "quote":
                detail = f"said by {span.speaker}" if span.speaker else "speaker unknown"
                shown = clip(span.text, 70)
            else:
                shown = span.text
            line = Text(
                f"  {span.label:<12}", style=label_colour(span.label, span.kind) if colour else ""
            )
            line.append(one_line(shown))
            if detail and detail != span.text:
                line.append(f"  → {one_line(detail)}", style="dim")
            console.print(line)
    if annotations:
        console.print()
        console.print(Text("Notes", style="bold"))
        for a in annotations:
            where = f"“{one_line(clip(a.selector.exact, 70))}”" if a.selector else "(whole article)"
            console.print(Text(f"  {where}"))
            if a.note:
                for note_line in a.note.splitlines():
                    console.print(Text(f"    {visible(note_line)}"))
            if a.tags:
                console.print(
                    Text("    " + " ".join(f"#{visible(t)}" for t in a.tags), style="dim")
                )
    return out.getvalue()


class Terminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def shown(
    article: Article,
    spans: list[Span],
    annotations: list[Annotation],
    colour: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = Terminal(colour)
    monkeypatch.setattr(sys, "stdout", out)
    render.print_article(article, spans, annotations=annotations, tags=("korea", "t\tab"))
    return out.getvalue()


def sample(text: str, count: int, seed: int = 1) -> tuple[Article, list[Span], list[Annotation]]:
    rng = random.Random(seed)
    article = Article(
        id="a", title="Title\twith tab \x1b]0;x\x07", text=text, source="Wire", date="2017"
    )
    spans = []
    for i in range(count // 4 + 1):
        start = rng.randrange(0, len(text) - 10)
        end = start + rng.randint(1, 10)
        kind, label = rng.choice([("entity", "PERSON"), ("number", "DATE"), ("quote", "QUOTE")])
        spans.append(
            Span(
                kind,
                label,
                start,
                end,
                text[start:end],
                value="v" if i % 2 else None,
                speaker="Kim" if i % 3 else None,
            )
        )
    annotations = []
    for i in range(count):
        start = rng.randrange(0, len(text) - 20)
        annotations.append(
            Annotation(
                id=f"{i:08d}",
                article_id="a",
                created="2026-01-01T00:00:00.000Z",
                modified="2026-01-01T00:00:00.000Z",
                note=rng.choice([None, "a note", "two\nlines\twith tab", "[bold]x[/] \x1b[31m"]),
                tags=rng.choice([(), ("k",), ("a", "b")]),
                colour=rng.choice([None, "yellow", "green", "red"]),
                selector=Selector.from_text(text, start, start + rng.randint(1, 20)),
            )
        )
    return article, spans, annotations


@pytest.mark.parametrize("colour", [False, True])
@pytest.mark.parametrize("text", [TEXT, TEXT.replace("Friday", "Friday\tand tabs")])
def test_output_is_what_rich_prints_line_by_line(
    text: str, colour: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    article, spans, annotations = sample(text, 300)
    got = shown(article, spans, annotations, colour, monkeypatch)
    assert got == reference(article, spans, annotations, ("korea", "t\tab"), colour)
    if colour:
        assert "\x1b[" in got and "\x1b[2J" not in got
    else:
        assert "\x1b" not in got


def test_no_notes_no_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    article = Article(id="a", title="T", text=TEXT)
    for colour in (False, True):
        assert shown(article, [], [], colour, monkeypatch) == reference(
            article, [], [], ("korea", "t\tab"), colour
        )


def test_many_overlapping_notes_stay_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """On one text, four times the notes (and so four times as deep an overlap) must cost
    about four times as much, not sixteen. A guard against the old blow-up (every style open
    at a boundary combined again), not a speed figure: benchmarks/show.py measures that."""
    text = (TEXT.replace("\x1b[2J", "") + "\n") * 40

    def cost(count: int) -> float:
        article, spans, annotations = sample(text, count)
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            shown(article, spans, annotations, True, monkeypatch)
            best = min(best, time.process_time() - start)
        return best

    small, large = cost(5_000), cost(20_000)
    assert large < 9 * small, (small, large)
    assert large < 2.5, large  # ~0.9 s of CPU here; a Rich print per line took ~4.3 s
