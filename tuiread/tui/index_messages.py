"""What the reader and the library-wide screens ask the app for, as messages.

Screens post these; they bubble to the app, which opens the screen or article asked for.
A screen hosted by another app (a test's) simply has them go unanswered.
"""

from __future__ import annotations

from textual.message import Message


class OpenArticle(Message):
    """Open ``article_id`` in the reader, with the cursor at offset ``at`` when given."""

    def __init__(self, article_id: str, at: int | None = None) -> None:
        super().__init__()
        self.article_id = article_id
        self.at = at


class ShowQuotes(Message):
    """Open the quotes screen, on ``speaker``'s quotes when given."""

    def __init__(self, speaker: str | None = None) -> None:
        super().__init__()
        self.speaker = speaker


class ShowEntity(Message):
    """Open the entities screen on the entity ``name`` (of ``label``) and its articles."""

    def __init__(self, name: str, label: str | None = None) -> None:
        super().__init__()
        self.name = name
        self.label = label


class IndexWanted(Message):
    """The library's index should catch up (an article was just analysed or changed)."""
