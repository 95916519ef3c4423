"""Spans the number finder labels DATE that are no TIMEX3, in the order the rules apply.

An age is how old someone is, not when ("a 6-year-old boy", "Mr. Reupke, 52 years old", "a
man in his 40s"): it stays a number, as a QUANTITY in years. "may" and "march" in lower case
are a verb and a walk. "Jan" in "Jan Kavan" is a first name. "quarterly" in "its quarterly dividend" is a
kind of dividend (TimeML news leaves it out); "adjusted quarterly" stays a SET. "The fourth
quarter" of a game is a period of play, no quarter of the year.

Each rule returns a replacement span, ``DROP``, or None to leave the span to the next rule.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import Final

from tuiread.model import Span

from .. import compiled
from .lexicon import MONTHS, WEEKDAYS

DROP: Final = "drop"

_AGE = compiled.compile(
    r"(?i)(?:aged\s+)?(?P<n>\d+|[a-z]+(?:[- ][a-z]+)?)[- ](?P<unit>year|month|week|day)s?"
    r"(?:[- ]olds?|\s+of\s+age)"
    r"|(?:aged?\s+)(?P<n2>\d+)|(?P<n3>\d+)[- ]?(?:yo|y\.o\.|yrs?\.?\s+old)"
)


def ages(text: str, span: Span) -> Span | str | None:
    """ "6-year-old", "52 years old", "aged 87", "87 yo": an age, kept as a QUANTITY in years
    (or months...)."""
    m = _AGE.fullmatch(span.text)
    if m is None:
        return None
    unit = (m.group("unit") or "year").lower() + "s"
    value = span.value if span.value and span.value.replace(".", "", 1).isdigit() else None
    return Span("number", "QUANTITY", span.start, span.end, span.text, value, unit)


_AGED_RANGE = compiled.compile(
    r"(?i)aged\s+(?P<lo>\d+)(?:\s*[-\u2013]\s*|\s+(?:to|and)\s+)(?P<hi>\d+)"
)
_YEARS_BEFORE_OLDS = compiled.compile(
    r"(?i)(?P<lo>\d+)(?:(?:\s*[-\u2013]\s*|\s+to\s+)(?P<hi>\d+))?[- ]years?"
)
_OLDS_AFTER = compiled.compile(r"(?i)[- ]olds?\b")


def age_ranges(text: str, span: Span) -> Span | str | None:
    """A range of ages is how old, not when: "people aged 75 to 79", "16-24 year olds",
    "24-year-olds" (read up to "year", the "-olds" taken in): a QUANTITY in years."""
    m = _AGED_RANGE.fullmatch(span.text)
    end = span.end
    if m is None:
        m = _YEARS_BEFORE_OLDS.fullmatch(span.text)
        after = _OLDS_AFTER.match(text, span.end) if m is not None else None
        if m is None or after is None:
            return None
        end = after.end()
    lo, hi = m.group("lo"), m.group("hi")
    value = f"[{lo},{hi})" if hi else lo
    return Span("number", "QUANTITY", span.start, end, text[span.start : end], value, "years")


_DECADE_OF_LIFE = compiled.compile(r"(?i)(?:(?:early|mid|late)[\s-]+)?(?P<tens>[1-9]0)['’]?s")
_POSSESSIVE_BEFORE = compiled.compile(
    r"(?i)\bin\s+(?:his|her|their|my|your|our)\s+(?P<mod>(?:early|mid|late)[\s-]+)?$"
)


def decades_of_life(text: str, span: Span) -> Span | str | None:
    """ "a man in his 40s", "women in their early 30s": a decade of someone's life is an age,
    a QUANTITY in years from 40 up to 50, not the 1940s ("her 80s hits" stays a decade)."""
    m = _DECADE_OF_LIFE.fullmatch(span.text)
    if m is None:
        return None
    before = _POSSESSIVE_BEFORE.search(text, max(0, span.start - 20), span.start)
    if before is None:
        return None
    start = before.start("mod") if before.group("mod") else span.start  # "early 30s"
    tens = int(m.group("tens"))
    value = f"[{tens},{tens + 10})"
    return Span("number", "QUANTITY", start, span.end, text[start : span.end], value, "years")


_DEGREES_MOD_BEFORE = compiled.compile(r"\b(?:low|mid|upper|high)[\s-]?$")
_TENS_OF_DEGREES = compiled.compile(r"(?:the )?(?:(?:low|mid|upper|high)-?\s?)?(?P<tens>[1-9]0)s")
# a sentence about temperatures: what it says before "the 30s"
_TEMPERATURE_WORDS = compiled.compile(
    r"(?i)\b(?:temperatures?|highs?|lows?|degrees|thermometers?|wind chills?|mercury)\b"
)


def decades_of_degrees(text: str, span: Span) -> Span | str | None:
    """ "Temperatures should rebound into the 30s", "highs in the mid-40s": in a sentence
    about the weather, tens of degrees, a temperature from 30 up to 40, not the 1930s."""
    m = _TENS_OF_DEGREES.fullmatch(span.text)
    if m is None:
        return None
    reach = max(0, span.start - 200)  # the sentence before it, no further back
    lo = max(text.rfind(". ", reach, span.start), text.rfind("\n", reach, span.start), reach)
    if _TEMPERATURE_WORDS.search(text, lo, span.start) is None:
        return None
    tens = int(m.group("tens"))
    value = f"[{tens},{tens + 10})"
    mod = _DEGREES_MOD_BEFORE.search(text, max(0, span.start - 8), span.start)
    start = span.start if mod is None else mod.start()  # "the mid-40s", "the low 50s"
    return Span("number", "QUANTITY", start, span.end, text[start : span.end], value, "°")


def lower_case_months(text: str, span: Span) -> Span | str | None:
    """ "may" and "march" written in lower case at the end of a span ("this march") are the
    verb and the walk: a month is capitalised."""
    words = span.text
    if words.endswith(("may", "march")) and words.rsplit(None, 1)[-1] in ("may", "march"):
        return DROP
    return None


_CAPITALISED_NEXT = compiled.compile(r"[ \t]+([A-Z][a-z]+)\b")
_TIME_BEFORE = compiled.compile(
    r"(?i)\b(?:in|on|since|until|till|by|last|this|next|of|early|late|mid|from|through|to"
    r"|during|before|after|between|each|every)\s+$"
)


_NAME_PARTS = frozenset(
    ("daily", "weekly", "monthly", "morning", "evening", "night", "today", "tonight", "now")
)


def first_names(text: str, span: Span) -> Span | str | None:
    """A lone capitalised month or time word before a capitalised word that is no date is
    part of a name: "Jan Kavan", "April Ryan", "the Daily Beast", "Morning Joe", "Today
    Show"; "in June Smith said" keeps its month."""
    word = span.text.rstrip(".")
    low = word.lower()
    if " " in word or not word[:1].isupper() or (low not in MONTHS and low not in _NAME_PARTS):
        return None
    m = _CAPITALISED_NEXT.match(text, span.end)
    if m is None:
        return None
    after = m.group(1).lower()
    if after in MONTHS or after in WEEKDAYS:
        return None
    if _TIME_BEFORE.search(text, max(0, span.start - 12), span.start):
        return None
    return DROP


_RECURRENCE_ADJECTIVES = frozenset(("quarterly", "semiannual", "semi-annual"))
_DETERMINER_BEFORE = compiled.compile(
    r"(?i)(?<![\w-])(?:its|their|his|her|our|the|a|an|average|first|initial|regular|latest)"
    r"\s+$"
)
_LOWER_NOUN_AFTER = compiled.compile(r"[ \t]+(?!and\b|or\b|to\b|in\b|of\b|at\b|for\b)[a-z]")


def recurrence_adjectives(text: str, span: Span) -> Span | str | None:
    """A company's reporting period between a determiner and its noun says what kind of
    payment or report the noun is, not when: "its quarterly dividend", "the quarterly
    results", "a quarterly cash dividend". TimeML news leaves these out; as an adverb
    ("adjusted quarterly") it stays a SET. ("his daily life", "on a daily basis" are
    annotated as times, so the everyday recurrences stay.)"""
    if span.text.lower() not in _RECURRENCE_ADJECTIVES:
        return None
    if not _LOWER_NOUN_AFTER.match(text, span.end):
        return None
    if _DETERMINER_BEFORE.search(text, max(0, span.start - 10), span.start) is None:
        return None
    return DROP


# the customs a weekday names, kept on that day every week, not one day: "Sunday trading",
# "a Sunday roast", "Sunday school", "his Sunday best", "a Sunday newspaper" (one of those
# printed each Sunday), "the Monday blues", "a Saturday job" ("a Friday lunch" is one lunch)
_CUSTOMS: dict[str, frozenset[str]] = {
    "sunday": frozenset(
        """trading roast roasts lunch lunches school schools best driver drivers league
        leagues shopping opening worship newspaper newspapers""".split()  # noqa: SIM905
    ),
    "monday": frozenset(("blues",)),
    "saturday": frozenset(("job", "jobs")),
}
_CUSTOM_AFTER = compiled.compile(r"[ \t]+([a-z]+)\b(?:[ \t]+([a-z']+))?")
_DAY_BEFORE = compiled.compile(
    r"(?i)(?:\b(in|during|early|late|last|this|next|by|until|till|since|through|from|each"
    r"|every|said|says|told|announced|on)|'s|’s)\s+$"
)
# a finite verb after the noun: the weekday is a time and the noun the subject ("On Sunday
# trading was thin")
_FINITE_AFTER = frozenset(
    "was were is are will would had has have could may might resumed began".split()  # noqa: SIM905
)


def weekday_customs(text: str, span: Span) -> Span | str | None:
    """A weekday before a noun of a custom kept on that day every week is part of the
    noun, not a day: "Sunday trading", "a Sunday roast", "the Monday blues". The day is
    meant where a time word leads it ("in Friday trading", "last Sunday lunch"), after a
    verb of saying ("said Monday trading would resume"), or after "on" with a verb after
    the noun ("On Sunday trading was thin"; not "rules on Sunday trading")."""
    customs = _CUSTOMS.get(span.text.lower())
    if customs is None or not span.text[:1].isupper():
        return None
    m = _CUSTOM_AFTER.match(text, span.end)
    if m is None or m.group(1) not in customs:
        return None
    lead = _DAY_BEFORE.search(text, max(0, span.start - 12), span.start)
    if lead is not None:
        if lead.group(1) is None or lead.group(1).lower() != "on":
            return None
        following = m.group(2) or ""
        if following in _FINITE_AFTER or len(following) > 4 and following.endswith("ed"):
            return None
    return DROP


_PLAY_PERIOD = compiled.compile(
    r"(?i)(?:the )?(?:first|second|third|fourth|[1-4](?:st|nd|rd|th)|last|final|opening) quarter"
)
# what a game's paragraph says: a score, or the words of play only games have; points
# scored, a player's or a team's ("his 30 points", "15 straight points", "a 12-point
# lead", "led by 12"), not an index's or a poll's ("the FTSE fell 50 points")
_GAME_WORDS = compiled.compile(
    r"(?<![\d/.-])\d{1,3}-\d{1,3}\b(?![/.-]\d|-)|\b(?:touchdowns?|field goals?|yards|rebounds|baskets?"
    r"|free throws?|(?:three|3)-pointers?|quarterback|overtime|trailed|interceptions?|fumbles?"
    r"|buzzer|halftime|half-time|scored|outscored|(?:his|her|their|straight|unanswered)"
    r"(?: \d{1,3})? points|\d{1,2}-point lead|led by \d{1,2}(?! ?(?:%|per|points))"
    r"|(?:of|in|into|won|lost|win|lose) the game)\b"
)


class GameParagraphs:
    """ "led 24-13 early in the fourth quarter": in a paragraph about a game (a score,
    touchdowns, rebounds), a quarter is a period of play, no quarter of the calendar year.
    Each paragraph is read once, however many quarters it names."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends: list[int] | None = None  # where each paragraph ends, found at first use
        self.known: dict[int, bool] = {}

    def period_of_play(self, start: int, end: int) -> bool:
        """Is ``text[start:end]`` ("the fourth quarter") a quarter of a game?"""
        text = self.text
        if not _PLAY_PERIOD.fullmatch(text, start, end):
            return False
        if self.ends is None:
            self.ends = list(accumulate(len(line) + 1 for line in text.split("\n")))
        k = bisect_right(self.ends, start)
        game = self.known.get(k)
        if game is None:
            lo = self.ends[k - 1] if k else 0
            game = self.known[k] = _GAME_WORDS.search(text, lo, self.ends[k]) is not None
        return game


# a time unit written with a capital inside a sentence opens or ends a name
_NAME_UNITS = frozenset(("Day", "Week", "Month", "Year", "Night"))
_OF_AFTER = compiled.compile(r" of (?:the )?[A-Z]")


def units_in_names(text: str, span: Span) -> Span | str | None:
    """ "a Day of the Dead festival", "the Year of the Dragon", "a Week of Action": a
    capitalised unit before "of" and a name is a word of that name, no length of time."""
    if span.text.rsplit(" ", 1)[-1] not in _NAME_UNITS or span.text.isupper():
        return None
    return DROP if _OF_AFTER.match(text, span.end) else None


_SENTENCE_OPENERS = frozenset(".!?:;\"'\u201c\u2018\n_")


def discourse_now(text: str, span: Span) -> Span | str | None:
    """ "Now," opening a sentence and set off by a comma turns the argument ("Now, he says,
    it looks like the West just wanted a war"; "Now, following asset sales, the company
    ..."): a discourse marker, which TimeML news does not tag, where "Now officials are
    investigating" and "until now" name the present."""
    if span.text != "Now" or text[span.end : span.end + 1] != ",":
        return None
    before = text[max(0, span.start - 4) : span.start].rstrip()
    return DROP if not before or before[-1] in _SENTENCE_OPENERS else None


def bare_nights(text: str, span: Span) -> Span | str | None:
    """ "night" or "nights" alone names no time ("on the night of Oct. 23": the date does;
    "the night the flight went down", "all of the other dark nights"); with a day or a
    pointer it does ("Friday night", "last night", "tonight")."""
    return DROP if span.text.lower() in ("night", "nights") else None


Rule = Callable[[str, Span], "Span | str | None"]
RULES: tuple[Rule, ...] = (
    ages,
    age_ranges,
    decades_of_life,
    decades_of_degrees,
    lower_case_months,
    first_names,
    recurrence_adjectives,
    units_in_names,
    discourse_now,
    bare_nights,
)


_WEEKDAY_RULES = (weekday_customs,)
_MONTH_RULES = (lower_case_months, first_names)  # (in the order of RULES)


def rules_for(words: str) -> tuple[Rule, ...]:
    """The rules that could apply to a span of these words (a quick test before them): a
    lone weekday is read by its own rule only. Memoised by the words: "1996", "Tuesday" and
    "July" recur in every story, and the answer turns on the words alone."""
    rules = _RULES_BY_WORDS.get(words)
    if rules is None:
        if len(_RULES_BY_WORDS) >= _RULES_MEMO_SIZE:
            _RULES_BY_WORDS.clear()
        rules = _RULES_BY_WORDS[words] = _rules_of(words)
    return rules


def _rules_of(words: str) -> tuple[Rule, ...]:
    """``rules_for``'s answer, worked out. A lone month name ("July", "Sept.") holds no
    digit, blank or unit, so only the rules for month words can apply to it."""
    low = words.lower()
    if low in WEEKDAYS:
        return _WEEKDAY_RULES
    if low.rstrip(".") in MONTHS:
        return _MONTH_RULES
    return RULES if may_apply(words) else ()


_RULES_BY_WORDS: dict[str, tuple[Rule, ...]] = {}
_RULES_MEMO_SIZE = 8192


def may_apply(words: str) -> bool:
    """Whether any rule but the weekday's could apply to a span of these words."""
    low = words.lower()
    return (
        "old" in low
        or "age" in low
        or low.endswith(("year", "years"))  # "16-24 year" before "olds"
        or "yo" in low
        or low.endswith(("may", "march"))
        or low.rstrip(".") in MONTHS
        or low in _NAME_PARTS
        or low == "nights"
        or low in _RECURRENCE_ADJECTIVES
        or low.endswith(("0s", "0's", "0’s"))
        or words.rsplit(" ", 1)[-1] in _NAME_UNITS
    )
