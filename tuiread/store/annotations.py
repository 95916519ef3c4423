"""The reader's notes, tags and highlights: ``annotations.json`` (TinyDB, durable storage).

Records are stored keyed by annotation id, exactly as ``Annotation.to_dict`` gives them
(selectors as given; re-anchoring against the current text is ``anchoring.anchor``).
Every write is durable when the call returns.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from tuiread.gcpause import cyclic_gc_paused
from tuiread.model import Annotation, Selector, normalise_tags
from tuiread.store.errors import ReadOnlyStore, StoreError
from tuiread.store.storage import Changes, DurableStorage
from tuiread.store.tables import StoreDB

ANNOTATIONS_FORMAT = 1
ANNOTATIONS = "annotations"


def _annotations_from_format_0(data: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Format 0: a plain TinyDB file (numbered documents, no _meta): key records by their id."""
    data = dict(data)
    docs = data.get(ANNOTATIONS)
    if docs:
        data[ANNOTATIONS] = {str(doc.get("id", key)): doc for key, doc in docs.items()}
    return data


ANNOTATIONS_MIGRATIONS = {0: _annotations_from_format_0}


@dataclass(frozen=True, slots=True)
class ArticleNotes:
    """What the library list shows about one article's annotations."""

    tags: tuple[str, ...] = ()  # article tags (whole-article annotations), as article_tags gives
    all_tags: frozenset[str] = frozenset()  # casefolded tags of every annotation of the article
    has_notes: bool = False
    count: int = 0


def _order(annotation: Annotation) -> tuple[int, int, int, str, str]:
    sel = annotation.selector
    if sel is None:
        return (0, 0, 0, annotation.created, annotation.id)
    return (1, sel.start, sel.end, annotation.created, annotation.id)


# ---------------------------------------------------------------------------------------------
# The per-article index: which annotations each article has, its article tags, every tag used,
# whether it has notes. Saved with each snapshot (so opening 50,000 annotations does not decode
# them) and kept up to date from the changes since.

INDEX_VERSION = 1


def _article_of(doc: Mapping[str, Any]) -> str:
    return str(doc.get("article_id") or "")


def _reader(docs: Mapping[str, Any]) -> Any:
    """How to read a record for the index: without caching its decoded form when the table
    can (``LazyDocs.peek``), so indexing every record leaves memory as it was."""
    return getattr(docs, "peek", docs.get)


def _entry(docs: Mapping[str, Any], ids: Iterable[str]) -> dict[str, Any]:
    read = _reader(docs)
    records = [(i, read(i)) for i in sorted(ids) if i in docs]
    whole = [(i, d) for i, d in records if not d.get("selector")]
    whole.sort(
        key=lambda kv: (kv[1].get("motivation") != "tagging", str(kv[1].get("created", "")), kv[0])
    )
    counts: dict[str, int] = {}
    for _, d in records:
        for tag in normalise_tags(d.get("tags") or ()):
            counts[tag] = counts.get(tag, 0) + 1
    return {
        "ids": [i for i, _ in records],
        "tags": list(normalise_tags([t for _, d in whole for t in (d.get("tags") or ())])),
        "all": sorted({t.casefold() for t in counts}),
        "notes": any(isinstance(d.get("note"), str) and d["note"].strip() for _, d in records),
        "counts": counts,
    }


def _apply_to_index(
    articles: dict[str, dict[str, Any]],
    owner: dict[str, str],
    docs: Mapping[str, Any],
    changed: Iterable[str],
) -> None:
    """Update ``articles`` (article id -> entry) and ``owner`` (annotation id -> article id) in
    place for the annotation ids in ``changed``; only those records are decoded."""
    changed = set(changed)
    dirty: set[str] = set()
    read = _reader(docs)
    for key in changed:
        old = owner.pop(key, None)
        if old is not None:
            dirty.add(old)
        doc = read(key)
        if doc is not None:
            article = _article_of(doc)
            owner[key] = article
            dirty.add(article)
    for article in dirty:
        before = articles.get(article, {}).get("ids", ())
        ids = {i for i in before if owner.get(i) == article} | {
            i for i in changed if owner.get(i) == article
        }
        if ids:
            articles[article] = _entry(docs, ids)
        else:
            articles.pop(article, None)


def build_index(
    previous: Any, docs: Mapping[str, Any], changed: Iterable[str]
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The index for ``docs``: from ``previous`` (a saved index) plus the ``changed`` ids when it
    is usable, else from scratch (decoding every record)."""
    articles: dict[str, dict[str, Any]] = {}
    owner: dict[str, str] = {}
    if (
        isinstance(previous, dict)
        and previous.get("v") == INDEX_VERSION
        and isinstance(previous.get("articles"), dict)
    ):
        try:
            for article, entry in previous["articles"].items():
                articles[article] = dict(entry)
                for key in entry["ids"]:
                    owner[key] = article
            _apply_to_index(articles, owner, docs, changed)
            if len(owner) == len(docs):
                return articles, owner
        except (KeyError, TypeError, AttributeError):
            pass
    articles, owner = {}, {}
    groups: dict[str, list[str]] = {}
    read = _reader(docs)
    for key in list(docs):
        article = _article_of(read(key))
        owner[key] = article
        groups.setdefault(article, []).append(key)
    for article, ids in groups.items():
        articles[article] = _entry(docs, ids)
    return articles, owner


def index_snapshot_hook(
    previous: Any, tables: Mapping[str, Mapping[str, Any]], changed: dict[str, set[str]]
) -> Any:
    """DurableStorage.snapshot_hook: the index saved with each annotations snapshot."""
    articles, _ = build_index(
        previous, tables.get(ANNOTATIONS, {}), changed.get(ANNOTATIONS, set())
    )
    return {"v": INDEX_VERSION, "articles": articles}


class _HasStorage(Protocol):
    _storage: DurableStorage


_Self = TypeVar("_Self", bound=_HasStorage)
_P = ParamSpec("_P")
_R = TypeVar("_R")


def _synchronized(
    method: Callable[Concatenate[_Self, _P], _R],
) -> Callable[Concatenate[_Self, _P], _R]:
    """Reads hold the storage's lock: a save from a worker thread never changes the caches
    under a reader's feet."""

    @functools.wraps(method)
    def wrapper(self: _Self, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._storage._mutex:
            return method(self, *args, **kwargs)

    return wrapper


class AnnotationStore:
    """All annotations. Records are decoded lazily; per-article facts come from the index."""

    def __init__(self, db: StoreDB) -> None:
        self._db = db
        self._storage = db.durable
        self._table = db.table(ANNOTATIONS)
        self._objs: dict[str, Annotation] = {}  # decoded lazily, per id
        self._articles: dict[str, dict[str, Any]] | None = None  # article id -> index entry
        self._owner: dict[str, str] = {}
        self._all: list[Annotation] | None = None
        self._storage.snapshot_hook = index_snapshot_hook
        self._storage.add_listener(self._on_change)

    # -- reading -------------------------------------------------------------------------

    @_synchronized
    def __len__(self) -> int:
        return len(self._table.raw())

    @_synchronized
    def all(self) -> list[Annotation]:
        """Every annotation, oldest first."""
        if self._all is None:
            enabled = gc.isenabled()
            gc.disable()  # many small objects at once: keep the cyclic GC from rescanning them
            try:
                objs = (self._obj(key) for key in list(self._table.raw()))
                self._all = sorted(
                    (a for a in objs if a is not None), key=attrgetter("created", "id")
                )
            finally:
                if enabled:
                    gc.enable()
        return list(self._all)

    @_synchronized
    def for_article(self, article_id: str) -> list[Annotation]:
        """The article's annotations: whole-article ones first, then by position in the text."""
        entry = self._index().get(article_id)
        if not entry:
            return []
        with cyclic_gc_paused():  # thousands of records decoded at once (see all())
            objs = (self._obj(key) for key in entry["ids"])
            return sorted((a for a in objs if a is not None), key=_order)

    @_synchronized
    def get(self, annotation_id: str) -> Annotation | None:
        return self._obj(annotation_id)

    @_synchronized
    def peek(self, annotation_id: str) -> Annotation | None:
        """``get`` without keeping the decoded record: for a pass over many records (an
        import checking 100,000 ids), which would otherwise hold them all in memory."""
        cached = self._objs.get(annotation_id)
        if cached is not None:
            return cached
        table = self._table.raw()
        if annotation_id not in table:
            return None
        read = _reader(table)
        return _from_doc(annotation_id, read(annotation_id))

    @_synchronized
    def tags(self) -> dict[str, int]:
        """Every tag in use -> how many annotations carry it (case-insensitive; one spelling)."""
        counts: dict[str, int] = {}
        spelling: dict[str, str] = {}
        for entry in self._index().values():
            for tag, n in entry["counts"].items():
                name = spelling.setdefault(tag.casefold(), tag)
                counts[name] = counts.get(name, 0) + n
        return counts

    @_synchronized
    def article_tags(self, article_id: str) -> tuple[str, ...]:
        """Tags of the article's whole-article annotations (the tagging one first)."""
        entry = self._index().get(article_id)
        return tuple(entry["tags"]) if entry else ()

    @_synchronized
    def article_ids_with_notes(self) -> set[str]:
        """Ids of the articles with at least one annotation that has a note."""
        return {article for article, entry in self._index().items() if entry["notes"]}

    @_synchronized
    def overview(self) -> dict[str, ArticleNotes]:
        """Per article: article tags, every tag used (casefolded), has notes, how many.

        Served from the index, without decoding records: the fast way for a library list."""
        return {
            article: ArticleNotes(
                tags=tuple(entry["tags"]),
                all_tags=frozenset(entry["all"]),
                has_notes=bool(entry["notes"]),
                count=len(entry["ids"]),
            )
            for article, entry in self._index().items()
        }

    @_synchronized
    def orphans(self, article_ids: Iterable[str]) -> list[Annotation]:
        """Annotations whose article is not among ``article_ids`` (kept, never dropped)."""
        known = set(article_ids)
        return [a for a in self.all() if a.article_id not in known]

    # -- writing -------------------------------------------------------------------------

    def save(self, annotation: Annotation) -> None:
        """Insert or replace by id. Durable on disk when this returns (else WriteFailed)."""
        self.save_many([annotation])

    def save_many(self, annotations: Iterable[Annotation]) -> None:
        """Save several annotations as one atomic, durable write."""
        docs: dict[str, dict[str, Any]] = {}
        for annotation in annotations:
            if not isinstance(annotation, Annotation):
                raise TypeError(f"expected an Annotation, got {type(annotation).__name__}")
            if not annotation.id or not annotation.article_id:
                raise StoreError("An annotation needs an id and an article id.")
            if annotation.tags and annotation.tags != normalise_tags(annotation.tags):
                annotation = replace(annotation, tags=normalise_tags(annotation.tags))
            docs[annotation.id] = annotation.to_dict()
        if docs:
            self._check_writable()
            self._table.put_many(docs)

    def bulk(self) -> contextlib.AbstractContextManager[None]:
        """Many ``save_many`` calls in a row (an import): the journal is folded into the
        snapshot once at the end rather than every few batches."""
        return self._storage.deferred_compaction()

    def delete(self, annotation_id: str) -> Annotation | None:
        """Delete by id; returns what was deleted (None, and no write, if it was not there).
        Sees what other processes saved first, so it can delete their annotations too."""
        gone = self.delete_many([annotation_id])
        return gone[0] if gone else None

    def delete_many(self, annotation_ids: Iterable[str]) -> list[Annotation]:
        """Delete several by id in one atomic write; returns those that were there."""
        ids = list(annotation_ids)
        if not ids:
            return []
        self._check_writable()
        with self._storage.transaction():
            gone = [a for a in (self.get(i) for i in ids) if a is not None]
            if gone:
                self._table.delete_ids([a.id for a in gone])
        return gone

    def set_article_tags(self, article_id: str, tags: Sequence[str]) -> None:
        """Make the article's tags exactly ``tags``: one whole-article "tagging" annotation holds
        them (created, updated, or deleted when ``tags`` is empty); other whole-article
        annotations lose tags that are no longer wanted. One atomic write."""
        self._check_writable()
        with self._storage.transaction():
            self._set_article_tags(article_id, tags)

    def change_article_tags(
        self, article_id: str, *, add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> tuple[str, ...]:
        """Add and remove tags on the article as it is stored now: the read, the change and
        the write happen under the write lock, so tags another process added meanwhile are
        kept. ``remove`` matches case-insensitively and wins over ``add``. Returns the
        article's tags afterwards. One atomic write (none when nothing changes)."""
        drop = {t.casefold() for t in normalise_tags(list(remove))}
        extra = [t for t in normalise_tags(list(add)) if t.casefold() not in drop]
        self._check_writable()
        with self._storage.transaction():
            current = self.article_tags(article_id)
            kept = [t for t in current if t.casefold() not in drop]
            wanted = normalise_tags(kept + extra)
            if wanted != current:
                self._set_article_tags(article_id, wanted)
            return self.article_tags(article_id)

    def _set_article_tags(self, article_id: str, tags: Sequence[str]) -> None:
        wanted = normalise_tags(tags)
        keep = {t.casefold() for t in wanted}
        whole = [a for a in self.for_article(article_id) if a.selector is None]
        tagging = sorted(
            (a for a in whole if a.motivation == "tagging"), key=lambda a: (a.created, a.id)
        )
        upserts: dict[str, dict[str, Any]] = {}
        deletes: list[str] = []
        holder = tagging[0] if tagging else None
        for extra in tagging[1:]:
            if extra.note:  # a tagging annotation with a note is more than a tag holder: keep it
                if extra.tags:
                    upserts[extra.id] = extra.edited(tags=()).to_dict()
            else:
                deletes.append(extra.id)
        for other in whole:
            if other.motivation == "tagging":
                continue
            kept = tuple(t for t in other.tags if t.casefold() in keep)
            if kept != other.tags:
                upserts[other.id] = other.edited(tags=kept).to_dict()
        if holder is None:
            if wanted:
                new = Annotation.new(article_id, motivation="tagging", tags=wanted)
                upserts[new.id] = new.to_dict()
        elif not wanted and not holder.note:
            deletes.append(holder.id)
        elif holder.tags != wanted:
            upserts[holder.id] = holder.edited(tags=wanted).to_dict()
        if upserts or deletes:
            self._check_writable()
            self._table.put_many(upserts, deletes)

    def refresh(self) -> None:
        """Pick up what other processes saved."""
        self._storage.refresh()

    # -- internals -------------------------------------------------------------------------

    def _check_writable(self) -> None:
        if self._storage.read_only:
            raise ReadOnlyStore(
                f"The library is read-only ({self._storage.read_only_reason}); the annotation was not saved."
            )

    def _obj(self, key: str) -> Annotation | None:
        cached = self._objs.get(key)
        if cached is not None:
            return cached
        doc = self._table.raw().get(key)
        if doc is None:
            return None
        annotation = _from_doc(key, doc)
        if annotation is not None:
            self._objs[key] = annotation
        return annotation

    def _index(self) -> dict[str, dict[str, Any]]:
        if self._articles is None:
            storage = self._storage
            with storage._mutex:
                self._articles, self._owner = build_index(
                    storage.extras,
                    self._table.raw(),
                    storage.changed_since_extras.get(ANNOTATIONS, set()),
                )
        return self._articles

    def _on_change(self, changes: Changes) -> None:
        if changes is not None and not changes.get(ANNOTATIONS):
            return
        self._all = None
        if changes is None:
            self._objs.clear()
            self._articles = None
            return
        ids = changes[ANNOTATIONS]
        for key in ids:
            self._objs.pop(key, None)
        if self._articles is not None:
            _apply_to_index(self._articles, self._owner, self._table.raw(), ids)


_CANONICAL = frozenset(
    ("id", "article_id", "created", "modified", "motivation", "note", "tags", "colour", "selector")
)
_SELECTOR_KEYS = frozenset(("start", "end", "exact", "prefix", "suffix"))


def _from_doc(key: str, doc: dict[str, Any]) -> Annotation | None:
    """Build the Annotation for a stored record (fast path for records as ``to_dict`` wrote them)."""
    try:
        if doc.keys() == _CANONICAL and doc["id"] == key:
            sel = doc["selector"]
            tags = doc["tags"]
            note = doc["note"]
            created = doc["created"]
            if (
                (sel is None or (type(sel) is dict and sel.keys() == _SELECTOR_KEYS))
                and type(tags) is list  # saved tags are always normalised (see save_many)
                and type(created) is str
                and (note is None or type(note) is str)
            ):
                return Annotation(
                    key,
                    str(doc["article_id"]),
                    created,
                    doc["modified"] or created,
                    doc["motivation"] or "commenting",
                    note,
                    tuple(tags),
                    doc["colour"],
                    Selector(
                        int(sel["start"]),
                        int(sel["end"]),
                        str(sel["exact"]),
                        sel["prefix"] or "",
                        sel["suffix"] or "",
                    )
                    if sel
                    else None,
                )
        return Annotation.from_dict({"id": key, **doc})
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # unreadable record: left in the file untouched, not shown
