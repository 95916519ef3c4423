"""Every span of a text with the rules that made it and what they turned down nearby.

    python -m tuiread.analysis explain "Mr Smith paid $3bn on Tuesday."
    python -m tuiread.analysis explain story.txt --published 2017-09-15 --json

Built on :class:`~tuiread.analysis.trace.Trace`: ``analyze`` runs once with a trace, and each
span is listed with the decisions recorded for it, then the rejections within a few words of
it, then any rejection that no span is near (a name the engine almost found).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tuiread.model import Span

from . import analyze
from .trace import Decision, Trace

_NEAR = 40  # characters either side of a span within which a rejection is "nearby"


@dataclass(frozen=True, slots=True)
class ExplainedSpan:
    """A span, the decisions that made it, and the rejections near it."""

    span: Span
    made_by: tuple[Decision, ...]
    rejected_nearby: tuple[Decision, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "made_by": [d.to_dict() for d in self.made_by],
            "rejected_nearby": [d.to_dict() for d in self.rejected_nearby],
        }


@dataclass(frozen=True, slots=True)
class Explanation:
    spans: tuple[ExplainedSpan, ...]
    rejected_elsewhere: tuple[Decision, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "spans": [s.to_dict() for s in self.spans],
            "rejected_elsewhere": [d.to_dict() for d in self.rejected_elsewhere],
        }


def explain(text: str, *, published: date | None = None) -> Explanation:
    """Analyse ``text`` once with a trace and group the decisions by the span they concern."""
    trace = Trace()
    spans = analyze(text, published=published, trace=trace)
    shown: set[int] = set()
    explained = []
    for span in spans:
        families = _families(span)
        made_by = tuple(trace.about(families, span.start, span.end))
        near = tuple(
            d
            for d in trace.rejected_near(span.start, span.end, _NEAR)
            if d.family in families or _overlaps(d, span)
        )
        shown.update(id(d) for d in near)
        explained.append(ExplainedSpan(span, made_by, near))
    elsewhere = tuple(d for d in trace.decisions if d.verdict == "rejected" and id(d) not in shown)
    return Explanation(tuple(explained), elsewhere)


def render(explanation: Explanation) -> str:
    """Plain text, one block per span: where, what, then why."""
    lines: list[str] = []
    for item in explanation.spans:
        span = item.span
        head = f"{span.start:>6}-{span.end:<6} {span.kind:<6} {span.label:<11} {_quoted(span.text)}"
        extra = [x for x in (span.value, span.unit) if x and x != span.text]
        if extra:
            head += "  -> " + " ".join(_clean(x) for x in extra)
        if span.speaker:
            mention = f" (as {_quoted(span.speaker_mention)})" if span.speaker_mention else ""
            head += f"  said by {_clean(span.speaker)}{mention}"
        lines.append(head)
        if item.made_by:
            for d in item.made_by:
                lines.append(
                    f"{'':14}made by {d.rule}" + (f": {_clean(d.detail)}" if d.detail else "")
                )
        else:
            lines.append(f"{'':14}made by (no rule recorded)")
        for d in item.rejected_nearby:
            lines.append(
                f"{'':14}rejected {d.start}-{d.end} {_quoted(d.text)} by {d.rule}"
                + (f": {_clean(d.detail)}" if d.detail else "")
            )
    if explanation.rejected_elsewhere:
        lines.append("")
        lines.append("rejected with no span near:")
        for d in explanation.rejected_elsewhere:
            lines.append(
                f"{d.start:>6}-{d.end:<6} {d.family:<6} {_quoted(d.text)} by {d.rule}"
                + (f": {_clean(d.detail)}" if d.detail else "")
            )
    if not explanation.spans and not explanation.rejected_elsewhere:
        lines.append("no spans")
    return "\n".join(lines) + "\n"


def _families(span: Span) -> frozenset[str]:
    """The trace families that speak about ``span``: dates are found as numbers, then resolved."""
    if span.kind == "number" and span.label in ("DATE", "TIME"):
        return frozenset(("number", "date"))
    return frozenset((span.kind,))


def _overlaps(d: Decision, span: Span) -> bool:
    return d.start < span.end and d.end > span.start


def _clean(text: str) -> str:
    """One line, control characters shown as escapes: explain output is read in a terminal."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _quoted(text: str | None, limit: int = 80) -> str:
    text = _clean(text or "")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'
