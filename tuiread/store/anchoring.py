"""Re-anchoring: find where a stored selector sits in the article's current text.

Order: the stored position (``text[start:end] == exact``), then the exact text searched with
its prefix/suffix context (best context match, nearest the old position), then a fuzzy match
(similarity >= FUZZY_THRESHOLD), else "orphaned": the annotation is kept, shown as orphaned,
never dropped. Pure and fast: a 20,000-word article takes milliseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from tuiread.model import Selector

AnchorStatus = Literal["exact", "moved", "fuzzy", "orphaned"]
FUZZY_THRESHOLD = 0.8
MAX_OCCURRENCES = 5000
MAX_CANDIDATES = 6
SHORT_PASSAGE = 24  # shorter passages are matched fuzzily only where their context is found


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an annotation sits now. ``text[start:end]`` is the passage unless orphaned
    (then ``start == end`` is the old position clamped to the text, a place to show a marker)."""

    start: int
    end: int
    status: AnchorStatus

    @property
    def found(self) -> bool:
        return self.status != "orphaned"


def anchor(selector: Selector, text: str) -> Anchor:
    """Locate ``selector`` in ``text``. Never raises for any selector or text."""
    exact = selector.exact or ""
    size = len(text)
    old = min(max(int(selector.start), 0), size)
    if not exact:
        return Anchor(old, old, "orphaned")
    length = len(exact)
    start = int(selector.start)
    positioned = start >= 0 and start + length <= size and text[start : start + length] == exact

    occurrences = _occurrences(text, exact)
    if occurrences:
        if positioned and (
            len(occurrences) == 1
            or _context(selector, text, start, start + length) == _full(selector)
        ):
            return Anchor(start, start + length, "exact")
        best = max(
            occurrences, key=lambda s: (_context(selector, text, s, s + length), -abs(s - start))
        )
        best_context = _context(selector, text, best, best + length)
        if positioned and best_context <= _context(selector, text, start, start + length):
            return Anchor(start, start + length, "exact")
        if best_context == 0 and _full(selector):
            # The same words elsewhere, out of context: an edited passage still standing
            # between its old neighbours is the better answer.
            bracketed = _bracketed(selector, text)
            if bracketed is not None:
                return Anchor(bracketed[0], bracketed[1], "fuzzy")
        return Anchor(best, best + length, "moved")

    found = _loose(selector, text) or _bracketed(selector, text) or _fuzzy(selector, text)
    if found is not None:
        return Anchor(found[0], found[1], "fuzzy")
    return Anchor(old, old, "orphaned")


def _loose_pattern(fragment: str) -> re.Pattern[str] | None:
    """``fragment`` with any run of whitespace matching any other (re-wrapped, re-spaced text)."""
    words = fragment.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def _loose(selector: Selector, text: str) -> tuple[int, int] | None:
    """The passage with only its whitespace changed: best context, nearest the old place."""
    pattern = _loose_pattern(selector.exact)
    if pattern is None or len(selector.exact.strip()) < 3:
        return None
    found = [
        (m.start(), m.end())
        for _, m in zip(range(MAX_OCCURRENCES), pattern.finditer(text), strict=False)
    ]
    if not found:
        return None
    old = selector.start
    return max(
        found, key=lambda se: (_loose_context(selector, text, se[0], se[1]), -abs(se[0] - old))
    )


def _loose_context(selector: Selector, text: str, start: int, end: int) -> int:
    before = "".join(text[max(0, start - 2 * len(selector.prefix)) : start].split())
    after = "".join(text[end : end + 2 * len(selector.suffix)].split())
    prefix = "".join(selector.prefix.split())
    suffix = "".join(selector.suffix.split())
    score = 0
    while score < min(len(before), len(prefix)) and before[-1 - score] == prefix[-1 - score]:
        score += 1
    i = 0
    while i < min(len(after), len(suffix)) and after[i] == suffix[i]:
        i += 1
    return score + i


def _bracketed(selector: Selector, text: str) -> tuple[int, int] | None:
    """The passage edited but its surroundings intact: the text between where the stored
    prefix ends and the stored suffix starts, if it is similar enough."""
    length = len(selector.exact)
    tail = _loose_pattern(selector.prefix[-20:]) if len(selector.prefix.strip()) >= 6 else None
    head = _loose_pattern(selector.suffix[:20]) if len(selector.suffix.strip()) >= 6 else None
    if tail is None or head is None:
        return None
    ends = [m.end() for _, m in zip(range(32), tail.finditer(text), strict=False)]
    if not ends:
        return None
    starts = [m.start() for _, m in zip(range(256), head.finditer(text), strict=False)]
    reach = length + length // 2 + 32
    old = selector.start
    best: tuple[float, int, int, int] | None = None
    for p in ends:
        for q in starts:
            if p < q <= p + reach:
                if not selector.exact[:1].isspace():
                    while p < q and text[p].isspace():
                        p += 1
                if not selector.exact[-1:].isspace():
                    while q > p and text[q - 1].isspace():
                        q -= 1
                if q <= p:
                    break
                ratio = _similarity(text[p:q], selector.exact)
                key = (round(ratio, 3), -abs(p - old), p, q)
                if ratio >= FUZZY_THRESHOLD and (best is None or key > best):
                    best = key
                break  # the nearest suffix after this prefix
    return (best[2], best[3]) if best else None


def _similarity(a: str, b: str) -> float:
    if len(a) + len(b) <= 800:
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        if matcher.real_quick_ratio() < FUZZY_THRESHOLD or matcher.quick_ratio() < FUZZY_THRESHOLD:
            return 0.0
        return matcher.ratio()
    ta = [m.group() for m in _TOKEN.finditer(a)]
    tb = [m.group() for m in _TOKEN.finditer(b)]
    blocks = SequenceMatcher(None, ta, tb, autojunk=False).get_matching_blocks()
    matched = sum(len(tok) for blk in blocks for tok in tb[blk.b : blk.b + blk.size])
    total = sum(map(len, ta)) + sum(map(len, tb))
    return 2 * matched / total if total else 0.0


def _occurrences(text: str, exact: str) -> list[int]:
    found: list[int] = []
    pos = text.find(exact)
    while pos >= 0 and len(found) < MAX_OCCURRENCES:
        found.append(pos)
        pos = text.find(exact, pos + 1)
    return found


def _full(selector: Selector) -> int:
    return len(selector.prefix) + len(selector.suffix)


def _context(selector: Selector, text: str, start: int, end: int) -> int:
    """How many characters of the stored prefix/suffix match around ``start:end``."""
    prefix, suffix = selector.prefix, selector.suffix
    score = 0
    if prefix:
        before = text[max(0, start - len(prefix)) : start]
        i = 0
        while i < len(before) and before[-1 - i] == prefix[-1 - i]:
            i += 1
        score += i
    if suffix:
        after = text[end : end + len(suffix)]
        i = 0
        while i < len(after) and after[i] == suffix[i]:
            i += 1
        score += i
    return score


def _fuzzy(selector: Selector, text: str) -> tuple[int, int] | None:
    """Find a passage similar to ``exact`` (ratio >= FUZZY_THRESHOLD), near its old place."""
    exact = selector.exact
    length = len(exact)
    size = len(text)
    if size == 0 or not exact.strip():
        return None
    votes: dict[int, float] = {}
    from_context: set[int] = set()

    def vote(candidate: int, weight: float = 1.0, context: bool = False) -> None:
        if -length < candidate < size:
            votes[candidate] = votes.get(candidate, 0.0) + weight
            if context:
                from_context.add(candidate)

    # Seeds: pieces of the passage and of its context, located by plain substring search; each
    # hit votes for where the passage would start.
    k = max(3, min(16, length // 4))
    step = max(1, (length - k) // 12) if length > k else 1
    for offset in range(0, max(1, length - k + 1), step):
        piece = exact[offset : offset + k]
        if len(piece) < 3 or not piece.strip():
            continue
        for hit in _occurrences_capped(text, piece, 64):
            vote(hit - offset)
    words = [m for m in _TOKEN.finditer(exact) if len(m.group()) >= 4]
    for m in words[:: max(1, len(words) // 16)]:
        for hit in _occurrences_capped(text, m.group(), 32):
            vote(hit - m.start(), 0.5)
    tail = selector.prefix[-16:]
    if len(tail.strip()) >= 6:
        for hit in _occurrences_capped(text, tail, 16):
            vote(hit + len(tail), 2.0, context=True)
    head = selector.suffix[:16]
    if len(head.strip()) >= 6:
        for hit in _occurrences_capped(text, head, 16):
            vote(hit - length, 2.0, context=True)
    if not votes:
        return None
    # Merge nearby candidates (an edit inside the passage shifts later seeds a little).
    tolerance = max(8, length // 5)
    clusters: list[list[float]] = []  # [score, best position, its votes, last position, context]
    for candidate in sorted(votes):
        weight = votes[candidate]
        context = 1.0 if candidate in from_context else 0.0
        if clusters and candidate - clusters[-1][3] <= tolerance:
            cluster = clusters[-1]
            cluster[0] += weight
            if weight > cluster[2]:
                cluster[1], cluster[2] = candidate, weight
            cluster[3] = candidate
            cluster[4] = max(cluster[4], context)
        else:
            clusters.append([weight, candidate, weight, candidate, context])
    if length < SHORT_PASSAGE:
        # A few changed characters make a short passage look like many others: only trust
        # places its surrounding text still points to.
        clusters = [c for c in clusters if c[4]]
    old = selector.start
    clusters.sort(key=lambda c: (-c[0], abs(c[1] - old)))
    exact_tokens = _tokens(exact, 0)
    if not exact_tokens:
        return None
    best: tuple[float, int, int, int] | None = None  # (ratio, -distance, start, end)
    for cluster in clusters[:MAX_CANDIDATES]:
        found = _align(exact, exact_tokens, text, int(cluster[1]))
        if found is None:
            continue
        ratio, start, end = found
        key = (round(ratio, 3), -abs(start - old), start, end)
        if ratio >= FUZZY_THRESHOLD and (best is None or key > best):
            best = key
            if ratio >= 0.97:
                break
    if best is None:
        return None
    return best[2], best[3]


def _occurrences_capped(text: str, piece: str, cap: int) -> list[int]:
    found: list[int] = []
    pos = text.find(piece)
    while pos >= 0 and len(found) < cap:
        found.append(pos)
        pos = text.find(piece, pos + 1)
    return found


_TOKEN = re.compile(r"\w+|[^\w\s]")


def _tokens(text: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(), base + m.start(), base + m.end()) for m in _TOKEN.finditer(text)]


def _align(
    exact: str, exact_tokens: list[tuple[str, int, int]], text: str, candidate: int
) -> tuple[float, int, int] | None:
    """Align ``exact`` word by word against the text around ``candidate``: (ratio, start, end)."""
    length = len(exact)
    slack = max(16, length // 4)
    lo = max(0, candidate - slack)
    hi = min(len(text), candidate + length + slack)
    region = _tokens(text[lo:hi], lo)
    if not region:
        return None
    a = [t[0] for t in region]
    b = [t[0] for t in exact_tokens]
    blocks = [
        blk for blk in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks() if blk.size
    ]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    i0 = max(0, first.a - first.b)  # cover passage words changed at the start...
    i1 = min(len(region), last.a + last.size + (len(b) - last.b - last.size))  # ...and at the end
    start, end = region[i0][1], region[i1 - 1][2]
    if end <= start:
        return None
    window = text[start:end]
    if len(window) + length <= 700:
        ratio = SequenceMatcher(None, window, exact, autojunk=False).ratio()
    else:  # long passages: share of the passage's characters found word for word
        matched = sum(len(tok) for blk in blocks for tok in b[blk.b : blk.b + blk.size])
        total = sum(len(t[0]) for t in region[i0:i1]) + sum(len(tok) for tok in b)
        ratio = 2 * matched / total if total else 0.0
    return ratio, start, end
