"""What screens, dialogs and palette commands ask of the app, as Textual messages.

The app owns the screen stack: a screen or a command never reaches into another screen or
into the app's fields. It posts one of these messages (to the app, or it bubbles up from the
screen) and :class:`tuiread.tui.app.TuireadApp` acts on it: it opens the reader, the export
dialog or help, or brings the library forward and changes what it shows.

Messages a screen handles itself (the reader's ``ToggleFamily``) are posted to that screen.
"""

from __future__ import annotations

from textual.message import Message


class OpenArticle(Message):
    """Open the reader on an article (from the library, the palette, the command line or a
    library-wide view), with the cursor at offset ``at`` when given."""

    def __init__(self, article_id: str, at: int | None = None) -> None:
        super().__init__()
        self.article_id = article_id
        self.at = at


class OpenExport(Message):
    """Open the export dialog. With no article and no tag, the app offers the article on
    screen (the reader's, or the library's current row) as the scope."""

    def __init__(
        self,
        *,
        article_id: str | None = None,
        article_title: str | None = None,
        tag: str | None = None,
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self.article_title = article_title
        self.tag = tag


class OpenImport(Message):
    """Open the import dialog (a file or folder of annotations into the library)."""


class OpenFeeds(Message):
    """Open the feeds screen (followed feeds, refresh)."""


class ShowHelp(Message):
    """Show (or close) the list of every key."""


class FilterByTag(Message):
    """Show the library with only the articles carrying ``tag``."""

    def __init__(self, tag: str) -> None:
        super().__init__()
        self.tag = tag


class PickTagFilter(Message):
    """Show the library and ask which tag to filter by."""


class ToggleNotesOnly(Message):
    """Show the library with (or without) the "only articles with notes" filter."""


class ClearFilters(Message):
    """Show the library with every filter off."""


class SortLibrary(Message):
    """Show the library sorted by ``key`` (one of ``article_table.SORT_KEYS``)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key


class ReloadLibrary(Message):
    """Show the library re-read from the store (what other windows saved)."""


class ToggleFamily(Message):
    """Switch a family of highlights ("entities", "numbers", "quotes") on or off in the
    reader it is posted to."""

    def __init__(self, family: str) -> None:
        super().__init__()
        self.family = family


class ShowSearch(Message):
    """Show the full-text search of the library (with ``query`` typed in)."""

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.query = query


class ShowEntities(Message):
    """Show the entities of the library; with ``name``, that entity (of ``label``) and the
    articles naming it."""

    def __init__(self, name: str | None = None, label: str | None = None) -> None:
        super().__init__()
        self.name = name
        self.label = label


class ShowQuotes(Message):
    """Show the quotes of the library; with ``speaker``, that speaker's."""

    def __init__(self, speaker: str | None = None) -> None:
        super().__init__()
        self.speaker = speaker


class ShowTimeline(Message):
    """Show the timeline of the library; with ``entity``, the sentences naming it."""

    def __init__(self, entity: str | None = None) -> None:
        super().__init__()
        self.entity = entity


class ArticlesAdded(Message):
    """New articles were saved behind the screens (a feed refresh the user left running): the
    library re-reads them if it is on screen, and the index catches up."""


class RefreshIndex(Message):
    """The library's index should catch up. ``always``: asked for by the user; otherwise
    (an article was just analysed) only when the app keeps the index current by itself."""

    def __init__(self, *, always: bool = False) -> None:
        super().__init__()
        self.always = always
