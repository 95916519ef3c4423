"""TIMEX3 values of time expressions, rule by rule, against an anchor (Friday 2017-09-15)."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis.dates import calendar
from tuiread.analysis.dates.context import Context, Story
from tuiread.analysis.dates.phrase import read_amount, read_year, words
from tuiread.analysis.dates.tense import FUTURE, PAST, UNKNOWN, tense_at
from tuiread.analysis.dates.values import phrase_of, timex_value

FRIDAY = date(2017, 9, 15)


def value(text: str, anchor: date | None = FRIDAY, tense: int = 0, story: Story | None = None):
    found = timex_value(text, Context(anchor, story, lambda: tense))
    return found.value if found else None


# ------------------------------------------------------------------------- phrase


def test_words_drop_abbreviation_dots_possessives_and_word_hyphens() -> None:
    assert words("Sept. 15, 2017") == ["sept", "15", "2017"]
    assert words("the third-quarter") == ["the", "third", "quarter"]
    assert words("Friday's 10 p.m. vote") == ["friday", "10", "pm", "vote"]
    assert words("the '80s") == ["the", "80s"]
    assert words("1910-45") == ["1910-45"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("two weeks", 2),
        ("twenty four hours", 24),
        ("a hundred years", 100),
        ("a couple of days", 2),
        ("2 1/2 years", 2.5),
        ("one and a half hours", 1.5),
        ("half an hour", 0.5),
        ("several years", -1.0),
    ],
)
def test_read_amount(text: str, amount: float) -> None:
    assert read_amount(text.split(), 0)[0] == amount


def test_read_year_reads_digits_and_spoken_years() -> None:
    assert read_year(["1998"], 0) == (1998, 1)
    assert read_year(["'98"], 0) == (1998, 1)
    assert read_year(["nineteen", "ninety", "four"], 0) == (1994, 3)
    assert read_year(["two", "thousand"], 0) == (2000, 2)
    assert read_year(["12"], 0) == (None, 0)


def test_phrase_reads_past_prepositions_the_and_modifiers() -> None:
    p = phrase_of("until the end of the year")
    assert p.w == ["year"] and p.the
    assert phrase_of("at least 72 hours").w == ["72", "hours"]
    assert phrase_of("nearly four years ago").w == ["four", "years", "ago"]


# ------------------------------------------------------------------------- references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("the present", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("the past", "PAST_REF"),
        ("the future", "FUTURE_REF"),
        ("soon", "FUTURE_REF"),
        ("the near term", "FUTURE_REF"),
        ("future quarters", "FUTURE_REF"),
    ],
)
def test_references(text: str, expected: str) -> None:
    assert value(text) == expected
    assert value(text, anchor=None) == expected  # no anchor needed


# ------------------------------------------------------------------------- recurrences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("daily", "P1D"),
        ("annually", "P1Y"),
        ("every week", "P1W"),
        ("every other day", "P2D"),
        ("each year", "P1Y"),
        ("every Tuesday", "XXXX-WXX-2"),
        ("Tuesday nights", "XXXX-WXX-2TNI"),
    ],
)
def test_recurrences(text: str, expected: str) -> None:
    assert value(text) == expected


# ------------------------------------------------------------------------- days


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("today", 0, "2017-09-15"),
        ("yesterday", 0, "2017-09-14"),
        ("tomorrow", 0, "2017-09-16"),
        ("the day before yesterday", 0, "2017-09-13"),
        ("Friday", PAST, "2017-09-15"),
        ("Tuesday", PAST, "2017-09-12"),
        ("Tuesday", FUTURE, "2017-09-19"),
        ("Tuesday", UNKNOWN, "2017-09-12"),
        ("last Friday", 0, "2017-09-08"),
        ("next Friday", 0, "2017-09-22"),
        ("this coming Monday", 0, "2017-09-18"),
        ("Friday night", 0, "2017-09-15TNI"),
        ("last night", 0, "2017-09-14TNI"),
        ("this morning", 0, "2017-09-15TMO"),
        ("10 p.m.", 0, "2017-09-15T22:00"),
        ("9 a.m. EST Tuesday", FUTURE, "2017-09-19T09:00"),
        ("noon", 0, "2017-09-15T12:00"),
        ("Sept 15", 0, "2017-09-15"),
        ("Sept. 15, 2016", 0, "2016-09-15"),
        ("the 3rd of October", 0, "2017-10-03"),
        ("Friday, Oct. 23, 1998", 0, "1998-10-23"),
    ],
)
def test_days(text: str, tense: int, expected: str) -> None:
    assert value(text, tense=tense) == expected


def test_a_month_and_day_without_a_year_take_the_nearest_year_the_tense_allows() -> None:
    november = date(1989, 11, 2)
    assert value("Jan. 2", november) == "1990-01-02"  # two months ahead, not ten back
    may = date(1999, 5, 7)
    assert value("Oct. 23", may, tense=PAST) == "1998-10-23"
    assert value("Oct. 23", may, tense=FUTURE) == "1999-10-23"


def test_days_without_an_anchor_keep_the_partial_value_timex3_allows() -> None:
    assert value("Sept 15", anchor=None) == "XXXX-09-15"
    assert value("Tuesday", anchor=None) == "XXXX-WXX-2"
    assert value("yesterday", anchor=None) is None
    assert value("10 p.m.", anchor=None) == "XXXX-XX-XXT22:00"


# ------------------------------------------------------------------------- the calendar


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("September 2017", 0, "2017-09"),
        ("December", PAST, "2016-12"),
        ("August", 0, "2017-08"),
        ("last April", 0, "2017-04"),
        ("last September", 0, "2016-09"),
        ("last August", 0, "2016-08"),  # the month just gone would be "last month"
        ("next March", 0, "2018-03"),
        ("June last year", 0, "2016-06"),
        ("1998", 0, "1998"),
        ("fiscal 1988", 0, "1988"),
        ("the year two thousand", 0, "2000"),
        ("nineteen ninety-four", 0, "1994"),
        ("the 1990s", 0, "199"),
        ("the '80s", 0, "198"),
        ("the mid-1990s", 0, "199"),
        ("the eighties", 0, "198"),
        ("the 20th century", 0, "19"),
        ("this century", 0, "20"),
        ("this spring", 0, "2017-SP"),
        ("last fall", 0, "2016-FA"),
        ("spring 1998", 0, "1998-SP"),
        ("the winter of nineteen ninety-four", 0, "1994-WI"),
        ("the third quarter", 0, "2017-Q3"),
        ("third-quarter", 0, "2017-Q3"),
        ("Q3 2016", 0, "2016-Q3"),
        ("the 1988 third quarter", 0, "1988-Q3"),
        ("this year's third quarter", 0, "2017-Q3"),
        ("the year-earlier third quarter", 0, "2016-Q3"),
        ("the latest quarter", 0, "2017-Q2"),
        ("the first half of 1989", 0, "1989-H1"),
        ("Christmas", FUTURE, "2017-12-25"),
        ("Thanksgiving", PAST, "2016-11-24"),
        ("Easter 2018", 0, "2018-04-01"),
        ("Election Day 2016", 0, "2016-11-08"),
    ],
)
def test_the_calendar(text: str, tense: int, expected: str) -> None:
    assert value(text, tense=tense) == expected


def test_seasons_in_winter_count_the_winter_by_the_year_it_starts() -> None:
    february = date(1998, 2, 6)
    assert value("last fall", february) == "1997-FA"
    assert value("this winter", february) == "1997-WI"


def test_quarters_follow_the_story() -> None:
    story = Story()
    story.note("1989-Q3", True)
    assert value("the quarter", date(1989, 11, 2), story=story) == "1989-Q3"
    assert value("a year ago", date(1989, 11, 2), story=story) == "1988-Q3"
    assert value("the year-earlier period", date(1989, 11, 2), story=story) == "1988-Q3"


# ------------------------------------------------------------------------- named periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last month", "2017-08"),
        ("this month", "2017-09"),
        ("next year", "2018"),
        ("last year", "2016"),
        ("this week", "2017-W37"),
        ("last week", "2017-W36"),
        ("early next week", "2017-W38"),
        ("the weekend", "2017-W37-WE"),
        ("the end of the year", "2017"),
        ("year-end", "2017"),
        ("the last decade", "200"),
        ("earlier this month", "2017-09"),
    ],
)
def test_periods_named_from_the_anchor(text: str, expected: str) -> None:
    assert value(text) == expected


def test_periods_named_from_the_story() -> None:
    story = Story()
    story.note("1998-06", True)
    anchor = date(2000, 1, 28)
    assert value("later that year", anchor, story=story) == "1998"
    story.note("1998-10-23", True)
    assert value("the next day", anchor, story=story) == "1998-10-24"
    assert value("that day", anchor, story=story) == "1998-10-23"


def test_named_periods_need_an_anchor() -> None:
    assert value("last month", anchor=None) is None
    assert value("next year", anchor=None) is None


# ------------------------------------------------------------------------- offsets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two weeks ago", "2017-W35"),
        ("11 days ago", "2017-09-04"),
        ("two months ago", "2017-07"),
        ("50 years ago", "1967"),
        ("nearly four years ago", "2013"),
        ("a week or so ago", "2017-W36"),
        ("three days later", "2017-09-18"),
        ("years ago", "PAST_REF"),
    ],
)
def test_offsets(text: str, expected: str) -> None:
    assert value(text) == expected


# ------------------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "expected", "amount", "unit"),
    [
        ("two weeks", "P2W", "2", "weeks"),
        ("six minutes", "PT6M", "6", "minutes"),
        ("a day", "P1D", "1", "day"),
        ("14 days", "P14D", "14", "days"),
        ("16-hour", "PT16H", "16", "hours"),
        ("the past two months", "P2M", "2", "months"),
        ("the first nine months", "P9M", "9", "months"),
        ("the next few years", "PXY", None, "years"),
        ("several years", "PXY", None, "years"),
        ("years", "PXY", None, "years"),
        ("a decade", "P10Y", "1", "decade"),
        ("two decades", "P20Y", "2", "decades"),
        ("centuries", "PXC", None, "centuries"),
        ("a minute and a half", "PT1M30S", "1.5", "minutes"),
        ("an hour and a half", "PT1H30M", "1.5", "hours"),
        ("2 1/2 years", "P2Y6M", "2.5", "years"),
        ("24 hours", "PT24H", "24", "hours"),
        ("the next couple of years", "P2Y", "2", "years"),
        ("within 14 days", "P14D", "14", "days"),
        ("day-long", "P1D", "1", "day"),
        ("recent weeks", "PXW", None, "weeks"),
    ],
)
def test_durations(text: str, expected: str, amount: str | None, unit: str) -> None:
    found = timex_value(text, Context(FRIDAY))
    assert found is not None
    assert (found.value, found.amount, found.unit) == (expected, amount, unit)


def test_the_year_ended_is_a_year_long() -> None:
    found = timex_value("the year", Context(FRIDAY, after=" ended March 31"))
    assert found is not None and found.value == "P1Y"


def test_words_that_are_no_time_have_no_value() -> None:
    for text in ("the night", "a quarter of the vote", "hello", "", "the", "earlier"):
        assert value(text) is None, text


def test_the_number_finders_numeric_date_gets_its_year_from_the_anchor() -> None:
    found = timex_value("9/15", Context(FRIDAY, given="XXXX-09-15"))
    assert found is not None and found.value == "2017-09-15"
    found = timex_value("1910-45", Context(FRIDAY, given="1910/1945"))
    assert found is not None and found.value == "1910/1945"


# ------------------------------------------------------------------------- tense


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister said Tuesday that talks continue.", PAST),
        ("The minister will speak Tuesday in Rome.", FUTURE),
        ("The team planned to leave Nairobi on Tuesday for Dar es Salaam.", FUTURE),
        ("The dividend is payable Tuesday to holders of record.", FUTURE),
        ("The group could come as early as Tuesday, officials said.", FUTURE),
        ("Since Tuesday, prices have fallen.", PAST),
        ("Talks resume Tuesday.", FUTURE),
        ("Chelsea, who face Arsenal on Tuesday, are fourth.", FUTURE),
        ("Leeds host Derby on Tuesday.", FUTURE),
        ("Chelsea beat Arsenal on Tuesday.", PAST),
        ("The play on Tuesday was sold out.", PAST),
        ("He failed to meet them on Tuesday.", PAST),
        ("The shares closed higher on Tuesday in London.", PAST),
        ("Talks on Tuesday in Geneva.", UNKNOWN),
    ],
)
def test_tense_of_the_sentence(sentence: str, expected: int) -> None:
    at = sentence.index("Tuesday")
    assert tense_at(sentence, at, at + len("Tuesday")) == expected


def test_a_weekday_in_a_sentence_about_a_fixture_resolves_forward() -> None:
    """A Saturday story: "who play Brighton on Sunday" is tomorrow, "beat Brighton on
    Sunday" six days ago (TempEval-3: a weekday takes the tense of its verb)."""
    from tuiread.analysis import analyze

    saturday = date(2023, 10, 21)
    ahead = "City, who play Brighton on Sunday, are second."
    back = "City, who beat Brighton on Sunday, are second."
    for text, want in ((ahead, "2023-10-22"), (back, "2023-10-15")):
        values = [s.value for s in analyze(text, published=saturday) if s.text == "Sunday"]
        assert values == [want], text


def test_a_passive_in_the_present_marks_no_past() -> None:
    """ "is heard" is a present: "May" said in March is the coming May, not last year's."""
    from tuiread.analysis import analyze

    text = "They will fight to keep him when the case is heard in May in Atlanta."
    at = text.index("May")
    assert tense_at(text, at, at + 3) != PAST
    text = "They fight to keep him when the case is heard in May in Atlanta."
    values = [s.value for s in analyze(text, published=date(2000, 3, 29)) if s.text == "May"]
    assert values == ["2000-05"]
    text = "The case was heard in May."
    at = text.index("May")
    assert tense_at(text, at, at + 3) == PAST


def test_tense_stops_at_the_sentence() -> None:
    text = "He will go home. The vote was Tuesday."
    at = text.index("Tuesday")
    assert tense_at(text, at, at + 7) == PAST


# ------------------------------------------------------------------------- calendar arithmetic


def test_calendar_arithmetic() -> None:
    assert calendar.iso_week(date(2017, 9, 15)) == "2017-W37"
    assert calendar.iso_week(date(2016, 1, 1)) == "2015-W53"
    assert calendar.shift_month(2017, 1, -1) == (2016, 12)
    assert calendar.shift_quarter(2017, 1, -1) == (2016, 4)
    assert calendar.easter(2000) == date(2000, 4, 23)
    assert calendar.holiday("thanksgiving", 1999) == date(1999, 11, 25)
    assert calendar.holiday("memorial day", 2017) == date(2017, 5, 29)
    assert calendar.safe_date(2017, 2, 30) is None
    assert calendar.shift_days(date(9999, 12, 31), 1) is None


def test_clock_times_with_a_part_of_the_day() -> None:
    assert value("4 in the morning") == "2017-09-15T04:00"
    assert value("9 at night") == "2017-09-15T21:00"
    story = Story()
    story.note("2000-02-22", True)
    assert value("the next morning", date(2000, 2, 24), story=story) == "2000-02-23TMO"


def test_quarters_named_from_a_year() -> None:
    story = Story()
    story.note("1989-Q3", True)
    november = date(1989, 11, 1)
    assert value("last year's quarter", november, story=story) == "1988-Q3"
    assert value("this quarter", november, story=story) == "1989-Q3"
    assert value("in a fourth-quarter", november) == "1989-Q4"


def test_a_numeric_date_that_the_weekday_contradicts_has_no_value() -> None:
    # "The stock fell 7/8 Thursday": a price, and July 8 2017 was a Saturday
    assert timex_value("7/8 Thursday", Context(FRIDAY, given="XXXX-07-08")) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It had been due to expire Friday evening.", PAST),
        ("Until Friday, they had not called him a suspect.", PAST),
        ("Immigration officials postponed until Friday any action.", FUTURE),
    ],
)
def test_tense_pluperfect_and_deadlines(sentence: str, expected: int) -> None:
    at = sentence.index("Friday")
    assert tense_at(sentence, at, at + 6) == expected


def test_a_year_on_year_comparison_speaks_of_the_quarter_reported() -> None:
    """The latest quarter named that had ended is the one a results story reports: a
    quarter named since in passing ("after a flat second quarter") or as a forecast
    ("through the third quarter of 1990") is not what "a year ago" compares with."""
    november = date(1989, 11, 1)
    story = Story()
    for named in ("1989-Q3", "1989-Q2"):
        story.note(named, True, november)
    assert value("the year-earlier period", november, story=story) == "1988-Q3"
    assert value("the 1989 period", november, story=story) == "1989-Q3"
    assert value("a year ago", november, story=story) == "1988-Q3"
    assert value("the quarter", november, story=story) == "1989-Q3"
    assert value("that quarter", november, story=story) == "1989-Q2"  # the last named
    story.note("1990-Q3", True, november)
    assert value("the year-ago period", november, story=story) == "1988-Q3"


def test_a_year_before_quarter_is_the_story_quarter_of_that_year() -> None:
    """ "the 1988 quarter" is the quarter the story reports, in 1988: not 1988 quarters."""
    november = date(1989, 11, 1)
    story = Story()
    story.note("1989-Q3", True, november)
    assert value("the 1988 quarter", november, story=story) == "1988-Q3"
    assert value("the 1988 quarter", november) == "1988-Q3"  # the last quarter to end


def test_months_in_a_list_follow_one_another() -> None:
    from tuiread.analysis import analyze

    text = "Members agreed on Sunday to pause increases in January, February and March."
    values = [s.value for s in analyze(text, published=date(2026, 12, 7)) if s.label == "DATE"]
    assert values[-3:] == ["2027-01", "2027-02", "2027-03"]
