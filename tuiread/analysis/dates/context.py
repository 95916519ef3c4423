"""What a value rule knows besides the words: the anchor, the tense, the story's time so far.

``Context.anchor`` is the day relative dates count from (the article's date, or the last full
date written earlier in the text). ``Context.story`` is narrative time: the last day, month,
quarter and year the text has named, for "that day", "the next day", "the quarter" and "a
year earlier". ``Timex`` is a rule's answer, ``Phrase`` the words it reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .. import compiled
from .lexicon import AHEAD, BACK, THIS

_LEAD = compiled.compile(
    r"(?i)\b(?:(since)\s+(?:the\s+)?|(through|until|till)\s+|(?:a|an|any|every|each)\s+)$"
)
# the words a match of _LEAD ends in, before its blanks
_LEAD_ENDS = ("since", "the", "through", "until", "till", "a", "an", "any", "every", "each")


def lead_of(before: str) -> str:
    """The word that leads a span and bears on its value, from the characters just before
    it: "since" ("since 1 January": a point already begun), "until" ("through March 14": a
    bound), "any" for an indefinite word ("on a Tuesday", "every Friday": no one week), else
    ""."""
    if before.isascii() and not before.rstrip().lower().endswith(_LEAD_ENDS):
        return ""  # (most spans: a test of the last word instead of a search at each place)
    m = _LEAD.search(before)
    if m is None:
        return ""
    return "since" if m.group(1) else "until" if m.group(2) else "any"


@dataclass(slots=True)
class Story:
    """The calendar points the text has named so far, most recent of each grain."""

    day: date | None = None
    month: tuple[int, int] | None = None
    quarter: tuple[int, int] | None = None
    year: int | None = None
    grain: str | None = None  # the grain of the last point named: "day", "month", ...
    reported: tuple[int, int] | None = None  # the most recent ended quarter named
    reported_month: tuple[int, int] | None = None  # the most recent ended month named
    # the last point named, of any grain and however named ("last October" too): a month,
    # or None when it was another kind of point
    last_month: tuple[int, int] | None = None

    def note(self, value: str, grain: bool, anchor: date | None = None) -> None:
        """Remember ``value`` (a TIMEX3 date value) as the latest point of its grain.

        ``grain`` False (a day named from the anchor: "Friday", "yesterday") updates the
        story's day only: "a year earlier" after "third-quarter profit ... said Friday"
        still speaks of the quarter.
        """
        point = _point(value)
        if point is None:
            return
        kind, found = point
        if kind == "day":
            assert isinstance(found, date)
            self.day, self.last_month = found, None
            if grain:
                self.month, self.year, self.grain = (found.year, found.month), found.year, "day"
            return
        self.last_month = None
        if kind == "month":
            assert isinstance(found, tuple)
            self.last_month = found
        if not grain:
            return
        if kind == "quarter":
            assert isinstance(found, tuple)
            self.quarter, self.year = found, found[0]
            self._report(found, anchor)
        elif kind == "month":
            assert isinstance(found, tuple)
            self.month, self.year = found, found[0]
            if (
                anchor is not None
                and found < (anchor.year, anchor.month)
                and (self.reported_month is None or found > self.reported_month)
            ):
                # the month a data story reports: "inflation in the 12 months to October",
                # not "the lowest since March" nor "down from 3.3% in September"
                self.reported_month = found
        else:
            assert isinstance(found, int)
            self.year = found
        self.grain = kind

    def note_months_of_year(self, value: str, words: str, anchor: date | None = None) -> None:
        """ "the nine months", "the first six months": a results story that turns from its
        quarter to the year to date compares "a year earlier" with that year, not with the
        quarter. Only a definite half or nine months: "the last three months" is a quarter
        still, "for six months" no part of a year. Those months are of the year reported,
        not of a year named in passing long before ("joined the company in 1985"): a year
        more than one before the anchor's gives way to the anchor's."""
        if value in ("P6M", "P9M") and words[:4].lower() == "the ":
            self.grain = "year"
            if anchor is not None and (self.year is None or self.year < anchor.year - 1):
                self.year = anchor.year

    def _report(self, quarter: tuple[int, int], anchor: date | None) -> None:
        """Keep ``quarter`` as the one the story reports when it is the most recent of the
        quarters named that had ended by the anchor. A results story's "a year ago" and "the year-earlier
        period" compare with that quarter, not with one named in passing since: "After a
        flat second quarter", "losses through the third quarter of 1990" (a forecast)."""
        if anchor is not None and quarter >= (anchor.year, (anchor.month - 1) // 3 + 1):
            return
        if self.reported is None or quarter > self.reported:
            self.reported = quarter

    @property
    def compared(self) -> tuple[int, int] | None:
        """The quarter a year-on-year comparison speaks of: the reported one, else the
        last named."""
        return self.reported or self.quarter


@lru_cache(maxsize=4096)
def _point(value: str) -> tuple[str, date | tuple[int, int] | int] | None:
    """The calendar point a TIMEX3 date value names: ("day", date), ("quarter", (y, q)),
    ("month", (y, m)) or ("year", y); None for any other value."""
    head = value[:10]
    if len(value) >= 10 and head[4] == "-" and head[7] == "-" and head[:4].isdigit():
        try:
            return "day", date(int(head[:4]), int(head[5:7]), int(head[8:10]))
        except ValueError:
            return None
    if len(value) == 7 and value[:4].isdigit() and value[5] == "Q" and value[6] in "1234":
        return "quarter", (int(value[:4]), int(value[6]))
    if len(value) == 7 and value[:4].isdigit() and value[5:].isdigit():
        return "month", (int(value[:4]), int(value[5:]))
    if len(value) == 4 and value.isdigit():
        return "year", int(value)
    return None


class Context:
    """The anchor day, a lazy tense reading and the story's time so far, for one span.

    ``situated`` turns True when a rule reads the story or the words after the span, and
    ``tense_key`` holds the tense once a rule reads it: the answer then holds for this place
    in the text (or this tense) only, and is not reused for the same words elsewhere.
    """

    __slots__ = (
        "anchor",
        "given",
        "situated",
        "tense_key",
        "_story",
        "_tense_of",
        "_tense",
        "_after",
        "_lead",
    )

    def __init__(
        self,
        anchor: date | None,
        story: Story | None = None,
        tense_of: Callable[[], int] | None = None,
        given: str | None = None,
        after: str = "",
        lead: str = "",
    ) -> None:
        self.anchor = anchor
        self.given = given  # the value the number finder gave, when it had one
        self.situated = False
        self.tense_key: int | None = None  # the tense, once a rule has read it
        self._story = story if story is not None else Story()
        self._tense_of = tense_of
        self._tense: int | None = None
        self._after = after  # the characters after the span ("the year" + " ended March 31")
        self._lead = lead  # the word leading it, from ``lead_of`` (part of the memo key)

    @property
    def tense(self) -> int:
        """-1 past, +1 future, 0 unknown; read from the sentence only when a rule asks."""
        if self._tense is None:
            self._tense = self._tense_of() if self._tense_of is not None else 0
        self.tense_key = self._tense
        return self._tense

    @property
    def story(self) -> Story:
        self.situated = True
        return self._story

    @property
    def after(self) -> str:
        self.situated = True
        return self._after

    @property
    def since(self) -> bool:
        """Whether "since" leads the span ("down 14% since 1 January"): the point it names
        has begun by the anchor whatever the tense or the nearness of a later occurrence."""
        return self._lead == "since"

    @property
    def until(self) -> bool:
        """Whether "through", "until" or "till" leads the span ("funded through March 14"):
        a bound that may lie ahead though the sentence is told in the past."""
        return self._lead == "until"

    @property
    def generic(self) -> bool:
        """Whether an indefinite word leads the span ("at 3am on a Tuesday", "every
        Friday"): a weekday of no one week."""
        return self._lead == "any"


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 value and the rule that gave it.

    ``unit`` is set for durations only, readable ("weeks"), with ``amount`` ("2"), so a
    reader can see "2 weeks" beside "P2W". ``explicit`` marks a full date written out in the
    text ("Sept. 15, 2017"), which may anchor later dates when the article has none.
    """

    value: str
    rule: str
    amount: str | None = None
    unit: str | None = None
    explicit: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """A span's words for the rules: ``w`` without leading "the" and modifiers.

    ``the`` says a "the" was taken off ("the past" is not "past"); ``words`` keeps them all.
    """

    w: list[str]
    the: bool
    words: list[str]


def direction_of(word: str | None, ctx: Context) -> int:
    """-1 for "last", +1 for "next", 0 for "this"; no word: the sentence's tense."""
    if word in BACK:
        return -1
    if word in AHEAD:
        return 1
    if word in THIS:
        return 0
    return ctx.tense
