"""Write an export file all at once or not at all, where the user asked."""

from __future__ import annotations

from pathlib import Path

from tuiread.export.common import ExportError, ReadOnlyExport
from tuiread.fileio import (
    FileProblem,
    ReadOnlyTarget,
    check_output_target,
    why,
    write_file_atomically,
)


def writable_target(path: Path | str, *, force: bool = False) -> Path:
    """The file a write to ``path`` replaces (see ``tuiread.fileio.check_output_target``);
    ReadOnlyExport for a read-only file unless ``force``, ExportError for anything else
    that is not a file to replace."""
    try:
        return check_output_target(path, force=force)
    except ReadOnlyTarget as exc:
        raise ReadOnlyExport(f"cannot write {exc.path}: {exc.reason}", Path(exc.path)) from None
    except FileProblem as exc:
        raise ExportError(f"cannot write {exc.path}: {exc.reason}") from None


def write_atomic(text: str, path: Path | str, *, force: bool = False) -> Path:
    """Write ``text`` (UTF-8, line endings as given) to ``path`` with the project's atomic
    write (``tuiread.fileio``): readers see the old file or the whole new one. A symbolic
    link is written through (the file it points to is replaced); a FIFO, a device or a
    folder is refused, and so is a read-only file unless ``force`` (ReadOnlyExport). Raises
    ExportError with one clear line; nothing partial is left behind. Returns the file
    written."""
    target = writable_target(path, force=force)
    try:
        write_file_atomically(target, text.encode("utf-8", "replace"))
    except OSError as exc:
        raise ExportError(f"cannot write {Path(path).expanduser()}: {why(exc)}") from None
    return target
