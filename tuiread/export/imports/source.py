"""Opening what ``tuiread import`` is given: a regular file, a folder of notes, or ``-``.

Inputs are checked before anything is read, by the project's one regular-file check
(``tuiread.fileio``): a FIFO, a device or a socket is refused (reading one could hang or never
end), a file over :data:`MAX_IMPORT_BYTES` is refused with the limit in
the message, standard input is copied to a temporary file (the import reads its input twice:
once to check it, once to merge it) up to the same limit.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tuiread.export.common import ImportFailed
from tuiread.fileio import FileProblem, open_regular_file, why

MAX_IMPORT_BYTES = 1 << 30
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Source:
    """An opened input: ``label`` names it in messages; ``stream`` is binary, seekable and
    positioned after any UTF-8 byte-order mark (``start``); ``folder`` is set instead for a
    folder."""

    label: str
    stream: IO[bytes] | None = None
    start: int = 0
    folder: Path | None = None

    def rewind(self) -> IO[bytes]:
        assert self.stream is not None
        self.stream.seek(self.start)
        return self.stream

    def head(self, size: int = 4096) -> bytes:
        data = self.rewind().read(size)
        self.rewind()
        return data


def _limit() -> str:
    return f"{MAX_IMPORT_BYTES >> 20} MB"


def _bom_offset(stream: IO[bytes]) -> int:
    start = 3 if stream.read(3) == _BOM else 0
    stream.seek(start)
    return start


@contextlib.contextmanager
def open_source(path: Path | str) -> Iterator[Source]:
    """The input at ``path`` (``-``: standard input), opened; ImportFailed when it cannot be."""
    if str(path) == "-":
        with tempfile.TemporaryFile() as spool:
            stdin = sys.stdin.buffer
            copied = 0
            try:
                while chunk := stdin.read(1 << 20):
                    copied += len(chunk)
                    if copied > MAX_IMPORT_BYTES:
                        raise ImportFailed(f"standard input is larger than the {_limit()} limit")
                    spool.write(chunk)
            except OSError as exc:
                raise ImportFailed(f"cannot read standard input: {exc.strerror or exc}") from None
            spool.seek(0)
            yield Source("standard input", spool, _bom_offset(spool))
        return
    path = Path(path).expanduser()
    if path.is_dir():
        yield Source(str(path), folder=path)
        return
    try:
        stream = open_regular_file(path, limit=MAX_IMPORT_BYTES)
    except FileProblem as exc:
        raise ImportFailed(f"cannot import {path}: {exc.reason}") from None
    with stream:
        try:
            yield Source(str(path), stream, _bom_offset(stream))
        except OSError as exc:
            raise ImportFailed(f"cannot import {path}: {why(exc)}") from None


def regular_files(folder: Path, suffix: str) -> list[Path]:
    """The regular files directly in ``folder`` ending in ``suffix``, sorted by name."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        raise ImportFailed(f"cannot import {folder}: {exc.strerror or exc}") from None
    return [
        Path(e.path)
        for e in entries
        if e.name.lower().endswith(suffix) and not e.name.startswith(".") and e.is_file()
    ]
