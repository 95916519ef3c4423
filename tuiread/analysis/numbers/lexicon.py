"""The words numbers are made of, read once from the data files beside this module.

Each file in ``data/`` holds one entry a line: the word or phrase (lower case), then, for a
table, its value as the last field ("twenty 20", "nautical miles nmi", "labor day -" for no
value). Lines starting with ``#`` say what the file is for. Edit the files, not this module,
to teach the engine a word: the grammar and the value parsers are built from these tables.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).with_name("data")


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def word_list(name: str) -> tuple[str, ...]:
    """The entries of a one-column file, in file order."""
    return tuple(_lines(name))


def text_table(name: str) -> dict[str, str]:
    """word -> value (the last field of each line), in file order."""
    out: dict[str, str] = {}
    for line in _lines(name):
        word, _, value = line.rpartition(" ")
        out[word] = value
    return out


def _number(text: str) -> int | float:
    return float(text) if "e" in text or "." in text else int(text)


def number_table(name: str) -> dict[str, int | float]:
    """word -> numeric value: an integer, or a float when written with "e" or a point."""
    return {word: _number(value) for word, value in text_table(name).items()}


# number words
ONES = number_table("ones.txt")  # zero .. nineteen
TENS = number_table("tens.txt")  # twenty .. ninety
SCALES = number_table("scales.txt")  # hundred, thousand, million, ..., lakh, crore
ORDINALS = number_table("ordinals.txt")
ORDINAL_ONES = {w: v for w, v in ORDINALS.items() if v < 20}  # first .. nineteenth
ORDINAL_TENS = {w: v for w, v in ORDINALS.items() if 20 <= v < 100}  # twentieth .. ninetieth
ORDINAL_SCALES = {w: v for w, v in ORDINALS.items() if v >= 100}  # hundredth, thousandth, ...
# fraction denominators: "half", "quarter", and every ordinal but "first" and "second"
# ("second" is a unit of time, never a fraction), singular and plural ("two fifths")
FRACTIONS: dict[str, int | float] = number_table("fractions.txt")
for _word, _value in ORDINALS.items():
    if _word not in ("first", "second"):
        FRACTIONS[_word] = _value
        FRACTIONS[_word + "s"] = _value
MAGNITUDES = {w: float(v) for w, v in number_table("magnitudes.txt").items()}  # k, bn, m, ...
DOZEN = frozenset(("dozen", "dozens", "doz", "dozs"))
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}

# the calendar
MONTHS = number_table("months.txt")
WEEKDAYS = number_table("weekdays.txt")
HOLIDAYS = {w: (None if v == "-" else v) for w, v in text_table("holidays.txt").items()}
FREQUENCIES = word_list("frequencies.txt")  # "daily", "weekly", ...

# units
TIME_UNITS = text_table("time_units.txt")  # "minutes" -> "min"
SUBDAY_UNITS = frozenset(("s", "min", "h"))  # a duration in these is a TIME, others a DATE
MEASURE_UNITS = text_table("measure_units.txt")  # "kilometres" -> "km"
TEMPERATURE_UNITS = text_table("temperature_units.txt")  # "celsius" -> "C"
TEMPERATURE_WORDS = frozenset(word_list("temperature_words.txt"))  # "heatwave", "highs"

# money
CURRENCY_PREFIXES = text_table("currency_prefixes.txt")  # "$" -> "USD", "hk$" -> "HKD"
CURRENCY_CODES = text_table("currency_codes.txt")  # "USD" -> "USD" (upper case only)
CURRENCY_NAMES = text_table("currency_names.txt")  # "francs" -> "CHF"
CURRENCY_SUFFIX_SYMBOLS = text_table("currency_suffix_symbols.txt")  # "5$", "20 €"

# nouns after which a bare number is a label, not a count ("Highway 35", "No. 1")
LABEL_NOUNS = frozenset(word_list("label_nouns.txt"))
MODEL_FAMILIES = frozenset(word_list("model_families.txt"))  # "737", "787"
# words after "5m" that make it metres ("5m high"), and plurals without an -s ("5m people")
LENGTH_WORDS = frozenset(word_list("length_words.txt"))
# things measured in metres and words of a dimension: "the boat is 12m", "a depth of 300m"
MEASURED_THINGS = frozenset(word_list("measured_things.txt"))
IRREGULAR_PLURALS = frozenset(word_list("irregular_plurals.txt"))
