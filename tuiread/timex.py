"""TIMEX3 values for people: a date span's value as a reader wants to see it ("2017-08",
"2 weeks (P2W)", "the present (PRESENT_REF)"), and an article's date as the day relative
dates count from.

Pure and light (no analysis engine is imported), for the reader's status line and side panel,
the CLI, and whoever else shows spans.
"""

from __future__ import annotations

import re
from datetime import date

from tuiread.model import Span

_REFERENCES = {
    "PRESENT_REF": "the present",
    "PAST_REF": "the past",
    "FUTURE_REF": "the future",
}
_PART = re.compile(r"(\d+(?:\.\d+)?|X)([YMWDHS]|DE|CE|ML|Q)")
_SECONDS = {"Y": 31_536_000, "Q": 7_862_400, "W": 604_800, "D": 86_400}
_CLOCK_SECONDS = {"H": 3600, "M": 60, "S": 1}
_PLURALS = {
    "seconds": "second",
    "minutes": "minute",
    "hours": "hour",
    "days": "day",
    "nights": "night",
    "weeks": "week",
    "weekends": "weekend",
    "fortnights": "fortnight",
    "months": "month",
    "quarters": "quarter",
    "years": "year",
    "decades": "decade",
    "centuries": "century",
    "millennia": "millennium",
}
_UNIT_SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86_400,
    "night": 86_400,
    "week": 604_800,
    "weekend": 172_800,
    "fortnight": 1_209_600,
    "month": 2_592_000,
    "quarter": 7_862_400,
    "year": 31_536_000,
    "decade": 315_360_000,
    "century": 3_153_600_000,
    "millennium": 31_536_000_000,
}


def is_date(span: Span) -> bool:
    return span.kind == "number" and span.label in ("DATE", "TIME")


def published_date(value: str | None) -> date | None:
    """An article's date ("2017-09-15", "2017-09-15T08:00:00Z") as the day relative dates
    count from; None when it is missing or does not begin with a calendar date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def duration_amount(value: str, unit: str | None) -> str | None:
    """How many ``unit`` a TIMEX3 duration holds: ("P2W", "weeks") -> "2", ("PT1M30S",
    "minutes") -> "1.5", ("P10Y", "decade") -> "1"; None for a vague one ("PXY")."""
    if not value.startswith("P") or unit is None or "X" in value:
        return None
    singular = _PLURALS.get(unit, unit)
    per = _UNIT_SECONDS.get(singular)
    if per is None:
        return None
    date_part, _, clock_part = value[1:].partition("T")
    months = 0.0
    seconds = 0.0
    for number, letter in _PART.findall(date_part):
        if letter == "M":
            months += float(number)
        elif letter in _SECONDS:
            seconds += float(number) * _SECONDS[letter]
        else:
            return None
    for number, letter in _PART.findall(clock_part):
        if letter not in _CLOCK_SECONDS:
            return None
        seconds += float(number) * _CLOCK_SECONDS[letter]
    if months:
        if singular in ("month", "quarter", "year", "decade", "century", "millennium"):
            per_months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(singular, 1200)
            amount = months / per_months + seconds / per
        else:
            amount = (months * 2_592_000 + seconds) / per
    else:
        amount = seconds / per
    amount = round(amount, 2)
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def describe(span: Span) -> str:
    """The value of a DATE or TIME span in words a reader checks at a glance.

    A duration shows its amount and unit with the TIMEX3 value: "2 weeks (P2W)"; a date its
    calendar value: "2017-08"; a reference its meaning: "the present"; an unresolved span
    nothing more than its words.
    """
    value = span.value
    if not value:
        return ""
    if value in _REFERENCES:
        return f"{_REFERENCES[value]} ({value})"
    if value.startswith("P") and span.unit:
        amount = duration_amount(value, span.unit)
        if amount is None:
            return f"{span.unit} ({value})"
        return f"{amount} {span.unit} ({value})"
    return value
