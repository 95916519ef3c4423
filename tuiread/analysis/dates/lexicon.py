"""The words of time, written by hand: calendar names, units, number words and the small words
TIMEX3 takes in (modifiers, determiners) or leaves out (prepositions).

Plain tables, one entry a line where it matters, so a missing word is a one-line fix.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Monday is 0, as date.weekday() counts
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# Parts of the day as TIMEX3 writes them after a date: "Friday night" -> 2017-09-15TNI
DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

# Unit word -> (TIMEX3 designator, how many of it, readable singular, readable plural).
# Designators after "T" in a duration are the clock ones (hours, minutes, seconds).
UNITS: dict[str, tuple[str, int, str, str]] = {
    "second": ("S", 1, "second", "seconds"),
    "sec": ("S", 1, "second", "seconds"),
    "minute": ("TM", 1, "minute", "minutes"),
    "min": ("TM", 1, "minute", "minutes"),
    "hour": ("H", 1, "hour", "hours"),
    "hr": ("H", 1, "hour", "hours"),
    "day": ("D", 1, "day", "days"),
    "night": ("D", 1, "night", "nights"),
    "week": ("W", 1, "week", "weeks"),
    "weekend": ("WE", 1, "weekend", "weekends"),
    "fortnight": ("W", 2, "fortnight", "fortnights"),
    "month": ("M", 1, "month", "months"),
    "quarter": ("Q", 1, "quarter", "quarters"),
    "year": ("Y", 1, "year", "years"),
    "decade": ("Y", 10, "decade", "decades"),
    "century": ("Y", 100, "century", "centuries"),
    "millennium": ("Y", 1000, "millennium", "millennia"),
}
PLURAL_UNITS: dict[str, str] = {
    "seconds": "second",
    "secs": "second",
    "minutes": "minute",
    "mins": "minute",
    "hours": "hour",
    "hrs": "hour",
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

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
    "couple": 2,
}

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

# An amount nobody counted: "several years" -> PXY
VAGUE_AMOUNTS = frozenset(("several", "few", "a few", "some", "many", "numerous", "various"))

# Decades spelt out: "the eighties" -> 198 (a century's tens digit)
DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

# Words that mean the present, the past or the future without a date: TIMEX3's *_REF values
PRESENT_WORDS = frozenset(
    (
        "now",
        "right now",
        "currently",
        "current",
        "nowadays",
        "presently",
        "at present",
        "the present",
        "these days",
    )
)
PAST_WORDS = frozenset(("recently", "recent", "lately", "the past", "in the past"))
FUTURE_WORDS = frozenset(
    (
        "future",
        "the future",
        "soon",
        "the near future",
        "the near term",
        "the short term",
        "the long term",
        "the longer term",
        "as soon as possible",
        "a later date",
        "some later date",
        "a future date",
        "some future date",
    )
)

# Words in front of a time expression that TIMEX3 takes into it (they set its MOD):
# "nearly four years ago", "late yesterday", "early next year", "at least the past 18 months"
MODIFIERS = (
    "at least",
    "more than",
    "less than",
    "fewer than",
    "no more than",
    "no less than",
    "up to",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "sometime",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
)

# Words in front of a time expression that TIMEX3 leaves out (TimeML tags them SIGNAL):
# "since 1990", "until Thursday", "within 14 days", "as early as next week". The value
# rules read past them wherever a span keeps them.
SIGNALS = (
    "as soon as",
    "as early as",
    "as late as",
    "as of",
    "since",
    "until",
    "till",
    "til",
    "before",
    "after",
    "within",
    "in",
    "on",
    "at",
    "by",
    "during",
    "from",
    "for",
    "through",
    "throughout",
    "between",
    "into",
    "over",
    "of",
    "to",
    "than",
    "per",
)

# Words that name a period from the anchor: "last week", "next Friday", "this month"
BACK = frozenset(("last", "past", "previous", "preceding", "prior"))
AHEAD = frozenset(("next", "coming", "upcoming", "following"))
THIS = frozenset(("this", "current", "present", "same"))
