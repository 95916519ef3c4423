"""Paths given on the command line -> articles, one :class:`Loaded` per file or problem."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from tuiread.ingest.parse import parse_article
from tuiread.ingest.reading import IngestError, _one_line, read_stdin, read_text_file
from tuiread.model import Article

SUFFIXES = (".txt", ".md")


class Loaded(NamedTuple):
    """One source: an article, or the reason it could not be imported (never both)."""

    label: str
    article: Article | None
    error: str | None


def _importable(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def _load(path: Path, label: str) -> Loaded:
    try:
        raw = read_text_file(path)
        return Loaded(label, parse_article(raw, origin=str(path)), None)
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
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from problems
        problems.clear()
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if _importable(path):
                found = True
                yield _load(path, _one_line(str(path)))
    yield from problems
    if not found:
        yield Loaded(label, None, f"no .txt or .md files in {label}")


def _from_stdin(stdin: IO[Any] | None) -> Loaded:
    try:
        return Loaded("-", parse_article(read_stdin(stdin), origin="-"), None)
    except IngestError as exc:
        return Loaded("-", None, exc.reason)


def iter_sources(paths: Iterable[str], stdin: IO[Any] | None = None) -> Iterator[Loaded]:
    """Each importable file under ``paths``, in order: files as given, folders recursively
    (sorted, hidden entries skipped, .txt and .md only), ``-`` for standard input.

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
            yield Loaded(label, None, "not a .txt or .md file")
        else:
            yield _load(path, label)
