"""The snapshot's layout, and tables whose records stay encoded until first used.

``NAME.json`` is ``{"_meta": {"1": {"format": F, "generation": G, "extras": ...}}, table:
{id: doc}}``. With lazy tables it is written one record per line (still plain JSON), so
opening a library of 100,000 annotations is a split into lines, not a million Python objects
created: :class:`LazyDocs` keeps each record's bytes and decodes it when it is first read.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

import orjson

META_TABLE = "_meta"
META_ID = "1"

# The start of a snapshot: its format and generation, read without parsing the whole file.
SNAPSHOT_HEAD = re.compile(rb'^\{"_meta":\{"1":\{"format":(\d+),"generation":(\d+)[,}]')


def loads_big(raw: bytes) -> Any:
    """orjson.loads without the cyclic GC running over the million objects being created."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return orjson.loads(raw)
    finally:
        if enabled:
            gc.enable()


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

    def get(self, key: str, default: Any = None) -> Any:
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

    def pop(self, key: str, default: Any = None) -> Any:
        if key in self._d:
            value = self[key]
            del self[key]
            return value
        return default

    def update(self, other: Any = (), /, **kwargs: Any) -> None:
        other = dict(other, **kwargs)
        self._d.update(other)
        if self._enc:
            for key in other:
                self._enc.pop(key, None)

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return [(k, self[k]) for k in list(self._d)]

    def values(self) -> list[Any]:  # type: ignore[override]
        return [self[k] for k in list(self._d)]

    def keys(self) -> Any:
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
