"""The index's SQLite file: ``index.sqlite`` beside the library's TinyDB files.

Everything in it is derived from the library (article texts and the analysis engine) and can
be rebuilt at any time: a damaged file, or one written by another version of this schema, is
deleted and built again; a library folder that cannot be written gets an index in memory.
Each thread has its own connection (WAL mode: readers never wait for the writer).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

INDEX_FILE = "index.sqlite"
INDEX_FORMAT = "4"  # bump when the schema or what a table holds changes: the file is rebuilt
BUSY_TIMEOUT_S = 60.0

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- One row per article of the library; its rowid is the article's rowid in fts.
-- ``analysed`` says which text, engine and date its derived rows below were made from.
CREATE TABLE docs(
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT,
    date TEXT,
    added TEXT,
    analysed TEXT,
    -- 1 when the text holds control characters: the index has spaces in their place, and
    -- snippets are mapped back onto the article's text to show them (``fulltext.restore``).
    controls INTEGER NOT NULL DEFAULT 0
);

CREATE VIRTUAL TABLE fts USING fts5(
    title, body,
    tokenize = "unicode61 remove_diacritics 2"
);
INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(8.0, 1.0)');

-- The analysis cache: an article's spans, keyed by its text, the engine and its date.
CREATE TABLE spans(
    text_hash TEXT NOT NULL,
    engine TEXT NOT NULL,
    published TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY(text_hash, engine, published)
);

-- What the analysis found per article, in the shape the library-wide queries read.
CREATE TABLE entity_docs(
    doc INTEGER NOT NULL,
    label TEXT NOT NULL,
    value TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    first INTEGER NOT NULL,
    starts TEXT NOT NULL,
    forms TEXT NOT NULL
);
CREATE INDEX entity_docs_value ON entity_docs(value, label);
CREATE INDEX entity_docs_doc ON entity_docs(doc);

CREATE TABLE quotes(
    doc INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_mention TEXT
);
CREATE INDEX quotes_doc ON quotes(doc);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE events(
    doc INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    mention TEXT NOT NULL,
    value TEXT,
    date TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    resolved TEXT NOT NULL,
    sentence TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);
CREATE INDEX events_sort ON events(sort_key, doc, start);
CREATE INDEX events_doc ON events(doc);

-- The entities of the whole library, names linked across articles; rebuilt from entity_docs
-- whenever the library's analysis changed (meta 'catalogue' = the generation it was built at).
CREATE TABLE entities(
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    aliases TEXT NOT NULL
);
CREATE INDEX entities_key ON entities(key);
CREATE TABLE entity_names(
    label TEXT NOT NULL,
    value TEXT NOT NULL,
    key TEXT NOT NULL,
    entity INTEGER NOT NULL,
    PRIMARY KEY(label, value)
) WITHOUT ROWID;
CREATE INDEX entity_names_entity ON entity_names(entity);
CREATE INDEX entity_names_key ON entity_names(key);
"""


class IndexDB:
    """Connections to one index file (or, when ``folder`` is None or unusable, to memory)."""

    def __init__(self, folder: Path | None) -> None:
        self.path: Path | None = folder / INDEX_FILE if folder is not None else None
        self.in_memory = False
        self.warning: str | None = None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._memory_uri: str | None = None
        self._keeper: sqlite3.Connection | None = None
        self._closed = False
        self._open()

    # -- opening -----------------------------------------------------------------------------

    def _open(self) -> None:
        if self.path is None:
            self._use_memory(None)
            return
        try:
            self._prepare(self._connect())
            return
        except sqlite3.DatabaseError as exc:
            reason = str(exc)
        self._drop_connections()
        if self._remove_files():
            try:
                self._prepare(self._connect())
                return
            except sqlite3.DatabaseError as exc:
                reason = str(exc)
            self._drop_connections()
        self._use_memory(f"{self.path} cannot be used ({reason}); the index is kept in memory")

    def _use_memory(self, warning: str | None) -> None:
        self.in_memory = True
        self.warning = warning
        self._memory_uri = f"file:tuiread-index-{uuid.uuid4().hex}?mode=memory&cache=shared"
        self._keeper = self._raw_connect()
        self._prepare(self._keeper)

    def _raw_connect(self) -> sqlite3.Connection:
        if self._memory_uri is not None:
            conn = sqlite3.connect(
                self._memory_uri,
                uri=True,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
                check_same_thread=False,
            )
        else:
            assert self.path is not None
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # derived data: a lost commit is rebuilt
        conn.execute("PRAGMA temp_store=MEMORY")
        return conn

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = self._raw_connect()
        except OSError as exc:
            raise sqlite3.DatabaseError(exc.strerror or str(exc)) from exc
        with self._lock:
            self._connections.append(conn)
        self._local.conn = conn
        return conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        """Create the schema, or rebuild it when the file holds another format."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            has_meta = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
            ).fetchone()
            found = None
            if has_meta:
                row = conn.execute("SELECT value FROM meta WHERE key='format'").fetchone()
                found = row[0] if row else None
            if found != INDEX_FORMAT:
                self._drop_all(conn)
                for statement in _statements(SCHEMA):
                    conn.execute(statement)
                conn.execute("INSERT INTO meta VALUES('format', ?)", (INDEX_FORMAT,))
                conn.execute("INSERT INTO meta VALUES('generation', '0')")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise

    @staticmethod
    def _drop_all(conn: sqlite3.Connection) -> None:
        rows = conn.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        # virtual tables first: dropping one drops its shadow tables
        for kind, name in sorted(rows, key=lambda r: not _is_virtual(conn, r[1])):
            exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name=?", (name,)).fetchone()
            if exists:
                conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')

    def _remove_files(self) -> bool:
        assert self.path is not None
        for suffix in ("", "-wal", "-shm"):
            target = self.path.with_name(self.path.name + suffix)
            try:
                target.unlink()
            except FileNotFoundError:
                continue
            except OSError:
                return False
        return True

    def _drop_connections(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for conn in connections:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._local = threading.local()

    # -- using -------------------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection."""
        if self._closed:
            raise sqlite3.ProgrammingError("the index is closed")
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
        return conn

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (taken at once, so two writers queue instead of failing)."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: several queries see one state of the index."""
        conn = self.conn
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("COMMIT")

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return str(row[0]) if row else default

    def generation(self) -> int:
        """A number that grows whenever anything the queries read changed."""
        try:
            return int(self.meta("generation", "0"))
        except ValueError:
            return 0

    @staticmethod
    def bump_generation(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
            "WHERE key='generation'"
        )

    def size(self) -> int:
        """Bytes on disk (0 in memory)."""
        if self.path is None or self.in_memory:
            return 0
        total = 0
        for suffix in ("", "-wal"):
            with contextlib.suppress(OSError):
                total += os.stat(self.path.with_name(self.path.name + suffix)).st_size
        return total

    def close(self) -> None:
        self._closed = True
        self._drop_connections()
        if self._keeper is not None:
            with contextlib.suppress(sqlite3.Error):
                self._keeper.close()
            self._keeper = None


def _statements(script: str) -> list[str]:
    """The statements of ``script`` (split on ``;`` at line ends; comments dropped)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    parts = "\n".join(lines).split(";\n")
    return [part.strip().rstrip(";") for part in parts if part.strip().strip(";")]


def _is_virtual(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (name,)).fetchone()
    return bool(row and row[0] and str(row[0]).upper().startswith("CREATE VIRTUAL"))
