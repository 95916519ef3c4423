"""Reading a database's files and saying what is wrong with them.

Parsing and checking the snapshot, upgrading an older format, and the messages for damage: a
damaged or newer file is never touched, a copy of it is saved beside it first, and the
message says what was found, what was kept and where the copy is. Kept apart from the
storage engine (``storage``) so its rules can be read, and tested, on their own.
"""

from __future__ import annotations

import filecmp
import glob
import os
import shutil
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import orjson

from tuiread.store.errors import CorruptDatabase, NewerFormat, StoreError
from tuiread.store.snapshot_format import META_ID, META_TABLE, LazyDocs, loads_big, parse_lined

Migration = Callable[[dict[str, dict[str, Any]]], dict[str, dict[str, Any]]]


def backup_copy(path: Path, tag: str) -> Path | None:
    """Copy ``path`` to ``<name>.<tag>-<timestamp>`` next to it; None if that is impossible.
    An identical earlier copy is reused (opening a damaged file twice makes one backup)."""
    try:
        size = path.stat().st_size
        for earlier in sorted(path.parent.glob(f"{glob.escape(path.name)}.{tag}-*")):
            if earlier.stat().st_size == size and filecmp.cmp(path, earlier, shallow=False):
                return earlier
    except OSError:
        pass
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    for n in range(100):
        suffix = f".{tag}-{stamp}" + (f"-{n}" if n else "")
        dest = path.with_name(path.name + suffix)
        if dest.exists():
            continue
        try:
            shutil.copy2(path, dest)
        except OSError:
            return None
        return dest
    return None


def read_all(fd: int) -> bytes:
    """The whole of an open file, from where it stands."""
    chunk = os.read(fd, os.fstat(fd).st_size + 1)  # usually the whole file in one read
    if not chunk:
        return b""
    chunks = [chunk]
    while True:
        more = os.read(fd, 1 << 20)
        if not more:
            break
        chunks.append(more)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def corrupt_error(path: Path, why: str) -> CorruptDatabase:
    """The error for a damaged file, after saving a copy of it beside it."""
    backup = backup_copy(path, "corrupt")
    where = (
        f"a copy was saved as {backup}"
        if backup
        else "no backup copy could be written (folder not writable)"
    )
    return CorruptDatabase(
        f"{path} is damaged: {why}. It was left untouched and {where}. "
        f"Move {path.name} aside (or restore it from a backup) and start tuiread again.",
        path,
        backup,
    )


def newer_format_error(path: Path, found: int, supported: int) -> NewerFormat:
    """The error for a file written by a newer tuiread, after saving a copy of it."""
    backup = backup_copy(path, "newer")
    kept = f" and a copy was saved as {backup}" if backup else ""
    return NewerFormat(
        f"{path} was written by a newer tuiread (format {found}; this one reads "
        f"{supported}); upgrade tuiread. The file was left untouched{kept}.",
        path,
        found,
        supported,
    )


def parse_snapshot(
    raw: bytes, path: Path, lazy_tables: frozenset[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The snapshot's (tables, meta record). Raises CorruptDatabase (with a copy saved)."""
    lined = parse_lined(raw) if lazy_tables else None
    if lined is not None:
        meta_table, tables = lined
        meta = meta_table.get(META_ID)
        if (
            isinstance(meta, dict)
            and isinstance(meta.get("format", 0), int)
            and isinstance(meta.get("generation", 0), int)
        ):
            data: Any = {}
            for name, docs in tables.items():
                if name in lazy_tables:
                    data[name] = LazyDocs(docs)
                else:
                    try:
                        data[name] = {k: orjson.loads(v) for k, v in docs.items()}
                    except orjson.JSONDecodeError:
                        raise corrupt_error(
                            path, f"a record of its table {name!r} is damaged"
                        ) from None
                    if not set(map(type, data[name].values())) <= {dict}:
                        raise corrupt_error(path, f"its table {name!r} is not a set of records")
            return data, meta
    why = None
    data = None
    if len(raw) < 64 and not raw.strip():
        why = "it is empty (truncated)"
    else:
        try:
            data = loads_big(raw)
        except orjson.JSONDecodeError:
            why = "it is not valid JSON (truncated or damaged)"
    if why is None and not isinstance(data, dict):
        why = "it is not a JSON object"
    if why is None:
        for name, table in data.items():
            if not isinstance(table, dict) or not set(map(type, table.values())) <= {dict}:
                why = f"its table {name!r} is not a set of records"
                break
    if why is not None:
        raise corrupt_error(path, why)
    meta_table = data.pop(META_TABLE, None) or {}
    meta = meta_table.get(META_ID) or next(iter(meta_table.values()), None) or {"format": 0}
    if not isinstance(meta.get("format", 0), int) or not isinstance(meta.get("generation", 0), int):
        raise corrupt_error(path, "its format record is damaged")
    return data, meta


def migrate(
    data: dict[str, dict[str, Any]],
    found: int,
    target: int,
    migrations: Mapping[int, Migration],
    path: Path,
) -> dict[str, dict[str, Any]]:
    """Upgrade ``data`` from format ``found`` to ``target``, one step at a time."""
    version = found
    while version < target:
        step = migrations.get(version)
        if step is None:
            raise StoreError(
                f"{path} uses format {version}, which this tuiread cannot upgrade "
                f"(it reads format {target}). The file was left untouched."
            )
        data = step(data)
        version += 1
    return data


def journal_damage_message(wal_path: Path, bad: int, torn: int) -> str:
    """Say what of the journal could not be read, where, and where a copy of it is.

    ``bad`` lines in the middle fail their checksum (outside damage: a flipped byte, a
    cut); they are skipped, everything else is loaded, and the next save rewrites the
    library without them. ``torn`` bytes at the end are a last record cut short (a save
    interrupted by a crash, or a truncated file); the next save appends in their place.
    Reading never repairs: only a write does.
    """
    backup = backup_copy(wal_path, "corrupt")
    copy = (
        f"The journal as it was is saved in {backup}."
        if backup
        else "No copy of it could be saved (the folder is not writable)."
    )
    if bad:
        return (
            f"{wal_path}: {bad} damaged line{'s' if bad != 1 else ''} could not be read "
            f"and {'were' if bad != 1 else 'was'} skipped; everything else was loaded. {copy} "
            "The next change saved rewrites the library without "
            f"{'them' if bad != 1 else 'it'}."
        )
    return (
        f"{wal_path}: its last record is cut short ({torn} bytes: a save "
        f"interrupted, or the file was cut) and was skipped; everything before it was "
        f"loaded. {copy}"
    )
