"""The library-wide commands: search, entities, quotes, timeline, index, list --entity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tuiread.cli import main
from tuiread.model import Article
from tuiread.store import open_store

SEED_A = "Japan, S Korea, US Agree"
SEED_B = "Japan, SKorea, US agree"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def library(home: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The samples plus two stories about a hyphenated name with accents around it."""
    run(capsys, "list")  # seeds the library
    store = open_store(home)
    store.library.add_many(
        [
            Article(
                id="k" * 16,
                title="Kilroy-Silk quits",
                text="Robert Kilroy-Silk left the party. Zélensky was not there.",
                source="The Guardian",
                date="2005-01-21",
            ),
            Article(id="s" * 16, title="Kilroy Silk again", text="Kilroy Silk spoke.", date=None),
        ]
    )
    store.close()
    return home


def test_search_prints_hits_with_marked_snippets(library: Path, capsys) -> None:
    code, out, err = run(capsys, "search", "Kilroy-Silk")
    assert code == 0
    assert "**Kilroy-Silk** quits" in out and "Robert **Kilroy-Silk** left" in out
    assert "**Kilroy Silk** again" in out
    assert "2 articles match" in err


def test_search_json_has_the_stable_fields(library: Path, capsys) -> None:
    code, out, _ = run(capsys, "search", "zelensky", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 1
    row = rows[0]
    assert {"article_id", "title", "date", "source", "score", "snippet", "snippet_marks"} <= set(
        row
    )
    assert row["article_id"] == "k" * 16 and row["date"] == "2005-01-21"
    start, end = row["snippet_marks"][0]
    assert row["snippet"][start:end] == "Zélensky"


def test_search_filters(library: Path, capsys) -> None:
    _, out, _ = run(capsys, "search", "kilroy", "--source", "guardian", "--json")
    assert [r["title"] for r in json.loads(out)] == ["Kilroy-Silk quits"]
    _, out, _ = run(capsys, "search", "kilroy", "--since", "2005", "--json")
    assert [r["title"] for r in json.loads(out)] == ["Kilroy-Silk quits"]
    assert run(capsys, "tag", "Kilroy Silk again", "uk")[0] == 0
    _, out, _ = run(capsys, "search", "kilroy", "--tag", "uk", "--json")
    assert [r["title"] for r in json.loads(out)] == ["Kilroy Silk again"]
    _, out, _ = run(capsys, "search", "japan", "--limit", "1", "--json")
    assert len(json.loads(out)) == 1


@pytest.mark.parametrize(
    ("query", "says"),
    [('"open phrase', "not closed"), ("OR", "OR"), ("tag:x", "nothing to search for")],
)
def test_a_bad_search_is_one_clear_line(library: Path, capsys, query: str, says: str) -> None:
    code, out, err = run(capsys, "search", query)
    assert code == 1 and out == ""
    assert err.startswith("tuiread: search:") and says in err
    assert len(err.strip().splitlines()) == 1


def test_a_bad_since_is_one_clear_line(library: Path, capsys) -> None:
    code, _, err = run(capsys, "search", "japan", "--since", "soon")
    assert code == 1 and "not a date" in err and len(err.strip().splitlines()) == 1


def test_entities_json_and_labels(library: Path, capsys) -> None:
    code, out, _ = run(capsys, "entities", "--label", "gpe", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    assert {"name", "label", "articles", "mentions", "aliases", "article_ids"} <= set(rows[0])
    assert {r["label"] for r in rows} == {"GPE"}
    japan = next(r for r in rows if r["name"] == "Japan")
    assert japan["articles"] == 2 == len(japan["article_ids"])
    counts = [r["articles"] for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_entities_with_an_unknown_label_says_which_exist(library: Path, capsys) -> None:
    code, _, err = run(capsys, "entities", "--label", "PLANET")
    assert code == 1 and "PERSON" in err and "GPE" in err


def test_a_second_entities_answers_from_the_index(
    library: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, first, _ = run(capsys, "entities", "--json")
    import tuiread.index.sync as sync

    def no_engine(*args: object) -> None:
        raise AssertionError("the engine ran again")

    monkeypatch.setattr(sync, "default_analyzer", no_engine)
    _, second, _ = run(capsys, "entities", "--json")
    assert second == first


def test_list_entity_lists_the_articles_naming_it(library: Path, capsys) -> None:
    code, out, _ = run(capsys, "list", "--entity", "japan", "--json")
    rows = json.loads(out)
    assert code == 0
    assert len(rows) == 2
    assert any(r["title"].startswith(SEED_A) for r in rows)
    assert any(r["title"].startswith(SEED_B) for r in rows)
    assert all(r["mentions"] >= 1 for r in rows)
    code, _, err = run(capsys, "list", "--entity", "Atlantis Xyz")
    assert code == 1 and "no entity named" in err


def test_quotes_json_and_filters(library: Path, capsys) -> None:
    code, out, _ = run(capsys, "quotes", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    assert {"speaker", "text", "article_id", "title", "date", "start", "end"} <= set(rows[0])
    speaker = next(r["speaker"] for r in rows if r["speaker"])
    _, out, _ = run(capsys, "quotes", "--speaker", speaker, "--json")
    mine = json.loads(out)
    assert mine and {r["speaker"] for r in mine} == {speaker}
    _, out, _ = run(capsys, "quotes", "--article", "SKorea", "--json")
    assert all(r["title"].startswith(SEED_B) for r in json.loads(out))
    code, _, err = run(capsys, "quotes", "--speaker", "Nobody Atall")
    assert code == 1 and "no speaker named" in err


def test_timeline_is_in_calendar_order(library: Path, capsys) -> None:
    code, out, _ = run(capsys, "timeline", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    assert {"date", "text", "mention", "resolved", "article_id", "title", "article_date"} <= set(
        rows[0]
    )
    from tuiread.index.timex import calendar_value

    keys = [calendar_value(r["date"]).sort_key for r in rows]  # type: ignore[union-attr]
    assert keys == sorted(keys)
    code, out, _ = run(capsys, "timeline", "--entity", "Japan", "--json")
    assert code == 0 and all("Japan" in r["text"] for r in json.loads(out))
    code, _, err = run(capsys, "timeline", "--entity", "Atlantis Xyz")
    assert code == 1 and "no entity named" in err


def test_index_builds_rebuilds_and_describes(library: Path, capsys) -> None:
    code, out, _ = run(capsys, "index", "--json")
    data = json.loads(out)
    assert code == 0 and data["articles"] == data["indexed"] == data["analysed"] == 4
    code, out, _ = run(capsys, "index", "--rebuild")
    assert code == 0 and "4 of 4 articles indexed, 4 analysed" in out


def test_show_reads_the_analysis_cache(library: Path, capsys, monkeypatch) -> None:
    run(capsys, "index")
    import tuiread.index.sync as sync

    def no_engine(*args: object) -> None:
        raise AssertionError("the engine ran again")

    monkeypatch.setattr(sync, "default_analyzer", no_engine)
    code, out, _ = run(capsys, "show", "SKorea")
    assert code == 0 and "Shinsuke" in out


CONTROL_TITLE = "Evil\x1b]0;pwned\x07 title about Busan"
CONTROL_TEXT = (
    "The mayor of Busan, Kim\x1b[31m Min-jun, said on 3 March 2024 that 12 ships had left "
    "Busan\x0c for Tokyo."
)


@pytest.fixture
def controls(home: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A story whose title and text hold escape sequences and other control characters."""
    run(capsys, "list")
    store = open_store(home)
    store.library.add_many(
        [Article(id="c" * 16, title=CONTROL_TITLE, text=CONTROL_TEXT, date="2024-03-04")]
    )
    store.close()
    return home


def test_search_shows_control_characters_as_stand_ins_and_json_keeps_them(
    controls: Path, capsys
) -> None:
    code, out, _ = run(capsys, "search", "Busan")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    assert "Evil␛]0;pwned␇ title about **Busan**" in out  # shown, not dropped
    assert "Kim␛[31m Min-jun" in out
    code, out, _ = run(capsys, "search", "Busan", "--json")
    (row,) = json.loads(out)
    assert row["title"] == CONTROL_TITLE
    assert "Kim\x1b[31m Min-jun" in row["snippet"]


def test_timeline_shows_control_characters_as_stand_ins_and_json_keeps_them(
    controls: Path, capsys
) -> None:
    code, out, _ = run(capsys, "timeline")
    assert code == 0
    assert "\x1b" not in out and "\x0c" not in out
    assert "Kim␛[31m Min-jun" in out and "Busan␌ for Tokyo." in out
    code, out, _ = run(capsys, "timeline", "--json")
    rows = [r for r in json.loads(out) if r["article_id"] == "c" * 16]
    assert rows and rows[0]["text"] == CONTROL_TEXT
    assert rows[0]["title"] == CONTROL_TITLE
