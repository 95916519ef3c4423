"""Regular-expression building blocks for dates, times of day and durations.

Strings to embed in the grammar (``grammar.py``), matched on lower-case text, built from the
calendar words of the lexicon and the number patterns of ``patterns.py``.
"""

from __future__ import annotations

from .lexicon import (
    FREQUENCIES,
    HOLIDAYS,
    IRREGULAR_PLURALS,
    MEASURE_UNITS,
    MONTHS,
    ONES,
    ORDINAL_ONES,
    WEEKDAYS,
)
from .patterns import (
    DIGITS,
    NB,
    NUMBER,
    NUMBER_OR_VAGUE,
    ONE_WORD,
    ORDINAL_DIGITS,
    ORDINAL_WORDS,
    S0,
    TEN_WORD,
    TIME_UNIT,
    UNIT_DENOMINATOR_PLURAL,
    WORD_NUMBER,
    B,
    S,
    ahead,
    words,
)

# --------------------------------------------------------------------------- calendar words

MONTH = rf"(?:{words(MONTHS)}(?![a-z])(?:\.(?={S0}\d))?)"  # "september", "sept.", "sep"
_WEEKDAY_ABBREVIATIONS = ["mon", "tue", "tues", "thu", "thur", "thurs", "fri"]
# "wed", "sat", "sun" are common words: only with a day number after them (REL_DATE)
WEEKDAY = rf"(?:{words([w for w in WEEKDAYS if len(w) > 3] + _WEEKDAY_ABBREVIATIONS)}{B})"
WEEKDAYS_PLURAL = rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days){B}"  # "on Mondays"
DAY_DIGITS = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)(?:st|nd|rd|th)?(?![/.:]\d)" + B  # "15", "3rd"
DAY_WORDS = (
    rf"(?:(?:twenty|thirty){S0}-?{S0})?{words(ORDINAL_ONES)}{B}"
    r"|(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    rf"|eighteenth|nineteenth|twentieth|thirtieth){B}"
)
DAY = rf"(?:{DAY_DIGITS}|{DAY_WORDS})"
YEAR = r"(?<![\w.,])(?:1[0-9]|20|21)\d\d(?!\d|[.,]\d)"  # 1000-2199
YEAR_WORDS = (
    rf"(?:(?:nineteen|eighteen|twenty|seventeen|sixteen){S}"
    rf"(?:{TEN_WORD}(?:{S0}-?{S0}{ONE_WORD})?|{ONE_WORD}|hundred)"
    rf"|two{S}thousand(?:{S}and{S}(?:{TEN_WORD}(?:{S0}-?{S0}{ONE_WORD})?|{ONE_WORD}))?){B}"
    # (not before a plural ordinal, which makes the words a fraction: "twenty twenty fifths")
    rf"(?!{S}{UNIT_DENOMINATOR_PLURAL})"
)
ANY_YEAR = rf"(?:{YEAR}|{YEAR_WORDS}|'\d\d\b|(?<=of )\d\d(?![\d:.]))"  # "2017", "'87", "of 87"
YEAR_JOIN = rf"(?:{S0},{S0}|{S}of{S}|{S}in{S}|{S0}-{S0}|{S})"  # between a day/month and its year

# --------------------------------------------------------------------------- times of day

AM_PM = r"(?:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![\w])"
HOUR_WORD = words([w for w, v in ONES.items() if 1 <= v <= 12])
MINUTE_WORDS = (
    rf"(?:{TEN_WORD}(?:{S0}-?{S0}{ONE_WORD})?|{ONE_WORD}|fifteen|thirty|forty{S0}-?{S0}five)"
)
# a month and a word that joins it to the next before "May" ("between March and May", "April
# to May", "April-May"): May is the month there, not the name or the verb ("Johnson and May")
MONTH_BEFORE_MAY = (
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?:,?[ \t]+(?:and|or|to|through|till"
    r"|until)[ \t]+|[ \t]?[-–/][ \t]?)$"
)
# a race time, minutes and seconds to the hundredth ("3:49.11", "2:03:59.1"): no clock time
RACE_TIME = r"(?<![\w.:])(?:\d{1,2}:)?\d{1,2}:[0-5]\d\.\d{1,3}(?![\d:])"
# a clock time that opens with a digit has a colon after its first one or two digits
# ("2:30", "3:49.11"), a point and two digits then its "am" / "pm" ("10.30 pm"), or, after
# up to four digits and any blanks, its "am" / "pm", "o'clock" or "min(utes)" / "past"
# (each branch of CLOCK below that starts with a digit reads so): this look-ahead turns down
# other numbers ("100 percent", "37-run", "55.7") before those branches are tried one by one
# the same for a word: each branch of CLOCK that starts with a letter starts with one of
# these (a unit test checks them against the branches)
CLOCK_FIRST_LETTERS = "aefhmnoqstz"
CLOCK_AHEAD = (
    rf"(?=[{CLOCK_FIRST_LETTERS}]|\d{{1,2}}:|\d{{1,2}}\.\d\d(?:[:.]\d\d)?{S0}[ap]|\d{{1,2}}\.\d\d{S}[bcgu]"
    rf"|\d{{1,4}}{S0}[apom])"
)
CLOCK = (
    rf"(?:{RACE_TIME}"
    rf"|(?<![\w.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?(?:{S0}{AM_PM}|[ap]\b)"
    # a live blog's stamp may end in a colon ("14:32: Leaders have agreed")
    rf"|(?<![\w.:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d|:\d)"
    # a 24-hour time written with a point, as British papers do, is a time before its zone
    # of Britain or Europe ("14.32 BST", "09.15 GMT"); without one it may be a price or a
    # count ("14.32"). (The grammar reads lower-cased text.)
    rf"|(?<![\w.:])(?:[01]?\d|2[0-3])\.[0-5]\d(?={S}(?:gmt|bst|utc|cest|cet)\b)"
    rf"|(?<![\w.:])(?:1[0-2]|0?\d)[0-5]\d{S0}{AM_PM}"
    rf"|(?<![\w.:])(?:1[0-2]|0?[1-9])(?:{S0}{AM_PM}|[ap]\b)"
    rf"|(?<![\w.:])(?:1[0-2]|0?[1-9]){S0}o'?clock{B}"
    rf"|{HOUR_WORD}{S}(?:o'?clock|{AM_PM})"
    rf"|{HOUR_WORD}-(?:thirty|fifteen|forty{S0}-?{S0}five|{TEN_WORD})(?:{S}(?:{AM_PM}))?{B}"
    rf"|(?:half|(?:a{S})?quarter|\d{{1,2}}(?:{S}min(?:ute)?s?)?|{MINUTE_WORDS}(?:{S}minutes?)?){S}past{S}(?:{HOUR_WORD}|1[0-2]|0?[1-9])(?:{S}o'?clock)?{B}"
    rf"|(?:(?:a{S})?quarter|five|ten|twenty(?:{S0}-?{S0}five)?|\d{{1,2}}{S}min(?:ute)?s?){S}to{S}{HOUR_WORD}(?:{S}o'?clock)?{B}"
    rf"|noon(?:ish)?|midnight|mid{S0}-?{S0}night|midday"
    rf"|(?:(?<=at )|(?<=from )|(?<=to )|(?<=till )|(?<=until )){HOUR_WORD}{S}(?:thirty|fifteen|forty{S0}-?{S0}five|{TEN_WORD}(?:{S0}-?{S0}{ONE_WORD})?)(?:{S}minutes)?{B}"
    r")"
)
DAY_PART = words(
    [
        "morning",
        "afternoon",
        "evening",
        "night",
        "daytime",
        "night-time",
        "nighttime",
        "lunchtime",
        "dinnertime",
    ]
)
TIME_OF_DAY = (
    rf"(?:(?:(?:early|late|later){S}(?:in{S}the|this)|in{S}the|early|late|this|that|tomorrow|yesterday|tonight|last|next|every|each){S}{DAY_PART}s?{B}"
    rf"|(?:early|later?){S}in{S}the{S}day{B}"
    rf"|(?:before|after){S}(?:lunch|dinner|breakfast|lunchtime|dinnertime){B}"
    rf"|(?<!good ){DAY_PART}s?{B}|tonight|tonite|overnight)"
)

# --------------------------------------------------------------------------- dates

HOLIDAY = words(HOLIDAYS) + B
RELATIVE = rf"(?:this|next|last|previous|coming|following|past|upcoming|current|same|that|this{S}past|this{S}coming|this{S}upcoming)"
PERIOD = rf"(?:week|weekend|month|year|quarter|decade|century|fortnight|summer|winter|spring|autumn|fall|semester|hour|minute|working{S}week|business{S}week|school{S}year|calendar{S}year|fiscal{S}year|financial{S}year)"
THE_PERIOD = r"(?:day|week|weekend|month|year|fortnight)"  # "the week"
SEASON = r"(?:summer|winter|autumn)"  # not "spring", "fall": verbs as often

# "3/4 cup", "3/4 percent", "1/4 of the land", "2-1/4 points": a fraction, no date
_NOT_A_MEASURE = rf"{S0}(?:{words(MEASURE_UNITS)}|per{S0}cent|percent|%|of|points?)\b"
# a cheap necessary condition first: digits and a slash, two points ("1.5.96"), a dash and a
# digit after one or two digits, a dash and a digit or a month after four ("1996-aug"), or
# a blank after four; or a month's name and a dash or a slash ("22 points", "3.5", "37-run"
# and most words fail it)
DATE_DIGITS_AHEAD = r"(?=\d{1,4}(?:/|\.\d{1,2}\.)|\d{4}(?: |-[\da-z])|\d{1,2}-\d|[a-z][a-z.]*[-/])"
DATE_DIGITS = (
    DATE_DIGITS_AHEAD
    + r"(?:(?<![\w/.:])(?:1[0-9]|20|21)\d\d(?P<ds1>[-/.])(?:0?[1-9]|1[0-2])(?P=ds1)(?:0?[1-9]|[12]\d|3[01])(?![\d])"
    r"|(?<![\w/.:])\d{1,2}(?P<ds2>[-/.])\d{1,2}(?P=ds2)(?:\d{4}|\d\d)(?![\d/])"
    rf"|(?<![\w/.:])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d|{_NOT_A_MEASURE})"
    rf"|(?<![\w/.:])(?:[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/]|\.\d|{_NOT_A_MEASURE})"
    r"|(?<![\w/.:-])(?:0?[1-9]|1[0-2])-(?:19|20)\d\d(?![\d-])"
    r"|(?<![\w/.:-])(?:19|20)\d\d (?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01])(?!\d)"
    rf"|(?<![\w/])(?:19|20)\d\d[-/]{MONTH}[-/]\d{{1,2}}(?!\d)"
    rf"|(?<![\w/])(?:19|20)\d\d/\d{{1,2}}/{MONTH}"
    rf"|(?<![\w/])\d{{1,2}}/{MONTH}/(?:\d{{4}}|\d\d)(?!\d)"
    rf"|{MONTH}-\d{{1,2}}-\d{{4}}(?!\d)"
    rf"|(?<![\w/]){words(MONTHS)}/\d{{1,2}}(?![\d/])"
    r")"
)
# from a digit, a date with a month's name is a day before it ("15 September", "3rd of May"):
# a day of one or two digits, blanks, and a month's first letter
DATE_WORDS_AHEAD = rf"(?=\D|\d{{1,2}}(?:st|nd|rd|th)?{S}(?:of{S})?[adfjmnos])"
DATE_WORDS = (
    rf"{DATE_WORDS_AHEAD}(?:"
    # September 15, 2017 / Dec31 , 1994 / July 4th of 1995 / april the ninth / march eighteenth
    rf"{MONTH}{S0}(?:the{S})?{DAY}(?:{YEAR_JOIN}{ANY_YEAR})?"
    # 15 September 2017 / the 09th of May / second of Aug / twenty five january nineteen eighty six
    rf"|(?:the{S})?(?:{DAY}|{WORD_NUMBER}){S}(?:of{S})?{MONTH}(?:{YEAR_JOIN}{ANY_YEAR})?"
    # April 2017, Dec-2018, April of 87, October two thousand
    rf"|{MONTH}{YEAR_JOIN}{ANY_YEAR}"
    rf"|(?:mid|early|late){S0}-?{S0}{MONTH}"
    rf"|(?:mid{S0}-?{S0}|early{S}|late{S})(?:19|20)\d\d(?:'?s)?(?!\w|[.,]\d)"
    rf"|{HOLIDAY}(?:{S}(?:of{S}this{S}year|{YEAR}))?(?:{S}week(?:end)?(?:{S}{YEAR})?)?"
    rf"|(?:(?:this|next|last|previous|following){S})?{HOLIDAY}"
    rf"|(?:end|beginning|start|middle){S}of{S}(?:{MONTH}(?:{YEAR_JOIN}{ANY_YEAR})?|{YEAR})"
    rf"|(?:this|next|last){S}{MONTH}"
    rf"|(?:nineteen|eighteen|seventeen|twenty){S}(?:{TEN_WORD}(?:{S0}-?{S0}{ONE_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen){B}"
    rf"(?!{S}{UNIT_DENOMINATOR_PLURAL})"  # (a year in words, not "twenty twenty fifths")
    rf"|{MONTH}"
    r")"
)
# what a number before it counts, or a month it is the day of: a time unit, a plural noun
# ("people", "soldiers"; not "was", "this", "across")
_COUNTED = (
    rf"{S}(?:{TIME_UNIT}|{MONTH}|{words(IRREGULAR_PLURALS)}{B}"
    r"|(?!(?:was|has|does|this|its|his|hers|yes|plus|thus|as|is|us)\b)[a-z]+[a-hj-rtv-z]s\b)"
)
RELATIVE_DATE = (
    r"(?:"
    rf"(?:the{S})?day{S}after{S}tomorrow|(?:the{S})?day{S}before{S}yesterday"
    rf"|today|tomorrow|yesterday|tonight|tonite|right{S}now|now|at{S}present|at{S}this{S}time|otd|(?:the{S})?eod"
    rf"|(?:earlier|later|early|late){S}(?:this|next|last){S}(?:week|month|year)"
    rf"|later{S}in{S}(?:the{S}(?:year|week|month|day)|today)"
    rf"|(?:the{S})?(?:end|beginning|start|middle){S}of{S}(?:the{S})?(?:day|week|month|year|quarter)"
    rf"|(?:(?:the{S})?(?:end|beginning|start|middle){S}of{S})?(?:this|next|last){S}(?:week|month|year)"
    rf"|year{S}to{S}date|(?<!up )to{S}date"
    rf"|{RELATIVE}{S}week{S}(?:on{S})?{WEEKDAY}"
    rf"|{RELATIVE}{S}(?:{WEEKDAY}|{PERIOD}){B}"
    rf"|the{S}(?:week|day){S}after{S}next"
    rf"|the{S}(?:day|week|month|year){S}(?:before|after)(?!{S}(?:the|a|an|his|her|their|its)\b)"
    rf"|the{S}next{S}(?:day|decade)"
    # a day named from the story's: "the following day", "the previous day", "that same
    # day", "earlier that day" (not a bare "that day": "sales that day" is any such day)
    rf"|(?:that{S}same|(?:earlier|later){S}that|following|previous|the{S}same){S}day{B}"
    rf"|the{S}{THE_PERIOD}{B}(?!{S}(?:\d|of\b|to{S}date))"
    rf"|(?:sat|sun|wed){S}{DAY_DIGITS}"
    rf"|all{S}(?:day|week|month|year|night){B}"
    rf"|(?:every|each){S}(?:other{S})?(?:(?:{NUMBER}|few){S})?(?:{WEEKDAY}|{DAY_PART}|{TIME_UNIT}|weekend)s?"
    rf"|any{S}(?:year|weekend|day){B}"
    rf"|{words(FREQUENCIES)}{B}"
    rf"|{WEEKDAYS_PLURAL}"
    rf"|(?:(?:this|last|next){S})?{SEASON}{B}"
    rf"|weekend{B}"
    # "Friday 15", "Monday, the 3rd"; not "Friday 9 am", where the number is the hour, nor
    # "Sunday 3 people" / "Sunday 3 weeks later", where it counts, nor "Tuesday 14 May",
    # where the day goes with its month
    rf"|{WEEKDAY}(?:{S0},?{S0}(?:the{S})?{DAY}(?!{S0}(?:{AM_PM}|[ap]\b|o'?clock)|{_COUNTED}))?"
    r")"
)
# the words whose presence ahead lets a period or a relative duration start at a word, each
# led by a literal letter (see patterns.ahead): "the first week of", "three previous years"
_PERIOD_WORDS = ("week(?:end)?", "quarter", "half", "month", "day")
_RELATIVE_WORDS = ("upcoming", "next", "p(?:ast|revious)", "last", "coming")
_PERIOD_TAILS = [
    *(rf"{w}s?{S}(?:of|in)\b" if w.startswith("week") else rf"{w}s?{S}of\b" for w in _PERIOD_WORDS),
    "century",
]
_PERIOD_AHEAD = ahead(80, _PERIOD_TAILS)
_PERIOD_AHEAD_FAR = ahead(2000, _PERIOD_TAILS)  # (as far as the grammar reads)
PERIOD_OF = (
    # cheap necessary conditions checked first: from a digit only "3rd ...", "1990s" and
    # "2016 Q1" can follow; from a word, a period word and "of" ("the first week of"),
    # "century", a decade ("the '90s"), or a word of its own ("Q1", "FY16", "school year");
    # the period word is looked for within 80 characters, or as far as the grammar reads
    # after a word with the first letter of one of its own (q, h, c, f, s, w, y)
    rf"(?:(?=\d+(?:st|nd|rd|th)|\d{{0,3}}0{S0}['’]?s|(?:19|20)\d\d)|(?!\d)(?:(?=q[1-4]|h[12]|[cf]y|school"
    rf"|fiscal|calendar|week|year|['’]|the{S}(?:year|['’]))|(?=[qhcfswy]){_PERIOD_AHEAD_FAR}|(?![qhcfswy]){_PERIOD_AHEAD}))(?:"
    rf"(?:the{S})?(?:{ORDINAL_WORDS}|{ORDINAL_DIGITS}|last|first|final){S}(?:week|quarter|half|month|day|weekend){S}of{S}"
    rf"(?:{MONTH}(?:{S}{YEAR})?|{YEAR}|(?:this|next|last|the){S}(?:month|year)|next{S}month|the{S}month|{MONTH})"
    # "the week of March 6": the week that holds the day
    rf"|the{S}week{S}of{S}(?:{MONTH}{S}{DAY_DIGITS}|{DAY_DIGITS}{S}(?:of{S})?{MONTH})(?:,?{S}{YEAR})?"
    # "the last week in July": a week placed in its month, as British news writes it (with
    # "the": "last week in July heat" is last week)
    rf"|the{S}(?:{ORDINAL_WORDS}|{ORDINAL_DIGITS}|last|first|final){S}week(?:end)?{S}in{S}{MONTH}(?:{S}{YEAR})?"
    rf"|(?:the{S})?(?:last|first|next|final){S}{NUMBER}{S}(?:weeks|days|months|quarters){S}of{S}(?:this|next|last|the){S}(?:month|year)"
    rf"|(?:the{S})?(?:{ORDINAL_WORDS}|{ORDINAL_DIGITS}|last|first|final){S}(?:quarter|half){S}of{S}(?:the{S})?year"
    rf"|(?:the{S})?(?:{ORDINAL_WORDS}|{ORDINAL_DIGITS}){S}century|\d{{1,2}}(?:st|nd|rd|th){S}century"
    rf"|(?:the{S})?(?:{ORDINAL_WORDS}|{ORDINAL_DIGITS}){S}day{S}of{S}(?:the{S}month|next{S}month|this{S}month|{MONTH})"
    rf"|(?<![\w'’])(?:1[0-9]|20)\d0{S0}['’]?s{B}|(?:the{S})?['’]\d0s{B}|(?<![\w'’])[2-9]0['’]?s{B}"
    rf"|(?<![\w])(?:q[1-4]|h[12])(?:{S0}-{S0}(?:19|20)\d\d|{S}(?:19|20)\d\d)?{B}"
    rf"|(?:19|20)\d\d(?:{S0}-{S0}|{S})(?:q[1-4]|h[12]){B}"
    rf"|(?:cy|fy){S0}['’]?(?:19|20)?\d\d(?:[-/–](?:19|20)?\d\d)?{B}|school{S}year(?:{S}{YEAR})?|fiscal{S}year(?:{S}{YEAR})?|calendar{S}year"
    rf"|week{S}(?:0?[1-9]|[1-4]\d|5[0-3])(?:{S}of{S}{YEAR})?{B}|(?:the{S})?year{S}(?:{YEAR}|{YEAR_WORDS})"
    r")"
)

# --------------------------------------------------------------------------- durations

OFFSET_END = rf"(?:ago|later|earlier|hence|from{S}(?:now|today|tomorrow|yesterday)){B}"
# one duration: "six minutes", "3h", "a couple of weeks", "one and a half hours"
DURATION = (
    rf"(?:(?<![\w.,])\d+(?:\.\d+)?(?:h|y){B}|(?:{DIGITS}|{WORD_NUMBER}|{NUMBER_OR_VAGUE}){S0}(?:-{S0})?{TIME_UNIT}"
    rf"(?:{S}and{S}(?:a{S})?(?:half|quarter){B})?)"
)
RELATIVE_DURATION = (
    rf"(?:(?:{RELATIVE}){S}(?:{DIGITS}|{WORD_NUMBER}|{NUMBER_OR_VAGUE}){S}(?:(?:business|working){S})?{TIME_UNIT}"
    rf"|{ahead(60, _RELATIVE_WORDS)}{NUMBER}{S}"
    rf"(?:upcoming|next|past|previous|last|coming){S}{TIME_UNIT}"
    rf"|(?:last|next|past|previous|coming|following){S}(?:couple{S}(?:of{S})?|few{S})?(?:weeks|days|months|years|hours|minutes|quarters|decades)){B}"
)
VAGUE_DURATION = (
    # "a" takes one unit: "a months-long standoff" is no duration of a month
    rf"(?:{NB}(?:(?:a{S}few|few|some|several|(?:a{S})?couple(?:{S}of)?){S}"
    rf"|(?:half{S}an?|an?){S}(?![a-z]+s{B})){TIME_UNIT}"
    rf"(?:{S}and{S}(?:a{S})?(?:half|quarter){B})?(?:{S}{OFFSET_END})?"
    # "a decades-long feud", "a years-old slump": the unit and "-long" make the duration
    rf"|{NB}(?:day|week|month|year|hour|decade)s?-(?:long|old){B})"
)
