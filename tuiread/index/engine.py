"""Which analysis engine made a set of spans: a fingerprint of the analysis package's files.

The span cache keys every entry with it, so a change to any rule, word list or model data
makes the cached spans stale and they are recomputed lazily. The fingerprint is read from
the files, never by importing ``tuiread.analysis`` (that loads the engine, about two seconds),
so the reader can ask the cache before the engine is anywhere near memory.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from pathlib import Path

ENGINE_PACKAGE = "tuiread.analysis"
_SKIP_SUFFIXES = (".pyc", ".pyo")


def engine_files(root: Path) -> list[Path]:
    """The files whose content decides what the engine returns, in a stable order."""
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and not path.name.startswith(".")
        and path.suffix not in _SKIP_SUFFIXES
    )


def fingerprint(root: Path) -> str:
    """A short hash of the names and bytes of every engine file under ``root``."""
    digest = hashlib.sha256()
    for path in engine_files(root):
        digest.update(path.relative_to(root).as_posix().encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def engine_root() -> Path:
    """The folder of the analysis package, found without running its ``__init__``."""
    spec = importlib.util.find_spec(ENGINE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"cannot find the {ENGINE_PACKAGE} package")
    return Path(next(iter(spec.submodule_search_locations)))


@functools.cache
def engine_version() -> str:
    """The running engine's fingerprint (computed once per process, a few milliseconds)."""
    return fingerprint(engine_root())
