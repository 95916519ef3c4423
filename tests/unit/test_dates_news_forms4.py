"""Date values of ordinary news, fourth round: bounds ("until", "into", "by"), weeks of a
month, and weekday names that name a custom rather than a day."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

WEDNESDAY = date(2026, 7, 8)


def times(text: str, published: date = WEDNESDAY) -> list[tuple[str, str | None]]:
    return [
        (s.text, s.value)
        for s in analyze(text, published=published)
        if s.kind == "number" and s.label in ("DATE", "TIME")
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a bound looks ahead whatever the present verb
        ("Talks are expected to run into Tuesday.", "Tuesday", "2026-07-14"),
        ("Disruption continues into Tuesday.", "Tuesday", "2026-07-14"),
        ("The heatwave stretches into Tuesday.", "Tuesday", "2026-07-14"),
        ("Rail services remain suspended until Monday.", "Monday", "2026-07-13"),
        ("Officials said rail services remain suspended until Monday.", "Monday", "2026-07-13"),
        ("The report will be published by Friday.", "Friday", "2026-07-10"),
        ("Voters have until Thursday to register.", "Thursday", "2026-07-09"),
        ("Polls closed on Sunday and counting continues into Tuesday.", "Tuesday", "2026-07-14"),
        # a verb of putting off sets its bound after the act, in the past too
        ("The hearing was adjourned until Friday.", "Friday", "2026-07-10"),
        # a past verb of the bound's own clause sets it in the past
        ("Negotiators worked until Monday.", "Monday", "2026-07-06"),
        ("Talks went on into Tuesday.", "Tuesday", "2026-07-07"),
        ("The shop stayed open until Sunday.", "Sunday", "2026-07-05"),
        ("It was not until Tuesday that the minister resigned.", "Tuesday", "2026-07-07"),
        ("By Monday, officials hardened their stance.", "Monday", "2026-07-06"),
        ("Officials said that until Monday the road was shut.", "Monday", "2026-07-06"),
        # a participle of expecting looks ahead to its bound
        ("Deal expected by Friday", "Friday", "2026-07-10"),
        # a bound before "the end of" a day
        ("The deal must be signed by the end of Friday.", "end of Friday", "2026-07-10"),
    ],
)
def test_a_bound_looks_ahead_unless_its_verb_is_past(text: str, span: str, value: str) -> None:
    """ "until", "into", "by", "through" point past the story's day unless the verb they go
    with is past; a verb of saying is not that verb."""
    assert (span, value) in times(text)


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("Prices fell in the last week of July.", WEDNESDAY, "the last week of July", "2026-W31"),
        (
            "The fair is in the first week of August.",
            WEDNESDAY,
            "the first week of August",
            "2026-W32",
        ),
        (
            "It began in the second week of June 2024.",
            WEDNESDAY,
            "the second week of June 2024",
            "2024-W24",
        ),
        (
            "Crowds came on the last weekend of July.",
            WEDNESDAY,
            "the last weekend of July",
            "2026-W30-WE",
        ),
        (
            "The festival is in the last week in July.",
            WEDNESDAY,
            "the last week in July",
            "2026-W31",
        ),
        (
            "The final week of December 2026 was cold.",
            WEDNESDAY,
            "The final week of December 2026",
            "2026-W53",
        ),
    ],
)
def test_a_week_of_a_month_is_the_iso_week_holding_most_of_it(
    text: str, published: date, span: str, value: str
) -> None:
    """The nth or last seven days of a month lie mostly in one ISO week: that week; a
    weekend is the week of its Saturday."""
    assert (span, value) in times(text, published)


def test_a_week_of_a_month_without_a_year_to_count_from_is_the_month() -> None:
    found = [(s.text, s.value) for s in analyze("Prices fell in the last week of July.")]
    assert ("the last week of July", "XXXX-07") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ministers will relax rules on Sunday trading.",
        "Nothing beats a Sunday roast.",
        "He had a case of the Monday blues.",
        "Campaigners oppose Sunday trading laws.",
        "She taught at Sunday school for years.",
        "Sunday trading hours were extended.",
        "He told a Sunday newspaper that he would resign.",
    ],
)
def test_a_weekday_naming_a_weekly_custom_is_no_date(text: str) -> None:
    """ "Sunday trading", "a Sunday roast": the custom of every such day, not one day."""
    assert times(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Prices rose in Friday trading.", "Friday", "2026-07-03"),
        ("On Sunday trading was thin.", "Sunday", "2026-07-05"),
        ("The company said Monday trading would resume.", "Monday", "2026-07-06"),
        ("The Tuesday deadline passed.", "Tuesday", "2026-07-07"),
        ("Friday's trading was thin.", "Friday", "2026-07-03"),
    ],
)
def test_a_weekday_before_a_noun_of_one_day_stays_a_date(text: str, span: str, value: str) -> None:
    """A time word, a verb of saying or "on ... was" before the custom noun make the
    weekday a day; a noun that is no custom ("the Tuesday deadline") leaves it one."""
    assert (span, value) in times(text)


def test_last_week_in_a_month_needs_its_article() -> None:
    """Without "the", "last week" is the week before the story's: "in July heat" is no
    month it is placed in."""
    assert ("last week", "2026-W27") in times("He arrived last week in July heat.")


def test_a_custom_is_the_one_of_its_own_weekday() -> None:
    """ "Sunday lunch" is the custom; "a Friday lunch" is one lunch, on a Friday."""
    assert times("Families gathered for Sunday lunch.") == []
    assert [span for span, _ in times("He spoke at a Friday lunch with donors.")] == ["Friday"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The funeral is on Friday.", "Friday", "2026-07-10"),
        ("The deadline is Friday.", "Friday", "2026-07-10"),
        ("The final is on Sunday at Wembley.", "Sunday", "2026-07-12"),
        ("The funeral was on Friday.", "Friday", "2026-07-03"),
        ("He is in hospital after the crash on Sunday.", "Sunday", "2026-07-05"),
    ],
)
def test_a_day_a_present_is_states_is_to_come(text: str, span: str, value: str) -> None:
    """ "The funeral is on Friday": news states a fixture in the present; a day after
    another verb keeps that verb's tense."""
    assert (span, value) in times(text)


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        (
            "Talks are planned for the week of 6 March.",
            date(2026, 2, 20),
            "the week of 6 March",
            "2026-W10",
        ),
        ("It began the week of Dec. 4, 1999.", WEDNESDAY, "the week of Dec. 4, 1999", "1999-W48"),
    ],
)
def test_the_week_of_a_day_is_the_iso_week_holding_it(
    text: str, published: date, span: str, value: str
) -> None:
    assert (span, value) in times(text, published)


def test_years_later_counts_from_the_year_the_story_named() -> None:
    got = dict(times("The sequel to his 2000 hit arrives 24 years later."))
    assert got["24 years later"] == "2024"
    got = dict(times("In 1990 he moved to Leeds; two years later he left."))
    assert got["two years later"] == "1992"


def test_a_capital_a_glued_to_digits_is_a_code_not_a_clock() -> None:
    assert "12A" not in dict(times("The film has a 12A certificate."))
    assert dict(times("The shop opens at 9am."))["9am"] is not None


@pytest.mark.parametrize(
    "text", ["Published: Sunday 24 November 2024, 06:00 GMT", "Updated 24 November 2024 06:00 GMT"]
)
def test_a_datelines_day_and_clock_time_make_one_value(text: str) -> None:
    assert [v for _, v in times(text)] == ["2024-11-24T06:00"]


def test_this_quarter_with_no_results_reported_is_the_quarter_of_writing() -> None:
    got = dict(times('"The cycle will turn, but not this quarter," he said.', date(2026, 1, 21)))
    assert got["this quarter"] == "2026-Q1"


def test_a_season_with_no_tense_is_the_nearer_of_the_last_and_the_next() -> None:
    january = date(2026, 1, 21)
    assert dict(times("We see no recovery before the summer.", january))["summer"] == "2026-SU"
    assert dict(times("The plan comes in the spring.", january))["the spring"] == "2026-SP"
    assert dict(times("Sales were weak in the autumn.", january))["autumn"] == "2025-FA"


def test_a_date_inside_a_quotation_takes_the_tense_of_the_quote() -> None:
    january = date(2026, 1, 21)
    text = 'Infineon said on Tuesday: "We see no recovery before the summer."'
    got = dict(times(text, january))
    assert got["summer"] == "2026-SU"
    assert got["Tuesday"] == "2026-01-20"  # the reporting verb's own date stays in the past
    assert (
        dict(times('He said: "We met on Tuesday and agreed."', january))["Tuesday"] == "2026-01-20"
    )
