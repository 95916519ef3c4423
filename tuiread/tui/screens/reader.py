"""The reader: one article, its highlights, the side panel, search and the reader's notes.

``ReaderScreen(store, article_id)`` is pushed by the app shell. Analysis runs in a thread
worker (the screen shows "analysing…" until it is done). The screen shows the article and
moves about it; its parts live beside it: ``reader_notes`` (the notes: every store write
wrapped so a StoreError becomes an error notification, "Saved" said only after the store
returned), ``reader_status`` (the legend and status line) and ``reader_search``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from functools import partial

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.worker import Worker, WorkerState

from tuiread.model import Article, Span
from tuiread.store import Store, StoreError
from tuiread.textsafe import one_line
from tuiread.timex import published_date
from tuiread.tui.commands import ReaderCommands
from tuiread.tui.messages import RefreshIndex, ShowEntities, ShowQuotes, ToggleFamily
from tuiread.tui.screens.reader_notes import ReaderNotes, store_write
from tuiread.tui.screens.reader_search import find_matches, first_match_from, step_match
from tuiread.tui.screens.reader_status import legend_text, status_text, where_text
from tuiread.tui.widgets.article_view import ALL_FAMILIES, ArticleView
from tuiread.tui.widgets.side_panel import SidePanel


def _run_analysis(
    analyzer: Callable[[str], list[Span]] | None, text: str, published: date | None
) -> list[Span]:
    """The analysis worker's body (a thread). The real engine runs in a helper process so
    that loading it never competes with the UI thread for the GIL; tests pass their own.
    ``published`` (the article's date) is what relative dates count from."""
    if analyzer is None:
        from tuiread.tui.analysis_worker import analyze_off_process

        return list(analyze_off_process(text, published))
    return list(analyzer(text))


class ReaderScreen(Screen[None]):
    """Read one article: j/k, space/b, g/G, / n N, ] [, 1 2 3, v a A t e d u, f, tab, q."""

    CSS_PATH = "../reader.tcss"
    COMMANDS = {ReaderCommands}

    BINDINGS = [
        Binding("q", "back", "Back", id="reader.back"),
        Binding("escape", "escape", "Cancel/back", id="reader.escape", show=False),
        # The footer shows what fits in 80 columns; help (?) and the palette list the rest.
        Binding("tab", "switch_pane", "Panel", id="reader.switch_pane", show=False),
        Binding("slash", "search", "Search", id="reader.search"),
        Binding("n", "next_match", "Next match", id="reader.next_match", show=False),
        Binding("N", "previous_match", "Previous match", id="reader.previous_match", show=False),
        Binding(
            "right_square_bracket",
            "next_highlight",
            "Next",
            tooltip="Next highlight",
            id="reader.next_highlight",
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
        Binding(
            "a",
            "annotate",
            "Note",
            tooltip="Note on the highlight or passage",
            id="reader.annotate",
        ),
        Binding("enter", "confirm", "Annotate/edit", id="reader.confirm", show=False),
        Binding(
            "A", "article_note", "Article", tooltip="Note on the article", id="reader.article_note"
        ),
        Binding("t", "article_tags", "Tags", id="reader.article_tags", show=False),
        Binding("e", "edit", "Edit note", id="reader.edit", show=False),
        Binding("d", "delete", "Delete note", id="reader.delete", show=False),
        Binding("u", "undo", "Undo", id="reader.undo", show=False),
        Binding("f", "toggle_furniture", "Furniture", id="reader.furniture", show=False),
        Binding(
            "Q",
            "speaker_quotes",
            "More quotes by this speaker",
            id="reader.speaker_quotes",
            show=False,
        ),
        Binding(
            "E",
            "entity_articles",
            "Other articles naming this entity",
            id="reader.entity_articles",
            show=False,
        ),
    ]

    def __init__(
        self,
        store: Store,
        article_id: str,
        *,
        analyzer: Callable[[str], list[Span]] | None = None,
        at: int | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.article_id = article_id
        self._analyzer = analyzer
        self.start_at = at  # open here (a search hit, a mention) instead of where reading stopped
        self.article: Article | None = None
        self.load_error: str | None = None
        try:
            self.article = store.library.get(article_id)
        except (KeyError, StoreError) as exc:
            self.load_error = f"cannot open this article: {exc}"
        self.spans: list[Span] = []
        self.analysing = True
        self.notes = ReaderNotes(self)
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
                one_line(p) for p in (article.source, article.place, article.date, article.url) if p
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
        if self.start_at is not None:
            view.cursor = max(0, min(self.start_at, max(0, len(self.text) - 1)))
            self.call_after_refresh(view.move_cursor, view.cursor, center=True)
        self.notes.reload()
        cached = self._cached_spans()
        if cached is not None:
            self._apply_spans(cached)
        else:
            self.panel.set_spans([], analysing=True)
        self.update_legend()
        self._update_status()
        view.focus()
        # The text first: the footer (a widget per key, costly to lay out) and the analysis
        # worker come once the screen has painted.
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        if not self.query(Footer):
            self.mount(Footer())
            self.call_after_refresh(self.refresh_bindings)  # the footer fills on a bindings update
        if self.analysing:
            self._start_analysis()

    # ------------------------------------------------------------------ analysis
    def _cached_spans(self) -> list[Span] | None:
        """The article's spans from the library's analysis cache (None: not analysed yet,
        or analysed by another engine, for another text or date)."""
        if self.article is None or self._analyzer is not None:
            return None
        try:
            from tuiread.index import index_for

            return index_for(self.store).cached_spans(self.article)
        except Exception:  # noqa: BLE001 - no cache is no worse than a cold start
            return None

    def _start_analysis(self) -> None:
        self._analysis_worker = self.run_worker(
            partial(
                _run_analysis,
                self._analyzer,
                self.text,
                published_date(self.article.date) if self.article else None,
            ),
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
        self.update_legend()
        self._update_status()
        if self._analyzer is None:
            # the library's analysis cache takes this article in the background
            self.post_message(RefreshIndex())

    # ------------------------------------------------------------------ the library index
    def _span_for(self, kind: str) -> Span | None:
        """The span of ``kind`` under the cursor, or the side panel's highlighted one."""
        view = self.view
        if self.panel.has_focus:
            option = self.panel.highlighted_option
            offset = self.panel.target_of(option.id if option else None)
            if offset is not None:
                for span in view.spans_at(offset):
                    if span.kind == kind:
                        return span
        for span in view.spans_at(view.cursor):
            if span.kind == kind:
                return span
        return None

    def action_speaker_quotes(self) -> None:
        span = self._span_for("quote")
        if span is None or not span.speaker:
            self.say("move onto a quote with a speaker to see more of their quotes")
            return
        self.post_message(ShowQuotes(span.speaker))

    def action_entity_articles(self) -> None:
        span = self._span_for("entity")
        if span is None:
            self.say("move onto a name to list the articles naming it")
            return
        self.post_message(ShowEntities(span.value or span.text, span.label))

    # ------------------------------------------------------------------ notes (reader_notes)
    def action_annotate(self) -> None:
        self.notes.annotate()

    def action_confirm(self) -> None:
        self.notes.confirm()

    def action_article_note(self) -> None:
        self.notes.article_note()

    def action_article_tags(self) -> None:
        self.notes.article_tags()

    def action_edit(self) -> None:
        self.notes.edit()

    def action_delete(self) -> None:
        self.notes.delete()

    def action_undo(self) -> None:
        self.notes.undo()

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
            self.say("analysing…")
            return
        target = self.view.next_span_start(self.view.cursor, forward)
        if target is None:
            self.say("no more highlights " + ("below" if forward else "above"))
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
        self.update_legend()
        self._update_status()

    def action_toggle_furniture(self) -> None:
        if self.article is None or not self.article.furniture:
            self.say("this article has no hidden page furniture")
            self.view.set_show_furniture(not self.view.show_furniture)
            return
        self.view.set_show_furniture(not self.view.show_furniture)
        self.say(
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
            placed = self.notes.placed_note(ann_id) if ann_id else None
            if placed is not None and placed.orphaned:
                self.say("this note's passage is no longer in the text (orphaned)")
            elif placed is not None:
                self.action_edit()
            return
        mentions = self.panel.mentions_of(event.option.id)
        if len(mentions) > 1 and self.view.cursor in mentions:
            # Enter again on the same row: the next mention.
            index = (mentions.index(self.view.cursor) + 1) % len(mentions)
            self.view.move_cursor(mentions[index], center=True)
            self.say(f"mention {index + 1} of {len(mentions)}")
            return
        self.view.move_cursor(target, center=True)
        if len(mentions) > 1:
            self.say(f"mention 1 of {len(mentions)} · enter again for the next")

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

    @on(Input.Changed, "#reader-search")
    def _on_search_changed(self, event: Input.Changed) -> None:
        matches = find_matches(self.text, event.value)
        current = first_match_from(matches, self.view.cursor)
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
            self.say("no search: press / to search")
            return
        index = step_match(matches, view.cursor, forward)
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
        if store_write(
            self,
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

    def say(self, message: str) -> None:
        self._message = Text(message, style="italic")
        self._message_at = self.view.cursor
        self._update_status()

    def update_legend(self) -> None:
        legend = legend_text(self.view.families, self.notes.placed, self.analysing)
        self.query_one("#reader-legend", Static).update(legend)

    def _update_status(self) -> None:
        view = self.view
        status = status_text(
            view,
            self.text,
            error=(self.load_error or "no article") if self.article is None else None,
            message=self._message,
            analysing=self.analysing,
            placed_note=self.notes.placed_note,
        )
        where = where_text(view, self.text) if self.article is not None else ""
        self.query_one("#reader-status", Static).update(status)
        self.query_one("#reader-where", Static).update(Text(where, style="dim"))

    def on_resize(self) -> None:
        self.call_after_refresh(self._update_status)
