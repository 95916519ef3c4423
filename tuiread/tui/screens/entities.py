"""Every entity of the library, most articles first; enter lists its articles, enter again
opens one at its first mention.

The left list filters by label (``l``/``L`` step through them) and by name (type after
``/``); the right list holds the articles naming the entity under the cursor.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Input, Static

from tuiread.index import Entity, EntityArticle
from tuiread.index.names import fold
from tuiread.model import ENTITY_LABELS
from tuiread.textsafe import one_line
from tuiread.tui.screens.index_screen import IndexScreen
from tuiread.tui.widgets.index_indicator import IndexIndicator
from tuiread.tui.widgets.row_list import RowList

LABELS: tuple[str | None, ...] = (None, *ENTITY_LABELS)


class EntityList(RowList):
    """One entity per line: name, label, articles, mentions, aliases."""

    def render_row(self, row: Any, index: int, width: int) -> list[Text]:
        entity: Entity = row
        dim = self.style_of("row-list--dim")
        text = Text(f"{entity.articles:>6,} ", style=self.style_of("row-list--accent"))
        text.append(f"{entity.label:<11} ", style=dim)
        text.append(one_line(entity.name), style="bold")
        text.append(f"  {entity.mentions:,} mention" + ("" if entity.mentions == 1 else "s"))
        if entity.aliases:
            text.append("  also " + ", ".join(one_line(a) for a in entity.aliases[:5]), style=dim)
        return [text]


class EntityArticleList(RowList):
    """The articles naming one entity: date, title, mentions."""

    def render_row(self, row: Any, index: int, width: int) -> list[Text]:
        article: EntityArticle = row
        dim = self.style_of("row-list--dim")
        text = Text(f"{(article.date or '')[:10]:<10} ", style=dim)
        text.append(one_line(article.title))
        text.append(f"  ×{article.mentions}", style=dim)
        return [text]


class EntitiesScreen(IndexScreen):
    """``E``: the entity index of the library."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="entities.back"),
        Binding("l", "step_label(1)", "Next label", id="entities.next_label"),
        Binding("L", "step_label(-1)", "Previous label", show=False, id="entities.previous_label"),
        Binding("slash", "focus_filter", "Filter by name", id="entities.filter"),
        Binding("tab", "switch_pane", "Other list", show=False, id="entities.switch_pane"),
    ]

    def __init__(self, store: Any, *, name: str | None = None, label: str | None = None) -> None:
        super().__init__(store, id="entities")
        self.sub_title = "Entities"
        self.wanted = name  # select this entity (and list its articles) once loaded
        self.label: str | None = label if label in ENTITY_LABELS else None
        self.all: list[Entity] = []
        self.shown_entity: Entity | None = None

    def compose(self) -> Any:
        yield Header(icon="≡")
        with Horizontal(classes="index-filter-bar"):
            yield Input(placeholder="filter by name", id="entity-filter")
            yield Static(id="entity-label", classes="index-chip")
        with Horizontal(id="entity-panes"):
            yield EntityList(id="entity-list")
            yield EntityArticleList(id="entity-articles")
        yield Static(classes="index-status", id="entities-status")
        yield IndexIndicator()
        yield Footer()

    @property
    def entity_list(self) -> EntityList:
        return self.query_one("#entity-list", EntityList)

    @property
    def article_list(self) -> EntityArticleList:
        return self.query_one("#entity-articles", EntityArticleList)

    @property
    def filter_input(self) -> Input:
        return self.query_one("#entity-filter", Input)

    def on_mount(self) -> None:
        self.entity_list.empty_message = "Loading the entities…"
        self.article_list.empty_message = "Enter on an entity lists its articles."
        self.entity_list.focus()
        self._show_label()
        super().on_mount()

    def reload(self) -> None:
        index = self.index
        self.ask("entities", lambda: index.entities(), self._loaded)

    def _loaded(self, entities: list[Entity]) -> None:
        self.all = entities
        self.entity_list.empty_message = (
            "No entity matches." if entities else "No entities yet: the index is being built."
        )
        self.apply_filter()
        if self.wanted:
            self._select_wanted(self.wanted)
            self.wanted = None

    def _select_wanted(self, name: str) -> None:
        index = self.index
        label = self.label

        def find() -> list[Entity]:
            return index.find_entities(name, label)

        def found(entities: list[Entity]) -> None:
            if not entities:
                self.notify(f"No entity named {one_line(name)}", severity="warning", markup=False)
                return
            rows = list(self.entity_list.rows)
            for i, entity in enumerate(rows):
                if entity.id == entities[0].id:
                    self.entity_list.cursor = i
                    break
            self.list_articles(entities[0])

        self.ask("find", find, found)

    def apply_filter(self) -> None:
        needle = fold(self.filter_input.value.strip())
        rows = [
            e
            for e in self.all
            if (self.label is None or e.label == self.label)
            and (not needle or needle in fold(e.name) or any(needle in fold(a) for a in e.aliases))
        ]
        current = self.entity_list.current
        cursor = 0
        if current is not None:
            for i, entity in enumerate(rows):
                if entity.id == current.id:
                    cursor = i
                    break
        self.entity_list.set_rows(rows, cursor)
        total = len(self.all)
        status = Text(f"{len(rows):,}" + ("" if len(rows) == total else f" of {total:,}"))
        status.append(" entities · most articles first · enter: their articles", style="dim")
        self.set_status(status)

    def _show_label(self) -> None:
        chip = Text(" " + (self.label or "all labels") + " ", style="reverse")
        chip.append("  l/L", style="dim")
        self.query_one("#entity-label", Static).update(chip)

    def list_articles(self, entity: Entity) -> None:
        index = self.index
        self.shown_entity = entity

        def shown(articles: list[EntityArticle]) -> None:
            self.article_list.set_rows(articles)
            self.article_list.focus()
            self.set_status(
                Text(f"{one_line(entity.name)}: {len(articles):,} articles", style="bold")
                + Text(" · enter opens one at its first mention · escape: back", style="dim")
            )

        self.ask("articles", lambda: index.entity_articles([entity.id]), shown)

    # ------------------------------------------------------------------ events

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.apply_filter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.entity_list.focus()

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        if event.row_list is self.entity_list:
            self.list_articles(event.row)
        else:
            article: EntityArticle = event.row
            self.open_article(article.article_id, article.first)

    # ------------------------------------------------------------------ actions

    def action_step_label(self, step: int) -> None:
        at = LABELS.index(self.label) if self.label in LABELS else 0
        self.label = LABELS[(at + step) % len(LABELS)]
        self._show_label()
        self.apply_filter()

    def action_focus_filter(self) -> None:
        self.filter_input.focus()

    def action_switch_pane(self) -> None:
        if self.article_list.has_focus:
            self.entity_list.focus()
        else:
            self.article_list.focus()

    def action_back(self) -> None:
        if self.article_list.has_focus or self.filter_input.has_focus:
            self.entity_list.focus()
            return
        super().action_back()
