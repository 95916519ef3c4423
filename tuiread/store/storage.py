"""Durable TinyDB storage: data in memory, an orjson snapshot and an append-only journal.

Files for a database ``NAME.json``:

- ``NAME.json``      the snapshot: ``{"_meta": {"1": {"format": F, "generation": G, "extras": ...}},
                     table: {id: doc}}``, only ever replaced whole (temp file in the same folder,
                     fsync, os.replace, fsync of the folder), never written in place. With
                     ``lazy_tables`` it is written one record per line (still plain JSON) and
                     opened by splitting lines: records are decoded on first use.
- ``NAME.json.wal``  the journal: a header line ``{"wal": G, "from": [G-1, end]}`` then one line
                     per save, each ``<crc32 hex> <orjson>\n`` holding ``{"t": {table: {"u":
                     {id: doc}, "d": [id]}}}``; a save is appended and fsync'd before it returns.
                     A torn last line (kill -9, power loss) fails its checksum and is ignored
                     (then cut off by the next writer, under the lock).
- ``NAME.json.lock`` an ``fcntl.flock`` held only for the few milliseconds of each write.

Several processes can write the same database: under the lock each first catches up with the
journal lines others appended, then appends its own. Compaction (journal -> new snapshot, on a
background thread every ``compact_every`` saves, and on close when the journal is long) happens
under the lock too, with a higher generation: a journal whose generation is lower than the
snapshot's is stale (everything in it is in the snapshot) and ignored; the new journal's header
says where the old one ended, so other processes switch over without reloading the snapshot.
Format versions live in ``_meta`` with migrations (version -> function); damaged files raise
CorruptDatabase and newer ones NewerFormat, both leaving the file untouched.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import filecmp
import gc
import glob
import os
import re
import shutil
import threading
import time
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

META_TABLE = "_meta"
META_ID = "1"

CLOSE_COMPACT_ENTRIES = 200  # a journal this long is folded into the snapshot on close
CLOSE_COMPACT_BYTES = 1 << 20

Migration = Callable[[dict[str, dict[str, Any]]], dict[str, dict[str, Any]]]
Changes = dict[str, set[str]] | None  # table -> changed ids; None: everything may have changed


# ---------------------------------------------------------------------------------------------
# Errors: every message is one clear paragraph for users.


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


def _why(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)


def write_failed(path: Path, exc: OSError, what: str = "save") -> WriteFailed:
    return WriteFailed(
        f"Could not {what} to {path}: {_why(exc)}. Nothing was changed; your previous data is intact.",
        path,
        exc.errno,
    )


# ---------------------------------------------------------------------------------------------
# Small file helpers.


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes | Iterable[bytes], *, sync_dir: bool = True) -> None:
    """Write ``data`` (bytes, or pieces of it written as they come, so a large snapshot is
    never whole in memory) to a temp file next to ``path``, fsync it, and os.replace it over
    ``path``.

    Raises OSError; on failure ``path`` is untouched and the temp file removed.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644)
    try:
        try:
            for piece in (data,) if isinstance(data, bytes) else data:
                view = memoryview(piece)
                while view:
                    written = os.write(fd, view)
                    if written <= 0:
                        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                    view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if sync_dir:
        fsync_dir(path.parent)


def write_files_atomically(files: Mapping[Path, bytes]) -> list[Path]:
    """``atomic_write_bytes`` for many files at once: write every temp file, fsync them all,
    then rename them all (the disk waits overlap). The caller fsyncs the folder(s).
    Raises OSError with no temp file left behind; returns the paths written."""
    pending: list[tuple[Path, Path, int]] = []
    done: list[Path] = []
    try:
        for path, data in files.items():
            tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644)
            pending.append((path, tmp, fd))
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                if written <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                view = view[written:]
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
    return done


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


def encode_line(obj: Any) -> bytes:
    payload = orjson.dumps(obj)
    return b"%08x %b\n" % (zlib.crc32(payload), payload)


def decode_lines(buf: bytes) -> tuple[list[Any], int, int]:
    """Parse journal lines. Returns (records, end of the last good line, bad lines before it).

    A line is good when it ends with a newline and its checksum matches. Bytes after the last
    good line are a torn tail (a write cut short) and are not counted as bad.
    """
    records: list[Any] = []
    good_end = 0
    bad = 0
    pending_bad = 0
    pos = 0
    size = len(buf)
    while pos < size:
        nl = buf.find(b"\n", pos)
        if nl < 0:
            break
        line = buf[pos:nl]
        pos = nl + 1
        record = _decode_one(line)
        if record is _BAD:
            pending_bad += 1
            continue
        records.append(record)
        bad += pending_bad
        pending_bad = 0
        good_end = pos
    return records, good_end, bad


_BAD = object()
_SNAPSHOT_HEAD = re.compile(rb'^\{"_meta":\{"1":\{"format":(\d+),"generation":(\d+)[,}]')


def _decode_one(line: bytes) -> Any:
    if len(line) < 10 or line[8:9] != b" ":
        return _BAD
    payload = line[9:]
    try:
        if int(line[:8], 16) != zlib.crc32(payload):
            return _BAD
        return orjson.loads(payload)
    except ValueError:
        return _BAD


# ---------------------------------------------------------------------------------------------
# The storage.


class DurableStorage(Storage):
    """A TinyDB Storage that keeps the data in memory and makes every write durable on return.

    ``read()`` returns the in-memory tables (without ``_meta``). ``write(data)`` works for any
    TinyDB operation (it journals the difference); the store's own tables call ``commit`` with
    just the changed documents, so a save costs one small journal append and one fsync.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        format_version: int = 1,
        migrations: Mapping[int, Migration] | None = None,
        compact_every: int = 2000,
        compact_bytes: int = 8 * 1024 * 1024,
        lazy_tables: Iterable[str] = (),
    ) -> None:
        self.path = Path(path)
        self.wal_path = self.path.with_name(self.path.name + ".wal")
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.format_version = format_version
        self.migrations = dict(migrations or {})
        self.compact_every = compact_every
        self.compact_bytes = compact_bytes
        self.lazy_tables = frozenset(lazy_tables)
        # Derived data saved with each snapshot (an index, say): the hook gets the previous
        # extras, the tables, and the ids changed since those extras, and returns new extras.
        self.snapshot_hook: (
            Callable[[Any, Mapping[str, Mapping[str, Any]], dict[str, set[str]]], Any] | None
        ) = None
        self.extras: Any = None
        self.changed_since_extras: dict[str, set[str]] = {}
        self.read_only = read_only
        self.read_only_reason: str | None = "opened read-only" if read_only else None
        self.created = False
        self.warnings: list[str] = []
        self._mutex = threading.RLock()
        self._lock_fd: int | None = None
        self._data: dict[str, dict[str, Any]] = {}
        self._generation = 0
        self._snap_id: tuple[int, int] | None = None
        self._wal_fd: int | None = None
        self._wal_id: tuple[int, int] | None = None
        self._wal_offset = 0
        self._wal_entries = 0
        self._wal_ok = False  # the open journal matches the snapshot and can be appended to
        self._wal_ahead = False
        self._wal_damaged = False
        self._migrated_from: int | None = None
        self._listeners: list[Callable[[Changes], None]] = []
        self._closed = False
        self._compactor: threading.Thread | None = None
        self._lock_depth = 0
        self.background_compaction = True
        self._deferred = 0
        self._open()

    # -- TinyDB Storage interface ----------------------------------------------------------

    def read(self) -> dict[str, dict[str, Any]]:
        return dict(self._data)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Journal the difference between the in-memory state and ``data`` (generic path)."""
        changes: dict[str, tuple[dict[str, Any], list[str]]] = {}
        for name in set(self._data) | set(data):
            if name == META_TABLE:
                continue
            old = self._data.get(name, {})
            new = data.get(name, {})
            upserts = {
                str(k): v
                for k, v in new.items()
                if old.get(str(k)) is not v or old.get(str(k)) != v
            }
            deletes = [k for k in old if k not in new]
            if upserts or deletes:
                changes[name] = (upserts, deletes)
        if changes:
            self.commit(changes)

    def close(self) -> None:
        compactor = self._compactor
        if compactor is not None and compactor is not threading.current_thread():
            compactor.join()
        with self._mutex:
            if self._closed:
                return
            self._closed = True
            if not self.read_only and (
                self._wal_entries >= CLOSE_COMPACT_ENTRIES
                or self._wal_offset >= CLOSE_COMPACT_BYTES
            ):
                with contextlib.suppress(StoreError, OSError):
                    self._compact(force=False, on_close=True)
            for fd in (self._wal_fd, self._lock_fd):
                if fd is not None:
                    with contextlib.suppress(OSError):
                        os.close(fd)
            self._wal_fd = self._lock_fd = None

    # -- public helpers ----------------------------------------------------------------------

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def journal_entries(self) -> int:
        return self._wal_entries

    def table_data(self, name: str) -> dict[str, Any]:
        """The live in-memory table (do not mutate it)."""
        return self._data.get(name, {})

    def add_listener(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def commit(self, changes: Mapping[str, tuple[Mapping[str, Any], Iterable[str]]]) -> None:
        """Durably apply ``{table: (upserts {id: doc}, deletes [id])}`` as one atomic journal line.

        Returns when the line is fsync'd. Raises ReadOnlyStore, WriteFailed (nothing applied).
        """
        ops: dict[str, dict[str, Any]] = {}
        for name, (upserts, deletes) in changes.items():
            if name == META_TABLE:
                raise ValueError("the _meta table is managed by the storage")
            upserts = {str(k): v for k, v in upserts.items()}
            deletes = [str(k) for k in deletes if str(k) not in upserts]
            if upserts or deletes:
                ops[name] = {"u": upserts, "d": deletes}
        if not ops:
            return
        self._check_writable()
        try:
            line = encode_line({"t": ops})
        except TypeError as exc:
            raise StoreError(f"cannot save this record: {exc}") from exc
        with self._mutex:
            if self._closed:
                raise StoreError(f"{self.path.name} is closed")
            with self._locked():
                seen = self._catch_up()
                self._ensure_wal()
                self._append(line)
                changed = self._apply(ops)
                self._wal_entries += 1
            self._notify(_merge_changes(seen, changed))
            if not self._deferred and self._compaction_due():
                self._start_compaction()

    def _compaction_due(self) -> bool:
        return self._wal_entries >= self.compact_every or self._wal_offset >= self.compact_bytes

    @contextlib.contextmanager
    def deferred_compaction(self) -> Iterator[None]:
        """Commits inside do not fold the journal into the snapshot; one compaction follows
        at the end if due. A bulk write (an import of 100,000 annotations in batches) would
        otherwise rewrite the growing snapshot again and again."""
        with self._mutex:
            self._deferred += 1
        try:
            yield
        finally:
            with self._mutex:
                self._deferred -= 1
                due = not self._deferred and not self._closed and self._compaction_due()
            if due:
                self._start_compaction()

    def _start_compaction(self) -> None:
        """Fold the journal into a snapshot on a background thread, off the caller's path.
        Nothing depends on it: every save is already durable in the journal."""
        if self._compactor is not None and self._compactor.is_alive():
            return
        if not self.background_compaction:
            with contextlib.suppress(StoreError, OSError):
                self._compact(force=False)
            return
        self._compactor = threading.Thread(
            target=self._compact_in_background, name="tuiread-compact", daemon=True
        )
        self._compactor.start()

    def _compact_in_background(self) -> None:
        with self._mutex:
            if self._closed:
                return
            with contextlib.suppress(StoreError, OSError):
                self._compact(force=False)

    def refresh(self) -> Changes:
        """Pick up what other processes saved since the last read. Returns what changed."""
        with self._mutex:
            if self._closed:
                return {}
            if self.read_only:
                seen = self._catch_up()
            else:
                with self._locked():
                    seen = self._catch_up()
            if seen is None or seen:
                self._notify(seen)
            return seen

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Changes]:
        """Read-modify-write across processes: holds the lock, after catching up with what the
        others saved; ``commit`` calls inside are appended before anyone else can write.
        Yields the changes picked up (None: everything reloaded)."""
        self._check_writable()
        with self._mutex:
            if self._closed:
                raise StoreError(f"{self.path.name} is closed")
            with self._locked():
                seen = self._catch_up()
                if seen is None or seen:
                    self._notify(seen)
                yield seen

    def compact(self) -> None:
        """Fold the journal into a new snapshot now (raises WriteFailed on failure)."""
        self._check_writable()
        with self._mutex:
            self._compact(force=True)

    # -- opening -----------------------------------------------------------------------------

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStore(
                f"The library is read-only ({self.read_only_reason}); nothing can be saved to {self.path.parent}."
            )

    def _reload(self) -> None:
        self._load()
        if self.read_only:
            for _ in range(5):
                if not self._wal_ahead:
                    break
                time.sleep(0.01)  # a writer is between replacing the snapshot and the journal
                self._load()

    def _open(self) -> None:
        self.created = not self.path.exists() and not self.wal_path.exists()
        if not self.read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._lock_fd = os.open(
                    self.lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644
                )
                for existing in (self.path, self.wal_path):
                    if existing.exists() and not os.access(existing, os.W_OK):
                        raise PermissionError(errno.EACCES, "permission denied", str(existing))
            except OSError as exc:
                if self._lock_fd is not None:
                    os.close(self._lock_fd)
                    self._lock_fd = None
                self.read_only = True
                where = exc.filename or self.path.parent
                self.read_only_reason = f"{where} is not writable: {_why(exc)}"
        if self.read_only:
            self._reload()
            return
        try:
            self._open_for_writing()
        except BaseException:
            for fd in (self._wal_fd, self._lock_fd):
                if fd is not None:
                    with contextlib.suppress(OSError):
                        os.close(fd)
            self._wal_fd = self._lock_fd = None
            raise

    def _open_for_writing(self) -> None:
        with self._mutex, self._locked():
            self._remove_orphan_temp_files()
            self._load()
            if self._migrated_from is not None and self.path.exists():
                dest = backup_copy(self.path, f"format-{self._migrated_from}")
                if dest is None:
                    raise WriteFailed(
                        f"Could not back up {self.path} before upgrading it to format {self.format_version}; "
                        "the file was left untouched.",
                        self.path,
                    )
            if not self.path.exists() or self._migrated_from is not None or self._wal_damaged:
                # (a damaged journal line was backed up and skipped: rewrite without it)
                self._write_snapshot(self._generation + 1)
            self._ensure_wal()

    def _remove_orphan_temp_files(self) -> None:
        """Temp files of a snapshot/journal replace cut short by a crash (under the lock, no one
        else is writing one)."""
        for name in (self.path.name, self.wal_path.name):
            for tmp in self.path.parent.glob(f".{name}.*.tmp"):
                with contextlib.suppress(OSError):
                    tmp.unlink()

    def _load(self) -> None:
        """(Re)load snapshot + journal from disk into memory. Raises CorruptDatabase, NewerFormat."""
        data: dict[str, dict[str, Any]] = {}
        meta: dict[str, Any] = {"format": self.format_version, "generation": 0}
        snap_id = None
        try:
            fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise StoreError(f"Cannot read {self.path}: {_why(exc)}.") from exc
        else:
            try:
                st = os.fstat(fd)
                snap_id = (st.st_dev, st.st_ino)
                raw = _read_all(fd)
            finally:
                os.close(fd)
            data, meta = self._parse_snapshot(raw)
        found_format = int(meta.get("format", 0))
        if found_format > self.format_version:
            backup = backup_copy(self.path, "newer")
            kept = f" and a copy was saved as {backup}" if backup else ""
            raise NewerFormat(
                f"{self.path} was written by a newer tuiread (format {found_format}; this one reads "
                f"{self.format_version}); upgrade tuiread. The file was left untouched{kept}.",
                self.path,
                found_format,
                self.format_version,
            )
        self._data = {
            name: LazyDocs(table)
            if name in self.lazy_tables and not isinstance(table, LazyDocs)
            else table
            for name, table in data.items()
        }
        self._generation = int(meta.get("generation", 0))
        self._snap_id = snap_id
        self.extras = meta.get("extras")
        self.changed_since_extras = {}
        self._load_wal()
        if found_format < self.format_version:
            self._data = self._migrate(
                {
                    k: dict(v.items()) if isinstance(v, LazyDocs) else v
                    for k, v in self._data.items()
                },
                found_format,
            )
            self._data = {
                k: LazyDocs(v) if k in self.lazy_tables else v for k, v in self._data.items()
            }
            self._migrated_from = found_format
            self.extras = None
        else:
            self._migrated_from = None

    def _parse_snapshot(self, raw: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
        lined = parse_lined(raw) if self.lazy_tables else None
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
                    if name in self.lazy_tables:
                        data[name] = LazyDocs(docs)
                    else:
                        try:
                            data[name] = {k: orjson.loads(v) for k, v in docs.items()}
                        except orjson.JSONDecodeError:
                            raise self._corrupt(
                                self.path, f"a record of its table {name!r} is damaged"
                            ) from None
                        if not set(map(type, data[name].values())) <= {dict}:
                            raise self._corrupt(
                                self.path, f"its table {name!r} is not a set of records"
                            )
                return data, meta
        why = None
        data = None
        if len(raw) < 64 and not raw.strip():
            why = "it is empty (truncated)"
        else:
            try:
                data = _loads_big(raw)
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
            raise self._corrupt(self.path, why)
        meta_table = data.pop(META_TABLE, None) or {}
        meta = meta_table.get(META_ID) or next(iter(meta_table.values()), None) or {"format": 0}
        if not isinstance(meta.get("format", 0), int) or not isinstance(
            meta.get("generation", 0), int
        ):
            raise self._corrupt(self.path, "its format record is damaged")
        return data, meta

    def _corrupt(self, path: Path, why: str) -> CorruptDatabase:
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

    def _migrate(self, data: dict[str, dict[str, Any]], found: int) -> dict[str, dict[str, Any]]:
        version = found
        while version < self.format_version:
            step = self.migrations.get(version)
            if step is None:
                raise StoreError(
                    f"{self.path} uses format {version}, which this tuiread cannot upgrade "
                    f"(it reads format {self.format_version}). The file was left untouched."
                )
            data = step(data)
            version += 1
        return data

    def _load_wal(self) -> None:
        if self._wal_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._wal_fd)
        self._wal_fd = None
        self._wal_id = None
        self._wal_offset = 0
        self._wal_entries = 0
        self._wal_ok = False
        self._wal_ahead = False
        self._wal_damaged = False
        flags = (os.O_RDONLY if self.read_only else os.O_RDWR | os.O_APPEND) | os.O_CLOEXEC
        try:
            fd = os.open(self.wal_path, flags)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreError(f"Cannot read {self.wal_path}: {_why(exc)}.") from exc
        st = os.fstat(fd)
        self._wal_fd = fd
        self._wal_id = (st.st_dev, st.st_ino)
        buf = _read_all(fd)
        enabled = gc.isenabled()
        gc.disable()
        try:
            records, good_end, bad = decode_lines(buf)
        finally:
            if enabled:
                gc.enable()
        if (
            not records
            or not isinstance(records[0], dict)
            or not isinstance(records[0].get("wal"), int)
        ):
            if buf.strip():
                # The header is written with an atomic replace, so this is outside damage.
                raise self._corrupt(self.wal_path, "it has no valid journal header")
            return
        header_gen = int(records[0]["wal"])
        if header_gen < self._generation:
            return  # stale: everything in it is already in the snapshot
        if bad:
            backup = backup_copy(self.wal_path, "corrupt")
            self.warnings.append(f"{self.wal_path}: {bad} damaged line(s) skipped (copy: {backup})")
            self._wal_damaged = True
        for record in records[1:]:
            ops = record.get("t") if isinstance(record, dict) else None
            if isinstance(ops, dict):
                self._apply(ops)
                self._wal_entries += 1
        self._wal_offset = good_end
        # A journal newer than the snapshot happens only while another process is between
        # replacing the two files (readers retry) or after outside meddling: replay it anyway.
        self._wal_ahead = header_gen > self._generation
        self._wal_ok = True
        self._generation = max(self._generation, header_gen)

    # -- writing -------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """The inter-process lock (reentrant; callers hold ``self._mutex``)."""
        if self._lock_fd is None:
            raise StoreError(f"{self.path.name} is closed")
        if self._lock_depth == 0:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
        self._lock_depth += 1
        try:
            yield
        finally:
            self._lock_depth -= 1
            if self._lock_depth == 0:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def _catch_up(self) -> Changes:
        """Apply what other processes wrote since our last read. Returns the changes."""
        snap_id = _file_id(self.path)
        wal_id = _file_id(self.wal_path)
        changes: dict[str, set[str]] = {}
        if snap_id != self._snap_id or wal_id != self._wal_id:
            followed = self._follow_compaction()
            if followed is None:
                self._reload()
                return None
            changes = followed
        if self._wal_fd is None or not self._wal_ok:
            return changes
        size = os.fstat(self._wal_fd).st_size
        if size <= self._wal_offset:
            return changes
        buf = os.pread(self._wal_fd, size - self._wal_offset, self._wal_offset)
        records, good_end, bad = decode_lines(buf)
        if bad:
            self.warnings.append(f"{self.wal_path}: {bad} damaged line(s) skipped")
        for record in records:
            ops = record.get("t") if isinstance(record, dict) else None
            if isinstance(ops, dict):
                changes = _merge_changes(changes, self._apply(ops)) or {}
                self._wal_entries += 1
        self._wal_offset += good_end
        return changes

    def _follow_compaction(self) -> dict[str, set[str]] | None:
        """Another process compacted: finish reading our (replaced) journal up to where the new
        one starts and switch to the new one, instead of reloading the whole snapshot.
        Returns the changes, or None when only a full reload will do."""
        if self._wal_fd is None or not self._wal_ok:
            return None
        try:
            snap_fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            return None
        try:
            st = os.fstat(snap_fd)
            snap_id = (st.st_dev, st.st_ino)
            match = _SNAPSHOT_HEAD.match(os.pread(snap_fd, 256, 0))
        finally:
            os.close(snap_fd)
        if match is None or int(match.group(1)) != self.format_version:
            return None
        snap_gen = int(match.group(2))
        flags = (os.O_RDONLY if self.read_only else os.O_RDWR | os.O_APPEND) | os.O_CLOEXEC
        try:
            new_fd = os.open(self.wal_path, flags)
        except OSError:
            return None
        ok = False
        try:
            head_bytes = os.pread(new_fd, 4096, 0)
            end = head_bytes.find(b"\n")
            head = _decode_one(head_bytes[:end]) if end > 0 else _BAD
            follows = head.get("from") if isinstance(head, dict) else None
            if (
                not isinstance(follows, list)
                or len(follows) != 2
                or head.get("wal") != snap_gen
                or follows[0] != self._generation
                or not isinstance(follows[1], int)
                or follows[1] < self._wal_offset
            ):
                return None
            missing = follows[1] - self._wal_offset
            buf = os.pread(self._wal_fd, missing, self._wal_offset) if missing else b""
            records, good_end, _ = decode_lines(buf)
            if good_end != missing:
                return None
            changes: dict[str, set[str]] = {}
            for record in records:
                ops = record.get("t") if isinstance(record, dict) else None
                if isinstance(ops, dict):
                    changes = _merge_changes(changes, self._apply(ops)) or {}
            os.close(self._wal_fd)
            nst = os.fstat(new_fd)
            self._wal_fd = new_fd
            self._wal_id = (nst.st_dev, nst.st_ino)
            self._wal_offset = end + 1
            self._wal_entries = 0
            self._generation = snap_gen
            self._snap_id = snap_id
            self._wal_ok = True
            ok = True
            return changes
        finally:
            if not ok:
                os.close(new_fd)

    def _ensure_wal(self, follows: tuple[int, int] | None = None) -> None:
        """Make sure an appendable journal matching the snapshot generation is open (under lock).

        ``follows`` = (generation, end offset) of the journal this one replaces after a
        compaction: other processes then switch over without reloading the snapshot.
        """
        if self._wal_fd is not None and self._wal_ok:
            return
        head: dict[str, Any] = {"wal": self._generation}
        if follows is not None:
            head["from"] = list(follows)
        header = encode_line(head)
        try:
            atomic_write_bytes(self.wal_path, header)
            fd = os.open(self.wal_path, os.O_RDWR | os.O_APPEND | os.O_CLOEXEC)
        except OSError as exc:
            raise write_failed(self.wal_path, exc) from exc
        if self._wal_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._wal_fd)
        st = os.fstat(fd)
        self._wal_fd = fd
        self._wal_id = (st.st_dev, st.st_ino)
        self._wal_offset = len(header)
        self._wal_entries = 0
        self._wal_ok = True

    def _append(self, line: bytes) -> None:
        fd = self._wal_fd
        assert fd is not None
        start = self._wal_offset
        try:
            if os.fstat(fd).st_size != start:
                os.ftruncate(fd, start)  # a torn tail left by a writer that died
            written = os.write(fd, line)
            if written != len(line):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            os.fsync(fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, start)
            raise write_failed(self.path, exc) from exc
        self._wal_offset = start + len(line)

    def _apply(self, ops: Mapping[str, Any]) -> dict[str, set[str]]:
        changed: dict[str, set[str]] = {}
        for name, op in ops.items():
            if name == META_TABLE or not isinstance(op, dict):
                continue
            table = self._data.get(name)
            if table is None:
                table = self._data[name] = LazyDocs() if name in self.lazy_tables else {}
            ids = changed.setdefault(name, set())
            for doc_id in op.get("d", ()):
                table.pop(doc_id, None)
                ids.add(doc_id)
            upserts = op.get("u", {})
            if isinstance(table, LazyDocs):
                table.update_encoded(upserts)
            else:
                table.update(upserts)
            ids.update(upserts)
            self.changed_since_extras.setdefault(name, set()).update(ids)
        return changed

    def _notify(self, changes: Changes) -> None:
        for listener in self._listeners:
            listener(changes)

    def _write_snapshot(self, generation: int) -> None:
        meta: dict[str, Any] = {"format": self.format_version, "generation": generation}
        extras = None
        if self.snapshot_hook is not None:
            try:
                extras = self.snapshot_hook(self.extras, self._data, self.changed_since_extras)
            except Exception as exc:  # noqa: BLE001 - derived data: readers rebuild it if absent
                self.warnings.append(f"{self.path.name}: index not saved ({exc!r})")
                extras = None
            if extras is not None:
                meta["extras"] = extras
        try:
            payload: bytes | Iterator[bytes]
            if self.lazy_tables:
                payload = dump_lined_pieces({META_ID: meta}, self._data)
            else:
                data: dict[str, Any] = {META_TABLE: {META_ID: meta}}
                data.update(self._data)
                payload = orjson.dumps(data)
            atomic_write_bytes(self.path, payload)
        except OSError as exc:
            raise write_failed(self.path, exc) from exc
        self.extras = extras
        self.changed_since_extras = {}
        self._generation = generation
        self._snap_id = _file_id(self.path)
        self._wal_ok = False  # the journal (older generation) is now stale

    def _compact(self, *, force: bool, on_close: bool = False) -> None:
        with self._locked():
            seen = self._catch_up()
            if not force and not self._wal_entries:
                return
            old = (
                (self._generation, self._wal_offset)
                if self._wal_ok and self._wal_fd is not None
                else None
            )
            self._write_snapshot(self._generation + 1)
            self._ensure_wal(follows=old)
        if (seen is None or seen) and not on_close:
            self._notify(seen)


def _merge_changes(a: Changes, b: Changes) -> Changes:
    if a is None or b is None:
        return None
    out = {k: set(v) for k, v in a.items()}
    for k, v in b.items():
        out.setdefault(k, set()).update(v)
    return out


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _loads_big(raw: bytes) -> Any:
    """orjson.loads without the cyclic GC running over the million objects being created."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return orjson.loads(raw)
    finally:
        if enabled:
            gc.enable()


def _read_all(fd: int) -> bytes:
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


# ---------------------------------------------------------------------------------------------
# Lazy tables: records kept as their JSON bytes until first read.


_MISSING = object()


class LazyDocs(MutableMapping[str, Any]):
    """A table whose records stay as JSON bytes (as read from the snapshot) until first used.

    Opening a store with 50,000 annotations then costs a split of the file into lines, not
    the creation of a million Python objects; a record that cannot be decoded reads as ``{}``
    (its bytes are kept and written back unchanged).
    """

    __slots__ = ("_d", "_enc")

    def __init__(self, docs: Mapping[str, Any] | None = None) -> None:
        self._d: dict[str, Any] = dict(docs or {})
        self._enc: dict[str, Any] = {}  # the stored bytes of records decoded and not changed since

    def __getitem__(self, key: str) -> Any:
        value = self._d[key]
        if type(value) is not dict:
            try:
                decoded = orjson.loads(value)
            except orjson.JSONDecodeError:
                return {}
            if type(decoded) is not dict:
                return {}
            self._d[key] = decoded
            self._enc[key] = value  # records are replaced, never edited in place
            return decoded
        return value

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        if key in self._d:
            return self[key]
        return default

    def peek(self, key: str, default: Any = None) -> Any:
        """The record decoded, without keeping the decoded form (a pass over every record,
        such as rebuilding an index, then costs no lasting memory)."""
        value = self._d.get(key, _MISSING)
        if value is _MISSING:
            return default
        if type(value) is dict:
            return value
        try:
            decoded = orjson.loads(value)
        except orjson.JSONDecodeError:
            return {}
        return decoded if type(decoded) is dict else {}

    def update_encoded(self, docs: Mapping[str, Any]) -> None:
        """Store ``docs`` as JSON bytes (decoded on first use), as records read from a
        snapshot are: 100,000 saved records then cost ~45 MB instead of ~200 MB of dicts.
        Each is copied out of orjson's buffer, which is allocated at 4 KB and shrunk; kept
        alive, those buffers would fragment the heap."""
        enc = self._enc
        for key, doc in docs.items():
            self._d[key] = bytes(memoryview(orjson.dumps(doc)))
            if enc:
                enc.pop(key, None)

    def __setitem__(self, key: str, value: Any) -> None:
        self._d[key] = value
        self._enc.pop(key, None)

    def __delitem__(self, key: str) -> None:
        del self._d[key]
        self._enc.pop(key, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)

    def __contains__(self, key: object) -> bool:
        return key in self._d

    def pop(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        if key in self._d:
            value = self[key]
            del self[key]
            return value
        return default

    def update(self, other: Any = (), /, **kwargs: Any) -> None:  # type: ignore[override]
        other = dict(other, **kwargs)
        self._d.update(other)
        if self._enc:
            for key in other:
                self._enc.pop(key, None)

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return [(k, self[k]) for k in list(self._d)]

    def values(self) -> list[Any]:  # type: ignore[override]
        return [self[k] for k in list(self._d)]

    def keys(self) -> Any:  # type: ignore[override]
        return self._d.keys()

    def encoded_items(self) -> Iterator[tuple[str, bytes]]:
        """(key, JSON bytes) for every record, re-encoding only those that were decoded."""
        enc = self._enc
        for key, value in list(self._d.items()):
            if type(value) is not dict:
                yield key, value
            else:
                stored = enc.get(key)
                yield key, stored if stored is not None else orjson.dumps(value)

    def is_loaded(self, key: str) -> bool:
        return type(self._d.get(key)) is dict


def dump_lined(meta_table: Mapping[str, Any], tables: Mapping[str, Mapping[str, Any]]) -> bytes:
    """The snapshot as JSON with one record per line (still one valid JSON object)::

    {"_meta":{...}
    ,"annotations":{
    "id1":{...},
    "id2":{...}
    }
    }
    """
    return b"".join(dump_lined_pieces(meta_table, tables))


def dump_lined_pieces(
    meta_table: Mapping[str, Any], tables: Mapping[str, Mapping[str, Any]]
) -> Iterator[bytes]:
    """:func:`dump_lined` in pieces of about a thousand records, to be written as they come:
    the snapshot of 100,000 annotations is never whole in memory."""
    yield b'{"_meta":' + orjson.dumps(meta_table)
    for name, table in tables.items():
        yield b"\n," + orjson.dumps(name) + b":{\n"
        items = (
            table.encoded_items()
            if isinstance(table, LazyDocs)
            else ((k, orjson.dumps(v)) for k, v in table.items())
        )
        pending: list[bytes] = []
        first = True
        for k, v in items:
            pending.append(orjson.dumps(k) + b":" + v)
            if len(pending) >= 1000:
                yield (b"" if first else b",\n") + b",\n".join(pending)
                first = False
                pending = []
        if pending:
            yield (b"" if first else b",\n") + b",\n".join(pending)
        yield b"\n}"
    yield b"\n}"


def parse_lined(raw: bytes) -> tuple[dict[str, Any], dict[str, dict[str, Any]]] | None:
    """Split a snapshot written by ``dump_lined`` into (meta table, {table: {id: raw JSON}}),
    the raw JSON being zero-copy memoryviews into ``raw``. None when the file does not have
    exactly that shape (it is then parsed as plain JSON, which also reports any damage)."""
    if not raw.startswith(b'{"_meta":') or not raw.endswith(b"\n}"):
        return None
    find = raw.find
    nl = find(b"\n")
    try:
        meta_table = orjson.loads(raw[9:nl])
    except orjson.JSONDecodeError:
        return None
    if not isinstance(meta_table, dict):
        return None
    view = memoryview(raw)
    tables: dict[str, dict[str, Any]] = {}
    pos = nl + 1
    last = len(raw) - 1  # the final "}"
    while pos < last:
        nl = find(b"\n", pos)
        if nl < 0 or not (raw.startswith(b',"', pos) and raw.endswith(b'":{', pos, nl)):
            return None
        try:
            name = orjson.loads(raw[pos + 1 : nl - 2])
        except orjson.JSONDecodeError:
            return None
        pos = nl + 1
        docs: dict[str, Any] = {}
        while True:
            nl = find(b"\n", pos)
            if nl < 0:
                return None
            if nl == pos:  # an empty table
                pos = nl + 1
                continue
            if nl == pos + 1 and raw[pos] == 0x7D:  # "}": end of this table
                pos = nl + 1
                break
            cut = find(b'":', pos, nl)
            if raw[pos] != 0x22 or cut < 0 or find(b"\\", pos, cut) >= 0:
                return None
            docs[raw[pos + 1 : cut].decode("utf-8", "surrogatepass")] = view[
                cut + 2 : nl - 1 if raw[nl - 1] == 0x2C else nl
            ]
            pos = nl + 1
        tables[str(name)] = docs
    if pos != last:
        return None
    return meta_table, tables


# ---------------------------------------------------------------------------------------------
# TinyDB glue: tables keyed by our own string ids, journaling only what changed.


class JournalTable(Table):
    """A TinyDB table whose document ids are strings (annotation / article ids).

    Standard TinyDB operations work (they go through ``_update_table``); ``put``/``put_many``/
    ``delete_ids`` are the fast path: one journal line with just the changed documents.
    """

    document_id_class = str  # type: ignore[assignment]

    @property
    def durable(self) -> DurableStorage:
        return self._storage  # type: ignore[return-value]

    def _get_next_id(self) -> str:  # type: ignore[override]
        return uuid.uuid4().hex

    def _update_table(self, updater: Callable[[dict[Any, Any]], None]) -> None:
        old = self.durable.table_data(self.name)
        new = {k: dict(v) for k, v in old.items()}
        updater(new)
        upserts = {str(k): v for k, v in new.items() if old.get(str(k)) != v}
        deletes = [k for k in old if k not in new]
        if upserts or deletes:
            self.durable.commit({self.name: (upserts, deletes)})
        self.clear_cache()

    def raw(self) -> dict[str, Any]:
        return self.durable.table_data(self.name)

    def put(self, doc_id: str, doc: Mapping[str, Any]) -> None:
        self.put_many({doc_id: doc})

    def put_many(self, docs: Mapping[str, Mapping[str, Any]], deletes: Iterable[str] = ()) -> None:
        self.durable.commit({self.name: ({k: dict(v) for k, v in docs.items()}, list(deletes))})
        self.clear_cache()

    def delete_ids(self, ids: Iterable[str]) -> None:
        self.durable.commit({self.name: ({}, list(ids))})
        self.clear_cache()


class StoreDB(TinyDB):
    table_class = JournalTable

    def __init__(self, path: Path, **kwargs: Any) -> None:
        super().__init__(path, storage=DurableStorage, **kwargs)
        self.durable.add_listener(self._on_change)

    @property
    def durable(self) -> DurableStorage:
        return self.storage  # type: ignore[return-value]

    def table(self, name: str, **kwargs: Any) -> JournalTable:  # type: ignore[override]
        return super().table(name, **kwargs)  # type: ignore[return-value]

    def _on_change(self, changes: Changes) -> None:
        for table in self._tables.values():
            table.clear_cache()
