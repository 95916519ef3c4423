"""A capital C or F glued to a number: a temperature as UK news writes it ("25C", "-5C"),
or a code ("Seat 14C", "iPhone 5C", "777F"). ``classify.read_temperature`` asks
:func:`glued_temperature` before it reads the number as a temperature.
"""

from __future__ import annotations

from .. import compiled
from .lexicon import LABEL_NOUNS, TEMPERATURE_WORDS
from .values import leading_value

_PLAUSIBLE_TEMPERATURE = {"C": (-90.0, 60.0), "F": (-130.0, 140.0)}  # what weather reaches
_WORD_BEFORE = compiled.compile(r"([A-Za-z][\w.'’]*)[ \u00a0]+[-−]?$")
_WORDS = compiled.compile(r"[A-Za-z]+")
_OPENS_SENTENCE = compiled.compile(r"(?:^|[.!?:;\n][\"'”’)]*\s+)[\"'“‘(]*$")
_CELSIUS = compiled.compile(r"\d\d?C\b|°C")
_SEAT_NOUNS = LABEL_NOUNS | {"seat", "seats", "flat", "row", "bus", "unit", "bay", "block", "form"}
_TEMPERATURE_REACH = 80  # characters either side where a word of temperature may stand


def glued_temperature(t: str, s: int, e: int, text: str) -> bool:
    """ "25C", "-5C", "77F": a capital C or F glued to a number is a temperature, as UK news
    writes it, when the value is one the weather can have and no name or label comes just
    before ("Seat 14C", "Flat 3C", "iPhone 5C", "Section 25C"). A single digit, or an F
    (forms and freighters: "13F", "777F"; Fahrenheit comes as a conversion, "30C (86F)"), also
    needs a word of temperature ("temperatures", "highs", "frost") or a Celsius figure nearby.
    Else it is a code; a small "c" is cents ("25c"), and so is "14.7C/ per share"."""
    letter = t[-1:]
    if letter not in ("C", "F") or not t[-2:-1].isdigit():
        return False
    v = leading_value(t)
    low, high = _PLAUSIBLE_TEMPERATURE[letter]
    if v is None or not low <= v <= high:
        return False
    m = _WORD_BEFORE.search(text, max(0, s - 30), s)
    if m is not None:
        w = m.group(1)
        if w.lower() in _SEAT_NOUNS:
            return False
        if (
            w[0].isupper()
            and w.lower() not in TEMPERATURE_WORDS
            and not _OPENS_SENTENCE.search(text, max(0, m.start() - 4), m.start())
        ):
            return False  # (a name, but not the word opening a sentence: "The 1.5C target")
    if letter == "C" and sum(c.isdigit() for c in t) > 1:
        return True
    lo, hi = max(0, s - _TEMPERATURE_REACH), e + _TEMPERATURE_REACH
    if any(w.lower() in TEMPERATURE_WORDS for w in _WORDS.findall(text, lo, hi)):
        return True
    return letter == "F" and _CELSIUS.search(text, lo, hi) is not None
