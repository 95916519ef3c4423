"""Date values of ordinary news, third round: what "since" allows."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze


def times(text: str, published: date) -> list[tuple[str, str | None]]:
    return [
        (s.text, s.value)
        for s in analyze(text, published=published)
        if s.kind == "number" and s.label in ("DATE", "TIME")
    ]


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("The coin is down 14% since 1 January.", date(2025, 12, 2), "1 January", "2025-01-01"),
        ("Prices have doubled since 20 December.", date(2026, 1, 10), "20 December", "2025-12-20"),
        ("Shares are flat since Jan. 3.", date(2025, 12, 20), "Jan. 3", "2025-01-03"),
        ("It has risen 4% since January.", date(2025, 12, 20), "January", "2025-01"),
    ],
)
def test_since_names_a_point_already_begun(
    text: str, published: date, span: str, value: str
) -> None:
    """A date after "since" has begun by the anchor, however near its next occurrence."""
    assert (span, value) in times(text, published)


def test_without_since_the_nearest_occurrence_stays() -> None:
    """The rule is the signal's: "on 1 January" in December is still the coming one."""
    assert ("1 January", "2026-01-01") in times(
        "The new rules apply on 1 January.", date(2025, 12, 2)
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The Fed meets on 9 and 10 December.",
            date(2025, 12, 2),
            [("9", "2025-12-09"), ("10 December", "2025-12-10")],
        ),
        (
            "Talks are set for 3, 4 and 5 March.",
            date(2025, 12, 2),
            [("3", "2026-03-03"), ("4", "2026-03-04"), ("5 March", "2026-03-05")],
        ),
        (
            "The Fed meets on December 9 and 10.",
            date(2025, 12, 2),
            [("December 9", "2025-12-09"), ("10", "2025-12-10")],
        ),
        (
            "It will run on 12 or 13 June.",
            date(2025, 12, 2),
            [("12", "2026-06-12"), ("13 June", "2026-06-13")],
        ),
    ],
)
def test_days_sharing_a_month(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    """Each bare day of a list of days takes the month (and year) of the day written with
    it, as a DATE."""
    assert times(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On December 9 and 20 people died.",  # a count after the date, not a day
        "He scored 2 and 3 goals in June.",  # no day of a month
        "It snowed on December 9 and 10, 2024.",  # a year after: left as it was
        "They won 10 and 9 December votes.",  # not ascending
    ],
)
def test_counts_beside_a_date_stay_counts(text: str) -> None:
    spans = times(text, date(2025, 12, 2))
    assert all(not s.isdigit() or v is None or len(v) != 10 for s, v in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (across "to" the range is one span, valued by its lower end: "two to three weeks")
        ("the next 6 to 9 months look choppy", [("6 to 9 months", "P6M")]),
        ("It takes two or three weeks.", [("two", "P2W"), ("three weeks", "P3W")]),
        ("It lasts between 50 and 70 minutes.", [("50", "PT50M"), ("70 minutes", "PT70M")]),
        ("He got 3 to 4 years in jail.", [("3 to 4 years", "P3Y")]),
    ],
)
def test_durations_sharing_a_unit(text: str, expected: list[tuple[str, str]]) -> None:
    """The bare lower bound of a range of durations across "or" or "and" takes the upper
    one's unit, as TimeML draws "<two> or <three weeks>"."""
    assert times(text, date(2025, 12, 2)) == expected


@pytest.mark.parametrize("text", ["It takes 5 and 10 days.", "It lasted 10 to 9 days."])
def test_counts_beside_a_duration_stay_counts(text: str) -> None:
    assert len(times(text, date(2025, 12, 2))) == 1


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Bitcoin fell on Tuesday, below its record high of 6 October. "
            "It recovered to $81,300 at 09:00 GMT.",
            "09:00",
            "2025-12-02T09:00",
        ),
        (
            "Shares fell on Tuesday. They are down 14% since 1 January. "
            "In the 24 hours to 8am, $1.9bn was lost.",
            "8am",
            "2025-12-02T08:00",
        ),
    ],
)
def test_a_bare_clock_is_on_the_news_day(text: str, span: str, value: str) -> None:
    """A clock time alone in a sentence after a background calendar date is on the story's
    day named by a weekday, not on that calendar date."""
    assert (span, value) in times(text, date(2025, 12, 2))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a day in the same sentence stays the clock's day
        (
            "He was arrested on Friday. On 14 April 2025 he fled at about 6.15am.",
            "6.15am",
            "2025-04-14T06:15",
        ),
        # a calendar date after the weekday's day is where the story has moved
        (
            "Polls close on Tuesday. Counting ends on 5 May. It starts at 10pm.",
            "10pm",
            "2026-05-05T22:00",
        ),
    ],
)
def test_a_bare_clock_keeps_the_day_it_follows(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text, date(2025, 12, 2))


def test_a_weekday_of_no_one_week() -> None:
    """ "on a Tuesday" is any Tuesday, and a clock on it too."""
    found = times("They sell at 3am on a Tuesday.", date(2025, 12, 2))
    assert found == [("3am", "XXXX-WXX-2T03:00"), ("Tuesday", "XXXX-WXX-2")]
    assert times("He left on Tuesday.", date(2025, 12, 2)) == [("Tuesday", "2025-12-02")]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The Fed meets on December 9-10.", date(2025, 12, 2), "2025-12-09/2025-12-10"),
        ("It meets on 9-10 December.", date(2025, 12, 2), "2025-12-09/2025-12-10"),
        ("It met between 9 and 10 December 2024.", date(2025, 12, 2), "2024-12-09/2024-12-10"),
        ("It runs from 3 to 5 March.", date(2025, 12, 2), "2026-03-03/2026-03-05"),
        ("Prices rose between September and October.", date(2025, 11, 19), "2025-09/2025-10"),
        ("It will run from November to February.", date(2025, 11, 19), "2025-11/2026-02"),
    ],
)
def test_ranges_of_days_and_months_have_a_year(text: str, published: date, value: str) -> None:
    """A range of days of one month, or of months, is valued as a range of dates, its year
    from the text or the anchor (was no value, or XXXX-09/XXXX-10)."""
    assert [v for _, v in times(text, published)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tickets go on sale at 10am on Friday.", "2025-12-12T10:00"),
        ("The consultation ends on Friday.", "2025-12-12"),
        ("Polls close on Thursday.", "2025-12-11"),
        ("The index was down 6% as of Friday's close.", "2025-12-05"),  # a noun: no schedule
    ],
)
def test_verbs_of_a_schedule_in_the_present(text: str, value: str) -> None:
    """News writes what is fixed for a coming day in the simple present: "go on sale",
    "ends", "close" look ahead, as "opens" and "starts" do."""
    assert times(text, date(2025, 12, 8))[-1][1] == value


def test_a_period_to_its_end_is_a_duration() -> None:
    """ "the year to September" is a year ending in September, not a range of dates."""
    assert times("Homes completed in the year to September rose.", date(2026, 2, 6)) == [
        ("the year", "P1Y"),
        ("September", "2025-09"),
    ]


def test_the_quarter_to_a_month_is_three_months() -> None:
    found = times("Vacancies fell in the quarter to October.", date(2025, 11, 19))
    assert found == [("the quarter", "P3M"), ("October", "2025-10")]
    assert times("Profits rose in the quarter.", date(2025, 11, 19)) == [("the quarter", "2025-Q3")]


def test_the_quarter_to_an_amount_stays_a_quarter() -> None:
    found = times("Revenue rose 3.7% in the quarter to $2.35 billion.", date(2025, 11, 19))
    assert found == [("the quarter", "2025-Q3")]
