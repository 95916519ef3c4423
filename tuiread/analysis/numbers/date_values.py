"""ISO values of calendar dates as written: "September 15, 2017" -> "2017-09-15", "April of 87"
-> "1987-04", "9/15" -> "XXXX-09-15" (the year unknown), "15.09.2017" -> "2017-09-15".

Relative dates ("last month", "Tuesday") get no value here: they need the article's date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import compiled
from .lexicon import MONTHS, ONES, ORDINAL_ONES, ORDINAL_TENS, TENS
from .values import TOKENS, cardinal_value

_YEAR4 = compiled.compile(r"(?<!\d)(1[0-9]|20|21)(\d\d)(?!\d)")
MONTH_NAME = compiled.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-z])", re.I
)
_DAY_DIGITS = compiled.compile(r"(?<![\d])(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)")
_DAY_WORDS = compiled.compile(
    r"\b(?:(twenty|thirty)[\s-]*)?("
    + "|".join(sorted(ORDINAL_ONES, key=len, reverse=True))
    + r")\b"
    r"|\b(tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth)\b",
    re.I,
)
_YEAR_WORDS = compiled.compile(
    r"\b(nineteen|eighteen|twenty|seventeen|sixteen)\s+((?:"
    + "|".join(TENS)
    + r")(?:[\s-]*(?:"
    + "|".join(ONES)
    + r"))?|"
    + "|".join(ONES)
    + r"|hundred)\b|\btwo\s+thousand(?:\s+and\s+(\w+(?:[\s-]+\w+)?))?",
    re.I,
)
_SHORT_YEAR = compiled.compile(r"(?:'|\bof\s+)(\d\d)\b")


def year_of(text: str) -> int | None:
    """The year in a date phrase: "2017", "nineteen eighty six", "two thousand and five",
    "'87" or "of 87" (a two-digit year above 30 is in the 1900s)."""
    m = _YEAR4.search(text)
    if m:
        return int(m.group(0))
    m = _YEAR_WORDS.search(text)
    if m:
        if m.group(1):
            hi = ONES.get(m.group(1).lower()) or 20
            lo_text = m.group(2).lower()
            lo = 0 if lo_text == "hundred" else cardinal_value(TOKENS.findall(lo_text))
            return int(hi * 100 + (lo or 0))
        lo = cardinal_value(TOKENS.findall(m.group(3).lower())) if m.group(3) else 0
        return 2000 + int(lo or 0)
    m = _SHORT_YEAR.search(text)
    if m:
        yy = int(m.group(1))
        return 1900 + yy if yy > 30 else 2000 + yy
    return None


@lru_cache(maxsize=16384)
def date_value(text: str) -> str | None:
    """ISO value of a calendar date written with a month name ("September 15, 2017")."""
    m = MONTH_NAME.search(text)
    if not m:
        only_year = _YEAR4.search(text)
        return only_year.group(0) if only_year else None
    month = MONTHS[m.group(1).lower()]
    year = year_of(text)
    rest = text[: m.start()] + " " + text[m.end() :]
    if year is not None:
        rest = _YEAR4.sub(" ", rest)
        rest = _YEAR_WORDS.sub(" ", rest)
    day: int | float | None = None
    d = _DAY_DIGITS.search(rest)
    if d:
        day = int(d.group(1))
    else:
        w = _DAY_WORDS.search(rest)
        if w and w.group(2):
            day = ORDINAL_ONES[w.group(2).lower()] + (TENS[w.group(1).lower()] if w.group(1) else 0)
        elif w:
            day = ORDINAL_TENS.get(w.group(3).lower()) or ORDINAL_ONES.get(w.group(3).lower())
    y = f"{year:04d}" if year else "XXXX"
    if day:
        return f"{y}-{month:02d}-{int(day):02d}"
    return f"{y}-{month:02d}" if year else f"XXXX-{month:02d}"


_DIGIT_RUN = compiled.compile(r"\d+")
_DATE_SEPARATOR = compiled.compile(r"[-/. ]")


@lru_cache(maxsize=16384)
def numeric_date_value(text: str) -> str | None:
    """ISO value of a numeric date (2017-09-15, 9/15/2017, 15.09.2017, 12-2015, 9/15)."""
    if MONTH_NAME.search(text):
        return date_value(text)
    parts = [int(p) for p in _DIGIT_RUN.findall(text)]
    seps = _DATE_SEPARATOR.findall(text)
    if len(parts) == 3:
        first = _DIGIT_RUN.match(text.strip())
        if first is not None and len(first.group()) == 4:
            y, mo, d = parts
        else:
            a, b, y = parts
            if seps and seps[0] == "." or a > 12:
                d, mo = a, b  # 15.09.2017, 15/09/2017: the day first
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
