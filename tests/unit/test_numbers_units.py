"""Ranges whose unit is written once, temperatures written "25C", and model numbers written
like ranges: readings of ordinary news sentences (issue 11)."""

from __future__ import annotations

import pytest

from tuiread.analysis.numbers import find_numbers
from tuiread.analysis.numbers.glued import glued_temperature


def spans_of(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {s.text: (s.label, s.value, s.unit) for s in find_numbers(text)}


@pytest.mark.parametrize(
    ("text", "phrase", "label", "value", "unit"),
    [
        # the unit written once after the upper end belongs to both ends
        ("Temperatures of 20-25C are expected.", "20-25C", "QUANTITY", "[20,25)", "C"),
        ("Highs of 20 to 25 degrees.", "20 to 25 degrees", "QUANTITY", "[20,25)", "deg"),
        ("They set off on a 5-10km walk.", "5-10km", "QUANTITY", "[5,10)", "km"),
        ("Gusts of 50-60mph are forecast.", "50-60mph", "QUANTITY", "[50,60)", "mph"),
        ("2,000-3,000 tonnes of grain", "2,000-3,000 tonnes", "QUANTITY", "[2000,3000)", "t"),
        ("Prices rose 5 to 10 per cent.", "5 to 10 per cent", "PERCENT", "[5,10)", "%"),
        ("The economy grew 2-3% in 2019.", "2-3%", "PERCENT", "[2,3)", "%"),
        ("It lasts 10-15 minutes.", "10-15 minutes", "TIME", "[10,15)", "min"),
        ("It took 2-3 years to build.", "2-3 years", "DATE", "[2,3)", "yr"),
        # or on both ends
        ("He ran 5km-10km each day.", "5km-10km", "QUANTITY", "[5,10)", "km"),
        ("Rates of between 5% and 10% apply.", "5% and 10%", "PERCENT", "[5,10)", "%"),
        # an "m" before a currency or a count in millions is a million, not metres
        (
            "It cost between 2m and 3m euros.",
            "2m and 3m euros",
            "MONEY",
            "[2000000,3000000)",
            "EUR",
        ),
        ("between 2m and 3m people", "between 2m and 3m", "CARDINAL", "[2000000,3000000)", None),
        ("They paid between $2m and $3m.", "$2m and $3m", "MONEY", "[2000000,3000000)", "USD"),
        ("a 2-3bn deal", "2-3bn", "CARDINAL", "[2000000000,3000000000)", None),
        ("It costs £3-£4.", "£3-£4", "MONEY", "[3,4)", "GBP"),
        # temperatures in UK style
        ("Temperatures reached 25C on Monday.", "25C", "QUANTITY", "25", "C"),
        ("Overnight lows of -5C are likely.", "-5C", "QUANTITY", "-5", "C"),
        ("Highs of 3C with frost.", "3C", "QUANTITY", "3", "C"),
        ("It was 32C (90F) in Seville.", "90F", "QUANTITY", "90", "F"),
    ],
)
def test_unit_readings(text, phrase, label, value, unit):
    found = spans_of(text)
    assert phrase in found, f"{phrase!r} not found in {text!r}: {sorted(found)}"
    assert found[phrase] == (label, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose 5% to 7% on the day.",  # a change from one figure to another
        "Prices fell from 10 to 5 per cent.",  # a fall: no range
        "He won 6-4, 6-3.",
    ],
)
def test_no_range(text):
    assert not any(v and v.startswith("[") for _, v, _ in spans_of(text).values())


@pytest.mark.parametrize(
    ("text", "phrase", "temperature"),
    [
        ("Temperatures reached 25C on Monday.", "25C", True),
        ("It will be 30C in London tomorrow.", "30C", True),
        ("Lows of 3C are forecast.", "3C", True),
        ("Seat 14C was empty.", "14C", False),
        ("She lives in Flat 3C.", "3C", False),
        ("The iPhone 5C was launched.", "5C", False),
        ("When must 13F be filed?", "13F", False),  # a form, no Fahrenheit without weather
        ("It sold at 25C on the exchange.", "250C", False),  # no weather reaches 250C
        ("He paid 25c for it.", "25c", False),  # cents
    ],
)
def test_glued_temperature(text, phrase, temperature):
    s = text.find(phrase)
    if s < 0:
        s, text = 0, phrase
    assert glued_temperature(phrase, s, s + len(phrase), text) is temperature


def test_codes_glued_to_a_letter_are_no_counts():
    assert spans_of("Seat 14C was empty.") == {}
    assert "24703" in spans_of("Part 24703 L-202 failed.")  # "L-202" is a code, no litres


@pytest.mark.parametrize(
    "text",
    [
        "The 737-800 jets were grounded.",
        "The airline flies 747-400 aircraft on the route.",
        "The company's 747-8F freighters are ageing.",
        "A 777-200 bound for Honolulu lost an engine.",
        "Its 737 jets are old.",
    ],
)
def test_a_model_family_with_its_variant_is_a_name(text):
    assert spans_of(text) == {}


def test_a_model_family_number_alone_still_counts():
    assert spans_of("It has 737 staff.") == {"737": ("CARDINAL", "737", None)}
    assert "Between 737 and 800" in spans_of("Between 737 and 800 people came.")
    assert "117-100" in spans_of("The Lakers won 117-100.")  # a score stays


def test_the_typeset_minus_sign():
    assert spans_of("Temperatures hit −3C.") == {"−3C": ("QUANTITY", "-3", "C")}
    assert spans_of("The index fell −0.5% on the day.")["−0.5%"] == ("PERCENT", "-0.5", "%")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shares rose 3p to 250p.", "3p", "3"),
        ("Shares rose 3p to 250p.", "250p", "250"),
        ("A 5p charge on plastic bags.", "5p", "5"),
        ("The shares were up 12.5p at 1,250p.", "1,250p", "1250"),
    ],
)
def test_pence(text, phrase, value):
    assert spans_of(text)[phrase] == ("MONEY", value, "GBp")


def test_a_p_after_a_word_of_time_is_an_hour():
    assert spans_of("Book a call today at 9p.")["today at 9p"][0] == "TIME"
    assert spans_of("The meeting is at 4p.")["4p"][0] == "TIME"


def test_a_temperature_after_the_word_opening_a_sentence():
    assert spans_of("The 1.5C target is slipping away.") == {"1.5C": ("QUANTITY", "1.5", "C")}


def test_a_product_name_runs_on_in_capitals_after_its_number():
    assert spans_of("Apple's iPhone 15 Pro Max costs $1,199.") == {
        "$1,199": ("MONEY", "1199", "USD")
    }
    assert spans_of("Sony's PlayStation 5 Pro is out.") == {}
    assert "2" in spans_of("McLaren 2 Ferrari 1 in the standings.")  # a table's row


@pytest.mark.parametrize(
    ("text", "phrase", "label", "value", "unit"),
    [
        ("Children aged 5-11 will be vaccinated.", "aged 5-11", "DATE", "[5,11)", "yr"),
        ("Men aged 18 to 24 years were asked.", "aged 18 to 24 years", "DATE", "[18,24)", "yr"),
        ("They need 20-25,000 more nurses.", "20-25,000", "CARDINAL", "[20000,25000)", None),
        ("It costs £20-25,000 a year.", "£20-25,000", "MONEY", "[20000,25000)", "GBP"),
        ("on a scale of 1-10,000", "1-10,000", "CARDINAL", "[1,10000)", None),
        (
            "Costs of 3 to 4 million dollars.",
            "3 to 4 million dollars",
            "MONEY",
            "[3000000,4000000)",
            "USD",
        ),
    ],
)
def test_more_ranges(text, phrase, label, value, unit):
    assert spans_of(text)[phrase] == (label, value, unit)


def test_a_bare_number_to_a_prefixed_amount_is_a_change():
    assert "$14.75" in spans_of("Shares rose 4 to $14.75.")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        # stones glued to the number, and the pounds after them (14 to the stone)
        ("The boxer weighed in at 15st 2lb.", "15st 2lb", "15.1428571429", "st"),
        ("He lost 2st in a year.", "2st", "2", "st"),
        # horsepower
        ("a 300hp engine", "300hp", "300", "hp"),
        ("The car has 520 horsepower.", "520 horsepower", "520", "hp"),
    ],
)
def test_stones_and_horsepower(text: str, phrase: str, value: str, unit: str) -> None:
    assert spans_of(text)[phrase] == ("QUANTITY", value, unit)


def test_a_number_before_a_saint_or_a_street_is_no_weight() -> None:
    assert spans_of("He lives at 5 St Mary Street.") == {"5": ("CARDINAL", "5", None)}


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit"),
    [
        ("Sales of SEK 4.2bn were reported.", "SEK 4.2bn", "4200000000", "SEK"),
        ("It paid NOK 30.", "NOK 30", "30", "NOK"),
        ("It paid CAD 5 million.", "CAD 5 million", "5000000", "CAD"),
    ],
)
def test_every_currency_code_of_the_lexicon_opens_an_amount(
    text: str, phrase: str, value: str, unit: str
) -> None:
    assert spans_of(text)[phrase] == ("MONEY", value, unit)


def test_the_wires_abbreviation_of_months() -> None:
    # "6mth" was the count 6 with a lost "mth" (CoNLL's Reuters: "6mth parent forecast")
    assert spans_of("Jeans Mate Corp - 6mth parent forecast .")["6mth"] == ("DATE", "6", "mo")
    assert spans_of("net profit for the 3 mths to June")["3 mths"] == ("DATE", "3", "mo")
