"""Which day a clock time written alone is on.

A clock time without a day ("at 09:00 GMT", "in the 24 hours to 8am") takes the day the
story is at: the last day written before it. In news that is right within a sentence ("on 14
April ... at about 6.15am") but not across one when the last day written is a calendar date
of the background ("its record high on 6 October", "down 14% since 1 January") and the
story's own day was named by a weekday ("fell below $80,000 on Tuesday"): the clock in a
later sentence speaks of the news, on that weekday.
"""

from __future__ import annotations

from dataclasses import replace

from tuiread.model import Span

from .. import compiled

_BARE_CLOCK = compiled.compile(
    r"(?i)(?:at\s+|about\s+|around\s+)*\d{1,2}(?:[.:]\d\d)?\s?(?:[ap]\.?m\.?)?"
    r"(?:\s+(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT))?"
)
_NEWS_DAY = compiled.compile(
    r"(?i)(?:(?:on|last|this|next|early|late)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)"
)
# a wire service's 24-hour clock: four digits and a zone ("by 1130 GMT", "at 0800 BST")
_WIRE_ZONE = compiled.compile(
    r"[ \t]+(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|CT|PT|PST|PDT|JST|IST|local time)\b"
)
_SENTENCE_ENDS = (". ", "? ", "! ", "\n", '." ', ".\u201d ")


def _is_day(value: str | None) -> bool:
    return value is not None and len(value) == 10 and value[:4].isdigit() and value[4] == "-"


class _SentenceEnds:
    """The first sentence end at or after a place, for places asked in increasing order:
    each ``str.find`` starts where the last answer lies, so all of them read the text once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = -1  # the last answer (a sentence end), -1 before the first question
        self.asked = 0

    def first_from(self, start: int) -> int:
        if self.at >= start:
            return self.at
        found = [at for mark in _SENTENCE_ENDS if (at := self.text.find(mark, start)) != -1]
        self.at = min(found) if found else len(self.text)
        return self.at


def wire_clocks(text: str, numbers: list[Span]) -> list[Span]:
    """``numbers`` with each four-digit number that is a 24-hour clock with its zone, as
    wire copy writes the time ("by 1130 GMT", "at 0800 BST", "2200 local time"), made one
    TIME span with the zone: not the year 1130 nor the count 800. A number of hours and
    minutes only (00-23, 00-59); "in 1130" with no zone stays a year."""
    out: list[Span] | None = None
    for i, span in enumerate(numbers):
        digits = span.text
        if (
            len(digits) == 4
            and digits <= "2359"
            and digits[2] <= "5"
            and digits.isdigit()
            and (zone := _WIRE_ZONE.match(text, span.end)) is not None
        ):
            if out is None:
                out = list(numbers)
            end = zone.end()
            out[i] = Span("number", "TIME", span.start, end, text[span.start : end])
    return numbers if out is None else out


def clock_on_the_news_day(text: str, dates: list[Span]) -> list[Span]:
    """``dates`` (sorted) with each bare clock time that took a background calendar date from
    an earlier sentence moved onto the story's day named by a weekday, when that day comes
    after the calendar date. Linear: one walk over the dates and one over the text; none when
    no clock time is among them (most stories: one label test a date)."""
    if "TIME" not in [span.label for span in dates]:
        return dates
    news_day: str | None = None  # the value of the last day named by a weekday word
    last_day: Span | None = None  # the last span that named a day
    ends = _SentenceEnds(text)
    for i, span in enumerate(dates):
        value = span.value
        if span.label == "TIME" and value is not None and len(value) == 16 and last_day:
            if (
                news_day is not None
                and last_day.value == value[:10]
                and news_day > value[:10]
                and not _NEWS_DAY.fullmatch(last_day.text)
                and ends.first_from(last_day.end) < span.start
                and _BARE_CLOCK.fullmatch(span.text)
            ):
                dates[i] = replace(span, value=news_day + value[10:])
            continue
        if span.label == "DATE" and _is_day(value):
            last_day = span
            if _NEWS_DAY.fullmatch(span.text):
                news_day = value
    return dates
