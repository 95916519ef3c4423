"""The library: every article on one line, sorted, filtered, opened with enter.

The screen asks the store; it computes nothing but the order and the filter of the rows.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from tuiread.model import Annotation
from tuiread.store import Store, StoreError
from tuiread.textsafe import one_line
from tuiread.tui.dialogs.annotation import AnnotationDialog, AnnotationResult
from tuiread.tui.dialogs.tag_picker import TagPicker
from tuiread.tui.messages import OpenArticle, OpenExport
from tuiread.tui.widgets.article_table import SORT_KEYS, ArticleTable, LibraryRow

SORT_LABELS = {
    "added": "order added",
    "date": "date",
    "title": "title",
    "source": "source",
    "words": "word count",
}


def _sort_value(row: LibraryRow, key: str) -> Any:
    s = row.summary
    if key == "date":
        return (s.date is None, s.date or "")
    if key == "title":
        return one_line(s.title).casefold()
    if key == "source":
        return ((s.source or s.place) is None, (s.source or s.place or "").casefold())
    if key == "words":
        return s.word_count
    return s.added


class LibraryScreen(Screen[None]):
    """The article list with its filter bar and status line."""

    BINDINGS = [
        Binding("enter", "table('open')", "Open", id="library.open"),
        Binding("j,down", "table('cursor_down')", "Down", show=False, id="library.cursor_down"),
        Binding("k,up", "table('cursor_up')", "Up", show=False, id="library.cursor_up"),
        Binding("g,home", "table('top')", "First article", show=False, id="library.top"),
        Binding("G,end", "table('bottom')", "Last article", show=False, id="library.bottom"),
        Binding(
            "space,pagedown", "table('page_down')", "Page down", show=False, id="library.page_down"
        ),
        Binding("b,pageup", "table('page_up')", "Page up", show=False, id="library.page_up"),
        Binding("slash", "focus_filter", "Filter", id="library.filter"),
        Binding("escape", "clear_filters", "Clear filter", show=False, id="library.clear_filter"),
        Binding("s", "cycle_sort", "Sort", id="library.sort"),
        Binding("S", "reverse_sort", "Reverse", show=False, id="library.reverse_sort"),
        Binding("f", "pick_tag", "Tag filter", id="library.filter_tag"),
        Binding("h", "toggle_has_notes", "Has notes", id="library.has_notes"),
        Binding("n,A", "edit_note", "Note", id="library.note"),
        Binding("t", "edit_tags", "Tags", id="library.tags"),
        Binding("u", "toggle_read", "Read/unread", show=False, id="library.toggle_read"),
        Binding("e", "export", "Export", id="library.export"),
        Binding("ctrl+r", "reload", "Reload", show=False, id="library.reload"),
        Binding("q", "quit", "Quit", id="library.quit"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__(id="library")
        self.store = store
        self.all_rows: list[LibraryRow] = []
        self.sort_key = "added"
        self.sort_reverse = False
        self.text_filter = ""
        self.tag_filter: str | None = None
        self.notes_only = False
        self.tag_counts: dict[str, int] = {}
        self._filter_pending = False
        self.sub_title = "Library"

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Horizontal(id="filter-bar"):
            yield Input(placeholder="type to filter by title, source or tag", id="filter")
            yield Static(id="filter-chips")
        yield ArticleTable(id="articles")
        yield Static(id="library-status")
        yield Footer()

    @property
    def table(self) -> ArticleTable:
        return self.query_one("#articles", ArticleTable)

    @property
    def filter_input(self) -> Input:
        return self.query_one("#filter", Input)

    def on_mount(self) -> None:
        self.table.focus()

    def on_screen_resume(self) -> None:
        self.reload()

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Read the articles, their read marks, tags and notes again from the store."""
        current = self.table.current
        keep = current.id if current else None
        try:
            self.store.refresh()  # what other tuiread processes saved meanwhile
        except StoreError as exc:
            self.notify(f"Could not reload: {exc}", severity="warning", markup=False)
        self.all_rows = load_rows(self.store)
        self.table.measure(self.all_rows)
        self.tag_counts = dict(self.store.annotations.tags())
        self.apply_view(keep_id=keep)

    def apply_view(self, keep_id: str | None = None) -> None:
        """Filter and sort ``all_rows`` into the table."""
        if keep_id is None and self.table.current is not None:
            keep_id = self.table.current.id
        rows = self.all_rows
        needle = self.text_filter.strip().casefold()
        if needle:
            rows = [r for r in rows if needle in r.haystack]
        if self.tag_filter:
            tag = self.tag_filter.casefold()
            rows = [r for r in rows if tag in r.all_tags]
        if self.notes_only:
            rows = [r for r in rows if r.has_notes]
        key = self.sort_key
        rows = sorted(rows, key=lambda r: _sort_value(r, key), reverse=self.sort_reverse)
        table = self.table
        table.sort_key = key
        table.sort_reverse = self.sort_reverse
        table.empty_message = (
            "No article matches the filter (escape clears it)."
            if self.all_rows
            else "The library is empty: add articles with `tuiread add PATH`."
        )
        table.set_rows(rows, keep_id=keep_id)
        self._update_status(len(rows))

    def _update_status(self, shown: int) -> None:
        total = len(self.all_rows)
        unread = sum(1 for r in self.all_rows if not r.read)
        status = Text()
        status.append(f"{shown:,}" if shown == total else f"{shown:,} of {total:,}", style="bold")
        status.append(" article" + ("" if total == 1 else "s"))
        status.append(f" · {unread:,} unread")
        status.append(" · sorted by ")
        status.append(
            SORT_LABELS[self.sort_key] + (" ▼" if self.sort_reverse else " ▲"), style="bold"
        )
        if self.store.read_only:
            status.append(" · read-only", style="bold red")
        self.query_one("#library-status", Static).update(status)

        chips = Text()
        if self.tag_filter:
            chips.append(" #" + one_line(self.tag_filter) + " ", style="reverse")
            chips.append(" ")
        if self.notes_only:
            chips.append(" has notes ", style="reverse")
        self.query_one("#filter-chips", Static).update(chips)

    # ------------------------------------------------------------------ events

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            event.stop()
            self.text_filter = event.value
            self.apply_view()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            event.stop()
            self._filter_pending = False
            self.table.focus()

    def on_key(self, event: events.Key) -> None:
        """Typing a letter that is not bound starts the filter with it.

        Focus moves on the next tick, so keys typed fast after ``/`` (or after the first
        letter) still reach the list: while the filter is on its way they go to it too.
        """
        filter_input = self.filter_input
        if filter_input.has_focus or self.focused is not self.table:
            return
        active = self.active_bindings.get(event.key)
        if (
            active is not None
            and active.binding.id == "library.filter"
            and not self._filter_pending
        ):
            # Bindings run when the key reaches the app, after keys typed behind it have
            # already been handed to the list: take "/" here, in order.
            event.stop()
            event.prevent_default()
            self.action_focus_filter()
            return
        if not event.is_printable or not event.character:
            return
        if not self._filter_pending and event.key in self.active_bindings:
            return
        event.stop()
        event.prevent_default()
        self._filter_pending = True
        filter_input.focus()
        filter_input.insert_text_at_cursor(event.character)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if event.widget is self.filter_input:
            self._filter_pending = False

    def on_click(self, event: events.Click) -> None:
        """A click on the filter chips (tag, has notes) removes those filters."""
        if event.widget is not None and event.widget.id == "filter-chips":
            event.stop()
            self.tag_filter = None
            self.notes_only = False
            self.apply_view()

    def on_article_table_open(self, message: ArticleTable.Open) -> None:
        message.stop()
        self.post_message(OpenArticle(message.article_id))

    def on_article_table_header_clicked(self, message: ArticleTable.HeaderClicked) -> None:
        message.stop()
        if message.column == self.sort_key:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_key = message.column
            self.sort_reverse = False
        self.apply_view()

    # ------------------------------------------------------------------ actions

    def action_table(self, action: str) -> None:
        """Cursor keys and enter act on the list wherever the focus is on this screen."""
        getattr(self.table, f"action_{action}")()

    def action_focus_filter(self) -> None:
        self._filter_pending = True
        self.filter_input.focus()

    def clear_all_filters(self) -> None:
        """Text, tag and notes filters off."""
        self.filter_input.value = ""
        self.text_filter = ""
        self.tag_filter = None
        self.notes_only = False
        self.apply_view()

    def action_clear_filters(self) -> None:
        self._filter_pending = False
        if self.filter_input.has_focus or self.text_filter:
            self.filter_input.value = ""
            self.text_filter = ""
        else:
            self.tag_filter = None
            self.notes_only = False
        self.table.focus()
        self.apply_view()

    def action_cycle_sort(self) -> None:
        index = SORT_KEYS.index(self.sort_key)
        self.sort_key = SORT_KEYS[(index + 1) % len(SORT_KEYS)]
        self.sort_reverse = False
        self.apply_view()

    def action_reverse_sort(self) -> None:
        self.sort_reverse = not self.sort_reverse
        self.apply_view()

    def set_sort(self, key: str, reverse: bool = False) -> None:
        self.sort_key = key
        self.sort_reverse = reverse
        self.apply_view()

    def action_toggle_has_notes(self) -> None:
        self.notes_only = not self.notes_only
        self.apply_view()

    def set_tag_filter(self, tag: str | None) -> None:
        self.tag_filter = tag or None
        self.apply_view()

    def action_pick_tag(self) -> None:
        def picked(tag: str | None) -> None:
            if tag is not None:
                self.set_tag_filter(tag)

        self.app.push_screen(TagPicker(self.tag_counts, self.tag_filter), picked)

    def _writable(self) -> bool:
        if self.store.read_only:
            reason = self.store.read_only_reason or "it is open read-only"
            self.notify(f"Cannot change the library: {reason}", severity="error", markup=False)
            return False
        return True

    def action_edit_note(self) -> None:
        row = self.table.current
        if row is None or not self._writable():
            return
        existing = article_note(self.store, row.id)
        dialog = AnnotationDialog(
            "Note on the whole article: " + row.summary.title,
            note=existing.note if existing and existing.note else "",
            known_tags=list(self.tag_counts),
            show_colour=False,
        )

        def done(result: AnnotationResult | None) -> None:
            if result is None:
                return
            try:
                save_article_note(self.store, row.id, result.note, existing)
                if result.tags:
                    merged = tuple(row.tags) + tuple(t for t in result.tags if t not in row.tags)
                    self.store.annotations.set_article_tags(row.id, list(merged))
            except StoreError as exc:
                self.notify(f"Note not saved: {exc}", severity="error", markup=False)
                return
            self.notify("Saved the note" if result.note else "Removed the note", markup=False)
            self.reload()

        self.app.push_screen(dialog, done)

    def action_edit_tags(self) -> None:
        row = self.table.current
        if row is None or not self._writable():
            return
        dialog = AnnotationDialog(
            "Tags for the whole article: " + row.summary.title,
            tags=row.tags,
            known_tags=list(self.tag_counts),
            mode="tags",
        )

        def done(result: AnnotationResult | None) -> None:
            if result is None:
                return
            try:
                self.store.annotations.set_article_tags(row.id, list(result.tags))
            except StoreError as exc:
                self.notify(f"Tags not saved: {exc}", severity="error", markup=False)
                return
            shown = " ".join("#" + one_line(t) for t in result.tags) or "no tags"
            self.notify(f"Saved tags: {shown}", markup=False)
            self.reload()

        self.app.push_screen(dialog, done)

    def action_toggle_read(self) -> None:
        row = self.table.current
        if row is None or not self._writable():
            return
        try:
            self.store.library.set_state(row.id, read=not row.read)
        except StoreError as exc:
            self.notify(f"Not saved: {exc}", severity="error", markup=False)
            return
        self.reload()

    def action_export(self) -> None:
        row = self.table.current
        self.post_message(
            OpenExport(
                article_id=row.id if row else None,
                article_title=row.summary.title if row else None,
                tag=self.tag_filter,
            )
        )

    def action_reload(self) -> None:
        self.reload()
        self.notify(f"{len(self.all_rows):,} articles", title="Reloaded", timeout=2, markup=False)

    def action_quit(self) -> None:
        self.app.exit(return_code=0)


# --------------------------------------------------------------------------- store helpers


def load_rows(store: Store) -> list[LibraryRow]:
    """One ``LibraryRow`` per article, with read mark, article tags and notes, in added order.

    Served from the store's per-article index: no annotation record is decoded, so 50,000
    annotations stay cheap."""
    summaries = store.library.summaries()
    read_ids = store.library.read_ids()
    notes = store.annotations.overview()
    rows = []
    for s in summaries:
        entry = notes.get(s.id)
        if entry is None:
            rows.append(LibraryRow(s, s.id in read_ids))
        else:
            rows.append(
                LibraryRow(s, s.id in read_ids, tuple(entry.tags), entry.all_tags, entry.has_notes)
            )
    return rows


def article_note(store: Store, article_id: str) -> Annotation | None:
    """The note on the whole article (an annotation without a selector that has a note)."""
    for ann in store.annotations.for_article(article_id):
        if ann.selector is None and ann.note:
            return ann
    return None


def save_article_note(
    store: Store, article_id: str, text: str, existing: Annotation | None
) -> None:
    """Create, edit or (empty text) delete the article's note; durable when it returns."""
    if existing is not None:
        if not text:
            if existing.tags:
                store.annotations.save(existing.edited(note=None))
            else:
                store.annotations.delete(existing.id)
        elif text != existing.note:
            store.annotations.save(existing.edited(note=text))
    elif text:
        store.annotations.save(Annotation.new(article_id, motivation="commenting", note=text))
