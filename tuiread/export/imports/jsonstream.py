"""Read a large JSON document record by record, in bounded memory.

An export of 100,000 annotations is 60-120 MB of JSON; decoding it whole costs several times
that in Python objects. :func:`walk` reads the file in chunks and hands over each member of a
*record list* (the lists at :data:`RECORD_PATHS`: a top-level array, ``annotations``, ``rows``,
``items``, ``first.items``, ``articles``) as soon as it is complete, decoded by orjson. The
rest of the document, its *skeleton*, is kept with each record replaced by ``0``, so it stays
small and is itself checked as JSON at the end: a missing comma between records, a truncated
file or trailing garbage all fail.

Why not ijson: its C backend crashes the interpreter on an integer of thousands of digits and
on very deep nesting. orjson refuses both with an error, and a record is found with one regular
expression call (strings are skipped whole, nesting up to :data:`_FAST_DEPTH` levels in C).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import orjson

RECORD_PATHS: frozenset[tuple[str, ...]] = frozenset(
    {(), ("annotations",), ("rows",), ("items",), ("first", "items"), ("articles",)}
)
CHUNK = 1 << 20
MAX_RECORD_BYTES = 64 << 20
MAX_SKELETON_BYTES = 16 << 20
MAX_DEPTH = 256

_STRING = rb'"(?:[^"\\]++|\\.)*+"'
# Everything up to the next bracket that is not inside a string (possessive: no backtracking).
_SKIP = re.compile(rb'(?:[^"\[\]{}]++|' + _STRING + rb")*+", re.S)
_FAST_DEPTH = 8


def _nested(depth: int) -> bytes:
    inner = rb'(?:[^"\[\]{}]++|' + _STRING + rb")*+"
    for _ in range(depth):
        inner = rb'(?:[^"\[\]{}]++|' + _STRING + rb"|[\[{]" + inner + rb"[\]}])*+"
    return inner


# One whole container nested at most _FAST_DEPTH levels (bracket kinds are checked by orjson).
_RECORD = re.compile(rb"[\[{]" + _nested(_FAST_DEPTH) + rb"[\]}]", re.S)
_KEY_BEFORE = re.compile(rb"(" + _STRING + rb")\s*:\s*\Z", re.S)
_WS = b" \t\r\n"


class JsonProblem(ValueError):
    """The document is not valid JSON (or is too large or deep to read); one line for users."""


@dataclass(frozen=True, slots=True)
class Record:
    """One member of a record list: where it sits, its 1-based place there, its value, and
    its bytes' place in the file (``start``, ``end``) to read it again without a search."""

    path: tuple[str, ...]
    index: int
    value: Any
    start: int = 0
    end: int = 0


def loads(raw: bytes | memoryview) -> Any:
    """orjson, or the standard library for what orjson refuses that JSON allows (a lone
    surrogate escaped as ``\\udxxx``); a clear JsonProblem otherwise."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        first = str(exc)
    try:
        return json.loads(bytes(raw).decode("utf-8"))
    except (ValueError, RecursionError):
        pass
    raise JsonProblem(_describe(first))


def _describe(message: str) -> str:
    if "infinity" in message or "number" in message:
        return "a number too large to read"
    if "depth" in message:
        return "nested too deeply"
    if "UTF-8" in message:
        return "not UTF-8 text"
    return message.split(":", 1)[0]


class _Frame:
    __slots__ = ("count", "is_records", "kind", "path")

    def __init__(self, kind: int, path: tuple[str, ...], is_records: bool) -> None:
        self.kind = kind
        self.path = path
        self.is_records = is_records
        self.count = 0


class Walk:
    """Iterate :meth:`records`; afterwards :attr:`skeleton` holds the rest of the document."""

    def __init__(self, stream: IO[bytes], *, chunk: int = CHUNK) -> None:
        self._stream = stream
        self._chunk = chunk
        self._buf = b""
        self._pos = 0
        self._eof = False
        self._offset = 0  # file offset of _buf[0]
        self._skeleton = bytearray()
        self.skeleton: Any = None

    def _fill(self) -> bool:
        """Drop what was consumed, read one more chunk; False at the end of the file."""
        if self._eof:
            return False
        data = self._stream.read(self._chunk)
        if not data:
            self._eof = True
            return False
        self._offset += self._pos
        self._buf = self._buf[self._pos :] + data
        self._pos = 0
        return True

    def _keep(self, piece: bytes) -> None:
        self._skeleton += piece
        if len(self._skeleton) > MAX_SKELETON_BYTES:
            raise JsonProblem(
                "no list of annotations found in the first "
                f"{MAX_SKELETON_BYTES >> 20} MB (not an annotation export)"
            )

    def _key(self) -> str | None:
        found = _KEY_BEFORE.search(self._skeleton[-4096:])
        if found is None:
            return None
        try:
            key = loads(found.group(1))
        except JsonProblem:
            return None
        return key if isinstance(key, str) else None

    def records(self) -> Iterator[Record]:
        stack: list[_Frame] = []
        first = True
        while True:
            match = _SKIP.match(self._buf, self._pos)
            end = match.end() if match else self._pos
            at_string = end < len(self._buf) and self._buf[end] == 0x22
            if end >= len(self._buf) or at_string:
                # the chunk ends here, or inside a string: keep the text and read on
                self._keep(self._buf[self._pos : end])
                self._pos = end
                if len(self._buf) - end > MAX_RECORD_BYTES:
                    raise JsonProblem(f"a text value larger than {MAX_RECORD_BYTES >> 20} MB")
                if not self._fill():
                    if at_string or stack:
                        raise JsonProblem("the file ends in the middle of the data (cut short?)")
                    break
                continue
            self._keep(self._buf[self._pos : end])
            if first:
                if self._skeleton.strip(_WS):
                    raise JsonProblem("not JSON (text before the first bracket)")
                first = False
            char = self._buf[end]
            self._pos = end
            top = stack[-1] if stack else None
            if char in (0x5B, 0x7B):  # [ {
                if top is not None and top.is_records:
                    value, start, stop = self._record()
                    top.count += 1
                    self._keep(b"0")
                    yield Record(top.path, top.count, value, start, stop)
                    continue
                if len(stack) >= MAX_DEPTH:
                    raise JsonProblem("nested too deeply")
                path: tuple[str, ...] = ()
                if top is not None:
                    key = self._key() if top.kind == 0x7B else None
                    path = (*top.path, key if key is not None else "\0")
                stack.append(_Frame(char, path, char == 0x5B and path in RECORD_PATHS))
                self._keep(self._buf[end : end + 1])
                self._pos = end + 1
            else:  # ] }
                if not stack:
                    raise JsonProblem("a closing bracket with nothing open")
                stack.pop()
                self._keep(self._buf[end : end + 1])
                self._pos = end + 1
                if not stack:
                    self._finish()
                    return
        self._finish()

    def _finish(self) -> None:
        rest = self._buf[self._pos :]
        while True:
            if rest.strip(_WS):
                raise JsonProblem("more data after the end of the JSON document")
            if not self._fill():
                break
            rest = self._buf
            self._pos = len(self._buf)
        text = bytes(self._skeleton)
        if not text.strip(_WS):
            raise JsonProblem("the file is empty")
        self.skeleton = loads(text)

    def _record(self) -> tuple[Any, int, int]:
        """The container starting at ``_pos``, decoded, and its start and end in the file;
        ``_pos`` moves past it."""
        while True:
            match = _RECORD.match(self._buf, self._pos)
            end = match.end() if match is not None else self._scan_end()
            if end is not None:
                raw = self._buf[self._pos : end]
                start = self._offset + self._pos
                self._pos = end
                return loads(raw), start, self._offset + end
            if len(self._buf) - self._pos > MAX_RECORD_BYTES:
                raise JsonProblem(f"a record larger than {MAX_RECORD_BYTES >> 20} MB")
            if not self._fill():
                raise JsonProblem("the file ends in the middle of the data (cut short?)")

    def _scan_end(self) -> int | None:
        """Where the container at ``_pos`` ends, bracket by bracket (deep nesting, or a
        record cut by the chunk boundary); None when the buffer ends first."""
        depth = 0
        pos = self._pos
        buf = self._buf
        while True:
            match = _SKIP.match(buf, pos)
            end = match.end() if match else pos
            if end >= len(buf) or buf[end] == 0x22:
                return None
            if buf[end] in (0x5B, 0x7B):
                depth += 1
                if depth > MAX_DEPTH:
                    raise JsonProblem("nested too deeply")
            else:
                depth -= 1
                if depth == 0:
                    return end + 1
            pos = end + 1


def walk(stream: IO[bytes], *, chunk: int = CHUNK) -> Walk:
    """A walker over ``stream`` (binary, positioned at the start of the document)."""
    return Walk(stream, chunk=chunk)
