"""The dates pass: its filters, bounds rules and finder one by one, then through ``analyze``
(values against ``published`` or the last full date written), the trace, and linear time on
hostile input."""

from __future__ import annotations

import time
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tuiread.analysis import Trace, analyze, find_numbers
from tuiread.analysis.dates import bounds, filters, resolve_dates
from tuiread.analysis.dates.finder import candidates
from tuiread.analysis.explain import explain, render
from tuiread.model import Span
from tuiread.timex import describe, duration_amount, published_date

FRIDAY = date(2017, 9, 15)


def dates(text: str, published: date | None = FRIDAY) -> list[tuple[str, str | None]]:
    return [
        (s.text, s.value)
        for s in analyze(text, published=published)
        if s.kind == "number" and s.label in ("DATE", "TIME")
    ]


def bounded(rule, text: str, needle: str) -> str | None:
    start = text.index(needle)
    moved = rule(text, start, start + len(needle))
    return None if moved is None else text[moved[0] : moved[1]]


# ------------------------------------------------------------------------- filters


def date_span(text: str, needle: str, value: str | None = None, at: int | None = None) -> Span:
    start = text.index(needle) if at is None else at
    return Span("number", "DATE", start, start + len(needle), needle, value)


def test_ages_are_quantities_in_years() -> None:
    text = "a 6-year-old boy"
    found = filters.ages(text, date_span(text, "6-year-old", "6"))
    assert isinstance(found, Span)
    assert (found.label, found.value, found.unit) == ("QUANTITY", "6", "years")
    text = "Mr. Reupke, 52 years old, said"
    assert isinstance(filters.ages(text, date_span(text, "52 years old", "52")), Span)
    assert filters.ages("for 52 years", date_span("for 52 years", "52 years")) is None


def test_lower_case_may_and_march_are_no_months() -> None:
    text = "arrested at this march in Washington"
    assert filters.lower_case_months(text, date_span(text, "this march")) == filters.DROP
    text = "in March"
    assert filters.lower_case_months(text, date_span(text, "March")) is None


def test_a_month_before_a_surname_is_a_first_name() -> None:
    text = "Janos Martonyi of Hungary and Jan Kavan of the Czech Republic"
    span = date_span(text, "Jan", at=text.index("Jan Kavan"))
    assert filters.first_names(text, span) == filters.DROP
    text = "in June Smith resigned"
    assert filters.first_names(text, date_span(text, "June")) is None
    text = "March 12 was cold"
    assert filters.first_names(text, date_span(text, "March 12")) is None


def test_a_reporting_period_before_its_noun_is_no_time() -> None:
    text = "Du Pont also raised its quarterly dividend to $1.20 a share."
    assert filters.recurrence_adjectives(text, date_span(text, "quarterly")) == filters.DROP
    assert dates("It declared a quarterly cash dividend of 12 cents.") == []
    # an adverb stays a recurrence
    text = "The reserve will be adjusted quarterly and will reflect it."
    assert filters.recurrence_adjectives(text, date_span(text, "quarterly")) is None
    assert dates(text) == [("quarterly", "P3M")]


def test_a_lone_month_is_read_by_the_month_rules_only() -> None:
    # (a speed path: every other rule needs a digit, a blank or a unit, and gives None)
    for words in ("July", "Sept.", "may", "MARCH"):
        assert filters.rules_for(words) == (filters.lower_case_months, filters.first_names)
        text = f"the {words} Year of the Dragon for people aged 40 in his 40s"
        span = date_span(text, words)
        for rule in filters.RULES:
            if rule not in (filters.lower_case_months, filters.first_names):
                assert rule(text, span) is None
    assert filters.rules_for("this may") == filters.RULES  # (a month in a phrase: all)


# ------------------------------------------------------------------------- bounds


def test_trim_number_tail() -> None:
    text = "at the close of business Thursday, 5,745,188 shares"
    assert bounded(bounds.trim_number_tail, text, "Thursday, 5") == "Thursday"
    assert bounded(bounds.trim_number_tail, "Oct. 23, 1998.", "Oct. 23, 1998") is None


def test_drop_demonstrative() -> None:
    text = "said that two weeks ago"
    assert bounded(bounds.drop_demonstrative, text, "that two weeks") == "two weeks"
    assert bounded(bounds.drop_demonstrative, "that day", "that day") is None


def test_take_word_end_and_take_ago() -> None:
    text = "last weekend"
    assert bounded(bounds.take_word_end, text, "last week") == "last weekend"
    text = "two weeks ago, they met"
    assert bounded(bounds.take_ago, text, "two weeks") == "two weeks ago"
    text = "two weeks after the vote"
    assert bounded(bounds.take_ago, text, "two weeks") is None
    text = "next year earlier"
    assert bounded(bounds.take_ago, text, "next year") is None


def test_strip_signals() -> None:
    assert bounded(bounds.strip_signals, "since 1990", "since 1990") == "1990"
    assert bounded(bounds.strip_signals, "Until Thursday,", "Until Thursday") == "Thursday"
    assert bounded(bounds.strip_signals, "by year-end", "by year-end") == "year-end"
    # prepositions the number yardstick keeps stay
    assert bounded(bounds.strip_signals, "in two weeks", "in two weeks") is None
    assert bounded(bounds.strip_signals, "at least 72 hours", "at least 72 hours") is None


def test_drop_article() -> None:
    text = "posted a third-quarter loss"
    assert bounded(bounds.drop_article, text, "a third-quarter") == "third-quarter"
    text = "lit a 24-hour candle"
    assert bounded(bounds.drop_article, text, "a 24-hour") == "24-hour"
    text = "a week after the vote"
    assert bounded(bounds.drop_article, text, "a week") is None


def test_an_adjectival_time_leaves_the_preposition_and_article_of_its_noun() -> None:
    text = "expected to result in a fourth-quarter charge."
    assert bounded(bounds.drop_article, text, "in a fourth-quarter") == "fourth-quarter"
    assert dates(text) == [("fourth-quarter", "2017-Q4")]
    assert bounded(bounds.drop_article, "back in a week after it", "in a week") is None
    text = "compared with a year-earlier loss of $26,956."
    assert bounded(bounds.take_head, text, "a year") == "year-earlier"
    assert dates(text)[0][0] == "year-earlier"


def test_take_determiner() -> None:
    text = "Prices rose in the past two months."
    assert bounded(bounds.take_determiner, text, "past two months") == "the past two months"
    text = "Profit rose in the first nine months."
    assert bounded(bounds.take_determiner, text, "nine months") == "the first nine months"
    assert bounded(bounds.take_determiner, "for the next quarter", "next quarter") is None
    assert bounded(bounds.take_determiner, "in past years", "past years") is None


def test_take_determiner_of_a_time_that_heads_its_noun_phrase() -> None:
    for text, needle in (
        ("peaked in the early 1980s,", "early 1980s"),
        ("throughout the 1990s.", "1990s"),
        ("a share by the mid-1990s.", "mid-1990s"),
        ("In the 1989 period also,", "1989 period"),
        ("In the 1988 third quarter, it", "1988 third quarter"),
        ("lower earnings for the fiscal year.", "fiscal year"),
        ("sales in the current fiscal year that", "current fiscal year"),
        ("For the nine months, Norton had", "nine months"),
        ("For the six months ended Aug. 12,", "six months"),
    ):
        assert bounded(bounds.take_determiner, text, needle) == "the " + needle, text
    text = "sales in the latest fiscal year."
    assert bounded(bounds.take_determiner, text, "fiscal year") == "the latest fiscal year"
    assert dates("It rose in the latest nine months.")[0][0] == "the latest nine months"
    # an amount that counts the noun after it, and a year before another noun, stay
    assert bounded(bounds.take_determiner, "the two days of music", "two days") is None
    assert bounded(bounds.take_determiner, "the 1996 bombing", "1996") is None
    assert dates("Profit rose in the nine months.")[0][0] == "the nine months"


def test_take_modifiers() -> None:
    text = "killed nearly four years ago"
    assert bounded(bounds.take_modifiers, text, "four years ago") == "nearly four years ago"
    text = "said late yesterday"
    assert bounded(bounds.take_modifiers, text, "yesterday") == "late yesterday"
    text = "In fiscal 1988, it"
    assert bounded(bounds.take_modifiers, text, "1988") == "fiscal 1988"
    text = "for at least the past 18 months"
    assert bounded(bounds.take_modifiers, text, "the past 18 months") == (
        "at least the past 18 months"
    )
    # the whole pipeline: "the" is taken after the modifier was looked for, then "at least"
    text = "deep discounting for at least the past 18 months on their brands"
    assert dates(text)[0][0] == "at least the past 18 months"
    # "about" is a preposition before anything that is not an amount
    text = "How about 3rd week of Jan"
    assert bounded(bounds.take_modifiers, text, "3rd week of Jan") is None
    text = "talked about Tuesday"
    assert bounded(bounds.take_modifiers, text, "Tuesday") is None


def test_take_season_and_take_head() -> None:
    assert bounded(bounds.take_season, "in spring 1998,", "1998") == "spring 1998"
    assert bounded(bounds.take_season, "the fall of 1998", "1998") == "the fall of 1998"
    assert bounded(bounds.take_season, "in 1998", "1998") is None
    text = "In the year-earlier quarter, it"
    assert bounded(bounds.take_head, text, "the year") == "the year-earlier quarter"
    text = "In this year's third quarter, it"
    assert bounded(bounds.take_head, text, "this year") == "this year's third quarter"
    text = "In the 1989 period also"
    assert bounded(bounds.take_head, text, "1989") == "1989 period"


# ------------------------------------------------------------------------- finder


def found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in sorted(candidates(text))]


def test_the_finder_reads_times_without_numbers() -> None:
    text = (
        "Magna recently cut costs. It currently employs 500, and the current year looks good. "
        "Net rose in the third quarter and third-quarter sales, the latest quarter, fell. "
        "In the near future, soon, year-earlier profit and year-end."
    )
    got = found(text)
    for expected in (
        "recently",
        "currently",
        "current",
        "the third quarter",
        "third-quarter",
        "the latest quarter",
        "the near future",
        "soon",
        "year-earlier",
        "year-end",
    ):
        assert expected in got, expected


def test_the_finder_reads_seasons_where_they_are_seasons() -> None:
    text = (
        "Sales rose this spring and last fall; in the summer, and the winter of 1994. "
        "Prices fall in the fall of Rome."
    )
    assert found(text) == ["this spring", "last fall", "the summer", "the winter of 1994"]


def test_the_finder_leaves_look_alikes() -> None:
    text = (
        "As soon as possible, a quarter of the vote, the current account, "
        "three quarters, the French quarter-final, the soonest date and currentlyish."
    )
    assert found(text) == []


# ------------------------------------------------------------------------- through analyze


def test_values_against_the_published_date() -> None:
    text = (
        "The minister said last month that two weeks ago prices fell, and on Tuesday she "
        "will meet the board. Profit rose in the third quarter; a year ago it fell. "
        "The 1990s are gone, now and this spring, Sept 15 and six minutes."
    )
    got = dict(dates(text))
    assert got["last month"] == "2017-08"
    assert got["two weeks ago"] == "2017-W35"
    assert got["Tuesday"] == "2017-09-19"  # "will meet": the Tuesday ahead
    assert got["the third quarter"] == "2017-Q3"
    assert got["a year ago"] == "2016-Q3"  # the story speaks in quarters
    assert got["now"] == "PRESENT_REF"
    assert got["this spring"] == "2017-SP"
    assert got["Sept 15"] == "2017-09-15"
    assert got["six minutes"] == "PT6M"


def test_without_a_published_date_the_last_full_date_written_anchors() -> None:
    text = "WASHINGTON, Sept. 15, 2017 -- The talks ended Tuesday. Next year is an election."
    got = dict(dates(text, published=None))
    assert got["Sept. 15, 2017"] == "2017-09-15"
    assert got["Tuesday"] == "2017-09-12"
    assert got["Next year"] == "2018"


def test_without_any_anchor_values_stay_partial_never_wrong() -> None:
    got = dict(dates("He left on Tuesday, Sept 15, for two weeks; last month was cold.", None))
    assert got["Tuesday, Sept 15"] == "XXXX-09-15"
    assert got["two weeks"] == "P2W"
    assert got["last month"] is None


def test_durations_carry_a_readable_unit() -> None:
    spans = [s for s in analyze("It took two weeks.", published=FRIDAY) if s.kind == "number"]
    assert [(s.text, s.label, s.value, s.unit) for s in spans] == [
        ("two weeks", "DATE", "P2W", "weeks")
    ]
    assert describe(spans[0]) == "2 weeks (P2W)"


def test_numbers_inside_a_date_give_way_to_it() -> None:
    spans = analyze("Net fell in the third quarter.", published=FRIDAY)
    numbers = [(s.text, s.label) for s in spans if s.kind == "number"]
    assert numbers == [("the third quarter", "DATE")]


def test_an_age_is_a_quantity_not_a_date() -> None:
    spans = analyze("A 6-year-old boy was found.", published=FRIDAY)
    assert [(s.text, s.label, s.unit) for s in spans if s.kind == "number"] == [
        ("6-year-old", "QUANTITY", "years")
    ]


def test_resolve_dates_leaves_other_numbers_alone() -> None:
    text = "It cost $5 on Tuesday."
    money = Span("number", "MONEY", 8, 10, "$5", "5", "USD")
    tuesday = Span("number", "DATE", 14, 21, "Tuesday")
    out = resolve_dates(text, [money, tuesday], published=FRIDAY)
    assert money in out
    assert [s.value for s in out if s.label == "DATE"] == ["2017-09-12"]


# ------------------------------------------------------------------------- trace / explain


def test_explain_shows_how_each_date_was_resolved() -> None:
    text = "Prices fell last month, until Thursday."
    out = render(explain(text, published=FRIDAY))
    assert '"last month"  -> 2017-08' in out
    assert "value:month named from the anchor: 2017-08 (anchor 2017-09-15 from published)" in out
    assert "bounds:strip_signals: was 'until Thursday'" in out


def test_the_trace_records_filters_and_finder() -> None:
    trace = Trace()
    analyze("A 6-year-old recently left.", published=FRIDAY, trace=trace)
    rules = {d.rule for d in trace.decisions if d.family in ("date", "number")}
    assert "date:ages" in rules
    assert "finder:reference" in rules
    assert "value:the present" not in rules and "value:the past" in rules


# ------------------------------------------------------------------------- timex helpers


def test_published_date() -> None:
    assert published_date("2017-09-15") == FRIDAY
    assert published_date("2017-09-15T08:30:00Z") == FRIDAY
    assert published_date("Friday") is None
    assert published_date(None) is None
    assert published_date("2017-02-30") is None


def test_describe_and_duration_amount() -> None:
    def span(value: str | None, unit: str | None = None) -> Span:
        return Span("number", "DATE", 0, 1, "x", value, unit)

    assert describe(span("2017-08")) == "2017-08"
    assert describe(span("P2W", "weeks")) == "2 weeks (P2W)"
    assert describe(span("PT1M30S", "minutes")) == "1.5 minutes (PT1M30S)"
    assert describe(span("P10Y", "decade")) == "1 decade (P10Y)"
    assert describe(span("PXY", "years")) == "years (PXY)"
    assert describe(span("PRESENT_REF")) == "the present (PRESENT_REF)"
    assert describe(span(None)) == ""
    assert duration_amount("P2Y6M", "years") == "2.5"
    assert duration_amount("P9M", "months") == "9"


# ------------------------------------------------------------------------- never raises, linear


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("0123456789 ,.-'/:")
            + ["the ", "last ", "next ", "quarter ", "third ", "Tuesday ", "Sept. ", "ago ", "a "]
            + ["weeks ", "years ", "since ", "until ", "recently ", "year-", "fiscal ", "Q3 "]
        ),
        max_size=40,
    ).map("".join),
    st.one_of(st.none(), st.dates()),
)
def test_never_raises_and_spans_index_the_text(text: str, published: date | None) -> None:
    for span in analyze(text, published=published):
        assert text[span.start : span.end] == span.text


def _seconds(text: str) -> float:
    """CPU time of the dates pass alone, over the number finder's spans of ``text``: the best
    of three, so a pause of a loaded machine is not read as the pass's own cost."""
    numbers = find_numbers(text)
    best = float("inf")
    for _ in range(3):
        began = time.process_time()
        resolve_dates(text, numbers, published=FRIDAY)
        best = min(best, time.process_time() - began)
    return best


def test_pathological_runs_take_linear_time() -> None:
    pieces = [
        "last week ",
        "the third quarter ",
        "Tuesday the third quarter ",
        "Tuesday, ",
        "since ",
        "recently ",
        "two weeks ago ",
        "year-earlier ",
        "1999, ",
        "the past ",
        "q",
        "Jan ",
        "a 6-year-old ",
        "7/8 Thursday ",
    ]
    for piece in pieces:
        small = _seconds(piece * 500)
        large = _seconds(piece * 4000)
        # eight times the text: well under 40 times the time (a generous bound against
        # anything quadratic, whatever else runs on the machine)
        assert large < max(0.5, 40 * small), (piece, small, large)


def test_a_hundred_thousand_characters_of_one_long_date_span() -> None:
    text = "Tuesday " * 12_500
    numbers = [Span("number", "DATE", 0, len(text) - 1, text[:-1])]
    began = time.process_time()
    out = resolve_dates(text, numbers, published=FRIDAY)
    assert time.process_time() - began < 2.0
    assert [s.value for s in out] == [None]  # far too long to be one expression: no value


def test_after_the_nine_months_a_year_earlier_is_the_year_before() -> None:
    """A results story that turns from its quarter to the year to date compares "a year
    earlier" with that part of the year before, read as the year, until it names a
    quarter again."""
    text = (
        "Profit rose in the third quarter from a year earlier. For the nine months, it "
        "earned $5, compared with $4 a year earlier. In the third quarter, sales "
        "rose from a year earlier."
    )
    got = [v for t, v in dates(text, date(1989, 10, 26)) if t == "a year earlier"]
    assert got == ["1988-Q3", "1988", "1988-Q3"]


def test_a_year_spoken_in_words_after_the_year_is_that_year() -> None:
    """Transcripts speak years: "by the year two thousand" is one date, not "the year"
    (this one) and the number 2000."""
    text = "His promise to halve unemployment by the year two thousand was dropped."
    assert dates(text, date(1998, 2, 5)) == [("the year two thousand", "2000")]
