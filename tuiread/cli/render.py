"""An article with its highlights and notes on a terminal: coloured there, plain when piped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tuiread.cli.common import clip, one_line, use_colour
from tuiread.timex import describe, is_date

if TYPE_CHECKING:
    from tuiread.model import Annotation, Article, Span


def print_article(
    article: Article,
    spans: Sequence[Span],
    *,
    annotations: Sequence[Annotation] = (),
    tags: Sequence[str] = (),
) -> None:
    """The article with its highlights: coloured on a terminal, plain text when piped."""
    from rich.console import Console
    from rich.text import Text

    from tuiread.palette import label_colour, note_colour
    from tuiread.textsafe import visible

    colour = use_colour()
    console = Console(
        no_color=not colour,
        force_terminal=colour,
        highlight=False,
        soft_wrap=True,
        emoji=False,
        markup=False,
    )
    head = Text(visible(article.title), style="bold")
    console.print(head)
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
            if is_date(span):
                detail = describe(span)  # "2017-08", "2 weeks (P2W)"
            elif span.unit:
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
