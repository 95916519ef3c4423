"""Days that share one month: "on 9 and 10 December", "3, 4 and 5 March", "December 9 and 10".

The number finder reads the month with the day beside it only, and leaves the other days of
the list bare numbers (CARDINAL 9 beside DATE "10 December"). A list of days in ascending
order joined by "and"/"or" (and commas before them) to a day of a month is a list of dates:
each bare day takes the month and year of the day written with it.

Linear: one pass over the number spans and the dates, both sorted by start.
"""

from __future__ import annotations

from tuiread.model import Span

from .. import compiled

_LINK = compiled.compile(r"(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+|[ \t]*,[ \t]+(?:and|or)[ \t]+)")
_LAST_LINK = compiled.compile(r"(?:[ \t]*,)?[ \t]+(?:and|or|&)[ \t]+")
_DAY = compiled.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
# after a month-first date's last day: the list ends ("December 9 and 10." / "... 10, when")
_LIST_END = compiled.compile(
    r"[ \t]*(?:[.,;:)](?![ \t]*\d{4})|$|\n|[ \t]+(?:at|in|to|when|as|with)\b)"
)


def _day_of(span: Span) -> int | None:
    """The day a bare number span may be: 1..31 written in digits, "9" or "9th"."""
    if span.label not in ("CARDINAL", "ORDINAL"):
        return None
    m = _DAY.fullmatch(span.text)
    if m is None:
        return None
    day = int(m.group(1))
    return day if 1 <= day <= 31 else None


def _as_day(span: Span, date_value: str, day: int) -> Span:
    return Span("number", "DATE", span.start, span.end, span.text, f"{date_value[:8]}{day:02d}")


def days_sharing_a_month(
    text: str, others: list[Span], dates: list[Span]
) -> tuple[list[Span], list[Span]]:
    """``others`` and ``dates`` (each sorted by start) with the bare days of a list of days
    of one month moved from the first to the second, valued as dates of that month."""
    if not others or not dates:
        return others, dates
    moved: dict[int, Span] = {}  # index in others -> its date
    j = 0
    n = len(others)
    for d in dates:
        value = d.value
        if value is None or len(value) != 10 or not value[:4].isdigit() or d.label != "DATE":
            continue
        while j < n and others[j].end <= d.start:
            j += 1
        # a bare day lies within 8 characters of the date, or there is no list: two
        # comparisons before a call (most dates stand apart from any number)
        if d.text[:1].isdigit():
            if j and d.start - others[j - 1].end <= 8:
                _take_days_before(text, others, j, d, value, moved)
        elif d.text[-1:].isdigit() and j < n and others[j].start - d.end <= 8:
            _take_day_after(text, others, j, d, value, moved)
    if not moved:
        return others, dates
    kept = [s for i, s in enumerate(others) if i not in moved]
    return kept, sorted([*dates, *moved.values()], key=lambda s: s.start)


def _take_days_before(
    text: str, others: list[Span], j: int, d: Span, value: str, moved: dict[int, Span]
) -> None:
    """ "9 and 10 December", "3, 4 and 5 March": bare days before a day-first date, in
    ascending order, the last joined by "and"/"or"."""
    later = int(value[8:10])
    at, i, first = d.start, j - 1, True
    while i >= 0 and at - others[i].end <= 8:
        span = others[i]
        link = _LAST_LINK if first else _LINK
        day = _day_of(span)
        if day is None or day >= later or not link.fullmatch(text, span.end, at):
            return
        moved[i] = _as_day(span, value, day)
        later, at, i, first = day, span.start, i - 1, False


def _take_day_after(
    text: str, others: list[Span], j: int, d: Span, value: str, moved: dict[int, Span]
) -> None:
    """ "December 9 and 10": one bare later day after a month-first date, where the list
    ends (not "on December 9 and 20 people died")."""
    if j >= len(others):
        return
    span = others[j]
    day = _day_of(span)
    if (
        day is None
        or day <= int(value[8:10])
        or span.start - d.end > 8
        or not _LAST_LINK.fullmatch(text, d.end, span.start)
        or not _LIST_END.match(text, span.end)
    ):
        return
    moved[j] = _as_day(span, value, day)


_TO_DURATION = compiled.compile(r"[ \t]+(?:to|or|and)[ \t]+|[ \t]*[-\u2013][ \t]*")
_BETWEEN_BEFORE = compiled.compile(r"(?i)\b(?:between|from)[ \t]+$")
_DURATION_VALUE = compiled.compile(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])")


def _lower_duration(text: str, span: Span, upper: Span) -> Span | None:
    """``span`` as the lower bound of the duration ``upper`` when it is a bare number
    below it across "to"/"or"/a dash ("6 to 9 months", "two or three weeks"), or across
    "and" after "between" ("between 50 and 70 minutes"); else None."""
    if span.label != "CARDINAL" or span.value is None or upper.value is None:
        return None
    m = _DURATION_VALUE.fullmatch(upper.value)
    gap = _TO_DURATION.fullmatch(text, span.end, upper.start)
    if m is None or gap is None:
        return None
    if "and" in gap.group() and not _BETWEEN_BEFORE.search(
        text, max(0, span.start - 9), span.start
    ):
        return None
    try:
        low, high = float(span.value), float(m.group(2))
    except ValueError:
        return None
    if not 0 < low < high or not upper.text[:1].isalnum():
        return None
    amount = span.value if "." in span.value else str(int(low))
    value = f"P{m.group(1)}{amount}{m.group(3)}"
    return Span("number", upper.label, span.start, span.end, span.text, value, upper.unit)


def durations_sharing_a_unit(
    text: str, others: list[Span], dates: list[Span]
) -> tuple[list[Span], list[Span]]:
    """The bare lower bound of a range of durations across "or" or "and" takes the upper
    one's unit, as TimeML draws it ("<two> or <three weeks>": P2W, P3W; "between <50> and
    <70 minutes>"), not CARDINAL 2 beside P3W (across "to" the number finder joins the range:
    "two to three weeks"). ``others`` and ``dates`` sorted by start."""
    if not others or not dates:
        return others, dates
    moved: dict[int, Span] = {}
    j, n = 0, len(others)
    for d in dates:
        if d.value is None or d.value[:1] != "P":
            continue
        while j < n and others[j].end <= d.start:
            j += 1
        if j and d.start - others[j - 1].end <= 6:
            found = _lower_duration(text, others[j - 1], d)
            if found is not None:
                moved[j - 1] = found
    if not moved:
        return others, dates
    kept = [s for i, s in enumerate(others) if i not in moved]
    return kept, sorted([*dates, *moved.values()], key=lambda s: s.start)


_MONTH_VALUE = compiled.compile(r"\d{4}-(0[1-9]|1[0-2])")


def months_in_a_list(text: str, dates: list[Span]) -> list[Span]:
    """``dates`` (sorted by start) with the months of a list ("in January, February and
    March") valued in the order they are written: each month after the first is the next
    such month after the one before it. The first is read by the tense of its sentence; the
    others, read alone, may fall either side of the story's date (January 2027, February
    2026, March 2027)."""
    out = dates
    for k in range(1, len(dates)):
        a, b = out[k - 1], dates[k]
        va, vb = a.value, b.value
        if va is None or vb is None or len(va) != 7 or len(vb) != 7:
            continue
        if a.label != "DATE" or b.label != "DATE":
            continue
        if _MONTH_VALUE.fullmatch(va) is None or _MONTH_VALUE.fullmatch(vb) is None:
            continue
        if _LINK.fullmatch(text, a.end, b.start) is None:
            continue
        year = int(va[:4]) + (int(vb[5:]) <= int(va[5:]))
        value = f"{year}-{vb[5:]}"
        if value != vb:
            if out is dates:
                out = list(dates)
            out[k] = Span(b.kind, b.label, b.start, b.end, b.text, value, b.unit)
    return out
