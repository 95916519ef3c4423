"""Files in and out, safely: regular files only, within a size limit; writes all or nothing.

Reading (``add``, ``analyze``, ``import``): :func:`open_regular_file` opens without blocking,
so a FIFO cannot hang the program, and refuses anything that is not a regular file (a FIFO,
a device such as ``/dev/zero``, a socket, a folder) or that is larger than the caller's
limit, with one line saying why. :func:`read_regular_file` reads such a file whole.

Writing: :func:`write_atomically` is the project's one atomic write. Each file is written to
a temp file beside it (``.NAME.<pid>.<random>.tmp``), fsync'd, then renamed over the target,
so a reader sees the old file or the whole new one, never a part; on failure nothing is left
behind. :func:`check_output_target` says whether a path given by a user may be replaced: a
FIFO or a device never (writing there is not saving a file), a read-only file only when
forced; a symbolic link is followed, so the file it points to is replaced and the link kept.

Pure standard library: every layer may use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, BinaryIO

MB = 1024 * 1024


class FileProblem(Exception):
    """A file that cannot be read or written as asked. ``reason`` is one line without the
    path (``str(exc)`` is ``PATH: reason``); ``errno`` is set when the system refused."""

    def __init__(self, path: str | os.PathLike[str], reason: str, errno_: int | None = None):
        self.path = str(path)
        self.reason = reason
        self.errno = errno_
        super().__init__(f"{self.path}: {reason}")


class ReadOnlyTarget(FileProblem):
    """The file to replace is read-only: replaced only when the user says so (``force``)."""


def is_regular_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` (a symbolic link followed) is a regular file, found without opening
    it: opening a FIFO waits for a writer, opening a device may act on it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def size_text(size: int) -> str:
    """``52428800`` -> ``"50.0 MB"``."""
    return f"{size / MB:.1f} MB"


def why(exc: OSError) -> str:
    """What an OSError means, in the words a user needs."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    if exc.errno == errno.ENOTDIR:
        return "a part of the path is not a folder"
    return exc.strerror or str(exc)


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is, for messages; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


# --------------------------------------------------------------------------- reading


def open_regular_file(path: str | os.PathLike[str], *, limit: int) -> BinaryIO:
    """The file at ``path`` opened for binary reading, once it is known to be a regular file
    of at most ``limit`` bytes. Raises FileProblem otherwise (never blocks on a FIFO)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY)
    except OSError as exc:
        reason = "is a folder, not a file" if exc.errno == errno.EISDIR else why(exc)
        raise FileProblem(path, reason, exc.errno) from None
    try:
        info = os.fstat(fd)
        kind = kind_of(info.st_mode)
        if kind is not None:
            raise FileProblem(path, f"is {kind}, not a regular file")
        if info.st_size > limit:
            raise FileProblem(
                path,
                f"is too large ({size_text(info.st_size)}; the limit is {size_text(limit)})",
            )
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular_file(path: str | os.PathLike[str], *, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (FileProblem otherwise). A file
    that grows past the limit while it is read is refused too."""
    with open_regular_file(path, limit=limit) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise FileProblem(path, f"cannot be read: {why(exc)}", exc.errno) from None
    if len(data) > limit:
        raise FileProblem(path, f"is too large (the limit is {size_text(limit)})")
    return data


def read_stream(stream: IO[bytes] | None, *, limit: int, label: str = "standard input") -> bytes:
    """Everything on ``stream`` (standard input), at most ``limit`` bytes. FileProblem when
    the stream is closed or holds more than the limit."""
    if stream is None or stream.closed:
        raise FileProblem(label, "is closed (nothing to read)")
    try:
        data = stream.read(limit + 1)
    except (OSError, ValueError) as exc:  # ValueError: read of a closed file
        raise FileProblem(label, f"cannot be read ({exc})") from None
    if len(data) > limit:
        raise FileProblem(label, f"holds too much (the limit is {size_text(limit)})")
    return data


# --------------------------------------------------------------------------- writing


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def temp_name(path: Path) -> Path:
    """The temp file a write to ``path`` goes through (a crash may leave it: the pattern
    ``.NAME.*.tmp`` finds such leftovers)."""
    return path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def fsync_dir(folder: Path) -> None:
    """Make renames in ``folder`` durable (best effort: some file systems refuse)."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes | Iterable[bytes]) -> None:
    """Write bytes, or pieces of bytes as they come (a large snapshot is never whole in
    memory)."""
    for piece in (data,) if isinstance(data, bytes) else data:
        view = memoryview(piece)
        while view:
            written = os.write(fd, view)
            if written <= 0:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            view = view[written:]


def write_atomically(
    files: Mapping[Path, bytes | Iterable[bytes]], *, sync_dirs: bool = True
) -> list[Path]:
    """Replace each file of ``files`` with its new bytes, all or nothing per call: every
    temp file is written, then all are fsync'd (the disk waits overlap), then renamed.

    A new file gets the mode an ordinary new file would get (0666 minus the umask); a file
    that is replaced keeps its mode. Raises OSError with no temp file left behind and no
    target changed (when a rename fails midway, the files already renamed are removed).
    Returns the paths written. With ``sync_dirs`` the folders are fsync'd after the renames.
    """
    pending: list[tuple[Path, Path, int]] = []
    done: list[Path] = []
    new_mode = 0o666 & ~_umask()
    try:
        for path, data in files.items():
            try:
                mode = stat.S_IMODE(os.stat(path).st_mode)
            except OSError:
                mode = new_mode
            tmp = temp_name(path)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
            pending.append((path, tmp, fd))
            _write_all(fd, data)
            os.fchmod(fd, mode)
        for _, _, fd in pending:
            os.fsync(fd)
        for path, tmp, _ in pending:
            os.replace(tmp, path)
            done.append(path)
    except BaseException:
        for _, tmp, _ in pending:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        for path in done:
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise
    finally:
        for _, _, fd in pending:
            with contextlib.suppress(OSError):
                os.close(fd)
    if sync_dirs:
        for folder in {path.parent for path in done}:
            fsync_dir(folder)
    return done


def write_file_atomically(
    path: Path, data: bytes | Iterable[bytes], *, sync_dir: bool = True
) -> None:
    """:func:`write_atomically` for one file."""
    write_atomically({path: data}, sync_dirs=sync_dir)


def check_output_target(path: str | os.PathLike[str], *, force: bool = False) -> Path:
    """The file to replace when a user asks to write ``path``: the path itself, or the file
    a symbolic link points to (so the link stays a link). Raises FileProblem (its reason
    reads after "cannot write PATH:") for a folder, a FIFO, a device or a socket, for a
    missing folder or an empty path, and ReadOnlyTarget for a read-only file unless
    ``force``."""
    if not os.fspath(path).strip():
        raise FileProblem("''", "an empty path names no file")
    given = Path(path).expanduser()
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise FileProblem(given, why(exc), exc.errno) from None
    if info is not None:
        kind = kind_of(info.st_mode)
        if kind == "a folder":
            raise FileProblem(given, "it is a folder")
        if kind is not None:
            raise FileProblem(given, f"it is {kind}, not a file")
        if not (info.st_mode & 0o222 and os.access(target, os.W_OK)) and not force:
            raise ReadOnlyTarget(given, "it is read-only (--force replaces it anyway)")
    parent = target.parent
    if not parent.exists():
        raise FileProblem(given, f"the folder {parent} does not exist")
    if not parent.is_dir():
        raise FileProblem(given, f"{parent} is not a folder")
    return target
