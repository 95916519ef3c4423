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
                     A torn last line (kill -9, power loss) fails its checksum and is skipped
                     (then cut off by the next writer, under the lock); a damaged line in the
                     middle is skipped and the rest loaded. Both are reported in ``warnings``
                     with the file and a backup copy, and only a write repairs them.
- ``NAME.json.lock`` an ``fcntl.flock`` held only for the few milliseconds of each write.

Opened ``read_only`` (what commands that only read do), nothing is written: no lock file is
created (an existing one is taken shared while reading), no repair, no compaction.

Several processes can write the same database: under the lock each first catches up with the
journal lines others appended, then appends its own. Compaction (journal -> new snapshot, on a
background thread every ``compact_every`` saves, and on close when the journal is long) happens
under the lock too, with a higher generation: a journal whose generation is lower than the
snapshot's is stale (everything in it is in the snapshot) and ignored; the new journal's header
says where the old one ended, so other processes switch over without reloading the snapshot.
Format versions live in ``_meta`` with migrations (version -> function); damaged files raise
CorruptDatabase and newer ones NewerFormat, both leaving the file untouched.

This module is the engine: opening, catching up, saving, compacting. Its parts live beside
it: ``journal_format`` (journal lines and their checksums), ``snapshot_format`` (the snapshot
layout, lazy tables), ``loading`` (parsing, migrations, damage messages and backup copies),
``locking`` (the locks between processes), ``errors``, and ``tables`` (the TinyDB glue).
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any, cast

import orjson
from tinydb.storages import Storage

from tuiread.fileio import why, write_file_atomically
from tuiread.store.errors import ReadOnlyStore, StoreError, WriteFailed, write_failed
from tuiread.store.journal_format import BAD, decode_lines, decode_one, encode_line
from tuiread.store.loading import (
    Migration,
    backup_copy,
    corrupt_error,
    journal_damage_message,
    migrate,
    newer_format_error,
    parse_snapshot,
    read_all,
)
from tuiread.store.locking import ProcessLock, file_id, shared_lock
from tuiread.store.snapshot_format import (
    META_ID,
    META_TABLE,
    SNAPSHOT_HEAD,
    LazyDocs,
    dump_lined_pieces,
)

CLOSE_COMPACT_ENTRIES = 200  # a journal this long is folded into the snapshot on close
CLOSE_COMPACT_BYTES = 1 << 20

# The tables in memory: plain dicts, or LazyDocs (records decoded on first use) for lazy ones.
Tables = dict[str, MutableMapping[str, Any]]
Changes = dict[str, set[str]] | None  # table -> changed ids; None: everything may have changed


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
        self._lock = ProcessLock(self.lock_path)
        self._data: Tables = {}
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
        self.background_compaction = True
        self._deferred = 0
        self._open()

    # -- TinyDB Storage interface ----------------------------------------------------------

    def read(self) -> dict[str, dict[str, Any]]:
        # LazyDocs tables act as the dicts TinyDB reads.
        return cast(dict[str, dict[str, Any]], dict(self._data))

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
            self._close_files()

    # -- public helpers ----------------------------------------------------------------------

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def journal_entries(self) -> int:
        return self._wal_entries

    def table_data(self, name: str) -> MutableMapping[str, Any]:
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
                with self._notifying_on_failure(seen):
                    if self._wal_damaged:
                        self._repair()
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
                with shared_lock(self.lock_path):
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
                self._lock.open()
                for existing in (self.path, self.wal_path):
                    if existing.exists() and not os.access(existing, os.W_OK):
                        raise PermissionError(errno.EACCES, "permission denied", str(existing))
            except OSError as exc:
                self._lock.close()
                self.read_only = True
                # Name what the user can act on: an existing file that is locked, else the
                # folder (the lock file is ours to make; its name would mislead).
                where = (
                    exc.filename
                    if exc.filename and exc.filename != str(self.lock_path)
                    else self.path.parent
                )
                if (
                    exc.filename == str(self.lock_path)
                    and exc.errno != errno.EROFS
                    and self.lock_path.exists()
                ):
                    where = self.lock_path
                self.read_only_reason = f"{where} is not writable ({why(exc)})"
        if self.read_only:
            with self._mutex, shared_lock(self.lock_path):
                self._reload()
            return
        try:
            self._open_for_writing()
        except BaseException:
            self._close_files()
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
            if not self.path.exists() or self._migrated_from is not None:
                self._write_snapshot(self._generation + 1)
            if not self.wal_path.exists():
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
            raise StoreError(f"Cannot read {self.path}: {why(exc)}.") from exc
        else:
            try:
                st = os.fstat(fd)
                snap_id = (st.st_dev, st.st_ino)
                raw = read_all(fd)
            finally:
                os.close(fd)
            data, meta = parse_snapshot(raw, self.path, self.lazy_tables)
        found_format = int(meta.get("format", 0))
        if found_format > self.format_version:
            raise newer_format_error(self.path, found_format, self.format_version)
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
            migrated = migrate(
                {name: dict(table.items()) for name, table in self._data.items()},
                found_format,
                self.format_version,
                self.migrations,
                self.path,
            )
            self._data = {
                name: LazyDocs(table) if name in self.lazy_tables else table
                for name, table in migrated.items()
            }
            self._migrated_from = found_format
            self.extras = None
        else:
            self._migrated_from = None

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
            raise StoreError(f"Cannot read {self.wal_path}: {why(exc)}.") from exc
        st = os.fstat(fd)
        self._wal_fd = fd
        self._wal_id = (st.st_dev, st.st_ino)
        buf = read_all(fd)
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
                raise corrupt_error(self.wal_path, "it has no valid journal header")
            return
        header_gen = int(records[0]["wal"])
        if header_gen < self._generation:
            return  # stale: everything in it is already in the snapshot
        torn = len(buf) - good_end
        if bad or torn:
            self._report_damage(bad, torn)
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

    def _report_damage(self, bad: int, torn: int) -> None:
        """Warn of journal lines that could not be read (see ``journal_damage_message``);
        damaged lines in the middle make the next save rewrite the library without them."""
        if bad:
            self._wal_damaged = True
        message = journal_damage_message(self.wal_path, bad, torn)
        if message not in self.warnings:
            self.warnings.append(message)

    def _repair(self) -> None:
        """Rewrite the snapshot from what was loaded, leaving damaged journal lines behind
        (under the lock, before the first save after damage was found)."""
        self._write_snapshot(self._generation + 1)
        self._ensure_wal()

    # -- writing -------------------------------------------------------------------------------

    def _locked(self) -> contextlib.AbstractContextManager[None]:
        """The inter-process lock (reentrant; callers hold ``self._mutex``)."""
        if self._lock.fd is None:
            raise StoreError(f"{self.path.name} is closed")
        return self._lock.held()

    def _close_files(self) -> None:
        if self._wal_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._wal_fd)
        self._wal_fd = None
        self._lock.close()

    def _catch_up(self) -> Changes:
        """Apply what other processes wrote since our last read. Returns the changes."""
        snap_id = file_id(self.path)
        wal_id = file_id(self.wal_path)
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
            self._report_damage(bad, 0)
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
            match = SNAPSHOT_HEAD.match(os.pread(snap_fd, 256, 0))
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
            head = decode_one(head_bytes[:end]) if end > 0 else BAD
            if not isinstance(head, dict):
                return None
            follows = head.get("from")
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
            write_file_atomically(self.wal_path, header)
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
                table = LazyDocs() if name in self.lazy_tables else {}
                self._data[name] = table
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
            write_file_atomically(self.path, payload)
        except OSError as exc:
            raise write_failed(self.path, exc) from exc
        self.extras = extras
        self.changed_since_extras = {}
        self._wal_damaged = False  # what was loaded is now the snapshot, without them
        self._generation = generation
        self._snap_id = file_id(self.path)
        self._wal_ok = False  # the journal (older generation) is now stale

    def _compact(self, *, force: bool, on_close: bool = False) -> None:
        with self._locked():
            seen = self._catch_up()
            # What was caught up with is in memory whether or not a snapshot follows: after
            # following another process's compaction there may be nothing left to fold, and
            # the snapshot write may fail. The caches hear of it in every case (on close
            # nobody reads them any more).
            try:
                if force or self._wal_entries:
                    old = (
                        (self._generation, self._wal_offset)
                        if self._wal_ok and self._wal_fd is not None
                        else None
                    )
                    self._write_snapshot(self._generation + 1)
                    self._ensure_wal(follows=old)
            finally:
                if (seen is None or seen) and not on_close:
                    self._notify(seen)

    @contextlib.contextmanager
    def _notifying_on_failure(self, seen: Changes) -> Iterator[None]:
        """Tell the listeners what ``_catch_up`` applied to memory when the write that follows
        it fails (a full disk): otherwise their caches keep the other processes' older
        records, which the app shows and may write back over the newer ones."""
        try:
            yield
        except BaseException:
            if seen is None or seen:
                self._notify(seen)
            raise


def _merge_changes(a: Changes, b: Changes) -> Changes:
    if a is None or b is None:
        return None
    out = {k: set(v) for k, v in a.items()}
    for k, v in b.items():
        out.setdefault(k, set()).update(v)
    return out
