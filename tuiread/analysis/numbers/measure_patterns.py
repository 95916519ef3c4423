"""Regular-expression building blocks for money, percentages, ages, temperatures and other
measures, most of them written as the tail that follows a number ("... million dollars",
"... per cent", "... km"), and for codes and phone numbers that are not numbers at all.
"""

from __future__ import annotations

from .date_patterns import DURATION, OFFSET_END
from .lexicon import (
    CURRENCY_CODES,
    CURRENCY_NAMES,
    CURRENCY_PREFIXES,
    MEASURE_UNITS,
    TEMPERATURE_UNITS,
)
from .patterns import (
    DIGITS,
    MONEY_MAGNITUDE,
    NUMBER,
    S0,
    SCALE_WORD,
    TIME_UNIT,
    WORD_NUMBER,
    B,
    S,
    words,
)

# upper-case currency codes, matched case-sensitively even in a case-insensitive grammar
CURRENCY_CODE = f"(?-i:{words(CURRENCY_CODES)})"
CURRENCY_NAME = words(CURRENCY_NAMES)
MEASURE_UNIT = words(MEASURE_UNITS)
_TEMPERATURE_NAMES = words(
    ["celsius", "celcius", "centigrade", "centigrate", "fahrenheit", "farenheit", "kelvin"]
)

CURRENCY_BEFORE = (
    rf"(?:(?<![\w$]){words(CURRENCY_PREFIXES)}|{CURRENCY_CODE}(?![a-z])|(?:usd|eur|gbp|dollar)\b)"
)
# the amount after a currency: "5", "48.2 million", "1.13bn", "5m"; glued to a code ("MEUR5")
AMOUNT = (
    rf"(?:{NUMBER}(?:{S}{SCALE_WORD}{B})*(?:{S0}(?:{MONEY_MAGNITUDE}){B})?"
    r"|(?<=[A-Za-z])\d+(?:[.,]\d+)*)"
)
MONEY_BEFORE = rf"(?:{CURRENCY_BEFORE}{S0}{AMOUNT}(?:{S}(?:{CURRENCY_NAME}){B}(?!{S}\d))?)"

# ----------------------------------------------------------------- tails after a number

_CENTS = r"\d\d?\b(?![.,]\d)(?!" + S + r"[a-z$€£¥])"  # "5 dollars 50": cents, not a count
MONEY_TAIL = (
    rf"(?:(?:{S}{SCALE_WORD}{B})*(?:{S0}{MONEY_MAGNITUDE}{B})?"
    rf"(?:{S0}{CURRENCY_CODE}{B}(?:{S}{SCALE_WORD}{B}|{S}{_CENTS})?"
    rf"|{S0}(?:{S}|-)?{CURRENCY_NAME}{B}(?:{S}{SCALE_WORD}{B}|{S}and{S}{NUMBER}{S}cents?{B}|{S}{WORD_NUMBER}(?!{S}\w)|{S}{_CENTS})?"
    rf"|{S0}[$€£¥₡₭₹₩₽](?![\w$€£]))"
    r"|(?<=\d)p(?![\w'’]|\.\w))"  # pence: "5p", "412p" (see classify.read_money)
)
# "4.2pc", "12 pct": the British papers' and the wires' short forms, glued or not
PERCENT_TAIL = (
    rf"(?:{S0}(?:%|％)|{S}(?:per{S0}cent|percent|percents|percentage{S}points?|percentage){B}"
    rf"|{S0}(?:pc|pct){B})"
)
AGE_TAIL = (
    rf"(?:{S0}(?:-{S0})?(?:years?|yrs?|months?|weeks?|days?){S0}(?:-{S0})?old{B}"
    rf"|{S}(?:years?|months?){S}of{S}age{B}|{S}y/?o{B})"
)
TEMPERATURE_TAIL = (
    rf"(?:{S0}(?:°|º){S0}(?:celsius|fahrenheit|c|f)?{B}"
    rf"|{S0}(?:degrees?|deg\.?){S}{words(TEMPERATURE_UNITS)}{B}"
    rf"|{S}{_TEMPERATURE_NAMES}{B}"
    rf"|{S0}(?:degrees?{B}|deg\.|deg{B})"
    r"|(?<=\d)[cf](?![\w'’/]|-[a-z]|[.,]\d))"  # "25C", "77F": see glued.glued_temperature
)
# inches written '"' follow digits ('a 32" screen'); after a word the mark closes a quotation
MEASURE_TAIL = (
    rf"(?:{S0}(?:ft|feet|foot),?{S}{DIGITS}{S0}(?:in|inches|inch)\b"
    # a weight in stones, glued ("15st", "12st 7lb"): "5 St" with a blank is a saint's name
    rf"|(?<=\d)st(?:{S}\d{{1,2}}{S0}lbs?)?\b"
    # a height: 6'3" (feet and inches in primes), "6-foot-3"
    rf"|(?<=\d)['’]{S0}(?:1[01]|\d)(?:\.\d+)?{S0}(?:\"|''|”|″)"
    rf"|(?<=\d)-(?:foot|feet)-(?:1[01]|\d)(?:-inch)?(?![\w.]|-\d)"
    rf"|{S}(?:feet|foot){S}and{S}{DIGITS}{S}inch(?:es)?{B}"
    rf"|{S0}(?:-{S0})?(?:{SCALE_WORD}{S})?{MEASURE_UNIT}(?![\w/]|(?<=\s[a-z])-\d)"
    rf"|{S0}\[{MEASURE_UNIT}\]|{S0}<{MEASURE_UNIT}>|(?<=\d){S0}\"(?!\w))"
)
# "twenty second" with a blank is the 22nd: a duration would be "twenty seconds"
_NOT_AN_ORDINAL_SECOND = rf"(?!(?<=ty){S}second{B})"
# after a glued hour, the minutes and seconds of a timing, each letter glued to its number:
# "1h 32m 15s", "2h 30m" ("32m" alone is a million; after "1h" it can only be minutes)
_GLUED_MINUTES = rf"(?:{S}\d{{1,2}}m{B}(?:{S}\d{{1,2}}(?:\.\d+)?s{B})?|{S}\d{{1,2}}(?:\.\d+)?s{B})?"
# a compound duration ("2 years 3 months", "24 hours a day") does not go on into "a year
# ago": "47 days a year ago" is a duration and a date, not one span
# "two more weeks", "20 more years", "two extra days": a word between an amount and its
# unit that keeps it an amount of time
_UNIT_FILLER = rf"(?:{S}(?:more|additional|further|extra)(?={S}))?"
DURATION_TAIL = (
    rf"(?:{_NOT_AN_ORDINAL_SECOND}(?:{_UNIT_FILLER}{S0}(?:-{S0})?{TIME_UNIT}|(?<=\d)(?:h{B}{_GLUED_MINUTES}|y{B}))(?:{S}and{S}(?:a{S})?(?:half|quarter){B})?(?:{S}(?!an?{S}{TIME_UNIT}{S}{OFFSET_END}){DURATION})*"
    rf"(?:{S}{OFFSET_END})?)"
)
RELATIVE_DURATION_TAIL = (  # "three previous years"
    rf"(?:{S}(?:upcoming|next|past|previous|last|coming){S}{TIME_UNIT}(?<=s))"
)

# ----------------------------------------------------------------- measures not after a number

PERCENT_OF = rf"(?:per{S0}cent|percent){S}of{S}{NUMBER}"  # "percent of 50"
AGE_BEFORE = rf"\bage[d]?{S}\d{{1,3}}(?![\d.,]\d|\d)"  # "aged 45"
TEMPERATURE_ALONE = (
    rf"(?:degrees?{S})?(?:celsius|celcius|centigrade|centigrate|fahrenheit|farenheit){B}"
)

# ----------------------------------------------------------------- not numbers

# (its first digits and the blank or dash after them first: cheap, where most numbers and
# every word fail)
PHONE_AHEAD = r"(?=\+?\(?\d{1,4}\)?[ -]\d\d)"
PHONE = (
    PHONE_AHEAD
    # a dash, a bracket or a plus within reach, or a country code's plus right before
    # ("+1 617 555 0100": the plus is read before the number's trigger)
    + r"(?:(?<![\w.,])(?:(?<=\+)|(?=[^\n]{0,12}[-)+]))\+?\(?\d{1,4}\)?[ -]\d{2,4}[ -]\d{2,4}"
    r"(?:[ /-]\d{2,4})*"
    r"(?![\w.,]?\d))"
)
CODE = (
    r"(?:(?<![\w-])[a-z]+(?:-[a-z]+)*-(?!(?:19|20)\d\d-\d\d-\d\d)\d[\w-]*"  # Hyunmoo-2, scp-173m
    # a catalogue's name, letters and a code between dashes: JADES-GS-z14-0, SARS-CoV2-1
    r"|(?<![\w-])[a-z]+(?:-[a-z]+)*-[a-z]+\d[\w-]*"
    r"|(?<![\w-])[a-z]+\d[\w-]*"  # m212, MH17, G7
    r"|(?<![\w.,])\d+[a-z]\w*)"  # 777F, 13F
)
