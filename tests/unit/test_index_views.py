"""The library-wide views: entities linked across articles, quotes by speaker, the timeline,
and the analysis cache they are built from.

A small rule-based analyser stands in for the engine here, so these tests say what the index
does with spans, whatever the engine finds."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from toy_analysis import STORIES, art, calls, toy

from tuiread.index import LibraryIndex, index_for
from tuiread.index.derive import event_date
from tuiread.index.engine import fingerprint
from tuiread.index.names import display_name, link_people, name_key
from tuiread.index.sentences import Sentences
from tuiread.index.spancache import decode_spans, encode_spans, published_date
from tuiread.index.timex import calendar_value
from tuiread.model import Article
from tuiread.store import open_store


@pytest.fixture
def index(home: Path) -> Any:
    calls.clear()
    store = open_store(home)
    store.library.add_many(STORIES)
    index = LibraryIndex(store, analyzer=toy)
    index.update()
    yield index
    index.close()
    store.close()


def entity(index: Any, name: str) -> Any:
    return next(e for e in index.entities() if e.name == name)


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mr Blair", "Blair"),
        ("KILROY-SILK", "Kilroy Silk"),
        ("Zelenskyy's", "Zelenskyy"),
        ("Zélensky", "zelensky"),
        ("President Obama", "Obama"),
        ("George W. Bush", "george w bush"),
    ],
)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_a_title_is_kept_when_it_is_the_whole_name() -> None:
    assert name_key("President") == "president"
    assert name_key("Mr Blair", "ORG") == "mr blair"


def test_a_surname_joins_the_one_full_name_ending_with_it() -> None:
    assert link_people({"blair": 3, "tony blair": 5}) == {"blair": "tony blair"}


def test_a_surname_two_people_share_stays_apart_unless_one_dominates() -> None:
    assert link_people({"blair": 3, "tony blair": 5, "cherie blair": 4}) == {}
    assert link_people({"blair": 3, "tony blair": 50, "cherie blair": 2}) == {"blair": "tony blair"}


def test_a_name_without_its_middle_joins_the_full_one() -> None:
    links = link_people({"george bush": 2, "george w bush": 4, "bush": 3, "laura bush": 2})
    assert links["george bush"] == "george w bush"
    assert "bush" not in links  # George W. Bush in 6 articles, Laura Bush in 2: not 5 to 1
    links = link_people({"george bush": 2, "george w bush": 4, "bush": 3})
    assert links["bush"] == "george w bush"


def test_the_name_shown_is_the_most_used_full_name() -> None:
    assert display_name({"Trump": 40, "Donald Trump": 9, "Donald J. Trump": 3}) == "Donald Trump"
    assert display_name({"Mr Blair": 9, "Tony Blair": 2}) == "Tony Blair"
    assert display_name({"U.S.": 9, "United States": 2}, "GPE") == "U.S."


# --------------------------------------------------------------------------- entities


def test_entities_are_counted_by_articles_and_linked_across_them(index: Any) -> None:
    blair = entity(index, "Tony Blair")
    assert blair.label == "PERSON"
    assert blair.articles == 3  # "Tony Blair"/"Mr Blair" in a, "Mr Blair"/"Blair" in b, c
    assert blair.mentions == 5
    assert {"Mr Blair", "Blair"} <= set(blair.aliases)
    brown = entity(index, "Gordon Brown")
    assert brown.articles == 2 and "Brown" in brown.aliases
    names = [e.name for e in index.entities()]
    assert names.index("Tony Blair") < names.index("Gordon Brown")  # most articles first
    assert "Blair" not in names and "Mr Blair" not in names


def test_entities_filter_by_label(index: Any) -> None:
    assert {e.name for e in index.entities("GPE")} == {"London", "Paris"}
    assert {e.label for e in index.entities("PERSON")} == {"PERSON"}


def test_an_ambiguous_surname_is_left_alone(home: Path) -> None:
    store = open_store(home)
    store.library.add_many(
        [
            art("1", "Tony Blair spoke."),
            art("2", "Cherie Blair spoke."),
            art("3", "Blair spoke."),
        ]
    )
    index = LibraryIndex(store, analyzer=toy)
    index.update()
    assert {e.name for e in index.entities()} == {"Tony Blair", "Cherie Blair", "Blair"}
    index.close()
    store.close()


def test_an_entity_is_found_by_any_of_its_names(index: Any) -> None:
    for name in ("Tony Blair", "tony blair", "Mr Blair", "Blair", "BLAIR"):
        assert [e.name for e in index.find_entities(name)] == ["Tony Blair"]
    assert [e.name for e in index.find_entities("gord")] == ["Gordon Brown"]
    assert index.find_entities("nobody at all") == []


def test_an_entitys_articles_come_with_the_first_mention(index: Any) -> None:
    blair = entity(index, "Tony Blair")
    articles = {a.article_id.lstrip("0"): a for a in index.entity_articles([blair.id])}
    assert set(articles) == {"a", "b", "c"}
    assert articles["b"].first == STORIES[1].text.index("Mr Blair")
    assert articles["a"].mentions == 2
    dates = [a.date for a in index.entity_articles([blair.id])]
    assert dates == ["2005-05-10", "2005-05-06", "2004-01-02"]  # newest first
    ids = index.entity_article_ids()[blair.id]
    assert len(ids) == 3


def test_a_second_look_reads_the_catalogue_it_built(index: Any) -> None:
    index.entities()
    generation = index.db.meta("catalogue")
    index.entities()
    assert index.db.meta("catalogue") == generation
    index.store.library.add(art("e", "Gordon Brown again in London."))
    index.update()
    assert entity(index, "Gordon Brown").articles == 3


# --------------------------------------------------------------------------- quotes


def test_quotes_come_with_their_linked_speaker(index: Any) -> None:
    quotes = index.quotes()
    by_text = {q.text: q for q in quotes}
    assert by_text["“We will win,”"].speaker == "Tony Blair"
    assert by_text["“Paris is lovely,”"].speaker == "Tony Blair"  # "Blair" in story b
    assert by_text["“Paris is lovely,”"].speaker_mention == "Blair"
    assert by_text["“Labour will hold,”"].speaker == "Gordon Brown"
    assert [q.date for q in quotes] == ["2005-05-06", "2005-05-10", None]  # undated last


def test_quotes_by_a_speaker_are_theirs_whatever_name_is_asked(index: Any) -> None:
    for name in ("Tony Blair", "Mr Blair", "blair"):
        assert {q.text for q in index.quotes(speaker=name)} == {
            "“We will win,”",
            "“Paris is lovely,”",
        }
    assert [q.speaker for q in index.quotes(speaker="Brown")] == ["Gordon Brown"]
    assert index.quotes(speaker="nobody") == []


def test_quotes_of_one_article_in_text_order(index: Any) -> None:
    quotes = index.quotes(article_id="d".rjust(16, "0"))
    assert [q.text for q in quotes] == ["“Labour will hold,”"]
    assert quotes[0].start == 0


def test_speakers_are_counted(index: Any) -> None:
    assert index.speakers() == [("Tony Blair", 2), ("Gordon Brown", 1)]


# --------------------------------------------------------------------------- timeline


@pytest.mark.parametrize(
    ("value", "sort_key"),
    [
        ("2017-09-15", "2017-09-15|7|"),
        ("2017-09", "2017-09-01|5|"),
        ("2017", "2017-01-01|1|"),
        ("2017-W37", "2017-09-11|6|"),
        ("2017-Q3", "2017-07-01|3|"),
        ("2017-H2", "2017-07-01|2|"),
        ("2017-SU", "2017-06-01|4|"),
        ("199", "1990-01-01|0|"),
        ("2017-09-15T10:30", "2017-09-15|7|10:30"),
        ("2017-09-15TMO", "2017-09-15|7|06:00"),
        ("1910/1945", "1910-01-01|1|"),
    ],
)
def test_calendar_values_and_their_order(value: str, sort_key: str) -> None:
    found = calendar_value(value)
    assert found is not None and found.sort_key == sort_key


@pytest.mark.parametrize(
    "value", [None, "", "P2W", "PRESENT_REF", "XXXX-06", "63", "100", "2017-02-30", "2017-W60"]
)
def test_values_that_are_not_on_the_calendar(value: str | None) -> None:
    assert calendar_value(value) is None


def test_what_a_date_places_its_sentence_at() -> None:
    day = calendar_value("2005-05-06")
    assert event_date("2005-05-05", day) == (calendar_value("2005-05-05"), "engine")
    assert event_date(None, day) == (day, "article")
    assert event_date("PRESENT_REF", day) == (day, "article")
    assert event_date("XXXX-06", day) == (day, "article")
    assert event_date("P2W", day) is None  # a duration dates nothing
    assert event_date("63", day) is None  # a count
    assert event_date("PAST_REF", day) is None
    assert event_date(None, None) is None


def test_sentences_do_not_end_at_titles_or_initials() -> None:
    text = "Mr. Blair met J. Smith in the U.S. on Friday. Then he left! “Why?” Nobody knew.\nNew"
    found = Sentences(text)
    assert text[slice(*found.around(text.index("Smith")))] == (
        "Mr. Blair met J. Smith in the U.S. on Friday."
    )
    assert text[slice(*found.around(text.index("left")))] == "Then he left!"
    assert text[slice(*found.around(text.index("New")))] == "New"


def test_the_timeline_is_in_calendar_order_with_its_sentences(index: Any) -> None:
    events = index.timeline()
    assert [e.date for e in events] == sorted(e.date for e in events)
    assert [(e.date, e.resolved) for e in events] == [
        ("1997", "engine"),
        ("2005-05-05", "engine"),
        ("2005-05-10", "article"),
    ]
    tuesday = events[-1]
    assert tuesday.sentence == "Mr Blair was in Paris on Tuesday."
    assert tuesday.mention == "Tuesday" and tuesday.article_date == "2005-05-10"
    assert STORIES[1].text[tuesday.start : tuesday.end] == "Tuesday"


def test_the_timeline_of_one_entity_keeps_the_sentences_naming_it(index: Any) -> None:
    brown = entity(index, "Gordon Brown")
    assert [e.date for e in index.timeline([brown.id])] == ["1997"]
    paris = entity(index, "Paris")
    assert [e.sentence for e in index.timeline([paris.id])] == ["Mr Blair was in Paris on Tuesday."]


# --------------------------------------------------------------------------- the span cache


def test_spans_round_trip_through_the_cache_encoding() -> None:
    text = STORIES[0].text
    spans = toy(text, None)
    assert decode_spans(encode_spans(spans), text) == spans
    assert decode_spans(encode_spans(spans), text[:10]) is None  # not this text
    assert decode_spans(b"garbage", text) is None


def test_published_date_reads_a_day_or_nothing() -> None:
    assert published_date("2017-09-15") == date(2017, 9, 15)
    assert published_date("2017-09-15T10:00:00Z") == date(2017, 9, 15)
    assert published_date("September 2017") is None
    assert published_date("2017-02-30") is None
    assert published_date(None) is None


def test_each_article_is_analysed_once_and_read_back_from_the_cache(index: Any) -> None:
    assert len(calls) == len(STORIES)
    article = index.store.library.get(STORIES[0].id)
    assert index.cached_spans(article) == toy(article.text, None)
    assert index.spans(article) == toy(article.text, None)
    assert len(calls) == len(STORIES) + 2  # the two toy() calls of this test, no analysis


def test_rebuilding_the_rows_reads_the_cache_not_the_engine(index: Any) -> None:
    calls.clear()
    index.db.conn.execute("UPDATE docs SET analysed = NULL")
    index.update()
    assert calls == []
    assert entity(index, "Tony Blair").articles == 3


def test_a_new_engine_or_a_new_date_analyses_again(
    index: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = index.store.library.get(STORIES[0].id)
    import tuiread.index.spancache as spancache

    monkeypatch.setattr(spancache, "SPAN_FORMAT", "other")
    assert index.cached_spans(article) is None
    monkeypatch.undo()
    redated = Article(id=article.id, title=article.title, text=article.text, date="2006-01-01")
    assert index.cached_spans(redated) is None
    assert index.cached_spans(article) is not None


def test_the_engine_fingerprint_changes_with_any_engine_file(tmp_path: Path) -> None:
    (tmp_path / "rules.py").write_text("A = 1\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "words.json").write_text("[]")
    (tmp_path / "__pycache__").mkdir()
    before = fingerprint(tmp_path)
    (tmp_path / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"x")
    assert fingerprint(tmp_path) == before
    (tmp_path / "data" / "words.json").write_text('["x"]')
    assert fingerprint(tmp_path) != before


def test_one_index_per_store(home: Path) -> None:
    store = open_store(home)
    assert index_for(store) is index_for(store)
    store.close()


def test_restore_puts_back_what_indexing_replaced() -> None:
    """Snippets come from the indexed text (control characters as spaces); ``restore``
    takes the same stretch from the article, keeping the markers and the ellipses."""
    from tuiread.index.fulltext import restore
    from tuiread.index.sync import MARK_CLOSE, MARK_OPEN, indexable

    original = "Intro words. Kim\x1b[31m Min-jun said\x07 so. More after."
    indexed = indexable(original)
    at = indexed.index("Kim")
    raw = "…" + MARK_OPEN + "Kim" + MARK_CLOSE + indexed[at + 3 : at + 27] + "…"
    restored = restore(raw, original)
    assert restored == "…" + MARK_OPEN + "Kim" + MARK_CLOSE + original[at + 3 : at + 27] + "…"
    assert "\x1b[31m" in restored and "\x07" in restored
    assert restore("no such stretch", original) == "no such stretch"
    assert restore("plain", "plain text") == "plain"
