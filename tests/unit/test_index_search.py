"""Full-text search over a real library: what matches, in what order, with what marked, and
an index that follows every add, edit and delete without ever being the source of truth."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuiread.index import LibraryIndex, QueryError, first_match, parse_query
from tuiread.index.db import INDEX_FILE
from tuiread.model import Article, Span
from tuiread.store import open_store


def art(key: str, title: str, text: str, **fields: Any) -> Article:
    return Article(id=f"{key:0>16}", title=title, text=text, origin=f"{key}.txt", **fields)


def no_spans(text: str, published: date | None) -> list[Span]:
    return []


@pytest.fixture
def library(home: Path) -> Any:
    store = open_store(home)
    store.library.add_many(
        [
            art(
                "a",
                "Blair and Brown",
                "Tony Blair met Gordon Brown in London.",
                source="BBC",
                date="2005-05-06",
            ),
            art(
                "b",
                "Kilroy-Silk quits",
                "Robert Kilroy-Silk left the party on Friday.",
                source="The Guardian",
                date="2005-01-21",
            ),
            art(
                "c",
                "A spelling",
                "Some write Kilroy Silk without the hyphen.",
                source="Reuters",
                date="2004-12-01",
            ),
            art(
                "d",
                "Zélensky in Kyiv",
                "Volodymyr Zélensky spoke in Kyiv about sanctions.",
                source="Reuters",
                date="2022-03-01",
            ),
            art(
                "e",
                "Sanctioned",
                "The ministry sanctioned two firms; sanctions follow.",
                source="AP",
                date="2017-09-15",
            ),
            art(
                "f",
                "Blair",
                "Blair. Blair. Blair again: the prime minister spoke.",
                source="BBC",
                date="2003-03-20",
            ),
        ]
    )
    yield store
    store.close()


@pytest.fixture
def index(library: Any) -> Any:
    index = LibraryIndex(library, analyzer=no_spans)
    index.update()
    yield index
    index.close()


def ids(results: Any) -> set[str]:
    return {i.lstrip("0") for i in results.article_ids}


def test_a_word_finds_every_article_holding_it_in_any_case(index: Any) -> None:
    assert ids(index.search("blair")) == {"a", "f"}
    assert ids(index.search("BLAIR")) == {"a", "f"}


def test_exact_phrases_prefixes_and_operators(index: Any) -> None:
    assert ids(index.search('"prime minister"')) == {"f"}
    assert ids(index.search('"minister prime"')) == set()
    assert ids(index.search("sanction*")) == {"d", "e"}
    assert ids(index.search("blair brown")) == {"a"}
    assert ids(index.search("blair AND brown")) == {"a"}
    assert ids(index.search("brown OR zelensky")) == {"a", "d"}
    assert ids(index.search("blair NOT brown")) == {"f"}
    assert ids(index.search("blair -brown")) == {"f"}
    assert ids(index.search("(brown OR kyiv) -zelensky")) == {"a"}


def test_a_hyphenated_name_finds_both_spellings_and_its_parts_find_it(index: Any) -> None:
    assert ids(index.search("Kilroy-Silk")) == {"b", "c"}
    assert ids(index.search("kilroy")) == {"b", "c"}
    assert ids(index.search('"kilroy silk"')) == {"b", "c"}


def test_accents_match_either_way(index: Any) -> None:
    assert ids(index.search("zelensky")) == {"d"}
    assert ids(index.search("Zélensky")) == {"d"}
    assert ids(index.search("ZELENSKY")) == {"d"}


def test_ranking_puts_the_title_and_the_most_mentions_first(index: Any) -> None:
    results = index.search("blair")
    assert [h.article_id.lstrip("0") for h in results.hits()] == ["f", "a"]
    scores = [h.score for h in results.hits()]
    assert scores == sorted(scores, reverse=True)


def test_snippets_and_titles_mark_the_matches(index: Any) -> None:
    hit = index.search("brown").hits()[0]
    snippet = hit.snippet
    assert "Gordon Brown" in snippet.text
    assert [snippet.text[s:e] for s, e in snippet.marks] == ["Brown"]
    assert [hit.title.text[s:e] for s, e in hit.title.marks] == ["Brown"]
    phrase = index.search('"prime minister"').hits()[0].snippet
    assert [phrase.text[s:e] for s, e in phrase.marks] == ["prime minister"]


def test_filters_by_source_date_and_tag(index: Any, library: Any) -> None:
    assert ids(index.search("blair", sources=["bbc"])) == {"a", "f"}
    assert ids(index.search("kilroy", sources=["guardian"])) == {"b"}
    assert ids(index.search("blair", since="2004")) == {"a"}
    assert ids(index.search("blair since:2004-01")) == {"a"}
    library.annotations.set_article_tags("f".rjust(16, "0"), ["iraq"])
    assert ids(index.search("blair", tags=["#Iraq"])) == {"f"}
    assert ids(index.search("blair tag:iraq")) == {"f"}
    assert ids(index.search("blair tag:nothing")) == set()


def test_bad_queries_raise_query_error(index: Any) -> None:
    for bad in ('"open', "NOT x", "x OR", ""):
        with pytest.raises(QueryError):
            index.search(bad)
    with pytest.raises(QueryError):
        index.search("x", since="last week")


def test_control_characters_in_a_text_never_confuse_the_marks(library: Any) -> None:
    library.library.add(art("g", "Marks", "a \x02fake\x03 mark then blair"))
    index = LibraryIndex(library, analyzer=no_spans)
    index.update()
    hit = index.search("blair fake").hits()[0]
    assert "\x02" not in hit.snippet.text and "\x03" not in hit.snippet.text
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.marks] == ["fake", "blair"]
    index.close()


def test_first_match_finds_where_the_index_would(index: Any) -> None:
    text = "Mr Kilroy Silk, not Kilroy-Silk; Zélensky and sanctions."
    assert first_match(text, parse_query("Kilroy-Silk")) == 3
    assert first_match(text, parse_query("zelensky")) == text.index("Zélensky")
    assert first_match(text, parse_query("sanction*")) == text.index("sanctions")
    assert first_match(text, parse_query("sanction")) is None
    assert first_match(text, parse_query("nothing -kilroy")) is None


# --------------------------------------------------------------------------- staying current


def test_the_index_follows_adds_edits_and_deletes(index: Any, library: Any) -> None:
    library.library.add(art("h", "Fresh", "Blair in a fresh story."))
    assert index.update_text() == 1
    assert ids(index.search("blair")) == {"a", "f", "h"}
    # an edit: the same article with another text, then another title
    library.library.remove("h".rjust(16, "0"))
    library.library.add(art("h", "Fresh", "Now only Brown is here."))
    index.update()
    assert ids(index.search("blair")) == {"a", "f"}
    assert ids(index.search("brown")) == {"a", "h"}
    library.library.remove("h".rjust(16, "0"))
    library.library.add(art("h", "Renamed zebra", "Now only Brown is here."))
    index.update()
    assert ids(index.search("zebra")) == {"h"}
    library.library.remove("h".rjust(16, "0"))
    assert index.update_text() == 1
    assert ids(index.search("brown")) == {"a"}
    assert index.update() == 0


def test_deleting_the_index_loses_nothing(index: Any, library: Any, home: Path) -> None:
    before = [(h.article_id, h.snippet) for h in index.search("blair OR kilroy").hits()]
    index.close()
    for path in home.glob(INDEX_FILE + "*"):
        path.unlink()
    again = LibraryIndex(library, analyzer=no_spans)
    again.update()
    assert [(h.article_id, h.snippet) for h in again.search("blair OR kilroy").hits()] == before
    again.close()


def test_a_damaged_index_file_is_rebuilt(library: Any, home: Path) -> None:
    (home / INDEX_FILE).write_bytes(b"this is not a database" * 100)
    index = LibraryIndex(library, analyzer=no_spans)
    assert not index.db.in_memory
    index.update()
    assert ids(index.search("kilroy")) == {"b", "c"}
    index.close()


def test_a_library_folder_that_cannot_be_written_gets_an_index_in_memory(library: Any) -> None:
    store = SimpleNamespace(home=None, library=library.library, annotations=library.annotations)
    index = LibraryIndex(store, analyzer=no_spans)
    assert index.db.in_memory
    index.update()
    assert ids(index.search("kilroy")) == {"b", "c"}
    index.close()


def test_status_says_what_is_indexed(index: Any, library: Any) -> None:
    status = index.status()
    assert (status.articles, status.indexed, status.analysed) == (6, 6, 6)
    assert status.pending_text == status.pending_analysis == 0
    library.library.add(art("i", "New", "new words"))
    status = index.status()
    assert status.pending_text == 1 and status.indexed == 6


# --------------------------------------------------------------------------- property


class _Library:
    """Just what the index reads of a library: summaries and bodies."""

    def __init__(self, articles: list[Article]) -> None:
        self.articles = {a.id: a for a in articles}

    def summaries(self) -> list[Any]:
        return [a.summary() for a in self.articles.values()]

    def get(self, article_id: str) -> Article:
        return self.articles[article_id]

    def __len__(self) -> int:
        return len(self.articles)


WORDS = ["blair", "Brown", "kyiv", "Zélensky", "sanctions", "oil", "x1", "Kilroy-Silk"]
_bodies = st.lists(
    st.sampled_from([*WORDS, "the", "a", "silk", "Zelensky"]), min_size=1, max_size=12
)


def _words(text: str) -> list[str]:
    """The words of ``text`` as a reader counts them: letters and digits, any case or accent."""
    from tuiread.index.names import fold

    return "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()


def _holds(text: str, word: str) -> bool:
    """Does ``text`` hold ``word`` (a hyphenated name: its parts in a row)?"""
    phrase, words = _words(word), _words(text)
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_bodies, min_size=1, max_size=8), st.sampled_from(WORDS))
def test_search_finds_exactly_the_articles_holding_a_word(
    bodies: list[list[str]], word: str
) -> None:
    articles = [art(str(n), f"story {n}", " ".join(words) + ".") for n, words in enumerate(bodies)]
    with tempfile.TemporaryDirectory() as folder:
        store = SimpleNamespace(home=Path(folder), library=_Library(articles))
        index = LibraryIndex(store, analyzer=no_spans)
        index.update(analysis=False)
        holding = {a.id for a in articles if _holds(a.text, word)}
        assert set(index.search(word).article_ids) == holding
        assert set(index.search(word.upper()).article_ids) == holding
        index.close()


def test_the_property_reads_words_as_the_index_does() -> None:
    assert _words("Kilroy-Silk, Zélensky x1") == ["kilroy", "silk", "zelensky", "x1"]
    assert _holds("a Kilroy Silk b", "Kilroy-Silk")
    assert not _holds("Silk, Kilroy", "Kilroy-Silk")
