"""tuiread's CSV export read back (see ``tuiread.export.csv_format`` for its columns).

A row gives the annotation's id, article (id, title, url), passage (quote and offsets), note,
tags, colour and time stamps; the motivation, not a column, follows from the content (a note:
commenting; tags on the whole article: tagging; else highlighting). The cells' ``'`` guard
against spreadsheet formulas is taken off again. A file without the ``id`` column (older
exports) gets stable ids derived from each row. The file is read twice, row by row, like JSON.
"""

from __future__ import annotations

import csv
import io
from collections import deque
from collections.abc import Iterator

from tuiread.export.common import ImportFailed
from tuiread.export.csv_format import HEADER, restore
from tuiread.export.imports.records import (
    ArticleHint,
    Incoming,
    Skipped,
    derived_id,
    motivation,
    selector,
    stamps,
    tag_list,
)
from tuiread.export.imports.source import Source
from tuiread.model import Annotation, now_iso

_REQUIRED = HEADER[:8]
_MAX_FIELD = 64 << 20


def is_csv_export(head: bytes) -> bool:
    first = head.split(b"\n", 1)[0].strip()
    return first.startswith(b",".join(h.encode() for h in _REQUIRED[:3]))


def _number(cell: str, name: str) -> int:
    if not cell.isdigit():
        raise Skipped(f"'{name}' is not a whole number >= 0")
    if len(cell) > 18:
        raise Skipped(f"'{name}' is too large")
    return int(cell)


class CsvReader:
    """Rows of a tuiread CSV export; the header is checked on creation."""

    format = "csv"

    def __init__(self, source: Source) -> None:
        self.source = source
        self.left_out = 0
        self.fallback = now_iso()
        csv.field_size_limit(_MAX_FIELD)
        try:
            deque(self._rows(), maxlen=0)  # the whole file, checked before anything is saved
        except (csv.Error, UnicodeDecodeError) as exc:
            raise ImportFailed(f"not a readable CSV file ({exc})") from None

    def _text(self) -> io.TextIOWrapper:
        return io.TextIOWrapper(self.source.rewind(), encoding="utf-8", newline="")

    def _rows(self) -> Iterator[dict[str, str]]:
        text = self._text()
        try:
            reader = csv.DictReader(text)
            missing = [h for h in _REQUIRED if h not in (reader.fieldnames or ())]
            if missing:
                raise ImportFailed(f"the CSV header lacks {', '.join(missing)}")
            for row in reader:
                yield {k: restore(v or "") for k, v in row.items() if isinstance(k, str)}
        finally:
            text.detach()

    def records(self) -> Iterator[tuple[str, Incoming | Skipped]]:
        for n, row in enumerate(self._rows(), 1):
            try:
                yield f"row {n + 1}", self._convert(row)
            except Skipped as skipped:
                yield f"row {n + 1}", skipped

    def _convert(self, row: dict[str, str]) -> Incoming:
        article_id = row.get("article_id", "").strip()
        if not article_id:
            raise Skipped("'article_id' is empty")
        quote, start, end = row.get("quote", ""), row.get("start", ""), row.get("end", "")
        passage = None
        if quote or start or end:
            s = _number(start, "start") if start else 0
            e = _number(end, "end") if end else s + len(quote)
            passage = selector(start=s, end=e, exact=quote)
        note = row.get("note") or None
        tags = tag_list(row.get("tags", "").split())
        created, modified, dated = stamps(
            row.get("created") or None, row.get("modified") or None, self.fallback
        )
        ident = row.get("id", "").strip() or derived_id(
            "csv", article_id, quote, start, end, note, row.get("created")
        )
        ann = Annotation(
            id=ident,
            article_id=article_id,
            created=created,
            modified=modified,
            motivation=motivation(None, note=note, tags=tags, whole=passage is None),
            note=note,
            tags=tags,
            colour=row.get("colour") or None,
            selector=passage,
        )
        hint = ArticleHint(
            id=article_id,
            url=row.get("url") or None,
            title=row.get("article_title") or None,
            source=row.get("source") or None,
            date=row.get("date") or None,
        )
        return Incoming(ann, hint, dated)
