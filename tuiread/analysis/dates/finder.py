"""Time expressions the number finder does not look for, because they hold no number:
"currently", "recently", "the future", "soon", "the near term", "the third quarter",
"third-quarter", "the latest quarter", "year-earlier", "year-end", "this spring", "the fall
of 1998". (Holidays and "the 1990s" the number finder reads.)

Each family is a pattern and a gate, a string the text must hold where the pattern matches
("quarter", "recent"). The text is searched for the gates with ``str.find`` (in C; the gate
"q" of the quarters is a single rare letter, so a ``memchr``) and a pattern is tried only
around a hit: the pass costs a few milliseconds per megabyte of text. Each match is a
candidate the value rules must still read, kept only where no date is already.

Words that are times in one sentence and not the next are held to the contexts where they
are: "soon" not in "as soon as", "current" not in "current account", a quarter with an
ordinal or "the" and not "a quarter of".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import compiled

_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final)"
_QUARTER_QUALIFIER = (
    r"(?:latest|current|previous|prior|same|comparable|recent|most\s+recent|fiscal|last|next"
    r"|year[- ](?:earlier|ago)|" + _ORDINAL + r")"
)
_PLURAL_UNIT = r"(?:years|months|weeks|days|decades|centuries|hours|minutes)"
_START = r"(?<![\w'\u2019-])"

# gate -> what the text must hold at the gate for its patterns to be tried. The patterns of
# one gate are tried as one alternation, in the order below: the longer reading first.
_GATES: dict[str, str] = {
    "current": "current",
    "recent": "recent",
    "future": "future",
    "soon": "soon",
    " term": " term",
    "the past": "the past",
    "q": "quarter",
    "year-": "year-",
    "spring": "spring",
    "summer": "summer",
    "autumn": "autumn",
    "winter": "winter",
    " fall": " fall",
    "period": "period",
    "these days": "these days",
    " ahead": " ahead",
    "later date": "later date",
    "future date": "future date",
    "full year": "full year",
    "year end": "year end",
    "year's end": "year's end",
    "year\u2019s end": "year\u2019s end",
}
_FAMILIES: tuple[tuple[str, str, str], ...] = (
    ("reference", "current", r"currently"),
    ("reference", "recent", r"recently"),
    (
        "reference",
        "current",
        r"current(?=\s+[a-z])(?!\s+(?:account|affairs|events?|rate|trend|issue|edition)\b)",
    ),
    (
        "reference",
        "recent",
        r"recent\s+" + _PLURAL_UNIT + r"(?:\s+(?:and|or)\s+" + _PLURAL_UNIT + ")?",
    ),
    ("reference", "recent", r"recent(?=\s+[a-z])"),
    ("reference", "future", r"future\s+" + _PLURAL_UNIT),
    ("reference", "future", r"the\s+(?:near\s+|distant\s+)?future(?![\w-])"),
    ("reference", "soon", r"(?<!\bas\s)soon(?!\s+(?:as|after|afterwards?|enough|thereafter)\b)"),
    ("reference", " term", r"the\s+(?:near|short|long|longer)\s+term(?![\w-])"),
    (
        "reference",
        "the past",
        r"the\s+past(?=\s*[,.;:!?)]|\s+(?:and|or|but|when|as|is|was|has|had|that|it|they|he"
        r"|she|we|there)\b)",
    ),
    (
        "quarter",
        "q",
        _ORDINAL + r"[- ](?:fiscal[- ])?quarter"
        r"(?![\w-]|\s+of\s+(?:a|an|the|its|his|her|their|all)\b)",
    ),
    # (and "the fiscal-first quarter", its qualifiers hyphened)
    (
        "quarter",
        "q",
        r"the\s+(?:fiscal-)?(?:" + _QUARTER_QUALIFIER + r"\s+)*quarter(?![\w-]|\s+of\b)",
    ),
    ("quarter", "year-", r"year-(?:earlier|ago)(?=\s+[a-z])"),
    ("year end", "year-", r"year-end(?![\w-])"),
    # the present and a time to come named without a date ("hurt more painfully these days",
    # "to be financed at a later date")
    ("reference", "these days", r"these\s+days(?![\w-]|\s+of\b)"),
    # a stretch to come ("to pay departing investors in the weeks ahead"): PXW
    ("reference", " ahead", r"the\s+" + _PLURAL_UNIT + r"\s+ahead(?![\w-])"),
    ("reference", "later date", r"(?:a|some)\s+later\s+date(?![\w-])"),
    ("reference", "future date", r"(?:a|some)\s+future\s+date(?![\w-])"),
    # a results story's reported quarter ("sales in the latest period"; a value only where
    # the story is told in quarters) and its year ("forecast an increase for the full year")
    ("quarter", "period", r"the\s+(?:latest|most\s+recent)\s+period(?![\w-]|\s+of\b)"),
    ("year end", "full year", r"the\s+full\s+year(?![\w-]|\s+of\b|\s+to\b)"),
    # the end of the year written apart, after a preposition of time ("by year end", "at
    # year end"; not "year end results"), or owned ("by year's end")
    (
        "year end",
        "year end",
        r"(?:(?<=\bby\s)|(?<=\bat\s)|(?<=\baround\s)|(?<=\buntil\s)|(?<=\bbefore\s)"
        r"|(?<=\bafter\s)|(?<=\bsince\s)|(?<=\bnear\s))year\s+end(?=\s*[,.;:)]|\s+(?:and|or)\b)",
    ),
    ("year end", "year's end", r"(?:the\s+)?year's\s+end(?![\w-])"),
    ("year end", "year\u2019s end", r"(?:the\s+)?year\u2019s\s+end(?![\w-])"),
)
_SEASON = r"(?:spring|summer|autumn|winter|fall)"
_FAMILIES += tuple(
    (
        "season",
        gate,
        r"(?:this|last|next|early|late|mid|this\s+past|this\s+coming)[- ]" + _SEASON + r"(?![\w-])"
        r"|the\s+(?:(?:early|late)\s+)?" + _SEASON + r"\s+of\s+(?:19|20)\d\d(?!\w)"
        # after a preposition of time, with a clause going on or ending after it ("in the
        # spring, when", "before the spring.", "until the summer and"): the season, not a
        # spring of water ("water from the spring")
        r"|(?:(?<=\b(?:in|by)\s)|(?<=\b(?:until|since|after)\s)|(?<=\b(?:before|during)\s)"
        r"|(?<=\btill\s)|(?<=\bthrough\s))"
        r"the\s+" + _SEASON + r"(?=\s*[,.;:)]|\s+(?:and|or|when|as)\b)",
    )
    for gate in ("spring", "summer", "autumn", "winter", " fall")
)
_REACH = 48  # characters a pattern may reach before its gate


def _compiled() -> dict[str, tuple[re.Pattern[str], tuple[str, ...]]]:
    """One pattern per gate: its families' patterns as named alternatives."""
    by_gate: dict[str, list[tuple[str, str]]] = {}
    for family, gate, pattern in _FAMILIES:
        by_gate.setdefault(gate, []).append((family, pattern))
    out = {}
    for gate, families in by_gate.items():
        names = tuple(family for family, _ in families)
        body = "|".join(f"(?P<f{i}>{pattern})" for i, (_, pattern) in enumerate(families))
        out[gate] = (compiled.compile(_START + "(?:" + body + r")(?!\w)"), names)
    return out


_BY_GATE: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] | None = None


def candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, family) of every candidate time expression in ``text``."""
    global _BY_GATE
    if _BY_GATE is None:
        _BY_GATE = _compiled()
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two: keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    seen: set[tuple[int, int]] = set()
    for gate, (pattern, names) in _BY_GATE.items():
        confirm = _GATES[gate]
        step = len(gate)
        at = low.find(gate)
        while at != -1:
            if confirm == gate or low.startswith(confirm, at):
                lo, hi = max(0, at - _REACH), at + len(confirm) + _REACH
                for m in pattern.finditer(low, lo, hi):
                    span = (m.start(), m.end())
                    if m.start() <= at < m.end() and span not in seen:
                        seen.add(span)
                        yield m.start(), m.end(), names[int((m.lastgroup or "f0")[1:])]
            at = low.find(gate, at + step)
