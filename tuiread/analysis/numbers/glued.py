"""A capital C or F glued to a number: a temperature as UK news writes it ("25C", "-5C"),
or a code ("Seat 14C", "iPhone 5C", "777F"). ``classify.read_temperature`` asks
:func:`glued_temperature` before it reads the number as a temperature. And the letters
``classify`` asks about after a number: one glued that no tail reads (:func:`glued_letter`:
"a 3D printer"), a capital "M" after a blank (:func:`capital_m_after_blank`: "3 M units"),
and a closing quotation mark after digits, no inches (:func:`quoted_digits`).
"""

from __future__ import annotations

from tuiread.analysis.trace import Trace

from .. import compiled
from .atoms import NUMBER, Atom
from .lexicon import LABEL_NOUNS, TEMPERATURE_WORDS
from .values import cardinal_text_value, leading_value

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


def glued_letter(text: str, s: int, e: int) -> bool:
    """Whether a letter no tail reads is glued to the digits ``text[s:e]``: the number is
    part of a code or a name ("a 3D printer", "the 4x100m relay", "3As at A-level"), where a
    unit, a scale or a suffix would have made a tail ("5km", "10k", "2nd"); "a 10x increase"
    is a multiple and "5ish" about five, and they stay. After a dash the digits end a range or a code that the rules
    of names read whole ("LP 791-18d")."""
    c = text[e : e + 1]
    if not (c.isascii() and c.isalpha()) or (s and text[s - 1] in "-–/"):
        return False
    if text.startswith("ish", e) and not text[e + 3 : e + 4].isalpha():
        return False  # "5ish": about five
    return c not in "xX" or text[e + 1 : e + 2].isalnum()


def capital_m_after_blank(t: str) -> bool:
    """Whether ``t`` is a number, a blank and a capital "M" ("1.2 M", "sold 3 M units"): a
    million, as the unit symbols are written in small letters ("m" for metres) and "M" alone
    stands for "mega" or "million"; glued ("5M") the rule for a glued "m" reads it."""
    return len(t) >= 3 and t[-1] == "M" and t[-2] in " \u00a0\u202f" and t[-3].isdigit()


def quoted_digits(t: str, s: int, e: int, text: str, trace: Trace | None) -> Atom | None:
    """Digits between two quotation marks, as ``t`` (ending in the closing mark) reads after
    an opening one: the closing mark is no sign of inches ('a 32" screen'). After "=" the
    digits are the value of a tag's attribute left in the text ('tweet_id="7782579"'), no
    number; else the quoted number alone ('he said "20"')."""
    if s >= 2 and text[s - 2 : s] == '="' or text[s - 1] == "=":
        if trace is not None:
            trace.rejected("number", text, s, e, "read:code", "an attribute of markup")
        return None
    end = e - 1
    return Atom(s, end, NUMBER, "CARDINAL", cardinal_text_value(text[s:end]))
