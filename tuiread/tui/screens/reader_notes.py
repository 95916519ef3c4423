"""The reader's notes on one article: add, edit, delete, tag and undo, through the store.

Kept apart from the reader screen, which shows the article and moves about it: this is
what changes the user's data. Every store write is wrapped so a StoreError becomes an error
notification, never a traceback; the confirm of the annotation dialog is the save, and
"Saved" is said only after the store returned. ``ReaderNotes`` works on its screen (the
article view, the side panel, the status line) and keeps the notes placed on the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.widget import Widget

from tuiread.model import Annotation, Selector
from tuiread.store import Store, StoreError, anchor
from tuiread.textsafe import one_line
from tuiread.tui.dialogs.annotation import AnnotationDialog, AnnotationResult, tag_changes
from tuiread.tui.layout import paragraph_range, sentence_range
from tuiread.tui.widgets.article_view import Mark
from tuiread.tui.widgets.side_panel import PlacedNote

if TYPE_CHECKING:
    from tuiread.tui.screens.reader import ReaderScreen


@dataclass
class Undo:
    """One undoable change: ``before`` is restored (None: ``after`` is deleted)."""

    what: str
    before: Annotation | None
    after: Annotation | None
    # for "tags": (tags to add back, tags to take away) to undo a tags dialog's change
    tags: tuple[tuple[str, ...], tuple[str, ...]] | None = None


def place_notes(annotations: list[Annotation], text: str) -> tuple[list[PlacedNote], list[Mark]]:
    """Where each note sits on ``text`` (via the store's anchoring), and the marks to draw.
    A note whose passage is no longer in the text is kept, as orphaned, without a mark."""
    placed: list[PlacedNote] = []
    marks: list[Mark] = []
    for ann in annotations:
        if ann.selector is None:
            placed.append(PlacedNote(ann, None, None))
            continue
        found = anchor(ann.selector, text)
        start, end = (found.start, found.end) if found.found else (0, 0)
        if not found.found or not 0 <= start < end <= len(text):
            placed.append(PlacedNote(ann, None, None, orphaned=True))
            continue
        placed.append(PlacedNote(ann, start, end))
        marks.append(Mark(start, end, ann.colour, ann.id))
    return placed, marks


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` so it does not cut a word in two (a visual selection that
    ends on the first letter of a word takes the whole word)."""
    while start > 0 and start < end and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and end > start and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def store_write(widget: Widget, what: str, fn: Callable[..., Any], *args: Any) -> bool:
    """Run one store write; a StoreError (or OSError) becomes an error notification
    titled "Not <what>". True when the write went through."""
    try:
        fn(*args)
    except StoreError as exc:
        widget.notify(
            str(exc) or exc.__class__.__name__,
            title=f"Not {what}",
            severity="error",
            markup=False,
        )
        return False
    except OSError as exc:
        widget.notify(f"{exc.strerror or exc}", title=f"Not {what}", severity="error", markup=False)
        return False
    return True


class ReaderNotes:
    """The notes of the article shown by ``screen``: loaded, placed on the text, changed."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.annotations: list[Annotation] = []
        self.placed: list[PlacedNote] = []
        self.undo_stack: list[Undo] = []

    @property
    def store(self) -> Store:
        return self.screen.store

    @property
    def article_id(self) -> str:
        return self.screen.article_id

    def reload(self) -> None:
        """Read the article's notes from the store and show them (marks, panel, legend)."""
        screen = self.screen
        try:
            self.annotations = list(self.store.annotations.for_article(self.article_id))
        except StoreError as exc:
            screen.notify(str(exc), title="Notes unavailable", severity="error", markup=False)
            self.annotations = []
        self.placed, marks = place_notes(self.annotations, screen.text)
        screen.view.set_marks(marks)
        screen.panel.set_notes(self.placed)
        screen.update_legend()

    def known_tags(self) -> list[str]:
        try:
            return list(self.store.annotations.tags())
        except StoreError:
            return []

    def write(self, what: str, fn: Callable[..., Any], *args: Any) -> bool:
        return store_write(self.screen, what, fn, *args)

    def placed_note(self, annotation_id: str) -> PlacedNote | None:
        for placed in self.placed:
            if placed.annotation.id == annotation_id:
                return placed
        return None

    # ------------------------------------------------------------------ a new note
    def _passage_under_cursor(self) -> tuple[int, int] | None:
        view = self.screen.view
        text = self.screen.text
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
        text = self.screen.text
        selector = Selector.from_text(text, start, end)
        dialog = AnnotationDialog(
            "Note on a passage",
            passage=text[start:end],
            known_tags=self.known_tags(),
        )
        self.screen.app.push_screen(dialog, partial(self._save_new_passage, selector))

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
        self._save_annotation(ann, Undo("add", None, ann))

    def _save_annotation(self, ann: Annotation, undo: Undo) -> bool:
        if not self.write("saved", self.store.annotations.save, ann):
            return False
        self.undo_stack.append(undo)
        self.reload()
        self.screen.panel.select_annotation(ann.id)
        self.screen.notify("Saved", timeout=2, markup=False)
        self.screen.say("saved")
        return True

    def annotate(self) -> None:
        screen = self.screen
        view = screen.view
        if screen.article is None:
            return
        text = screen.text
        if view.selecting:
            selection = view.selected_range()
            view.cancel_visual()
            if selection is None:
                return
            start, end = selection
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            start, end = snap_to_words(text, start, end)
            if start >= end:
                screen.notify("the selection is only blank space", severity="warning", markup=False)
                return
        else:
            passage = self._passage_under_cursor()
            if passage is None:
                screen.notify("nothing to annotate here", severity="warning", markup=False)
                return
            start, end = passage
        self._open_passage_dialog(start, end)

    def confirm(self) -> None:
        if self.screen.view.selecting:
            self.annotate()
        elif self.target_annotation(quiet=True) is not None:
            self.edit()
        else:
            self.screen.say("a: note on the highlight or sentence here · v: select a passage")

    # ------------------------------------------------------------------ the whole article
    def article_note(self) -> None:
        if self.screen.article is None:
            return
        dialog = AnnotationDialog(
            "Note on the whole article", known_tags=self.known_tags(), show_colour=False
        )
        self.screen.app.push_screen(dialog, self._save_article_note)

    def _save_article_note(self, result: AnnotationResult | None) -> None:
        if result is None:
            return
        if not result.note and not result.tags:
            self.screen.notify("empty note: nothing saved", severity="warning", markup=False)
            return
        ann = Annotation.new(
            self.article_id,
            motivation="commenting" if result.note else "tagging",
            note=result.note or None,
            tags=result.tags,
        )
        self._save_annotation(ann, Undo("add", None, ann))

    def article_tags(self) -> None:
        if self.screen.article is None:
            return
        current = self.store.annotations.article_tags(self.article_id)
        dialog = AnnotationDialog(
            "Tags for the whole article",
            tags=current,
            known_tags=self.known_tags(),
            mode="tags",
        )
        self.screen.app.push_screen(dialog, partial(self._save_article_tags, current))

    def _save_article_tags(self, shown: tuple[str, ...], result: AnnotationResult | None) -> None:
        if result is None:
            return
        added, removed = tag_changes(shown, result.tags)
        if self._change_tags(added, removed):
            self.undo_stack.append(Undo("tags", None, None, tags=(removed, added)))
            self.reload()
            self.screen.notify("Saved", timeout=2, markup=False)
            tags = self.store.annotations.article_tags(self.article_id)
            self.screen.say("tags saved: " + (" ".join("#" + one_line(t) for t in tags) or "none"))

    def _change_tags(self, added: tuple[str, ...], removed: tuple[str, ...]) -> bool:
        """Apply a tags dialog's changes to the stored tags (merged under the write lock)."""
        return self.write(
            "saved",
            partial(
                self.store.annotations.change_article_tags,
                self.article_id,
                add=added,
                remove=removed,
            ),
        )

    # ------------------------------------------------------------------ an existing note
    def target_annotation(self, *, quiet: bool = False) -> Annotation | None:
        """The annotation to edit or delete: the panel's row when the panel has focus,
        else the one under the cursor."""
        screen = self.screen
        ann_id: str | None = None
        if screen.panel.has_focus:
            ann_id = screen.panel.highlighted_annotation
        else:
            marks = screen.view.marks_at(screen.view.cursor)
            if marks:
                ann_id = marks[0].annotation_id
        placed = self.placed_note(ann_id) if ann_id else None
        if placed is None:
            if not quiet:
                screen.notify(
                    "no note here (move onto a marked passage or pick one in the panel)",
                    markup=False,
                )
            return None
        return placed.annotation

    def edit(self) -> None:
        ann = self.target_annotation()
        if ann is None:
            return
        if ann.motivation == "tagging" and ann.selector is None and not ann.note:
            self.article_tags()
            return
        dialog = AnnotationDialog(
            "Edit note" if ann.selector else "Edit the article note",
            passage=ann.selector.exact if ann.selector else None,
            note=ann.note or "",
            tags=ann.tags,
            colour=ann.colour,
            known_tags=self.known_tags(),
            show_colour=ann.selector is not None,
        )
        self.screen.app.push_screen(dialog, partial(self._save_edit, ann))

    def _save_edit(self, before: Annotation, result: AnnotationResult | None) -> None:
        if result is None:
            return
        changes: dict[str, Any] = {"note": result.note or None, "tags": result.tags}
        if before.selector is not None:
            changes["colour"] = result.colour
        after = before.edited(**changes)
        self._save_annotation(after, Undo("edit", before, after))

    def delete(self) -> None:
        ann = self.target_annotation()
        if ann is None:
            return
        if self.write("deleted", self.store.annotations.delete, ann.id):
            self.undo_stack.append(Undo("delete", ann, None))
            self.reload()
            self.screen.notify("Deleted (u to undo)", timeout=3, markup=False)
            self.screen.say("deleted: u to undo")

    def undo(self) -> None:
        if not self.undo_stack:
            self.screen.notify("nothing to undo", markup=False)
            return
        step = self.undo_stack[-1]
        if step.tags is not None:
            add_back, take_away = step.tags
            ok = self._change_tags(add_back, take_away)
        elif step.before is not None:
            ok = self.write("restored", self.store.annotations.save, step.before)
        else:
            assert step.after is not None
            ok = self.write("undone", self.store.annotations.delete, step.after.id)
        if ok:
            self.undo_stack.pop()
            self.reload()
            self.screen.notify(f"Undone: {step.what}", timeout=2, markup=False)
            self.screen.say(f"undone: {step.what}")
