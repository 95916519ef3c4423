"""Numbers, quantities, money, percentages, dates and times, with normalised values.

Two passes, both driven by compiled regular expressions:

1. *Atoms*: one big alternation (money, percent, age, quantity, duration, clock time, calendar
   date, relative date, ordinal, cardinal, year, junk codes) found with ``finditer``.  Its
   branches are built from word tables (number words, month and weekday names, units,
   currencies) so that the grammar generalises rather than lists sentences.
2. *Composition*: neighbouring date/time atoms are joined by grammar-like rules (``from A to
   B``, ``between A and B``, a day plus a time, a duration plus ``before``/``after`` a date,
   ``since``/``until`` prefixes, numeric ranges and comparatives such as ``more than 30``).

Values: plain numbers as text ("3000", "0.5", "1130000000"), ISO dates ("2017-09-15",
"2017-09", "1910/1945", "XXXX-09-03" when the year is unknown); relative dates carry none.
Units: "km", "mi", "USD", "%", "min", ...
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from tuiread.gcpause import cyclic_gc_paused
from tuiread.model import Span

from .trace import Trace

# --------------------------------------------------------------------------------------------
# Word tables
# --------------------------------------------------------------------------------------------

UNITS = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
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
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}
ORD_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "nineth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
ORD_TENS = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}
ORD_SCALES = {
    "hundredth": 100,
    "thousandth": 1e3,
    "millionth": 1e6,
    "billionth": 1e9,
    "trillionth": 1e12,
}
ORDINALS = {**ORD_UNITS, **ORD_TENS, **ORD_SCALES}
# fraction denominators ("two thirds", "a half"); "second" is a unit of time, never a fraction
FRACTIONS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
for _w, _v in ORDINALS.items():
    if _w not in ("first", "second"):
        FRACTIONS[_w] = _v
        FRACTIONS[_w + "s"] = _v

MONTHS = {
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
WEEKDAYS = {
    "monday": 1,
    "mon": 1,
    "tuesday": 2,
    "tue": 2,
    "tues": 2,
    "wednesday": 3,
    "wed": 3,
    "thursday": 4,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "friday": 5,
    "fri": 5,
    "saturday": 6,
    "sat": 6,
    "sunday": 7,
    "sun": 7,
}

# duration units -> (unit code, label)
TIME_UNITS = {
    "second": "s",
    "seconds": "s",
    "sec": "s",
    "secs": "s",
    "minute": "min",
    "minutes": "min",
    "min": "min",
    "mins": "min",
    "hour": "h",
    "hours": "h",
    "hr": "h",
    "hrs": "h",
    "day": "d",
    "days": "d",
    "night": "d",
    "nights": "d",
    "business day": "d",
    "business days": "d",
    "working days": "d",
    "working day": "d",
    "week": "wk",
    "weeks": "wk",
    "weekend": "wk",
    "weekends": "wk",
    "fortnight": "wk",
    "fortnights": "wk",
    "month": "mo",
    "months": "mo",
    "quarter": "qtr",
    "quarters": "qtr",
    "year": "yr",
    "years": "yr",
    "yr": "yr",
    "yrs": "yr",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
}
SUBDAY = {"s", "min", "h"}

# quantity units: surface -> unit code
QTY_UNITS = {
    # length
    "km": "km",
    "kms": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometres": "km",
    "m": "m",
    "meter": "m",
    "meters": "m",
    "metre": "m",
    "metres": "m",
    "cm": "cm",
    "centimeter": "cm",
    "centimeters": "cm",
    "centimetre": "cm",
    "centimetres": "cm",
    "mm": "mm",
    "millimeter": "mm",
    "millimeters": "mm",
    "millimetre": "mm",
    "millimetres": "mm",
    "dm": "dm",
    "decimeter": "dm",
    "decimeters": "dm",
    "decimetre": "dm",
    "decimetres": "dm",
    "micrometer": "um",
    "micrometers": "um",
    "micron": "um",
    "microns": "um",
    "μm": "um",
    "nanometer": "nm",
    "nanometers": "nm",
    "picometer": "pm",
    "picometers": "pm",
    "mi": "mi",
    "mile": "mi",
    "miles": "mi",
    "nautical miles": "nmi",
    "nautical mile": "nmi",
    "ft": "ft",
    "foot": "ft",
    "feet": "ft",
    "inch": "in",
    "inches": "in",
    "yard": "yd",
    "yards": "yd",
    "yd": "yd",
    "yds": "yd",
    "light years": "ly",
    "light-years": "ly",
    # area
    "square meters": "m2",
    "square metres": "m2",
    "square meter": "m2",
    "square metre": "m2",
    "sq m": "m2",
    "square kilometers": "km2",
    "square kilometres": "km2",
    "sq km": "km2",
    "square miles": "mi2",
    "square mile": "mi2",
    "sq mi": "mi2",
    "square feet": "ft2",
    "square foot": "ft2",
    "sq ft": "ft2",
    "hectare": "ha",
    "hectares": "ha",
    "ha": "ha",
    "acre": "acre",
    "acres": "acre",
    "km2": "km2",
    "m2": "m2",
    # volume
    "liter": "l",
    "liters": "l",
    "litre": "l",
    "litres": "l",
    "l": "l",
    "ml": "ml",
    "milliliter": "ml",
    "milliliters": "ml",
    "millilitre": "ml",
    "millilitres": "ml",
    "gallon": "gal",
    "gallons": "gal",
    "barrel": "bbl",
    "barrels": "bbl",
    "bbl": "bbl",
    "cubic feet": "ft3",
    "cubic foot": "ft3",
    "cubic meters": "m3",
    "cubic metres": "m3",
    "cubic meter": "m3",
    "cubic metre": "m3",
    "teaspoon": "tsp",
    "teaspoons": "tsp",
    "tablespoon": "tbsp",
    "tablespoons": "tbsp",
    "cup": "cup",
    "cups": "cup",
    "pint": "pt",
    "pints": "pt",
    "quart": "qt",
    "quarts": "qt",
    # weight
    "kg": "kg",
    "kgs": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilogramme": "kg",
    "kilogrammes": "kg",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "gramme": "g",
    "grammes": "g",
    "mg": "mg",
    "milligram": "mg",
    "milligrams": "mg",
    "μg": "ug",
    "mcg": "ug",
    "microgram": "ug",
    "micrograms": "ug",
    "lb": "lb",
    "lbs": "lb",
    "pound": "lb",
    "pounds": "lb",
    "ounce": "oz",
    "ounces": "oz",
    "oz": "oz",
    "ton": "t",
    "tons": "t",
    "tonne": "t",
    "tonnes": "t",
    "metric ton": "t",
    "metric tons": "t",
    "metric tonnes": "t",
    "kiloton": "kt",
    "kilotons": "kt",
    "kilotonnes": "kt",
    "kt": "kt",
    "megaton": "Mt",
    "megatons": "Mt",
    "dram": "dr",
    "drams": "dr",
    "drachma": "dr",
    "stone": "st",
    "carat": "ct",
    "carats": "ct",
    # speed
    "km/h": "km/h",
    "kph": "km/h",
    "kmh": "km/h",
    "mph": "mph",
    "knots": "kn",
    "knot": "kn",
    "m/s": "m/s",
    "meters per second": "m/s",
    "metres per second": "m/s",
    "miles per hour": "mph",
    "kilometers per hour": "km/h",
    "kilometres per hour": "km/h",
    "meters per millisecond": "m/ms",
    "centimeters/millisecond": "cm/ms",
    "km/ms": "km/ms",
    # data, energy, power, frequency, sound
    "bit": "bit",
    "bits": "bit",
    "byte": "B",
    "bytes": "B",
    "kb": "kB",
    "kilobytes": "kB",
    "mb": "MB",
    "megabytes": "MB",
    "megabyte": "MB",
    "gb": "GB",
    "gigabytes": "GB",
    "gigabyte": "GB",
    "tb": "TB",
    "terabytes": "TB",
    "terabyte": "TB",
    "kw": "kW",
    "kilowatts": "kW",
    "mw": "MW",
    "megawatts": "MW",
    "gw": "GW",
    "gigawatts": "GW",
    "watts": "W",
    "watt": "W",
    "kwh": "kWh",
    "volts": "V",
    "volt": "V",
    "hz": "Hz",
    "khz": "kHz",
    "mhz": "MHz",
    "ghz": "GHz",
    "decibels": "dB",
    "db": "dB",
    "calories": "kcal",
    # angle
    "radian": "rad",
    "radians": "rad",
    "rad": "rad",
    "turns": "turn",
    "turn": "turn",
}
TEMP_UNITS = {
    "celsius": "C",
    "celcius": "C",
    "centigrade": "C",
    "centigrate": "C",
    "fahrenheit": "F",
    "farenheit": "F",
    "c": "C",
    "f": "F",
    "kelvin": "K",
}

# currency: surface -> ISO-like code
CUR_PRE = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "us $": "USD",
    "c$": "CAD",
    "c $": "CAD",
    "ca$": "CAD",
    "cad$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",
    "mex$": "MXN",
    "mxn$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₡": "CRC",
    "₭": "LAK",
    "₦": "NGN",
    "₱": "PHP",
    "₪": "ILS",
    "฿": "THB",
    "₫": "VND",
    "₴": "UAH",
    "₺": "TRY",
    "₿": "BTC",
    "rs.": "INR",
    "rs": "INR",
}
CUR_CODES = {
    "USD": "USD",
    "EUR": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "CAD": "CAD",
    "AUD": "AUD",
    "CHF": "CHF",
    "INR": "INR",
    "KRW": "KRW",
    "RUB": "RUB",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "HKD": "HKD",
    "SGD": "SGD",
    "NZD": "NZD",
    "MXN": "MXN",
    "BRL": "BRL",
    "ZAR": "ZAR",
    "TRY": "TRY",
    "PLN": "PLN",
    "KPW": "KPW",
    "BTC": "BTC",
    "MEUR": "EUR",
    "MUSD": "USD",
    "MAUD": "AUD",
    "MGBP": "GBP",
}
CUR_POST = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "hong kong dollars": "HKD",
    "euro": "EUR",
    "euros": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "british pounds": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "peso": "MXN",
    "pesos": "MXN",
    "franc": "CHF",
    "francs": "CHF",
    "swiss francs": "CHF",
    "mark": "DEM",
    "marks": "DEM",
    "deutsche marks": "DEM",
    "lira": "TRY",
    "liras": "TRY",
    "turkish lira": "TRY",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "won": "KRW",
    "rand": "ZAR",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "dinar": "DIN",
    "dinars": "DIN",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "shekel": "ILS",
    "shekels": "ILS",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "zloty": "PLN",
    "zlotys": "PLN",
    "forint": "HUF",
    "naira": "NGN",
    "pence": "GBp",
    "penny": "GBp",
    "cent": "USc",
    "cents": "USc",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "satoshi": "SAT",
    "satoshis": "SAT",
    "kip": "LAK",
    "colón": "CRC",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "cad": "CAD",
    "aud": "AUD",
    "jpy": "JPY",
}
CUR_POST_CODES = {**CUR_CODES}
CUR_SYMBOL_POST = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₡": "CRC",
    "₭": "LAK",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
}

HOLIDAYS = {
    "christmas": "12-25",
    "christmas day": "12-25",
    "christmas eve": "12-24",
    "new year": "01-01",
    "new year's day": "01-01",
    "new years day": "01-01",
    "new year's eve": "12-31",
    "new years eve": "12-31",
    "halloween": "10-31",
    "valentine's day": "02-14",
    "valentines day": "02-14",
    "independence day": "07-04",
    "boxing day": "12-26",
    "labor day": None,
    "labour day": None,
    "memorial day": None,
    "thanksgiving": None,
    "thanksgiving day": None,
    "easter": None,
    "easter sunday": None,
    "good friday": None,
    "black friday": None,
    "mother's day": None,
    "father's day": None,
    "international workers' day": "05-01",
    "international workers day": "05-01",
    "may day": "05-01",
    "eid al fitr": None,
    "eid al-fitr": None,
    "eid al adha": None,
    "eid al-adha": None,
    "diwali": None,
    "hanukkah": None,
    "yom kippur": None,
    "ramadan": None,
    "lunar new year": None,
    "chinese new year": None,
    "veterans day": "11-11",
    "armistice day": "11-11",
    "bastille day": "07-14",
}

SETS = (
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "annually",
    "quarterly",
    "hourly",
    "nightly",
    "biweekly",
    "bi-weekly",
    "bimonthly",
    "bi-monthly",
    "semi-annually",
    "semiannually",
    "biannually",
    "fortnightly",
    "everyday",
)


def _alt(words) -> str:
    """Regex alternation of literal words shaped as a trie (fast to reject in ``re``),
    longer words tried first; a space in a phrase matches any run of blanks."""
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            piece = S if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return "(?:" + build(root) + ")"


# --------------------------------------------------------------------------------------------
# Regex building blocks
# --------------------------------------------------------------------------------------------

S = r"[ \t\u00a0\u202f]+"  # blanks inside one line
S0 = r"[ \t\u00a0\u202f]*"
B = r"(?![\w])"  # end of word
NB = r"(?<![\w])"  # start of word

TIME_U = _alt(TIME_UNITS) + B
UW = _alt(UNITS)
TW = _alt(TENS)
SC = _alt(SCALES)
W1 = rf"(?:{TW}(?:{S0}-{S0}|{S}){UW}|{TW}|{UW}){B}"
DIGB = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])"
    r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,]?\d)"
    r"|\d+(?:\.\d+)?|\.\d+)"
)
DIG = r"(?<![\w./:])" + DIGB
DIGW = rf"(?:{DIG}|{W1})"
SCW = rf"(?:{SC}|dozens?|dozs?){B}"
MAG = r"(?:k|bn|bln|b|tln|trn|tn|mil|mln)"  # 10k, 1.13bn, 2mil
MAGM = r"(?:k|bn|bln|b|tln|trn|tn|mil|mln|mn|m|mm)"  # $5m, $5mm
GS = rf"(?:{DIGW}(?:{S}{SCW})+|an?{S}{SCW}(?:{S}{SCW})*|{SC}(?:{S}{SC}{B})+)"
G = rf"(?:{GS}|{DIGW})"
CARDW = rf"(?:(?:{GS}(?:{S}and)?{S})*{G})"
POINT = rf"(?:{S}point(?:{S}(?:{W1}))+)"
FRAC_DEN = _alt(FRACTIONS) + B
FRAC_DEN_PL = _alt([w for w in FRACTIONS if w.endswith("s")]) + B
FRACW = rf"(?:(?:an?|(?:{GS}{S})?{W1}|{GS}){S0}(?:-{S0})?{FRAC_DEN}|(?<![\d,.])\d{{1,2}}{S0}(?:-{S0})?{FRAC_DEN_PL})"
ORDW = (
    rf"(?:(?:(?:{GS}(?:{S}and)?{S})*(?:(?:{TW}){S0}-?{S0}|(?:{W1}|an?){S})?)"
    rf"{_alt(ORDINALS)}{B})"
)
ORDD = r"(?<![\w.,])\d+(?:st|nd|rd|th)\b"
SIGN = rf"(?:(?:minus|negative){S}|(?<![\w\-–])-{S0}(?=\d))"
# cardinal: words, digits, digits + magnitude, fractions
NUMCORE = (
    rf"(?>(?:{SIGN})?(?:"
    rf"{DIG}{S0}{MAG}{B}"
    rf"|{DIG}(?:x10\^[+-]*\d+|\^[+-]*\d+|e[+-]?\d+(?![\w.]))"
    rf"|\d+{S}\d+/\d+|(?<![\w/])\d+/\d+(?![/\d]|\.\d)|[½¼¾⅓⅔⅛]"
    rf"|(?:an?{S}|three{S})?(?:half|quarters?){S}{SC}{B}"
    # the look-aheads below are cheap necessary conditions that spare most numbers the
    # costly branches: a fraction names its denominator, a ratio says "over" or "out of"
    rf"|(?=[^\n]{{0,60}}?{FRAC_DEN})(?:{FRACW}(?:{S}{SC}{B})?"
    rf"|{CARDW}{S}and{S}(?:an?|{W1}){S0}(?:-{S0})?{FRAC_DEN}(?:{S}{SC}{B})?)"
    rf"|(?=[^\n]{{0,60}}?(?:over|out))(?:{DIG}|{W1}){S}(?:over|out{S}of){S}(?:{CARDW})(?!{S}{TIME_U})"
    rf"|{CARDW}{POINT}?"
    r"))"
)
NUMQ = rf"(?:{NUMCORE}|{NB}(?:a{S}few|few|some|several|(?:a{S})?couple(?:{S}of)?|half{S}an?|an?)(?={S})|½)"

MONTH_RE = rf"(?:{_alt(MONTHS)}(?![a-z])(?:\.(?={S0}\d))?)"
WEEKDAY_RE = rf"(?:{_alt([w for w in WEEKDAYS if len(w) > 3] + ['mon', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri'])}{B})"
WEEKDAYS_PL = rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days){B}"
DAYN = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)(?:st|nd|rd|th)?(?![/.:]\d)" + B
DAYW = rf"(?:(?:twenty|thirty){S0}-?{S0})?{_alt(ORD_UNITS)}{B}|(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth){B}"
DAY = rf"(?:{DAYN}|{DAYW})"
YEAR = r"(?<![\w.,])(?:1[0-9]|20|21)\d\d(?!\d|[.,]\d)"
YEARW = rf"(?:(?:nineteen|eighteen|twenty|seventeen|sixteen){S}(?:{TW}(?:{S0}-?{S0}{UW})?|{UW}|hundred)|two{S}thousand(?:{S}and{S}(?:{TW}(?:{S0}-?{S0}{UW})?|{UW}))?){B}"
YEARX = rf"(?:{YEAR}|{YEARW}|'\d\d\b|(?<=of )\d\d(?![\d:.]))"
YOF = rf"(?:{S0},{S0}|{S}of{S}|{S}in{S}|{S0}-{S0}|{S})"  # between a day/month and its year

AMPM = r"(?:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![\w])"
HOURW = _alt([w for w, v in UNITS.items() if 1 <= v <= 12])
MINW = rf"(?:{TW}(?:{S0}-?{S0}{UW})?|{UW}|fifteen|thirty|forty{S0}-?{S0}five)"
CLOCK = (
    rf"(?:(?<![\w.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?{S0}(?:{AMPM}|[ap]\b)"
    rf"|(?<![\w.:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])"
    rf"|(?<![\w.:])(?:1[0-2]|0?\d)[0-5]\d{S0}{AMPM}"
    rf"|(?<![\w.:])(?:1[0-2]|0?[1-9]){S0}(?:{AMPM}|[ap]\b)"
    rf"|(?<![\w.:])(?:1[0-2]|0?[1-9]){S0}o'?clock{B}"
    rf"|{HOURW}{S}(?:o'?clock|{AMPM})"
    rf"|{HOURW}-(?:thirty|fifteen|forty{S0}-?{S0}five|{TW})(?:{S}(?:{AMPM}))?{B}"
    rf"|(?:half|(?:a{S})?quarter|\d{{1,2}}(?:{S}min(?:ute)?s?)?|{MINW}(?:{S}minutes?)?){S}past{S}(?:{HOURW}|1[0-2]|0?[1-9])(?:{S}o'?clock)?{B}"
    rf"|(?:(?:a{S})?quarter|five|ten|twenty(?:{S0}-?{S0}five)?|\d{{1,2}}{S}min(?:ute)?s?){S}to{S}{HOURW}(?:{S}o'?clock)?{B}"
    rf"|noon(?:ish)?|midnight|mid{S0}-?{S0}night|midday"
    rf"|(?:(?<=at )|(?<=from )|(?<=to )|(?<=till )|(?<=until )){HOURW}{S}(?:thirty|fifteen|forty{S0}-?{S0}five|{TW}(?:{S0}-?{S0}{UW})?)(?:{S}minutes)?{B}"
    r")"
)
PART = _alt(
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
TOD = (
    rf"(?:(?:(?:early|late|later){S}(?:in{S}the|this)|in{S}the|early|late|this|that|tomorrow|yesterday|tonight|last|next|every|each){S}{PART}s?{B}"
    rf"|(?:early|later?){S}in{S}the{S}day{B}"
    rf"|(?:before|after){S}(?:lunch|dinner|breakfast|lunchtime|dinnertime){B}"
    rf"|(?<!good ){PART}s?{B}|tonight|tonite|overnight)"
)
HOLIDAY = _alt(HOLIDAYS) + B
RELW = r"(?:this|next|last|previous|coming|following|past|upcoming|current|same|that|this{S}past|this{S}coming|this{S}upcoming)".replace(
    "{S}", S
)
PERIOD = r"(?:week|weekend|month|year|quarter|decade|century|fortnight|summer|winter|spring|autumn|fall|semester|hour|minute|working{S}week|business{S}week|school{S}year|calendar{S}year|fiscal{S}year|financial{S}year)".replace(
    "{S}", S
)
THE_PERIOD = r"(?:day|week|weekend|month|year|fortnight)"
SEASON = r"(?:summer|winter|autumn)"

DATE_NUM = (
    r"(?:(?<![\w/.:])(?:1[0-9]|20|21)\d\d(?P<ds1>[-/.])(?:0?[1-9]|1[0-2])(?P=ds1)(?:0?[1-9]|[12]\d|3[01])(?![\d])"
    r"|(?<![\w/.:])\d{1,2}(?P<ds2>[-/.])\d{1,2}(?P=ds2)(?:\d{4}|\d\d)(?![\d/])"
    rf"|(?<![\w/.:])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d|{S0}{_alt(QTY_UNITS)}\b)"
    rf"|(?<![\w/.:])(?:[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/]|\.\d|{S0}{_alt(QTY_UNITS)}\b)"
    r"|(?<![\w/.:-])(?:0?[1-9]|1[0-2])-(?:19|20)\d\d(?![\d-])"
    r"|(?<![\w/.:-])(?:19|20)\d\d (?:0?[1-9]|1[0-2]) (?:0?[1-9]|[12]\d|3[01])(?!\d)"
    rf"|(?<![\w/])(?:19|20)\d\d[-/]{MONTH_RE}[-/]\d{{1,2}}(?!\d)"
    rf"|(?<![\w/])(?:19|20)\d\d/\d{{1,2}}/{MONTH_RE}"
    rf"|(?<![\w/])\d{{1,2}}/{MONTH_RE}/(?:\d{{4}}|\d\d)(?!\d)"
    rf"|{MONTH_RE}-\d{{1,2}}-\d{{4}}(?!\d)"
    rf"|(?<![\w/]){_alt(MONTHS)}/\d{{1,2}}(?![\d/])"
    r")"
)
DATE_WORD = (
    r"(?:"
    # September 15, 2017 / Dec31 , 1994 / July 4th of 1995 / april the ninth / march eighteenth
    rf"{MONTH_RE}{S0}(?:the{S})?{DAY}(?:{YOF}{YEARX})?"
    # 15 September 2017 / the 09th of May / second of Aug / twenty five january nineteen eighty six
    rf"|(?:the{S})?(?:{DAY}|{W1}){S}(?:of{S})?{MONTH_RE}(?:{YOF}{YEARX})?"
    # April 2017, Dec-2018, April of 87, October two thousand
    rf"|{MONTH_RE}{YOF}{YEARX}"
    rf"|(?:mid|early|late){S0}-?{S0}{MONTH_RE}"
    rf"|(?:mid{S0}-?{S0}|early{S}|late{S})(?:19|20)\d\d(?:'?s)?(?!\w|[.,]\d)"
    rf"|{HOLIDAY}(?:{S}(?:of{S}this{S}year|{YEAR}))?(?:{S}weekend(?:{S}{YEAR})?)?"
    rf"|(?:(?:this|next|last|previous|following){S})?{HOLIDAY}"
    rf"|(?:end|beginning|start|middle){S}of{S}(?:{MONTH_RE}(?:{YOF}{YEARX})?|{YEAR})"
    rf"|(?:this|next|last){S}{MONTH_RE}"
    rf"|(?:nineteen|eighteen|seventeen|twenty){S}(?:{TW}(?:{S0}-?{S0}{UW})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen){B}"
    rf"|{MONTH_RE}"
    r")"
)
REL_DATE = (
    r"(?:"
    rf"(?:the{S})?day{S}after{S}tomorrow|(?:the{S})?day{S}before{S}yesterday"
    rf"|today|tomorrow|yesterday|tonight|tonite|right{S}now|now|at{S}present|at{S}this{S}time|otd|(?:the{S})?eod"
    rf"|(?:earlier|later|early|late){S}(?:this|next|last){S}(?:week|month|year)"
    rf"|later{S}in{S}(?:the{S}(?:year|week|month|day)|today)"
    rf"|(?:the{S})?(?:end|beginning|start|middle){S}of{S}(?:the{S})?(?:day|week|month|year|quarter)"
    rf"|(?:(?:the{S})?(?:end|beginning|start|middle){S}of{S})?(?:this|next|last){S}(?:week|month|year)"
    rf"|year{S}to{S}date|(?<!up )to{S}date"
    rf"|{RELW}{S}week{S}(?:on{S})?{WEEKDAY_RE}"
    rf"|{RELW}{S}(?:{WEEKDAY_RE}|{PERIOD}){B}"
    rf"|the{S}(?:week|day){S}after{S}next"
    rf"|the{S}(?:day|week|month|year){S}(?:before|after)(?!{S}(?:the|a|an|his|her|their|its)\b)"
    rf"|the{S}next{S}(?:day|decade)"
    rf"|the{S}{THE_PERIOD}{B}(?!{S}(?:\d|of\b|to{S}date))"
    rf"|(?:sat|sun|wed){S}{DAYN}"
    rf"|all{S}(?:day|week|month|year|night){B}"
    rf"|(?:every|each){S}(?:other{S})?(?:(?:{NUMCORE}|few){S})?(?:{WEEKDAY_RE}|{PART}|{TIME_U}|weekend)s?"
    rf"|any{S}(?:year|weekend|day){B}"
    rf"|{_alt(SETS)}{B}"
    rf"|{WEEKDAYS_PL}"
    rf"|(?:(?:this|last|next){S})?{SEASON}{B}"
    rf"|weekend{B}"
    rf"|{WEEKDAY_RE}(?:{S0},?{S0}(?:the{S})?{DAY})?"
    r")"
)
PERIOD_OF = (
    # cheap necessary conditions checked first: from a digit only "3rd ...", "1990s" and
    # "2016 Q1" can follow; from a word, a period word and "of" ("the first week of"),
    # "century", a decade ("the '90s"), or a word of its own ("Q1", "FY16", "school year")
    rf"(?:(?=\d+(?:st|nd|rd|th)|\d{{0,3}}0{S0}'?s|(?:19|20)\d\d)|(?!\d)(?=[qhcfswy']|the{S}(?:year|')"
    rf"|[^\n]{{0,80}}?(?:(?:week|quarter|half|month|day|weekend)s?{S}of\b|century)))(?:"
    rf"(?:the{S})?(?:{ORDW}|{ORDD}|last|first|final){S}(?:week|quarter|half|month|day|weekend){S}of{S}"
    rf"(?:{MONTH_RE}(?:{S}{YEAR})?|{YEAR}|(?:this|next|last|the){S}(?:month|year)|next{S}month|the{S}month|{MONTH_RE})"
    rf"|(?:the{S})?(?:last|first|next|final){S}{NUMCORE}{S}(?:weeks|days|months|quarters){S}of{S}(?:this|next|last|the){S}(?:month|year)"
    rf"|(?:the{S})?(?:{ORDW}|{ORDD}|last|first|final){S}(?:quarter|half){S}of{S}(?:the{S})?year"
    rf"|(?:the{S})?(?:{ORDW}|{ORDD}){S}century|\d{{1,2}}(?:st|nd|rd|th){S}century"
    rf"|(?:the{S})?(?:{ORDW}|{ORDD}){S}day{S}of{S}(?:the{S}month|next{S}month|this{S}month|{MONTH_RE})"
    rf"|(?<![\w'])(?:1[0-9]|20)\d0{S0}'?s{B}|(?:the{S})?'\d0s{B}|(?<![\w'])[2-9]0s{B}"
    rf"|(?<![\w])(?:q[1-4]|h[12])(?:{S0}-{S0}(?:19|20)\d\d|{S}(?:19|20)\d\d)?{B}"
    rf"|(?:19|20)\d\d(?:{S0}-{S0}|{S})(?:q[1-4]|h[12]){B}"
    rf"|(?:cy|fy){S0}(?:(?:19|20)?\d\d){B}|school{S}year(?:{S}{YEAR})?|fiscal{S}year(?:{S}{YEAR})?|calendar{S}year"
    rf"|week{S}(?:0?[1-9]|[1-4]\d|5[0-3])(?:{S}of{S}{YEAR})?{B}|(?:the{S})?year{S}{YEAR}"
    r")"
)
# durations: "six minutes", "3h", "a couple of weeks", "one and a half hours"
DUR1 = rf"(?:(?<![\w.,])\d+(?:\.\d+)?(?:h|y){B}|(?:{DIG}|{W1}|{NUMQ}){S0}(?:-{S0})?{TIME_U}(?:{S}and{S}(?:a{S})?(?:half|quarter){B})?)"
DUR = (
    rf"(?:(?:in|within){S})?(?:{DUR1}(?:{S}{DUR1})*"
    rf"(?:{S}(?:ago|later|earlier|hence|from{S}(?:now|today|tomorrow|yesterday)){B})?)"
)
REL_DUR = (
    rf"(?:(?:{RELW}){S}(?:{DIG}|{W1}|{NUMQ}){S}(?:(?:business|working){S})?{TIME_U}"
    rf"|(?=[^\n]{{0,60}}?(?:upcoming|next|past|previous|last|coming)){NUMCORE}{S}"
    rf"(?:upcoming|next|past|previous|last|coming){S}{TIME_U}"
    rf"|(?:last|next|past|previous|coming|following){S}(?:couple{S}(?:of{S})?|few{S})?(?:weeks|days|months|years|hours|minutes|quarters|decades)){B}"
)
AGE = (
    rf"(?:{NUMCORE}{S0}(?:-{S0})?(?:years?|yrs?|months?|weeks?|days?){S0}(?:-{S0})?old{B}"
    rf"|{NUMCORE}{S}(?:years?|months?){S}of{S}age{B}"
    rf"|{NUMCORE}{S}y/?o{B}"
    rf"|\bage{S}\d{{1,3}}(?!\d))"
)
PCT = (
    rf"(?:{NUMCORE}{S0}(?:%|％)"
    rf"|{NUMCORE}{S}(?:per{S0}cent|percent|percents|percentage|pct){B}"
    rf"|(?:per{S0}cent|percent){S}of{S}{NUMCORE})"
)
QTY_U = _alt(QTY_UNITS)
TEMP = (
    rf"(?:{NUMCORE}{S0}(?:°|º){S0}(?:c|f|celsius|fahrenheit)?{B}"
    rf"|{NUMCORE}{S0}(?:degrees?|deg\.?){S}(?:{_alt(TEMP_UNITS)}){B}"
    rf"|{NUMCORE}{S}{_alt(['celsius', 'celcius', 'centigrade', 'centigrate', 'fahrenheit', 'farenheit', 'kelvin'])}{B}"
    rf"|{NUMCORE}{S0}(?:degrees?{B}|deg\.|deg{B}))"
)
QTY = (
    rf"(?:{NUMCORE}{S0}(?:ft|feet|foot){S}{DIG}{S0}(?:in|inches|inch)\b"
    rf"|{NUMCORE}{S}(?:feet|foot){S}and{S}{DIG}{S}inch(?:es)?{B}"
    rf"|{NUMCORE}{S0}(?:-{S0})?(?:{SC}{S})?{QTY_U}(?![\w/])"
    rf"|{NUMCORE}{S0}\[(?:{QTY_U})\]|{NUMCORE}{S0}<(?:{QTY_U})>"
    rf"|{NUMCORE}{S0}\"(?!\w))"
)
CUR_PRE_RE = (
    rf"(?:(?<![\w$]){_alt(CUR_PRE)}|(?-i:{_alt(CUR_CODES)})(?![a-z])|(?:usd|eur|gbp|dollar)\b)"
)
MONEY_NUM = rf"(?:{NUMCORE}(?:{S}{SC}{B})*(?:{S0}(?:{MAGM}){B})?|(?<=[A-Za-z])\d+(?:[.,]\d+)*)"
MONEY = (
    rf"(?:{CUR_PRE_RE}{S0}{MONEY_NUM}(?:{S}(?:{_alt(CUR_POST)}){B}(?!{S}\d))?"
    rf"|{MONEY_NUM}{S0}(?:{S}|-)?(?:{_alt(CUR_POST)}){B}(?:{S}and{S}{NUMCORE}{S}cents?{B}|{S}{W1}(?!{S}\w)|{S}\d\d?\b(?![.,]\d))?"
    rf"|{MONEY_NUM}{S0}(?:(?-i:{_alt(CUR_CODES)})){B}(?:{S}(?:{SC}){B}|{S}\d\d?\b(?![.,]\d))?"
    rf"|{MONEY_NUM}{S0}(?:[$€£¥₡₭₹₩₽])(?![\w$€£])"
    rf")"
)
PHONE = (
    r"(?:(?<![\w.,])(?=[^\n]{0,12}[-)+])\+?\(?\d{1,4}\)?[ -]\d{2,4}[ -]\d{2,4}(?:[ /-]\d{2,4})*"
    r"(?![\w.,]?\d))"
)
JUNK = (
    r"(?:(?<![\w-])[a-z]+(?:-[a-z]+)*-(?!(?:19|20)\d\d-\d\d-\d\d)\d[\w-]*"  # Hyunmoo-2, scp-173m, ABC-12345-A1B2C3
    r"|(?<![\w-])[a-z]+\d[\w-]*"  # m212, MH17, G7
    r"|(?<![\w.,])\d+[a-z]\w*)"  # 777F, 13F
)

ORDWORD = _alt(ORDINALS) + B
T_MONEY = (
    rf"(?:(?:{S}{SC}{B})*(?:{S0}{MAGM}{B})?"
    rf"(?:{S0}(?-i:{_alt(CUR_CODES)}){B}(?:{S}{SC}{B}|{S}\d\d?\b(?![.,]\d)(?!{S}[a-z$€£¥]))?"
    rf"|{S0}(?:{S}|-)?{_alt(CUR_POST)}{B}(?:{S}{SC}{B}|{S}and{S}{NUMCORE}{S}cents?{B}|{S}{W1}(?!{S}\w)|{S}\d\d?\b(?![.,]\d)(?!{S}[a-z$€£¥]))?"
    rf"|{S0}[$€£¥₡₭₹₩₽](?![\w$€£])))"
)
T_PCT = (
    rf"(?:{S0}(?:%|％)|{S}(?:per{S0}cent|percent|percents|percentage{S}points?|percentage|pct){B})"
)
T_AGE = (
    rf"(?:{S0}(?:-{S0})?(?:years?|yrs?|months?|weeks?|days?){S0}(?:-{S0})?old{B}"
    rf"|{S}(?:years?|months?){S}of{S}age{B}|{S}y/?o{B})"
)
T_TEMP = (
    rf"(?:{S0}(?:°|º){S0}(?:celsius|fahrenheit|c|f)?{B}"
    rf"|{S0}(?:degrees?|deg\.?){S}{_alt(TEMP_UNITS)}{B}"
    rf"|{S}{_alt(['celsius', 'celcius', 'centigrade', 'centigrate', 'fahrenheit', 'farenheit', 'kelvin'])}{B}"
    rf"|{S0}(?:degrees?{B}|deg\.|deg{B}))"
)
T_QTY = (
    rf"(?:{S0}(?:ft|feet|foot){S}{DIG}{S0}(?:in|inches|inch)\b"
    rf"|{S}(?:feet|foot){S}and{S}{DIG}{S}inch(?:es)?{B}"
    rf"|{S0}(?:-{S0})?(?:{SC}{S})?{QTY_U}(?![\w/])"
    rf"|{S0}\[{QTY_U}\]|{S0}<{QTY_U}>|{S0}\"(?!\w))"
)
T_DUR = (
    rf"(?:(?:{S0}(?:-{S0})?{TIME_U}|(?<=\d)(?:h|y){B})(?:{S}and{S}(?:a{S})?(?:half|quarter){B})?(?:{S}{DUR1})*"
    rf"(?:{S}(?:ago|later|earlier|hence|from{S}(?:now|today|tomorrow|yesterday)){B})?)"
)
T_RELDUR = rf"(?:{S}(?:upcoming|next|past|previous|last|coming){S}{TIME_U}(?<=s))"
T_ORD = rf"(?:{S0}-?{S0}{ORDWORD})"
DUR_WORDS = (
    rf"(?:{NB}(?:a{S}few|few|some|several|(?:a{S})?couple(?:{S}of)?|half{S}an?|an?){S}{TIME_U}"
    rf"(?:{S}and{S}(?:a{S})?(?:half|quarter){B})?(?:{S}(?:ago|later|earlier|hence|from{S}(?:now|today|tomorrow|yesterday)){B})?)"
)
CUR_PRE_MONEY = rf"(?:{CUR_PRE_RE}{S0}{MONEY_NUM}(?:{S}(?:{_alt(CUR_POST)}){B}(?!{S}\d))?)"

ORD_REL = (
    rf"(?:the{S}one{S}before{S}the{S}last(?:{S}one)?{B}|next{S}to{S}last{B}|(?:ante)?penultimate{B}"
    rf"|(?:next|current){S}one{B}(?!{S}of)|(?<!at )(?:next|last|previous){B}(?![-']|{S}(?:to|of|but|in|on|at|and|for)\b|{S}?[.,;:!?]|$))"
)
_ALTS = {
    "dnum": rf"(?P<dnum>{DATE_NUM})",
    "junkp": rf"(?P<junkp>{PHONE})",
    "money": rf"(?P<money>{CUR_PRE_MONEY})",
    "period": rf"(?P<period>{PERIOD_OF})",
    "time": rf"(?P<time>{CLOCK})",
    "date": rf"(?P<date>{DATE_WORD})",
    "ord": rf"(?P<ord>{ORDD})",
    "reldur": rf"(?P<reldur>{REL_DUR})",
    "tod": rf"(?P<tod>{TOD})",
    "rel": rf"(?P<rel>{REL_DATE})",
    "ordrel": rf"(?P<ordrel>{ORD_REL})",
    "num": rf"(?P<num>{NUMCORE})(?:(?P<t_money>{T_MONEY})|(?P<t_pct>{T_PCT})|(?P<t_age>{T_AGE})"
    rf"|(?P<t_temp>{T_TEMP})|(?P<t_qty>{T_QTY})|(?P<t_dur>{T_DUR})|(?P<t_reldur>{T_RELDUR})"
    rf"|(?P<t_ord>{T_ORD}))?",
    "dur": rf"(?P<dur>{DUR_WORDS})",
    "pct": rf"(?P<pct>(?:per{S0}cent|percent){S}of{S}{NUMCORE})",
    "age": rf"(?P<age>\bage[d]?{S}\d{{1,3}}(?![\d.,]\d|\d))",
    "ordw": rf"(?P<ordw>{ORDWORD})",
    "tempu": rf"(?P<tempu>(?:degrees?{S})?(?:celsius|celcius|centigrade|centigrate|fahrenheit|farenheit){B})",
    "junk": rf"(?P<junk>{JUNK})",
}


def _atoms_re(names) -> re.Pattern:
    return re.compile("|".join(_ALTS[n] for n in names), re.IGNORECASE)


_CODES_CS = f"(?-i:{_alt(CUR_CODES)})"


def _atoms_lower_re(names) -> re.Pattern:
    """The same grammar for lower-cased text, without re.IGNORECASE: about twice as fast,
    since the engine can skip a branch on its first literal. Currency codes must stay
    upper case ("USD 5", not "all 5"), which lower-cased text cannot show, so their branch
    never matches here and ``_matchers`` falls back to ``case_insensitive_grammar`` near
    one."""
    pattern = "|".join(_ALTS[n] for n in names).replace(_CODES_CS, "(?!)")
    stray = re.sub(r"\\[A-Z]|\(\?P[<=]|A-Z", "", pattern)
    assert not re.search("[A-Z]", stray), "the lower-case grammar must not hold capitals"
    return re.compile(pattern)


ORD_REL_VALUES = {
    "last": "end+0",
    "next": "current+1",
    "previous": "current-1",
    "current": "current+0",
    "penultimate": "end-1",
    "antepenultimate": "end-2",
    "next to last": "end-1",
    "the one before the last": "end-1",
    "the one before the last one": "end-1",
    "next one": "current+1",
    "current one": "current+0",
}
# every branch, in priority order; the same grammar restricted to the branches that can start
# with a digit / a month name
GRAMMARS = {
    "all": list(_ALTS),
    "digit": ["dnum", "junkp", "money", "period", "time", "date", "ord", "num", "junk"],
    "month": ["dnum", "date"],
}
ATOMS_LC = _atoms_lower_re(GRAMMARS["all"])
ATOMS_DIGIT_LC = _atoms_lower_re(GRAMMARS["digit"])
ATOMS_MONTH_LC = _atoms_lower_re(GRAMMARS["month"])


@cache
def case_insensitive_grammar(name: str) -> re.Pattern:
    """The grammar on the text as written, for the rare stretches the lower-case one cannot
    read; compiled on first use, as compiling it would add ~0.9 s to every start."""
    return _atoms_re(GRAMMARS[name])


# upper-case currency codes the grammar could read ("USD 5", "5 USD", "5bnUSD"): where the
# lower-case grammar is blind; a code inside a word ("COUNTRY") only after a number word
_CODE_AT = re.compile(rf"(?:{_alt(CUR_CODES)})(?![A-Za-z])")
_NUMBER_WORD_END = re.compile(
    rf"(?:\d|(?<![A-Za-z])[A-Za-z]*(?:{_alt([*UNITS, *TENS, *SCALES, *ORDINALS, *FRACTIONS])}"
    r"|dozens?|k|bn|bln|b|tln|trn|tn|mil|mln|mn|m|mm))$",
    re.IGNORECASE,
)
# characters that re.IGNORECASE matches to a letter of the grammar but str.lower() does not
# map onto it (dotless i, long s, Kelvin sign, micro sign, capital O acute, capital mu)
_FOLD_CHARS = "\u0131\u0130\u017f\u212a\u00b5\u00d3\u039c"
_FOLD_EXTRAS = re.compile(f"[{_FOLD_CHARS}]")

# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------

_TOKS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+", re.I)
_DIGIT_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_EXPO = re.compile(r"^([\d,]*\.?\d+)(x10\^|\^|e)([+-]*)(\d+)$")
_MIXED_FRAC = re.compile(r"(-?)\s*(\d+)?\s*(\d+)/(\d+)$")
_MAG_SUFFIX = re.compile(r"^([\d.,]+)\s*(k|bn|bln|b|tln|trn|tn|mil|mln|mn|m|mm|g)$", re.I)
MAGNITUDES = {
    "k": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mil": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "g": 1e9,
    "tn": 1e12,
    "tln": 1e12,
    "trn": 1e12,
}
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
DOZEN = {"dozen", "dozens", "doz", "dozs"}


def _fmt(x: float | None) -> str | None:
    if x is None or x != x or x in (float("inf"), float("-inf")):
        return None
    if x == int(x) and abs(x) < 1e18:
        return str(int(x))
    return repr(round(x, 10)).rstrip("0").rstrip(".") if "e" not in repr(x) else repr(x)


def _card(toks: list[str]) -> float | None:
    total = 0.0
    cur = 0.0
    seen = False
    prev_scale = False
    for t in toks:
        if t[0].isdigit() or t[0] == ".":
            cur += float(t.replace(",", ""))
            seen, prev_scale = True, False
        elif t in UNITS:
            cur += UNITS[t]
            seen, prev_scale = True, False
        elif t in TENS:
            cur += TENS[t]
            seen, prev_scale = True, False
        elif t == "hundred" or t == "hundredth":
            cur = (cur or 1) * 100
            seen, prev_scale = True, False
        elif t in DOZEN:
            cur = (cur or 1) * 12
            seen = True
        elif t in SCALES or t in ORD_SCALES:
            s = SCALES.get(t) or ORD_SCALES[t]
            if cur == 0 and prev_scale and total:
                total *= s
            else:
                total += (cur or 1) * s
            cur = 0.0
            seen, prev_scale = True, True
        elif t in ORDINALS:
            cur += ORDINALS[t]
            seen, prev_scale = True, False
        elif t in ("a", "an", "and"):
            continue
        else:
            return None
    return total + cur if seen else None


def _frac(toks: list[str]) -> float | None:
    scale = 1.0
    if toks and toks[-1] in SCALES:
        scale = SCALES[toks[-1]]
        toks = toks[:-1]
    if not toks or toks[-1] not in FRACTIONS:
        return None
    den = FRACTIONS[toks[-1]]
    num_toks = [t for t in toks[:-1] if t not in ("a", "an")]
    num = _card(num_toks) if num_toks else 1.0
    if num is None:
        return None
    return num / den * scale


@lru_cache(maxsize=65536)
def parse_number(text: str) -> float | None:
    """The value of a number written in digits and/or words ("3,000", "two thirds", "1.13bn")."""
    s = text.strip().lower().replace("\u2212", "-").replace("–", "-")
    neg = False
    for p in ("minus ", "negative "):
        if s.startswith(p):
            neg, s = True, s[len(p) :].strip()
    if s.startswith("-"):
        neg, s = True, s[1:].strip()
    m = _EXPO.match(s)
    if m:
        base, kind, sign, exp = (
            float(m.group(1).replace(",", "")),
            m.group(2),
            m.group(3),
            int(m.group(4)),
        )
        if sign.count("-") % 2:
            exp = -exp
        try:
            v = base * 10.0**exp if kind != "^" else base**exp
        except OverflowError:
            return None
        return -v if neg else v
    if s in VULGAR:
        v = VULGAR[s]
        return -v if neg else v
    m = _MIXED_FRAC.match(s)
    if m and m.group(0) == s:
        whole = float(m.group(2) or 0)
        den = float(m.group(4))
        if den == 0:
            return None
        v = whole + float(m.group(3)) / den
        return -v if neg else v
    s = _DIGIT_GROUP_SPACE.sub("", s)
    m = _MAG_SUFFIX.match(s)
    if m:
        try:
            v = float(m.group(1).replace(",", "")) * MAGNITUDES[m.group(2).lower()]
        except ValueError:
            return None
        return -v if neg else v
    toks = _TOKS.findall(s)
    if not toks:
        return None
    v = _words_value(toks)
    if v is None:
        return None
    return -v if neg else v


def _words_value(toks: list[str]) -> float | None:
    for sep in ("over", "out"):
        if sep in toks:
            i = toks.index(sep)
            den_toks = toks[i + 2 :] if sep == "out" else toks[i + 1 :]
            num, den = _card(toks[:i]), _card(den_toks)
            if num is None or not den:
                return None
            return num / den
    if "point" in toks:
        i = toks.index("point")
        whole = _card(toks[:i]) if i else 0.0
        digits = []
        rest = toks[i + 1 :]
        j = 0
        while j < len(rest):
            t = rest[j]
            if (
                t in TENS
                and j + 1 < len(rest)
                and rest[j + 1] in UNITS
                and 0 < UNITS[rest[j + 1]] < 10
            ):
                digits.append(str(TENS[t] + UNITS[rest[j + 1]]))
                j += 2
                continue
            v = UNITS.get(t, TENS.get(t))
            if v is None:
                if t[0].isdigit():
                    digits.append(t)
                else:
                    return None
            else:
                digits.append(str(v))
            j += 1
        if whole is None or not digits:
            return None
        return whole + float("0." + "".join(digits))
    has_frac = any(t in FRACTIONS for t in toks)
    if has_frac and not (
        toks[-1] in ORDINALS
        and len(toks) > 1
        and toks[-2] not in ("a", "an", "one")
        and toks[-1] not in ("half", "quarter")
        and not toks[-1].endswith("s")
        and not any(t in FRACTIONS and t.endswith("s") for t in toks)
    ):
        # "one and a half", "twenty and three fifths", "3 million and a half", "two thirds"
        if "and" in toks:
            k = len(toks) - 1 - toks[::-1].index("and")
            before, after = toks[:k], toks[k + 1 :]
            if any(t in FRACTIONS for t in after) and before:
                whole = _words_value(before)
                fr = _frac(after)
                if whole is None or fr is None:
                    return None
                if before[-1] in SCALES and after[-1] not in SCALES:
                    fr *= SCALES[before[-1]]
                return whole + fr
        fr = _frac(toks)
        if fr is not None:
            return fr
    return _card(toks)


@lru_cache(maxsize=4096)
def parse_ordinal(text: str) -> float | None:
    """ "fifth" -> 5, "2nd" -> 2, "twenty-first" -> 21, "three trillionth" -> 3e12."""
    m = re.match(r"\s*(\d+)(?:st|nd|rd|th)\s*$", text, re.I)
    if m:
        return float(m.group(1))
    return _card(_TOKS.findall(text.lower()))


def _is_fraction_phrase(text: str) -> bool:
    toks = _TOKS.findall(text.lower())
    if not toks:
        return False
    last = toks[-1] if toks[-1] not in SCALES else (toks[-2] if len(toks) > 1 else "")
    if last not in FRACTIONS:
        return False
    if last in ("half", "halves", "quarter", "quarters") or last.endswith("s"):
        return True
    return len(toks) == 2 and toks[0] in ("a", "an", "one")


_YEAR4 = re.compile(r"(?<!\d)(1[0-9]|20|21)(\d\d)(?!\d)")
_MONTH_FIND = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-z])", re.I
)
_DAY_FIND = re.compile(r"(?<![\d])(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)")
_DAYW_FIND = re.compile(
    r"\b(?:(twenty|thirty)[\s-]*)?(" + "|".join(sorted(ORD_UNITS, key=len, reverse=True)) + r")\b"
    r"|\b(tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth)\b",
    re.I,
)
_YEARW_FIND = re.compile(
    r"\b(nineteen|eighteen|twenty|seventeen|sixteen)\s+((?:"
    + "|".join(TENS)
    + r")(?:[\s-]*(?:"
    + "|".join(UNITS)
    + r"))?|"
    + "|".join(UNITS)
    + r"|hundred)\b|\btwo\s+thousand(?:\s+and\s+(\w+(?:[\s-]+\w+)?))?",
    re.I,
)


def _year_of(text: str) -> int | None:
    m = _YEAR4.search(text)
    if m:
        return int(m.group(0))
    m = _YEARW_FIND.search(text)
    if m:
        if m.group(1):
            hi = UNITS.get(m.group(1).lower()) or 20
            lo_text = m.group(2).lower()
            lo = 0 if lo_text == "hundred" else _card(_TOKS.findall(lo_text))
            return int(hi * 100 + (lo or 0))
        lo = _card(_TOKS.findall(m.group(3).lower())) if m.group(3) else 0
        return 2000 + int(lo or 0)
    m = re.search(r"(?:'|\bof\s+)(\d\d)\b", text)
    if m:
        yy = int(m.group(1))
        return 1900 + yy if yy > 30 else 2000 + yy
    return None


@lru_cache(maxsize=16384)
def date_value(text: str) -> str | None:
    """ISO value of a calendar date written with a month name ("September 15, 2017")."""
    m = _MONTH_FIND.search(text)
    if not m:
        y = _YEAR4.search(text)
        return y.group(0) if y else None
    month = MONTHS[m.group(1).lower()]
    year = _year_of(text)
    rest = text[: m.start()] + " " + text[m.end() :]
    if year is not None:
        rest = _YEAR4.sub(" ", rest)
        rest = _YEARW_FIND.sub(" ", rest)
    day = None
    d = _DAY_FIND.search(rest)
    if d:
        day = int(d.group(1))
    else:
        w = _DAYW_FIND.search(rest)
        if w:
            if w.group(2):
                day = ORD_UNITS[w.group(2).lower()] + (
                    TENS[w.group(1).lower()] if w.group(1) else 0
                )
            else:
                day = ORD_TENS.get(w.group(3).lower()) or ORD_UNITS.get(w.group(3).lower())
    y = f"{year:04d}" if year else "XXXX"
    if day:
        return f"{y}-{month:02d}-{day:02d}"
    return f"{y}-{month:02d}" if year else f"XXXX-{month:02d}"


@lru_cache(maxsize=16384)
def numeric_date_value(text: str) -> str | None:
    """ISO value of a numeric date (2017-09-15, 9/15/2017, 15.09.2017, 12-2015, 9/15)."""
    if _MONTH_FIND.search(text):
        return date_value(text)
    parts = [int(p) for p in re.findall(r"\d+", text)]
    seps = re.findall(r"[-/. ]", text)
    if len(parts) == 3:
        if len(re.match(r"\d+", text.strip()).group()) == 4:
            y, mo, d = parts
        else:
            a, b, y = parts
            if seps and seps[0] == "." or a > 12:
                d, mo = a, b
            else:
                mo, d = a, b
            if y < 100:
                y += 1900 if y > 30 else 2000
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
        return None
    if len(parts) == 2:
        a, b = parts
        if b > 1000:
            return f"{b:04d}-{a:02d}" if 1 <= a <= 12 else None
        if a > 12:
            a, b = b, a
        if 1 <= a <= 12 and 1 <= b <= 31:
            return f"XXXX-{a:02d}-{b:02d}"
    return None


_UNIT_TAIL = re.compile(rf"({QTY_U})(?![\w/])\W*$", re.I)
_TIME_UNIT_FIND = re.compile(rf"(?<![a-z])({TIME_U})", re.I)
_NUM_HEAD = re.compile(NUMCORE, re.I)


def _leading_number(text: str) -> float | None:
    m = _NUM_HEAD.search(text)
    return parse_number(m.group()) if m else None


# --------------------------------------------------------------------------------------------
# Atoms and their composition
# --------------------------------------------------------------------------------------------


class _Atom:
    __slots__ = ("start", "end", "cls", "label", "value", "unit", "dayish", "rng")

    def __init__(self, start, end, cls, label, value=None, unit=None, dayish=False, rng=False):
        self.start, self.end, self.cls, self.label = start, end, cls, label
        self.value, self.unit, self.dayish, self.rng = value, unit, dayish, rng


_CUR_FIND = re.compile(
    rf"(?<![\w$]){_alt(CUR_PRE)}|(?-i:{_alt(CUR_CODES)})|\b{_alt(CUR_POST)}\b|[$€£¥₡₭₹₩₽]", re.I
)
_CENTS_AND = re.compile(rf"\band{S}(.+?){S}cents?\b", re.I)
_TRAIL_CENTS = re.compile(rf"^{S}(\d\d?|{W1})$", re.I)
_DAYISH = re.compile(
    rf"\d|\b(?:{_alt(WEEKDAYS)}|today|tomorrow|yesterday|tonight|tonite|eod|day|everyday)s?\b", re.I
)
_NEXT_LOWER = re.compile(r"[ \t\u00a0]+([a-z]+)\b")
_MAY_NEXT = {
    "to",
    "through",
    "till",
    "until",
    "and",
    "of",
    "in",
    "at",
    "on",
    "this",
    "last",
    "next",
    "for",
    "from",
    "the",
    "when",
    "after",
    "before",
    "but",
    "with",
}
_AMBIG_MONTH = {"may", "march", "mar", "jun", "jan"}
_MONTH_CONTEXT = re.compile(
    rf"\b(?:in|since|until|till|of|from|by|during|early|late|mid|last|next|this|to|and|through|"
    rf"after|before|between|or|every|each|dec|jan|feb|apr|jun|jul|aug|sept?|oct|nov){S0}-?{S0}$",
    re.I,
)
_MAY_CONTEXT = re.compile(
    rf"\b(?:in|since|until|till|of|from|during|early|late|mid|last|next|this|through|"
    rf"after|before|between|every|each){S0}-?{S0}$",
    re.I,
)
_PLURAL_AFTER = re.compile(
    rf"{S}(?!(?:sales|gains|losses|levels|results|figures|earnings|elections|games|olympics)\b)[a-z]+[^s\W]?s\b"
)


@lru_cache(maxsize=8192)
def _money(text: str) -> tuple[str | None, str | None]:
    cm = _CUR_FIND.search(text)
    if not cm:
        return None, None
    cur = cm.group()
    key = cur.lower()
    code = (
        CUR_PRE.get(key)
        or CUR_CODES.get(cur)
        or CUR_POST.get(re.sub(r"\s+", " ", key))
        or CUR_SYMBOL_POST.get(cur)
        or CUR_CODES.get(cur.upper())
    )
    before, after = text[: cm.start()], text[cm.end() :]
    cents = 0.0
    mc = _CENTS_AND.search(after)
    if mc:
        cents = (parse_number(mc.group(1)) or 0) / 100
        after = after[: mc.start()]
    else:
        mt = _TRAIL_CENTS.match(after)
        if mt and before.strip():
            cents = (parse_number(mt.group(1)) or 0) / 100
            after = ""
    num_text = (before + " " + after).strip().rstrip("-").strip()
    if num_text.endswith("-"):
        num_text = num_text[:-1]
    v = parse_number(num_text)
    if v is None:
        m = _NUM_HEAD.search(num_text)
        v = parse_number(m.group()) if m else None
        if v is not None and m:
            tail = num_text[m.end() :].lower().split()
            for t in tail:
                if t in SCALES:
                    v *= SCALES[t]
    if v is None:
        return None, code
    if cur.upper().startswith("M") and cur.upper() in CUR_CODES and len(cur) == 4:
        v *= 1e6
    return _fmt(v + cents), code


@lru_cache(maxsize=8192)
def _qty(text: str) -> tuple[str | None, str | None]:
    low = text.lower()
    m = re.match(
        rf"(.+?){S0}(?:ft|feet|foot)(?:{S}and)?{S}(\d+(?:\.\d+)?){S0}(?:in|inch|inches)\W*$", low
    )
    if m:
        a, b = parse_number(m.group(1)), float(m.group(2))
        return (_fmt(a + b / 12) if a is not None else None), "ft"
    u = _UNIT_TAIL.search(low)
    unit = (
        QTY_UNITS.get(re.sub(r"\s+", " ", u.group(1)))
        if u
        else ("in" if low.rstrip().endswith('"') else None)
    )
    num = text[: u.start()] if u else text.rstrip().rstrip('"')
    num = num.strip().rstrip("-[<").strip()
    v = parse_number(num)
    if v is None:
        v = _leading_number(num)
        if v is not None:
            for t in num.lower().split()[1:]:
                if t in SCALES:
                    v *= SCALES[t]
    return _fmt(v), unit


@lru_cache(maxsize=8192)
def _temp(text: str) -> tuple[str | None, str]:
    low = text.lower()
    unit = "deg"
    m = re.search(
        r"(celsius|celcius|centigrade|centigrate|fahrenheit|farenheit|kelvin|[cf])\W*$", low
    )
    if m and not re.search(r"de?g\.?$", low):
        unit = TEMP_UNITS.get(m.group(1), "deg")
    return _fmt(_leading_number(text)), unit


_KIND = {
    "t_money": "money",
    "t_pct": "pct",
    "t_age": "age",
    "t_temp": "temp",
    "t_qty": "qty",
    "t_dur": "dur",
    "t_reldur": "reldur",
    "t_ord": "ord",
    "ordw": "ord",
}
_LEAD_YEAR = re.compile(r"((?:1[89]|20)\d\d)\s+([a-z]+)$", re.I)
_YEAR_ONLY = re.compile(r"(?:1[0-9]|20|21)\d\d")


_CARD_VALUES: dict[str, str | None] = {}  # a number's text -> its value; numbers repeat


def _card_value(t: str) -> str | None:
    v = _CARD_VALUES.get(t, "")
    if v == "":
        v = _fmt(parse_number(t))
        if len(_CARD_VALUES) < 50000:
            _CARD_VALUES[t] = v
    return v


_BARE_REL = {"last", "next", "previous"}
_OFFSET_ENDS = ("ago", "later", "hence", "from now", "from today", "from tomorrow")
_VERB_BEFORE = re.compile(
    r"\b(?:will|would|to|can|could|may|might|must|should|shall|did|does|do|won't)\s$", re.I
)


def _classify(kind: str, t: str, s: int, e: int, text: str) -> _Atom | None:
    if kind == "num":
        if _YEAR_ONLY.fullmatch(t):
            return _Atom(s, e, "Y", "DATE", t)
        toks = _TOKS.findall(t.lower()) if t[-2:].lower() in ("th", "st", "nd", "rd") else ()
        if len(toks) >= 2 and toks[-1] in ORDINALS and toks[-2] not in ("a", "an", "one"):
            # "twenty-seventh" read by the fraction branch: a singular fraction needs "a" or
            # "one" ("three and a fifth"), so this is the ordinal
            v = parse_ordinal(t)
            if v is not None:
                return _Atom(s, e, "O", "ORDINAL", _fmt(v))
        return _Atom(s, e, "N", "CARDINAL", _card_value(t))
    if kind == "year":
        return _Atom(s, e, "Y", "DATE", t)
    if kind == "date":
        low = t.lower().rstrip(".")
        if low in MONTHS and (low in _AMBIG_MONTH or len(low) == 3 and not t[0].isupper()):
            ctx = text[max(0, s - 12) : s]
            context = _MAY_CONTEXT if low == "may" else _MONTH_CONTEXT
            if not context.search(ctx) and not (low in ("march", "jun", "jan") and t[0].isupper()):
                return None
        if low.endswith("may") and not any(ch.isdigit() for ch in t):
            after = _NEXT_LOWER.match(text, e)
            if after and after.group(1) not in _MAY_NEXT:
                return None  # the verb: "this may or may not", "it may be"
        v = date_value(t)
        return _Atom(s, e, "D", "DATE", v, dayish=bool(v and len(v) == 10))
    if kind == "dnum":
        v = numeric_date_value(t)
        return _Atom(s, e, "D", "DATE", v, dayish=True) if v else None
    if kind in ("rel", "period"):
        low = t.lower()
        label = (
            "TIME"
            if low in ("now", "right now", "at present", "at this time", "tonight", "tonite")
            else "DATE"
        )
        dayish = kind == "rel" and bool(_DAYISH.search(t)) and not low.startswith("the day")
        return _Atom(s, e, "D", label, None, dayish=dayish)
    if kind == "tod":
        return _Atom(s, e, "P", "TIME", None, dayish=bool(_DAYISH.search(t)))
    if kind == "time":
        return _Atom(s, e, "T", "TIME", None)
    if kind in ("dur", "ord") and t[:1].isdigit():
        lead = _LEAD_YEAR.match(t)
        if lead and (kind == "ord" or lead.group(2).lower() in TIME_UNITS):
            # "the 1988 quarter", "the 1988 third quarter": a year before a noun
            return _Atom(s, s + 4, "Y", "DATE", t[:4])
    if (
        kind == "reldur"
        and t[:5].lower() == "last "
        and _VERB_BEFORE.search(text, max(0, s - 9), s)
    ):
        k = len(t) - len(t[5:].lstrip())
        return _classify("dur", t[k:], s + k, e, text)  # "will last three days": the verb
    if kind in ("dur", "reldur"):
        units = _TIME_UNIT_FIND.findall(t)
        um = units[-1] if units else None
        unit = TIME_UNITS.get(re.sub(r"\s+", " ", um.lower())) if um else None
        label = "TIME" if unit in SUBDAY else "DATE"
        return _Atom(s, e, "U" if kind == "dur" else "D", label, _fmt(_leading_number(t)), unit)
    if kind == "ordrel":
        if t.lower() in _BARE_REL:
            return None  # "the next phase", "last seen", "a previous version": not numbers
        return _Atom(s, e, "O", "ORDINAL", ORD_REL_VALUES.get(re.sub(r"\s+", " ", t.lower())))
    if kind == "ord":
        toks = _TOKS.findall(t.lower())
        if (
            len(toks) >= 2
            and (" " in t or "-" in t)
            and toks[-2] not in TENS
            and toks[-2] not in SCALES
            and toks[-1] not in ORD_SCALES
            and toks[-2] not in ("a", "an", "and")
        ):
            # "two first innings": a count before an ordinal, not one number
            k = t.lower().rfind(toks[-1])
            head = t[:k].rstrip(" -\t\u00a0")
            if head:
                return _classify("num", head, s, s + len(head), text)
        if _is_fraction_phrase(t):
            return _Atom(s, e, "N", "CARDINAL", _fmt(parse_number(t)))
        return _Atom(s, e, "O", "ORDINAL", _fmt(parse_ordinal(t)))
    if kind == "money":
        v, code = _money(t)
        return _Atom(s, e, "X", "MONEY", v, code)
    if kind == "pct":
        return _Atom(
            s,
            e,
            "X",
            "PERCENT",
            _fmt(_leading_number(t.lower().replace("per cent of", "").replace("percent of", ""))),
            "%",
        )
    if kind == "age":
        v = _leading_number(t[3:] if t[:3].lower() == "age" else t)
        low = t.lower()
        unit = "mo" if "month" in low else "wk" if "week" in low else "d" if "day" in low else "yr"
        return _Atom(s, e, "X", "DATE", _fmt(v), unit)
    if kind == "tempu":
        return _Atom(
            s, e, "X", "QUANTITY", None, "F" if "f" in t.lower()[:3] or "fa" in t.lower() else "C"
        )
    if kind == "temp":
        v, unit = _temp(t)
        return _Atom(s, e, "X", "QUANTITY", v, unit)
    if kind == "qty":
        v, unit = _qty(t)
        return _Atom(s, e, "X", "QUANTITY", v, unit)
    return None  # junk: codes, phone numbers, product names


_RANGE_GAP = re.compile(rf"^{S0}(?:-|–|—|~|to|till|until|thru|through|and)(?:{S}the)?{S0}$", re.I)
_JOIN_GAP = re.compile(rf"^{S0}(?:,|at|on|around|about|-|of|in)?{S0}$", re.I)
_BETWEEN_BEFORE = re.compile(rf"\b(?:between|from){S}$", re.I)
_HOURISH = re.compile(r"^(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?$|^(?:" + HOURW[3:-1] + r")$", re.I)
_DAYNUM = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
_HAS_MONTH = re.compile(rf"\b{_alt(MONTHS)}\b", re.I)
_HAS_WEEKDAY = re.compile(rf"\b{_alt(WEEKDAYS)}\b|\b(?:today|tomorrow|yesterday|tonight)\b", re.I)
_REL_START = re.compile(r"^(?:this|next|last|previous|coming|following|past)\b", re.I)


_WEEKDAY_ONLY = re.compile(rf"{_alt(WEEKDAYS)}\b", re.I)
_YEAR_RANGE = re.compile(rf"\d{{4}}{S}(?:through|to|till|until|-){S}\d{{4}}", re.I)
_HOURS_ANY = re.compile(
    r"^(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*(?:-|–|to|and|till|until)\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?$",
    re.I,
)
_MONTH_REF = re.compile(rf"(?:this|next|last|the){S}month\b|{_alt(MONTHS)}\b", re.I)
_SET_START = re.compile(rf"^(?:each|every|{_alt(SETS)})\b", re.I)
_DUR_LINK = {"before", "after", "from", "since", "starting", "starting from", "starting on"}
_HOURS_RANGE = re.compile(
    r"^(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*[-–]\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?$"
)


_GAP_WORDS = {
    "",
    ",",
    "-",
    "–",
    "—",
    "~",
    "to",
    "till",
    "until",
    "thru",
    "through",
    "and",
    "at",
    "on",
    "around",
    "about",
    "of",
    "in",
    "from",
    "between",
    "before",
    "after",
    "by",
    "for",
    "since",
    "starting",
    "starting from",
    "starting on",
} | {f"{w} the" for w in ("-", "–", "—", "~", "to", "till", "until", "thru", "through", "and")}


def _range_value(lo: str | None, hi: str | None) -> str | None:
    """ "[20,30)" for a numeric range; none for a score such as "3-1"."""
    try:
        if lo is None or hi is None or float(lo) > float(hi):
            return None
    except ValueError:
        return None
    return f"[{lo},{hi})"


# gap between two atoms -> (its words if they can join them, a range gap?, a join gap?)
_GAPS: dict[str, tuple[str | None, bool, bool]] = {}
_SPLIT_TAIL = re.compile(r"\d+")


def _split_number(a: _Atom, b: _Atom, text: str) -> _Atom | None:
    """Treebank-tokenised text splits a number at its point or comma: "14 . 8 %",
    "1 . 6 billion", "80 , 000". Join the halves; the second half keeps its kind and unit."""
    at = text[a.start : a.end]
    if not (at.isdigit() and len(at) <= 4) or a.cls != "N" or b.cls not in "NXY" or not b.value:
        return None
    m = _SPLIT_TAIL.match(text, b.start)
    if m is None:
        return None
    digits = m.group()
    try:
        scale = float(b.value) / float(digits) if float(digits) else 1.0
    except ValueError:
        return None
    if text[a.end + 1] == ",":
        if len(digits) != 3 or b.cls == "Y" or b.value != digits.lstrip("0") and b.value != "0":
            return None
        v = float(at + digits)
    else:
        v = float(f"{at}.{digits}") * scale
    label = "CARDINAL" if b.cls == "Y" else b.label
    return _Atom(a.start, b.end, "N" if b.cls == "Y" else b.cls, label, _fmt(v), b.unit)


def _try_merge(a: _Atom, b: _Atom, text: str) -> _Atom | None:
    """``a`` and ``b`` read as one expression, or None; ``_compose`` calls it only for atoms at
    most 16 characters apart."""
    if a.cls == "N" and b.start - a.end == 3 and text[a.end : b.start] in (" . ", " , "):
        joined = _split_number(a, b, text)
        if joined is not None or text[a.end + 1] == ".":
            return joined
    A, Bc = a.cls, b.cls
    if A == "X" or Bc == "X":
        return None
    gap = text[a.end : b.start]
    known = _GAPS.get(gap)
    if known is None:
        g = " ".join(gap.lower().split())
        if g not in _GAP_WORDS or "\n" in gap:
            known = (None, False, False)
        else:
            known = (g, _RANGE_GAP.match(gap) is not None, _JOIN_GAP.match(gap) is not None)
        if len(_GAPS) < 10000:
            _GAPS[gap] = known
    g, range_gap, join_gap = known
    if g is None:
        return None
    if not g and A in "NO" and Bc in "NOY":
        return None
    at = text[a.start : a.end]
    bt = text[b.start : b.end]
    # (a set word starts with a letter: most atoms start with a digit)
    if (at[:1].isalpha() and _SET_START.match(at)) or (bt[:1].isalpha() and _SET_START.match(bt)):
        if A in "DP" and Bc == "T" and g in ("", "at") and not _SET_START.match(bt):
            return _Atom(a.start, b.end, "T", "TIME", None)
        if A == "T" and Bc == "D" and g == "":
            return _Atom(a.start, b.end, "T", "TIME", None)
        return None
    if range_gap:
        if g == "and" and not (_BETWEEN_BEFORE.search(text, max(0, a.start - 9), a.start)):
            return None
        if A in "DY" and Bc in "DY":
            if A == "Y" and Bc == "Y":
                val = f"{at}/{bt}"
            elif a.value and b.value:
                val = f"{a.value}/{b.value}"
            else:
                val = None
            return _Atom(a.start, b.end, "D", "DATE", val, dayish=a.dayish or b.dayish, rng=True)
        if A == "Y" and Bc == "N" and g in ("-", "–", "to") and re.fullmatch(r"\d\d", bt):
            return _Atom(a.start, b.end, "D", "DATE", f"{at}/{at[:2]}{bt}", rng=True)
        if (A == "T" and Bc in "TN" and (Bc == "T" or _HOURISH.match(bt))) or (
            A == "N" and Bc == "T" and _HOURISH.match(at)
        ):
            return _Atom(a.start, b.end, "T", "TIME", None, rng=True)
        if A == "N" and Bc == "D" and _DAYNUM.match(at) and _HAS_MONTH.search(bt):
            return _Atom(a.start, b.end, "D", "DATE", None, dayish=True, rng=True)
        if ((A == "D" and Bc == "T") or (A == "T" and Bc == "D")) and g not in ("-", "–", "—"):
            return _Atom(a.start, b.end, "T", "TIME", None, dayish=True, rng=True)
        if A == "O" and Bc == "D" and _HAS_MONTH.search(bt):
            return _Atom(a.start, b.end, "D", "DATE", None, dayish=True, rng=True)
        if (
            A == "D"
            and Bc in "NO"
            and (
                _DAYNUM.match(bt)
                or Bc == "O"
                and b.value
                and b.value.isdigit()
                and int(b.value) <= 31
            )
            and (_HAS_MONTH.search(at) or _HAS_WEEKDAY.search(at))
        ):
            return _Atom(a.start, b.end, "D", "DATE", None, dayish=True, rng=True)
        if A in "NY" and Bc in "NY":
            if (
                g in ("to", "and", "through", "thru", "till", "until")
                and not _BETWEEN_BEFORE.search(text, max(0, a.start - 9), a.start)
                and g != "through"
            ):
                return None
            return _Atom(
                a.start,
                b.end,
                "N",
                "CARDINAL",
                _range_value(a.value, b.value),
                rng=True,
            )
        return None
    if not join_gap:
        if A == "U" and Bc in "TN" and g == "from" and (Bc == "T" or _HOURISH.match(bt)):
            start = a.start - 4 if text[a.start - 4 : a.start].lower() == "for " else a.start
            return _Atom(start, b.end, "T", "TIME", None, rng=True)
        if (
            A == "T"
            and Bc == "U"
            and g == "for"
            and text[max(0, a.start - 5) : a.start].lower() == "from "
        ):
            return _Atom(a.start, b.end, "T", "TIME", None, dayish=a.dayish, rng=True)
        if A == "U" and Bc == "D" and g == "on" and _HAS_WEEKDAY.match(bt):
            return _Atom(a.start, b.end, "D", "DATE", None, dayish=True)
        if (A == "U" or at.lower() == "the week") and Bc in "DY" and g in _DUR_LINK:
            return _Atom(a.start, b.end, "D", "DATE", None, dayish=True)
        if (
            A in "DPT"
            and (a.dayish or A == "P")
            and not a.rng
            and b.rng
            and Bc in "TN"
            and g in ("from", "between")
        ):
            return _Atom(a.start, b.end, "T", "TIME", None, dayish=True)
        if A == "D" and a.dayish and Bc == "T" and g in ("before", "after", "by"):
            return _Atom(a.start, b.end, "T", "TIME", None, dayish=True)
        return None
    if (
        (
            A == "D"
            or A == "U"
            and (
                text[max(0, a.start - 3) : a.start].lower() == "in "
                or at.lower().endswith(_OFFSET_ENDS)
            )
        )
        and not a.dayish
        and Bc == "D"
        and g == "on"
        and _WEEKDAY_ONLY.match(bt)
    ):  # an offset, not a length: "in 3 days on Friday", not "find 1 hour on Tuesday"
        return _Atom(a.start, b.end, A, "DATE", None, dayish=True)
    if A == "D" and Bc == "T" and a.dayish and g in ("", ",", "at", "around", "about", "on", "-"):
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True, rng=b.rng)
    if A == "T" and Bc == "D" and b.dayish and g in ("", "on", ","):
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True, rng=a.rng)
    if A == "T" and Bc == "T" and a.rng and a.dayish and g == "" and _HAS_WEEKDAY.search(at):
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True, rng=True)
    if A == "T" and Bc == "T" and a.dayish and not a.rng and g in ("at", "around"):
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True, rng=b.rng)
    if A == "T" and Bc == "P" and g == "":
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=b.dayish, rng=a.rng)
    if (
        A in "DP"
        and (a.dayish or A == "P")
        and Bc == "N"
        and b.rng
        and g == ""
        and _HOURS_RANGE.match(bt)
    ):
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True)
    if A == "T" and Bc == "D" and g == "" and _REL_START.match(bt):
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True)
    if A == "P" and Bc == "T" and g in ("", "at", "around", "from"):
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=a.dayish)
    if (
        A in "PD"
        and Bc == "N"
        and g in ("at", "around")
        and (a.dayish or A == "P")
        and _HOURISH.match(bt)
    ):
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True)
    if A == "N" and Bc == "P" and g == "" and bt.lower().startswith("in") and _HOURISH.match(at):
        return _Atom(a.start, b.end, "T", "TIME", None)
    if (
        A == "N"
        and not a.rng
        and Bc in "DP"
        and b.dayish
        and g == ""
        and _HOURISH.match(at)
        and text[max(0, a.start - 3) : a.start].lower() == "at "
    ):
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True)
    if A == "N" and a.rng and Bc == "D" and g in ("", "in", "of") and _MONTH_REF.match(bt):
        return _Atom(a.start, b.end, "D", "DATE", None, rng=True)
    if A == "N" and a.rng and Bc == "D" and g == "on" and b.dayish and _HOURS_ANY.match(at):
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True, rng=True)
    if A == "N" and a.rng and Bc in "DP" and (b.dayish or Bc == "P") and g == "":
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True, rng=True)
    if A == "D" and Bc == "P" and g == "" and a.dayish:
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True)
    if A == "P" and Bc == "D" and g == "" and (_REL_START.match(bt) or _WEEKDAY_ONLY.match(bt)):
        return _Atom(a.start, b.end, "T", "TIME", None, dayish=True)
    if A == "D" and Bc == "D" and g in ("", "of", "on", ","):
        if g == "," and not (
            _HAS_WEEKDAY.search(at) and _HAS_MONTH.search(bt) and re.search(r"\d", bt)
        ):
            return None
        if g == "of" and not _REL_START.match(bt):
            return None
        if g == "" and not (_HAS_WEEKDAY.search(at) or _HAS_WEEKDAY.search(bt)):
            return None
        return _Atom(
            a.start, b.end, "D", "DATE", b.value if _HAS_MONTH.search(bt) else a.value, dayish=True
        )
    if A == "D" and Bc == "Y" and g in ("", ",") and a.value and a.value.startswith("XXXX"):
        return _Atom(a.start, b.end, "D", "DATE", bt + a.value[4:], dayish=a.dayish, rng=a.rng)
    return None


_PREFIX_DT = re.compile(
    rf"(?:\b(?:since|after|before|until|till|up{S}to|starting(?:{S}(?:on|from))?|beginning(?:{S}on)?"
    rf"|as{S}(?:early|late){S}as|(?:no{S})?(?:later|earlier){S}than|around|circa|w/c|"
    rf"(?:end|beginning|start|middle){S}of(?:{S}the)?)){S}$",
    re.I,
)
_PREFIX_RANGE = re.compile(rf"\b(?:from|between)(?:{S}the)?{S}$", re.I)
_PREFIX_CMP = re.compile(
    rf"(?:\b(?:(?:no|not){S})?(?:more|less|greater|smaller|bigger|fewer|larger|higher|lower)"
    rf"(?:{S}or{S}equal)?{S}(?:than|to)(?:{S}or{S}equal{S}to)?|\b(?:at{S}(?:least|most)(?:{S}or{S}equal{S}to)?|up{S}to|above|below|over|under|"
    rf"exceed(?:s|ing|ed)?|equal(?:s|ing)?{S}to)|(?:>|<|>=|<=|=>|=<|> =|< =)){S0}$",
    re.I,
)
# the last word of every _PREFIX_CMP / _PREFIX_CMP_U phrase: no other word can end one
_CMP_ENDS = {
    "than",
    "to",
    "least",
    "most",
    "above",
    "below",
    "over",
    "under",
    "exceed",
    "exceeds",
    "exceeding",
    "exceeded",
    ">",
    "<",
    ">=",
    "<=",
    "=>",
    "=<",
    "=",
}
_PREFIX_CMP_U = re.compile(
    rf"\b(?:(?:no{S})?(?:more|less|fewer){S}than|at{S}(?:least|most)|up{S}to){S}$", re.I
)
_SUFFIX_CMP = re.compile(
    rf"{S}or{S}(?:more|less|greater|fewer|above|below|equal)(?:{S}than|{S}to(?!{S}\d))?\b", re.I
)
_SUFFIX_DT = re.compile(
    rf"{S}(?:or|and){S}(?:later|earlier|after)\b(?!{S}than)(?={S0}(?:[.,;:!?)]|$|or\b|and\b))", re.I
)
_PREFIX_IN = re.compile(rf"\b(?:in|within){S}$", re.I)
_THE_OF = re.compile(
    rf"(?:(?:{TW}{S0}-?{S0})?{ORDWORD}|\d+(?:st|nd|rd|th)|last|first|final)\b.*\bof\b|\d+(?:st|nd|rd|th)\b",
    re.I,
)
_AT_BEFORE = re.compile(rf"\bat{S}$", re.I)
_ON_THE_BEFORE = re.compile(rf"\b(?:on{S}the|on|the){S}$", re.I)
_THE_BEFORE = re.compile(rf"\bthe{S}$", re.I)


_CMP_LOWER_OPEN = re.compile(r"more|greater|bigger|larger|higher|above|over|exceed|>(?!=| =)", re.I)
_CMP_LOWER_CLOSED = re.compile(
    r"at least|no less|not less|no fewer|or more|>=|> =|=>|or equal", re.I
)
_CMP_UPPER_CLOSED = re.compile(r"at most|no more|not more|up to|or less|or fewer|<=|< =|=<", re.I)


def _interval(words: str, value: str) -> str:
    """Interval notation for a comparative: "more than 30" -> "(30,)", "at most 100" -> "(,100]"."""
    w = words.lower()
    if re.search(r"\bequal", w) and not re.search(
        r"than|least|most|more|less|greater|fewer|above|below", w
    ):
        return f"[{value},{value}]"
    upper = re.search(r"less|smaller|lower|fewer|below|under|at most|up to|<", w)
    if _CMP_UPPER_CLOSED.search(w) or upper and "equal" in w:
        return f"(,{value}]"
    if upper and not _CMP_LOWER_OPEN.search(w):
        return f"(,{value})"
    if _CMP_LOWER_CLOSED.search(w):
        return f"[{value},)"
    if _CMP_LOWER_OPEN.search(w):
        return f"({value},)"
    return f"(,{value})"


_PREFIX_ENDS = _CMP_ENDS | {
    "after",
    "around",
    "as",
    "at",
    "before",
    "beginning",
    "between",
    "circa",
    "equal",
    "equaling",
    "equals",
    "from",
    "in",
    "of",
    "on",
    "since",
    "starting",
    "the",
    "till",
    "until",
    "w/c",
    "within",
}

# nouns a bare number after which names a thing rather than counts ("Highway 35", "exit 436")
_ID_NOUNS = {
    "highway",
    "route",
    "interstate",
    "exit",
    "building",
    "room",
    "gate",
    "platform",
    "suite",
    "apartment",
    "no.",
    "nos.",
    "chapter",
    "article",
    "section",
    "clause",
    "episode",
    "flight",
    "channel",
    "page",
    "version",
}
_AFTER_PRONOUN = {
    "is",
    "was",
    "who",
    "that",
    "which",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "and",
    "or",
    "but",
    "before",
    "after",
    "has",
    "had",
    "will",
    "would",
    "can",
    "could",
    "i",
    "he",
    "she",
    "they",
    "we",
    "you",
    "it",
}
_ONE_PRONOUN_BEFORE = {
    "this",
    "that",
    "the",
    "last",
    "next",
    "every",
    "each",
    "any",
    "which",
    "latest",
    "other",
    "same",
}
_ONE_TIME = re.compile(r"[ \t]?-[ \t]?(?:time|off)\b", re.I)


_ID_NOUN_LAST = {w[-1] for w in _ID_NOUNS} | {w[-1].upper() for w in _ID_NOUNS}


def _not_a_count(a: _Atom, text: str) -> bool:
    """A bare number that is half of a ratio ("4:3", "a 1:1 meeting"), a label ("Highway 35",
    "page-01"), the adjective "one-time" / "one-off" or the pronoun "one" ("no one", "the
    last one", "one another"): nothing a reader counts."""
    e = a.end
    if text[e : e + 1] in (":", "/") and text[e + 1 : e + 2].isdigit():
        return True
    t = text[a.start : e]
    j = a.start - 1
    if not t.isdigit():
        if a.value != "1" or t.lower() != "one":
            return False
        if _ONE_TIME.match(text, e) or text[e : e + 8].lower() == " another":
            return True  # "a one-time gain", "one another"
        # the pronoun: "no one", "this one", "the last one"
        if j <= 0 or text[j] != " ":
            return False
        lo = max(0, j - 8)
        k = text.rfind(" ", lo, j)
        before = text[k + 1 : j].lower() if k >= 0 or not lo else ""
        if before == "no":
            return True
        if before not in _ONE_PRONOUN_BEFORE:
            return False
        # ... and no noun after it ("the one thing", "only one run", "the one-match ban")
        w = _NEXT_WORD.match(text, e).group(1)
        if not w or not w[0].isalnum() and w[0] != "-":
            return True
        return w.lower().rstrip(".,;:!?)'\"") in _AFTER_PRONOUN
    if j > 0 and text[j] == "-" and text[j - 1].isalpha():
        # the tail of a code or a file name ("L-202", "page-01"), not a score ("4-for-5")
        k = j - 1
        while k > j - 6 and k > 0 and text[k - 1].isalpha():
            k -= 1
        return text[k:j].lower() not in ("for", "of", "in", "to", "and", "by", "out", "or")
    if j <= 0 or text[j] != " " or text[j - 1] not in _ID_NOUN_LAST:
        return False  # (most numbers follow a word no label noun ends like, or a number)
    lo = max(0, j - 12)
    k = text.rfind(" ", lo, j)
    if k < 0 and lo:
        return False
    w = text[k + 1 : j].lower()
    if w == "." and k >= 2 and text[k - 2 : k].lower() == "no":
        w = "no."  # tokenised "No . 1"
    return w in _ID_NOUNS


def _compose(atoms: list[_Atom], text: str) -> list[_Atom]:
    for _ in range(3):
        changed = False
        out: list[_Atom] = []
        i, n = 0, len(atoms)
        while i < n:
            cur = atoms[i]
            while i + 1 < n and atoms[i + 1].start - cur.end <= 16:
                merged = _try_merge(cur, atoms[i + 1], text)
                if merged is None:
                    break
                cur = merged
                i += 1
                changed = True
            out.append(cur)
            i += 1
        atoms = out
        if not changed:
            break
    final: list[_Atom] = []
    last_end = 0
    for a in atoms:
        c = a.cls
        if c == "N" and not a.rng and _not_a_count(a, text):
            continue
        lo = max(last_end, a.start - 30)
        j = a.start - 1
        if j >= lo and text[j] in " \t\u00a0":
            k = max(text.rfind(" ", lo, j), text.rfind("\u00a0", lo, j))
            if k < 0:
                k = lo - 1
            w = text[k + 1 : j].lower()
            gated = w in _PREFIX_ENDS or not w or len(w) > 12
            cmp_gated = gated and (w in _CMP_ENDS or not w or len(w) > 12)
        else:
            gated = cmp_gated = j >= lo and text[j] in "<>=-"
        if not gated:
            pass
        elif a.rng and c == "N":
            m = _PREFIX_RANGE.search(text, lo, a.start)
            if m:
                a.start = m.start()
        if c in "DTPUY" and gated:
            if a.rng:
                m = _PREFIX_RANGE.search(text, lo, a.start)
                if m is None and c in "DY" and _YEAR_RANGE.fullmatch(text, a.start, a.end):
                    m = _PREFIX_IN.search(text, lo, a.start)
                if m:
                    a.start = m.start()
            if c == "U":
                m = _PREFIX_IN.search(text, lo, a.start)
                if m:
                    a.start = m.start()
            if c == "D" and _THE_OF.match(text, a.start, a.end):
                m = _THE_BEFORE.search(text, lo, a.start)
                if m:
                    a.start = m.start()
            for _ in range(2):
                m = _PREFIX_DT.search(text, lo, a.start)
                if not m or c == "U":
                    break
                a.start = m.start()
        if c in "DTPUY":
            m = (
                _SUFFIX_DT.match(text, a.end)
                if text[a.end + 1 : a.end + 4].lower() in ("or ", "and")
                else None
            )
            if m and c in "DYT":
                a.end = m.end()
            if c == "Y":
                y = int(text[a.start : a.end][-4:]) if text[a.end - 4 : a.end].isdigit() else 0
                if a.start == a.end - 4 and (
                    y > 2100
                    and not re.search(rf"\b(?:in|by|until|till|year){S}$", text[lo : a.start])
                    or (y % 100 == 0 and _PLURAL_AFTER.match(text, a.end))
                ):
                    a.label, a.value, a.cls = "CARDINAL", str(y), "N"
                elif a.start == a.end - 4:
                    a.value = str(y)
        if a.cls == "Y" and cmp_gated and a.start == a.end - 4:
            m = _PREFIX_CMP.search(text, lo, a.start)
            if m and not m.group().lower().startswith(("over", "under")):
                a.cls, a.label = "N", "CARDINAL"
        if a.cls in "NU" or (a.cls == "D" and text[a.start : a.start + 1].isdigit()):
            m = (
                (_PREFIX_CMP if a.cls == "N" else _PREFIX_CMP_U).search(text, lo, a.start)
                if cmp_gated
                else None
            )
            words = ""
            if m:
                a.start = m.start()
                words = m.group()
            m = (
                _SUFFIX_CMP.match(text, a.end)
                if text[a.end + 1 : a.end + 4].lower() == "or "
                else None
            )
            if m and a.cls == "N":
                a.end = m.end()
                words += " " + m.group()
            if words and a.cls == "N" and a.value and not a.rng:
                a.value = _interval(words, a.value)
        if a.cls == "N" and a.value and "." in a.value and _HMM.fullmatch(text, a.start, a.end):
            m = _AT_BEFORE.search(text, lo, a.start) if gated else None
            if m:
                a.start, a.label, a.value = m.start(), "TIME", None
        if (
            a.cls == "O"
            and _DAYNUM.match(text[a.start : a.end])
            and not text[a.start : a.end].isdigit()
        ):
            m = _ON_THE_BEFORE.search(text, lo, a.start)
            nxt = text[a.end : a.end + 2]
            if (
                m
                and (not nxt or not nxt[-1:].isalnum() or nxt[:1] in ".,;!?)")
                and not nxt.strip()[:1].isalnum()
            ):
                t = _THE_BEFORE.search(text, lo, a.start)
                if t:
                    a.start = t.start()
                a.label, a.cls = "DATE", "D"
        if (
            final
            and a.cls == "N"
            and final[-1].cls == "N"
            and a.value
            and final[-1].value
            and a.value[0] in "[("
            and final[-1].value[0] in "[("
            and _INTERVAL.match(a.value)
            and _INTERVAL.match(final[-1].value)
            and text[final[-1].end : a.start].strip().lower() == "and"
        ):
            merged = _join_intervals(final[-1].value, a.value)
            if merged:
                final[-1].end, final[-1].value = a.end, merged
                last_end = a.end
                continue
        final.append(a)
        last_end = a.end
    return final


_INTERVAL = re.compile(r"^[\[(](-?[\d.e+]*),(-?[\d.e+]*)[\])]$")


def _join_intervals(v1: str, v2: str) -> str | None:
    """ "(100,)" + "(,300)" -> "(100,300)": a lower and an upper bound joined by "and"."""
    a, b = _INTERVAL.match(v1), _INTERVAL.match(v2)
    try:
        lo = float(a.group(1) or b.group(1))
        hi = float(b.group(2) or a.group(2))
    except ValueError:
        return None
    if lo >= hi:
        return None
    if a.group(1) and not a.group(2) and b.group(2) and not b.group(1):
        return v1[0] + a.group(1) + "," + b.group(2) + v2[-1]
    if b.group(1) and not b.group(2) and a.group(2) and not a.group(1):
        return v2[0] + b.group(1) + "," + a.group(2) + v1[-1]
    return None


TRIGGER_WORDS = (
    set(UNITS)
    | set(TENS)
    | set(SCALES)
    | set(ORDINALS)
    | set(FRACTIONS)
    | set(MONTHS)
    | set(WEEKDAYS)
    | {w + "s" for w in WEEKDAYS if w.endswith("day")}
    | set(SETS)
    | {h.split()[0] for h in HOLIDAYS if not h.startswith(("new", "international", "may"))}
    | {
        w
        for w in TIME_UNITS
        if " " not in w and w not in ("sec", "secs", "min", "mins", "hr", "hrs", "yr", "yrs")
    }
    | {
        "today",
        "tomorrow",
        "yesterday",
        "tonight",
        "tonite",
        "now",
        "noon",
        "noonish",
        "midnight",
        "midday",
        "morning",
        "mornings",
        "afternoon",
        "afternoons",
        "evening",
        "evenings",
        "night",
        "nights",
        "daytime",
        "nighttime",
        "lunchtime",
        "dinnertime",
        "lunch",
        "dinner",
        "breakfast",
        "overnight",
        "summer",
        "winter",
        "autumn",
        "semester",
        "eod",
        "otd",
        "dozen",
        "dozens",
        "half",
        "minus",
        "negative",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "cy",
        "fy",
        "dollar",
        "usd",
        "eur",
        "gbp",
        "jpy",
        "rmb",
        "cny",
        "aud",
        "chf",
        "inr",
        "krw",
        "hkd",
        "sgd",
        "nzd",
        "mxn",
        "brl",
        "zar",
        "pln",
        "kpw",
        "btc",
        "meur",
        "musd",
        "maud",
        "mgbp",
        "weekend",
        "weekends",
        "fortnight",
        "week",
        "present",
        "percent",
    }
)
PREFIX_WORDS = {
    "the",
    "a",
    "an",
    "in",
    "within",
    "this",
    "next",
    "last",
    "previous",
    "coming",
    "following",
    "past",
    "upcoming",
    "current",
    "same",
    "that",
    "early",
    "late",
    "later",
    "earlier",
    "end",
    "beginning",
    "start",
    "middle",
    "of",
    "all",
    "each",
    "every",
    "any",
    "other",
    "few",
    "some",
    "several",
    "couple",
    "first",
    "second",
    "third",
    "fourth",
    "final",
    "at",
    "new",
    "right",
    "mid",
    "school",
    "fiscal",
    "calendar",
    "financial",
    "black",
    "good",
    "independence",
    "labor",
    "labour",
    "memorial",
    "boxing",
    "valentine's",
    "mother's",
    "father's",
    "chinese",
    "lunar",
    "veterans",
    "armistice",
    "bastille",
    "workers'",
    "workers",
    "international",
    "age",
    "aged",
}
TRIGGER_WORDS |= {"rs", "cent", "percentage"}
TRIGGER_WORDS |= {
    "celsius",
    "celcius",
    "centigrade",
    "centigrate",
    "fahrenheit",
    "farenheit",
    "lunch",
    "dinner",
    "breakfast",
}
TRIGGER_WORDS |= {
    "date",
    "to date",
    "time",
    "last",
    "next",
    "previous",
    "current",
    "penultimate",
    "antepenultimate",
}
PREFIX_WORDS |= {"working", "business", "year", "per", "degrees", "degree"}
_LONG_DIGITS = re.compile(r"[0-9.,/:\-]{48,}")
_DATE_AHEAD = re.compile(r"\d+-\d")
_DIGIT_TRIG = re.compile(r"[0-9$€£¥₹₩₽₡₭₦₱₪฿₫₴₺₿½¼¾⅓⅔⅛]+")
_CUR_BACK = re.compile(r"(?<![a-z0-9])(?:us|u\.s\.|c|ca|cad|a|au|hk|nz|s|r|mex|mxn) ?$")
_TOKEN_BACK = re.compile(r"(?<![\w-])[a-z][\w-]*$")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

try:  # Aho-Corasick finds the trigger words in one C pass
    import ahocorasick as _ac

    _AUTOMATON = _ac.Automaton()
    for _w in TRIGGER_WORDS:
        if _w not in ("a", "an"):
            _AUTOMATON.add_word(_w, len(_w))
    _AUTOMATON.make_automaton()
    _TRIG_RE = None
except ImportError:  # pragma: no cover - the dependency is declared; this keeps it optional
    _AUTOMATON = None
    _TRIG_RE = re.compile(
        r"(?<![a-z0-9])" + _alt(w for w in TRIGGER_WORDS if w not in ("a", "an")) + r"(?![a-z])"
    )
_A_AN = re.compile(r"(?<![a-z0-9'])an? (?=[a-z½]+)")


def _triggers(low: str) -> list[tuple[int, int]]:
    """(start, length) of every trigger: digit runs (length 0) and trigger words."""
    pos = [(m.start(), 0) for m in _DIGIT_TRIG.finditer(low)]
    if len(low) > 64:  # runs of digits too long to be a number are skipped whole
        pos += [(m.start(), -(m.end() - m.start())) for m in _LONG_DIGITS.finditer(low)]
    n = len(low)
    if _AUTOMATON is not None:
        for end, length in _AUTOMATON.iter_long(low):
            st = end - length + 1
            if st > 0 and (low[st - 1].isalnum() or low[st - 1] == "$"):
                continue
            if end + 1 < n and low[end + 1].isalpha():
                continue
            pos.append((st, length))
    else:
        pos.extend((m.start(), m.end() - m.start()) for m in _TRIG_RE.finditer(low))
    pos.sort()
    return pos


PREFIX_WORDS_NUM = {
    "last",
    "next",
    "past",
    "previous",
    "coming",
    "following",
    "upcoming",
    "age",
    "aged",
    "week",
    "mid",
    "school",
    "fiscal",
    "calendar",
    "this",
    "a",
}
PREFIX_WORDS_NUM |= {"end", "beginning", "start", "middle", "of", "the", "year", "early", "late"}
# prefixes that never start a reading of the digits after them ("a 29-8 lead": no branch of
# the grammar begins "a <digit>"), so they do not hold a number off the fast path
_WEAK_PREFIX = {"the", "of", "a", "at"}
_NOT_NEXT_NUM = {
    "and",
    "to",
    "in",
    "on",
    "at",
    "or",
    "that",
    "this",
    "from",
    "after",
    "before",
    "since",
    "by",
    "about",
    "between",
    "the",
}
_NOT_NEXT_WORD = {"in", "on", "at", "or", "that", "this", "since", "by", "about", "between"}


def _prefix_starts(low: str, p: int, floor: int, blanked: str) -> list[int]:
    """Starts of up to three prefix words ("the last", "in the", "mid-") before ``p``;
    ``blanked`` is ``low`` with no-break spaces as spaces."""
    out = []
    q = p
    ch = low[p]
    if ch == "$":
        m = _CUR_BACK.search(low, max(floor, p - 6), p)
        if m:
            out.append(m.start())
            return out
    # (the grammar reads a leading "." or "-" only where its look-behind allows: not after a
    # word character, "1-0" and "0.596" cut by the end of the previous match included)
    if (
        q > floor
        and low[q - 1] == "."
        and ch.isdigit()
        and (q < 2 or not (low[q - 2].isalnum() or low[q - 2] in "_./:"))
    ):
        out.append(q - 1)  # ".25"
        return out
    if q > floor and low[q - 1] == "-":
        m = _TOKEN_BACK.search(low, max(floor, q - 30), q)
        if m:
            out.append(m.start())
            return out
        if (
            ch.isdigit()
            and (q < 2 or not (low[q - 2].isalnum() or low[q - 2] in "_-–"))
            and not _DATE_AHEAD.match(low, p)
        ):
            out.append(q - 1)  # a minus sign
            return out
    words = PREFIX_WORDS_NUM if ch.isdigit() else PREFIX_WORDS
    for _ in range(3):
        j = q - 1
        if j <= floor or blanked[j] != " ":
            break
        start = floor if floor > j - 16 else j - 16
        k = blanked.rfind(" ", start, j)
        if k < 0:
            if start != floor and start != 0:
                break
            k = start - 1
        if low[k + 1 : j] not in words:
            break
        q = k + 1
        out.append(q)
    out.reverse()
    if out and ch.isdigit() and all(low[q : blanked.find(" ", q)] in _WEAK_PREFIX for q in out):
        return []
    return out


_slow = False  # tests set it to check that the fast path agrees with the grammar
_NUMTOK = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?")
_NEXT_WORD = re.compile(r"[ \t\u00a0\u202f]*(\S*)")
_LEFT_BAD = set("-–./:$€£¥+(&@#_'\"") | set("abcdefghijklmnopqrstuvwxyz0123456789")
_SPACES = set(" \xa0\u202f\t")
_RIGHT_OK = set('\n\r\t,.;!?)]}"”’')
_NEXT_SET = (
    set(UNITS)
    | set(TENS)
    | set(SCALES)
    | set(ORDINALS)
    | set(FRACTIONS)
    | set(MONTHS)
    | set(WEEKDAYS)
    | {w + "s" for w in WEEKDAYS if w.endswith("day")}
    | set(TIME_UNITS)
    | {w for k in QTY_UNITS for w in k.split()}
    | {w for k in CUR_POST for w in k.split()}
    | {w for k in TEMP_UNITS for w in k.split()}
    | {c.lower() for c in CUR_CODES}
    | {w for k in HOLIDAYS for w in k.split()}
    | {
        "and",
        "to",
        "through",
        "thru",
        "till",
        "until",
        "or",
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "a.m",
        "p.m",
        "o'clock",
        "oclock",
        "past",
        "point",
        "dozen",
        "dozens",
        "doz",
        "dozs",
        "upcoming",
        "next",
        "last",
        "previous",
        "coming",
        "following",
        "ago",
        "later",
        "earlier",
        "from",
        "hence",
        "at",
        "around",
        "on",
        "in",
        "of",
        "the",
        "this",
        "that",
        "tomorrow",
        "today",
        "yesterday",
        "tonight",
        "tonite",
        "now",
        "old",
        "degrees",
        "degree",
        "deg",
        "deg.",
        "percent",
        "per",
        "pct",
        "percentage",
        "percents",
        "s",
        "yo",
        "y/o",
        "k",
        "bn",
        "bln",
        "b",
        "m",
        "mm",
        "mil",
        "mln",
        "mn",
        "g",
        "tn",
        "tln",
        "trn",
        "x",
        "weekend",
        "weekends",
        "century",
        "week",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "mid",
        "early",
        "late",
        "noon",
        "midnight",
        "between",
        "before",
        "after",
        "since",
        "by",
        "about",
        "morning",
        "mornings",
        "afternoon",
        "afternoons",
        "evening",
        "evenings",
        "night",
        "nights",
        "daytime",
        "lunchtime",
        "dinnertime",
        "each",
        "every",
        "a",
        "an",
        "half",
        "quarter",
        "quarters",
        "business",
        "working",
        "minus",
        "over",
        "out",
    }
)
_NEXT_SET |= {w.rstrip(".,") for w in list(_NEXT_SET)}
_NEXT_SET |= {w + "," for w in _NEXT_SET} | {w + "." for w in _NEXT_SET}
_NEXT_SET |= set('%$€£¥°º"-–—~/([<&₹₩₽₡₭₦₱₪฿₫₴₺₿') | {"per", "cent"}


def _solo_kinds() -> dict[str, str]:
    """What the grammar makes of each trigger word standing alone ("" = nothing)."""
    out = {}
    for w in TRIGGER_WORDS:
        probe = f"{w} zz"
        m = ATOMS_LC.match(probe)
        if m is not None and m.end() == len(w):
            out[w] = _KIND.get(m.lastgroup, m.lastgroup)
        elif m is None:
            out[w] = ""
    return out


_SOLO = _solo_kinds()
# words whose reading depends on their neighbours ("at last", "good morning"): never fast
for _w, _k in list(_SOLO.items()):
    if _k in ("ordrel", "tod") or _w == "to date":
        _SOLO[_w] = None
PREFIX_WORDS |= {"before", "after"}
_NEXT_SET |= {"couple", "few", "several", "some", "celsius", "fahrenheit"}


# "(19-7)", "(3-1)," a score in brackets: closed straight after, so no phone number either
_DFAST_PAREN = re.compile(r"\d{1,3}-\d{1,3}[),;]")
_DFAST = re.compile(r"((?:19|20)\d\d-[01]\d-[0-3]\d)|(\d{1,3})-(\d{1,3})(?=[\s,;)]|\.(?!\d)|$)")
_PARTS = {
    "morning",
    "afternoon",
    "evening",
    "night",
    "daytime",
    "nighttime",
    "lunchtime",
    "dinnertime",
    "mornings",
    "afternoons",
    "evenings",
    "nights",
}
_PLURAL_UNITS = {w for w in TIME_UNITS if w.endswith("s") and " " not in w and w != "weekends"}
_ORDTOK = re.compile(r"(\d{1,4})(?:st|nd|rd|th)(?![a-z0-9])")
_ORD_FIRST = set("snrt")  # what follows the digits of an ordinal ("1st", "2nd", "3rd", "4th")
_BLANKS = set(" \xa0")
_PREFIX_LAST = {w[-1] for w in PREFIX_WORDS | PREFIX_WORDS_NUM}  # how prefix words end
_PUNCT_OK = set(".,;:!?()]}'\"”’…")
_NOT_NEXT_CARD = _NOT_NEXT_WORD | {"of"}
_NOT_NEXT_ORD = _NOT_NEXT_WORD | {"and", "to"}
_NOT_NEXT_REL = _NOT_NEXT_WORD | {"and", "through", "till", "until"}  # weekdays, "this year"
_NOT_NEXT_WEEKDAY = _NOT_NEXT_REL | {"to", "of"}
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NOT_NEXT_DATE = {"on", "at", "or", "that", "this", "since", "by", "about", "and", "until", "till"}
_HMM = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_CHAIN: dict[str, str] = {}


def _chain_kind(phrase: str) -> str:
    """What the grammar makes of a short phrase ("this year") standing alone; cached."""
    kind = _CHAIN.get(phrase)
    if kind is None:
        m = ATOMS_LC.match(phrase + " zz")
        kind = (
            _KIND.get(m.lastgroup, m.lastgroup) if m is not None and m.end() == len(phrase) else "?"
        )
        if len(_CHAIN) < 50000:
            _CHAIN[phrase] = kind
    return kind


def _lone(low: str, stop: int, n: int, kind: str, word: bool) -> bool:
    """True when the token ending at ``stop`` cannot be extended by what follows it."""
    if stop >= n:
        return True
    nxt = low[stop]
    if nxt in _SPACES:
        w2 = _NEXT_WORD.match(low, stop).group(1)
        if not w2:
            return True
        c = w2[0]
        if c in "-–" and len(w2) == 1 and not word:
            # "4 - Peter Nicol": a dash and a word that no unit, range or date starts
            w4 = _NEXT_WORD.match(low, _NEXT_WORD.match(low, stop).end()).group(1)
            w4 = w4.rstrip(".,;:!?)'’")
            return w4.isalpha() and w4 not in _NEXT_SET
        if c.isalpha():
            w3 = w2.rstrip(".,;:!?)'’")
            if w3 not in _NEXT_SET and w3.split("-", 1)[0] not in _NEXT_SET:
                return True
            if word:
                if kind == "num":
                    return w3 in _NOT_NEXT_CARD
                return w3 in (
                    _NOT_NEXT_ORD
                    if kind == "ord"
                    else _NOT_NEXT_WEEKDAY
                    if kind == "rel" and low.endswith(_WEEKDAY_NAMES, max(0, stop - 9), stop)
                    else _NOT_NEXT_REL
                    if kind == "rel"
                    else _NOT_NEXT_DATE
                    if kind == "date"
                    else _NOT_NEXT_WORD
                )
            return w3 in _NOT_NEXT_NUM
        if c.isdigit():
            if word:
                return False
            # "3 1 0 2" (tables): only "40 000", "2016 10 16", "2 1/4" continue
            return not (
                (
                    stop >= 4
                    and low[stop - 4 : stop].isdigit()
                    and (stop == 4 or not low[stop - 5].isalnum())
                )
                or (len(w2) >= 3 and w2[:3].isdigit() and not w2[3:4].isdigit())
                or "/" in w2
            )
        if c == "." and not word and w2[1:2].isdigit():
            return True  # "66 .511" (a table's next column): no branch reads on into it
        if c == "(" and (word or w2[1:2].isdigit() or w2[1:].strip("()[],.;:") not in _NEXT_SET):
            return True
        return all(ch in _PUNCT_OK for ch in w2) and (word or c != '"') or w2 in ("'s", "’s")
    if nxt in _RIGHT_OK:
        if nxt not in ",.":
            return True
        return not (
            low[stop + 1 : stop + 2].isdigit() or word and low[stop + 2 : stop + 3].isdigit()
        )
    if word and nxt == ":":
        return stop + 1 >= n or not low[stop + 1].isdigit()
    if kind == "rel" and nxt in "'’" and low.endswith(_WEEKDAY_NAMES, max(0, stop - 9), stop):
        return low[stop + 1 : stop + 2] == "s" and not low[stop + 2 : stop + 3].isalnum()
    return False


_CODE_REACH = 240  # beyond any match and its look-around, in characters


def _matchers(text: str, low: str):
    """The grammar's match functions for this text: the fast lower-case grammar on ``low``
    except near an upper-case currency code or a letter that only re.IGNORECASE folds,
    where the case-insensitive grammar reads ``text``; both give the same matches."""
    blind = (
        [m.start() for m in _FOLD_EXTRAS.finditer(text)]
        if any(c in text for c in _FOLD_CHARS)  # rare: one scan per character beats a regex
        else []
    )
    blind += [
        m.start()
        for m in _CODE_AT.finditer(text)
        if not text[m.start() - 1 : m.start()].isalpha()
        or _NUMBER_WORD_END.search(text, max(0, m.start() - 40), m.start()) is not None
    ]
    blind.sort()

    def pick(fast: re.Pattern, name: str):
        if not blind:
            return lambda _text, pos: fast.match(low, pos)
        full = case_insensitive_grammar(name)

        def match(_text: str, pos: int):
            k = bisect_left(blind, pos - 8)
            if k == len(blind) or blind[k] > pos + _CODE_REACH:
                m = fast.match(low, pos)
                if m is None or m.end() < pos + _CODE_REACH - 16:
                    return m
            return full.match(text, pos)

        return match

    return (
        pick(ATOMS_LC, "all"),
        pick(ATOMS_DIGIT_LC, "digit"),
        pick(ATOMS_MONTH_LC, "month"),
    )


def find_numbers(text: str, *, trace: Trace | None = None) -> list[Span]:
    """Every number, quantity, amount of money, percentage, date and time in ``text``."""
    if not text:
        return []
    with cyclic_gc_paused():
        return _find(text)


def _find(text: str) -> list[Span]:
    low = text.lower()
    if len(low) != len(text):
        low = text.translate(_ASCII_LOWER)
    match, match_digit, match_month = _matchers(text, low)
    blanked = low.replace("\xa0", " ") if "\xa0" in low else low
    atoms: list[_Atom] = []
    append = atoms.append
    end = 0
    n = len(text)
    for p, length in _triggers(low):
        if p < end:
            continue
        if length < 0:
            end = p - length
            continue
        # a prefix needs a dot, a dash or a currency ("US$") before the trigger, or a blank
        # after a word ending as a prefix word does (never after a number, as in tables)
        c = low[p - 1]
        pre = (
            _prefix_starts(low, p, end, blanked)
            if (c in _BLANKS and low[p - 2] in _PREFIX_LAST) or c in ".-" or low[p] == "$"
            else ()
        )
        if not _slow:
            # fast paths: a lone token (or "this year") whose neighbours cannot extend it
            kind = None
            if not pre:
                if length:
                    word = low[p : p + length]
                    kind = _SOLO.get(word)
                    stop = p + length
                    if kind is None and word in _PARTS and low[max(0, p - 5) : p] != "good ":
                        kind = "tod"  # "morning", not "good morning"
                    elif kind == "" and word in _PLURAL_UNITS:
                        end = stop  # "hours", "days": never the start of anything
                        continue
                elif not (p and low[p - 1] in _LEFT_BAD) or (
                    low[p - 1] == "(" and _DFAST_PAREN.match(low, p)
                ):
                    md = _DFAST.match(low, p)
                    if md is not None:
                        if _lone(low, md.end(), n, "num", False):
                            end = md.end()
                            if md.group(1):
                                v = numeric_date_value(md.group(1))
                                if v:
                                    append(_Atom(p, end, "D", "DATE", v, dayish=True))
                            else:
                                for g in (2, 3):
                                    append(
                                        _Atom(
                                            md.start(g),
                                            md.end(g),
                                            "N",
                                            "CARDINAL",
                                            md.group(g).lstrip("0") or "0",
                                        )
                                    )
                            continue
                    else:
                        mt = _NUMTOK.match(low, p)
                        if mt is not None and low[mt.end() : mt.end() + 1] in _ORD_FIRST:
                            mo = _ORDTOK.match(low, p)
                            if mo is not None and _lone(low, mo.end(), n, "ord", False):
                                end = mo.end()
                                append(
                                    _Atom(p, end, "O", "ORDINAL", mo.group(1).lstrip("0") or "0")
                                )
                                continue
                        if mt is not None:
                            stop = mt.end()
                            kind = "num"
                            if stop - p < 4 and _lone(low, stop, n, kind, False):
                                # the commonest case: a short plain number ("3", "12", "250")
                                end = stop
                                t = low[p:stop]
                                append(
                                    _Atom(
                                        p,
                                        stop,
                                        "N",
                                        "CARDINAL",
                                        t.lstrip("0") or "0" if "." not in t else _fmt(float(t)),
                                    )
                                )
                                continue
            elif length and low[pre[0] : p].count(" ") == len(pre):
                # "in the second": the longest prefixed phrase the grammar reads whole, else
                # the trigger word alone (the prefixes cannot start anything else)
                stop = p + length
                for q in pre:
                    kind = _chain_kind(low[q:stop])
                    if kind != "?":
                        p = q
                        break
                else:
                    kind = _SOLO.get(low[p:stop])
            if kind is not None and _lone(low, stop, n, kind, bool(length)):
                end = stop
                if kind:
                    a = _classify(kind, text[p:stop], p, stop, text)
                    if a is not None:
                        append(a)
                continue
        m = None
        for q in pre:
            m = match(text, q)
            if m is not None and m.end() > p:
                break
            m = None
        if m is None:
            if length == 0 and low[p].isdigit():
                m = match_digit(text, p)
            elif length and low[p : p + length] in MONTHS:
                m = match_month(text, p)
            else:
                m = match(text, p)
            if m is None:
                continue
        s, e = m.span()
        a = _classify(_KIND.get(m.lastgroup, m.lastgroup), text[s:e], s, e, text)
        if a is not None:
            append(a)
            end = a.end
        else:
            end = m.end()
    if not atoms:
        return []
    spans = []
    for a in _compose(atoms, text):
        if 0 <= a.start < a.end <= n:
            spans.append(
                Span("number", a.label, a.start, a.end, text[a.start : a.end], a.value, a.unit)
            )
    return spans
