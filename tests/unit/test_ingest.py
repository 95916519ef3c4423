"""Ingest: reading and decoding files, parsing articles, page furniture, iter_sources."""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuiread.ingest import (
    MAX_BYTES,
    IngestError,
    Loaded,
    iter_sources,
    normalise_newlines,
    parse_article,
    read_text_file,
)
from tuiread.ingest.parse import _SPACE
from tuiread.ingest.seeds import seed_files
from tuiread.model import Article, sha256_hex

# --------------------------------------------------------------------------- the two seeds

SPUTNIK_FURNITURE = [
    "© AP Photo / Andy WongA man drives his car past a display board showing photos of ballistic"
    " missile launches in North Korea outside the North Korean Embassy in Beijing",
    "A man drives his car past a display board showing photos of ballistic missile launches in"
    " North Korea outside the North Korean Embassy in Beijing - Sputnik International",
    "An employee of a foreign exchange trading company works in front of monitors showing TV news"
    " on North Korea's missile launch (top C) and the Japanese yen's exchange rate against the"
    " U.S. dollar (top L) in Tokyo, Japan, September 15, 2017 - Sputnik International",
    "NATO Chief Calls for Global Response to N Korea's Missile Launch",
    "To participate in the discussion",
    "log in or register",
    "Заголовок открываемого материала",
]
AA_FURNITURE = [
    "Be the first to comment",
    "UYARI: Küfür, hakaret, rencide edici cümleler veya imalar, inançlara saldırı içeren, imla"
    " kuralları ile yazılmamış,",
    "Türkçe karakter kullanılmayan ve büyük harflerle yazılmış yorumlar onaylanmamaktadır.",
    "Current News",
]


def _seed(name_part: str) -> Article:
    path = next(p for p in seed_files() if name_part in p.name)
    return parse_article(read_text_file(path), origin=path.name)


def _paragraphs(article: Article) -> list[str]:
    return [line for line in article.text.split("\n") if line.strip()]


def _check_offsets(article: Article) -> None:
    last = 0
    for item in article.furniture:
        assert 0 <= item.at <= len(article.text)
        assert item.at == len(article.text) or item.at == 0 or article.text[item.at - 1] == "\n"
        assert item.at >= last
        last = item.at


def test_both_seeds_are_found() -> None:
    assert len(seed_files()) == 2


def test_sputnik_seed_title_dateline_and_body() -> None:
    article = _seed("000_")
    assert article.title == (
        "Japan, S Korea, US Agree to Enhance Cooperation After North's Missile Launch"
    )
    assert (article.place, article.source) == ("TOKYO", "Sputnik")
    # The only full date is in a photo caption deep in the page: not the story's date.
    assert article.date is None
    paragraphs = _paragraphs(article)
    # The standfirst stays and opens the body; the dateline paragraph follows it.
    assert paragraphs[0] == (
        "Japan, US and South Korea agreed to impose additional pressure on Pyongyang to change"
        " its policies."
    )
    assert paragraphs[1].startswith("TOKYO (Sputnik)\u00a0— Seoul, Tokyo, and Washington")
    assert paragraphs[-1].startswith("The new North Korean missile launch came just days")
    assert article.text.endswith("be an H-bomb.")
    assert len(paragraphs) == 11


def test_sputnik_seed_furniture_is_exactly_the_page_furniture() -> None:
    article = _seed("000_")
    hidden = [f.text.replace("\u00a0", " ") for f in article.furniture]
    assert hidden == [line.replace("\u00a0", " ") for line in SPUTNIK_FURNITURE]
    for line in SPUTNIK_FURNITURE:
        assert line not in article.text
    _check_offsets(article)
    # The related headline stood between two paragraphs: its offset starts the next one.
    nato = next(f for f in article.furniture if f.text.startswith("NATO"))
    assert article.text[nato.at :].startswith("Foreign ministers of")
    assert article.furniture[-1].at == len(article.text)


def test_aa_seed_title_dateline_and_body() -> None:
    article = _seed("002_")
    assert article.title == "Japan, SKorea, US agree to increase pressure on NKorea"
    assert (article.place, article.source) == ("TOKYO", "AA")
    assert article.date is None
    paragraphs = _paragraphs(article)
    assert paragraphs[0] == (
        "Senior diplomats agree to work together in considering unilateral sanctions after"
        " Pyongyang’s 2nd nuclear test this year"
    )
    assert paragraphs[1].startswith("TOKYO (AA) – Senior officials from Japan")
    assert paragraphs[-1].endswith("according to local news agency Yonhap.")
    assert len(paragraphs) == 14


def test_aa_seed_furniture_is_exactly_the_page_furniture() -> None:
    article = _seed("002_")
    assert [f.text for f in article.furniture] == AA_FURNITURE
    assert all(f.at == len(article.text) for f in article.furniture)
    for line in AA_FURNITURE:
        assert line not in article.text


def test_seed_raw_is_kept_and_ids_are_content_hashes() -> None:
    for path in seed_files():
        raw = read_text_file(path)
        article = parse_article(raw, origin=path.name)
        assert article.raw == raw
        assert article.id == sha256_hex(raw)[:16]
        assert article.origin == path.name
        # Every furniture line is still in the raw text.
        assert all(f.text in article.raw for f in article.furniture)
        assert parse_article(raw).id == article.id  # same content, same id


def test_same_content_with_crlf_has_the_same_id() -> None:
    raw = "Title\n\nBody line one.\n"
    assert parse_article(raw).id == parse_article(raw.replace("\n", "\r\n")).id
    assert parse_article("\ufeff" + raw).id == parse_article(raw).id


# --------------------------------------------------------------------------- general rules


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


PARA = [
    "The central bank raised its main interest rate by a quarter of a percentage point on"
    " Wednesday, the third increase this year, citing persistent inflation in services.",
    "Officials said the decision was unanimous and that further moves would depend on the data,"
    " which have been mixed since the spring.",
    "Economists had expected the move, and markets barely reacted, with the currency little"
    " changed against the dollar in late trading.",
    "The bank will publish its next forecasts in December, when it is also due to review the"
    " size of its bond holdings.",
]


def test_wire_page_furniture_is_hidden_and_paragraphs_kept() -> None:
    raw = _page(
        "Central Bank Raises Rates Again",
        "LONDON, Sept 3 (Reuters) - " + PARA[0],
        "Advertisement",
        PARA[1],
        "Traders work on the floor of the exchange in London, Britain, March 5, 2017."
        " REUTERS/Jane Doe",
        "Oil Prices Slide as Supply Fears Ease Across Global Markets",
        PARA[2],
        "Photo: Getty Images",
        PARA[3],
        "Share this article",
        "Sign up for our newsletter",
        "Copyright 2017 Reuters. All rights reserved.",
        "RELATED",
        "Read more",
    )
    article = parse_article(raw)
    assert (article.place, article.source) == ("LONDON", "Reuters")
    assert _paragraphs(article) == ["LONDON, Sept 3 (Reuters) - " + PARA[0], *PARA[1:]]
    assert len(article.furniture) == 9
    _check_offsets(article)


def test_dateline_variants() -> None:
    for line, place, source in [
        ("WASHINGTON — The Senate voted on Tuesday.", "WASHINGTON", None),
        ("NEW YORK (AP) — Stocks rose on Monday.", "NEW YORK", "AP"),
        ("SAN FRANCISCO, Calif. (Reuters) -- Shares fell.", "SAN FRANCISCO", "Reuters"),
        ("The US - Japan talks went on.", None, None),
        ("Seoul (Yonhap) -- South Korea said.", "Seoul", "Yonhap"),
        ("Kim (pictured) — the leader said.", None, None),
    ]:
        article = parse_article(f"A headline\n\n{line}\n")
        assert (article.place, article.source) == (place, source), line


def test_date_detection_reads_header_lines() -> None:
    assert parse_article("T\n\nPublished 2017-09-15 at noon.\n").date == "2017-09-15"
    assert parse_article("T\n\nMarch 3, 2020\n\nThe body.\n").date == "2020-03-03"
    assert parse_article("T\n\nTue 5 Mar 2024 10.02 GMT\n\nThe body.\n").date == "2024-03-05"
    assert parse_article("T\n\nBy Ann Lee | 3 March 2020\n\nThe body.\n").date == "2020-03-03"
    assert parse_article("T\n\nUpdated 2019-02-30\n\nNothing.\n").date is None


def test_date_detection_reads_a_wire_dateline() -> None:
    story = "WASHINGTON, March 3, 2017 (AP) — The president said a great deal about the budget."
    assert parse_article(f"T\n\n{story}\n").date == "2017-03-03"
    standfirst = "A standfirst that sums the story up in one sentence of a dozen words or more."
    assert parse_article(f"T\n\n{standfirst}\n\n{story}\n").date == "2017-03-03"
    # A dateline without a year gives no date.
    assert (
        parse_article("T\n\nLONDON, Sept 3 (Reuters) - Shares fell sharply today.\n").date is None
    )


def test_date_detection_never_takes_a_date_from_the_body() -> None:
    assert parse_article("T\n\nOn 3 March 2020, it rained.\n").date is None
    assert parse_article("T\n\nOn Sept. 3, 2017, it rained hard all day in town.\n").date is None
    paragraphs = [
        f"Paragraph {n} of the story, long enough to be prose and not a header." for n in range(4)
    ]
    deep = "\n\n".join([*paragraphs, "March 3, 2020"])
    assert parse_article(f"T\n\n{deep}\n").date is None


def test_standfirst_and_short_body_are_never_hidden() -> None:
    raw = _page(
        "Quiet Day in Parliament",
        "Lawmakers Return From Summer Break to a Crowded Agenda",
        PARA[0],
        PARA[1],
    )
    article = parse_article(raw)
    assert not article.furniture
    assert _paragraphs(article)[0] == "Lawmakers Return From Summer Break to a Crowded Agenda"
    for tiny in ("T\n\nHello World", "T\n\nComments", "T\n\nLog in or register"):
        article = parse_article(tiny)
        assert article.text and not article.furniture


def test_quoted_and_reported_comment_lines_stay() -> None:
    raw = _page(
        "A headline about a refusal",
        PARA[0],
        "He declined to comment.",
        "On July 6, 2015, the senator made the following comment:",
        "“We will share the burden,” she said.",
        PARA[1],
    )
    article = parse_article(raw)
    assert not article.furniture


def test_foreign_lines_are_hidden_only_in_the_trailer() -> None:
    body = [PARA[0], PARA[1], PARA[2]]
    raw = _page("English page", *body, "Комментарии закрыты для этой статьи", "日本語のページ")
    article = parse_article(raw)
    assert [f.text for f in article.furniture] == [
        "Комментарии закрыты для этой статьи",
        "日本語のページ",
    ]
    # A short article in any one script is left alone.
    for raw in (
        "عنوان\n\nهذا نص عربي قصير.\n",
        "标题\n\n这是一篇中文文章。\n\n第二段。\n",
        "Mixed\n\nEnglish line.\n\nمرحبا بالعالم\n\n日本語\n",
    ):
        article = parse_article(raw)
        assert not article.furniture
        assert article.text == raw.split("\n\n", 1)[1].rstrip("\n")


def test_markdown_title_and_front_matter() -> None:
    article = parse_article("# A Markdown title\n\nBody text here.\n", origin="notes/a.md")
    assert article.title == "A Markdown title"
    assert article.text == "Body text here."
    # Not stripped for .txt: the hash is part of the title there.
    assert parse_article("# Hashtag\n\nBody.\n", origin="a.txt").title == "# Hashtag"
    raw = (
        '---\ntitle: "From front matter"\nsource: Example News\ndate: 2021-05-04T10:00:00Z\n'
        "url: https://example.com/a\n---\n# From front matter\n\nThe body.\n"
    )
    article = parse_article(raw, origin="x.md")
    assert (article.title, article.source, article.date) == (
        "From front matter",
        "Example News",
        "2021-05-04",
    )
    assert article.text == "The body."
    assert parse_article(raw).origin == "https://example.com/a"


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("https://Example.com:443/a?utm_source=rss&id=7#top", "https://example.com/a?id=7"),
        ("http://example.com", "http://example.com/"),
        ("javascript:alert(1)", None),
        ("https://example.com/a\x1b[2J", None),
        ("https://example.com/a b", None),
    ],
)
def test_a_front_matter_address_is_kept_in_the_form_duplicates_are_found_by(
    written: str, kept: str | None
) -> None:
    """A page taken by its address is stored without tracking parameters or fragment: the
    same page saved as Markdown must give the same address, or it is added twice."""
    raw = f"---\ntitle: T\nurl: {written}\n---\n\nThe body.\n"
    assert parse_article(raw, origin="x.md").url == kept


def test_blank_runs_collapse_and_trailing_whitespace_goes() -> None:
    article = parse_article("Title  \n\n\n\nOne.   \n\n\n\n\nTwo.\t\n\n\n")
    assert article.title == "Title"
    assert article.text == "One.\n\nTwo."


def test_empty_and_odd_input_never_raises() -> None:
    assert parse_article("").title == "Untitled"
    assert parse_article("\n\n  \n").text == ""
    assert parse_article("Only a title").text == ""
    assert "\x00" not in parse_article("Ti\x00tle\n\nbo\x00dy").text


def test_a_very_long_first_line_is_body_with_a_short_title() -> None:
    line = "word " * 400 + "end."
    article = parse_article(line)
    assert len(article.title) <= 121 and article.title.endswith("…")
    assert article.text == line.rstrip()


def test_text_is_data_markup_ansi_controls_rtl_cjk_emoji_kept_literally() -> None:
    title = "[bold red]Breaking[/] \x1b[31mred\x1b[0m news"
    body = [
        "A body with [link=https://x]markup[/link] and \x1b[2J escapes\x07 and a tab\there.",
        "עברית ו-العربية في سطر واحد with English.",
        "中文、日本語、한국어 text 😀🎉 and a flag 🇯🇵.",
        "x" * 20000,
    ]
    article = parse_article(title + "\r\n\r\n" + "\r\n\r\n".join(body) + "\r\n")
    assert article.title == title
    assert article.text == "\n\n".join(body)
    assert "\r" not in article.text


# --------------------------------------------------------------------------- reading files


def test_read_utf8_with_and_without_bom(tmp_path: Path) -> None:
    plain = tmp_path / "a.txt"
    plain.write_bytes("Café ☕\n\nBody.".encode())
    bom = tmp_path / "b.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + "Café ☕\n\nBody.".encode())
    assert read_text_file(plain) == read_text_file(bom) == "Café ☕\n\nBody."


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("latin-1", "Café au lait et crème brûlée\n\nUne façade naïve, à Noël.\n"),
        ("cp1252", "He said “quoted” – and paid 5€\n\nMore text here, naïve café.\n"),
        ("utf-16", "UTF-16 title ☕\n\nBody with émoji 😀 and 中文.\n"),
        ("utf-16-le", "No BOM here\n\nPlain ASCII body text in UTF-16.\n"),
        ("cp1251", "Новости дня\n\nПравительство объявило о новых мерах поддержки экономики.\n"),
    ],
)
def test_read_legacy_encodings(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    assert read_text_file(path) == text


def test_crlf_and_cr_become_lf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title\r\n\r\nOne.\r\nTwo.\rThree.\r\n")
    assert read_text_file(path) == "Title\n\nOne.\nTwo.\nThree.\n"


def _error(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        read_text_file(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(path))
    return info.value.reason


def test_missing_path(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "missing.txt")


def test_directory(tmp_path: Path) -> None:
    assert "folder" in _error(tmp_path)


def test_empty_and_whitespace_only(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert "empty" in _error(empty)
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \n\t\r\n  \n")
    assert "whitespace" in _error(blank)


def test_binary(tmp_path: Path) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"\x00\x01\x02\xff" * 100)
    assert "binary" in _error(blob)
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert "binary" in _error(png)
    noise = tmp_path / "noise.txt"
    rng = random.Random(3)
    noise.write_bytes(bytes(rng.randrange(128, 256) for _ in range(4096)))  # no NUL at all
    assert "decoded" in _error(noise) or "binary" in _error(noise)
    controls = tmp_path / "controls.txt"
    controls.write_bytes(bytes(range(1, 9)) * 200)
    assert "binary" in _error(controls)


def test_larger_than_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no 50 MB written
    reason = _error(huge)
    assert "too large" in reason and "50" in reason


def test_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.\n", encoding="utf-8")
    if os.geteuid() == 0:  # root reads anything: simulate the permission error instead
        real_open = os.open

        def deny(name: object, *args: object, **kwargs: object) -> object:
            if Path(str(name)) == path:
                raise PermissionError(13, "Permission denied", str(name))
            return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", deny)
        assert "permission denied" in _error(path)
    else:
        path.chmod(0)
        try:
            assert "permission denied" in _error(path)
        finally:
            path.chmod(0o644)


def test_very_long_lines_read_and_parse(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    line = "word " * 100_000
    path.write_text("Long lines\n\n" + line + "\n", encoding="utf-8")
    article = parse_article(read_text_file(path))
    assert article.title == "Long lines"
    assert article.text == line.rstrip()


# --------------------------------------------------------------------------- iter_sources


def test_iter_sources_files_folders_and_problems(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text("B title\n\nBody b.\n", encoding="utf-8")
    (folder / "a.md").write_text("# A title\n\nBody a.\n", encoding="utf-8")
    (folder / "sub" / "c.TXT").write_text("C title\n\nBody c.\n", encoding="utf-8")
    (folder / "skip.pdf").write_bytes(b"%PDF")
    (folder / ".hidden.txt").write_text("Hidden\n\nNo.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    (nothing / "readme.rst").write_text("x", encoding="utf-8")
    other = tmp_path / "doc.pdf"
    other.write_bytes(b"%PDF-1.4")

    results = list(iter_sources([str(folder), str(nothing), str(other), str(tmp_path / "no.md")]))
    assert all(isinstance(r, Loaded) for r in results)
    titles = [r.article.title for r in results if r.article]
    assert titles == ["A title", "B title", "C title"]
    errors = {r.label: r.error for r in results if r.error}
    assert errors == {
        str(folder / "empty.txt"): "is empty",
        str(nothing): f"no .txt, .md or .html files in {nothing}",
        str(other): "not a .txt, .md or .html file",
        str(tmp_path / "no.md"): "no such file or folder",
    }
    assert {r.label: r.skipped for r in results if r.skipped} == {
        str(folder / ".hidden.txt"): "hidden file"
    }
    assert all(sum(x is not None for x in (r.article, r.error, r.skipped)) == 1 for r in results)


def test_iter_sources_stdin() -> None:
    [loaded] = iter_sources(["-"], stdin=io.StringIO("Piped title\r\n\r\nPiped body.\r\n"))
    assert loaded.label == "-" and loaded.error is None and loaded.article is not None
    assert (loaded.article.title, loaded.article.text) == ("Piped title", "Piped body.")
    [empty] = iter_sources(["-"], stdin=io.StringIO("  \n"))
    assert empty.article is None and "whitespace" in (empty.error or "")
    [binary] = iter_sources(["-"], stdin=io.StringIO("a\x00b"))
    assert binary.article is None and "binary" in (binary.error or "")


def test_iter_sources_stdin_bytes_buffer() -> None:
    stream = io.TextIOWrapper(io.BytesIO("Café\n\nBody é.\n".encode("cp1252")), encoding="utf-8")
    [loaded] = iter_sources(["-"], stdin=stream)
    assert loaded.article is not None and loaded.article.title == "Café"


def test_iter_sources_never_raises_for_bad_files(tmp_path: Path) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"\x00" * 64)
    huge = tmp_path / "huge.md"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 10)
    results = list(iter_sources([str(blob), str(huge), str(tmp_path / "gone.txt")]))
    assert [r.article for r in results] == [None, None, None]
    assert all(r.error and "\n" not in r.error for r in results)


# --------------------------------------------------------------------------- properties


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text())
def test_parse_article_never_raises_and_offsets_fit(raw: str) -> None:
    article = parse_article(raw)
    assert "\x00" not in article.text and "\r" not in article.text
    _check_offsets(article)
    assert article.text == article.text.strip("\n")


_LINE = st.one_of(
    st.sampled_from(
        [
            "",
            "Read more",
            "Current News",
            "© Photo credit",
            "Log in or register",
            "Комментарии",
            "A Title Case Line Without Any Ending",
            PARA[0],
            PARA[1],
            "TOKYO (Kyodo) — Something happened.",
        ]
    ),
    st.text(max_size=80),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(_LINE, max_size=30))
def test_page_like_input_keeps_every_line_once(lines: list[str]) -> None:
    raw = "\n".join(lines)
    article = parse_article(raw)
    _check_offsets(article)
    for item in article.furniture:
        assert item.text.strip(_SPACE) and "\n" not in item.text
    # Nothing is lost or reordered: kept lines and furniture, interleaved by offset, are
    # exactly the non-blank lines after the title.
    all_lines = [line.rstrip(_SPACE) for line in normalise_newlines(raw).split("\n")]
    non_blank = [line for line in all_lines if line.strip(_SPACE)]
    if not non_blank or len(non_blank[0].strip(_SPACE)) > 500:
        return
    assert _reconstruct(article) == non_blank[1:]


def _reconstruct(article: Article) -> list[str]:
    out: list[str] = []
    pending = list(article.furniture)
    offset = 0
    for line in article.text.split("\n") if article.text else []:
        while pending and pending[0].at <= offset:
            out.append(pending.pop(0).text)
        if line.strip(_SPACE):
            out.append(line)
        offset += len(line) + 1
    out.extend(item.text for item in pending)
    return out


def test_seed_lines_reconstruct_from_text_and_furniture() -> None:
    for path in seed_files():
        raw = read_text_file(path)
        article = parse_article(raw)
        lines = [line.rstrip(_SPACE) for line in raw.split("\n") if line.strip(_SPACE)]
        assert _reconstruct(article) == lines[1:]


# --------------------------------------------------------------------------- other sites


AP_PAGE = """Storm Forces Thousands to Flee Coastal Towns in Southern Mexico

By MARIA VERZA, Associated Press

ACAPULCO, Mexico (AP) — Thousands of people fled coastal towns in southern Mexico on Tuesday as a powerful storm approached, officials said.

Residents board a bus during an evacuation in Acapulco, Mexico, Tuesday, Oct. 24, 2023. (AP Photo/Felix Marquez)

The storm was expected to make landfall late Tuesday with winds of up to 130 mph, the National Hurricane Center said in its latest advisory.

"We are asking everyone to take shelter now," Governor Evelyn Salgado said in a video posted online.

ADVERTISEMENT

Schools were closed across the state, and the navy moved ships out of the port.

Associated Press writer Fabiola Sánchez in Mexico City contributed to this report.

Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""


def test_agency_page() -> None:
    article = parse_article(AP_PAGE)
    # The date is only in a photo caption under the first paragraph: no date for the story.
    assert (article.place, article.source, article.date) == ("ACAPULCO", "AP", None)
    hidden = [f.text[:24] for f in article.furniture]
    assert hidden == ["Residents board a bus du", "ADVERTISEMENT", "Copyright 2023 The Assoc"]
    assert _paragraphs(article)[0] == "By MARIA VERZA, Associated Press"
    assert _paragraphs(article)[-1].startswith("Associated Press writer")


MD_PAGE = """---
title: Scientists find new species of deep-sea octopus
source: The Example Times
date: 2022-03-14
---
# Scientists find new species of deep-sea octopus

Researchers say the discovery highlights how little is known about the deep ocean

![An octopus on the sea floor](https://example.com/octopus.jpg)

*Photograph: Ocean Exploration Trust*

A new species of octopus has been found living more than 3,000 metres below the surface of the Pacific, researchers said on Monday.

## How it was found

The animal was filmed by a remotely operated vehicle during a survey of an underwater mountain range.

Related: Deep-sea mining could wipe out species before they are discovered

"It was a complete surprise," said Dr Ana López, who led the expedition.

The team will return to the site next year.

**Topics**

- Marine life
- Oceans

Share on Facebook
Share on Twitter
Reuse this content
"""


def test_markdown_page_keeps_subheadings_and_standfirst() -> None:
    article = parse_article(MD_PAGE, origin="octopus.md")
    assert (article.title, article.source, article.date) == (
        "Scientists find new species of deep-sea octopus",
        "The Example Times",
        "2022-03-14",
    )
    paragraphs = _paragraphs(article)
    assert paragraphs[0].startswith("Researchers say the discovery")
    assert "## How it was found" in paragraphs
    assert paragraphs[-1] == "The team will return to the site next year."
    assert len(paragraphs) == 6
    assert len(article.furniture) == 9


def test_hard_wrapped_prose_is_never_furniture() -> None:
    raw = (
        "A hard-wrapped report\n\n"
        "The company's shares fell sharply on Monday after the chief executive\n"
        "declined to comment on reports that regulators were preparing to open an\n"
        "investigation into its accounting. Analysts said the fall reflected\n"
        "concerns that had been building for months.\n\n"
        "Share prices of rivals were little changed. Investors who wish to share\n"
        "their views were invited to register for the annual meeting, which\n"
        "will be held in London next month.\n"
    )
    article = parse_article(raw)
    assert not article.furniture
    assert article.text == raw.split("\n\n", 1)[1].rstrip("\n")


def test_source_from_byline_or_repeated_caption_credit() -> None:
    raw = "T\n\nBy MARIA VERZA, Associated Press\n\nMEXICO CITY — Body.\n"
    assert (parse_article(raw).source, parse_article(raw).place) == (
        "Associated Press",
        "MEXICO CITY",
    )
    assert parse_article("T\n\nBy Jo Smith, Staff Writer\n\nBody text.\n").source is None
    assert parse_article("T\n\nNEW DELHI: The cabinet met.\n").place == "NEW DELHI"
    assert parse_article("T\n\nNOTE: The cabinet met.\n").place is None


def test_setext_markdown_title() -> None:
    article = parse_article("Title\n=====\n\nBody.\n", origin="a.md")
    assert (article.title, article.text) == ("Title", "Body.")


def test_error_messages_stay_on_one_line(tmp_path: Path) -> None:
    odd = tmp_path / "line\nbreak\x1b[2J.txt"
    with pytest.raises(IngestError) as info:
        read_text_file(odd)
    assert "\n" not in str(info.value) and "\x1b" not in str(info.value)


def test_bom_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf")
    assert _error(path) == "is empty"


def test_section_headings_stay_when_an_article_has_several() -> None:
    heads = [
        "What the New Sanctions Mean for the Economy of the North",
        "How Neighbouring Countries Have Responded to the Launch",
        "Why Talks Between the Two Sides Have Stalled Since Spring",
    ]
    raw = _page("Explainer", PARA[0], heads[0], PARA[1], heads[1], PARA[2], heads[2], PARA[3])
    article = parse_article(raw)
    assert not article.furniture
    # One such line alone between paragraphs is another story's headline.
    article = parse_article(_page("News", PARA[0], PARA[1], heads[0], PARA[2], PARA[3]))
    assert [f.text for f in article.furniture] == [heads[0]]


def test_short_credits_links_and_bbc_style_captions() -> None:
    raw = _page(
        "Headline here",
        PARA[0],
        "AFP/Getty Images",
        "Image copyright Reuters",
        "Image caption Officials met in the capital on Friday",
        "https://example.com/some/link",
        PARA[1],
        PARA[2],
    )
    article = parse_article(raw)
    assert len(article.furniture) == 4
    assert _paragraphs(article) == PARA[:3]


def test_parse_article_accepts_bytes() -> None:
    article = parse_article("Café\n\nBody.".encode("cp1252"))
    assert article.title == "Café"


def test_debug_tool_lists_rules(capsys: pytest.CaptureFixture[str]) -> None:
    from tuiread.ingest.__main__ import main

    assert main([str(seed_files()[1])]) == 0
    out = capsys.readouterr().out
    assert "widget | Be the first to comment" in out and "source AA" in out


def test_hostile_text_file_round_trip(tmp_path: Path) -> None:
    title = "\x1b[1m[bold]Title[/bold]\x1b[0m שלום 你好 😀"
    body = "[red]not markup[/red] \x1b]0;set title\x07 \u202eevil\u202c مرحبا 中文 🎉\r\nnext line"
    path = tmp_path / "hostile.txt"
    path.write_bytes(("\n\n  " + title + "  \r\n\r\n\r\n" + body + "\r\n").encode())
    loaded = list(iter_sources([str(path)]))
    assert [r.error for r in loaded] == [None]
    article = loaded[0].article
    assert article is not None
    assert article.title == title
    assert article.text == body.replace("\r\n", "\n")
    assert article.origin == str(path)


def test_ambiguous_widget_words_only_as_labels() -> None:
    raw = _page(
        "Markets in turmoil",
        "Skip to main content",
        "Menu",
        PARA[0],
        "Share prices plunge",
        PARA[1],
        "Watch the skies",
        PARA[2],
        "Home secretary resigns",
        PARA[3],
        "Tags: Markets, Banks",
        "Share",
    )
    article = parse_article(raw)
    assert [f.text for f in article.furniture] == [
        "Skip to main content",
        "Menu",
        "Tags: Markets, Banks",
        "Share",
    ]


def test_unfinished_lines_describing_a_picture_are_captions() -> None:
    caption = "Kim Jong Un watches a missile launch in this undated photo released by KCNA"
    article = parse_article(_page("T", PARA[0], caption, PARA[1], PARA[2]))
    assert [f.text for f in article.furniture] == [caption]
    # The same words in a finished sentence are the story.
    sentence = "State media published an undated photo of the launch on Friday."
    assert not parse_article(_page("T", PARA[0], sentence, PARA[1])).furniture


def test_iter_sources_odd_paths(tmp_path: Path) -> None:
    [empty] = iter_sources([""])
    assert empty.article is None and empty.error
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    [dangling] = iter_sources([str(link)])
    assert dangling.error == "no such file or folder"
    odd = tmp_path / "new\nline.txt"
    odd.write_text("Title\n\nBody.\n", encoding="utf-8")
    [loaded] = iter_sources([str(tmp_path / "new\nline.txt")])
    assert loaded.article is not None and "\n" not in loaded.label


def test_page_metadata_lines_are_furniture_and_give_the_date() -> None:
    raw = _page(
        "Rates rise again",
        "Published: 15 September 2017 10:45 GMT",
        "Updated 16 September 2017",
        "4 min read",
        "The decision, first floated on 3 March 2016, was taken on Friday by the board.",
        PARA[0],
        "Published reports said the bank had 12 options.",
    )
    article = parse_article(raw)
    assert [f.text for f in article.furniture] == [
        "Published: 15 September 2017 10:45 GMT",
        "Updated 16 September 2017",
        "4 min read",
    ]
    assert article.date == "2017-09-15"
    assert _paragraphs(article)[-1] == "Published reports said the bank had 12 options."
