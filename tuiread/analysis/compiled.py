"""The analysis engine's regular expressions, compiled ahead of time and shipped in the package.

``re.compile`` spends about a second in pure Python parsing and assembling the numbers
grammar, and a tenth of a second more on the entity, date and quote patterns, on every start
of a process: more than spaCy takes to load its model. The compiled form (the regex engine's
code, a list of integers) depends only on the pattern and on the Python that compiled it, so
``scripts/build_regex_cache.py`` stores it in ``data/regex.cache`` for the Python the project
is built with, keyed by a hash of each pattern. Every module of the engine compiles its
patterns here. :func:`compile`
hands a stored code to the regex engine directly (``_sre.compile``, what ``re.compile``
itself ends with) and falls back to ``re.compile`` for a pattern that changed since the
cache was built or on another Python: the cache can make a start faster, never wrong.
"""

from __future__ import annotations

import _sre
import hashlib
import marshal
import re
import sys
import zlib
from array import array
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

CACHE = Path(__file__).with_name("data") / "regex.cache"
ENGINE = (tuple(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE)
_CODE_TYPE = {2: "H", 4: "I"}[_sre.CODESIZE]


def _key(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{flags}\0{pattern}".encode()).hexdigest()


@cache
def _stored() -> dict[str, Any]:
    """The entries of the shipped cache, or none if it was built by another regex engine."""
    try:
        data = marshal.loads(CACHE.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("engine") != ENGINE:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


_ASKED: dict[str, tuple[str, int]] = {}  # every pattern compiled in this process


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - as re.compile
    """``re.compile(pattern, flags)``, from the shipped cache when it holds this pattern."""
    flags = int(flags)
    key = _key(pattern, flags)
    _ASKED[key] = (pattern, flags)
    entry = _stored().get(key)
    if entry is not None:
        all_flags, packed, groups, groupindex, indexgroup = entry
        try:
            code = array(_CODE_TYPE, zlib.decompress(packed)).tolist()
            return _sre.compile(  # type: ignore[no-any-return]
                pattern, all_flags, code, groups, groupindex, indexgroup
            )
        except (RuntimeError, TypeError, ValueError, zlib.error):  # not for this engine
            pass
    return re.compile(pattern, flags)


def _entry(pattern: str, flags: int) -> tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]:
    """What re.compile computes for ``pattern``, in a form marshal can store."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    all_flags = flags | parsed.state.flags
    return (
        all_flags,
        zlib.compress(array(_CODE_TYPE, [int(c) for c in code]).tobytes(), 9),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def write_cache(patterns: Iterable[tuple[str, int]], path: Path = CACHE) -> int:
    """Compile ``patterns`` and store their code at ``path``; returns the bytes written."""
    entries = {_key(p, f): _entry(p, f) for p, f in patterns}
    data = marshal.dumps({"engine": ENGINE, "entries": entries})
    path.write_bytes(data)
    _stored.cache_clear()
    return len(data)


def asked() -> list[tuple[str, int]]:
    """Every pattern :func:`compile` was asked for in this process, in the order asked."""
    return list(_ASKED.values())


def holds(pattern: str, flags: int = 0) -> bool:
    """True when the shipped cache holds this pattern for the running Python."""
    return _key(pattern, flags) in _stored()
