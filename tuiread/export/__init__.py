"""Export annotations (Markdown, Obsidian, JSON, CSV, W3C Web Annotation) and import them back,
and from other tools.

Public API (what the CLI and the app call)::

    FORMATS = ("markdown", "json", "csv", "w3c", "obsidian");  EXTENSIONS = {fmt: ".md" | ...}
    render(fmt, store_or_data, *, article_ids=None, tag=None, bom=False) -> str  # ExportError
    collect(store, article_ids=None, tag=None) -> ExportData           # the data, counted
    render_data(fmt, data, *, bom=False) -> str                        # pure
    export_to(fmt, store_or_data, path, *, article_ids, tag, bom, force) -> list[Path]
                                          # ExportError; ReadOnlyExport: a read-only target
    write_atomic(text, path, force=False) -> Path                                 # ExportError
    default_filename(fmt, stem="tuiread-annotations") -> str
    import_file(store, path) -> ImportReport                           # ImportFailed
    parse_export(raw) -> ParsedExport                                  # read, no library

Scope: ``article_ids`` keeps those articles; ``tag`` keeps annotations carrying the tag and
every annotation of the articles tagged with it (see :func:`tuiread.export.common.select`).
Renderers are pure over :class:`ExportData`; each format lives in its own module:
``markdown.py`` (one file, notes escaped to stay literal), ``obsidian.py`` (a folder, one note
per article, YAML front matter and ``^block`` ids), ``json_format.py`` (full fidelity),
``csv_format.py`` (spreadsheets; formula cells prefixed with ``'``), ``w3c.py`` (a JSON-LD
AnnotationCollection). ``imports/`` reads tuiread's json, w3c, csv and Obsidian exports back,
and W3C annotations and Hypothesis exports from other tools.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from tuiread.export import csv_format, json_format, markdown, obsidian, w3c
from tuiread.export.atomic import write_atomic
from tuiread.export.common import (
    ArticleGroup,
    ExportData,
    ExportError,
    ImportFailed,
    ReadOnlyExport,
    collect,
    select,
)
from tuiread.export.imports import ImportReport, ParsedExport, import_file, parse_export
from tuiread.export_formats import EXTENSIONS, FOLDER_FORMATS, FORMATS
from tuiread.gcpause import cyclic_gc_paused

if TYPE_CHECKING:
    from tuiread.store import Store


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")


def render_data(fmt: str, data: ExportData, *, bom: bool = False) -> str:
    """The export of ``data`` in the one-file format ``fmt`` (pure; ExportError for an
    unknown format or for obsidian, which writes a folder: see :func:`export_to`)."""
    _check_format(fmt)
    with cyclic_gc_paused():
        if fmt == "markdown":
            return markdown.render(data)
        if fmt == "json":
            return json_format.render(data)
        if fmt == "csv":
            return csv_format.render(data, bom=bom)
        if fmt == "w3c":
            return w3c.render(data)
    raise ExportError(f"{fmt} writes a folder of notes: give the folder to write (-o DIR)")


def _data(
    source: Store | ExportData,
    article_ids: Collection[str] | None,
    tag: str | None,
) -> ExportData:
    if isinstance(source, ExportData):
        if article_ids is None and tag is None:
            return source
        return select(
            source.articles,
            source.annotations,
            article_ids=article_ids,
            tag=tag,
            exported=source.exported,
        )
    return collect(source, article_ids=article_ids, tag=tag)


def render(
    fmt: str,
    source: Store | ExportData,
    *,
    article_ids: Collection[str] | None = None,
    tag: str | None = None,
    bom: bool = False,
) -> str:
    """Render annotations from a store (or already collected data) in format ``fmt``."""
    _check_format(fmt)
    return render_data(fmt, _data(source, article_ids, tag), bom=bom)


def export_to(
    fmt: str,
    source: Store | ExportData,
    path: Path | str,
    *,
    article_ids: Collection[str] | None = None,
    tag: str | None = None,
    bom: bool = False,
    force: bool = False,
) -> list[Path]:
    """Write the export to ``path`` (a file; for obsidian a folder of notes). Every file is
    written atomically; a read-only file is replaced only with ``force`` (ReadOnlyExport
    otherwise, before anything is written). Returns the files
    written. ExportError says what went wrong."""
    _check_format(fmt)
    data = _data(source, article_ids, tag)
    if fmt in FOLDER_FORMATS:
        with cyclic_gc_paused():
            return obsidian.write_folder(data, path, force=force)
    return [write_atomic(render_data(fmt, data, bom=bom), path, force=force)]


def default_filename(fmt: str, stem: str = "tuiread-annotations") -> str:
    """A file name for an export, e.g. ``tuiread-annotations.md``; for obsidian the folder
    ``tuiread-notes``."""
    _check_format(fmt)
    if fmt in FOLDER_FORMATS:
        return "tuiread-notes"
    return stem + EXTENSIONS[fmt]


__all__ = [
    "EXTENSIONS",
    "FOLDER_FORMATS",
    "FORMATS",
    "ArticleGroup",
    "ExportData",
    "ExportError",
    "ImportFailed",
    "ImportReport",
    "ParsedExport",
    "ReadOnlyExport",
    "collect",
    "default_filename",
    "export_to",
    "import_file",
    "parse_export",
    "render",
    "render_data",
    "select",
    "write_atomic",
]
