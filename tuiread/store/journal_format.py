"""The journal's record format: one line per save, ``<crc32 hex> <orjson>\n``.

The checksum is what lets a reader tell a record cut short by a crash (or a flipped byte)
from a good one, so it can skip that record and load the rest instead of refusing the file.
"""

from __future__ import annotations

import zlib
from typing import Any

import orjson


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
        record = decode_one(line)
        if record is BAD:
            pending_bad += 1
            continue
        records.append(record)
        bad += pending_bad
        pending_bad = 0
        good_end = pos
    return records, good_end, bad


BAD = object()  # what decode_one returns for a line that fails its checksum


def decode_one(line: bytes) -> Any:
    if len(line) < 10 or line[8:9] != b" ":
        return BAD
    payload = line[9:]
    try:
        if int(line[:8], 16) != zlib.crc32(payload):
            return BAD
        return orjson.loads(payload)
    except ValueError:
        return BAD
