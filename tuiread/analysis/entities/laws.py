"""Laws named with a list of their aims: "the Financial Institutions Reform, Recovery and
Enforcement Act", "the Comprehensive Environmental Response, Compensation, and Liability
Act". A run of capitals stops at a comma, so the rules find the last part as the law
("Enforcement Act") and the first as a body ("Financial Institutions Reform"); read back
from the law's word, the capitalised parts listed before it with commas and "and" are one
name, a LAW.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled

RULE = "document:law-across-commas"
RULE_ACT = "run:act"
# what stands before a law named by common words: its article, or the list it ends
_ACT_BEFORE = ("the ", "and ", ", ")
_WORD = r"[A-Z][\w'’-]*"
# capitalised words (with "of", "for", "the" inside) listed before the law's last part,
# each part ending in a comma or in "and": at least one comma
_PARTS_BEFORE = compiled.compile(
    rf"{_WORD}(?: (?:{_WORD}|of|for|the|on|in))*(?:, (?:and )?(?:{_WORD}(?: (?:{_WORD}|of|for|the|on|in))*)?)*"
    r"(?:,? and |, )$"
)
_REACH = 140  # characters read back from the law's last part


def laws_across_commas(
    text: str, spans: list[Span], rules: list[str]
) -> tuple[list[Span], list[str]]:
    """``spans`` with each LAW whose name a list of aims opens ("Reform, Recovery and
    Enforcement Act") grown back over the list, the names inside it dropped. A list with no
    comma in it is the law's own run already."""
    grown: list[tuple[int, int, int]] = []  # (index of the law, new start, end)
    for k, sp in enumerate(spans):
        if sp.label != "LAW" or sp.start < 4 or text[sp.start - 1] != " ":
            continue
        lo = max(0, sp.start - _REACH)
        m = _PARTS_BEFORE.search(text, lo, sp.start)
        if m is None or "," not in m.group():
            continue
        start = m.start()
        if text.startswith("The ", start):
            start += 4
        grown.append((k, start, sp.end))
    if not grown:
        return spans, rules
    out_spans: list[Span] = []
    out_rules: list[str] = []
    cuts = sorted(grown, key=lambda g: g[1])
    for k, sp in enumerate(spans):
        if any(start <= sp.start and sp.end <= end and k != law for law, start, end in cuts):
            continue  # a name inside the law's list ("Financial Institutions Reform")
        law = next((g for g in cuts if g[0] == k), None)
        if law is not None:
            name = text[law[1] : law[2]]
            sp = Span("entity", "LAW", law[1], law[2], name, name)
            out_rules.append(RULE)
        else:
            out_rules.append(rules[k])
        out_spans.append(sp)
    return out_spans, out_rules


def act_name_at(text: str, chunk: str, s: int) -> int | None:
    """Where the name of an Act starts in ``chunk``, a run of capitals at ``s`` ending in
    "Act" after "the" or closing a list ("the Clean Water Act", "the Endangered Species
    Act", "Compensation, and Liability Act"): a law, though each word is a common one that
    alone names nothing. None for one word ("Act") or a run after anything else ("A
    Balancing Act", a headline's)."""
    k = 4 if chunk.startswith("The ") else 0
    if chunk.count(" ", k) < 1:
        return None
    if k == 0 and not text.endswith(_ACT_BEFORE, max(0, s - 4), s):
        return None
    return k
