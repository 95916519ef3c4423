"""What the reader's legend and status line say, built as rich Text (never markup).

The legend: which highlight families are on (keys 1 2 3) and how many notes the article
has. The status line: the highlight and the note under the cursor, the visual selection, a
message from the last action, the search match, and where the cursor is in the article.
Text from the article and the user goes through ``one_line``, so a control character in
it cannot act on the terminal. Kept apart from the screen so its wording is in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from rich.text import Text

from tuiread.model import Span
from tuiread.palette import FAMILY_COLOURS
from tuiread.textsafe import one_line
from tuiread.timex import describe, is_date
from tuiread.tui.widgets.article_view import ArticleView
from tuiread.tui.widgets.side_panel import PlacedNote

FAMILY_KEYS = (("entities", "entity", "1"), ("numbers", "number", "2"), ("quotes", "quote", "3"))


def legend_text(enabled: Iterable[str], placed: Sequence[PlacedNote], analysing: bool) -> Text:
    """The line above the article: the families on and off, and the notes."""
    enabled = set(enabled)
    legend = Text()
    for family, kind, key in FAMILY_KEYS:
        on_ = family in enabled
        legend.append("■ ", style=FAMILY_COLOURS[kind] if on_ else "dim")
        legend.append(family, style="" if on_ else "dim strike")
        legend.append(f" [{key}]  ", style="dim")
    # The same count as the panel's "Notes (N)": every note, highlight and tag of the
    # article, those on the whole article and those whose passage is gone included.
    legend.append("▁ ", style="underline")
    legend.append(f"notes {len(placed)}", style="")
    orphans = sum(1 for p in placed if p.orphaned)
    if orphans:
        legend.append(f" ({orphans} orphaned)", style="bold red")
    if analysing:
        legend.append("   analysing…", style="italic")
    return legend


def _span_text(span: Span, view: ArticleView, text: str) -> Text:
    piece = Text(span.label, style=f"bold {FAMILY_COLOURS.get(span.kind, '')}")
    if span.kind == "quote":
        piece.append(" said by " + one_line(span.speaker or "unknown speaker"))
        mention = view.speaker_mention()
        if mention is not None:
            named = one_line(text[mention[0] : mention[1]])[:40]
            if named != one_line(span.speaker or ""):
                piece.append(f" (“{named}”)", style="dim")
    elif is_date(span) and span.value:
        piece.append(f"  {one_line(span.text)[:40]} -> {one_line(describe(span))}")
    else:
        value = " ".join(one_line(v) for v in (span.value, span.unit) if v)
        piece.append(" " + (value or one_line(span.text)))
    return piece


def status_text(
    view: ArticleView,
    text: str,
    *,
    error: str | None,
    message: Text | None,
    analysing: bool,
    placed_note: Callable[[str], PlacedNote | None],
) -> Text:
    """The status line. ``error``: the article could not be opened (said instead of all
    else); ``placed_note`` finds the note a mark under the cursor belongs to."""
    status = Text()
    if error is not None:
        status.append(error, style="bold red")
    elif view.selecting:
        selection = view.selected_range() or (0, 0)
        status.append(" VISUAL ", style="reverse bold")
        status.append(f" {selection[1] - selection[0]} characters · enter/a: note · esc: cancel")
    elif message is not None:
        status.append_text(message)
    else:
        span = view.span_at(view.cursor)
        marks = view.marks_at(view.cursor)
        pieces: list[Text] = []
        if span is not None:
            pieces.append(_span_text(span, view, text))
        if marks:
            placed = placed_note(marks[0].annotation_id)
            if placed is not None:
                ann = placed.annotation
                piece = Text("note: ", style="bold")
                piece.append(one_line(ann.note or "(highlight)")[:80])
                if ann.tags:
                    piece.append(" " + " ".join("#" + one_line(t) for t in ann.tags), style="dim")
                pieces.append(piece)
        if analysing:
            pieces.append(Text("analysing…", style="italic"))
        if view.matches:
            current = (view.current_match or 0) + 1
            pieces.append(Text(f"match {current}/{len(view.matches)}"))
        for i, piece in enumerate(pieces):
            if i:
                status.append(" · ", style="dim")
            status.append_text(piece)
    return status


def where_text(view: ArticleView, text: str) -> str:
    """``line 12/80 · 15%``: where the cursor is (empty before the text is laid out)."""
    if view.text_layout is None:
        return ""
    row = view.text_layout.text_row_index(view.cursor_row) + 1
    total = len(view.text_layout.text_rows)
    percent = round(100 * view.cursor / max(1, len(text) - 1))
    return f"line {row}/{total} · {percent}%"
