"""Value and unit of an amount of money, a quantity or a temperature, from the matched text:
"$48.2 million" -> ("48200000", "USD"), "5 ft 2 in" -> ("5.166666667", "ft"),
"40 deg celsius" -> ("40", "C")."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import compiled
from .lexicon import (
    CURRENCY_CODES,
    CURRENCY_NAMES,
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIX_SYMBOLS,
    MEASURE_UNITS,
    SCALES,
    TEMPERATURE_UNITS,
)
from .measure_patterns import CURRENCY_CODE, CURRENCY_NAME, MEASURE_UNIT
from .patterns import S0, WORD_NUMBER, S, words
from .values import format_value, leading_number, leading_value, parse_number

_CURRENCY = compiled.compile(
    rf"(?<![\w$]){words(CURRENCY_PREFIXES)}|{CURRENCY_CODE}|\b{CURRENCY_NAME}\b|[$€£¥₡₭₹₩₽]",
    re.I,
)
_CENTS_AND = compiled.compile(rf"\band{S}(.+?){S}cents?\b", re.I)  # "... and 50 cents"
_TRAILING_CENTS = compiled.compile(rf"^{S}(\d\d?|{WORD_NUMBER})$", re.I)  # "5 dollars 50"
_BLANKS = compiled.compile(r"\s+")


@lru_cache(maxsize=8192)
def money_value(text: str) -> tuple[str | None, str | None]:
    """(value, ISO currency code) of an amount: "$1.13bn", "20 billion francs", "5 MEUR"."""
    cm = _CURRENCY.search(text)
    if not cm:
        return None, None
    cur = cm.group()
    key = cur.lower()
    code = (
        CURRENCY_PREFIXES.get(key)
        or CURRENCY_CODES.get(cur)
        or CURRENCY_NAMES.get(_BLANKS.sub(" ", key))
        or CURRENCY_SUFFIX_SYMBOLS.get(cur)
        or CURRENCY_CODES.get(cur.upper())
    )
    before, after = text[: cm.start()], text[cm.end() :]
    cents = 0.0
    mc = _CENTS_AND.search(after)
    if mc:
        cents = (parse_number(mc.group(1)) or 0) / 100
        after = after[: mc.start()]
    else:
        mt = _TRAILING_CENTS.match(after)
        if mt and before.strip():
            cents = (parse_number(mt.group(1)) or 0) / 100
            after = ""
    num_text = (before + " " + after).strip().rstrip("-").strip()
    if num_text.endswith("-"):
        num_text = num_text[:-1]
    v = parse_number(num_text)
    if v is None:
        m = leading_number(num_text)
        v = parse_number(m.group()) if m else None
        if v is not None and m:
            for t in num_text[m.end() :].lower().split():  # "$3 and a half million"
                if t in SCALES:
                    v *= SCALES[t]
    if v is None:
        return None, code
    if cur.upper().startswith("M") and cur.upper() in CURRENCY_CODES and len(cur) == 4:
        v *= 1e6  # "MEUR": millions of euros
    return format_value(v + cents), code


_FEET_AND_INCHES = compiled.compile(
    rf"(.+?){S0}(?:ft|feet|foot|['’])(?:{S}and{S}|,?{S0}|-)(\d+(?:\.\d+|[½¼¾⅓⅔⅛])?)"
    rf"{S0}-?(?:in|inch|inches|\"|''|”|″)?\W*$"
)
_STONES_AND_POUNDS = compiled.compile(r"(\d+)st(?:\s+(\d+)\s*lbs?)?$")
_UNIT_TAIL = compiled.compile(rf"({MEASURE_UNIT})(?![\w/])\W*$", re.I)
_UNIT_AFTER = compiled.compile(rf"[ \u00a0]({MEASURE_UNIT})(?![\w/])", re.I)


def unit_word_after(text: str, e: int) -> tuple[int, str] | None:
    """The end and the unit code of a unit's word written out after a blank at ``e`` ("5m
    tonnes", "3m litres", "2m barrels per day"), or None; only words of four letters or more,
    as the symbols ("in", "t", "m") are also words of their own ("5m in 2020"), but for
    symbols no word spells ("2m bpd", "5m MWh")."""
    m = _UNIT_AFTER.match(text, e)
    if m is None:
        return None
    word = m.group(1).lower()
    if len(word) < 4 and word not in _SYMBOLS_NO_WORD or not word.replace(" ", "").isalpha():
        return None
    unit = MEASURE_UNITS.get(word)
    return (m.end(), unit) if unit else None


_SYMBOLS_NO_WORD = frozenset(("bpd", "kwh", "mwh", "gwh", "twh", "mah"))


@lru_cache(maxsize=8192)
def quantity_value(text: str) -> tuple[str | None, str | None]:
    """(value, unit code) of a quantity: "250 kilometers", "5 ft 2 in", "6ft 2½in", "6'3\"",
    "a 10-gallon", "12st 7lb" (12.5 stones)."""
    low = text.lower()
    m = _FEET_AND_INCHES.match(low)
    if m:
        # the inches may carry a glued fraction: "6ft 2½in"
        a, b = parse_number(m.group(1)), parse_number(m.group(2))
        return (format_value(a + b / 12) if a is not None and b is not None else None), "ft"
    m = _STONES_AND_POUNDS.match(low)
    if m:  # "12st 7lb": 14 pounds to the stone
        return format_value(int(m.group(1)) + int(m.group(2) or 0) / 14), "st"
    u = _UNIT_TAIL.search(low)
    unit = (
        MEASURE_UNITS.get(_BLANKS.sub(" ", u.group(1)))
        if u
        else ("in" if low.rstrip().endswith('"') else None)
    )
    num = text[: u.start()] if u else text.rstrip().rstrip('"')
    num = num.strip().rstrip("-[<").strip()
    v = parse_number(num)
    if v is None:
        v = leading_value(num)
        if v is not None:
            for t in num.lower().split()[1:]:
                if t in SCALES:
                    v *= SCALES[t]
    return format_value(v), unit


_TEMPERATURE_UNIT = compiled.compile(
    r"(celsius|celcius|centigrade|centigrate|fahrenheit|farenheit|kelvin|[cf])\W*$"
)
_DEGREES_ONLY = compiled.compile(r"de?g\.?$")


@lru_cache(maxsize=8192)
def temperature_value(text: str) -> tuple[str | None, str]:
    """(value, unit) of a temperature: "C", "F", "K", or "deg" when the scale is not said."""
    low = text.lower()
    unit = "deg"
    m = _TEMPERATURE_UNIT.search(low)
    if m and not _DEGREES_ONLY.search(low):
        unit = TEMPERATURE_UNITS.get(m.group(1), "deg")
    return format_value(leading_value(text)), unit
