"""A time expression's words, normalised for the value rules, and the small parsers they share.

``words("Sept. 15, 2017")`` -> ``["sept", "15", "2017"]``; ``words("the third-quarter")`` ->
``["the", "third", "quarter"]``. Amounts ("two", "14", "twenty-four", "a couple of"), years
("1998", "'98", "nineteen ninety-four") and units ("weeks") are read from a word position and
return where they stopped, so a rule reads a phrase left to right without backtracking.
"""

from __future__ import annotations

import re

from .. import compiled
from .lexicon import MONTHS, NUMBER_WORDS, ORDINALS, PLURAL_UNITS, UNITS, VAGUE_AMOUNTS

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2013": "-", "\u2014": "-"})
# "p.m." after a blank or glued to the hour ("3pm"): not after a letter ("gap", "team")
_CLOCK_SUFFIX = compiled.compile(r"(?<![^\W\d])([ap])\.?\s?m\b\.?")
_ABBREVIATION_DOT = compiled.compile(r"(?<=[a-z])\.")
_POSSESSIVE = compiled.compile(r"'s\b")
_DECADE_APOSTROPHE = compiled.compile(r"(?<![\w])'(\d0s)\b|(?<=\d0)'(s)\b")  # "'80s", "1980's"
_WORD_HYPHEN = compiled.compile(r"(?<=[a-z0-9½¼¾])-(?=[a-z])|(?<=[a-z])-(?=[0-9a-z])")
_SPLIT = compiled.compile(r"[^\w:.'/-]+")
_DIGITS = compiled.compile(r"\d+(?:\.\d+)?")
# the comma that groups a number's thousands ("15,638 hours"): gone before the words split
_THOUSANDS_COMMA = compiled.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_FRACTION = compiled.compile(r"[1-9]/[2-9]")

VAGUE = -1.0  # an amount nobody counted ("several", "a few"): TIMEX3 writes X


def _clock_suffix(m: re.Match[str]) -> str:
    """ "p.m." -> "pm"; glued to the hour ("3pm", "11.30pm"), a word of its own."""
    k = m.start()
    return (" " if k and m.string[k - 1].isdigit() else "") + m.group(1) + "m"


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` with abbreviation dots, possessives, word hyphens and the
    commas of a number's thousands gone."""
    low = text.lower().translate(_APOSTROPHES)
    # each substitution only where the character it needs is (most phrases: "monday",
    # "1996", "last week"): a test in C instead of a scan by the regex engine
    if "m" in low:
        low = _CLOCK_SUFFIX.sub(_clock_suffix, low)
    if "'" in low:
        low = _DECADE_APOSTROPHE.sub(r"\1\2", low)
        low = _POSSESSIVE.sub("", low)
    if "." in low:
        low = _ABBREVIATION_DOT.sub("", low)
    if "-" in low:
        low = _WORD_HYPHEN.sub(" ", low)
    if "," in low:
        low = _THOUSANDS_COMMA.sub("", low)
    return [w.strip(".'-/") for w in _SPLIT.split(low) if w.strip(".'-/")]


_MILLIONS = {"million": 1e6, "billion": 1e9}
_GLUED_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def read_amount(w: list[str], i: int) -> tuple[float | None, int]:
    """The amount that starts at ``w[i]`` and the index after it; (None, i) when there is none.

    Digits ("14", "2.5"), number words up to thousands ("twenty four", "a hundred"), "a"/"an",
    "a couple of", "a dozen" and vague amounts ("several", "a few": VAGUE), with a trailing
    "and a half"; times a million or a billion where the word follows ("12 million years").
    """
    n = len(w)
    if i >= n:
        return None, i
    for size in (3, 2, 1):
        if i + size <= n and " ".join(w[i : i + size]) in VAGUE_AMOUNTS:
            j = i + size
            if j < n and w[j] == "of":
                j += 1
            return VAGUE, j
    word = w[i]
    if _DIGITS.fullmatch(word):
        value, j = float(word), i + 1
    elif word[-1:] in _GLUED_FRACTIONS and word[:-1].isdigit():  # "6½ hours"
        value, j = int(word[:-1]) + _GLUED_FRACTIONS[word[-1]], i + 1
    elif word in ("half", "half-an", "half-a") and i + 1 < n and w[i + 1] in ("a", "an"):
        return 0.5, i + 2
    elif word in NUMBER_WORDS:
        value, j = _number_words(w, i)
    else:
        return None, i
    if j < n and w[j] in _MILLIONS:  # "12 million years", "4.5 billion years": geology
        value, j = value * _MILLIONS[w[j]], j + 1
    if w[j : j + 3] == ["and", "a", "half"]:
        value, j = value + 0.5, j + 3
    elif j < n and _FRACTION.fullmatch(w[j]) and value == int(value):
        top, bottom = w[j].split("/")
        if 0 < int(top) < int(bottom):
            value, j = value + int(top) / int(bottom), j + 1
    return value, j


def _number_words(w: list[str], i: int) -> tuple[float, int]:
    """Read "twenty four", "a hundred", "two thousand", "a couple (of)", "a dozen"."""
    total, current, j, n = 0, 0, i, len(w)
    while j < n and w[j] in NUMBER_WORDS:
        word, value = w[j], NUMBER_WORDS[w[j]]
        if word in ("a", "an"):
            if j != i:
                break
            current = 1
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif word in ("couple", "dozen"):
            current = (current or 1) * value
        else:
            rest = current % 100
            fits = rest == 0 or (rest >= 20 and rest % 10 == 0 and value < 10)
            if not fits or (current == 1 and j == i + 1 and w[i] in ("a", "an")):
                break
            current += value
        j += 1
    if j < n and w[j] == "of" and w[j - 1] in ("couple", "dozen"):
        j += 1
    return float(total + current), j


def read_unit(w: list[str], i: int) -> tuple[str | None, bool, int]:
    """The time unit at ``w[i]``: (singular key of UNITS, plural?, next index)."""
    if i >= len(w):
        return None, False, i
    word = w[i]
    if word in UNITS:
        return word, False, i + 1
    if word in PLURAL_UNITS:
        return PLURAL_UNITS[word], True, i + 1
    return None, False, i


def read_year(w: list[str], i: int) -> tuple[int | None, int]:
    """A year at ``w[i]``: "1998", "'98", "98" after a month, "nineteen ninety-four",
    "two thousand (and) one". Returns (year, next index) or (None, i)."""
    if i >= len(w):
        return None, i
    word = w[i]
    if word.isdigit() and len(word) == 4 and 1000 <= int(word) <= 2199:
        return int(word), i + 1
    if word.startswith("'") and word[1:].isdigit() and len(word) == 3:
        two = int(word[1:])
        return (1900 + two if two >= 30 else 2000 + two), i + 1
    if word in ("nineteen", "eighteen", "twenty") and i + 1 < len(w):
        century = NUMBER_WORDS[word] * 100
        tail, j = _year_tail(w, i + 1)
        if tail is not None and (word != "twenty" or tail < 100):
            return century + tail, j
    if word == "two" and i + 1 < len(w) and w[i + 1] == "thousand":
        j = i + 2
        if j < len(w) and w[j] == "and":
            j += 1
        tail, k = _year_tail(w, j)
        return 2000 + (tail or 0), (k if tail is not None else i + 2)
    return None, i


# "FY2026", "FY27", "FY'26", "FY2025/26", "FY 2025-26" (the words joined): a year in a code
_FISCAL_CODE = compiled.compile(r"[cf]y'?((?:19|20)?\d\d)(?:[-/]((?:19|20)?\d\d))?")


def fiscal_code(w: list[str]) -> str | None:
    """The TIMEX3 value of a fiscal (or calendar) year written as a code, as companies and
    governments write it: "FY2026" and "FY26" -> "2026", as "fiscal 2026" is; "FY 2025-26"
    and "FY2025/26", a year that runs into the next (the British and Indian fiscal year)
    -> "2025/2026", as the season "2025-26" is. Two digits are this century's, or the last
    century's from 50 ("FY99"); a second year that does not follow the first is no code."""
    m = _FISCAL_CODE.fullmatch("".join(w))
    if m is None:
        return None
    first, second = m.group(1), m.group(2)
    year = int(first) if len(first) == 4 else (1900 if int(first) >= 50 else 2000) + int(first)
    if second is None:
        return f"{year:04d}"
    if int(second) != ((year + 1) if len(second) == 4 else (year + 1) % 100):
        return None
    return f"{year:04d}/{year + 1:04d}"


def _year_tail(w: list[str], i: int) -> tuple[int | None, int]:
    """The last two digits of a spoken year: "ninety four", "oh five", "ten"."""
    if i >= len(w):
        return None, i
    word = w[i]
    if word in ("oh", "o") and i + 1 < len(w) and NUMBER_WORDS.get(w[i + 1], 99) < 10:
        return NUMBER_WORDS[w[i + 1]], i + 2
    value = NUMBER_WORDS.get(word)
    if value is None or value >= 100 or word in ("a", "an", "couple", "dozen"):
        return None, i
    if value >= 20 and value % 10 == 0 and i + 1 < len(w):
        ones = NUMBER_WORDS.get(w[i + 1])
        if ones is not None and 0 < ones < 10 and w[i + 1] not in ("a", "an"):
            return value + ones, i + 2
    return value, i + 1


def read_day_of_month(w: list[str], i: int) -> tuple[int | None, int]:
    """A day of the month at ``w[i]``: "15", "15th", "fifteenth", "the 15th (of)"."""
    j = i + 1 if i < len(w) and w[i] == "the" else i
    if j >= len(w):
        return None, i
    word = w[j]
    day: int | None = None
    if word.isdigit() and len(word) <= 2:
        day = int(word)
    elif word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th") and len(word) <= 4:
        day = int(word[:-2])
    elif word in ORDINALS:
        day = ORDINALS[word]
        if word in ("twentieth", "thirtieth") and j + 1 < len(w) and w[j + 1] in ORDINALS:
            day += ORDINALS[w[j + 1]]
            j += 1
    elif word in ("twenty", "thirty") and j + 1 < len(w) and w[j + 1] in ORDINALS:
        day = NUMBER_WORDS[word] + ORDINALS[w[j + 1]]
        j += 1
    if day is None or not 1 <= day <= 31:
        return None, i
    j += 1
    if j < len(w) and w[j] == "of":
        j += 1
    return day, j


def read_month(w: list[str], i: int) -> tuple[int | None, int]:
    if i < len(w) and w[i] in MONTHS:
        return MONTHS[w[i]], i + 1
    return None, i


def amount_text(amount: float) -> str:
    """2.0 -> "2", 2.5 -> "2.5": TIMEX3 writes whole amounts without a point."""
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"
