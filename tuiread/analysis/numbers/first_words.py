"""Which short strings a regular expression can start a match with, read from its parse tree:
``can_start(pattern, "km")`` is False only when no match of the pattern begins with "km".

The parse tree is walked over the string with the set of positions each step can reach;
look-arounds and anchors are taken as true and atomic groups as plain ones, so the answer
errs only towards True: a False is certain. Used to build and check the cheap look-aheads
of the grammar (``grammar.TAIL_START``), not while reading a text.
"""

from __future__ import annotations

from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any


class _Reached(Exception):
    """The walk consumed the whole string: some match starts with it."""


def can_start(pattern: str, s: str) -> bool:
    """Whether some match of ``pattern`` (parsed without flags) starts with all of ``s``."""
    return starts(list(_parser.parse(pattern)), s)


def parse(pattern: str) -> list[Any]:
    """The parse tree :func:`starts` walks (parse once, ask many times)."""
    return list(_parser.parse(pattern))


def starts(tree: list[Any], s: str) -> bool:
    """:func:`can_start` on a parse tree."""
    try:
        _Walk(s).seq(tree, {0})
    except _Reached:
        return True
    return False


def can_end(tree: list[Any], s: str, k: int) -> bool:
    """Whether some match of the pattern (its parse tree) may be ``s[:k]`` when ``s`` follows:
    the look-aheads the string decides are read, the others taken as true."""
    try:
        return k in _Walk(s, stop=False).seq(tree, {0})
    except _Reached:  # (a back reference: it may)
        return True


def _category(cat: Any, ch: str) -> bool:
    if cat is _c.CATEGORY_DIGIT:
        return ch.isdigit()
    if cat is _c.CATEGORY_NOT_DIGIT:
        return not ch.isdigit()
    if cat is _c.CATEGORY_SPACE:
        return ch.isspace()
    if cat is _c.CATEGORY_NOT_SPACE:
        return not ch.isspace()
    if cat is _c.CATEGORY_WORD:
        return ch.isalnum() or ch == "_"
    if cat is _c.CATEGORY_NOT_WORD:
        return not (ch.isalnum() or ch == "_")
    return True


def _in(items: list[Any], ch: str) -> bool:
    negate = hit = False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit = hit or ch == chr(av)
        elif op is _c.RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif op is _c.CATEGORY:
            hit = hit or _category(av, ch)
        else:
            return True  # (not read here: may match)
    return hit != negate


class _Walk:
    def __init__(self, s: str, stop: bool = True) -> None:
        self.s = s
        self.n = len(s)
        self.stop = stop  # (raise _Reached once the whole string is consumed)
        self.open = False

    def step(self, at: set[int], ok: Any) -> set[int]:
        out = {i + 1 for i in at if i < self.n and ok(self.s[i])}
        if self.n in out:
            if self.stop:
                raise _Reached
            self.open = True  # (the walk reached the end: what follows is unknown)
        return out

    def seq(self, items: Any, at: set[int]) -> set[int]:
        for op, av in items:
            if not at:
                break
            at = self.item(op, av, at)
        return at

    def item(self, op: Any, av: Any, at: set[int]) -> set[int]:
        if op is _c.LITERAL:
            return self.step(at, lambda ch: ch == chr(av))
        if op is _c.NOT_LITERAL:
            return self.step(at, lambda ch: ch != chr(av))
        if op is _c.ANY:
            return self.step(at, lambda ch: True)
        if op is _c.IN:
            return self.step(at, lambda ch: _in(av, ch))
        if op in (_c.ASSERT, _c.ASSERT_NOT) and av[0] == 1:
            # a look-ahead ("(?![\w])"): read where the string tells, else taken as true
            return {i for i in at if self._ahead(list(av[1]), i, op is _c.ASSERT)}
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return at  # zero-width: taken as true
        if op is _c.SUBPATTERN:
            return self.seq(av[-1], at)
        if op is _c.ATOMIC_GROUP:
            return self.seq(av, at)
        if op is _c.BRANCH:
            out: set[int] = set()
            for alternative in av[1]:
                out |= self.seq(alternative, at)
            return out
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, body = av
            reached = set(at) if low == 0 else set()
            current, k = set(at), 0
            while current and (high == _c.MAXREPEAT or k < high):
                nxt = self.seq(body, current)
                k += 1
                if k >= low:
                    if nxt <= reached:
                        break
                    reached |= nxt
                elif nxt == current:
                    reached |= current
                    break
                current = nxt
            return reached
        raise _Reached  # a back reference or anything else: it may match

    def _ahead(self, body: Any, i: int, positive: bool) -> bool:
        """Whether a look-ahead at ``i`` may hold: a match of ``body`` inside the string
        decides; one that may run past its end leaves it open (True)."""
        branch = len(body) == 1 and body[0][0] is _c.BRANCH
        alternatives = [list(a) for a in body[0][1][1]] if branch else [body]
        undecided = False
        for alternative in alternatives:
            if not _plain(alternative):
                undecided = True  # (not read here: it may match)
                continue
            walk = _Walk(self.s, stop=False)
            if walk.seq(alternative, {i}):
                return positive  # (a match inside the string: the look-ahead is decided)
            undecided = undecided or walk.open
        return undecided or not positive


def _plain(items: Any) -> bool:
    """Items with no look-around, anchor, atomic group or back reference inside."""
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT, _c.ATOMIC_GROUP, _c.POSSESSIVE_REPEAT):
            return False
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return False
        if op is _c.SUBPATTERN and not _plain(av[-1]):
            return False
        if op is _c.BRANCH and not all(_plain(a) for a in av[1]):
            return False
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and not _plain(av[2]):
            return False
    return True
