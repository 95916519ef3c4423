"""Rule 2 of ``segment``: a run in capitals (a headline, a table) keeps the names the lists
know, in their usual spelling ("NEW YORK" -> "New York"); its other words wait for the body
of the article, where the same words in mixed case say what they are
(``document.resolve_caps``)."""

from __future__ import annotations

from .lexicon import COMMON_ACRONYMS, CONNECTORS, LEX, UMAXLEN, UPPER

# An all-caps segment: start, end, label (None: resolve against the body), value
CapsSeg = tuple[int, int, str | None, str]


def all_caps_run(toks: list[str], offs: list[int]) -> list[CapsSeg]:
    """Headline or all-caps passage: known names now, the other words later."""
    n = len(toks)
    segs: list[CapsSeg] = []
    i = 0
    while i < n:
        t = toks[i]
        mx = 0 if t in COMMON_ACRONYMS else UMAXLEN.get(t, 0)
        hit = 0
        key = t
        for ln in range(min(mx, n - i), 0, -1):
            key = t if ln == 1 else " ".join(toks[i : i + ln])
            if key in UPPER:
                hit = ln
                break
        if hit:
            canon = UPPER[key]
            if not (hit == 1 and len(t) <= 2 and t not in LEX):
                segs.append(
                    (offs[i], offs[i + hit - 1] + len(toks[i + hit - 1]), LEX[canon][0], canon)
                )
            i += hit
            continue
        if len(t) > 1 and t not in CONNECTORS and t.isalpha():
            segs.append((offs[i], offs[i] + len(t), None, t))
        i += 1
    return segs
