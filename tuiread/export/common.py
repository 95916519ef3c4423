"""What every export format shares: the errors, the plain data a renderer works on, and the
order things come out in.

Renderers are pure functions of :class:`ExportData` (no store, no I/O), so they are fast and
can be tested on plain records. :func:`collect` gathers that data from a store.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuiread.model import Annotation, ArticleSummary, normalise_tags, now_iso

if TYPE_CHECKING:
    from tuiread.store import Store


class ExportError(Exception):
    """An export could not be made or written; ``str(exc)`` is one clear line for users."""


class ReadOnlyExport(ExportError):
    """The file to replace is read-only; nothing was written. ``path`` is that file: the
    export replaces it when asked again with ``force``."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class ImportFailed(ExportError):
    """A file could not be imported (unreadable, malformed, foreign); nothing was changed."""


@dataclass(frozen=True, slots=True)
class ArticleGroup:
    """One article's annotations, in output order. ``summary`` is None when the article is
    not in the library (an orphaned annotation kept from an earlier import)."""

    article_id: str
    summary: ArticleSummary | None
    annotations: list[Annotation]
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExportData:
    """Everything an export shows. ``articles`` are the articles in scope (normally those the
    annotations belong to; an article asked for explicitly is there even without annotations);
    ``article_tags`` maps an article id to its tags (the tags of its whole-article
    annotations, computed from the whole library so a filtered export still shows them);
    ``exported`` is the time stamp written into the file."""

    articles: list[ArticleSummary]
    annotations: list[Annotation]
    article_tags: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    exported: str = field(default_factory=now_iso)

    def __len__(self) -> int:
        return len(self.annotations)

    def groups(self) -> list[ArticleGroup]:
        """Articles in a stable order (library articles by title, then unknown ones by id),
        each with its annotations: whole-article ones first (by creation), then passages by
        position. The order depends only on the data, never on insertion order."""
        by_article: dict[str, list[Annotation]] = {}
        for ann in self.annotations:
            by_article.setdefault(ann.article_id, []).append(ann)
        known = {s.id: s for s in self.articles}
        order = sorted(known.values(), key=lambda s: (s.title.casefold(), s.title, s.id))
        ids = [s.id for s in order] + sorted(a for a in by_article if a not in known)
        groups = []
        for aid in ids:
            anns = sorted(by_article.get(aid, ()), key=annotation_order)
            tags = self.article_tags.get(aid) or tags_of_article(anns)
            groups.append(ArticleGroup(aid, known.get(aid), anns, tuple(tags)))
        return groups


def annotation_order(ann: Annotation) -> tuple[Any, ...]:
    sel = ann.selector
    if sel is None:
        return (0, 0, 0, ann.created, ann.id)
    return (1, sel.start, sel.end, ann.created, ann.id)


def tags_of_article(annotations: Iterable[Annotation]) -> tuple[str, ...]:
    """The article's tags, as ``AnnotationStore.article_tags`` gives them: the tags of its
    whole-article annotations, the "tagging" annotation's first, then the others' by
    creation; the same for any input order."""
    whole = [a for a in annotations if a.selector is None and a.tags]
    if len(whole) > 1:
        whole.sort(key=lambda a: (a.motivation != "tagging", a.created, a.id))
    return normalise_tags([t for a in whole for t in a.tags])


def _tag_key(tag: str) -> str:
    clean = normalise_tags([tag])
    if not clean:
        raise ExportError(f"not a tag: {tag!r}")
    return clean[0].casefold()


def select(
    articles: Iterable[ArticleSummary],
    annotations: Iterable[Annotation],
    *,
    article_ids: Collection[str] | None = None,
    tag: str | None = None,
    exported: str | None = None,
) -> ExportData:
    """Pure scoping over plain records (what :func:`collect` does after reading the store).

    - ``article_ids``: only these articles (each is in the export even without annotations).
    - ``tag`` (case-insensitive, a leading ``#`` is ignored): an annotation is exported when
      it carries the tag itself, or when its *article* carries it (an article tag), so
      ``--tag korea`` exports everything written on the articles tagged korea plus every
      passage tagged korea elsewhere.
    Both together: the tag filter applies within those articles.
    """
    summaries = {s.id: s for s in articles}
    anns = list(annotations)
    wanted: list[str] | None = None
    if article_ids is not None:
        wanted = list(dict.fromkeys(article_ids))
        keep = set(wanted)
        anns = [a for a in anns if a.article_id in keep]
        present = {a.article_id for a in anns}
        missing = [i for i in wanted if i not in summaries and i not in present]
        if missing:
            raise ExportError(f"no article with id {missing[0]} in the library")
    by_article: dict[str, list[Annotation]] = {}
    for ann in anns:
        by_article.setdefault(ann.article_id, []).append(ann)
    art_tags = {aid: t for aid, group in by_article.items() if (t := tags_of_article(group))}
    if tag is not None:
        key = _tag_key(tag)
        tagged = {aid for aid, t in art_tags.items() if key in {x.casefold() for x in t}}
        anns = [a for a in anns if a.article_id in tagged or key in {x.casefold() for x in a.tags}]
    if wanted is not None and tag is None:
        scope = [summaries[i] for i in wanted if i in summaries]
    else:
        referenced = {a.article_id for a in anns}
        scope = [s for i, s in summaries.items() if i in referenced]
    return ExportData(
        articles=scope,
        annotations=anns,
        article_tags=art_tags,
        exported=exported or now_iso(),
    )


def collect(
    store: Store,
    article_ids: Collection[str] | None = None,
    tag: str | None = None,
) -> ExportData:
    """Gather the export's data from a store (see :func:`select` for the scoping rules)."""
    if article_ids is not None:
        wanted = list(dict.fromkeys(article_ids))
        anns = [a for aid in wanted for a in store.annotations.for_article(aid)]
    else:
        anns = store.annotations.all()
    return select(store.library.summaries(), anns, article_ids=article_ids, tag=tag)
