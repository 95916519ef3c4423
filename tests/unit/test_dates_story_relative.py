"""Times counted from the story's own time rather than from the day of writing: their
article ("the following year", "the previous Friday", "the next morning") and the night
"overnight" names in a report of a past day."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze

MONDAY = date(1989, 10, 30)


def times(text: str, published: date = MONDAY) -> list[tuple[str, str | None]]:
    return [
        (s.text, s.value)
        for s in analyze(text, published=published)
        if s.kind == "number" and s.label in ("DATE", "TIME")
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "He was made a general in 1995, and the following year he was sent to Paris.",
            "the following year",
        ),
        ("The index closed down 4.5% from the previous Friday.", "the previous Friday"),
        ("He looked well when he appeared in court the next morning.", "the next morning"),
        ("The following month, the company put itself up for sale.", "The following month"),
        ("She had left the previous week.", "the previous week"),
    ],
)
def test_a_story_relative_time_keeps_its_article(text: str, span: str) -> None:
    assert span in [found for found, _ in times(text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an amount, and a holiday, are drawn without it (as the number yardstick draws them)
        ("Sales for the previous 4 business days were flat.", "previous 4 business days"),
        ("When was the following Easter?", "following Easter"),
        # "next" alone counts from today: no article to take
        ("He will return next week.", "next week"),
    ],
)
def test_other_relative_times_keep_their_bounds(text: str, span: str) -> None:
    assert span in [found for found, _ in times(text)]


def test_overnight_in_a_report_of_a_past_day_is_the_night_before_it() -> None:
    text = (
        "Tokyo stocks rose Friday. London shares were depressed initially by overnight "
        "losses in New York."
    )
    assert ("overnight", "1989-10-26TNI") in times(text)


def test_overnight_ahead_is_the_coming_night() -> None:
    assert ("overnight", "1989-10-30TNI") in times("Temperatures will fall sharply overnight.")


def test_the_previous_weekday_counts_from_the_story_day() -> None:
    text = (
        "Tokyo stocks rose Friday. London shares were depressed initially by overnight "
        "losses in New York. The index closed down 4.5% from the previous Friday."
    )
    assert ("the previous Friday", "1989-10-20") in times(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He arrived on Friday. The following day, he left.", "The following day", "1989-10-28"),
        ("He arrived on Friday. He had left the previous day.", "the previous day", "1989-10-26"),
        (
            "He arrived on Friday. Earlier that day, he had met Smith.",
            "Earlier that day",
            "1989-10-27",
        ),
        ("He arrived on Friday. That same day, he left.", "That same day", "1989-10-27"),
        ("He arrived on Friday. The same day, he left.", "The same day", "1989-10-27"),
    ],
)
def test_a_day_named_from_the_story_day(text: str, span: str, value: str) -> None:
    assert (span, value) in times(text)


def test_that_same_day_after_a_month_is_a_day_of_that_month() -> None:
    text = (
        "Three doctors were killed, most recently last October when one was shot at home. "
        "His name on the site was crossed out that same day."
    )
    assert ("that same day", "1988-10-XX") in times(text)


@pytest.mark.parametrize(
    "text",
    [
        # any such day, and a compound adjective, name no day
        "You get a news item and you have strong redemptions that day.",
        "The shop offers same day delivery.",
    ],
)
def test_no_day_is_named(text: str) -> None:
    assert not any("day" in span.lower() for span, _ in times(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He spoke following Monday's debate.", "Monday"),
        ("Following Monday's debate, he spoke.", "Monday"),
        ("The following Monday's session was calm.", "The following Monday"),
    ],
)
def test_following_before_a_day_that_owns_a_noun_is_a_preposition(text: str, span: str) -> None:
    assert [found for found, _ in times(text)] == [span]


def test_a_year_earlier_after_the_months_of_a_year_counts_from_the_year_reported() -> None:
    text = (
        "Mr. Lortie joined Provigo in 1985. For the six months ended Aug. 12, Provigo posted "
        "net income of C$6.5 million, compared with C$18.1 million a year earlier."
    )
    assert ("a year earlier", "1988") in times(text)


def test_the_day_before_a_named_day() -> None:
    text = "The day before last Tuesday's hearing, Manuel went to the house."
    assert ("The day before last Tuesday", "1989-10-23") in times(text)


def test_the_day_and_a_weekday_in_apposition_is_that_weekday() -> None:
    assert ("the day Friday", "1989-10-27") in times("During the day Friday, he played outside.")


def test_around_before_a_day_that_owns_a_noun_governs_the_noun() -> None:
    text = "They would look for ways to get around Wednesday's ruling."
    assert [span for span, _ in times(text)] == ["Wednesday"]
    assert [span for span, _ in times("We will meet around Friday.")] == ["around Friday"]
