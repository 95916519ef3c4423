"""``tuiread import``: annotations from tuiread's exports and from other tools, merged in.

Readers (one module per format) turn records into :class:`~records.Incoming`; :mod:`merge`
places them in the library a batch at a time; :class:`~report.ImportReport` says what was
added, merged and skipped, and why. The file is checked whole before anything is saved, so a
file that is not JSON, is cut short or is of an unknown shape changes nothing (ImportFailed,
one line); a record that cannot be used is skipped and counted by reason.

Read: tuiread's json, w3c, csv and Obsidian exports (a folder of notes or one note); W3C Web
Annotation from any tool; Hypothesis exports. See each reader's docstring for the shapes.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tuiread.export.common import ImportFailed
from tuiread.export.imports.json_reader import NOT_AN_EXPORT, JsonReader
from tuiread.export.imports.merge import BATCH, Merger
from tuiread.export.imports.records import ArticleHint, Incoming, Skipped
from tuiread.export.imports.report import ImportReport
from tuiread.export.imports.source import Source, open_source
from tuiread.gcpause import cyclic_gc_paused

if TYPE_CHECKING:
    from tuiread.store import Store

__all__ = [
    "ArticleHint",
    "ImportReport",
    "Incoming",
    "ParsedExport",
    "import_file",
    "parse_export",
]


class Reader(Protocol):
    format: str
    left_out: int

    def records(self) -> Iterator[tuple[str, Incoming | Skipped]]: ...


def _reader(source: Source) -> Reader:
    """The reader for what ``source`` holds, after it checked the whole input."""
    if source.folder is not None:
        from tuiread.export.imports.obsidian_notes import NotesReader

        return NotesReader.from_folder(source.folder)
    head = source.head()
    text = head.lstrip(b" \t\r\n")
    if not text:
        raise ImportFailed("the file is empty")
    if b"\0" in head:
        raise ImportFailed("not a text file")
    if text[:1] in (b"{", b"["):
        return JsonReader(source)
    if text.startswith(b"---"):
        from tuiread.export.imports.obsidian_notes import NotesReader

        return NotesReader.from_stream(source)
    from tuiread.export.imports.csv_rows import CsvReader, is_csv_export

    if is_csv_export(text):
        return CsvReader(source)
    raise ImportFailed(f"not JSON, and not a tuiread csv export or note; {NOT_AN_EXPORT}")


@dataclass(slots=True)
class ParsedExport:
    """Every record of a file, converted but not merged (for tests and previews)."""

    format: str
    annotations: list[Incoming] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def parse_export(raw: bytes | str) -> ParsedExport:
    """Read a whole export held in memory, without a library."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    source = Source("the text", io.BytesIO(data))
    with cyclic_gc_paused():
        reader = _reader(source)
        parsed = ParsedExport(reader.format)
        for where, item in reader.records():
            if isinstance(item, Skipped):
                parsed.skipped.append((where, item.reason))
            else:
                parsed.annotations.append(item)
    return parsed


def import_file(store: Store, path: Path | str, *, batch: int = BATCH) -> ImportReport:
    """Import ``path`` (``-``: standard input; a folder: Obsidian notes) into ``store``.

    Raises ImportFailed (one clear line) when the input cannot be read or is not an export
    (nothing is changed then), or when the library cannot be written (the batches saved
    before that stay; importing the same file again completes the job)."""
    from tuiread.store import StoreError
    from tuiread.store.anchoring import anchor

    with open_source(path) as source, cyclic_gc_paused():
        try:
            reader = _reader(source)
        except ImportFailed as exc:
            raise ImportFailed(f"cannot import {source.label}: {exc}") from None
        if store.read_only:
            reason = store.read_only_reason or "the library is read-only"
            raise ImportFailed(f"cannot import into the library: {reason}")

        def text_of(article_id: str) -> str | None:
            try:
                text: str = store.library.get(article_id).text
                return text
            except (KeyError, StoreError, OSError):
                return None

        report = ImportReport(reader.format)
        merger = Merger(
            report,
            summaries=store.library.summaries(),
            text_of=text_of,
            existing=store.annotations.peek,
            anchor=anchor,
            save=store.annotations.save_many,
            batch=batch,
        )
        try:
            with store.annotations.bulk():
                for where, item in reader.records():
                    if isinstance(item, Skipped):
                        report.skip(item.reason, where)
                    else:
                        merger.add(item)
                merger.finish()
        except StoreError as exc:
            done = (
                f" ({merger.saved} annotations were saved before that; importing the file "
                "again completes the import)"
                if merger.saved
                else ""
            )
            raise ImportFailed(f"cannot import {source.label}: {exc}{done}") from None
        except ImportFailed as exc:
            raise ImportFailed(f"cannot import {source.label}: {exc}") from None
        report.left_out = reader.left_out
        report.format = getattr(reader, "label", None) or reader.format
    return report
