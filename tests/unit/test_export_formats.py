"""Each export format, parsed back: JSON, the csv module, Markdown structure (markdown-it),
the W3C Web Annotation fields. Hostile notes survive every format intact."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tuiread.export import (
    EXTENSIONS,
    FORMATS,
    ExportData,
    ExportError,
    default_filename,
    render,
    render_data,
    select,
)
from tuiread.export.csv_format import HEADER as CSV_HEADER
from tuiread.export.markdown import escape_block
from tuiread.model import Annotation, Article, Selector

STAMP = "2026-01-02T03:04:05.678Z"
TEXT = (
    "TOKYO (Sputnik) — Japan, South Korea and the US agreed on Friday.\n\n"
    '"We will not accept" a nuclear North Korea, Blinken said.\n'
    "Second paragraph with | a pipe and [bold]markup[/] in the article."
)
HOSTILE = [
    'A note, with "quotes" | pipes\nand a second line',
    "# not a heading\n## nor this\n> not a quote\n- not a list\n+ nor this\n1. nor this\n2) nor that",
    "[bold]Rich markup[/bold] and [link=https://x]link[/link] and [/]",
    "**bold** _em_ `code` ~~strike~~ ==mark== %%hidden%% $x^2$ [[Wiki]] ![img](x.png) <b>html</b> &amp;",
    "=cmd()",
    "+1 and -1 and @user",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "```\ncode fence\n```\n~~~\nanother\n~~~",
    "    indented four\n\ttabbed",
    "line one\n\nparagraph two\n\n\n\nparagraph three",
    "trailing backslash \\\nnext",
    "Setext\n===\nand\n---",
    "comma, \"quote\", 'single', tab\tinside, back\\slash",
    "émoji 🎉 and ünïcode — fine",
    "#hashtag-looking and ^block-id",
]


def article(aid: str = "a1", title: str = "Japan, S Korea, US Agree", text: str = TEXT) -> Article:
    return Article(
        id=aid,
        title=title,
        text=text,
        source="Sputnik",
        place="TOKYO",
        date="2017-09-15",
        url="https://example.com/story",
    )


def passage(text: str, needle: str) -> Selector:
    start = text.index(needle)
    return Selector.from_text(text, start, start + len(needle))


def ann(aid: str, n: int, **kw: object) -> Annotation:
    base = {
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "article_id": aid,
        "created": f"2026-01-01T00:00:{n % 60:02d}.000Z",
        "modified": f"2026-01-01T00:00:{n % 60:02d}.000Z",
    }
    base.update(kw)
    return Annotation(**base)  # type: ignore[arg-type]


def sample() -> ExportData:
    art = article()
    anns = [
        ann("a1", 1, motivation="tagging", tags=("korea", "japan")),
        ann("a1", 2, motivation="commenting", note="Article-level note\nover two lines"),
        ann(
            "a1",
            3,
            note="Who said it",
            tags=("people", "quotes"),
            colour="yellow",
            selector=passage(TEXT, '"We will not accept"'),
        ),
        ann("a1", 4, motivation="highlighting", selector=passage(TEXT, "Japan, South Korea")),
    ]
    return ExportData([art.summary()], anns, exported=STAMP)


def hostile_data() -> ExportData:
    art = article()
    anns = [
        ann("a1", i + 10, note=note, tags=("t",), selector=passage(TEXT, "Blinken"))
        for i, note in enumerate(HOSTILE)
    ]
    anns.append(ann("a1", 99, note="\n".join(HOSTILE)))  # an article-level note, too
    return ExportData([art.summary()], anns, exported=STAMP)


# --------------------------------------------------------------------------- API


FILE_FORMATS = [f for f in FORMATS if f != "obsidian"]


def test_formats_and_filenames() -> None:
    assert FORMATS == ("markdown", "json", "csv", "w3c", "obsidian")
    assert {default_filename(f) for f in FILE_FORMATS} == {
        f"tuiread-annotations{EXTENSIONS[f]}" for f in FILE_FORMATS
    }
    assert default_filename("obsidian") == "tuiread-notes"  # a folder


def test_obsidian_is_a_folder_not_a_text() -> None:
    with pytest.raises(ExportError, match="folder"):
        render_data("obsidian", sample())


def test_unknown_format_is_a_clear_export_error() -> None:
    with pytest.raises(ExportError, match="unknown export format 'pdf'"):
        render_data("pdf", sample())
    with pytest.raises(ExportError):
        render("pdf", sample())


def test_output_does_not_depend_on_input_order() -> None:
    data = sample()
    shuffled = ExportData(data.articles[::-1], data.annotations[::-1], exported=STAMP)
    for fmt in FILE_FORMATS:
        assert render_data(fmt, data) == render_data(fmt, shuffled)


def test_empty_export_is_valid_in_every_format() -> None:
    empty = ExportData([], [], exported=STAMP)
    assert json.loads(render_data("json", empty))["annotations"] == []
    collection = json.loads(render_data("w3c", empty))
    assert collection["total"] == 0 and collection["first"]["items"] == []
    assert list(csv.reader(io.StringIO(render_data("csv", empty)))) == [list(CSV_HEADER)]
    assert render_data("markdown", empty).startswith("# tuiread notes")


# --------------------------------------------------------------------------- scope


def test_tag_scope_takes_tagged_passages_and_everything_on_tagged_articles() -> None:
    art_b = article("b2", "Another story", "Plain body text of the second story.")
    data = sample()
    other = [
        ann("b2", 50, note="on b", selector=passage(art_b.text, "second")),
        ann(
            "b2", 51, note="tagged passage", tags=("people",), selector=passage(art_b.text, "story")
        ),
    ]
    articles = [*data.articles, art_b.summary()]
    everything = [*data.annotations, *other]

    korea = select(articles, everything, tag="#Korea")  # an article tag, any case, '#' ignored
    assert {a.id for a in korea.annotations} == {a.id for a in data.annotations}
    assert [s.id for s in korea.articles] == ["a1"]

    people = select(articles, everything, tag="people")  # passage tags only
    assert sorted(a.note or "" for a in people.annotations) == ["Who said it", "tagged passage"]
    assert {s.id for s in people.articles} == {"a1", "b2"}
    # the article's own tags still show on a filtered export
    assert "- tags: #korea #japan" in render_data("markdown", people)

    only_b = select(articles, everything, article_ids=["b2"])
    assert {a.article_id for a in only_b.annotations} == {"b2"}
    assert select(articles, everything, article_ids=["b2"], tag="korea").annotations == []
    with pytest.raises(ExportError, match="no article"):
        select(articles, everything, article_ids=["nope"])


def test_an_article_asked_for_is_exported_even_without_notes() -> None:
    art = article()
    data = select([art.summary()], [], article_ids=["a1"], exported=STAMP)
    assert json.loads(render_data("json", data))["articles"][0]["id"] == "a1"
    assert "## Japan, S Korea, US Agree" in render_data("markdown", data)


# --------------------------------------------------------------------------- json


def test_json_has_every_field_of_every_annotation() -> None:
    data = sample()
    doc = json.loads(render_data("json", data))
    assert doc["format"] == "tuiread-annotations" and doc["version"] == 1
    assert doc["exported"] == STAMP
    art = doc["articles"][0]
    assert {"id", "title", "source", "date", "content_hash"} <= set(art)
    assert art["content_hash"] == article().content_hash
    by_id = {a["id"]: a for a in doc["annotations"]}
    for original in data.annotations:
        assert by_id[original.id] == original.to_dict()
        assert Annotation.from_dict(by_id[original.id]) == original


def test_json_keeps_whole_article_annotations_first() -> None:
    doc = json.loads(render_data("json", sample()))
    kinds = [a["selector"] is None for a in doc["annotations"]]
    assert kinds == sorted(kinds, reverse=True)


# --------------------------------------------------------------------------- csv


def test_csv_parses_with_the_csv_module() -> None:
    data = sample()
    out = render_data("csv", data)
    assert out.splitlines()[0] == ",".join(CSV_HEADER)
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == len(data.annotations)
    quote = next(r for r in rows if r["note"] == "Who said it")
    assert quote["quote"] == '"We will not accept"'
    assert quote["tags"] == "people quotes"
    assert quote["colour"] == "yellow"
    assert quote["article_title"] == "Japan, S Korea, US Agree"
    assert quote["created"] == data.annotations[2].created
    start, end = int(quote["start"]), int(quote["end"])
    assert TEXT[start:end] == '"We will not accept"'
    assert (quote["source"], quote["url"], quote["date"]) == (
        "Sputnik",
        "https://example.com/story",
        "2017-09-15",
    )
    assert quote["id"] == data.annotations[2].id
    article_note = next(r for r in rows if r["note"].startswith("Article-level"))
    assert (article_note["quote"], article_note["start"], article_note["end"]) == ("", "", "")


def test_csv_columns_after_the_first_eight_are_the_new_ones_in_order() -> None:
    assert CSV_HEADER[:8] == (
        "article_id",
        "article_title",
        "quote",
        "note",
        "tags",
        "colour",
        "created",
        "modified",
    )
    assert CSV_HEADER[8:13] == ("source", "url", "date", "start", "end")


def test_csv_bom_for_spreadsheets() -> None:
    plain = render_data("csv", sample())
    with_bom = render_data("csv", sample(), bom=True)
    assert not plain.startswith("\ufeff") and with_bom == "\ufeff" + plain
    assert with_bom.encode("utf-8").startswith(b"\xef\xbb\xbf")


def test_csv_neutralises_formulas_and_keeps_everything_else() -> None:
    rows = list(csv.DictReader(io.StringIO(render_data("csv", hostile_data()), newline="")))
    notes = [r["note"] for r in rows]
    for note in HOSTILE:
        expected = "'" + note if note[:1] in ("=", "+", "-", "@", "\t", "\r") else note
        assert expected in notes
    assert "'=cmd()" in notes and "'+1 and -1 and @user" in notes
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize("bad", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_csv_injection_in_any_cell(bad: str) -> None:
    art = article(title=bad)
    text = bad + " body"
    data = ExportData(
        [Article(id="a1", title=bad, text=text).summary()],
        [
            ann(
                "a1",
                1,
                note=bad,
                tags=(),
                colour=bad,
                selector=Selector.from_text(text, 0, len(bad)),
            )
        ],
        exported=STAMP,
    )
    del art
    row = next(csv.DictReader(io.StringIO(render_data("csv", data), newline="")))
    for key in ("article_title", "quote", "note", "colour"):
        assert row[key] == "'" + bad


# --------------------------------------------------------------------------- w3c


def w3c_items(data: ExportData) -> list[dict[str, object]]:
    collection = json.loads(render_data("w3c", data))
    items: list[dict[str, object]] = collection["first"]["items"]
    return items


def test_w3c_is_a_collection_with_its_first_page_and_declares_its_prefixes() -> None:
    data = sample()
    doc = json.loads(render_data("w3c", data))
    assert doc["type"] == "AnnotationCollection" and doc["total"] == len(data.annotations)
    assert doc["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    declared = {k for part in doc["@context"] if isinstance(part, dict) for k in part}
    used = set(re.findall(r'"([A-Za-z][\w-]*):[A-Za-z]', json.dumps(doc)))
    assert used - {"urn", "https", "http"} <= declared, used
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", doc["id"])
    page = doc["first"]
    assert page["type"] == "AnnotationPage" and page["startIndex"] == 0
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", page["id"]) and page["id"] != doc["id"]
    assert render_data("w3c", data) == render_data("w3c", sample())  # ids are stable


def test_w3c_targets_the_article_url_when_there_is_one() -> None:
    no_url = article()
    no_url = Article(id=no_url.id, title=no_url.title, text=no_url.text)
    data = ExportData([no_url.summary()], sample().annotations, exported=STAMP)
    targets = {json.dumps(i["target"]) for i in w3c_items(data)}
    assert all("urn:tuiread:article:a1" in t for t in targets)
    assert all("https://example.com/story" in json.dumps(i["target"]) for i in w3c_items(sample()))


def test_w3c_fields() -> None:
    data = sample()
    items = w3c_items(data)
    assert len(items) == len(data.annotations)
    for item in items:
        assert "@context" not in item  # the collection's context applies
        assert item["type"] == "Annotation"
        assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", item["id"])
        assert item["motivation"] in ("highlighting", "commenting", "tagging")
        assert item["created"] and item["modified"]
    quote = next(i for i in items if i["id"].endswith("000000000003"))
    assert quote["motivation"] == "commenting"
    note_body, *tag_bodies = quote["body"]
    assert note_body == {
        "type": "TextualBody",
        "value": "Who said it",
        "purpose": "commenting",
        "format": "text/plain",
    }
    assert tag_bodies == [
        {"type": "TextualBody", "purpose": "tagging", "value": "people"},
        {"type": "TextualBody", "purpose": "tagging", "value": "quotes"},
    ]
    target = quote["target"]
    assert target["source"] == "https://example.com/story"
    tq = next(s for s in target["selector"] if s["type"] == "TextQuoteSelector")
    tp = next(s for s in target["selector"] if s["type"] == "TextPositionSelector")
    assert TEXT[tp["start"] : tp["end"]] == tq["exact"] == '"We will not accept"'
    assert TEXT[: tp["start"]].endswith(tq["prefix"]) and TEXT[tp["end"] :].startswith(tq["suffix"])
    assert quote["tuiread:colour"] == "yellow"
    assert quote["tuiread:article"]["tuiread:title"] == "Japan, S Korea, US Agree"
    assert quote["tuiread:article"]["tuiread:id"] == "a1"

    tagging = next(i for i in items if i["id"].endswith("000000000001"))
    assert tagging["target"] == "https://example.com/story"  # whole article: just the source
    assert [b["value"] for b in tagging["body"]] == ["korea", "japan"]
    highlight = next(i for i in items if i["id"].endswith("000000000004"))
    assert "body" not in highlight


def test_w3c_non_uuid_ids_get_a_tuiread_urn() -> None:
    data = ExportData([], [ann("zz", 1, id="not-a-uuid", note="x")], exported=STAMP)
    assert w3c_items(data)[0]["id"] == "urn:tuiread:annotation:not-a-uuid"


# --------------------------------------------------------------------------- markdown


def _inline_text(token) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for child in token.children or ():
        if child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type in ("text", "code_inline", "text_special", "html_inline"):
            parts.append(child.content)
    return "".join(parts)


def md_blocks(text: str) -> list[tuple[str, str]]:
    """(kind, plain text) of each leaf block: h1/h2, item, quote, para; anything else by type."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    out: list[tuple[str, str]] = []
    stack: list[str] = []
    for tok in md.parse(text):
        if tok.type.endswith("_open"):
            stack.append(tok.tag if tok.type == "heading_open" else tok.type[:-5])
        elif tok.type.endswith("_close"):
            stack.pop()
        elif tok.type == "inline":
            if stack[-1] in ("h1", "h2", "h3", "h4", "h5", "h6"):
                kind = stack[-1]
            elif "blockquote" in stack:
                kind = "quote"
            elif "list_item" in stack:
                kind = "item"
            else:
                kind = "para"
            out.append((kind, _inline_text(tok)))
        else:
            out.append((tok.type, tok.content))
    return out


def test_markdown_structure() -> None:
    blocks = md_blocks(render_data("markdown", sample()))
    assert blocks[0] == ("h1", "tuiread notes")
    assert blocks[1] == ("h2", "Japan, S Korea, US Agree")
    assert ("item", "source: Sputnik") in blocks
    assert ("item", "date: 2017-09-15") in blocks
    assert ("item", "tags: #korea #japan") in blocks
    paras = [t for k, t in blocks if k == "para"]
    quotes = [t for k, t in blocks if k == "quote"]
    assert quotes == ["Japan, South Korea", '"We will not accept"']  # by position
    # article-level note first, then the passage note with its tags
    assert paras == ["Article-level note\nover two lines", "Who said it", "#people #quotes"]
    assert {k for k, _ in blocks} <= {"h1", "h2", "item", "para", "quote"}


def test_markdown_multiline_passage_is_quoted_on_every_line() -> None:
    text = "first line of it\n\nsecond paragraph\nthird"
    data = ExportData(
        [Article(id="a", title="T", text=text).summary()],
        [ann("a", 1, note="n", selector=Selector.from_text(text, 0, len(text)))],
        exported=STAMP,
    )
    out = render_data("markdown", data)
    body = out.split("## T\n\n", 1)[1]
    quoted = body.split("\n\nn\n")[0].splitlines()
    assert quoted and all(line.startswith(">") for line in quoted)
    assert [t for k, t in md_blocks(out) if k == "quote"] == [
        "first line of it",
        "second paragraph\nthird",
    ]


def _normalised(note: str) -> str:
    lines = [line.rstrip() for line in note.strip("\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def test_markdown_hostile_notes_stay_literal() -> None:
    data = hostile_data()
    out = render_data("markdown", data)
    blocks = md_blocks(out)
    assert {k for k, _ in blocks} <= {"h1", "h2", "item", "para", "quote"}, blocks
    assert [k for k, _ in blocks].count("h2") == 1
    assert [k for k, _ in blocks].count("quote") == len(HOSTILE)
    # a note is one or more paragraphs: rejoin the paragraphs between structural blocks
    notes: list[str] = []
    current: list[str] = []
    for kind, text in blocks[2:]:
        if kind == "para" and text != "#t":
            current.append(text)
        elif current:
            notes.append("\n\n".join(current))
            current = []
    if current:
        notes.append("\n\n".join(current))
    assert notes[0] == _normalised("\n".join(HOSTILE))
    assert notes[1:] == [_normalised(n) for n in HOSTILE]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
        | st.sampled_from(list("\n\t #>-+=*_`[]|\\<&!~$%^1.)")),
        max_size=80,
    )
)
def test_markdown_escaping_round_trips_any_text(note: str) -> None:
    md = "\n".join(escape_block(note))
    blocks = md_blocks(md + "\n")
    assert {k for k, _ in blocks} <= {"para"}, (note, md, blocks)
    got = "\n\n".join(t for _, t in blocks)
    assert got == _normalised(note)


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_hostile_notes_and_titles_survive_json_and_w3c(fmt: str) -> None:
    from tuiread.export import parse_export

    data = hostile_data()
    hostile_title = ExportData(
        [article(title="[bold]=cmd() | # *x*\\").summary()], data.annotations, exported=STAMP
    )
    parsed = parse_export(render_data(fmt, hostile_title))
    assert sorted((i.annotation for i in parsed.annotations), key=lambda a: a.id) == sorted(
        data.annotations, key=lambda a: a.id
    )
    assert {i.article.title for i in parsed.annotations} == {"[bold]=cmd() | # *x*\\"}


def test_article_tags_do_not_depend_on_input_order() -> None:
    anns = [
        ann("a1", 5, note="later note", tags=("zeta",)),
        ann("a1", 1, motivation="tagging", tags=("korea",)),
        ann("a1", 3, note="earlier note", tags=("alpha", "Korea")),
    ]
    for order in (anns, anns[::-1]):
        out = render_data("markdown", ExportData([article().summary()], order, exported=STAMP))
        assert "- tags: #korea #alpha #zeta" in out


def test_render_scopes_collected_data_too() -> None:
    data = sample()
    out = json.loads(render("json", data, tag="people"))
    assert [a["note"] for a in out["annotations"]] == ["Who said it"]
    assert out["exported"] == STAMP


@settings(max_examples=200, deadline=None)
@given(
    note=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
    title=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
)
def test_csv_cells_round_trip_through_the_csv_module(note: str, title: str) -> None:
    text = "some article text"
    data = ExportData(
        [Article(id="a", title=title, text=text).summary()],
        [ann("a", 1, note=note, tags=("x", "y"), selector=Selector.from_text(text, 5, 12))],
        exported=STAMP,
    )
    (row,) = list(csv.DictReader(io.StringIO(render_data("csv", data), newline="")))

    def shown(value: str) -> str:
        risky = value.lstrip("'").startswith(("=", "+", "-", "@", "\t", "\r"))
        return "'" + value if risky else value

    assert row["note"] == shown(note)
    assert row["article_title"] == shown(title)
    assert row["quote"] == "article" and row["tags"] == "x y"
