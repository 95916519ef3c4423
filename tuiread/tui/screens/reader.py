"""The reader: one article, its highlights, the side panel, search and the reader's notes.

``ReaderScreen(store, article_id)`` is pushed by the app shell. Analysis runs in a thread
worker (the screen shows "analysing…" until it is done); every store write is wrapped so a
StoreError becomes an error notification, never a traceback; the confirm of the annotation
dialog is the save, and "Saved" is said only after the store returned.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.worker import Worker, WorkerState

from tuiread.model import Annotation, Article, Selector, Span
from tuiread.palette import FAMILY_COLOURS
from tuiread.store import Store, StoreError, anchor
from tuiread.textsafe import one_line
from tuiread.tui.commands import ReaderCommands
from tuiread.tui.dialogs.annotation import AnnotationDialog, AnnotationResult
from tuiread.tui.layout import paragraph_range, sentence_range
from tuiread.tui.messages import ToggleFamily
from tuiread.tui.widgets.article_view import ALL_FAMILIES, ArticleView, Mark
from tuiread.tui.widgets.side_panel import PlacedNote, SidePanel

MAX_MATCHES = 10_000
FAMILY_KEYS = (("entities", "entity", "1"), ("numbers", "number", "2"), ("quotes", "quote", "3"))


def _anchor(selector: Selector, text: str) -> tuple[int, int, bool]:
    """(start, end, orphaned) of ``selector`` on ``text``, via the store's anchoring."""
    placed = anchor(selector, text)
    if not placed.found:
        return 0, 0, True
    return placed.start, placed.end, False


def _run_analysis(analyzer: Callable[[str], list[Span]] | None, text: str) -> list[Span]:
    """The analysis worker's body (a thread). The real engine runs in a helper process so
    that loading it never competes with the UI thread for the GIL; tests pass their own."""
    if analyzer is None:
        from tuiread.tui.analysis_worker import analyze_off_process

        return list(analyze_off_process(text))
    return list(analyzer(text))


def _snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` so it does not cut a word in two (a visual selection that
    ends on the first letter of a word takes the whole word)."""
    while start > 0 and start < end and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and end > start and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


@dataclass
class _Undo:
    """One undoable change: ``before`` is restored (None: ``after`` is deleted)."""

    what: str
    before: Annotation | None
    after: Annotation | None
    tags: tuple[str, ...] | None = None  # for "tags": the article's tags before the change


class ReaderScreen(Screen[None]):
    """Read one article: j/k, space/b, g/G, / n N, ] [, 1 2 3, v a A t e d u, f, tab, q."""

    CSS_PATH = "../reader.tcss"
    COMMANDS = {ReaderCommands}

    BINDINGS = [
        Binding("q", "back", "Back", id="reader.back"),
        Binding("escape", "escape", "Cancel/back", id="reader.escape", show=False),
        Binding("tab", "switch_pane", "Panel", id="reader.switch_pane"),
        Binding("slash", "search", "Search", id="reader.search"),
        Binding("n", "next_match", "Next match", id="reader.next_match", show=False),
        Binding("N", "previous_match", "Previous match", id="reader.previous_match", show=False),
        Binding(
            "right_square_bracket", "next_highlight", "Next highlight", id="reader.next_highlight"
        ),
        Binding(
            "left_square_bracket",
            "previous_highlight",
            "Previous highlight",
            id="reader.previous_highlight",
            show=False,
        ),
        Binding(
            "1",
            "toggle_family('entities')",
            "Entities on/off",
            id="reader.toggle_entities",
            show=False,
        ),
        Binding(
            "2",
            "toggle_family('numbers')",
            "Numbers on/off",
            id="reader.toggle_numbers",
            show=False,
        ),
        Binding(
            "3", "toggle_family('quotes')", "Quotes on/off", id="reader.toggle_quotes", show=False
        ),
        Binding("a", "annotate", "Annotate", id="reader.annotate"),
        Binding("enter", "confirm", "Annotate/edit", id="reader.confirm", show=False),
        Binding("A", "article_note", "Article note", id="reader.article_note"),
        Binding("t", "article_tags", "Tags", id="reader.article_tags"),
        Binding("e", "edit", "Edit note", id="reader.edit", show=False),
        Binding("d", "delete", "Delete note", id="reader.delete", show=False),
        Binding("u", "undo", "Undo", id="reader.undo", show=False),
        Binding("f", "toggle_furniture", "Furniture", id="reader.furniture", show=False),
    ]

    def __init__(
        self,
        store: Store,
        article_id: str,
        *,
        analyzer: Callable[[str], list[Span]] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.article_id = article_id
        self._analyzer = analyzer
        self.article: Article | None = None
        self.load_error: str | None = None
        try:
            self.article = store.library.get(article_id)
        except (KeyError, StoreError) as exc:
            self.load_error = f"cannot open this article: {exc}"
        self.spans: list[Span] = []
        self.analysing = True
        self.annotations: list[Annotation] = []
        self.placed: list[PlacedNote] = []
        self.undo_stack: list[_Undo] = []
        self._analysis_worker: Worker | None = None
        self._state_saved = False
        self._message: Text | None = None
        self._message_at: int | None = None

    @property
    def text(self) -> str:
        return self.article.text if self.article else ""

    # ------------------------------------------------------------------ composition
    def compose(self) -> ComposeResult:
        article = self.article
        title = Text(one_line(article.title) if article else "(missing article)", style="bold")
        if article:
            extra = " · ".join(
                one_line(p) for p in (article.source, article.place, article.date) if p
            )
            if extra:
                title.append("   " + extra, style="dim")
        yield Static(title, id="reader-title")
        yield Static(id="reader-legend")
        with Horizontal(id="reader-body"):
            yield ArticleView(self.text, article.furniture if article else (), id="article")
            yield SidePanel(id="panel")
        yield Input(placeholder="search (enter: go, escape: close)", id="reader-search")
        with Horizontal(id="reader-statusbar"):
            yield Static(id="reader-status")
            yield Static(id="reader-where")

    @property
    def view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def panel(self) -> SidePanel:
        return self.query_one("#panel", SidePanel)

    def on_mount(self) -> None:
        if self.article is None:
            self.notify(
                self.load_error or "cannot open this article", severity="error", markup=False
            )
            self._state_saved = True
            self.analysing = False
            self._update_status()
            self.mount(Footer())
            return
        view = self.view
        state = self.store.library.get_state(self.article_id)
        view.cursor = max(0, min(state.position, max(0, len(self.text) - 1)))
        self._reload_annotations()
        self.panel.set_spans([], analysing=True)
        self._update_legend()
        self._update_status()
        view.focus()
        # The text first: the footer (a widget per key, costly to lay out) and the analysis
        # worker come once the screen has painted.
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        if not self.query(Footer):
            self.mount(Footer())
            self.call_after_refresh(self.refresh_bindings)  # the footer fills on a bindings update
        self._start_analysis()

    # ------------------------------------------------------------------ analysis
    def _start_analysis(self) -> None:
        self._analysis_worker = self.run_worker(
            partial(_run_analysis, self._analyzer, self.text),
            name="analysis",
            group="analysis",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker is not self._analysis_worker:
            return
        if event.state == WorkerState.SUCCESS:
            text = self.text
            spans = [s for s in (event.worker.result or []) if 0 <= s.start < s.end <= len(text)]
            self._apply_spans(spans)
        elif event.state in (WorkerState.ERROR, WorkerState.CANCELLED):
            self.analysing = False
            self.panel.set_spans([], analysing=False)
            if event.state == WorkerState.ERROR:
                self.notify(
                    f"analysis failed: {event.worker.error}", severity="error", markup=False
                )
            self._update_status()

    def _apply_spans(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: (s.start, -s.end))
        self.analysing = False
        self.view.set_spans(self.spans)
        self.panel.set_spans(self.spans, analysing=False)
        self._update_legend()
        self._update_status()

    # ------------------------------------------------------------------ annotations
    def _reload_annotations(self) -> None:
        try:
            self.annotations = list(self.store.annotations.for_article(self.article_id))
        except StoreError as exc:
            self.notify(str(exc), title="Notes unavailable", severity="error", markup=False)
            self.annotations = []
        text = self.text
        placed: list[PlacedNote] = []
        marks: list[Mark] = []
        for ann in self.annotations:
            if ann.selector is None:
                placed.append(PlacedNote(ann, None, None))
                continue
            start, end, orphaned = _anchor(ann.selector, text)
            if orphaned or not 0 <= start < end <= len(text):
                placed.append(PlacedNote(ann, None, None, orphaned=True))
                continue
            placed.append(PlacedNote(ann, start, end))
            marks.append(Mark(start, end, ann.colour, ann.id))
        self.placed = placed
        self.view.set_marks(marks)
        self.panel.set_notes(placed)
        self._update_legend()

    def _known_tags(self) -> list[str]:
        try:
            return list(self.store.annotations.tags())
        except StoreError:
            return []

    def _store_write(self, what: str, fn: Callable[..., Any], *args: Any) -> bool:
        """Run one store write; a StoreError becomes an error notification."""
        try:
            fn(*args)
        except StoreError as exc:
            self.notify(
                str(exc) or exc.__class__.__name__,
                title=f"Not {what}",
                severity="error",
                markup=False,
            )
            return False
        except OSError as exc:
            self.notify(
                f"{exc.strerror or exc}", title=f"Not {what}", severity="error", markup=False
            )
            return False
        return True

    def _placed(self, annotation_id: str) -> PlacedNote | None:
        for placed in self.placed:
            if placed.annotation.id == annotation_id:
                return placed
        return None

    def _passage_under_cursor(self) -> tuple[int, int] | None:
        view = self.view
        text = self.text
        if not text:
            return None
        span = view.span_at(view.cursor)
        if span is not None:
            return span.start, span.end
        start, end = sentence_range(text, view.cursor)
        if start >= end:
            start, end = paragraph_range(text, view.cursor)
        if start >= end:
            return None
        return start, end

    def _open_passage_dialog(self, start: int, end: int) -> None:
        text = self.text
        selector = Selector.from_text(text, start, end)
        dialog = AnnotationDialog(
            "Note on a passage",
            passage=text[start:end],
            known_tags=self._known_tags(),
        )
        self.app.push_screen(dialog, partial(self._save_new_passage, selector))

    def _save_new_passage(self, selector: Selector, result: AnnotationResult | None) -> None:
        if result is None:
            return
        ann = Annotation.new(
            self.article_id,
            note=result.note or None,
            tags=result.tags,
            colour=result.colour,
            selector=selector,
        )
        self._save_annotation(ann, _Undo("add", None, ann))

    def _save_annotation(self, ann: Annotation, undo: _Undo) -> bool:
        if not self._store_write("saved", self.store.annotations.save, ann):
            return False
        self.undo_stack.append(undo)
        self._reload_annotations()
        self.panel.select_annotation(ann.id)
        self.notify("Saved", timeout=2, markup=False)
        self._say("saved")
        return True

    def action_annotate(self) -> None:
        view = self.view
        if self.article is None:
            return
        if view.selecting:
            selection = view.selected_range()
            view.cancel_visual()
            if selection is None:
                return
            start, end = selection
            while start < end and self.text[start].isspace():
                start += 1
            while end > start and self.text[end - 1].isspace():
                end -= 1
            start, end = _snap_to_words(self.text, start, end)
            if start >= end:
                self.notify("the selection is only blank space", severity="warning", markup=False)
                return
        else:
            passage = self._passage_under_cursor()
            if passage is None:
                self.notify("nothing to annotate here", severity="warning", markup=False)
                return
            start, end = passage
        self._open_passage_dialog(start, end)

    def action_confirm(self) -> None:
        if self.view.selecting:
            self.action_annotate()
        elif self._target_annotation(quiet=True) is not None:
            self.action_edit()
        else:
            self._say("a: note on the highlight or sentence here · v: select a passage")

    def action_article_note(self) -> None:
        if self.article is None:
            return
        dialog = AnnotationDialog(
            "Note on the whole article", known_tags=self._known_tags(), show_colour=False
        )
        self.app.push_screen(dialog, self._save_article_note)

    def _save_article_note(self, result: AnnotationResult | None) -> None:
        if result is None:
            return
        if not result.note and not result.tags:
            self.notify("empty note: nothing saved", severity="warning", markup=False)
            return
        ann = Annotation.new(
            self.article_id,
            motivation="commenting" if result.note else "tagging",
            note=result.note or None,
            tags=result.tags,
        )
        self._save_annotation(ann, _Undo("add", None, ann))

    def action_article_tags(self) -> None:
        if self.article is None:
            return
        try:
            current = tuple(self.store.annotations.article_tags(self.article_id))
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        dialog = AnnotationDialog(
            "Tags for the whole article",
            tags=current,
            known_tags=self._known_tags(),
            mode="tags",
        )
        self.app.push_screen(dialog, self._save_article_tags)

    def _save_article_tags(self, result: AnnotationResult | None) -> None:
        if result is None:
            return
        try:
            before = tuple(self.store.annotations.article_tags(self.article_id))
        except StoreError:
            before = ()
        if self._store_write(
            "saved", self.store.annotations.set_article_tags, self.article_id, list(result.tags)
        ):
            self.undo_stack.append(_Undo("tags", None, None, tags=before))
            self._reload_annotations()
            self.notify("Saved", timeout=2, markup=False)
            self._say("tags saved: " + (" ".join("#" + t for t in result.tags) or "none"))

    def _target_annotation(self, *, quiet: bool = False) -> Annotation | None:
        """The annotation to edit or delete: the panel's row when the panel has focus,
        else the one under the cursor."""
        ann_id: str | None = None
        if self.panel.has_focus:
            ann_id = self.panel.highlighted_annotation
        else:
            marks = self.view.marks_at(self.view.cursor)
            if marks:
                ann_id = marks[0].annotation_id
        placed = self._placed(ann_id) if ann_id else None
        if placed is None:
            if not quiet:
                self.notify(
                    "no note here (move onto a marked passage or pick one in the panel)",
                    markup=False,
                )
            return None
        return placed.annotation

    def action_edit(self) -> None:
        ann = self._target_annotation()
        if ann is None:
            return
        if ann.motivation == "tagging" and ann.selector is None and not ann.note:
            self.action_article_tags()
            return
        dialog = AnnotationDialog(
            "Edit note" if ann.selector else "Edit the article note",
            passage=ann.selector.exact if ann.selector else None,
            note=ann.note or "",
            tags=ann.tags,
            colour=ann.colour,
            known_tags=self._known_tags(),
            show_colour=ann.selector is not None,
        )
        self.app.push_screen(dialog, partial(self._save_edit, ann))

    def _save_edit(self, before: Annotation, result: AnnotationResult | None) -> None:
        if result is None:
            return
        changes: dict[str, Any] = {"note": result.note or None, "tags": result.tags}
        if before.selector is not None:
            changes["colour"] = result.colour
        after = before.edited(**changes)
        self._save_annotation(after, _Undo("edit", before, after))

    def action_delete(self) -> None:
        ann = self._target_annotation()
        if ann is None:
            return
        if self._store_write("deleted", self.store.annotations.delete, ann.id):
            self.undo_stack.append(_Undo("delete", ann, None))
            self._reload_annotations()
            self.notify("Deleted (u to undo)", timeout=3, markup=False)
            self._say("deleted: u to undo")

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify("nothing to undo", markup=False)
            return
        step = self.undo_stack[-1]
        if step.tags is not None:
            ok = self._store_write(
                "restored",
                self.store.annotations.set_article_tags,
                self.article_id,
                list(step.tags),
            )
        elif step.before is not None:
            ok = self._store_write("restored", self.store.annotations.save, step.before)
        else:
            assert step.after is not None
            ok = self._store_write("undone", self.store.annotations.delete, step.after.id)
        if ok:
            self.undo_stack.pop()
            self._reload_annotations()
            self.notify(f"Undone: {step.what}", timeout=2, markup=False)
            self._say(f"undone: {step.what}")

    # ------------------------------------------------------------------ navigation
    def action_switch_pane(self) -> None:
        if self.view.has_focus:
            self.panel.focus()
        else:
            self.view.focus()

    def action_next_highlight(self) -> None:
        self._jump_highlight(True)

    def action_previous_highlight(self) -> None:
        self._jump_highlight(False)

    def _jump_highlight(self, forward: bool) -> None:
        if self.analysing:
            self._say("analysing…")
            return
        target = self.view.next_span_start(self.view.cursor, forward)
        if target is None:
            self._say("no more highlights " + ("below" if forward else "above"))
            return
        self.view.move_cursor(target)

    def on_toggle_family(self, message: ToggleFamily) -> None:
        message.stop()
        self.action_toggle_family(message.family)

    def action_toggle_family(self, family: str) -> None:
        families = set(self.view.families)
        families.symmetric_difference_update({family})
        self.view.set_families(families & ALL_FAMILIES)
        self.panel.set_families_off(set(ALL_FAMILIES) - self.view.families)
        self._update_legend()
        self._update_status()

    def action_toggle_furniture(self) -> None:
        if self.article is None or not self.article.furniture:
            self._say("this article has no hidden page furniture")
            self.view.set_show_furniture(not self.view.show_furniture)
            return
        self.view.set_show_furniture(not self.view.show_furniture)
        self._say(
            f"page furniture shown ({len(self.article.furniture)} lines, dimmed)"
            if self.view.show_furniture
            else "page furniture hidden"
        )

    @on(OptionList.OptionSelected, "#panel")
    def _on_panel_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = self.panel.target_of(event.option.id)
        if target is None:
            ann_id = self.panel.annotation_of(event.option.id)
            placed = self._placed(ann_id) if ann_id else None
            if placed is not None and placed.orphaned:
                self._say("this note's passage is no longer in the text (orphaned)")
            elif placed is not None:
                self.action_edit()
            return
        mentions = self.panel.mentions_of(event.option.id)
        if len(mentions) > 1 and self.view.cursor in mentions:
            # Enter again on the same row: the next mention.
            index = (mentions.index(self.view.cursor) + 1) % len(mentions)
            self.view.move_cursor(mentions[index], center=True)
            self._say(f"mention {index + 1} of {len(mentions)}")
            return
        self.view.move_cursor(target, center=True)
        if len(mentions) > 1:
            self._say(f"mention 1 of {len(mentions)} · enter again for the next")

    # ------------------------------------------------------------------ search
    def action_search(self) -> None:
        search = self.query_one("#reader-search", Input)
        self.add_class("-searching")
        search.focus()

    def _close_search(self, *, clear: bool) -> None:
        self.remove_class("-searching")
        if clear:
            self.query_one("#reader-search", Input).value = ""
            self.view.set_matches([])
        self.view.focus()
        self._update_status()

    def _find(self, query: str) -> list[tuple[int, int]]:
        if not query:
            return []
        matches: list[tuple[int, int]] = []
        for m in re.finditer(re.escape(query), self.text, re.IGNORECASE):
            if m.end() > m.start():
                matches.append((m.start(), m.end()))
                if len(matches) >= MAX_MATCHES:
                    break
        return matches

    def _first_match_from(self, matches: list[tuple[int, int]], offset: int) -> int | None:
        if not matches:
            return None
        for i, (start, _) in enumerate(matches):
            if start >= offset:
                return i
        return 0

    @on(Input.Changed, "#reader-search")
    def _on_search_changed(self, event: Input.Changed) -> None:
        matches = self._find(event.value)
        current = self._first_match_from(matches, self.view.cursor)
        self.view.set_matches(matches, current)
        if current is not None:
            self.view.scroll_to(
                y=max(0, self.view.text_layout.position(matches[current][0])[0] - 3)
                if self.view.text_layout
                else 0,
                animate=False,
            )
        self._update_status()

    @on(Input.Submitted, "#reader-search")
    def _on_search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        view = self.view
        self._close_search(clear=False)
        if not view.matches:
            if event.value:
                self.notify(
                    f"not found: {one_line(event.value)[:60]}", severity="warning", markup=False
                )
            return
        current = view.current_match or 0
        view.move_cursor(view.matches[current][0], center=True)

    def _step_match(self, forward: bool) -> None:
        view = self.view
        matches = view.matches
        if not matches:
            self._say("no search: press / to search")
            return
        cursor = view.cursor
        if forward:
            index = next((i for i, (s, _) in enumerate(matches) if s > cursor), 0)
        else:
            index = next(
                (i for i in range(len(matches) - 1, -1, -1) if matches[i][0] < cursor),
                len(matches) - 1,
            )
        view.set_matches(matches, index)
        view.move_cursor(matches[index][0], center=True)

    def action_next_match(self) -> None:
        self._step_match(True)

    def action_previous_match(self) -> None:
        self._step_match(False)

    # ------------------------------------------------------------------ leaving
    def action_escape(self) -> None:
        if self.has_class("-searching"):
            self._close_search(clear=True)
        elif self.view.selecting:
            self.view.cancel_visual()
        elif self.view.matches:
            self.view.set_matches([])
            self._update_status()
        else:
            self.action_back()

    def save_state(self) -> None:
        """Remember the reading position and mark the article read."""
        if self._state_saved or self.article is None or self.store.read_only:
            return
        if self._store_write(
            "saved",
            partial(
                self.store.library.set_state, self.article_id, read=True, position=self.view.cursor
            ),
        ):
            self._state_saved = True

    def action_back(self) -> None:
        self.save_state()
        self._state_saved = True
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.app.exit()

    def on_unmount(self) -> None:
        if not self._state_saved and self.article is not None and not self.store.read_only:
            # The app is going away: nothing to tell if this fails.
            with contextlib.suppress(Exception):
                self.store.library.set_state(self.article_id, read=True, position=self.view.cursor)

    # ------------------------------------------------------------------ status & legend
    def on_article_view_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        # A message said about this very position (a jump's "mention 2 of 5") stays.
        if self._message_at != event.offset:
            self._message = None
        self._message_at = None
        self._update_status()

    def _say(self, message: str) -> None:
        self._message = Text(message, style="italic")
        self._message_at = self.view.cursor
        self._update_status()

    def _update_legend(self) -> None:
        legend = Text()
        enabled = self.view.families
        for family, kind, key in FAMILY_KEYS:
            on_ = family in enabled
            legend.append("■ ", style=FAMILY_COLOURS[kind] if on_ else "dim")
            legend.append(family, style="" if on_ else "dim strike")
            legend.append(f" [{key}]  ", style="dim")
        count = sum(1 for p in self.placed if p.annotation.selector is not None and not p.orphaned)
        legend.append("▁ ", style="underline")
        legend.append(f"notes {count}", style="")
        orphans = sum(1 for p in self.placed if p.orphaned)
        if orphans:
            legend.append(f" ({orphans} orphaned)", style="bold red")
        if self.analysing:
            legend.append("   analysing…", style="italic")
        self.query_one("#reader-legend", Static).update(legend)

    def _update_status(self) -> None:
        view = self.view
        status = Text()
        if self.article is None:
            status.append(self.load_error or "no article", style="bold red")
        elif view.selecting:
            selection = view.selected_range() or (0, 0)
            status.append(" VISUAL ", style="reverse bold")
            status.append(
                f" {selection[1] - selection[0]} characters · enter/a: note · esc: cancel"
            )
        elif self._message is not None:
            status.append_text(self._message)
        else:
            span = view.span_at(view.cursor)
            marks = view.marks_at(view.cursor)
            pieces: list[Text] = []
            if span is not None:
                piece = Text(span.label, style=f"bold {FAMILY_COLOURS.get(span.kind, '')}")
                if span.kind == "quote":
                    piece.append(" said by " + one_line(span.speaker or "unknown speaker"))
                    mention = view.speaker_mention()
                    if mention is not None:
                        named = one_line(self.text[mention[0] : mention[1]])[:40]
                        if named != one_line(span.speaker or ""):
                            piece.append(f" (“{named}”)", style="dim")
                else:
                    value = " ".join(one_line(v) for v in (span.value, span.unit) if v)
                    piece.append(" " + (value or one_line(span.text)))
                pieces.append(piece)
            if marks:
                placed = self._placed(marks[0].annotation_id)
                if placed is not None:
                    ann = placed.annotation
                    piece = Text("note: ", style="bold")
                    piece.append(one_line(ann.note or "(highlight)")[:80])
                    if ann.tags:
                        piece.append(
                            " " + " ".join("#" + one_line(t) for t in ann.tags), style="dim"
                        )
                    pieces.append(piece)
            if self.analysing:
                pieces.append(Text("analysing…", style="italic"))
            if view.matches:
                current = (view.current_match or 0) + 1
                pieces.append(Text(f"match {current}/{len(view.matches)}"))
            for i, piece in enumerate(pieces):
                if i:
                    status.append(" · ", style="dim")
                status.append_text(piece)
        where = ""
        if view.text_layout is not None and self.article is not None:
            row = view.text_layout.text_row_index(view.cursor_row) + 1
            total = len(view.text_layout.text_rows)
            percent = round(100 * view.cursor / max(1, len(self.text) - 1))
            where = f"line {row}/{total} · {percent}%"
        self.query_one("#reader-status", Static).update(status)
        self.query_one("#reader-where", Static).update(Text(where, style="dim"))

    def on_resize(self) -> None:
        self.call_after_refresh(self._update_status)
