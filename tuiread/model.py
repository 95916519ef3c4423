"""Frozen records every layer exchanges: articles, analysis spans, user annotations.

Nothing here does I/O or imports Textual; the shapes follow ../shared/design/DESIGN.md.
Every character offset in the project indexes ``Article.text`` (the cleaned body).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal

SpanKind = Literal["entity", "number", "quote"]
Motivation = Literal["highlighting", "commenting", "tagging"]

ENTITY_LABELS = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "EVENT",
    "LAW",
    "PRODUCT",
    "WORK_OF_ART",
)
NUMBER_LABELS = ("CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME")
QUOTE_LABELS = ("QUOTE",)
MOTIVATIONS: tuple[str, ...] = ("highlighting", "commenting", "tagging")

CONTEXT_CHARS = 32
_WORD = re.compile(r"\w+")


def now_iso() -> str:
    """UTC timestamp with milliseconds, the one format every record uses."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(slots=True, unsafe_hash=True)
class Span:
    """One automatic highlight: ``text == article_text[start:end]``.

    A value: never changed once made. Not ``frozen=True`` all the same, because a frozen
    dataclass sets each field through ``object.__setattr__`` and the highlighters make
    ~100,000 spans for a long text: building one costs 0.2 us instead of 2 us."""

    kind: str
    label: str
    start: int
    end: int
    text: str
    value: str | None = None
    unit: str | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_mention: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True, slots=True)
class Furniture:
    """A line of page furniture (credits, comment widgets) hidden from the reading view.

    ``at`` is the offset in ``Article.text`` where the line stood, so the reader can show it
    again, dimmed, in place without shifting any offset.
    """

    at: int
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """An imported article. ``text`` is the cleaned body every offset indexes; ``raw`` is the
    decoded file as read (for a web page: the text extracted from it, since pages are large),
    kept so better cleaning can be re-run later.

    ``url`` is the page's canonical address (the key duplicates are found by), ``feed`` the id
    of the feed it came from and ``guid`` that feed's id for the item. ``tags`` are the tags
    its source gave (front matter, a feed subscription), applied as the article's own tags
    when it is added to the library.
    """

    id: str
    title: str
    text: str
    raw: str = ""
    source: str | None = None
    place: str | None = None
    date: str | None = None
    origin: str | None = None
    added: str = field(default_factory=now_iso)
    furniture: tuple[Furniture, ...] = ()
    url: str | None = None
    author: str | None = None
    feed: str | None = None
    guid: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def content_hash(self) -> str:
        return sha256_hex(self.text)

    @property
    def word_count(self) -> int:
        return count_words(self.text)

    def summary(self) -> ArticleSummary:
        return ArticleSummary(
            id=self.id,
            title=self.title,
            source=self.source,
            place=self.place,
            date=self.date,
            added=self.added,
            word_count=self.word_count,
            content_hash=self.content_hash,
            origin=self.origin,
            url=self.url,
            author=self.author,
            feed=self.feed,
            guid=self.guid,
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["furniture"] = [[f.at, f.text] for f in self.furniture]
        data["tags"] = list(self.tags)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        fields = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        fields["furniture"] = tuple(Furniture(int(a), str(t)) for a, t in data.get("furniture", ()))
        fields["tags"] = tuple(str(t) for t in data.get("tags") or ())
        return cls(**fields)


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What the library list needs about an article, without its body."""

    id: str
    title: str
    source: str | None
    place: str | None
    date: str | None
    added: str
    word_count: int
    content_hash: str
    origin: str | None = None
    url: str | None = None
    author: str | None = None
    feed: str | None = None
    guid: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleSummary:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed the reader follows, with what the last refresh learnt about it.

    ``etag``/``last_modified`` make the next request conditional (an unchanged feed answers
    304 and costs nothing); ``seen`` holds the keys (``guid:...``, ``url:...``) of the feed's
    items already taken, so a story deleted from the library does not come back.
    """

    id: str
    url: str
    title: str
    site_url: str | None = None
    tags: tuple[str, ...] = ()
    added: str = field(default_factory=now_iso)
    checked: str | None = None
    status: str = "new"  # new | ok | unchanged | failed
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    seen: tuple[str, ...] = ()
    last_added: int = 0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tags"] = list(self.tags)
        data["seen"] = list(self.seen)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Feed:
        fields = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        fields["tags"] = tuple(str(t) for t in data.get("tags") or ())
        fields["seen"] = tuple(str(t) for t in data.get("seen") or ())
        return cls(**fields)


@dataclass(frozen=True, slots=True)
class Selector:
    """Where an annotation sits: position plus the exact text and its context, so it can be
    found again when the article text changes (W3C TextPosition + TextQuote selectors)."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def from_text(cls, text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> Selector:
        if not 0 <= start < end <= len(text):
            raise ValueError(f"selection {start}..{end} is outside the text (0..{len(text)})")
        return cls(
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - context) : start],
            suffix=text[end : end + context],
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Selector:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            exact=str(data["exact"]),
            prefix=str(data.get("prefix") or ""),
            suffix=str(data.get("suffix") or ""),
        )


@dataclass(frozen=True, slots=True)
class Annotation:
    """A note, tags or highlight the reader made. ``selector is None`` means the whole article."""

    id: str
    article_id: str
    created: str
    modified: str
    motivation: str = "commenting"
    note: str | None = None
    tags: tuple[str, ...] = ()
    colour: str | None = None
    selector: Selector | None = None

    @classmethod
    def new(
        cls,
        article_id: str,
        *,
        motivation: str | None = None,
        note: str | None = None,
        tags: tuple[str, ...] | list[str] = (),
        colour: str | None = None,
        selector: Selector | None = None,
    ) -> Annotation:
        import uuid

        stamp = now_iso()
        tags = normalise_tags(tags)
        if motivation is None:
            motivation = (
                "commenting" if note else ("tagging" if tags and not selector else "highlighting")
            )
        return cls(
            id=str(uuid.uuid4()),
            article_id=article_id,
            created=stamp,
            modified=stamp,
            motivation=motivation,
            note=note or None,
            tags=tags,
            colour=colour,
            selector=selector,
        )

    def edited(self, **changes: Any) -> Annotation:
        if "tags" in changes:
            changes["tags"] = normalise_tags(changes["tags"])
        return replace(self, modified=now_iso(), **changes)

    def to_dict(self) -> dict[str, Any]:
        """The record as stored and exported, built field by field (``asdict`` deep-copies
        every value: 40x slower when an import saves 100,000 of them)."""
        sel = self.selector
        return {
            "id": self.id,
            "article_id": self.article_id,
            "created": self.created,
            "modified": self.modified,
            "motivation": self.motivation,
            "note": self.note,
            "tags": list(self.tags),
            "colour": self.colour,
            "selector": None
            if sel is None
            else {
                "start": sel.start,
                "end": sel.end,
                "exact": sel.exact,
                "prefix": sel.prefix,
                "suffix": sel.suffix,
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        sel = data.get("selector")
        return cls(
            id=str(data["id"]),
            article_id=str(data["article_id"]),
            created=str(data["created"]),
            modified=str(data.get("modified") or data["created"]),
            motivation=str(data.get("motivation") or "commenting"),
            note=data.get("note"),
            tags=normalise_tags(data.get("tags") or ()),
            colour=data.get("colour"),
            selector=Selector.from_dict(sel) if sel else None,
        )


def normalise_tags(tags: tuple[str, ...] | list[str] | Any) -> tuple[str, ...]:
    """Tags are trimmed, lose a leading '#', keep their first spelling and their order."""
    seen: dict[str, str] = {}
    for tag in tags:
        clean = str(tag).strip().lstrip("#").strip()
        clean = re.sub(r"\s+", "-", clean)
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return tuple(seen.values())
