"""Import a json or w3c export back into a library.

Order of work, so that a bad file changes nothing: read and decode the file, detect the format,
validate every record (ImportFailed names the first problem), plan every change in memory,
then save all of them with one ``save_many`` call.

Merging rules:
- by annotation id: a new id is added; a known id is replaced only when the file's
  ``modified`` is strictly newer than the local one (else the local one is kept: unchanged);
- the article: the same id in this library, else the article with the same content hash,
  else the one article with exactly the same title; the annotation is re-pointed at it;
- passages are re-anchored on the local article text (``tuiread.store.anchoring.anchor``):
  found at the same place -> kept as is; found elsewhere (moved/fuzzy) -> the selector is
  rebuilt on the local text; not found -> kept unchanged and counted as orphaned;
- an annotation whose article is not in this library is imported anyway, under its original
  article id, and counted as orphaned (the export carries no article bodies): nothing is lost,
  and it re-attaches by itself if that article is added later. Such articles are listed in
  ``ImportReport.skipped_articles``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from tuiread.export import json_format, w3c
from tuiread.export.common import ArticleRef, ImportFailed, ParsedExport
from tuiread.fileio import FileProblem, read_regular_file, read_stream
from tuiread.gcpause import cyclic_gc_paused
from tuiread.model import Annotation, ArticleSummary, Selector

if TYPE_CHECKING:
    from tuiread.store import Store

MAX_IMPORT_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did. ``orphaned`` counts imported annotations that cannot be placed
    now (their article is not in the library, or their passage is no longer in its text);
    ``reanchored`` counts passages found at a new place; ``skipped_articles`` names (by title,
    else id) the articles of the file that are not in this library."""

    format: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    orphaned: int = 0
    reanchored: int = 0
    skipped_articles: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged

    def summary(self) -> str:
        """One line for people, e.g. ``imported 5 annotations (json): added 3, updated 1,
        unchanged 1; 2 orphaned``, then one line per article not in the library."""
        noun = "annotation" if self.total == 1 else "annotations"
        line = (
            f"imported {self.total} {noun} ({self.format}): added {self.added}, "
            f"updated {self.updated}, unchanged {self.unchanged}"
        )
        extra = []
        if self.reanchored:
            extra.append(f"{self.reanchored} re-anchored")
        if self.orphaned:
            extra.append(f"{self.orphaned} orphaned")
        if extra:
            line += "; " + ", ".join(extra)
        lines = [line]
        if self.skipped_articles:
            n = len(self.skipped_articles)
            lines.append(
                f"{n} article{'s' if n != 1 else ''} not in this library "
                "(their annotations are kept, orphaned, until the article is added):"
            )
            lines += [f"  {name}" for name in self.skipped_articles]
        return "\n".join(lines)


# --------------------------------------------------------------------------- reading


def _one_line(text: str) -> str:
    return " ".join(text.split())


def read_export(path: Path | str) -> ParsedExport:
    """Read, decode, detect and validate an export file (no store involved); ``-`` reads
    standard input."""
    if str(path) == "-":  # standard input, for scripts: tuiread import - < export.json
        import sys

        try:
            data = read_stream(getattr(sys.stdin, "buffer", None), limit=MAX_IMPORT_BYTES)
            return parse_export(data)
        except FileProblem as exc:
            raise ImportFailed(f"cannot import standard input: {exc.reason}") from None
        except ImportFailed as exc:
            raise ImportFailed(f"cannot import standard input: {exc}") from None
    path = Path(path).expanduser()
    try:
        # Regular files only: a FIFO would hang, /dev/zero would never end.
        raw = read_regular_file(path, limit=MAX_IMPORT_BYTES)
    except FileProblem as exc:
        raise ImportFailed(f"cannot import {path}: {exc.reason}") from None
    try:
        return parse_export(raw)
    except ImportFailed as exc:
        raise ImportFailed(f"cannot import {path}: {exc}") from None


def _loads(text: str) -> Any:
    """orjson when it can (fast), the standard library for its error messages and for what
    orjson refuses (lone surrogates escaped as \\udxxx)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:  # also what orjson refuses: lone surrogates
        return json.loads(text)


def parse_export(raw: bytes | str) -> ParsedExport:
    """Decode JSON text and validate it as a tuiread json or W3C export."""
    with cyclic_gc_paused():
        return _parse_export(raw)


def _parse_export(raw: bytes | str) -> ParsedExport:
    if isinstance(raw, bytes):
        if not raw.strip():
            raise ImportFailed("the file is empty")
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportFailed("not a text file (not UTF-8)") from None
    if not raw.strip():
        raise ImportFailed("the file is empty")
    try:
        obj = _loads(raw)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            f"not JSON ({_one_line(exc.msg)} at line {exc.lineno}, column {exc.colno}); "
            "tuiread imports its json and w3c exports"
        ) from None
    except RecursionError:
        raise ImportFailed("not a tuiread export (nested too deeply)") from None
    if json_format.is_this_format(obj):
        return json_format.parse(obj)
    if w3c.is_this_format(obj):
        return w3c.parse(obj)
    if isinstance(obj, dict) and "format" in obj:
        shown = _one_line(str(obj["format"]))[:40]
        raise ImportFailed(f"format {shown!r} is not a tuiread export")
    raise ImportFailed(
        "not a tuiread export: expected a tuiread json export or a W3C Web Annotation array"
    )


# --------------------------------------------------------------------------- merging


def _instant(stamp: str) -> datetime:
    value = datetime.fromisoformat(stamp)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _newer(incoming: Annotation, local: Annotation) -> bool:
    try:
        return _instant(incoming.modified) > _instant(local.modified)
    except ValueError:  # a local record with an odd stamp: compare the text
        return incoming.modified > local.modified


class _ArticleMap:
    """Finds the local article for an exported one: id, then content hash, then exact title."""

    def __init__(self, summaries: Iterable[ArticleSummary]) -> None:
        self.ids: set[str] = set()
        self.by_hash: dict[str, str] = {}
        titles: dict[str, list[str]] = {}
        for s in summaries:
            self.ids.add(s.id)
            self.by_hash.setdefault(s.content_hash, s.id)
            titles.setdefault(s.title, []).append(s.id)
        self.by_title = {t: ids[0] for t, ids in titles.items() if len(ids) == 1}

    def find(self, article_id: str, ref: ArticleRef | None) -> str | None:
        if article_id in self.ids:
            return article_id
        if ref is not None:
            if ref.content_hash and ref.content_hash in self.by_hash:
                return self.by_hash[ref.content_hash]
            if ref.title and ref.title in self.by_title:
                return self.by_title[ref.title]
        return None


def plan_import(
    parsed: ParsedExport,
    *,
    summaries: Iterable[ArticleSummary],
    text_of: Callable[[str], str | None],
    existing: Callable[[str], Annotation | None],
    anchor: Callable[[Selector, str], Any],
) -> tuple[ImportReport, list[Annotation]]:
    """Decide what to save, without saving: the merge rules of this module's docstring.
    ``anchor(selector, text)`` returns an object with ``start``, ``end`` and ``status``;
    ``text_of(article_id)`` may return None (body unreadable: the selector is kept as is)."""
    articles = _ArticleMap(summaries)
    texts: dict[str, str | None] = {}

    # one record per id: the newest in the file wins (the later one on a tie)
    latest: dict[str, Annotation] = {}
    for ann in parsed.annotations:
        seen = latest.get(ann.id)
        if seen is None or not _newer(seen, ann):
            latest[ann.id] = ann

    added = updated = unchanged = orphaned = reanchored = 0
    skipped: dict[str, str] = {}
    to_save: list[Annotation] = []
    for ann in latest.values():
        local = existing(ann.id)
        if local is not None and not _newer(ann, local):
            unchanged += 1
            continue
        ref = parsed.articles.get(ann.article_id)
        target = articles.find(ann.article_id, ref)
        if target is None:
            orphaned += 1
            skipped.setdefault(ann.article_id, (ref.title if ref and ref.title else ann.article_id))
        else:
            if target != ann.article_id:
                ann = replace(ann, article_id=target)
            sel = ann.selector
            if sel is not None:
                if target not in texts:
                    texts[target] = text_of(target)
                text = texts[target]
                found = anchor(sel, text) if text is not None else None
                if found is None or text is None:  # the body cannot be read: keep the selector
                    pass
                elif found.status == "orphaned":
                    orphaned += 1
                elif (
                    found.status != "exact" or (found.start, found.end) != (sel.start, sel.end)
                ) and 0 <= found.start < found.end <= len(text):
                    ann = replace(ann, selector=Selector.from_text(text, found.start, found.end))
                    reanchored += 1
        if local is None:
            added += 1
        else:
            updated += 1
        to_save.append(ann)
    report = ImportReport(
        format=parsed.format,
        added=added,
        updated=updated,
        unchanged=unchanged,
        orphaned=orphaned,
        reanchored=reanchored,
        skipped_articles=tuple(sorted(skipped.values(), key=str.casefold)),
    )
    return report, to_save


def import_file(store: Store, path: Path | str) -> ImportReport:
    """Import a tuiread json or W3C export into ``store``; see the module docstring.
    Raises ImportFailed (one clear line) and changes nothing when the file cannot be read,
    is malformed or foreign, or the library cannot be written."""
    from tuiread.store import StoreError
    from tuiread.store.anchoring import anchor

    parsed = read_export(path)
    if getattr(store, "read_only", False):
        reason = getattr(store, "read_only_reason", None) or "the library is read-only"
        raise ImportFailed(f"cannot import into the library: {reason}")

    def text_of(article_id: str) -> str | None:
        try:
            return store.library.get(article_id).text
        except (KeyError, StoreError):
            return None

    try:
        report, to_save = plan_import(
            parsed,
            summaries=store.library.summaries(),
            text_of=text_of,
            existing=store.annotations.get,
            anchor=anchor,
        )
        if to_save:
            store.annotations.save_many(to_save)
    except StoreError as exc:
        raise ImportFailed(f"cannot import {path}: {exc}") from None
    return report
