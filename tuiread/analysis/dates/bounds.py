"""Where a time expression starts and ends, as TimeML draws it, in the order the rules apply.

TIMEX3 leaves out the prepositions around a time ("since 1990" -> "1990", "until Thursday"
-> "Thursday"; TimeML tags them SIGNAL) and an article that belongs to the noun after it
("a third-quarter loss" -> "third-quarter"), and takes in modifiers
("nearly four years ago", "late yesterday", "fiscal 1988"), a season named before a year
("spring 1998") and the head a year-relative phrase leans on ("the year-earlier quarter",
"the 1989 period").

Each rule takes the text and a span's bounds and returns new bounds, or None to leave them;
each first looks at the span's edges, so most spans pass through in a few comparisons.

Where TimeML and the Recognizers-Text number yardstick draw a date differently, the number
finder's bounds stay: TimeML takes in the determiner of a temporal noun phrase ("the next
quarter", "the end of 2000") and cuts a range in two ("between 1994 and 1997"), the
number yardstick does neither ("next quarter", "between 2007 and 2009"), and a rule for
either costs the other three to five points.
"""

from __future__ import annotations

from .. import compiled

Bounds = tuple[int, int]

_SIGNAL = compiled.compile(
    r"(?i)(?:as\s+of|since|until|till|til|by|during|throughout|into|over|of|than|ending"
    r"|effective)\s+"
)


def strip_signals(text: str, start: int, end: int) -> Bounds | None:
    """A preposition at the start is a SIGNAL, not part of the TIMEX3: "since 1990" -> "1990",
    "until Thursday" -> "Thursday", "within 14 days" -> "14 days".

    Only the prepositions a number span may begin with where TimeML and the number
    yardstick's conventions agree to leave them out; "in", "at", "within", "after",
    "before", "from" and "between" stay (see the package docstring), and the value rules
    read past them."""
    if not text[start : start + 1].isalpha():
        return None
    s = start
    while True:
        m = _SIGNAL.match(text, s, end)
        if m is None or m.end() >= end:
            break
        s = m.end()
    return (s, end) if s != start else None


_FOLLOWING = compiled.compile(r"(?i)(?:following|around)[ \t]+(?=[A-Za-z]+(?:'s|\u2019s)\b)")
_THE_END = ("the", "The", "THE")


def preposition_before_an_owner(text: str, start: int, end: int) -> Bounds | None:
    """ "following" without an article, or "around", before a day that owns a noun is a
    preposition that governs the noun, not a word of the time: "following Monday's debate"
    ("after") -> "Monday" (where "the following Monday" is a day), "ways to get around
    Wednesday's ruling" -> "Wednesday" (where "around 3pm" is about 3pm)."""
    m = _FOLLOWING.match(text, start)
    if m is None or m.end() >= end or text[max(0, start - 4) : start].rstrip().endswith(_THE_END):
        return None
    return (m.end(), end)


_TAIL_COUNT = compiled.compile(r",\s*\d+$")
_NUMBER_GOES_ON = compiled.compile(r"[,.]\d")


def trim_number_tail(text: str, start: int, end: int) -> Bounds | None:
    """A date does not end in the first digits of the number after it: "Thursday, 5,745,188
    shares" -> "Thursday"."""
    if text.find(",", start, end) == -1:
        return None
    m = _TAIL_COUNT.search(text, start, end)
    if m is None or not _NUMBER_GOES_ON.match(text, end):
        return None
    return (start, m.start())


_AMOUNT_MODIFIER = compiled.compile(
    r"(?i)(?<![\w-])(?:at\s+least|more\s+than|less\s+than|fewer\s+than|no\s+more\s+than"
    r"|up\s+to|nearly|almost|about|around|approximately|roughly|some)\s+$"
)
_POINT_MODIFIER = compiled.compile(
    r"(?i)(?<![\w-])(?:(?:early|late|mid|earlier|later)[\s-]+|around\s+)$"
)
_POSSESSIVE = ("'s", "\u2019s")
_FISCAL = compiled.compile(r"(?i)(?<![\w-])fiscal\s+$")
_ORDINAL_QUARTER = compiled.compile(r"(?i)(?:first|second|third|fourth)[- ]quarter")
_RECURRENCE = compiled.compile(r"(?i)(?:every|each|per)\b")
MODIFIER_ENDINGS = (
    "least",
    "than",
    "up to",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "fiscal",
)
_AMOUNT_START = compiled.compile(
    r"(?i)(?:the\s+(?:past|last|next|first)\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred"
    r"|several|a\s+few)[\s-]+(?:[a-z]+[\s-]+)?(?:second|minute|hour|day|night|week|month"
    r"|quarter|year|decade|centur)[a-z]*"
)
_NOT_A_MODIFIER = compiled.compile(r"(?i)\b(?:how|what)\s+about\s+$")


def take_modifiers(text: str, start: int, end: int) -> Bounds | None:
    """Modifiers belong to the TIMEX3 (they set its MOD): "nearly four years ago", "at least
    the past 18 months", "late yesterday", "earlier this month", "fiscal 1988", "fiscal
    second-quarter", "around year end" (as both yardsticks draw "around" before a point: "around 1pm", "around Nov. 1").
    Amount words ("about", "nearly") only before an amount, where they cannot be
    prepositions."""
    lo = max(0, start - 24)
    if not text[lo:start].rstrip(" -").lower().endswith(MODIFIER_ENDINGS):
        return None
    amount = _AMOUNT_START.match(text, start, end) is not None
    if amount and not _NOT_A_MODIFIER.search(text, lo, start):
        m = _AMOUNT_MODIFIER.search(text, lo, start)
        if m is not None and not about_an_amount(text, m.start(), start, end):
            return (m.start(), end)
    m = _POINT_MODIFIER.search(text, lo, start)
    if m is not None and not amount and not _RECURRENCE.match(text, start, end):
        if text[m.start()] in "aA" and text.startswith(_POSSESSIVE, end):
            return None  # "get around Wednesday's ruling": "around" governs the ruling
        return (m.start(), end)
    if text[start : start + 1].isdigit() or _ORDINAL_QUARTER.match(text, start, end):
        m = _FISCAL.search(text, lo, start)
        if m is not None:
            return (m.start(), end)
    return None


_OFFSET_END = compiled.compile(r"(?i)\b(?:ago|earlier|later|hence|from\s+now)$")


def about_an_amount(text: str, modifier: int, start: int, end: int) -> bool:
    """ "about" before an amount of time stays out of it ("spent about five hours", "for about
    two weeks" -> "five hours", "two weeks"), as TimeML's news draws it and as the number
    yardstick draws "about $14 million"; the word may as well be the preposition ("talking
    about three days"). A point counted back keeps it: "about two years ago"."""
    return text[modifier : modifier + 5].lower() == "about" and not _OFFSET_END.search(
        text, start, end
    )


_ADJECTIVAL = compiled.compile(
    r"(?i)(?:in\s+)?an?\s+(?=\S+-\S+$|(?:first|second|third|fourth)[- ]quarter$|\S+\s+(?:year|month|week|day|hour|minute)$)"
)
_NOUN_AFTER = compiled.compile(r"[ \t]+[a-z]")


def drop_article(text: str, start: int, end: int) -> Bounds | None:
    """An article before an adjectival time belongs to the noun after it: "a third-quarter
    loss" -> "third-quarter", "a 24-hour strike" -> "24-hour", "a five year low"; so does
    the preposition before that article ("result in a fourth-quarter charge" ->
    "fourth-quarter"), which governs the noun, not the time."""
    if text[start : start + 1] not in ("a", "A", "i", "I"):
        return None
    m = _ADJECTIVAL.match(text, start, end)
    if m is None or not _NOUN_AFTER.match(text, end):
        return None
    return (m.end(), end)


_THE_BEFORE = compiled.compile(r"(?i)(?<![\w-])the\s+$")
_THE_FIRST_BEFORE = compiled.compile(r"(?i)(?<![\w-])the\s+first\s+$")
_PAST = compiled.compile(r"(?i)past\b")
_NOUN_HEAD = compiled.compile(
    r"(?i)(?:(?:early|late|mid)[\s-]+)?(?:1[0-9]|20|['’])?\d0['’]?s"  # the (late) 1970s, the '80s
    r"|\d{4}(?:\s+(?:fiscal|first|second|third|fourth))*\s+(?:period|quarter|half)"
    r"|(?:current\s+)?(?:fiscal|current)\s+(?:year|quarter|half)"  # the (current) fiscal year
    r"|(?:spring|summer|autumn|fall|winter)\s+of\s+\S.*"  # the winter of 1994
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+(?:years|months"
    r"|weeks|days|hours|quarters|decades)"  # the nine months (ended Sept. 30)
)
_OF_AFTER = compiled.compile(r"[ \t]+of\b")
_THE_LATEST_BEFORE = compiled.compile(r"(?i)(?<![\w-])the\s+(?:latest\s+)?$")
# a point counted from the story's own time, not from today: "(the) following year", "(the)
# previous Friday", "(the) next morning" (unlike "next year" or "last Friday", which count
# from the day of writing and take no article)
_ANAPHORIC = compiled.compile(
    r"(?i)(?:(?:following|previous|preceding)\s+(?:day|week|weekend|month|year|quarter|decade"
    r"|century|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)|next\s+(?:morning|afternoon|evening|night))"
)


def take_determiner(text: str, start: int, end: int) -> Bounds | None:
    """The determiner that a time's own words cannot do without is part of it: "the past two
    months", "the past year" ("past" in this sense needs "the"), "the first nine months"
    (an amount counted from a period's start). So is the article of a time that is the head
    of its noun phrase, not a word English may say with or without it: "the 1990s", "the
    late 1970s", "the 1989 period", "the (latest) fiscal year", "the current year", "the
    winter of 1994", "the nine months (ended Sept. 30)" (not "the two days of music", where the
    amount counts the noun after it). Where English leaves the article optional ("(the)
    next quarter", "(the) end of 2000") the bounds stay."""
    lo = max(0, start - 12)
    if _PAST.match(text, start, end):
        m = _THE_BEFORE.search(text, lo, start)
        return (m.start(), end) if m is not None else None
    m = _THE_FIRST_BEFORE.search(text, lo, start)
    if m is not None and _AMOUNT_START.match(text, start, end):
        return (m.start(), end)
    anaphoric = take_anaphoric_article(text, start, end)
    if anaphoric is not None:
        return anaphoric
    if _NOUN_HEAD.fullmatch(text, start, end) and not _OF_AFTER.match(text, end):
        m = _THE_LATEST_BEFORE.search(text, max(0, start - 20), start)
        return (m.start(), end) if m is not None else None
    return None


def take_anaphoric_article(text: str, start: int, end: int) -> Bounds | None:
    """ "following", "previous" and "preceding" count from the time the story is at, and
    English says them with the article ("the following year", "the previous Friday"; so "the
    next morning", where "next morning" alone would count from today): the article is part of
    the time, as TimeML draws it. Not before a holiday ("the following Easter") nor an amount
    ("the previous four days"), which the number yardstick draws without it."""
    if not _ANAPHORIC.fullmatch(text, start, end):
        return None
    m = _THE_BEFORE.search(text, max(0, start - 6), start)
    return (m.start(), end) if m is not None else None


_SEASON_BEFORE = compiled.compile(
    r"(?i)(?<![\w-])(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:spring|summer|fall|autumn|winter)"
    r"(?:\s+of)?\s+$"
)


def take_season(text: str, start: int, end: int) -> Bounds | None:
    """A season before a year names a season of that year: "spring 1998", "the fall of
    1998" (not "1998" alone)."""
    if end - start != 4 or not text[start:end].isdigit():
        return None
    m = _SEASON_BEFORE.search(text, max(0, start - 24), start)
    return (m.start(), end) if m is not None else None


_DEMONSTRATIVE = compiled.compile(
    r"(?i)(?:that|those|these)\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few)\s)"
)


def drop_demonstrative(text: str, start: int, end: int) -> Bounds | None:
    """ "that" before an amount of time belongs to the clause, not to the time: "(said)
    that two weeks ago" -> "two weeks ago"."""
    if text[start : start + 1] not in ("t", "T"):
        return None
    m = _DEMONSTRATIVE.match(text, start, end)
    return (m.end(), end) if m is not None else None


_AGO_AFTER = compiled.compile(r"(?i)[ \t]+(?:or\s+so\s+)?(?:ago|earlier|later|hence|from\s+now)\b")


def take_ago(text: str, start: int, end: int) -> Bounds | None:
    """An amount of time followed by "ago" or "later" is one expression: "two weeks" +
    " ago", "three days" + " later" (not "after", a preposition: "two weeks after the
    vote")."""
    if text[end : end + 1] not in (" ", "\t"):
        return None
    m = _AGO_AFTER.match(text, end)
    if m is None or not _AMOUNT_START.fullmatch(text, start, end):
        return None
    return (start, m.end())


def take_word_end(text: str, start: int, end: int) -> Bounds | None:
    """A span that stops inside a word takes the rest of it: "last week" + "end"."""
    if text[end - 4 : end].lower() == "week" and text[end : end + 3].lower() == "end":
        return (start, end + (4 if text[end + 3 : end + 4].lower() == "s" else 3))
    return None


_YEAR_RELATIVE = compiled.compile(
    r"(?i)[- ](?:earlier|ago)(?:\s+(?:comparable|fiscal|first|second|third|fourth|nine|six"
    r"|three|twelve))*\s+(?:quarter|period|months|half)\b"
)
_YEAR_ADJECTIVE = compiled.compile(r"(?i)-(?:earlier|ago)\b")
_THE_YEAR = compiled.compile(r"(?i)(?:the|an?)\s+year")
_YEAR_HEAD = compiled.compile(
    r"(?i)(?:'s)?\s+(?:(?:first|second|third|fourth|fiscal)\s+)*(?:quarter|period|half)\b"
)
_ENDS_WITH_YEAR_WORD = compiled.compile(r"(?i)\byear$")
_ENDS_WITH_YEAR = compiled.compile(r"(?:\b\d{4}|\byear)$")


def take_head(text: str, start: int, end: int) -> Bounds | None:
    """A year that modifies a period names that period: "the year-earlier quarter", "the
    year-ago period", "the 1988 third quarter", "this year's third quarter"; before any other
    noun the compound alone is the time ("the year-ago results", "a year-earlier loss" ->
    "year-ago", "year-earlier")."""
    after = text[end : end + 1]
    if after not in ("-", " ", "'", "\u2019"):
        return None
    m = _YEAR_RELATIVE.match(text, end)
    if m is not None and _ENDS_WITH_YEAR_WORD.search(text, start, end):
        return (start, m.end())
    m = _YEAR_ADJECTIVE.match(text, end)
    if m is not None and _THE_YEAR.fullmatch(text, start, end):
        # "The year-ago results": the compound "year-ago" is the time; "the" is the noun's
        return (end - 4, m.end())
    m = _YEAR_HEAD.match(text, end)
    if m is not None and _ENDS_WITH_YEAR.search(text, start, end):
        return (start, m.end())
    return None
