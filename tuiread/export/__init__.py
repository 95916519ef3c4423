"""Export annotations to Markdown, JSON, CSV and W3C Web Annotation; import JSON and W3C back.

Public API (what the CLI and the app call)::

    FORMATS = ("markdown", "json", "csv", "w3c");  EXTENSIONS = {fmt: ".md" | ".json" | ...}
    render(fmt, store_or_data, *, article_ids=None, tag=None) -> str     # ExportError
    collect(store, article_ids=None, tag=None) -> ExportData           # the data, counted
    render_data(fmt, data) -> str                                      # pure
    write_atomic(text, path, force=False) -> Path                      # ExportError
    default_filename(fmt, stem="tuiread-annotations") -> str
    import_file(store, path) -> ImportReport                           # ImportFailed
    read_export(path) -> ParsedExport                                  # validate only

Scope: ``article_ids`` keeps those articles; ``tag`` keeps annotations carrying the tag and
every annotation of the articles tagged with it (see :func:`tuiread.export.common.select`).
Renderers are pure over :class:`ExportData`; each format lives in its own module:
``markdown.py`` (Obsidian-ready, notes escaped to stay literal), ``json_format.py`` (full
fidelity, ``"format": "tuiread-annotations", "version": 1``), ``csv_format.py`` (tags joined by
one space, formula cells prefixed with ``'``), ``w3c.py`` (JSON-LD Web Annotations, tuiread's
colour and article details under ``tuiread:`` keys). ``importer.py`` reads json and w3c back:
validate everything first, merge by id (newer ``modified`` wins), find the article by id,
content hash, then exact title, re-anchor passages, and keep annotations whose article is
missing as orphans (reported, never dropped).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from tuiread.export import csv_format, json_format, markdown, w3c
from tuiread.export.atomic import write_atomic
from tuiread.export.common import (
    EXTENSIONS,
    FORMATS,
    ArticleGroup,
    ArticleRef,
    ExportData,
    ExportError,
    ImportFailed,
    ParsedExport,
    collect,
    select,
)
from tuiread.export.importer import ImportReport, import_file, parse_export, read_export
from tuiread.gcpause import cyclic_gc_paused

if TYPE_CHECKING:
    from tuiread.store import Store

RENDERERS: dict[str, Callable[[ExportData], str]] = {
    "markdown": markdown.render,
    "json": json_format.render,
    "csv": csv_format.render,
    "w3c": w3c.render,
}


def _check_format(fmt: str) -> Callable[[ExportData], str]:
    try:
        return RENDERERS[fmt]
    except (KeyError, TypeError):
        raise ExportError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})") from None


def render_data(fmt: str, data: ExportData) -> str:
    """The export of ``data`` in format ``fmt`` (pure; ExportError for an unknown format)."""
    renderer = _check_format(fmt)
    with cyclic_gc_paused():
        return renderer(data)


def render(
    fmt: str,
    source: Store | ExportData,
    *,
    article_ids: Collection[str] | None = None,
    tag: str | None = None,
) -> str:
    """Render annotations from a store (or already collected data) in format ``fmt``."""
    renderer = _check_format(fmt)
    if isinstance(source, ExportData):
        data = source
        if article_ids is not None or tag is not None:
            data = select(
                data.articles,
                data.annotations,
                article_ids=article_ids,
                tag=tag,
                exported=data.exported,
            )
    else:
        data = collect(source, article_ids=article_ids, tag=tag)
    with cyclic_gc_paused():
        return renderer(data)


def default_filename(fmt: str, stem: str = "tuiread-annotations") -> str:
    """A file name for an export, e.g. ``tuiread-annotations.md``."""
    _check_format(fmt)
    return stem + EXTENSIONS[fmt]


__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "ArticleGroup",
    "ArticleRef",
    "ExportData",
    "ExportError",
    "ImportFailed",
    "ImportReport",
    "ParsedExport",
    "collect",
    "default_filename",
    "import_file",
    "parse_export",
    "read_export",
    "render",
    "render_data",
    "select",
    "write_atomic",
]
