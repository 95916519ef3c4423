"""Date values of ordinary news, fifth round: what a speaker expects (backshifted into the
past by the verb that reports it), a season the story is written in, the words of a quote
read apart from the verb that reports it, and a season after a bound ("before the spring")."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

MONDAY = date(2026, 12, 7)  # a Monday in the first month of winter


def times(text: str, published: date = MONDAY) -> list[tuple[str, str | None]]:
    return [
        (s.text, s.value)
        for s in analyze(text, published=published)
        if s.kind == "number" and s.label in ("DATE", "TIME")
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # what a speaker saw or expected ahead, told in the past by the verb that reports it
        (
            "The miller said on Monday that it saw no recovery in margins before the summer.",
            "summer",
            "2027-SU",
        ),
        ("The governor said she saw no case for a cut before the summer.", "summer", "2027-SU"),
        ("The chain said it saw little chance of a pick-up until March.", "March", "2027-03"),
        (
            "The builder said it expected no rise in orders before the spring.",
            "the spring",
            "2027-SP",
        ),
        ("The consultancy said it expected the cap to fall in April.", "April", "2027-04"),
        ("Analysts said they expected the bank to cut rates in March.", "March", "2027-03"),
        # a past act stays past
        ("The company said it saw sales fall in October.", "October", "2026-10"),
        ("Officials said the river rose before the summer.", "summer", "2026-SU"),
        # a present copula before a word of expectation looks ahead
        (
            "Gusts of 80mph are expected on exposed coasts on Tuesday night.",
            "Tuesday night",
            "2026-12-08TNI",
        ),
        ("Frost is likely on Thursday night.", "Thursday night", "2026-12-10TNI"),
        ("Heavy rain is forecast for Wednesday.", "Wednesday", "2026-12-09"),
        # a hearing or a vote put down for a day lies ahead of the act that put it there
        (
            "The case will return next year, with a hearing listed for June 22.",
            "June 22",
            "2027-06-22",
        ),
        ("A vote was pencilled in for Thursday.", "Thursday", "2026-12-10"),
        # a season the story is written in: under way, not a year back or ahead
        ("Traders are pricing in a colder winter.", "winter", "2026-WI"),
        ("Officials said a new winter plan would free up beds.", "winter", "2026-WI"),
        ("Fuel bills bite hardest in the depths of winter.", "winter", "2026-WI"),
        ("Repairs will be finished before winter.", "before winter", "2026-WI"),
        # a quote's words keep their own tense, not that of the verb after it
        (
            '"Bills always hurt in the depths of winter," said the regulator.',
            "winter",
            "2026-WI",
        ),
        ('"Prices should ease in March," said the analyst.', "March", "2027-03"),
        # a season after a bound: "the spring" is the season, not water from the ground
        (
            "The firm said it saw no recovery in bookings before the spring.",
            "the spring",
            "2027-SP",
        ),
        ('"We cannot wait until the spring," she said.', "the spring", "2027-SP"),
        ("Work has gone on since the summer.", "summer", "2026-SU"),
    ],
)
def test_values(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text), times(text)


def test_a_season_at_its_end_is_the_next_one_ahead() -> None:
    # the last month of a winter: the winter to come is the next one
    assert ("winter", "2026-WI") in times(
        "The council will close the road in winter.", date(2026, 2, 20)
    )


def test_water_from_a_spring_is_no_date() -> None:
    assert times("Villagers drew water from the spring.") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Forecasters warned of gusts of 80mph expected on exposed coasts on Tuesday night.",
            "Tuesday night",
            "2026-12-08TNI",
        ),
        (
            "The council said its report, due on Friday, would set out the cuts.",
            "Friday",
            "2026-12-11",
        ),
        (
            "The builder cut its forecast and said that it saw no recovery before the spring.",
            "the spring",
            "2027-SP",
        ),
        # a comparison stays past
        ("Sales rose more than expected on Friday.", "Friday", "2026-12-04"),
    ],
)
def test_awaited_values(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text), times(text)


def test_a_second_day_of_a_pair_shares_the_first_ones_clause() -> None:
    found = times("Gusts are expected on exposed coasts on Tuesday night and Wednesday morning.")
    assert ("Wednesday morning", "2026-12-09TMO") in found, found


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a part of a year named relative to the story's own
        (
            "She will set out her plan in the first quarter of next year.",
            "the first quarter of next year",
            "2027-Q1",
        ),
        (
            "Sales fell in the fourth quarter of last year.",
            "the fourth quarter of last year",
            "2025-Q4",
        ),
        (
            "Growth should pick up in the second half of next year.",
            "the second half of next year",
            "2027-H2",
        ),
        ("Profits rose in the first half of last year.", "the first half of last year", "2025-H1"),
        ("Prices rose in the first half of this year.", "the first half of this year", "2026-H1"),
    ],
)
def test_parts_of_a_relative_year(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text), times(text)


def numbers(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.label, s.text, s.value) for s in analyze(text, published=MONDAY) if s.kind == "number"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jab is offered to people aged 75 to 79.", [("QUANTITY", "aged 75 to 79", "[75,79)")]),
        ("Jobless rates among 16-24 year olds rose.", [("QUANTITY", "16-24 year olds", "[16,24)")]),
        (
            "Youth unemployment rose among 16 to 24-year-olds.",
            [("QUANTITY", "16 to 24-year-olds", "[16,24)")],
        ),
    ],
)
def test_a_range_of_ages_is_no_date(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a quarter long ended, looked ahead to, is next year's
        (
            "A survey found that most firms planned to raise prices in the first quarter.",
            "the first quarter",
            "2027-Q1",
        ),
        (
            "The group expects to return to growth in the second quarter.",
            "the second quarter",
            "2027-Q2",
        ),
        # the quarter just ended, whose results are still to come, stays this year's
        ("The company will report third-quarter results next week.", "third-quarter", "2026-Q3"),
        ("Sales fell in the first quarter.", "the first quarter", "2026-Q1"),
        # a week or a month "to" a day is the stretch that ends then, as "the quarter to" is
        ("Flu admissions rose in the week to November 29.", "the week", "P1W"),
        ("Sales rose 2% in the month to November 29.", "the month", "P1M"),
    ],
)
def test_quarters_ahead_and_stretches_to_a_day(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text), times(text)


def test_a_present_verb_of_foreseeing_looks_ahead_in_a_quote() -> None:
    found = times('"We see no rate cut before September," the governor said.', date(2026, 3, 4))
    assert ("before September", "2026-09") in found, found


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Traders had assumed the cuts would be unwound by March.", "March", "2027-03"),
        ("Traders had unwound the cuts by March.", "March", "2026-03"),
        # a schedule verb after an adjective is a noun: "a strong end", not "ends"
        (
            "Retailers had hoped for a strong end to the year after a wet summer.",
            "summer",
            "2026-SU",
        ),
    ],
)
def test_pluperfect_and_would(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text), times(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Investors are waiting for Friday's consumer price report.", "Friday", "2026-12-11"),
        ("Stocks fell on Monday ahead of Friday's jobs report.", "Friday", "2026-12-11"),
        ("Traders were cautious ahead of Thursday's rate decision.", "Thursday", "2026-12-10"),
        ("Shares rose in the run-up to Wednesday's budget.", "Wednesday", "2026-12-09"),
    ],
)
def test_what_is_awaited_lies_ahead(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text), times(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Councillors voted on Thursday to raise council tax from April.", "April", "2027-04"),
        ("The minister pledged to cut waiting lists by March.", "March", "2027-03"),
        ("Councillors voted in April.", "April", "2026-04"),
    ],
)
def test_a_vote_or_a_pledge_to_act_looks_ahead(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text), times(text)


def test_a_participle_before_the_dates_preposition_governs_it() -> None:
    found = times("Water firms said hosepipe bans imposed in July would stay in place.")
    assert ("July", "2026-07") in found, found


def test_a_season_after_until_the_is_a_bound() -> None:
    assert ("autumn", "2027-FA") in times("Restrictions stay in place until the autumn.")
    assert ("summer", "2026-SU") in times("Engineers worked until the summer.")


def test_the_month_of_a_data_story_is_the_month_it_reports() -> None:
    text = "Inflation fell to 2.4% in November. Petrol prices fell 6.1% on the month."
    assert ("the month", "2026-11") in times(text), times(text)
    text = "Inflation fell to 2.4% in November. The bank will meet later in the month."
    assert ("later in the month", "2026-12") in times(text), times(text)
    assert ("the month", "2026-12") in times("Prices rose during the month.")


def test_halves_by_their_code() -> None:
    found = times("Budgets for H1 2027 are higher than for H2 2026.")
    assert ("H1 2027", "2027-H1") in found and ("H2 2026", "2026-H2") in found, found
    assert ("H1", "2026-H1") in times("Sales rose in H1.")
