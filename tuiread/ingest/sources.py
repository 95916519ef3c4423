"""Paths given on the command line -> articles, one :class:`Loaded` per file or problem.

A folder is read recursively, in name order. In a folder, hidden files and folders and a
project's paperwork (README, LICENSE...) are skipped with a note, and an article that names
no source of its own takes the name of the folder it sits in.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, NamedTuple

from tuiread.ingest.parse import parse_article
from tuiread.ingest.reading import IngestError, _one_line, read_stdin, read_text_file
from tuiread.model import Article

SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
# Files that describe a folder rather than hold a story.
PAPERWORK = frozenset(
    {"readme", "license", "licence", "copying", "changelog", "contributing", "code_of_conduct"}
)


class Loaded(NamedTuple):
    """One source: an article, the reason it could not be imported, or why it was skipped
    (exactly one of the three)."""

    label: str
    article: Article | None
    error: str | None
    skipped: str | None = None


def _importable(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def _load(path: Path, label: str, folder_source: str | None = None) -> Loaded:
    try:
        if path.suffix.lower() in HTML_SUFFIXES:
            from tuiread.ingest.webpage import article_from_html, decode_html

            data = read_text_file(path, decoded=False)
            article = article_from_html(decode_html(data), origin=str(path))
        else:
            article = parse_article(read_text_file(path), origin=str(path))
        if folder_source and not article.source:
            article = replace(article, source=folder_source)
        return Loaded(label, article, None)
    except IngestError as exc:
        return Loaded(label, None, exc.reason)
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop the import
        return Loaded(
            label, None, f"cannot import: {exc.__class__.__name__}: {exc}".splitlines()[0]
        )


def _walk(folder: Path, label: str) -> Iterator[Loaded]:
    found = False
    problems: list[Loaded] = []

    def onerror(exc: OSError) -> None:
        where = exc.filename or label
        reason = (
            "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        )
        problems.append(Loaded(str(where), None, f"cannot list folder: {reason}"))

    for root, dirs, files in os.walk(folder, onerror=onerror):
        for name in sorted(d for d in dirs if d.startswith(".")):
            yield Loaded(_one_line(str(Path(root) / name)), None, None, "hidden folder")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from problems
        problems.clear()
        for name in sorted(files):
            path = Path(root) / name
            shown = _one_line(str(path))
            if name.startswith("."):
                if _importable(path):
                    yield Loaded(shown, None, None, "hidden file")
                continue
            if path.stem.lower() in PAPERWORK and _importable(path):
                yield Loaded(shown, None, None, f"{path.stem} is not an article")
                continue
            if _importable(path):
                found = True
                yield _load(path, shown, Path(root).resolve().name or None)
    yield from problems
    if not found:
        yield Loaded(label, None, f"no .txt, .md or .html files in {label}")


def _from_stdin(stdin: IO[Any] | None) -> Loaded:
    try:
        return Loaded("-", parse_article(read_stdin(stdin), origin="-"), None)
    except IngestError as exc:
        return Loaded("-", None, exc.reason)


def iter_sources(paths: Iterable[str], stdin: IO[Any] | None = None) -> Iterator[Loaded]:
    """Each importable file under ``paths``, in order: files as given, folders recursively
    (sorted; .txt, .md and .html only; hidden files and paperwork skipped with a note),
    ``-`` for standard input.

    Never raises for bad input: every problem is one :class:`Loaded` with ``error`` set.
    """
    for given in paths:
        label = _one_line(str(given))
        if label == "-":
            yield _from_stdin(stdin if stdin is not None else sys.stdin)
            continue
        if not str(given).strip():
            yield Loaded(label or "''", None, "an empty path names no file")
            continue
        path = Path(given)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except OSError as exc:
            yield Loaded(label, None, f"cannot read: {exc.strerror or exc}")
            continue
        if is_dir:
            yield from _walk(path, label)
        elif not exists:
            yield Loaded(label, None, "no such file or folder")
        elif not _importable(path):
            yield Loaded(label, None, "not a .txt, .md or .html file")
        else:
            yield _load(path, label)
