"""Opening what ``tuiread import`` is given: a regular file, a folder of notes, or ``-``.

Inputs are checked before anything is read: a FIFO, a device or a socket is refused (reading
one could hang or never end), a file over :data:`MAX_IMPORT_BYTES` is refused with the limit in
the message, standard input is copied to a temporary file (the import reads its input twice:
once to check it, once to merge it) up to the same limit.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tuiread.export.common import ImportFailed

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


def _kind(mode: int) -> str | None:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return "not a regular file"
    return None


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
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImportFailed(f"cannot import {path}: no such file") from None
    except OSError as exc:
        raise ImportFailed(f"cannot import {path}: {exc.strerror or exc}") from None
    kind = _kind(info.st_mode)
    if kind is not None:
        raise ImportFailed(f"cannot import {path}: it is {kind}, not a file")
    if stat.S_ISDIR(info.st_mode):
        yield Source(str(path), folder=path)
        return
    if info.st_size > MAX_IMPORT_BYTES:
        raise ImportFailed(
            f"cannot import {path}: {info.st_size >> 20} MB is over the {_limit()} limit"
        )
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after the import
    except OSError as exc:
        reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror
        raise ImportFailed(f"cannot import {path}: {reason or exc}") from None
    with stream:
        try:
            yield Source(str(path), stream, _bom_offset(stream))
        except OSError as exc:
            raise ImportFailed(f"cannot import {path}: {exc.strerror or exc}") from None


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
