"""The search language: what each query becomes for FTS5, and the queries it refuses."""

from __future__ import annotations

import pytest

from tuiread.index.query import QueryError, check_since, parse_query


@pytest.mark.parametrize(
    ("text", "fts"),
    [
        ("blair", '"blair"'),
        ("Tony Blair", '("Tony" AND "Blair")'),
        ('"prime minister"', '"prime minister"'),
        ("Kilroy-Silk", '"Kilroy-Silk"'),
        ("sanction*", '"sanction"*'),
        ('"prime min"*', '"prime min"*'),
        ("blair OR brown", '("blair" OR "brown")'),
        ("blair AND brown", '("blair" AND "brown")'),
        ("blair NOT brown", '(("blair") NOT "brown")'),
        ("blair -brown", '(("blair") NOT "brown")'),
        ("(blair OR brown) iraq", '(("blair" OR "brown") AND "iraq")'),
        ("a OR b c", '("a" OR ("b" AND "c"))'),
        ('say "it""s"', '("say" AND "it" AND "s")'),
        ("blair and brown", '("blair" AND "and" AND "brown")'),
        ('he said "yes"', '("he" AND "said" AND "yes")'),
    ],
)
def test_queries_become_quoted_fts5_expressions(text: str, fts: str) -> None:
    assert parse_query(text).fts == fts


def test_a_quote_inside_a_word_can_never_break_out_of_its_string() -> None:
    query = parse_query('x" OR "y')
    assert query.fts.count('"') % 2 == 0


def test_filters_are_taken_out_of_the_search() -> None:
    query = parse_query('korea tag:#sanctions source:"Yonhap News" since:2017-09')
    assert query.fts == '"korea"'
    assert query.tags == ["sanctions"]
    assert query.sources == ["Yonhap News"]
    assert query.since == "2017-09"


def test_terms_list_what_may_match_not_what_is_left_out() -> None:
    terms = parse_query('"prime minister" blair* -brown').terms()
    assert [(t.text, t.prefix) for t in terms] == [("prime minister", False), ("blair", True)]


def test_punctuation_alone_is_left_out() -> None:
    assert parse_query("blair & brown").fts == '("blair" AND "brown")'


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "nothing to search for"),
        ("   ", "nothing to search for"),
        ('"prime minister', "not closed"),
        ("(blair", "not closed"),
        ("blair)", 'has no "("'),
        ("OR blair", "each side of OR"),
        ("blair OR", "OR needs something after it"),
        ("AND blair", "AND needs something before it"),
        ("blair AND", "AND needs something after it"),
        ("NOT blair", "cannot only leave words out"),
        ("-blair", "cannot only leave words out"),
        ("blair OR -brown", "cannot only leave words out"),
        ("blair NOT", "NOT needs something after it"),
        ("()", "holds nothing"),
        ('""', "holds nothing"),
        ("bl*ir", "may only end a word"),
        ("tag:", "needs a value"),
        ("(blair tag:x)", "outside ( )"),
        ("blair -tag:x", "cannot be negated"),
        ("tag:korea", "nothing to search for"),
        ("blair since:2017-13", "not a date on the calendar"),
        ("blair since:yesterday", "not a date"),
    ],
)
def test_queries_that_cannot_be_searched_say_why_in_one_line(text: str, says: str) -> None:
    with pytest.raises(QueryError) as error:
        parse_query(text)
    assert says in str(error.value)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("value", ["2017", "2017-09", "2017-09-15", " 2017-09-15 "])
def test_since_takes_a_year_a_month_or_a_day(value: str) -> None:
    assert check_since(value) == value.strip()
