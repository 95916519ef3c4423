"""Obsidian folder export (front matter, block ids, safe file names) and the re-import of every
export: Obsidian notes and CSV read back to the same notes, passages and tags."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tuiread.export import ExportData, ExportError, export_to, import_file
from tuiread.export.filenames import MAX_BYTES, NameBook, safe_stem
from tuiread.export.imports.obsidian_notes import front_matter, parse_note
from tuiread.export.obsidian import annotation_id, block_id, notes
from tuiread.model import Annotation, Article, Selector
from tuiread.store import open_store

STAMP = "2026-01-02T03:04:05.678Z"
TEXT = (
    "TOKYO (Sputnik) — Japan, South Korea and the US agreed on Friday.\n\n"
    '"We will not accept" a nuclear North Korea, Blinken said.\n'
    "Second paragraph with | a pipe and [bold]markup[/] in the article."
)
HOSTILE = [
    'A note, with "quotes" | pipes\nand a second line',
    "# not a heading\n> not a quote\n- not a list\n1. nor this",
    "[bold]Rich markup[/bold] ==mark== %%hidden%% [[Wiki]] ^not-a-block",
    "=cmd() and #not-a-tag",
    "    indented four\n\ttabbed",
    "line one\n\nparagraph two",
    "trailing backslash \\\nnext",
    "émoji 🎉 — fine",
]


def article(aid: str = "a" * 16, title: str = "Japan, S Korea, US Agree", **kw: Any) -> Article:
    fields: dict[str, Any] = {
        "source": "Sputnik",
        "date": "2017-09-15",
        "url": "https://example.com/story",
    }
    fields.update(kw)
    return Article(id=aid, title=title, text=TEXT, **fields)


def sel(needle: str) -> Selector:
    start = TEXT.index(needle)
    return Selector.from_text(TEXT, start, start + len(needle))


def ann(n: int, aid: str = "a" * 16, **kw: Any) -> Annotation:
    stamp = f"2026-01-01T00:00:{n:02d}.000Z"
    return Annotation(
        id=f"00000000-0000-4000-8000-{n:012d}", article_id=aid, created=stamp, modified=stamp, **kw
    )


def sample() -> list[Annotation]:
    return [
        ann(1, motivation="tagging", tags=("korea", "japan")),
        ann(2, note="Article-level note\nover two lines", tags=("summary",)),
        ann(
            3,
            note="Who said it",
            tags=("people", "quotes"),
            colour="yellow",
            selector=sel('"We will not accept"'),
        ),
        ann(4, motivation="highlighting", selector=sel("Japan, South Korea")),
        *(
            ann(10 + i, note=note, tags=("t",), selector=sel("Blinken"))
            for i, note in enumerate(HOSTILE)
        ),
    ]


def library(home: Path, articles: list[Article], annotations: list[Annotation] = ()) -> Any:  # type: ignore[assignment]
    home.mkdir(parents=True, exist_ok=True)
    store = open_store(home)
    store.library.add_many(articles)
    if annotations:
        store.annotations.save_many(list(annotations))
    return store


def comparable(a: Annotation) -> tuple[Any, ...]:
    """What a re-import of a Markdown note keeps: the passage, note, tags (not colour or time)."""
    s = a.selector
    return (a.id, a.article_id, (s.start, s.end, s.exact) if s else None, a.note, a.tags)


# --------------------------------------------------------------------------- the note


def test_one_note_per_article_with_front_matter(tmp_path: Path) -> None:
    other = article("b" * 16, "Another story", url=None, date="15 Sept 2017")
    data = ExportData(
        [article().summary(), other.summary()],
        [*sample(), ann(50, aid="b" * 16, note="on b")],
        exported=STAMP,
    )
    written = export_to("obsidian", data, tmp_path / "vault")
    assert sorted(p.name for p in written) == ["Another story.md", "Japan, S Korea, US Agree.md"]
    text = (tmp_path / "vault" / "Japan, S Korea, US Agree.md").read_text(encoding="utf-8")
    meta, body = front_matter(text.split("\n"))
    assert meta["title"] == "Japan, S Korea, US Agree" and meta["aliases"] == [
        "Japan, S Korea, US Agree"
    ]
    assert meta["source"] == "Sputnik" and meta["url"] == "https://example.com/story"
    assert meta["date"] == "2017-09-15" and "\ndate: 2017-09-15\n" in text  # a date, unquoted
    assert meta["tags"] == ["korea", "japan", "summary"]
    assert meta["tuiread-article"] == "a" * 16
    b_text = (tmp_path / "vault" / "Another story.md").read_text(encoding="utf-8")
    assert '\ndate: "15 Sept 2017"\n' in b_text and "url:" not in b_text


def test_passages_are_quotes_with_block_ids_and_notes_under_them() -> None:
    data = ExportData([article().summary()], sample(), exported=STAMP)
    (note,) = notes(data)
    text = note.text
    start = TEXT.index('"We will not accept"')
    assert (
        f'%%tuiread {start}-{start + 20}%%\n\n> "We will not accept"\n\n'
        "^00000000-0000-4000-8000-000000000003\n\nWho said it\n\n#people #quotes\n"
    ) in text
    assert "Article-level note  \nover two lines ^00000000-0000-4000-8000-000000000002\n" in text
    assert "\n# Japan, S Korea, US Agree\n" in text
    for line in text.split("\n"):
        if line.startswith("^"):
            assert len(line) > 1 and all(c.isalnum() or c == "-" for c in line[1:])


def test_block_ids_for_ids_obsidian_cannot_hold_are_reversible() -> None:
    for ident in [
        "00000000-0000-4000-8000-000000000003",
        "Wx9_a-bCEe-abc123XYZ",
        "x-abc",
        "é/ü",
        "a b",
    ]:
        block = block_id(ident)
        assert all(c.isalnum() or c == "-" for c in block), block
        assert annotation_id(block) == ident


def test_titles_with_yaml_and_markdown_hazards_stay_data(tmp_path: Path) -> None:
    title = 'Title: with "quotes" # hash\n---\n[[link]] \\ back\u2028sep'
    data = ExportData([article(title=title).summary()], sample()[:3], exported=STAMP)
    (path,) = export_to("obsidian", data, tmp_path / "v")
    text = path.read_text(encoding="utf-8")
    meta, _ = front_matter(text.split("\n"))
    assert meta["title"] == title and meta["aliases"] == [title]
    assert text.count("\n---\n") == 1  # the front matter closes once


# --------------------------------------------------------------------------- file names


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Plain title", "Plain title"),
        ('a/b\\c:d*e?f"g<h>i|j', "a b c d e f g h i j"),
        ("#1 ^up [[x]]", "1 up x"),
        ("  .hidden. ", "hidden"),
        ("CON", "CON_"),
        ("nul.txt", "nul.txt_"),
        ("com1", "com1_"),
        ("", "Untitled"),
        ("...", "Untitled"),
        ("tab\there\nnewline\x00nul\x1b[2J", "tab here newline nul 2J"),
        ("e\u0301cole", "école"),  # NFC
    ],
)
def test_safe_stem(title: str, expected: str) -> None:
    assert safe_stem(title) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_property_any_title_gives_a_name_every_os_accepts(title: str) -> None:
    stem = safe_stem(title)
    assert stem and stem == stem.strip(" .") and len(stem.encode("utf-8")) <= MAX_BYTES
    assert not set(stem) & set('<>:"/\\|?*#^[]') and all(ord(c) >= 32 for c in stem)
    assert not set(stem) & set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2069")
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


def test_collisions_ignore_case_and_long_titles_are_cut() -> None:
    book = NameBook()
    assert [book.claim(t) for t in ["Report", "report", "REPORT", "Report (2)"]] == [
        "Report",
        "report (2)",
        "REPORT (3)",
        "Report (2) (2)",
    ]
    long = "word " * 200
    stem = NameBook().claim(long)
    assert len(stem) <= 100 and len(stem.encode()) <= MAX_BYTES


def test_same_titles_get_numbered_files(tmp_path: Path) -> None:
    a, b = article("a" * 16, "Same"), article("b" * 16, "same")
    data = ExportData(
        [a.summary(), b.summary()],
        [ann(1, note="x"), ann(2, aid="b" * 16, note="y")],
        exported=STAMP,
    )
    names = sorted(p.name for p in export_to("obsidian", data, tmp_path / "v"))
    assert len(names) == 2 and names[0].casefold() != names[1].casefold()


def test_someone_elses_note_is_never_overwritten_but_our_own_is(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    vault.mkdir()
    mine = vault / "Japan, S Korea, US Agree.md"
    mine.write_text("# my own note, not from tuiread\n", encoding="utf-8")
    data = ExportData([article().summary()], sample()[:3], exported=STAMP)
    (first,) = export_to("obsidian", data, vault)
    assert first.name == "Japan, S Korea, US Agree (2).md"
    assert mine.read_text(encoding="utf-8") == "# my own note, not from tuiread\n"
    (again,) = export_to("obsidian", data, vault)
    assert again == first  # a re-export replaces its own earlier note
    assert sorted(os.listdir(vault)) == [
        "Japan, S Korea, US Agree (2).md",
        "Japan, S Korea, US Agree.md",
    ]


def test_obsidian_output_errors_are_clear(tmp_path: Path) -> None:
    data = ExportData([article().summary()], sample()[:2], exported=STAMP)
    afile = tmp_path / "file"
    afile.write_text("x")
    with pytest.raises(ExportError, match="it is a file"):
        export_to("obsidian", data, afile)
    with pytest.raises(ExportError, match="does not exist"):
        export_to("obsidian", data, tmp_path / "no" / "such")


def test_a_fifo_or_a_device_named_like_a_note_is_neither_opened_nor_replaced(
    tmp_path: Path,
) -> None:
    """Telling our own earlier note from someone else's never opens a FIFO (which would wait
    for a writer for ever) or a device: such a name is not ours, the note goes beside it."""
    vault = tmp_path / "v"
    vault.mkdir()
    fifo = vault / "Japan, S Korea, US Agree.md"
    os.mkfifo(fifo)
    (vault / "Another story.md").symlink_to("/dev/zero")
    data = ExportData(
        [article().summary(), article("b" * 16, "Another story").summary()],
        [*sample()[:2], ann(30, aid="b" * 16, note="x")],
        exported=STAMP,
    )
    written = sorted(p.name for p in export_to("obsidian", data, vault))
    assert written == ["Another story (2).md", "Japan, S Korea, US Agree (2).md"]
    assert fifo.is_fifo() and (vault / "Another story.md").is_symlink()


def test_a_read_only_note_stops_the_export_before_any_note_is_written(tmp_path: Path) -> None:
    from tuiread.export import ReadOnlyExport

    vault = tmp_path / "v"
    data = ExportData(
        [article().summary(), article("b" * 16, "Another story").summary()],
        [*sample()[:2], ann(30, aid="b" * 16, note="x")],
        exported=STAMP,
    )
    first = {p.name: p.read_bytes() for p in export_to("obsidian", data, vault)}
    locked = vault / "Japan, S Korea, US Agree.md"
    locked.chmod(0o444)
    newer = ExportData(
        data.articles, [*data.annotations, ann(31, aid="b" * 16, note="y")], exported=STAMP
    )
    with pytest.raises(ReadOnlyExport, match="read-only") as raised:
        export_to("obsidian", newer, vault)
    assert raised.value.path == locked
    assert {p.name: p.read_bytes() for p in vault.iterdir()} == first  # nothing half-done
    written = export_to("obsidian", newer, vault, force=True)
    assert len(written) == 2 and b"^" in (vault / "Another story.md").read_bytes()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_obsidian_into_a_fifo_or_a_device_says_what_it_is(tmp_path: Path, kind: str) -> None:
    data = ExportData([article().summary()], sample()[:2], exported=STAMP)
    target = tmp_path / "pipe"
    if kind == "fifo":
        os.mkfifo(target)
        expected = "it is a named pipe \\(FIFO\\), not a folder"
    else:
        target.symlink_to("/dev/null")
        expected = "it is a device, not a folder"
    with pytest.raises(ExportError, match=expected):
        export_to("obsidian", data, target)


def test_names_hold_no_bidi_controls() -> None:
    """A right-to-left override would show "Report\u202efdp.exe" as "Reportexe.pdf"."""
    assert safe_stem("Report\u202efdp.exe \u2066x\u2069 \u200fy\u061c") == "Report fdp.exe x y"


# --------------------------------------------------------------------------- round trips


def test_obsidian_folder_reimports_to_the_same_notes(tmp_path: Path) -> None:
    annotations = sample()
    with library(tmp_path / "one", [article()], annotations) as one:
        export_to("obsidian", one, tmp_path / "vault")
        same = import_file(one, tmp_path / "vault")  # into the library it came from
        assert (same.added, same.updated, same.unchanged) == (0, 0, len(annotations))
    with library(tmp_path / "two", [article()]) as two:
        report = import_file(two, tmp_path / "vault")
        assert report.format == "obsidian" and report.added == len(annotations)
        assert report.orphaned == 0 and report.skipped_count == 0
        got = sorted(two.annotations.all(), key=lambda a: a.id)
        assert [comparable(a) for a in got] == [
            comparable(a) for a in sorted(annotations, key=lambda a: a.id)
        ]
        assert two.annotations.article_tags(article().id) == ("korea", "japan", "summary")


def test_one_obsidian_note_imports_on_its_own(tmp_path: Path) -> None:
    with library(tmp_path / "one", [article()], sample()[:4]) as one:
        (path,) = export_to("obsidian", one, tmp_path / "vault")
    with library(tmp_path / "two", [article()]) as two:
        assert import_file(two, path).added == 4


def test_notes_tuiread_did_not_write_are_skipped(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    with library(tmp_path / "one", [article()], sample()[:3]) as one:
        export_to("obsidian", one, vault)
    (vault / "Shopping.md").write_text("---\ntitle: groceries\n---\n\n- milk\n", encoding="utf-8")
    with library(tmp_path / "two", [article()]) as two:
        report = import_file(two, vault)
        assert (
            report.added == 3 and report.skipped["a Markdown note tuiread did not write"].count == 1
        )


def test_csv_reimports_by_id_and_to_the_same_notes(tmp_path: Path) -> None:
    annotations = sample()
    with library(tmp_path / "one", [article()], annotations) as one:
        export_to("csv", one, tmp_path / "out.csv", bom=True)
        same = import_file(one, tmp_path / "out.csv")
        assert (same.added, same.unchanged) == (0, len(annotations))
    with library(tmp_path / "two", [article()]) as two:
        report = import_file(two, tmp_path / "out.csv")
        assert report.format == "csv" and report.added == len(annotations) and report.orphaned == 0
        got = {a.id: a for a in two.annotations.all()}
        for original in annotations:
            copy = got[original.id]
            assert comparable(copy) == comparable(original)
            assert (copy.created, copy.modified, copy.colour) == (
                original.created,
                original.modified,
                original.colour,
            )


def test_csv_formula_guard_is_undone_exactly(tmp_path: Path) -> None:
    risky = ["=1+1", "'=already quoted", "''=twice", "-minus", "'plain quote", "@at"]
    annotations = [ann(i + 1, note=n) for i, n in enumerate(risky)]
    with library(tmp_path / "one", [article()], annotations) as one:
        export_to("csv", one, tmp_path / "out.csv")
    with library(tmp_path / "two", [article()]) as two:
        import_file(two, tmp_path / "out.csv")
        assert sorted(a.note or "" for a in two.annotations.all()) == sorted(risky)


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda t: t.strip() == t and bool(t))


@settings(max_examples=15, deadline=None)
@given(
    notes_=st.lists(st.none() | _TEXT, min_size=1, max_size=5),
    tags=st.lists(st.text(alphabet="abcxyz-_é", min_size=1, max_size=6), max_size=3, unique=True),
    spans=st.lists(
        st.tuples(st.integers(0, len(TEXT) - 2), st.integers(1, 30)), min_size=1, max_size=5
    ),
)
def test_property_obsidian_and_csv_round_trip_notes_passages_and_tags(
    notes_: list[str | None], tags: list[str], spans: list[tuple[int, int]]
) -> None:
    annotations = []
    for n, (note, (start, length)) in enumerate(zip(notes_, spans, strict=False), 1):
        end = min(len(TEXT), start + length)
        if not TEXT[start:end].strip():
            continue
        annotations.append(
            ann(n, note=note, tags=tuple(tags), selector=Selector.from_text(TEXT, start, end))
        )
    assume(annotations)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with library(root / "one", [article()], annotations) as one:
            export_to("obsidian", one, root / "vault")
            export_to("csv", one, root / "out.csv")
        for source in ("vault", "out.csv"):
            with library(root / source.replace(".", "-"), [article()]) as two:
                report = import_file(two, root / source)
                assert report.added == len(annotations), (source, report.summary())
                got = sorted(two.annotations.all(), key=lambda a: a.id)
                want = sorted(annotations, key=lambda a: a.id)
                assert [comparable(a) for a in got] == [comparable(a) for a in want], source


def test_parse_note_reads_whole_article_notes_and_passages() -> None:
    data = ExportData([article().summary()], sample(), exported=STAMP)
    (note,) = notes(data)
    meta, found = parse_note(note.text)
    assert meta["tuiread-tagging"] == sample()[0].id
    whole = [f for f in found if f.passage is None]
    assert len(whole) == 1 and whole[0].tags == ["summary"]
