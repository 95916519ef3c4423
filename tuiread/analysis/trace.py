"""Why a span is there: decisions the highlighters record when asked, for ``explain``.

Every finder takes ``trace: Trace | None = None``. With ``None`` (the default, and what the
app and the CLI's ``analyze`` pass) nothing is recorded and nothing is paid beyond one
``is not None`` test at each decision point. With a :class:`Trace`, each rule that keeps or
rejects a candidate says so by name, so an error on a real story can be traced to the rule,
word list or model feature behind it (``python -m tuiread.analysis explain FILE``).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Verdict = Literal["kept", "rejected"]


@dataclass(frozen=True, slots=True)
class Decision:
    """One rule's verdict on a candidate ``text[start:end]``.

    ``family`` is the highlighter ("entity", "number", "quote", "date"); ``rule`` names the
    rule, list or model feature (``"lexicon:person"``, ``"model:ORG"``, ``"join:currency"``);
    ``detail`` says what it saw ("after 'Mr'", "score ORG 2.1 > PERSON 0.4").
    """

    family: str
    verdict: Verdict
    start: int
    end: int
    text: str
    rule: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Trace:
    """An append-only list of decisions, in the order the rules made them."""

    decisions: list[Decision] = field(default_factory=list)

    def kept(
        self, family: str, text: str, start: int, end: int, rule: str, detail: str = ""
    ) -> None:
        """Record that ``rule`` made (or confirmed, relabelled, re-valued) ``text[start:end]``."""
        self.decisions.append(Decision(family, "kept", start, end, text[start:end], rule, detail))

    def rejected(
        self, family: str, text: str, start: int, end: int, rule: str, detail: str = ""
    ) -> None:
        """Record that ``rule`` turned down the candidate ``text[start:end]``."""
        self.decisions.append(
            Decision(family, "rejected", start, end, text[start:end], rule, detail)
        )

    def about(self, families: Collection[str], start: int, end: int) -> list[Decision]:
        """The decisions kept for exactly this span by these highlighters, in rule order."""
        return [
            d
            for d in self.decisions
            if d.verdict == "kept" and d.family in families and d.start == start and d.end == end
        ]

    def rejected_near(self, start: int, end: int, reach: int = 40) -> list[Decision]:
        """Rejections that overlap ``start..end`` widened by ``reach`` characters."""
        lo, hi = start - reach, end + reach
        return [
            d for d in self.decisions if d.verdict == "rejected" and d.start < hi and d.end > lo
        ]
