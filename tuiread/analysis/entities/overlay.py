"""Lay whole names over the spans found inside them.

Some names are read in pieces by the run rules ("Roe" and "Wade", "Sunshine" and a dropped
"Fire") and only a document rule sees the whole ("Roe v. Wade", "the Sunshine Fire").
``overlay`` replaces the pieces by the whole, keeping each span's rule beside it.
"""

from __future__ import annotations

from bisect import bisect_left

from tuiread.model import Span


def overlay(
    text: str,
    spans: list[Span],
    rules: list[str],
    wholes: list[tuple[int, int]],
    label: str,
    rule: str,
) -> tuple[list[Span], list[str]]:
    """The spans with each of ``wholes`` (sorted, apart) one span of ``label`` made by
    ``rule``, and the spans that overlap it gone; the rules beside them."""
    out: list[Span] = []
    out_rules: list[str] = []
    starts = [w[0] for w in wholes]
    used: set[int] = set()
    for span, span_rule in zip(spans, rules, strict=True):
        k = bisect_left(starts, span.end) - 1
        if k >= 0 and wholes[k][0] < span.end and span.start < wholes[k][1]:
            if k not in used:
                used.add(k)
                s, e = wholes[k]
                out.append(Span("entity", label, s, e, text[s:e], text[s:e]))
                out_rules.append(rule)
            continue
        out.append(span)
        out_rules.append(span_rule)
    for k, (s, e) in enumerate(wholes):
        if k not in used:  # a whole with no piece found inside it
            at = bisect_left([sp.start for sp in out], s)
            out.insert(at, Span("entity", label, s, e, text[s:e], text[s:e]))
            out_rules.insert(at, rule)
    return out, out_rules
