"""Write an export file all at once or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from tuiread.export.common import ExportError


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOSPC:
        return "no space left on the disk"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    return exc.strerror or str(exc)


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def write_atomic(text: str, path: Path | str) -> None:
    """Write ``text`` (UTF-8, line endings as given) to ``path``: a temp file in the same
    folder, fsync, then ``os.replace`` over the target, so readers see the old file or the
    whole new one. On failure (missing folder, a folder at ``path``, no permission, disk full)
    raise ExportError with one clear line, and leave no temp file and no partial file behind.
    The new file gets the mode an ordinary new file would get (0666 minus the umask), or the
    mode of the file it replaces."""
    path = Path(path).expanduser()
    where = str(path)
    parent = path.parent
    if path.is_dir():
        raise ExportError(f"cannot write {where}: it is a folder")
    if not parent.exists():
        raise ExportError(f"cannot write {where}: the folder {parent} does not exist")
    if not parent.is_dir():
        raise ExportError(f"cannot write {where}: {parent} is not a folder")
    data = text.encode("utf-8", "replace")
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(f"cannot write {where}: {_reason(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            with contextlib.suppress(OSError):
                os.fchmod(fh.fileno(), mode)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {where}: {_reason(exc)}") from None
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dir_fd = os.open(parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
