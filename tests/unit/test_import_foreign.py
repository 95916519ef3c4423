"""Imports from other tools: W3C Web Annotation in every shape the model allows for a text note
or tag, Hypothesis exports, articles matched by URL or title or reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tuiread.export import ImportFailed, import_file, parse_export
from tuiread.model import Annotation, Article
from tuiread.store import Store, open_store

TEXT = (
    "TOKYO (Sputnik) — Japan, South Korea and the US agreed on Friday to press North Korea.\n\n"
    '"We will not accept" a nuclear North Korea, Blinken said in a statement.\n'
    "Takehiro Funakoshi and Sung Kim joined the talks."
)
URL = "https://news.example.com/2017/09/15/korea-talks"
ARTICLE = Article(
    id="a" * 16,
    title="Japan, S Korea, US Agree",
    text=TEXT,
    source="Sputnik",
    date="2017-09-15",
    url=URL,
)
CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def library(home: Path, *articles: Article) -> Store:
    home.mkdir(parents=True, exist_ok=True)
    store = open_store(home)
    store.library.add_many(articles or (ARTICLE,))
    return store


def run(tmp_path: Path, doc: Any, *articles: Article) -> tuple[Any, list[Annotation]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with library(tmp_path / "lib", *articles) as lib:
        report = import_file(lib, path)
        return report, sorted(lib.annotations.all(), key=lambda a: a.id)


def anno(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "@context": CONTEXT,
        "id": "http://example.org/anno1",
        "type": "Annotation",
        "target": URL,
    }
    base.update(fields)
    return base


def quote(exact: str, **more: Any) -> dict[str, Any]:
    return {"type": "TextQuoteSelector", "exact": exact, **more}


def position(needle: str) -> dict[str, Any]:
    start = TEXT.index(needle)
    return {"type": "TextPositionSelector", "start": start, "end": start + len(needle)}


# --------------------------------------------------------------------------- W3C shapes


def test_a_single_bare_annotation_not_in_a_list(tmp_path: Path) -> None:
    report, (got,) = run(tmp_path, anno(bodyValue="a note on the page"))
    assert report.added == 1 and report.format == "w3c"
    assert got.note == "a note on the page" and got.selector is None
    assert got.article_id == ARTICLE.id and got.id == "http://example.org/anno1"


def test_a_list_a_page_and_a_collection_with_its_first_page(tmp_path: Path) -> None:
    items = [
        anno(id=f"urn:uuid:00000000-0000-4000-8000-00000000000{i}", bodyValue=str(i))
        for i in range(3)
    ]
    shapes = {
        "list": items,
        "page": {"@context": CONTEXT, "type": "AnnotationPage", "items": items},
        "collection": {
            "@context": CONTEXT,
            "id": "http://example.org/c",
            "type": "AnnotationCollection",
            "total": 3,
            "first": {"type": "AnnotationPage", "items": items, "next": None},
        },
    }
    for name, doc in shapes.items():
        report, got = run(tmp_path / name, doc)
        assert report.added == 3, name
        assert [a.note for a in got] == ["0", "1", "2"], name
        assert got[0].id == "00000000-0000-4000-8000-000000000000"  # urn:uuid: unwrapped


def test_body_shapes_string_object_list_and_mixed_purposes(tmp_path: Path) -> None:
    doc = [
        anno(id="s", body="a plain string body"),
        anno(id="o", body={"type": "TextualBody", "value": "one object"}),
        anno(
            id="m",
            body=[
                {"type": "TextualBody", "value": "the comment", "purpose": "commenting"},
                {"type": "TextualBody", "value": "korea", "purpose": "tagging"},
                {"type": "TextualBody", "value": "#sanctions", "purpose": ["oa:tagging"]},
                {"type": "TextualBody", "value": "described too", "purpose": "describing"},
                {"id": "http://example.org/image.png", "type": "Image"},
            ],
        ),
        anno(
            id="c",
            body={
                "type": "Choice",
                "items": [
                    {"type": "TextualBody", "value": "in English", "language": "en"},
                    {"type": "TextualBody", "value": "auf Deutsch", "language": "de"},
                ],
            },
        ),
        anno(
            id="t",
            motivation="tagging",
            body={"type": "TextualBody", "value": "japan", "purpose": "tagging"},
        ),
    ]
    report, got = run(tmp_path, doc)
    by_id = {a.id: a for a in got}
    assert by_id["s"].note == "a plain string body"
    assert by_id["o"].note == "one object"
    assert by_id["m"].note == "the comment\n\ndescribed too"
    assert by_id["m"].tags == ("korea", "sanctions")
    assert by_id["c"].note == "in English"
    assert by_id["t"].tags == ("japan",) and by_id["t"].motivation == "tagging"
    assert report.left_out == 1 and "non-text bodies left out" in report.summary()


def test_missing_dates_and_id_are_filled_and_stable(tmp_path: Path) -> None:
    doc = {"type": "Annotation", "bodyValue": "undated", "target": URL}
    report, (got,) = run(tmp_path, doc)
    assert report.added == 1 and got.created == got.modified
    path = tmp_path / "again.json"
    path.write_text(json.dumps(doc))
    with open_store(tmp_path / "lib") as lib:
        again = import_file(lib, path)
        assert (again.added, again.unchanged) == (0, 1)  # same derived id, never newer


def test_only_modified_or_only_created(tmp_path: Path) -> None:
    doc = [
        anno(id="c", bodyValue="x", created="2020-01-01T00:00:00Z"),
        anno(id="m", bodyValue="y", modified="2021-01-01T00:00:00+02:00"),
    ]
    _, got = run(tmp_path, doc)
    by_id = {a.id: a for a in got}
    assert by_id["c"].modified == by_id["c"].created == "2020-01-01T00:00:00Z"
    assert by_id["m"].created == by_id["m"].modified == "2021-01-01T00:00:00+02:00"


@pytest.mark.parametrize(
    "source",
    [
        URL,
        "http://www.news.example.com/2017/09/15/korea-talks/?utm_source=x#frag",
        "urn:tuiread:article:" + "a" * 16,
        "a" * 16,
    ],
)
def test_targets_by_url_urn_or_our_own_id(tmp_path: Path, source: str) -> None:
    doc = anno(bodyValue="n", target={"source": source, "selector": quote("Sung Kim")})
    report, (got,) = run(tmp_path, doc)
    assert report.added == 1 and report.orphaned == 0
    assert got.article_id == ARTICLE.id
    assert got.selector is not None and TEXT[got.selector.start : got.selector.end] == "Sung Kim"


def test_quote_and_position_selectors_in_a_list_and_in_refined_by(tmp_path: Path) -> None:
    doc = [
        anno(
            id="both", target={"source": URL, "selector": [quote("Blinken"), position("Blinken")]}
        ),
        anno(id="pos", target={"source": URL, "selector": position("Funakoshi")}),
        anno(
            id="refined",
            target={
                "source": URL,
                "selector": {
                    "type": "FragmentSelector",
                    "value": "para2",
                    "refinedBy": quote("nuclear", prefix="a ", suffix=" North"),
                },
            },
        ),
        anno(id="css", target={"source": URL, "selector": {"type": "CssSelector", "value": "p"}}),
    ]
    report, got = run(tmp_path, doc)
    by_id = {a.id: a for a in got}
    for ident, words in (("both", "Blinken"), ("pos", "Funakoshi"), ("refined", "nuclear")):
        sel = by_id[ident].selector
        assert sel is not None and TEXT[sel.start : sel.end] == sel.exact == words, ident
        assert by_id[ident].motivation == "highlighting"
    assert "css" not in by_id
    assert report.skipped["no TextQuoteSelector or TextPositionSelector in the target"].count == 1


def test_a_quote_no_longer_in_the_text_is_kept_orphaned(tmp_path: Path) -> None:
    doc = anno(bodyValue="n", target={"source": URL, "selector": quote("words that are not there")})
    report, (got,) = run(tmp_path, doc)
    assert report.added == 1 and report.orphaned == 1 and got.selector is not None


def test_article_matched_by_title_when_the_url_differs(tmp_path: Path) -> None:
    no_url = Article(id="b" * 16, title=ARTICLE.title, text=TEXT)
    row = hypothesis_row(uri="https://elsewhere.example.org/x", title="japan, s korea,  US agree")
    report, (got,) = run(tmp_path, [row], no_url)
    assert report.added == 1 and got.article_id == no_url.id


def test_articles_not_in_the_library_are_reported_not_imported(tmp_path: Path) -> None:
    doc = [
        anno(id="1", bodyValue="x", target="https://unknown.example.org/a"),
        anno(id="2", bodyValue="y", target="https://unknown.example.org/a"),
        anno(id="3", bodyValue="z", target="urn:isbn:0451450523"),
    ]
    report, got = run(tmp_path, doc)
    assert got == [] and report.added == 0 and report.skipped_count == 3
    summary = report.summary()
    assert "3 about articles not in this library" in summary
    assert "https://unknown.example.org/a (2)" in summary and "urn:isbn:0451450523 (1)" in summary


@pytest.mark.parametrize("target", ["http://example.com:99999/x", "https://example.com:abc/x"])
def test_a_target_with_an_impossible_port_is_an_unknown_page(tmp_path: Path, target: str) -> None:
    """urllib raises on reading such a port: the import ended in "internal error"."""
    report, got = run(tmp_path, [anno(id="1", bodyValue="x", target=target)])
    assert got == [] and report.skipped_count == 1
    assert target in report.summary()


def test_a_file_whose_every_record_is_skipped_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tuiread.cli import main

    path = tmp_path / "x.json"
    path.write_text(json.dumps([anno(bodyValue="x", target="https://unknown.example.org/a")]))
    library(tmp_path / "lib").close()
    monkeypatch.setenv("TUIREAD_HOME", str(tmp_path / "lib"))
    assert main(["import", str(path)]) == 1
    assert "not in this library" in capsys.readouterr().out


# --------------------------------------------------------------------------- Hypothesis


def hypothesis_row(**over: Any) -> dict[str, Any]:
    start = TEXT.index("Blinken")
    row: dict[str, Any] = {
        "id": "Wx9_a-bCEe-abc123XYZ",
        "created": "2023-07-19T12:34:56.789012+00:00",
        "updated": "2023-07-20T08:00:00.000000+00:00",
        "user": "acct:reader@hypothes.is",
        "uri": over.pop("uri", URL),
        "text": "Who is speaking here?",
        "tags": ["people", "US"],
        "group": "__world__",
        "target": [
            {
                "source": URL,
                "selector": [
                    {
                        "type": "RangeSelector",
                        "startContainer": "/main[1]/p[2]",
                        "startOffset": 40,
                        "endContainer": "/main[1]/p[2]",
                        "endOffset": 47,
                    },
                    # Hypothesis counts characters of the whole web page: a hint only
                    {"type": "TextPositionSelector", "start": start + 913, "end": start + 920},
                    {
                        "type": "TextQuoteSelector",
                        "exact": "Blinken",
                        "prefix": "nuclear North Korea, ",
                        "suffix": " said in a statement",
                    },
                ],
            }
        ],
        "document": {"title": [over.pop("title", "Japan, S Korea, US Agree")]},
        "links": {"html": "https://hypothes.is/a/Wx9_a-bCEe-abc123XYZ"},
    }
    row.update(over)
    return row


def test_hypothesis_client_export(tmp_path: Path) -> None:
    page_note = hypothesis_row(
        id="page-note", text="A page note", tags=[], target=[{"source": URL}]
    )
    reply = hypothesis_row(id="reply", text="I agree", references=["Wx9_a-bCEe-abc123XYZ"])
    doc = {
        "export_date": "2024-03-01T10:00:00.000Z",
        "export_userid": "acct:reader@hypothes.is",
        "client_version": "1.1400.0",
        "annotations": [hypothesis_row(), page_note, reply],
    }
    report, got = run(tmp_path, doc)
    assert report.format == "hypothesis" and report.added == 2
    assert report.skipped["a reply in a discussion (tuiread keeps notes, not threads)"].count == 1
    by_id = {a.id: a for a in got}
    passage = by_id["Wx9_a-bCEe-abc123XYZ"]
    assert passage.note == "Who is speaking here?" and passage.tags == ("people", "US")
    assert passage.selector is not None
    assert TEXT[passage.selector.start : passage.selector.end] == "Blinken"
    assert passage.modified == "2023-07-20T08:00:00.000000+00:00"
    assert report.reanchored == 1  # the page's offsets were only a hint
    assert by_id["page-note"].selector is None and by_id["page-note"].note == "A page note"


def test_hypothesis_api_rows_and_a_bare_list(tmp_path: Path) -> None:
    for name, doc in {
        "api": {"total": 1, "rows": [hypothesis_row()]},
        "list": [hypothesis_row()],
    }.items():
        report, (got,) = run(tmp_path / name, doc)
        assert report.added == 1 and report.format == "hypothesis", name
        assert got.note == "Who is speaking here?"


def test_hypothesis_import_twice_changes_nothing_and_an_edit_wins(tmp_path: Path) -> None:
    report, _ = run(tmp_path, [hypothesis_row()])
    path = tmp_path / "edited.json"
    path.write_text(json.dumps([hypothesis_row(text="edited", updated="2024-01-01T00:00:00Z")]))
    with open_store(tmp_path / "lib") as lib:
        assert import_file(lib, tmp_path / "in.json").unchanged == 1
        again = import_file(lib, path)
        assert again.updated == 1
        assert lib.annotations.get("Wx9_a-bCEe-abc123XYZ").note == "edited"  # type: ignore[union-attr]


def test_a_mixed_list_of_w3c_and_hypothesis_records(tmp_path: Path) -> None:
    report, got = run(tmp_path, [hypothesis_row(), anno(bodyValue="w3c one")])
    assert report.added == 2 and report.format == "hypothesis+w3c"


def test_parse_export_reads_without_a_library() -> None:
    parsed = parse_export(json.dumps({"total": 1, "rows": [hypothesis_row()]}))
    (item,) = parsed.annotations
    assert item.article.url == URL and item.article.title == "Japan, S Korea, US Agree"
    with pytest.raises(ImportFailed, match="not an annotation export"):
        parse_export('{"hello": "world"}')
