"""The value of a number written in digits and/or words: "3,000", "two thirds", "1.13bn",
"twenty-one trillion and three hundred", "minus five point five", "3 out of 4".

Values are formatted by :func:`format_value` as the plain text the spans carry ("3000",
"0.5", "1130000000"); none for infinities and NaN.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .. import compiled
from .lexicon import (
    DOZEN,
    FRACTIONS,
    MAGNITUDES,
    ONES,
    ORDINAL_SCALES,
    ORDINALS,
    SCALES,
    TENS,
    VULGAR_FRACTIONS,
)
from .patterns import NUMBER

TOKENS = compiled.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+", re.I)
_DIGIT_GROUP_SPACE = compiled.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_EXPONENT = compiled.compile(r"^([\d,]*\.?\d+)(x10\^|\^|e)([+-]*)(\d+)$")
_MIXED_FRACTION = compiled.compile(r"(-?)\s*(?:(\d+)(?:\s+|-))?(\d+)/(\d+)$")  # "2-1/4" too
_MAGNITUDE_SUFFIX = compiled.compile(
    r"^([\d.,]+)\s*(" + "|".join(sorted(MAGNITUDES, key=len, reverse=True)) + r")$", re.I
)
# a whole with a glued vulgar fraction and a magnitude: "2½m", "1¼bn"
_FRACTION_MAGNITUDE = compiled.compile(
    r"(\d*)([½¼¾⅓⅔⅛])\s*(" + "|".join(sorted(MAGNITUDES, key=len, reverse=True)) + r")", re.I
)
_ORDINAL_DIGITS = compiled.compile(r"\s*(\d[\d,]*)(?:st|nd|rd|th)\s*$", re.I)


def format_value(x: float | None) -> str | None:
    """A value as span text: "3000" for 3000.0, "0.5", "1e+21"; none for inf and NaN. A
    fraction is read to 15 significant figures first, what a double holds exactly: "4.1
    billion" is 4.1 * 1e9 = 4099999999.9999995 in floating point, and 4100000000 to a
    reader."""
    if x is None or x != x or x in (float("inf"), float("-inf")):
        return None
    if x != int(x):
        x = float(f"{x:.15g}")
    if x == int(x) and abs(x) < 1e18:
        return str(int(x))
    return repr(round(x, 10)).rstrip("0").rstrip(".") if "e" not in repr(x) else repr(x)


def cardinal_value(toks: list[str]) -> float | None:
    """The value of number tokens read as one cardinal: digits and words added, scale words
    multiplying what stands before them ("two million three hundred" = 2000300)."""
    total = 0.0
    cur = 0.0
    seen = False
    prev_scale = False
    for t in toks:
        if t[0].isdigit() or t[0] == ".":
            cur += float(t.replace(",", ""))
            seen, prev_scale = True, False
        elif t in ONES:
            cur += ONES[t]
            seen, prev_scale = True, False
        elif t in TENS:
            cur += TENS[t]
            seen, prev_scale = True, False
        elif t == "hundred" or t == "hundredth":
            cur = (cur or 1.0) * 100
            seen, prev_scale = True, False
        elif t in DOZEN:
            cur = (cur or 1.0) * 12
            seen = True
        elif t in SCALES or t in ORDINAL_SCALES:
            s = SCALES.get(t) or ORDINAL_SCALES[t]
            if cur == 0 and prev_scale and total:
                total *= s  # "a thousand million"
            else:
                total += (cur or 1.0) * s
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


def first_number_end(text: str) -> int | None:
    """Where the first of two numbers read as one ends, or None when ``text`` is one number.
    The groups of a cardinal in words come in falling scales ("two million three hundred
    thousand"), "hundred" once in each, and a decimal only first; a group that breaks the
    order starts a new number: "1 million and 2 million", "five hundred and two hundred",
    "3 hundred and 2.12 hundred" are two."""
    big = float("inf")  # the scale of the last group of thousands or more
    hundred = False  # "hundred" seen in the current group
    last_scale_end = 0  # the end of the last scale word: where a new number would start
    prev_scale = False
    for m in TOKENS.finditer(text.lower()):
        t = m.group()
        scale = SCALES.get(t)
        if scale is not None and scale >= 1000:
            if not prev_scale and scale >= big:
                return last_scale_end
            big = scale if not prev_scale else min(big, scale)
            hundred = False
        elif t == "hundred":
            if hundred and not prev_scale:
                return last_scale_end
            hundred = True
        elif t[0].isdigit() and "." in t and last_scale_end:
            return last_scale_end  # "1.5 thousand and 2.3 hundred"
        if scale is not None:
            last_scale_end, prev_scale = m.end(), True
        elif t not in ("and", "a", "an"):
            prev_scale = False
    return None


def compound_denominator(toks: list[str]) -> tuple[float, list[str]]:
    """The denominator of the fraction ``toks`` end in, and the numerator's tokens before it.
    A denominator is an ordinal, and a compound one takes the tens word before its last word:
    "three twenty-firsts" = 3/21, "twenty twenty fifths" = 20/25, "one hundred thirty fifths"
    = 100/35 (a plural ordinal after a cardinal is a denominator, never an ordinal, and a
    tens word may not end a numerator that a units word after it would have completed).
    A lone tens word is the numerator: "twenty fifths" = 20/5."""
    last = toks[-1]
    den = 1.0 if last == "firsts" else float(FRACTIONS[last])
    if (
        den < 10
        and last.endswith("s")
        and last not in ("halves", "quarters")
        and len(toks) >= 3
        and toks[-2] in TENS
        and toks[-3] not in ("a", "an", "and")
    ):
        return den + TENS[toks[-2]], toks[:-2]
    return den, toks[:-1]


def _fraction_value(toks: list[str]) -> float | None:
    """ "two thirds" = 2/3, "a half", "three quarters million" = 750000, "half a dozen" = 6,
    "a quarter of a million" = 250000 (the "of a" between fraction and scale says nothing)."""
    scale = 1.0
    if toks and (toks[-1] in SCALES or toks[-1] in DOZEN):
        scale = SCALES.get(toks[-1], 12)
        toks = toks[:-1]
        while toks and toks[-1] in ("a", "an", "of"):
            toks = toks[:-1]
    if not toks or (toks[-1] not in FRACTIONS and toks[-1] != "firsts"):
        return None
    den, num_toks = compound_denominator(toks)
    num_toks = [t for t in num_toks if t not in ("a", "an")]
    num = cardinal_value(num_toks) if num_toks else 1.0
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
    v: float | None
    m = _EXPONENT.match(s)  # "3e6", "10^3", "2.5x10^-3"
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
            v = base * 10.0**exp if kind != "^" else float(base**exp)
        except OverflowError:
            return None
    elif s in VULGAR_FRACTIONS:  # "½"
        v = VULGAR_FRACTIONS[s]
    elif s[-1:] in VULGAR_FRACTIONS and s[:-1].isdigit():  # "6½"
        v = int(s[:-1]) + VULGAR_FRACTIONS[s[-1]]
    elif (m := _FRACTION_MAGNITUDE.fullmatch(s)) is not None:  # "£2½m": 2.5 million
        v = (int(m.group(1) or 0) + VULGAR_FRACTIONS[m.group(2)]) * MAGNITUDES[m.group(3)]
    elif (m := _MIXED_FRACTION.match(s)) and m.group(0) == s:  # "2 1/4", "3/4"
        den = float(m.group(4))
        if den == 0:
            return None
        v = float(m.group(2) or 0) + float(m.group(3)) / den
    else:
        s = _DIGIT_GROUP_SPACE.sub("", s)  # "40 000"
        m = _MAGNITUDE_SUFFIX.match(s)  # "1.13bn", "10k"
        if m:
            try:
                v = float(m.group(1).replace(",", "")) * MAGNITUDES[m.group(2).lower()]
            except ValueError:
                return None
        else:
            toks = TOKENS.findall(s)
            if not toks:
                return None
            v = _words_value(toks)
            if v is None:
                return None
    return -v if neg else v


def _point_value(toks: list[str]) -> float | None:
    """ "two hundred point seventy-one" = 200.71: the digits after "point" one by one."""
    i = toks.index("point")
    whole = cardinal_value(toks[:i]) if i else 0.0
    digits = []
    rest = toks[i + 1 :]
    j = 0
    while j < len(rest):
        t = rest[j]
        if t in TENS and j + 1 < len(rest) and rest[j + 1] in ONES and 0 < ONES[rest[j + 1]] < 10:
            digits.append(str(TENS[t] + ONES[rest[j + 1]]))
            j += 2
            continue
        v = ONES.get(t, TENS.get(t))
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


def _words_value(toks: list[str]) -> float | None:
    for sep in ("over", "out"):
        if sep in toks:  # "3 out of 4", "two over three"
            i = toks.index(sep)
            den_toks = toks[i + 2 :] if sep == "out" else toks[i + 1 :]
            num, den = cardinal_value(toks[:i]), cardinal_value(den_toks)
            if num is None or not den:
                return None
            return num / den
    if "point" in toks:
        return _point_value(toks)
    has_frac = any(t in FRACTIONS for t in toks) or toks[-1] == "firsts"
    if has_frac and not (
        # "twenty fifth": an ordinal, not 20/5 (a singular fraction needs "a" or "one")
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
                fr = _fraction_value(after)
                if whole is None or fr is None:
                    return None
                if before[-1] in SCALES and after[-1] not in SCALES and not decimal_fraction(after):
                    fr *= SCALES[before[-1]]
                elif after[-1] in SCALES and before[-1] not in SCALES:
                    # "one and a half million" = 1.5 million: the scale counts the whole
                    scale = SCALES[after[-1]]
                    return (whole + fr / scale) * scale
                return whole + fr
        fr = _fraction_value(toks)
        if fr is not None:
            return fr
    return cardinal_value(toks)


def decimal_fraction(toks: list[str]) -> bool:
    """Whether a fraction after "and" spells the decimals of the whole before it: a count of
    tenths, hundredths, thousandths ("two hundred and fifty-four hundredths" = 200.54, as
    200.54 is read aloud), never a fraction of the scale word that ends the whole, as "a
    half" is in "3 million and a half"."""
    den = FRACTIONS.get(toks[-1], 0)
    return (
        den >= 10
        and str(int(den)).strip("0") == "1"
        and len(toks) > 1
        and toks[0] not in ("a", "an")
    )


@lru_cache(maxsize=4096)
def parse_ordinal(text: str) -> float | None:
    """ "fifth" -> 5, "2nd" -> 2, "twenty-first" -> 21, "three trillionth" -> 3e12."""
    m = _ORDINAL_DIGITS.match(text)
    if m:
        return float(m.group(1).replace(",", ""))
    return cardinal_value(TOKENS.findall(text.lower()))


def is_fraction_phrase(text: str) -> bool:
    """ "two thirds", "a fifth", "three quarters": a fraction, though it ends like an ordinal."""
    toks = TOKENS.findall(text.lower())
    if not toks:
        return False
    last = toks[-1] if toks[-1] not in SCALES else (toks[-2] if len(toks) > 1 else "")
    if last not in FRACTIONS:
        return False
    if last in ("half", "halves", "quarter", "quarters") or last.endswith("s"):
        return True
    return len(toks) == 2 and toks[0] in ("a", "an", "one")


NUMBER_HEAD_PATTERN, NUMBER_HEAD_FLAGS = NUMBER, int(re.I)


@cache
def _number_head() -> re.Pattern[str]:
    return compiled.compile(NUMBER_HEAD_PATTERN, NUMBER_HEAD_FLAGS)


@lru_cache(maxsize=4096)
def leading_number(text: str) -> re.Match[str] | None:
    """The first number in ``text`` (for phrases such as "six minutes" or "£ 15 million").
    Remembered: a search of the whole number grammar, for phrases that recur ("two days");
    a match is never changed, so one may be given to every caller."""
    return _number_head().search(text)


def leading_value(text: str) -> float | None:
    """The value of the first number in ``text``."""
    m = leading_number(text)
    return parse_number(m.group()) if m else None


_CARDINAL_VALUES: dict[str, str | None] = {}  # a number's text -> its value; numbers repeat


def cardinal_text_value(t: str) -> str | None:
    """``format_value(parse_number(t))``, remembered (the same numbers recur in a text)."""
    v = _CARDINAL_VALUES.get(t, "")
    if v == "":
        v = format_value(parse_number(t))
        if len(_CARDINAL_VALUES) < 50000:
            _CARDINAL_VALUES[t] = v
    return v
