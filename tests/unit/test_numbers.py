"""The number / quantity / date recogniser: examples with values and units, the sample
articles, and span invariants on generated text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuiread.analysis.numbers import find, find_numbers, grammar, parse_number

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def spans_of(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {s.text: (s.label, s.value, s.unit) for s in find_numbers(text)}


def one(text: str, phrase: str):
    found = spans_of(text)
    assert phrase in found, f"{phrase!r} not found in {text!r}: {sorted(found)}"
    return found[phrase]


@pytest.mark.parametrize(
    ("text", "phrase", "label", "value", "unit"),
    [
        ("They fired two missiles.", "two", "CARDINAL", "2", None),
        ("It was the fifth launch.", "fifth", "ORDINAL", "5", None),
        ("after the 2nd test", "2nd", "ORDINAL", "2", None),
        ("some 3,000 people", "3,000", "CARDINAL", "3000", None),
        ("profit of $1.13bn this year", "$1.13bn", "MONEY", "1130000000", "USD"),
        ("support fell to 76%.", "76%", "PERCENT", "76", "%"),
        ("a deal worth $48.2 million", "$48.2 million", "MONEY", "48200000", "USD"),
        ("it flew 250 kilometers east", "250 kilometers", "QUANTITY", "250", "km"),
        ("about 1,864 miles away", "1,864 miles", "QUANTITY", "1864", "mi"),
        ("in Tokyo, Japan, September 15, 2017 -", "September 15, 2017", "DATE", "2017-09-15", None),
        ("Japan's 1910-45 colonial rule", "1910-45", "DATE", "1910/1945", None),
        ("talks last month failed", "last month", "DATE", None, None),
        ("It flew for six minutes.", "six minutes", "TIME", "6", "min"),
        ("They met on Friday.", "Friday", "DATE", None, None),
        ("a meeting this afternoon.", "this afternoon", "TIME", None, None),
        ("the agreement in 2012 under", "2012", "DATE", "2012", None),
        ("Twenty-one people were hurt.", "Twenty-one", "CARDINAL", "21", None),
        ("a hundred soldiers", "a hundred", "CARDINAL", "100", None),
        ("one and a half hours", "one and a half hours", "TIME", "1.5", "h"),
        ("When she was five years old, she rode.", "five years old", "DATE", "5", "yr"),
        (
            "normal temperature is 98.6 degrees fahrenheit",
            "98.6 degrees fahrenheit",
            "QUANTITY",
            "98.6",
            "F",
        ),
        ("it is 40 deg celsius outside", "40 deg celsius", "QUANTITY", "40", "C"),
        ("a 10-gallon water cooler", "10-gallon", "QUANTITY", "10", "gal"),
        ("a pole 5 ft 2 in tall", "5 ft 2 in", "QUANTITY", "5.166666667", "ft"),
        ("He paid £ 15 million", "£ 15 million", "MONEY", "15000000", "GBP"),
        ("a bid of 20 billion francs", "20 billion francs", "MONEY", "20000000000", "CHF"),
        ("sales rose 9 per cent", "9 per cent", "PERCENT", "9", "%"),
        ("He is more than thirty.", "more than thirty", "CARDINAL", "(30,)", None),
        ("The number is between 20 and 30.", "between 20 and 30", "CARDINAL", "[20,30)", None),
        ("two thirds of voters", "two thirds", "CARDINAL", "0.666666667", None),
    ],
)
def test_examples(text, phrase, label, value, unit):
    got_label, got_value, got_unit = one(text, phrase)
    assert got_label == label
    if value is not None and got_value is not None and value[0].isdigit() and "." in value:
        assert float(got_value) == pytest.approx(float(value), rel=1e-6)
    else:
        assert got_value == value
    assert got_unit == unit


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("twenty-one trillion and three hundred", 21000000000300),
        ("one hundred and three and two thirds", 103 + 2 / 3),
        ("three lakh crore", 3e12),
        ("quarter million", 250000),
        ("two hundred point seventy-one", 200.71),
        ("- 1 4/5", -1.8),
        ("40 000", 40000),
        ("minus five point five", -5.5),
    ],
)
def test_parse_number(words, value):
    assert parse_number(words) == pytest.approx(value)


def test_dates_and_times_compose():
    found = spans_of("I'll be out from 2:30 to 2:15 pm and back tomorrow 8:00am, not next week.")
    assert "from 2:30 to 2:15 pm" in found
    assert "tomorrow 8:00am" in found
    assert "next week" in found
    assert spans_of("They left in nineteen ninety six.")["nineteen ninety six"][0] == "DATE"


def test_no_absurd_hits():
    text = "South Korea fired two Hyunmoo-2 missiles; one of Seoul's missiles; an H-bomb test."
    found = spans_of(text)
    assert "Hyunmoo-2" not in found and "2" not in found and "-2" not in found
    assert found["two"][:2] == ("CARDINAL", "2")
    assert found["one"][:2] == ("CARDINAL", "1")
    assert not any("H-bomb" in t for t in found)
    assert spans_of("This may or may not be right.") == {}


def test_words_and_labels_that_count_nothing():
    assert spans_of("They move into the next phase; she was last seen in a previous car.") == {}
    assert spans_of("Show me the next one.")["next one"][0] == "ORDINAL"
    found = spans_of("It had a 4:3 screen, a one-time gain and closed Interstate 95 for 2 days.")
    assert set(found) == {"2 days"}
    assert "three days" in spans_of("The talks will last three days.")
    assert "last three days" in spans_of("over the last three days")
    assert "in 3 days on Friday" in spans_of("I'll go back in 3 days on Friday.")
    assert spans_of("No one saw this one; they blamed one another.") == {}
    assert spans_of("his twenty-seventh goal")["twenty-seventh"] == ("ORDINAL", "27", None)
    assert spans_of("three and a fifth")["three and a fifth"][:2] == ("CARDINAL", "3.2")
    assert spans_of("They scored only one run, the one thing that mattered.")["one"][1] == "1"


def test_treebank_split_numbers():
    found = spans_of("net income rose 14 . 8 % , or 1 . 6 billion , to 80 , 000 .")
    assert found["14 . 8 %"] == ("PERCENT", "14.8", "%")
    assert found["1 . 6 billion"][:2] == ("CARDINAL", "1600000000")
    assert found["80 , 000"][:2] == ("CARDINAL", "80000")
    assert spans_of("It began on Wednesday , August 28 .")["Wednesday , August 28"][0] == "DATE"


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


def test_seed_articles():
    first = spans_of(_seed("000"))
    assert first["250 kilometers"] == ("QUANTITY", "250", "km")
    assert first["September 15, 2017"][1] == "2017-09-15"
    assert first["September 3"][0] == "DATE"
    assert first["six minutes"][:2] == ("TIME", "6")
    assert first["two"][:2] == ("CARDINAL", "2")
    assert "Friday" in first or "Friday morning" in first
    second = spans_of(_seed("002"))
    assert second["3,000 kilometers"] == ("QUANTITY", "3000", "km")
    assert second["1,864 miles"] == ("QUANTITY", "1864", "mi")
    assert second["1910-45"][1] == "1910/1945"
    assert second["2012"] == ("DATE", "2012", None)
    assert second["2nd"] == ("ORDINAL", "2", None)
    assert second["fifth"] == ("ORDINAL", "5", None)
    assert second["eight"][:2] == ("CARDINAL", "8")
    assert second["Seven"][:2] == ("CARDINAL", "7")


def test_a_word_before_a_closing_quote_still_continues_a_number():
    """ "twenty years," closing a quotation is a duration: the fast path sees the word
    through the comma and the quotation mark."""
    spans = spans_of('"I carried it for twenty years," she said. She waited 3 years".')
    assert spans["twenty years"][:2] == ("DATE", "20")
    assert spans["3 years"][:2] == ("DATE", "3")


def test_fast_path_agrees_with_grammar():
    tricky = (
        "What happened the day before? Show sales in the week after next, not in the year of "
        "2008. The stock is down 20% in the year to date. I was born in April of 87. Total "
        "sales from april in 2016 to June in 2017 fell. Put out the news on New Year's Eve. "
        "Show me the one before the last one. The sun will set tomorrow at six forty-three "
        "minutes. Leicestershire took nine first-innings wickets on Friday to win. "
        '"I carried it for twenty years," she said. "It took 3 weeks."'
    )
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text += "\n\n" + tricky
    assert find(text, fast=False) == find_numbers(text)


_TOKENS = [
    "5",
    "120",
    "3.5",
    "1,000",
    "USD",
    "MEUR",
    "eur",
    "TRY",
    "COUNTRY",
    "five",
    "fiveUSD",
    "5bnUSD",
    "million",
    "bn",
    "m",
    "on",
    "May",
    "the",
    "last",
    "week",
    "µg",
    "\u212a",
    "ſeven",
    "İstanbul",
    "Ó",
    "percent",
    "$",
    "-",
    ",",
    ".",
    "\n",
    "aged",
    "at",
    "pm",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_TOKENS), max_size=20), st.lists(st.sampled_from(" -"), max_size=20)
)
def test_lower_case_grammar_reads_like_the_case_insensitive_one(words, gaps):
    """The fast grammar on lower-cased text must give the case-insensitive grammar's match at
    every position a match can start (not inside a word), currency codes and case-folded
    letters included."""
    text = "".join(w + (gaps[k] if k < len(gaps) else " ") for k, w in enumerate(words))
    fast = grammar.matchers(text, grammar.lower(text))
    full = [grammar.case_insensitive_grammar(name) for name in ("all", "digit", "month")]
    for pos in range(len(text)):
        if text[pos - 1 : pos].isalpha():
            continue
        for mine, theirs in zip(fast, full, strict=True):
            a, b = mine(pos), theirs.match(text, pos)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), (text, pos)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1234567890" * 1000,
        "\x00\x01\x02 12 \x1b[31m 3 \u202e 4",
        "二〇一七年九月十五日 ٣٤ 🚀 12% 🚀",
        "$" * 500 + "1" * 500,
        "- - - 1 - 2 -- 3 --- 4",
        "İstanbul 2017 İİİ 5 km",
        "hundred " * 400,
    ],
    ids=[
        "empty",
        "digits",
        "control",
        "cjk-rtl-emoji",
        "symbols",
        "dashes",
        "dotted-i",
        "scale-words",
    ],
)
def test_bad_input(text):
    for s in find_numbers(text):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text


def test_ten_megabytes():
    unit = (
        "The minister said that the troops would leave the region once the talks in the capital "
        "had ended, and officials from both sides were expected to meet again on Friday to "
        "discuss the 3,000 soldiers still deployed along the border near the coast. "
    )
    text = unit * (10_000_000 // len(unit) + 1)
    spans = find_numbers(text)
    assert len(spans) == 2 * (len(text) // len(unit))
    last = spans[-1]
    assert text[last.start : last.end] == last.text


def test_many_numbers():
    text = " ".join(f"{i} km, {i}% and {i} people on May {i % 28 + 1}, 2017" for i in range(3000))
    spans = find_numbers(text)
    assert len(spans) >= 9000
    assert all(text[s.start : s.end] == s.text for s in spans)


_ALPHABET = st.sampled_from(
    list("0123456789 ,.-/:%$£€")
    + ["two ", "fifth ", "May ", "Friday ", "km ", "million ", "\n", "é", "中", "🙂", "\x00"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_span_invariants(text):
    previous = None
    for s in find_numbers(text):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.kind == "number"
        assert s.label in ("CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME")
        if previous is not None:
            assert s.start >= previous.start
        previous = s


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_span_invariants_any_text(text):
    for s in find_numbers(text):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("text", "phrase", "label", "value", "unit"),
    [
        # "m" glued to a number: millions before what it counts, metres before a length
        ("The film sold 2.5m copies.", "2.5m", "CARDINAL", "2500000", None),
        ("5m people watched the final.", "5m", "CARDINAL", "5000000", None),
        ("The wall is 5m high.", "5m", "QUANTITY", "5", "m"),
        ("He won the 100m final.", "100m", "QUANTITY", "100", "m"),
        ("a 5m wall", "5m", "QUANTITY", "5", "m"),
        ("It has 100M users.", "100M", "CARDINAL", "100000000", None),
        # ranges scale both ends, and a range of money is one span
        ("They raised $3-4bn from investors.", "$3-4bn", "MONEY", "[3000000000,4000000000)", "USD"),
        ("a 3-4bn market", "3-4bn", "CARDINAL", "[3000000000,4000000000)", None),
        (
            "between 2 and 3 million people",
            "between 2 and 3 million",
            "CARDINAL",
            "[2000000,3000000)",
            None,
        ),
        ("They paid $30m-$40m.", "$30m-$40m", "MONEY", "[30000000,40000000)", "USD"),
        # a modifier of a date keeps it a date
        ("The plant stays open until at least 2008.", "until at least 2008", "DATE", "2008", None),
        # a weekday and an hour is a time, not a day of the month
        ("They meet on Friday 9 am in Paris.", "Friday 9 am", "TIME", None, None),
        ("I'll be there on wednesday 4 oclock.", "wednesday 4 oclock", "TIME", None, None),
        ("It fell on Friday 13 again.", "Friday 13", "DATE", None, None),
        # quarters of a year, not three fourths
        ("Profits rose for three quarters in a row.", "three quarters", "DATE", "3", "qtr"),
        ("in the past three quarters", "past three quarters", "DATE", "3", "qtr"),
        ("three quarters of voters", "three quarters", "CARDINAL", "0.75", None),
        # a fraction of a scale: half or a quarter of it, "of a" or not
        ("Half a million people marched.", "Half a million", "CARDINAL", "500000", None),
        ("in a half dozen states", "a half dozen", "CARDINAL", "6", None),
        ("It cost half a billion dollars.", "half a billion dollars", "MONEY", "500000000", "USD"),
        ("a quarter of a million homes", "a quarter of a million", "CARDINAL", "250000", None),
        (
            "a fifth of a billion dollars",
            "a fifth of a billion dollars",
            "MONEY",
            "200000000",
            "USD",
        ),
        # "one and a half million" is 1.5 million, the scale counting the whole
        ("One and a half million voted.", "One and a half million", "CARDINAL", "1500000", None),
        ("two and a quarter billion", "two and a quarter billion", "CARDINAL", "2250000000", None),
        # a dash straight after a percent sign is a range, not a minus
        ("a 20%-30% rise", "20%-30%", "PERCENT", "[20,30)", "%"),
        ("rates of 5.25%-5.5%.", "5.25%-5.5%", "PERCENT", "[5.25,5.5)", "%"),
        # a number after a weekday counts what follows it, or is the day of the month after it
        ("On Sunday 3 people were killed.", "3", "CARDINAL", "3", None),
        ("On Friday 12 soldiers died.", "Friday", "DATE", None, None),
        ("The vote is on Tuesday 14 May.", "Tuesday 14 May", "DATE", "XXXX-05-14", None),
        # "st" makes an ordinal only after a last digit 1: "15st" is stone, "21st" an ordinal
        ("He weighs 15st now.", "15st", "QUANTITY", "15", "st"),
        ("the 21st and 111th days", "21st", "ORDINAL", "21", None),
        # a mixed number written with hyphens reads as with blanks
        ("one-and-a-half million people", "one-and-a-half million", "CARDINAL", "1500000", None),
        ("a three-and-a-quarter mile walk", "three-and-a-quarter mile", "QUANTITY", "3.25", "mi"),
        # a height in feet and inches: primes, hyphens, a comma between
        ("Trump is 6'3\" tall.", "6'3\"", "QUANTITY", "6.25", "ft"),
        ("a 6-foot-3 forward", "6-foot-3", "QUANTITY", "6.25", "ft"),
        ("He is 5 feet, 6 inches tall.", "5 feet, 6 inches", "QUANTITY", "5.5", "ft"),
        # "or less than 40" opens the next number's comparative, it closes none
        ("equal to 30 or less than 40", "equal to 30", "CARDINAL", "[30,30]", None),
        ("equal to 30 or less than 40", "less than 40", "CARDINAL", "(,40)", None),
        ("20 or more people", "20 or more", "CARDINAL", "[20,)", None),
        # a comma straight after a grouped number ends the clause, it splits no number
        ("a tax cut of $78,000, while", "$78,000", "MONEY", "78000", "USD"),
        ("The count was 1,234,567, a record.", "1,234,567", "CARDINAL", "1234567", None),
        # a degree sign glued to a number is a temperature (or an angle), no code
        ("It was 85° in Phoenix.", "85°", "QUANTITY", "85", "deg"),
        # a scale word hyphenated into a compound adjective
        ("a $400-million-a-year business", "$400-million", "MONEY", "400000000", "USD"),
        ("a 1-billion-dollar deal", "1-billion-dollar", "MONEY", "1000000000", "USD"),
        # "twenty second" is the 22nd; twenty of them would be "twenty seconds"
        ("He finished twenty second.", "twenty second", "ORDINAL", "22", None),
        ("It lasted twenty seconds.", "twenty seconds", "TIME", "20", "s"),
        # a scale written once after the upper end makes "to" a range
        ("about 3 to 4 million people", "3 to 4 million", "CARDINAL", "[3000000,4000000)", None),
        # everyday names of money
        ("It cost him 5 bucks.", "5 bucks", "MONEY", "5", "USD"),
        ("a ticket for 10 quid", "10 quid", "MONEY", "10", "GBP"),
        # scales fall within one number: a group that repeats or raises one starts another
        (
            "between 1.8 million and 2.35 million shares",
            "between 1.8 million and 2.35 million",
            "CARDINAL",
            "[1800000,2350000)",
            None,
        ),
        ("five hundred and two hundred", "two hundred", "CARDINAL", "200", None),
        (
            "two million and three hundred thousand",
            "two million and three hundred thousand",
            "CARDINAL",
            "2300000",
            None,
        ),
    ],
)
def test_news_readings(text, phrase, label, value, unit):
    assert one(text, phrase) == (label, value, unit)


def test_codes_and_model_numbers_are_not_counts():
    assert spans_of("The Boeing 737-800 crashed; 3G and 4K phones; the G8 and the A380.") == {}
    assert "$4" in spans_of("Shares rose $4 to $14.75.")  # a change, not a range
    assert "120-103" in spans_of("The Lakers won 120-103.")  # a score stays
