"""Locks between processes that share one database: ``fcntl.flock`` on ``NAME.json.lock``.

A writer holds the exclusive lock only for the few milliseconds of a write (catch up with
the others, append, fsync), so several tuiread processes can save to one library. A reader
opened read-only takes it shared, on an existing lock file only: reading creates nothing.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path


class ProcessLock:
    """The exclusive lock of one database, reentrant within the process (callers serialise
    their threads with their own mutex). ``fd`` is None until :meth:`open` and after
    :meth:`close`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None
        self._depth = 0

    def open(self) -> None:
        """Open (or create) the lock file; raises OSError when that is impossible."""
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)

    def close(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
        self.fd = None

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        fd = self.fd
        assert fd is not None, "the lock file is not open"
        if self._depth == 0:
            fcntl.flock(fd, fcntl.LOCK_EX)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def shared_lock(lock_path: Path) -> Iterator[None]:
    """For a store opened read-only: wait until no writer is between writes, and keep
    them out while reading (a shared lock on the existing lock file; nothing is created
    or written). Without a lock file (a library made elsewhere) it reads as is."""
    try:
        fd = os.open(lock_path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


def file_id(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``: tells whether another process replaced the file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)
