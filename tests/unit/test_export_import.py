"""Import of tuiread's json and W3C exports: a bad file changes nothing, merging by id,
finding the local article, re-anchoring, orphans kept; property-based round trips. Other
tools' shapes are in test_import_foreign.py, the streaming reader in test_import_stream.py."""

from __future__ import annotations

import json
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuiread.export import (
    ExportData,
    ImportFailed,
    collect,
    import_file,
    parse_export,
    render,
    render_data,
    write_atomic,
)
from tuiread.model import Annotation, Article, Selector, normalise_tags
from tuiread.store import open_store

TEXT = (
    "TOKYO (Sputnik) — Japan, South Korea and the US agreed on Friday to press North Korea.\n\n"
    '"We will not accept" a nuclear North Korea, Blinken said in a statement.\n'
    "Takehiro Funakoshi and Sung Kim joined the talks."
)
ARTICLE = Article(
    id="a" * 16, title="Japan, S Korea, US Agree", text=TEXT, source="Sputnik", date="2017-09-15"
)


def sel(text: str, needle: str) -> Selector:
    start = text.index(needle)
    return Selector.from_text(text, start, start + len(needle))


def make(
    n: int, article_id: str = ARTICLE.id, *, modified: str | None = None, **kw: Any
) -> Annotation:
    stamp = f"2026-01-01T00:00:{n:02d}.000Z"
    return Annotation(
        id=str(uuid.UUID(int=n)),
        article_id=article_id,
        created=stamp,
        modified=modified or stamp,
        **kw,
    )


def notes() -> list[Annotation]:
    return [
        make(1, motivation="tagging", tags=("korea", "japan")),
        make(2, note='Article note, with "quotes" | pipes\n[bold]not bold[/]'),
        make(3, note="=cmd()", tags=("people",), colour="yellow", selector=sel(TEXT, "Blinken")),
        make(4, motivation="highlighting", selector=sel(TEXT, '"We will not accept"')),
    ]


def open_library(
    home: Path,
    articles: list[Article] | tuple[Article, ...] = (ARTICLE,),
    annotations: list[Annotation] | None = None,
):  # type: ignore[no-untyped-def]
    home.mkdir(parents=True, exist_ok=True)
    store = open_store(home)
    store.library.add_many(articles)
    if annotations:
        store.annotations.save_many(annotations)
    return store


def dump(store, fmt: str, path: Path) -> Path:  # type: ignore[no-untyped-def]
    write_atomic(render(fmt, store), path)
    return path


def strip_stamp(text: str, fmt: str) -> Any:
    """The export without what depends on the time it was made."""
    obj = json.loads(text)
    if fmt == "json":
        obj.pop("exported")
    else:
        for key in ("generated", "id"):
            obj.pop(key)
        obj["first"].pop("id")
    return obj


# --------------------------------------------------------------------------- happy paths


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_round_trip_into_a_fresh_library_loses_nothing(tmp_path: Path, fmt: str) -> None:
    with open_library(tmp_path / "one", annotations=notes()) as one:
        exported = dump(one, fmt, tmp_path / f"dump.{fmt}")
        first = render(fmt, one)
    with open_library(tmp_path / "two") as two:
        report = import_file(two, exported)
        assert (report.added, report.updated, report.unchanged, report.orphaned) == (4, 0, 0, 0)
        assert report.format == fmt and report.skipped_articles == ()
        assert "added 4" in report.summary()
        assert sorted(two.annotations.all(), key=lambda a: a.id) == notes()
        assert two.annotations.article_tags(ARTICLE.id) == ("korea", "japan")
        assert strip_stamp(render(fmt, two), fmt) == strip_stamp(first, fmt)
        again = import_file(two, exported)  # importing twice changes nothing
        assert (again.added, again.updated, again.unchanged) == (0, 0, 4)


def test_newer_modified_wins_and_older_is_kept(tmp_path: Path) -> None:
    base = notes()
    newer = base[2].edited(note="edited elsewhere")
    newer = Annotation(
        **{
            **newer.to_dict(),
            "selector": newer.selector,  # type: ignore[arg-type]
            "tags": newer.tags,
            "modified": "2027-01-01T00:00:00.000Z",
        }
    )
    with open_library(tmp_path / "src", annotations=[base[0], newer, base[3]]) as src:
        exported = dump(src, "json", tmp_path / "d.json")
    local_newer = base[3].edited(note="local edit")
    local_newer = Annotation(
        **{
            **local_newer.to_dict(),
            "selector": local_newer.selector,  # type: ignore[arg-type]
            "tags": local_newer.tags,
            "modified": "2028-01-01T00:00:00.000Z",
        }
    )
    with open_library(tmp_path / "dst", annotations=[base[0], base[2], local_newer]) as dst:
        report = import_file(dst, exported)
        assert (report.added, report.updated, report.unchanged) == (0, 1, 2)
        assert dst.annotations.get(base[2].id).note == "edited elsewhere"  # type: ignore[union-attr]
        assert dst.annotations.get(base[3].id).note == "local edit"  # type: ignore[union-attr]


def test_article_found_by_content_hash_then_title_and_reanchored(tmp_path: Path) -> None:
    with open_library(tmp_path / "src", annotations=notes()) as src:
        exported = dump(src, "w3c", tmp_path / "d.jsonld")
    same_text = Article(id="b" * 16, title="Another title", text=TEXT)
    with open_library(tmp_path / "by_hash", [same_text]) as lib:
        report = import_file(lib, exported)
        assert report.orphaned == 0 and report.added == 4
        assert {a.article_id for a in lib.annotations.all()} == {same_text.id}
    edited = "An extra first paragraph added by a better cleaner.\n\n" + TEXT
    same_title = Article(id="c" * 16, title=ARTICLE.title, text=edited)
    with open_library(tmp_path / "by_title", [same_title]) as lib:
        report = import_file(lib, exported)
        assert report.orphaned == 0 and report.reanchored == 2
        for a in lib.annotations.all():
            assert a.article_id == same_title.id
            if a.selector is not None:
                assert edited[a.selector.start : a.selector.end] == a.selector.exact


def test_annotations_of_a_missing_article_are_kept_as_orphans(tmp_path: Path) -> None:
    with open_library(tmp_path / "src", annotations=notes()) as src:
        exported = dump(src, "json", tmp_path / "d.json")
    other = Article(id="d" * 16, title="Unrelated", text="Nothing to see here.")
    with open_library(tmp_path / "dst", [other]) as dst:
        report = import_file(dst, exported)
        assert report.added == 4 and report.orphaned == 4
        assert report.skipped_articles == (ARTICLE.title,)
        assert ARTICLE.title in report.summary() and "orphaned" in report.summary()
        assert {a.article_id for a in dst.annotations.all()} == {ARTICLE.id}
        # adding the article later re-attaches them, and they export again in full
        dst.library.add(ARTICLE)
        assert len(dst.annotations.for_article(ARTICLE.id)) == 4


def test_passage_no_longer_in_the_text_is_orphaned_but_kept(tmp_path: Path) -> None:
    with open_library(tmp_path / "src", annotations=notes()) as src:
        exported = dump(src, "json", tmp_path / "d.json")
    rewritten = Article(id=ARTICLE.id, title=ARTICLE.title, text="Completely different words now.")
    with open_library(tmp_path / "dst", [rewritten]) as dst:
        report = import_file(dst, exported)
        assert report.added == 4 and report.orphaned == 2
        assert dst.annotations.get(notes()[2].id) == notes()[2]  # selector kept as it was


def test_orphans_in_the_store_are_exported_too(tmp_path: Path) -> None:
    stray = make(7, article_id="e" * 16, note="article gone")
    with open_library(tmp_path / "lib", annotations=[*notes(), stray]) as lib:
        doc = json.loads(render("json", lib))
        assert stray.id in {a["id"] for a in doc["annotations"]}
        assert "not in the library" in render("markdown", lib)


def test_collect_scopes_from_the_store(tmp_path: Path) -> None:
    with open_library(tmp_path / "lib", annotations=notes()) as lib:
        assert len(collect(lib)) == 4
        assert len(collect(lib, tag="people")) == 1
        assert len(collect(lib, tag="korea")) == 4  # an article tag takes the whole article
        assert len(collect(lib, article_ids=[ARTICLE.id])) == 4


def test_w3c_single_annotation_and_annotation_page_are_accepted() -> None:
    data = ExportData([ARTICLE.summary()], notes())
    items = json.loads(render_data("w3c", data))["first"]["items"]
    assert len(parse_export(json.dumps(items[2])).annotations) == 1
    page = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "items": items,
    }
    parsed = [i.annotation for i in parse_export(json.dumps(page)).annotations]
    assert sorted(parsed, key=lambda a: a.id) == sorted(notes(), key=lambda a: a.id)


# --------------------------------------------------------------------------- bad input


def _valid_json() -> dict[str, Any]:
    return json.loads(render_data("json", ExportData([ARTICLE.summary()], notes())))


def _valid_w3c() -> list[dict[str, Any]]:
    return json.loads(render_data("w3c", ExportData([ARTICLE.summary()], notes())))["first"][
        "items"
    ]


def _json_with(change) -> str:  # type: ignore[no-untyped-def]
    doc = _valid_json()
    change(doc)
    return json.dumps(doc)


def _w3c_with(change) -> str:  # type: ignore[no-untyped-def]
    doc = _valid_w3c()
    change(doc)
    return json.dumps(doc)


# A file that cannot be imported at all: one line, nothing changed.
BAD_FILES: dict[str, tuple[str | bytes, str]] = {
    "empty": ("", "empty"),
    "blank": ("  \n", "empty"),
    "not json": ("# tuiread notes\n\n## A title\n", "not JSON"),
    "truncated": (json.dumps(_valid_json())[:300], "cut short"),
    "trailing garbage": (json.dumps(_valid_json()) + " x", "after the end"),
    "missing comma": ('[{"type": "Annotation"} {"type": "Annotation"}]', "not valid JSON"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not a text file"),
    "invalid utf-8": (b'[{"type": "Annotation", "bodyValue": "\xff"}]', "UTF-8"),
    "foreign object": ('{"not": "an export"}', "not an annotation export"),
    "foreign format": ('{"format": "zotero", "items": []}', "not one tuiread imports"),
    "number": ("42", "not an annotation export"),
    "list of numbers": ("[1, 2]", "not an annotation export"),
    "newer version": (_json_with(lambda d: d.update(version=2)), "newer tuiread"),
    "no version": (_json_with(lambda d: d.pop("version")), "version"),
    "annotations not a list": (_json_with(lambda d: d.update(annotations={})), "'annotations'"),
    "huge integer": ('[{"type": "Annotation", "x": ' + "9" * 5000 + "}]", "too large"),
    "deep nesting": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "deep record": ('[{"a": ' + "[" * 5000 + "]" * 5000 + "}]", "nested too deeply"),
    "collection without its page": (
        '{"type": "AnnotationCollection", "first": "https://example.com/page1"}',
        "first page is not in the file",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_file_that_cannot_be_imported_fails_clearly_and_changes_nothing(
    tmp_path: Path, case: str
) -> None:
    content, message = BAD_FILES[case]
    bad = tmp_path / "bad.json"
    bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    existing = [notes()[1].edited(note="my local note")]
    with open_library(tmp_path / "lib", annotations=existing) as lib:
        before = (lib.annotations.all(), lib.library.summaries())
        with pytest.raises(ImportFailed) as exc:
            import_file(lib, bad)
        text = str(exc.value)
        assert "\n" not in text and message in text and str(bad) in text, text
        assert (lib.annotations.all(), lib.library.summaries()) == before


# A record that cannot be used: skipped and counted by reason, the others imported.
BAD_RECORDS: dict[str, tuple[str, str]] = {
    "missing id": (_json_with(lambda d: d["annotations"][-1].pop("id")), "'id' is missing"),
    "bad created": (
        _json_with(lambda d: d["annotations"][-1].update(created="yesterday")),
        "'created' is not an ISO date-time",
    ),
    "bad motivation": (
        _json_with(lambda d: d["annotations"][-1].update(motivation="shouting")),
        "motivation 'shouting'",
    ),
    "tags not a list": (_json_with(lambda d: d["annotations"][-1].update(tags=5)), "'tags'"),
    "note not text": (_json_with(lambda d: d["annotations"][-1].update(note=5)), "'note'"),
    "selector backwards": (
        _json_with(lambda d: d["annotations"][-1]["selector"].update(start=50, end=10)),
        "ends before it starts",
    ),
    "selector negative": (
        _json_with(lambda d: d["annotations"][-1]["selector"].update(start=-1)),
        "'start'",
    ),
    "selector a float": (
        _json_with(lambda d: d["annotations"][-1]["selector"].update(start=1.5)),
        "'start'",
    ),
    "selector a 40-digit number": (
        _json_with(lambda d: d["annotations"][-1]["selector"].update(start=10**40)),
        "'start'",
    ),
    "selector not object": (
        _json_with(lambda d: d["annotations"][-1].update(selector=[1, 2])),
        "'selector'",
    ),
    "annotation a string": (_json_with(lambda d: d["annotations"].append(["x"])), "not an object"),
    "w3c no target": (_w3c_with(lambda d: d[-1].pop("target")), "no target"),
    "w3c not annotation": (_w3c_with(lambda d: d.append({"type": "Note"})), "not an annotation"),
    "w3c body not text": (
        _w3c_with(lambda d: d[1]["body"].append({"type": "TextualBody", "value": 3})),
        "'value' is not text",
    ),
    "w3c bad modified": (_w3c_with(lambda d: d[-1].update(modified="soon")), "'modified'"),
}


@pytest.mark.parametrize("case", sorted(BAD_RECORDS))
def test_a_bad_record_is_skipped_with_its_reason_and_the_rest_imported(
    tmp_path: Path, case: str
) -> None:
    content, reason = BAD_RECORDS[case]
    path = tmp_path / "some-bad.json"
    path.write_text(content, encoding="utf-8")
    with open_library(tmp_path / "lib") as lib:
        report = import_file(lib, path)
        assert report.added == len(lib.annotations) >= 3
        assert report.skipped_count == 1
        (got,) = report.skipped
        assert reason in got, got
        summary = report.summary()
        assert "skipped 1" in summary and reason in summary and "annotation " in summary


@pytest.mark.parametrize("what", ["missing", "folder"])
def test_unreadable_paths(tmp_path: Path, what: str) -> None:
    path = tmp_path / "x.json"
    if what == "folder":
        path.mkdir()
    with open_library(tmp_path / "lib") as lib, pytest.raises(ImportFailed, match="cannot import"):
        import_file(lib, path)


def test_read_only_library_refuses_cleanly(tmp_path: Path) -> None:
    with open_library(tmp_path / "src", annotations=notes()) as src:
        exported = dump(src, "json", tmp_path / "d.json")
    open_library(tmp_path / "lib").close()
    with open_store(tmp_path / "lib", read_only=True) as ro, pytest.raises(ImportFailed):
        import_file(ro, exported)


# --------------------------------------------------------------------------- properties

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
_STAMP = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.replace(tzinfo=UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
)


@st.composite
def libraries(draw) -> tuple[list[Article], list[Annotation]]:  # type: ignore[no-untyped-def]
    n = draw(st.integers(1, 3))
    articles = []
    for i in range(n):
        body = draw(
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)
        )
        title = draw(_TEXT.filter(lambda t: bool(t.strip())))
        articles.append(
            Article(
                id=f"{i:016x}",
                title=title,
                text=body,
                source=draw(st.none() | _TEXT),
                date=draw(st.none() | st.just("2017-09-15")),
                # with a URL the W3C export targets it, without one the article's URN
                url=draw(st.none() | st.just(f"https://news.example.com/story-{i}")),
            )
        )
    annotations = []
    for ident in draw(st.lists(st.uuids(version=4), unique=True, max_size=12)):
        art = draw(st.sampled_from(articles))
        selector = None
        if draw(st.booleans()):
            start = draw(st.integers(0, len(art.text) - 1))
            end = draw(st.integers(start + 1, len(art.text)))
            selector = Selector.from_text(art.text, start, end)
        created = draw(_STAMP)
        modified = draw(st.sampled_from([created, draw(_STAMP)]))
        annotations.append(
            Annotation(
                id=str(ident),
                article_id=art.id,
                created=created,
                modified=modified,
                motivation=draw(st.sampled_from(["highlighting", "commenting", "tagging"])),
                note=draw(st.none() | _TEXT),
                tags=normalise_tags(draw(st.lists(_TEXT, max_size=3))),
                colour=draw(st.none() | st.sampled_from(["yellow", "red", "=danger"])),
                selector=selector,
            )
        )
    return articles, annotations


@pytest.mark.parametrize("fmt", ["json", "w3c"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(library=libraries())
def test_property_export_import_export_is_identical(
    fmt: str, library: tuple[list[Article], list[Annotation]]
) -> None:
    articles, annotations = library
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with open_library(root / "one", articles, annotations) as one:
            first = render(fmt, one)
            write_atomic(first, root / "dump")
        with open_library(root / "two", articles) as two:
            report = import_file(two, root / "dump")
            assert report.added == len(annotations) and report.orphaned == 0
            again = render(fmt, two)
            assert sorted(two.annotations.all(), key=lambda a: a.id) == sorted(
                annotations, key=lambda a: a.id
            )
    assert strip_stamp(again, fmt) == strip_stamp(first, fmt)


def test_timestamps_compare_as_instants_not_text() -> None:
    from tuiread.export.imports.merge import newer as _newer

    a = make(1, modified="2026-01-01T10:00:00.000+02:00")  # 08:00 UTC
    b = make(1, modified="2026-01-01T09:00:00.000Z")
    assert _newer(b, a) and not _newer(a, b)
    assert (datetime(2026, 1, 1, 9, tzinfo=UTC) - timedelta(hours=1)).hour == 8


def test_import_from_standard_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    payload = render_data("json", ExportData([ARTICLE.summary()], notes())).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    with open_library(tmp_path / "lib") as lib:
        assert import_file(lib, Path("-")).added == 4
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"nope")))
    with open_library(tmp_path / "lib") as lib, pytest.raises(ImportFailed, match="standard input"):
        import_file(lib, "-")


def test_w3c_from_other_tools_quote_only_selector_and_body_value(tmp_path: Path) -> None:
    """A hand-written W3C annotation: no position, bodyValue, no motivation, no modified."""
    item = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:" + str(uuid.UUID(int=77)),
        "type": "Annotation",
        "created": "2026-02-03T04:05:06Z",
        "bodyValue": "found by its words",
        "target": {
            "source": "urn:tuiread:article:" + ARTICLE.id,
            "selector": {"type": "TextQuoteSelector", "exact": "Sung Kim"},
        },
    }
    path = tmp_path / "hand.jsonld"
    path.write_text(json.dumps([item]))
    with open_library(tmp_path / "lib") as lib:
        report = import_file(lib, path)
        assert report.added == 1 and report.orphaned == 0 and report.reanchored == 1
        got = lib.annotations.get(str(uuid.UUID(int=77)))
        assert got is not None and got.note == "found by its words"
        assert got.motivation == "commenting" and got.modified == got.created
        assert (
            got.selector is not None and TEXT[got.selector.start : got.selector.end] == "Sung Kim"
        )
