"""What every import format turns a record into, and the checks they share.

A reader turns each record of a file into an :class:`Incoming` (an annotation plus what the
record says about its article), or raises :class:`Skipped` with a short reason that the
import summary counts (``'created' is not a date-time``, ``a reply in a discussion``). One bad
record never stops the others; a file that cannot be read at all raises ImportFailed instead.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tuiread.model import MOTIVATIONS, Annotation, Selector, normalise_tags

# Derived ids (records without one) live in their own UUID namespace, so the same record
# imported twice gets the same id and is recognised the second time.
_DERIVED = uuid.UUID("0b7e7a52-5f0e-4d0c-9a55-3c1f8f3a1d20")

# W3C motivations, as the nearest of tuiread's three.
_MOTIVATIONS = {
    "highlighting": "highlighting",
    "bookmarking": "highlighting",
    "linking": "highlighting",
    "commenting": "commenting",
    "describing": "commenting",
    "questioning": "commenting",
    "replying": "commenting",
    "assessing": "commenting",
    "editing": "commenting",
    "moderating": "commenting",
    "tagging": "tagging",
    "classifying": "tagging",
    "identifying": "tagging",
}


class Skipped(Exception):
    """A record that is not imported; ``reason`` is the summary's line for it (no position)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ArticleHint:
    """What a record says about its article. ``id`` is a tuiread article id (tuiread's own
    exports carry one: such annotations are kept, orphaned, when the article is missing);
    the rest (url, title, content hash) find the article in another library."""

    id: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    place: str | None = None
    date: str | None = None
    content_hash: str | None = None

    @property
    def name(self) -> str:
        """How the summary names the article: title, else url, else id."""
        return self.title or self.url or self.id or "(an unnamed article)"


@dataclass(frozen=True, slots=True)
class Incoming:
    """One importable record. ``annotation.article_id`` is ``article.id`` or ``""`` until the
    article is found; ``dated`` is False when the record gave no time stamps (then it never
    replaces a copy already in the library)."""

    annotation: Annotation
    article: ArticleHint
    dated: bool = True


def text_or_none(value: Any, name: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise Skipped(f"'{name}' is not text")


def required_text(value: Any, name: str) -> str:
    if isinstance(value, str) and value.strip():
        return value
    raise Skipped(f"'{name}' is missing or empty")


def time_stamp(value: Any, name: str) -> str | None:
    """An ISO 8601 date-time as given, None when absent; Skipped when it is not one."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise Skipped(f"'{name}' is not a date-time")
    try:
        datetime.fromisoformat(value.strip())
    except ValueError:
        raise Skipped(f"'{name}' is not an ISO date-time") from None
    return value.strip()


def whole_number(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise Skipped(f"'{name}' is not a whole number >= 0")
    return value


def tag_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise Skipped("'tags' is not a list of text")
    return normalise_tags(value)


def selector(*, start: Any, end: Any, exact: Any, prefix: Any = "", suffix: Any = "") -> Selector:
    """A selector from a record's fields; ``exact`` may be empty (a position alone: the
    passage is read from the article's text when the article is found)."""
    s, e = whole_number(start, "start"), whole_number(end, "end")
    if e < s:
        raise Skipped("the passage ends before it starts")
    if exact is None:
        exact = ""
    if not isinstance(exact, str):
        raise Skipped("the quoted passage is not text")
    return Selector(
        start=s,
        end=e,
        exact=exact,
        prefix=text_or_none(prefix, "prefix") or "",
        suffix=text_or_none(suffix, "suffix") or "",
    )


def motivation(value: Any, *, note: str | None, tags: tuple[str, ...], whole: bool) -> str:
    """tuiread's motivation for a record's (W3C or tuiread) motivation, else from its content."""
    values = value if isinstance(value, list) else [value]
    for item in values:
        if isinstance(item, str):
            name = item.rsplit(":", 1)[-1].rsplit("#", 1)[-1].strip().lower()
            if name in _MOTIVATIONS:
                return _MOTIVATIONS[name]
    if value is not None and not isinstance(value, (str, list)):
        raise Skipped("'motivation' is not text")
    if note:
        return "commenting"
    return "tagging" if tags and whole else "highlighting"


def exact_motivation(value: Any) -> str:
    """A motivation that must be one of tuiread's own (tuiread's json export)."""
    if value not in MOTIVATIONS:
        raise Skipped(f"motivation {str(value)[:40]!r} is not one of {', '.join(MOTIVATIONS)}")
    return str(value)


def derived_id(*parts: object) -> str:
    """A stable id for a record that has none: the same record always gets the same one."""
    return str(uuid.uuid5(_DERIVED, "\x1f".join("" if p is None else str(p) for p in parts)))


def stamps(created: Any, modified: Any, fallback: str) -> tuple[str, str, bool]:
    """(created, modified, dated): a missing one takes the other's value; both missing take
    ``fallback`` (the file's own date, else the time of the import) and ``dated`` is False."""
    c = time_stamp(created, "created")
    m = time_stamp(modified, "modified")
    if c is None and m is None:
        return fallback, fallback, False
    return c or m or fallback, m or c or fallback, True
