"""Merge incoming records into a library, a batch at a time.

For each record, in file order:

1. **By id.** A new id is added. A known id is replaced only when the record's ``modified`` is
   strictly newer than the local one and the record is dated; else the local copy is kept
   (unchanged). The same id again later in the file counts as *repeated*: the newest wins.
2. **The article.** Its tuiread id, else the same content hash, else the same URL (scheme,
   ``www.``, a trailing slash, tracking parameters and the fragment do not count), else the
   one article with exactly that title, else with that title ignoring case and spacing. A
   record of tuiread's own exports whose article is missing is kept under its article id,
   orphaned (it re-attaches when the article is added); another tool's record whose article is
   not here is skipped and named in the summary (add the article, import again).
3. **The passage**, re-anchored on the local text (``tuiread.store.anchoring.anchor``): found in
   place, kept; found elsewhere or fuzzily, its selector is rebuilt on the local text; not
   found, kept as it was and counted orphaned. A position without its words takes the words
   at that position.

Records are saved ``batch`` at a time (one durable journal entry each), so memory stays flat
however large the file.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tuiread.export.imports.records import ArticleHint, Incoming
from tuiread.export.imports.report import ImportReport
from tuiread.model import Annotation, ArticleSummary, Selector

BATCH = 2000
TEXT_CACHE = 64
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


def normalise_url(url: str) -> str:
    """A URL reduced to what names the page: no scheme, ``www.``, port 80/443, fragment,
    trailing slash or tracking parameters; the host lower-cased."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    if not parts.netloc:
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    try:
        port = parts.port
    except ValueError:  # out of range or not a number: keep what was written
        port, host = None, parts.netloc.lower()
    if port not in (None, 80, 443):
        host = f"{host}:{port}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.startswith(_TRACKING)
        ]
    )
    return urlunsplit(("", host, parts.path.rstrip("/"), query, ""))


def _folded(title: str) -> str:
    return " ".join(title.casefold().split())


class ArticleFinder:
    """The local article for what a record says about it (see the module docstring)."""

    def __init__(self, summaries: Iterable[ArticleSummary]) -> None:
        self.ids: set[str] = set()
        self.by_hash: dict[str, str] = {}
        self.by_url: dict[str, str] = {}
        titles: dict[str, list[str]] = {}
        folded: dict[str, list[str]] = {}
        for s in summaries:
            self.ids.add(s.id)
            self.by_hash.setdefault(s.content_hash, s.id)
            if s.url:
                self.by_url.setdefault(normalise_url(s.url), s.id)
            titles.setdefault(s.title, []).append(s.id)
            folded.setdefault(_folded(s.title), []).append(s.id)
        self.by_title = {t: ids[0] for t, ids in titles.items() if len(ids) == 1}
        self.by_folded = {t: ids[0] for t, ids in folded.items() if len(ids) == 1}
        self._cache: dict[ArticleHint, str | None] = {}

    def find(self, hint: ArticleHint) -> str | None:
        if hint in self._cache:
            return self._cache[hint]
        found = self._find(hint)
        if len(self._cache) > 10_000:
            self._cache.clear()
        self._cache[hint] = found
        return found

    def _find(self, hint: ArticleHint) -> str | None:
        if hint.id and hint.id in self.ids:
            return hint.id
        if hint.content_hash and hint.content_hash in self.by_hash:
            return self.by_hash[hint.content_hash]
        if hint.url:
            if hint.url in self.ids:  # a target naming the article by its bare id
                return hint.url
            found = self.by_url.get(normalise_url(hint.url))
            if found:
                return found
        if hint.title:
            return self.by_title.get(hint.title) or self.by_folded.get(_folded(hint.title))
        return None


def _instant(stamp: str) -> datetime:
    value = datetime.fromisoformat(stamp)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def newer(incoming: Annotation, local: Annotation) -> bool:
    """Is ``incoming`` strictly newer than ``local`` (instants compared, not text)?"""
    try:
        return _instant(incoming.modified) > _instant(local.modified)
    except ValueError:  # a local record with an odd stamp: compare the text
        return incoming.modified > local.modified


class Merger:
    """Feed records with :meth:`add`, then call :meth:`finish`; ``report`` counts them."""

    def __init__(
        self,
        report: ImportReport,
        *,
        summaries: Iterable[ArticleSummary],
        text_of: Callable[[str], str | None],
        existing: Callable[[str], Annotation | None],
        anchor: Callable[[Selector, str], Any],
        save: Callable[[list[Annotation]], None],
        batch: int = BATCH,
    ) -> None:
        self.report = report
        self.saved = 0
        self._articles = ArticleFinder(summaries)
        self._text_of = text_of
        self._existing = existing
        self._anchor = anchor
        self._save = save
        self._batch = batch
        self._pending: dict[str, Annotation] = {}
        self._seen: set[str] = set()
        self._texts: OrderedDict[str, str | None] = OrderedDict()

    def _text(self, article_id: str) -> str | None:
        if article_id in self._texts:
            self._texts.move_to_end(article_id)
            return self._texts[article_id]
        text = self._text_of(article_id)
        self._texts[article_id] = text
        if len(self._texts) > TEXT_CACHE:
            self._texts.popitem(last=False)
        return text

    def add(self, incoming: Incoming) -> None:
        report = self.report
        ann = incoming.annotation
        repeat = ann.id in self._seen
        local = self._pending.get(ann.id) or self._existing(ann.id)
        if repeat:
            report.repeated += 1
        if local is not None and not (incoming.dated and newer(ann, local)):
            if not repeat:
                report.unchanged += 1
                self._seen.add(ann.id)
            return
        target = self._articles.find(incoming.article)
        if target is None:
            if not incoming.article.id:
                name = incoming.article.name
                report.missing_articles[name] = report.missing_articles.get(name, 0) + 1
                return
            name = incoming.article.name
            report.orphan_articles[name] = report.orphan_articles.get(name, 0) + 1
            report.orphaned += 1
            if ann.article_id != incoming.article.id:
                ann = replace(ann, article_id=incoming.article.id)
        else:
            if ann.article_id != target:
                ann = replace(ann, article_id=target)
            if ann.selector is not None:
                ann = self._place(ann, target)
        if not repeat:
            if local is None:
                report.added += 1
            else:
                report.updated += 1
        self._seen.add(ann.id)
        self._pending[ann.id] = ann
        if len(self._pending) >= self._batch:
            self._flush()

    def _place(self, ann: Annotation, article_id: str) -> Annotation:
        sel = ann.selector
        assert sel is not None
        text = self._text(article_id)
        if text is None:  # the body cannot be read: keep the selector as it is
            return ann
        if not sel.exact:  # a position alone: the words there
            if 0 <= sel.start < sel.end <= len(text):
                return replace(ann, selector=Selector.from_text(text, sel.start, sel.end))
            self.report.orphaned += 1
            return ann
        # The same words at the same place, spaced differently (a Markdown note keeps no
        # trailing spaces, a spreadsheet may re-wrap lines): the passage is there.
        at_place = text[sel.start : sel.end] if 0 <= sel.start < sel.end <= len(text) else ""
        if at_place != sel.exact and at_place.split() == sel.exact.split() and at_place:
            return replace(ann, selector=Selector.from_text(text, sel.start, sel.end))
        found = self._anchor(sel, text)
        if found.status == "orphaned":
            self.report.orphaned += 1
            return ann
        if (found.status != "exact" or (found.start, found.end) != (sel.start, sel.end)) and (
            0 <= found.start < found.end <= len(text)
        ):
            self.report.reanchored += 1
            return replace(ann, selector=Selector.from_text(text, found.start, found.end))
        return ann

    def _flush(self) -> None:
        if self._pending:
            batch = list(self._pending.values())
            self._save(batch)
            self.saved += len(batch)
            self._pending = {}

    def finish(self) -> None:
        self._flush()
