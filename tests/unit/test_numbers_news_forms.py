"""Number forms of ordinary news: dimensions, timings with glued letters, slash fractions and
"24/7", dotted clock times on a day, and units of medicine and pressure."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

PUBLISHED = date(2026, 3, 14)


def numbers(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (s.label, s.text, s.value, s.unit)
        for s in analyze(text, published=PUBLISHED)
        if s.kind == "number"
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The pitch is 105m by 68m.", "105m", "68m"),
        ("The plant will be 400m by 150m.", "400m", "150m"),
        ("A 250m x 12m platform.", "250m", "12m"),
    ],
)
def test_dimensions_are_metres(text: str, first: str, second: str) -> None:
    found = numbers(text)
    assert ("QUANTITY", first, first[:-1], "m") in found
    assert ("QUANTITY", second, second[:-1], "m") in found


def test_a_million_by_a_year_stays_a_million() -> None:
    assert numbers("Profits rose to 5m by 2030.")[0][:3] == ("CARDINAL", "5m", "5000000")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He won in 1h 32m 15s.", "in 1h 32m 15s", "PT1H32M15S"),
        ("Each visit lasted about 2h 30m.", "2h 30m", "PT2H30M"),
        ("It took 2h 1m 9s.", "2h 1m 9s", "PT2H1M9S"),
    ],
)
def test_glued_timings_run_on(text: str, span: str, value: str) -> None:
    assert ("TIME", span, value, None) in numbers(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("About 3/4 of voters agreed.", "3/4", "0.75"),
        ("It has a ratio of 3/4.", "3/4", "0.75"),
        ("About 13/17 of voters agreed.", "13/17", "0.7647058824"),
    ],
)
def test_slash_fractions(text: str, span: str, value: str) -> None:
    assert ("CARDINAL", span, value, None) in numbers(text)


def test_around_the_clock_is_no_date() -> None:
    assert numbers("Stations will be staffed 24/7.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The meeting on 3/4 was cancelled.", "2026-03-04"),
        ("It opened on 24/7 last year.", "2025-07-24"),
        ("The attacks of 9/11 changed things.", "2025-09-11"),
    ],
)
def test_slash_dates_stay_dates(text: str, value: str) -> None:
    assert numbers(text)[0][0] == "DATE" and numbers(text)[0][2] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The first test train ran at 10.30 on Friday.", "10.30 on Friday", "2026-03-13T10:30"),
        (
            "Kick-off is at 19.45 on Saturday 21 March.",
            "19.45 on Saturday 21 March",
            "2026-03-21T19:45",
        ),
    ],
)
def test_dotted_clock_on_a_day(text: str, span: str, value: str) -> None:
    assert ("TIME", span, value, None) in numbers(text)


def test_a_price_on_a_day_is_no_clock() -> None:
    found = numbers("It fell from 12.50 on Friday to 11.20 on Monday.")
    assert ("CARDINAL", "12.50", "12.5", None) in found


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Systolic pressure fell by 6.2 mmHg.", "6.2 mmHg", "mmHg"),
        ("LDL fell to 2.5 mmol/L.", "2.5 mmol/L", "mmol/L"),
        ("its 2-nanometre tools", "2-nanometre", "nm"),
        ("a strength of 30 megapascals", "30 megapascals", "MPa"),
        ("pressure fell to 960 hPa", "960 hPa", "hPa"),
    ],
)
def test_units_of_medicine_and_pressure(text: str, span: str, unit: str) -> None:
    assert any(f[0] == "QUANTITY" and f[1] == span and f[3] == unit for f in numbers(text))


@pytest.mark.parametrize(
    ("text", "label", "span", "value"),
    [
        ("The course closes 6½ hours later.", "TIME", "6½ hours later", "PT6H30M"),
        ("He served 2½ years.", "DATE", "2½ years", "P2Y6M"),
        ("It rose 6½ per cent.", "PERCENT", "6½ per cent", "6.5"),
        ("a 3½-mile walk", "QUANTITY", "3½-mile", "3.5"),
        ("a 1½-hour delay", "TIME", "1½-hour", "PT1H30M"),
    ],
)
def test_a_whole_and_a_glued_fraction(text: str, label: str, span: str, value: str) -> None:
    assert any(f[:3] == (label, span, value) for f in numbers(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Raducanu beat the world No 9 6-4, 3-6, 7-5 in two hours.", "3-6"),
        ("She won 3-6 6-3 6-2.", "3-6"),
    ],
)
def test_a_rising_pair_among_set_scores_is_a_score(text: str, pair: str) -> None:
    assert ("CARDINAL", pair, None, None) in numbers(text)


def test_rising_pairs_alone_stay_ranges() -> None:
    found = numbers("Voters aged 25-34 and 35-44, 45-54 were asked.")
    assert ("CARDINAL", "35-44", "[35,44)", None) in found


@pytest.mark.parametrize(
    "text",
    [
        "LP 791-18d is a planet.",
        "GJ 1214b orbits a red dwarf.",
        "HD 209458 b orbits a star.",
    ],
)
def test_catalogue_names_are_no_numbers(text: str) -> None:
    assert numbers(text) == []


def test_a_number_after_capitals_without_a_planet_letter_stays() -> None:
    assert numbers("It is a US 5b deal.")[0][:3] == ("CARDINAL", "5b", "5000000000")
    assert numbers("There are 1300 galaxies in the NGC list.")[0][:2] == ("CARDINAL", "1300")
    # (a catalogue name that opens a sentence is a name, as "Apollo 11": no count)
    assert numbers("NGC 1300 is a galaxy.") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ireland won the Six Nations on Saturday.", "Six"),
        ("Penn State joined the Big Ten in 1990.", "Ten"),
        ("The Three Lions lost again.", "Three"),
        ("They watched Fantastic Four at the cinema.", "Four"),
        ("A deal by the Gang of Eight collapsed.", "Eight"),
        ("He walked along the Seven Sisters cliffs.", "Seven"),
        ("Leaders of the Group of Seven met in Italy.", "Seven"),
        ("None of the Premier League's Big Six won.", "Six"),
        ("He starred in Ocean's Eleven with Clooney.", "Eleven"),
    ],
)
def test_a_number_word_in_a_name_is_no_count(text: str, word: str) -> None:
    assert not [n for n in numbers(text) if word in n[1]]


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Six people died in the fire.", "Six", "6"),
        ("Four of the men were arrested.", "Four", "4"),
        ('He said: "Seven Britons were hurt."', "Seven", "7"),
        ("Police Say Six Killed In Blast", "Six", "6"),
        ("Police said six Britons were hurt.", "six", "6"),
        ("DUBAI 1996-08-22 Three Afghan guards went home.", "Three", "3"),
    ],
)
def test_a_count_keeps_its_capital_where_every_word_may(text: str, word: str, value: str) -> None:
    assert ("CARDINAL", word, value, None) in numbers(text)


@pytest.mark.parametrize(
    "text",
    [
        "England lost the one-day international by six wickets.",
        "He has played 50 One-Day Internationals.",
        "She plays one-day cricket for Kent.",
        "They lost the one day international.",
    ],
)
def test_cricket_one_day_game_is_no_duration(text: str) -> None:
    assert not [n for n in numbers(text) if n[1].lower().startswith("one")]


@pytest.mark.parametrize(
    "text", ["Staff held a one-day strike.", "One day cricket will return here."]
)
def test_a_one_day_strike_lasts_a_day(text: str) -> None:
    assert [n[2] for n in numbers(text) if n[1].lower() in ("one day", "one-day")] == ["P1D"]


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Kuchina won at 2.31m in the high jump.", "2.31m"),
        ("Mayer set a season's best of 8.05m in the long jump.", "8.05m"),
        ("In the pole vault, Duplantis went over at 6.05m.", "6.05m"),
    ],
)
def test_a_field_event_mark_is_metres(text: str, mark: str) -> None:
    assert ("QUANTITY", mark, mark[:-1], "m") in numbers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose to 2.31m after the jump in profits.",
        "Viewers hit 2.31m, a new height for the show.",
        "The high jump final drew 2.31m viewers.",
        "Kuchina won at 2.3m in the high jump, and earned 2.3m.",
    ],
)
def test_a_million_stays_one_without_a_field_event(text: str) -> None:
    found = numbers(text)
    assert found and found[-1][0] == "CARDINAL" and float(found[-1][2] or 0) >= 1e6


@pytest.mark.parametrize(
    "text",
    [
        "Hamilton won in Formula One last year.",
        "He won one last year.",
        "They beat them two last week.",
    ],
)
def test_a_number_before_last_year_is_not_part_of_it(text: str) -> None:
    found = numbers(text)
    assert [n[:2] for n in found][-1] == ("DATE", "last " + text.split("last ")[1][:-1])
    assert found[-1][2] is not None  # resolved against the day of publication


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("It fell in the three last years.", "three last years"),
        ("Prices will last three days.", "three days"),
    ],
)
def test_a_duration_counted_back_stays_whole(text: str, span: str) -> None:
    assert [n[1] for n in numbers(text)] == [span]


def test_a_night_between_weekdays_without_a_day_of_publication() -> None:
    text = "The line shut from 10pm on Friday until 5am on Monday."
    assert [s for s in analyze(text) if s.kind == "number"]  # no crash without ``published``


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ten Downing Street was quiet.", "Ten"),
        ("First Security Corp. said it agreed to the deal.", "First"),
        ("Residents of Four Mile Canyon were told to leave.", "Four Mile"),
    ],
)
def test_a_number_word_inside_a_found_name_is_no_count(text: str, word: str) -> None:
    assert not [n for n in numbers(text) if n[1] == word]


@pytest.mark.parametrize(
    ("text", "word"),
    [("Six Americans were killed.", "Six"), ("PARNEVIK TAKES ONE-SHOT LEAD AT OPEN.", "ONE")],
)
def test_a_count_before_a_name_stays(text: str, word: str) -> None:
    assert [n for n in numbers(text) if n[1] == word]


def test_an_ordinal_with_grouped_thousands_is_one_ordinal() -> None:
    assert numbers("It was the 1,000th day of the war.")[0] == ("ORDINAL", "1,000th", "1000", None)
