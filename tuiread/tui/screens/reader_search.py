"""Search in the article the reader shows: the matches of a query, and stepping through them.

Plain text, case-insensitive, the query taken literally (not a pattern); at most
``MAX_MATCHES`` are kept, so a one-letter query on a long article stays quick. Pure
functions: the screen owns the search box and the article view.
"""

from __future__ import annotations

import re

MAX_MATCHES = 10_000


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of each match of ``query`` in ``text``."""
    if not query:
        return []
    matches: list[tuple[int, int]] = []
    for m in re.finditer(re.escape(query), text, re.IGNORECASE):
        if m.end() > m.start():
            matches.append((m.start(), m.end()))
            if len(matches) >= MAX_MATCHES:
                break
    return matches


def first_match_from(matches: list[tuple[int, int]], offset: int) -> int | None:
    """The index of the first match at or after ``offset`` (wrapping to the first)."""
    if not matches:
        return None
    for i, (start, _) in enumerate(matches):
        if start >= offset:
            return i
    return 0


def step_match(matches: list[tuple[int, int]], cursor: int, forward: bool) -> int:
    """The index of the next match after ``cursor`` (or the one before it), wrapping
    around the article. ``matches`` is not empty."""
    if forward:
        return next((i for i, (s, _) in enumerate(matches) if s > cursor), 0)
    return next(
        (i for i in range(len(matches) - 1, -1, -1) if matches[i][0] < cursor),
        len(matches) - 1,
    )
