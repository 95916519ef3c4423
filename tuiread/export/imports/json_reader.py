"""Any JSON file of annotations, streamed: which format it is and its records, converted.

The file is read twice (:mod:`jsonstream`): the first pass checks that it is whole, valid JSON,
learns its shape (and, for tuiread's json export, its articles) and notes where each record
starts and ends; only then does the second pass read the records again, by those offsets, and
hand them to the merge, so a damaged file changes nothing.

Formats, told apart by the document's outer keys, else record by record:
tuiread's json export, W3C Web Annotation (one Annotation, a list, an AnnotationPage, an
AnnotationCollection with its first page inline), a Hypothesis export or API result, or a
list mixing W3C annotations and Hypothesis rows.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from tuiread.export.common import ImportFailed
from tuiread.export.imports import hypothesis, tuiread_json, w3c
from tuiread.export.imports.jsonstream import JsonProblem, loads, walk
from tuiread.export.imports.records import ArticleHint, Incoming, Skipped
from tuiread.export.imports.source import Source
from tuiread.model import now_iso

NOT_AN_EXPORT = (
    "not an annotation export: tuiread imports its own json, csv and Obsidian exports, "
    "W3C Web Annotations and Hypothesis exports"
)


def _stamp(value: Any) -> str | None:
    if isinstance(value, str):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return None
        return value
    return None


class JsonReader:
    """Check the whole file now (ImportFailed if it cannot be imported); :meth:`records`
    then yields ``(where, Incoming | Skipped)`` for each record."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.articles: dict[str, ArticleHint] = {}
        self.left_out = 0
        self.kinds: set[str] = set()
        # where each annotation record is in the file: 1-based index, start, end
        self._index = array("q")
        self._starts = array("q")
        self._ends = array("q")
        count = 0
        skeleton: Any = None
        try:
            walker = walk(source.rewind())
            for record in walker.records():
                if record.path == ("articles",):
                    try:
                        hint = tuiread_json.article(record.value)
                    except Skipped:
                        continue
                    self.articles.setdefault(hint.id or "", hint)
                else:
                    count += 1
                    self._index.append(record.index)
                    self._starts.append(record.start)
                    self._ends.append(record.end)
            skeleton = walker.skeleton
        except JsonProblem as exc:
            raise ImportFailed(f"not valid JSON: {exc}") from None
        self.skeleton = skeleton
        self.format = self._format(skeleton, count)
        self.fallback = (
            _stamp(skeleton.get("exported"))
            or _stamp(skeleton.get("export_date"))
            or _stamp(skeleton.get("generated"))
            or _stamp(skeleton.get("modified"))
            if isinstance(skeleton, dict)
            else None
        ) or now_iso()

    def _format(self, skeleton: Any, count: int) -> str:
        if isinstance(skeleton, dict):
            if tuiread_json.is_this_format(skeleton):
                problem = tuiread_json.check_version(skeleton)
                if problem:
                    raise ImportFailed(problem)
                if not isinstance(skeleton.get("annotations"), list):
                    raise ImportFailed("'annotations' is missing or not a list")
                return "json"
            if "format" in skeleton:
                shown = " ".join(str(skeleton["format"]).split())[:40]
                raise ImportFailed(f"format {shown!r} is not one tuiread imports")
            if hypothesis.is_export(skeleton):
                return "hypothesis"
            if w3c.is_container(skeleton):
                first = skeleton.get("first")
                if "AnnotationCollection" in str(skeleton.get("type")) and not isinstance(
                    first, dict
                ):
                    raise ImportFailed(
                        "the AnnotationCollection's first page is not in the file "
                        "(only a link to it); export it with its pages embedded"
                    )
                return "w3c"
            if w3c.is_annotation(skeleton):
                return "w3c"
            if hypothesis.is_row(skeleton):
                return "hypothesis"
            if count:
                return "mixed"
            raise ImportFailed(NOT_AN_EXPORT)
        if isinstance(skeleton, list) and (count or not skeleton):
            return "mixed"
        raise ImportFailed(NOT_AN_EXPORT)

    @property
    def label(self) -> str:
        """The format for the summary: for a list, the kinds of record it held."""
        if self.format != "mixed":
            return self.format
        return "+".join(sorted(self.kinds)) or "json"

    def records(self) -> Iterator[tuple[str, Incoming | Skipped]]:
        skeleton = self.skeleton
        if isinstance(skeleton, dict) and (
            w3c.is_annotation(skeleton) or hypothesis.is_row(skeleton)
        ):
            yield "the annotation", self._convert(skeleton)
            return
        stream = self.source.rewind()
        for index, start, end in zip(self._index, self._starts, self._ends, strict=True):
            stream.seek(start)
            try:
                value = loads(stream.read(end - start))
            except JsonProblem as exc:  # the file changed since it was checked
                raise ImportFailed(f"the file changed while it was imported ({exc})") from None
            yield f"annotation {index}", self._convert_record(value)

    def _convert_record(self, value: Any) -> Incoming | Skipped:
        if self.format == "json":
            try:
                return tuiread_json.annotation(value, self.articles, self.fallback)
            except Skipped as skipped:
                return skipped
        return self._convert(value)

    def _convert(self, value: Any) -> Incoming | Skipped:
        try:
            if w3c.is_annotation(value):
                incoming, left_out = w3c.annotation(value, self.fallback)
                self.left_out += left_out
                self.kinds.add("w3c")
                return incoming
            if hypothesis.is_row(value):
                self.kinds.add("hypothesis")
                return hypothesis.row(value, self.fallback)
            if isinstance(value, dict) and "article_id" in value:
                self.kinds.add("json")
                return tuiread_json.annotation(value, self.articles, self.fallback)
            if not isinstance(value, dict):
                raise Skipped("not an object")
            raise Skipped("not an annotation (neither W3C nor Hypothesis nor tuiread)")
        except Skipped as skipped:
            return skipped
