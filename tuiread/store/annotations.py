"""The reader's notes, tags and highlights: ``annotations.json`` (TinyDB, durable storage).

Records are stored keyed by annotation id, exactly as ``Annotation.to_dict`` gives them
(selectors as given; re-anchoring against the current text is ``anchoring.anchor``).
Every write is durable when the call returns.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Any

from tuiread.model import Annotation, Selector, normalise_tags
from tuiread.store.storage import Changes, ReadOnlyStore, StoreDB, StoreError

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


class AnnotationStore:
    """All annotations, cached in memory as Annotation objects and indexed by article."""

    def __init__(self, db: StoreDB) -> None:
        self._db = db
        self._storage = db.durable
        self._table = db.table(ANNOTATIONS)
        self._objs: dict[str, Annotation] = {}  # parsed lazily, per id
        self._index: dict[str, set[str]] | None = None  # article id -> annotation ids
        self._article_of: dict[str, str] = {}
        self._noted: set[str] | None = None
        self._tag_counts: dict[str, int] | None = None
        self._all: list[Annotation] | None = None
        self._overview: dict[str, ArticleNotes] | None = None
        self._storage.add_listener(self._on_change)

    # -- reading -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._table.raw())

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

    def for_article(self, article_id: str) -> list[Annotation]:
        """The article's annotations: whole-article ones first, then by position in the text."""
        ids = self._by_article().get(article_id, ())
        objs = (self._obj(key) for key in list(ids))
        return sorted((a for a in objs if a is not None), key=_order)

    def get(self, annotation_id: str) -> Annotation | None:
        return self._obj(annotation_id)

    def tags(self) -> dict[str, int]:
        """Every tag in use -> how many annotations carry it (first spelling seen wins)."""
        if self._tag_counts is None:
            counts: dict[str, int] = {}
            spelling: dict[str, str] = {}
            docs = sorted(
                self._table.raw().items(), key=lambda kv: (str(kv[1].get("created", "")), kv[0])
            )
            for _, doc in docs:
                for tag in normalise_tags(doc.get("tags") or ()):
                    name = spelling.setdefault(tag.casefold(), tag)
                    counts[name] = counts.get(name, 0) + 1
            self._tag_counts = counts
        return dict(self._tag_counts)

    def article_tags(self, article_id: str) -> tuple[str, ...]:
        """Tags of the article's whole-article annotations (the tagging one first)."""
        ids = self._by_article().get(article_id)
        if not ids:
            return ()
        raw = self._table.raw()
        whole = [(k, raw[k]) for k in ids if k in raw and not raw[k].get("selector")]
        if not whole:
            return ()
        whole.sort(
            key=lambda kv: (
                kv[1].get("motivation") != "tagging",
                str(kv[1].get("created", "")),
                kv[0],
            )
        )
        return normalise_tags([t for _, doc in whole for t in (doc.get("tags") or ())])

    def article_ids_with_notes(self) -> set[str]:
        """Ids of the articles with at least one annotation that has a note."""
        if self._noted is None:
            self._noted = {
                str(doc.get("article_id"))
                for doc in self._table.raw().values()
                if isinstance(doc.get("note"), str) and doc["note"].strip()
            }
        return set(self._noted)

    def overview(self) -> dict[str, ArticleNotes]:
        """Per article: article tags, every tag used, whether it has notes, how many annotations.

        Built from the stored records without creating Annotation objects: the fast way for a
        library list of thousands of articles.
        """
        if self._overview is None:
            raw = self._table.raw()
            out: dict[str, ArticleNotes] = {}
            for article_id, ids in self._by_article().items():
                docs = [raw[k] for k in ids if k in raw]
                if not docs:
                    continue
                every = frozenset(str(t).casefold() for d in docs for t in (d.get("tags") or ()))
                noted = any(isinstance(d.get("note"), str) and d["note"].strip() for d in docs)
                tags = self.article_tags(article_id) if every else ()
                out[article_id] = ArticleNotes(
                    tags=tags, all_tags=every, has_notes=noted, count=len(docs)
                )
            self._overview = out
        return dict(self._overview)

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

    def delete(self, annotation_id: str) -> Annotation | None:
        """Delete by id; returns what was deleted (None, and no write, if it was not there)."""
        existing = self.get(annotation_id)
        if existing is None:
            return None
        self._check_writable()
        self._table.delete_ids([annotation_id])
        return existing

    def delete_many(self, annotation_ids: Iterable[str]) -> list[Annotation]:
        gone = [a for a in (self.get(i) for i in annotation_ids) if a is not None]
        if gone:
            self._check_writable()
            self._table.delete_ids([a.id for a in gone])
        return gone

    def set_article_tags(self, article_id: str, tags: Sequence[str]) -> None:
        """Make the article's tags exactly ``tags``: one whole-article "tagging" annotation holds
        them (created, updated, or deleted when ``tags`` is empty); other whole-article
        annotations lose tags that are no longer wanted. One atomic write."""
        self._storage.refresh()
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

    def _by_article(self) -> dict[str, set[str]]:
        if self._index is None:
            index: dict[str, set[str]] = {}
            article_of: dict[str, str] = {}
            for key, doc in self._table.raw().items():
                article = str(doc.get("article_id"))
                article_of[key] = article
                index.setdefault(article, set()).add(key)
            self._index, self._article_of = index, article_of
        return self._index

    def _on_change(self, changes: Changes) -> None:
        if changes is not None and not changes.get(ANNOTATIONS):
            return
        self._noted = None
        self._tag_counts = None
        self._all = None
        self._overview = None
        if changes is None:
            self._objs.clear()
            self._index = None
            return
        ids = changes[ANNOTATIONS]
        raw = self._table.raw()
        for key in ids:
            self._objs.pop(key, None)
            if self._index is not None:
                old = self._article_of.pop(key, None)
                if old is not None:
                    self._index.get(old, set()).discard(key)
                doc = raw.get(key)
                if doc is not None:
                    article = str(doc.get("article_id"))
                    self._article_of[key] = article
                    self._index.setdefault(article, set()).add(key)


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
