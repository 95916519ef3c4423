"""The store's errors, in one place so every layer can catch them without the storage engine.

Every message is one clear paragraph for users: the command line prints ``str(exc)`` as is,
and the reader shows it in a notice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tuiread.fileio import why


class StoreError(Exception):
    """Base class of the store's errors; ``str(exc)`` is a message for users."""


class CorruptDatabase(StoreError):
    def __init__(self, message: str, path: Path | None = None, backup: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.backup = backup


class NewerFormat(StoreError):
    def __init__(
        self, message: str, path: Path | None = None, found: int = 0, supported: int = 0
    ) -> None:
        super().__init__(message)
        self.path = path
        self.found = found
        self.supported = supported


class ReadOnlyStore(StoreError):
    """A write was attempted on a store opened read-only."""


class WriteFailed(StoreError):
    """Disk full, permission denied...: nothing was changed, the previous data is intact."""

    def __init__(self, message: str, path: Path | None = None, errno_: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.errno = errno_


class UnknownArticle(StoreError):
    def __init__(self, message: str, candidates: list[Any] | None = None) -> None:
        super().__init__(message)
        self.candidates = list(candidates or [])


class AmbiguousArticle(StoreError):
    def __init__(self, message: str, candidates: list[Any]) -> None:
        super().__init__(message)
        self.candidates = list(candidates)


def write_failed(path: Path, exc: OSError, what: str = "save") -> WriteFailed:
    return WriteFailed(
        f"Could not {what} to {path}: {why(exc)}. Nothing was changed; your previous data is intact.",
        path,
        exc.errno,
    )
