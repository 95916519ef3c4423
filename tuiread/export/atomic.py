"""Write an export file all at once or not at all, where the user asked."""

from __future__ import annotations

from pathlib import Path

from tuiread.export.common import ExportError
from tuiread.fileio import FileProblem, check_output_target, why, write_file_atomically


def write_atomic(text: str, path: Path | str, *, force: bool = False) -> Path:
    """Write ``text`` (UTF-8, line endings as given) to ``path`` with the project's atomic
    write (``tuiread.fileio``): readers see the old file or the whole new one. A symbolic
    link is written through (the file it points to is replaced); a FIFO, a device or a
    folder is refused, and so is a read-only file unless ``force``. Raises ExportError with
    one clear line; nothing partial is left behind. Returns the file written."""
    where = Path(path).expanduser()
    try:
        target = check_output_target(where, force=force)
    except FileProblem as exc:
        raise ExportError(f"cannot write {where}: {exc.reason}") from None
    try:
        write_file_atomically(target, text.encode("utf-8", "replace"))
    except OSError as exc:
        raise ExportError(f"cannot write {where}: {why(exc)}") from None
    return target
