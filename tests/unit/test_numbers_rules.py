"""Each rule of the numbers engine, by name: an example it must make, checked through the
trace (so the rule that made the span is the one named), and the lexicon it reads."""

from __future__ import annotations

import re

import pytest

from tuiread.analysis.numbers import (
    classify,
    context,
    find_numbers,
    glued,
    joins,
    lexicon,
    ordinals,
    unit_ranges,
)
from tuiread.analysis.numbers.atoms import (
    DATE,
    DAY_PART,
    DURATION,
    MEASURE,
    NUMBER,
    ORDINAL,
    TIME,
    YEAR,
    Kind,
)
from tuiread.analysis.numbers.date_values import date_value, numeric_date_value, year_of
from tuiread.analysis.numbers.grammar import BRANCHES, READING, lower_case_grammar
from tuiread.analysis.numbers.measure_values import money_value, quantity_value, temperature_value
from tuiread.analysis.numbers.values import format_value, parse_ordinal
from tuiread.analysis.trace import Trace

# (rule as the trace names it, text, the span it makes)
RULE_EXAMPLES = [
    ("join:split number", "Profits rose 14 . 8 % last year.", "14 . 8 %"),
    ("join:frequency", "The shop opens every Monday at 9 am.", "every Monday at 9 am"),
    ("join:date range", "The war lasted from 1910 to 1945.", "from 1910 to 1945"),
    ("join:year to short year", "Japan's 1910-45 rule ended.", "1910-45"),
    ("join:clock range", "I'll be out from 2:30 to 4 pm today.", "from 2:30 to 4 pm today"),
    ("join:day number to date", "The fair runs 3 to 5 May.", "3 to 5 May"),
    ("join:day to clock", "We work Friday to 5 pm.", "Friday to 5 pm"),
    (
        "join:ordinal to date",
        "Visit from the 3rd to the 5th of May.",
        "from the 3rd to the 5th of May",
    ),
    ("join:date to day number", "The fair runs May 3-5.", "May 3-5"),
    ("join:number range", "The number is between 20 and 30.", "between 20 and 30"),
    ("join:duration from clock", "The road closes for 2 hours from 9 pm.", "for 2 hours from 9 pm"),
    ("join:clock for duration", "It runs from 10 am for 3 hours.", "from 10 am for 3 hours"),
    (
        "join:duration before date",
        "They left two days before Christmas.",
        "two days before Christmas",
    ),
    ("join:day from clock range", "The desk is open Friday from 9 to 11.", "Friday from 9 to 11"),
    ("join:day by clock", "Send it today before 4pm.", "today before 4pm"),
    ("join:offset on weekday", "I'll go back in 3 days on Friday.", "in 3 days on Friday"),
    ("join:day then clock", "Come back tomorrow 8:00am.", "tomorrow 8:00am"),
    ("join:clock then day", "The train leaves at 9 am Friday.", "9 am Friday"),
    (
        "join:clock range then clock",
        "I am away from 2pm till tomorrow 4:30pm.",
        "from 2pm till tomorrow 4:30pm",
    ),
    ("join:day clock at clock", "It opens Sunday evening at 10:00.", "Sunday evening at 10:00"),
    ("join:clock then day part", "He woke at 5 am this morning.", "5 am this morning"),
    ("join:day then hour range", "The desk is open tonight 9-11.", "tonight 9-11"),
    ("join:clock then relative date", "We meet at 9 am next week.", "9 am next week"),
    ("join:day part then clock", "We met this morning at 9:30.", "this morning at 9:30"),
    ("join:day at hour", "Call me today at 8.", "today at 8"),
    ("join:hour then day part", "He woke at 4 in the morning.", "4 in the morning"),
    ("join:at hour then day", "Call me at 9 tomorrow.", "9 tomorrow"),
    ("join:dotted clock then day", "The train ran at 10.30 on Friday.", "10.30 on Friday"),
    ("join:day range of month", "The fair runs 10-12 next month.", "10-12 next month"),
    ("join:hour range on day", "The desk is open 9-11 on Friday.", "9-11 on Friday"),
    ("join:hour range then day", "The desk is open 9-11 tomorrow.", "9-11 tomorrow"),
    ("join:day then day part", "We met Friday morning.", "Friday morning"),
    ("join:day part then date", "They struck early morning Tuesday.", "early morning Tuesday"),
    ("join:date then date", "It began on Wednesday, August 28.", "Wednesday, August 28"),
    ("join:date then year", "The deadline is 9/15, 2017.", "9/15, 2017"),
    ("context:from before range", "It rose from 3-4 points.", "from 3-4"),
    ("context:in before duration", "It ends in three days.", "in three days"),
    ("context:the before period", "We met on the 9th of May.", "the 9th of May"),
    ("context:since before date", "Prices have risen since 2008.", "since 2008"),
    ("context:or later after date", "Models from 2012 or later.", "2012 or later"),
    ("context:year or count", "The plant hired 2000 workers.", "2000"),
    ("context:compared year is count", "They cut at least 1250 jobs.", "at least 1250"),
    ("context:quarters of time", "Sales fell for two quarters.", "two quarters"),
    ("join:money range", "They raised $3-4bn.", "$3-4bn"),
    ("join:unit range", "Temperatures of 20-25C are expected.", "20-25C"),
    ("join:duration range", "The walk takes 10-15 minutes.", "10-15 minutes"),
    ("context:comparative", "He is more than thirty.", "more than thirty"),
    ("context:at clock with point", "We met at 6.45 and left.", "at 6.45"),
    ("context:on the day number", "We met on the 2nd.", "the 2nd"),
    (
        "context:join bounds",
        "It is greater than 100 and smaller than 300.",
        "greater than 100 and smaller than 300",
    ),
]


def _made_by(text: str) -> dict[str, list[str]]:
    trace = Trace()
    spans = find_numbers(text, trace=trace)
    return {s.text: [d.rule for d in trace.about({"number"}, s.start, s.end)] for s in spans}


@pytest.mark.parametrize(("rule", "text", "span"), RULE_EXAMPLES, ids=[r[0] for r in RULE_EXAMPLES])
def test_each_rule_makes_its_example(rule: str, text: str, span: str) -> None:
    made = _made_by(text)
    assert span in made, f"{span!r} not found in {text!r}: {sorted(made)}"
    assert rule in made[span], made[span]


def _rule_names() -> set[str]:
    names = {"join:split number", "join:frequency", "join:money range", "context:join bounds"}
    names.add("join:unit range")
    for table in (joins.RANGE_JOINS, joins.LINKED_JOINS, joins.ADJACENT_JOINS):
        names |= {"join:" + r.__name__.replace("_", " ") for r in table}
    names |= {"context:" + r.__name__.replace("_", " ") for r in context.WIDENINGS}
    return names


def test_every_joining_and_context_rule_has_an_example() -> None:
    assert {r[0] for r in RULE_EXAMPLES} == _rule_names()


def test_rules_have_docstrings() -> None:
    rules = [*joins.RANGE_JOINS, *joins.LINKED_JOINS, *joins.ADJACENT_JOINS, *context.WIDENINGS]
    rules += [*classify.READERS.values(), joins.join_split_number, joins.join_frequency]
    rules += [joins.join_money_range, context.model_number, context.not_a_count]
    rules += [unit_ranges.join_unit_range, unit_ranges.million_lower_end]
    rules += [unit_ranges.thousands_lower_end]
    rules += [glued.glued_temperature, context.family_model, classify.pence]
    rules += [context.product_number, ordinals.ordinal_before_noun, classify.counted_noun_after]
    assert all(r.__doc__ and r.__doc__.strip() for r in rules)


def test_a_label_is_turned_down_with_a_reason() -> None:
    trace = Trace()
    assert find_numbers("They closed Interstate 95 and Highway 35.", trace=trace) == []
    rejected = [(d.text, d.rule) for d in trace.decisions if d.verdict == "rejected"]
    assert ("95", "context:label") in rejected and ("35", "context:label") in rejected
    trace = Trace()
    assert find_numbers("The Boeing 737-800 and 3G phones.", trace=trace) == []
    rejected = [(d.text, d.rule) for d in trace.decisions if d.verdict == "rejected"]
    assert ("737-800", "context:model number") in rejected and ("3G", "read:code") in rejected


# ------------------------------------------------------------------ readers


def _read(reading: str, text: str, phrase: str | None = None):
    phrase = phrase or text
    s = text.index(phrase)
    return classify.classify(reading, phrase, s, s + len(phrase), text, None)


@pytest.mark.parametrize(
    ("reading", "text", "phrase", "kind", "label", "value", "unit"),
    [
        ("number", "3,000", None, NUMBER, "CARDINAL", "3000", None),
        ("number", "2012", None, YEAR, "DATE", "2012", None),
        ("number", "twenty-seventh", None, ORDINAL, "ORDINAL", "27", None),
        ("date_words", "in May 2017", "May 2017", DATE, "DATE", "2017-05", None),
        ("date_digits", "2017-09-15", None, DATE, "DATE", "2017-09-15", None),
        ("relative_date", "Friday", None, DATE, "DATE", None, None),
        ("relative_date", "now", None, DATE, "TIME", None, None),
        ("period", "Q1 2016", None, DATE, "DATE", None, None),
        ("time_of_day", "this morning", None, DAY_PART, "TIME", None, None),
        ("clock", "2:30 pm", None, TIME, "TIME", None, None),
        ("duration", "six minutes", None, DURATION, "TIME", "6", "min"),
        ("duration", "3 days ago", None, DURATION, "DATE", "3", "d"),
        ("relative_duration", "the past three years", "past three years", DATE, "DATE", "3", "yr"),
        ("relative_ordinal", "the next one", "next one", ORDINAL, "ORDINAL", "current+1", None),
        ("ordinal", "fifth", None, ORDINAL, "ORDINAL", "5", None),
        ("ordinal", "a third", None, NUMBER, "CARDINAL", "0.333333333", None),
        ("money", "$48.2 million", None, MEASURE, "MONEY", "48200000", "USD"),
        ("percent", "9 per cent", None, MEASURE, "PERCENT", "9", "%"),
        ("age", "five years old", None, MEASURE, "DATE", "5", "yr"),
        ("temperature_unit", "degrees Fahrenheit", None, MEASURE, "QUANTITY", None, "F"),
        ("temperature", "40 deg celsius", None, MEASURE, "QUANTITY", "40", "C"),
        ("quantity", "250 kilometers", None, MEASURE, "QUANTITY", "250", "km"),
    ],
)
def test_readers(
    reading: str,
    text: str,
    phrase: str | None,
    kind: Kind,
    label: str,
    value: str | None,
    unit: str | None,
) -> None:
    atom = _read(reading, text, phrase)
    assert atom is not None
    assert (atom.kind, atom.label, atom.unit) == (kind, label, unit)
    if value is not None and atom.value is not None and "." in value:
        assert float(atom.value) == pytest.approx(float(value))
    else:
        assert atom.value == value


@pytest.mark.parametrize(
    ("reading", "text", "phrase"),
    [
        ("date_words", "This may or may not be right.", "may"),  # the verb
        ("date_words", "I may go.", "may"),
        ("date_digits", "13/45/2017", None),  # no such month
        ("relative_ordinal", "the next phase", "next"),
        ("code", "flight MH17", "MH17"),
    ],
)
def test_readers_turn_down(reading: str, text: str, phrase: str | None) -> None:
    assert _read(reading, text, phrase) is None


def test_a_count_before_an_ordinal_keeps_the_count() -> None:
    atom = _read("ordinal", "two first innings", "two first")
    assert atom is not None and (atom.kind, atom.value, atom.end) == (NUMBER, "2", 3)


# ------------------------------------------------------------------ values


def test_values() -> None:
    assert format_value(3000.0) == "3000"
    assert format_value(float("inf")) is None
    assert parse_ordinal("twenty-first") == 21
    assert date_value("September 15, 2017") == "2017-09-15"
    assert date_value("April of 87") == "1987-04"
    assert date_value("the ninth of May") == "XXXX-05-09"
    assert numeric_date_value("15.09.2017") == "2017-09-15"
    assert numeric_date_value("9/15") == "XXXX-09-15"
    assert numeric_date_value("12-2015") == "2015-12"
    assert year_of("nineteen eighty six") == 1986
    assert money_value("5 MEUR") == ("5000000", "EUR")
    assert money_value("5 dollars and 50 cents") == ("5.5", "USD")
    assert quantity_value("5 ft 2 in")[1] == "ft"
    assert temperature_value("98.6°F") == ("98.6", "F")


# ------------------------------------------------------------------ the lexicon and grammar


def test_lexicon_files_hold_one_lower_case_entry_a_line() -> None:
    for path in sorted(lexicon.DATA.glob("*.txt")):
        entries = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln[:1] != "#"]
        assert entries and all(ln.strip() == ln and ln for ln in entries), path.name
        words = [ln.rpartition(" ")[0] or ln for ln in entries]
        assert len(words) == len(set(words)), f"{path.name} repeats a word"
        if path.name != "currency_codes.txt":
            assert all(w == w.lower() for w in words), path.name
    assert lexicon.SCALES["million"] == 1e6 and lexicon.MONTHS["sept"] == 9
    assert lexicon.FRACTIONS["fifths"] == 5 and "second" not in lexicon.FRACTIONS


def test_every_group_of_the_grammar_has_a_reading() -> None:
    names = set(lower_case_grammar("all").groupindex)
    assert {b.name for b in BRANCHES} <= names
    assert {n for n in names if not re.fullmatch(r"ds\d", n)} == set(READING)
    assert set(READING.values()) == set(classify.READERS)


@pytest.mark.parametrize(
    ("text", "phrase", "label", "value"),
    [
        ("It sold 1.2m Orbit streaming boxes.", "1.2m", "CARDINAL", "1200000"),
        ("The game sold 2.5m copies.", "2.5m", "CARDINAL", "2500000"),
        ("A 5m high wall.", "5m", "QUANTITY", "5"),
        ("He won the 100m final.", "100m", "QUANTITY", "100"),
        ("A 5m Roman wall stands.", "5m", "QUANTITY", "5"),
    ],
)
def test_an_m_glued_to_a_number_is_a_million_before_what_it_counts(
    text: str, phrase: str, label: str, value: str
) -> None:
    spans = {s.text: (s.label, s.value) for s in find_numbers(text)}
    assert spans[phrase] == (label, value)


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("Sales fell for a fifth consecutive quarter.", True),
        ("She won a third term.", True),
        ("A third well was drilled.", True),
        ("It costs a fifth of the price.", False),
        ("They cut it by a fifth.", False),
        ("A third voted no.", False),
        ("The index fell by over a third earlier this week.", False),
        ("Sales rose a third in May.", False),
        ("A fifth U.S. aircraft carrier could sail.", True),
        ("He won a third Grand Slam title.", True),
        ("Jobs Cut By A Third At Firm", False),
    ],
)
def test_an_article_and_an_ordinal_before_a_noun_is_an_ordinal(text: str, ordinal: bool) -> None:
    spans = {s.text: s.label for s in find_numbers(text)}
    if ordinal:
        word = next(w for w in ("fifth", "third") if w in text)  # (lower case when ordinal)
        assert spans.get(word) == "ORDINAL", spans
    else:
        assert "ORDINAL" not in spans.values(), spans


@pytest.mark.parametrize(
    ("text", "number", "name"),
    [
        ("The game sold well on the PlayStation 5 and Xbox Series X.", "5", True),
        ("He bought an iPhone 15 with his savings.", "15", True),
        ("Users of Windows 11 were told to update.", "11", True),
        ("The Boeing 737 she flew landed safely.", "737", True),
        ("They gave Smith 3 votes.", "3", False),
        ("Liverpool 3 Chelsea 1 was the score.", "1", False),
        ("Essex 372 and 100-5.", "372", False),
        ("About 50 people came.", "50", False),
        ("The Yankees won 12 of the past 15 meetings.", "12", False),
        ("They met Smith 3 times.", "3", False),
    ],
)
def test_a_number_ending_a_product_name_is_no_count(text: str, number: str, name: bool) -> None:
    counts = {s.text for s in find_numbers(text)}
    assert (number not in counts) == name, counts


def test_no_without_a_point_names_a_number_and_a_small_no_denies() -> None:
    # British news writes "No 1" and "No 10" without the point of "No. 1"
    assert find_numbers("He is world No 1 again; the No 2 seed lost.") == []
    assert [s.text for s in find_numbers("There is no 1 answer.")] == ["1"]


def test_a_number_after_a_noun_of_a_place_or_a_grade_names_it() -> None:
    for text in (
        "The M5 was closed at junction 14.",
        "People with type 2 diabetes are at risk.",
        "The city moved into tier 3 restrictions.",
        "The vaccine is in phase 3 trials.",
        "Terminal 5 was closed.",
    ):
        assert find_numbers(text) == [], text
    # after "this" or "that" the noun points back, and the number counts what follows
    assert [s.text for s in find_numbers("At that level 10 people had died.")] == ["10"]


def test_a_point_zero_after_a_capitalised_word_is_a_version() -> None:
    assert find_numbers("The Web 3.0 hype faded; it is a Brexit 2.0 moment.") == []
    # after a small word, and at a sentence's start, the number stays
    assert [s.text for s in find_numbers("A magnitude 7.0 quake struck.")] == ["7.0"]
