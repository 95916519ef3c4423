"""The characters a regular expression can start a match with, read from its parse tree.

The grammar is an ordered alternation of branches; at a given position only the branches
that can start with the character there can match, and the first of those that matches is
what the whole alternation would match. Knowing each branch's first characters lets the
scanner try a handful of branches instead of all of them.
"""

from __future__ import annotations

import string
from typing import Any

ANY = None  # any character may start a match
# characters a category stands for, as far as the lower-cased text of the scanner goes
_DIGITS = frozenset(string.digits)
_SPACE = frozenset(" \t\n\r\f\v\u00a0\u202f")


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None for any."""
    from re import _parser  # type: ignore[attr-defined]

    chars, nullable = _first(list(_parser.parse(pattern, flags)))
    return None if nullable else chars


def _first(items: list[Any]) -> tuple[frozenset[str] | None, bool]:
    """(first characters, can match empty) of a sequence of parse items."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _item(str(op), av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def _item(op: str, av: Any) -> tuple[frozenset[str] | None, bool]:
    if op == "LITERAL":
        c = chr(av)
        return frozenset((c, c.lower(), c.upper())), False
    if op == "IN":
        return _charset(av), False
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return frozenset(), True  # zero-width
    if op == "SUBPATTERN":
        return _first(list(av[-1]))
    if op == "ATOMIC_GROUP":
        return _first(list(av))
    if op == "BRANCH":
        out: set[str] = set()
        nullable = False
        for alternative in av[1]:
            chars, empty = _first(list(alternative))
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or empty
        return frozenset(out), nullable
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, body = av
        chars, empty = _first(list(body))
        return chars, empty or low == 0
    return None, False  # ANY, NOT_LITERAL, GROUPREF, ...: anything


def _charset(items: list[Any]) -> frozenset[str] | None:
    out: set[str] = set()
    for op, av in items:
        op = str(op)
        if op == "NEGATE":
            return None
        if op == "LITERAL":
            c = chr(av)
            out |= {c, c.lower(), c.upper()}
        elif op == "RANGE":
            lo, hi = av
            if hi - lo > 2000:
                return None
            for code in range(lo, hi + 1):
                c = chr(code)
                out |= {c, c.lower(), c.upper()}
        elif op == "CATEGORY":
            name = str(av)
            if name == "CATEGORY_DIGIT":
                out |= _DIGITS
            elif name == "CATEGORY_SPACE":
                out |= _SPACE
            else:
                return None
        else:
            return None
    return frozenset(out)
