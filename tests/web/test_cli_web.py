"""The command line around the web: add URL and FILE.html, feed list/remove, OPML, and the
metadata of imported files (front matter tags, folder source, paperwork skipped)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newssite import NewsSite, story_page
from pytest_httpserver import HTTPServer

from tuiread.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def rows(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    return list(json.loads(out))


def test_add_url_stores_shows_exports_and_skips_the_same_address(
    home: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    site = NewsSite(httpserver, "daily")
    story = site.publish("Council approves new budget", date="2024-03-05")
    url = site.story_url(story)
    code, out, err = run(capsys, "add", url)
    assert code == 0 and "added" in out and "1 added, 0 skipped, 0 failed" in err
    [row] = [r for r in rows(capsys) if r["url"] == url]
    assert (row["title"], row["date"], row["source"], row["author"]) == (
        "Council approves new budget",
        "2024-03-05",
        site.title,
        "Ann Lee",
    )
    # Skipped without fetching again, also with tracking parameters and a fragment.
    code, out, err = run(capsys, "add", url + "?utm_source=x#top")
    assert code == 0 and "already in the library" in out and "0 added, 1 skipped" in err
    assert site.requests[f"/daily/story/{story.slug}"] == 1
    code, out, _ = run(capsys, "show", "Council approves", "--no-highlights")
    assert url in out and "Ann Lee" in out
    assert "cookies" not in out and "Share on" not in out
    assert run(capsys, "note", "Council approves", "worth a follow-up")[0] == 0
    code, out, _ = run(capsys, "export", "--format", "markdown")
    assert f"- url: {url}" in out
    code, out, _ = run(capsys, "export", "--format", "json")
    assert any(a.get("url") == url for a in json.loads(out)["articles"])


def test_add_html_file_offline(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "saved.html"
    page.write_text(
        story_page(
            "Saved page story",
            date="2023-11-02",
            site="The Saved Times",
            canonical="https://saved.example/story",
        ),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "add", str(page))
    assert code == 0, err
    [row] = [r for r in rows(capsys) if r["title"] == "Saved page story"]
    assert (row["date"], row["url"], row["source"]) == (
        "2023-11-02",
        "https://saved.example/story",
        "The Saved Times",
    )
    # The same page again (as saved elsewhere) is the same article.
    copy = tmp_path / "copy.htm"
    copy.write_bytes(page.read_bytes())
    code, out, _ = run(capsys, "add", str(copy))
    assert "already in the library" in out


def test_feed_list_remove_and_opml(
    home: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    daily, herald = NewsSite(httpserver, "daily"), NewsSite(httpserver, "herald", kind="atom")
    daily.publish("A story", date="2024-03-05")
    assert run(capsys, "feed", "add", daily.feed_url, "--tag", "local", "--tag", "news")[0] == 0
    assert run(capsys, "feed", "add", herald.feed_url)[0] == 0
    code, _, err = run(capsys, "feed", "add", daily.feed_url)
    assert code == 1 and "already followed" in err
    code, out, _ = run(capsys, "feed")  # list is the default
    assert daily.title in out and herald.title in out and "never refreshed" in out
    code, out, _ = run(capsys, "feed", "list", "--json")
    listed = json.loads(out)
    assert [f["tags"] for f in listed] == [["local", "news"], []]

    opml = tmp_path / "feeds.opml"
    code, _, err = run(capsys, "opml", "export", "-o", str(opml))
    assert code == 0 and "wrote 2 feeds" in err
    assert daily.feed_url in opml.read_text(encoding="utf-8")

    code, out, _ = run(capsys, "feed", "remove", "herald")
    assert code == 0 and "unfollowed" in out
    code, _, err = run(capsys, "feed", "remove", "nothing-like-it")
    assert code == 1 and "No feed matches" in err
    assert [f["title"] for f in json.loads(run(capsys, "feed", "list", "--json")[1])] == [
        daily.title
    ]

    # Importing the export follows the removed feed again, the other is kept once.
    code, out, err = run(capsys, "opml", "import", str(opml))
    assert code == 0 and "1 feeds added, 1 already followed" in err
    assert len(json.loads(run(capsys, "feed", "list", "--json")[1])) == 2
    bad = tmp_path / "bad.opml"
    bad.write_text("<html></html>", encoding="utf-8")
    code, _, err = run(capsys, "opml", "import", str(bad))
    assert code == 1 and "not an OPML file" in err and "Traceback" not in err

    # One feed by number, id prefix or title.
    code, out, err = run(capsys, "refresh", "1")
    assert code == 0 and "1 new article from 1 feed" in err


def test_markdown_front_matter_folder_source_and_paperwork(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Village Gazette"
    (folder / ".git").mkdir(parents=True)
    (folder / "README.md").write_text("# About these files\n\nNotes.\n", encoding="utf-8")
    (folder / "LICENSE.txt").write_text("MIT License\n\nPermission...\n", encoding="utf-8")
    (folder / ".draft.md").write_text("# Draft\n\nNo.\n", encoding="utf-8")
    (folder / "fair.txt").write_text(
        "Fair returns to the green\n\nThe fair came back, first held on 4 July 1921.\n",
        encoding="utf-8",
    )
    (folder / "tagged.md").write_text(
        "---\ntitle: Tagged story\ndate: 2022-03-14\nsource: The Example Times\n"
        "url: https://example.com/tagged\ntags:\n  - council\n  - budget\n---\n# Tagged story\n\n"
        "Body.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "add", str(folder))
    assert code == 0
    assert "2 added, 0 skipped, 0 failed, 4 ignored" in err
    assert "README is not an article" in out and "hidden file" in out and "hidden folder" in out
    by_title = {r["title"]: r for r in rows(capsys)}
    assert "About these files" not in by_title and "MIT License" not in by_title
    fair = by_title["Fair returns to the green"]
    assert (fair["source"], fair["date"]) == ("Village Gazette", None)
    tagged = by_title["Tagged story"]
    assert (tagged["source"], tagged["date"], tagged["url"], tagged["tags"]) == (
        "The Example Times",
        "2022-03-14",
        "https://example.com/tagged",
        ["council", "budget"],
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["feed", "--help"],
        ["feed", "add", "--help"],
        ["feed", "list", "--help"],
        ["feed", "remove", "--help"],
        ["refresh", "--help"],
        ["opml", "import", "--help"],
        ["opml", "export", "--help"],
    ],
)
def test_web_commands_have_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0 and "usage:" in capsys.readouterr().out


def test_usage_errors_of_web_commands_exit_2(home: Path) -> None:
    for argv in (
        ["opml"],
        ["feed", "add"],
        ["refresh", "--timeout", "0"],
        ["add", "--timeout", "x", "a"],
    ):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2


def test_feed_text_reaches_the_terminal_inert_from_follow_refresh_and_lists(
    home: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """A feed's title, its items' titles and a page's error are the site's words: C1
    controls and bidi overrides in them are shown, never acted on."""
    import re

    evil = "&#x9b;31m &#x9d;0;x&#x9c; &#x202e;esrever&#x202c;"
    items = "".join(
        f"<item><title>Story {n} {evil}</title>"
        f"<link>{httpserver.url_for(f'/gone/{n}')}</link><guid>g{n}</guid>"
        f"<description>short</description></item>"
        for n in range(2)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {evil}</title>'
    body += f"<link>{httpserver.url_for('/')}</link><description>x</description>{items}"
    body += "</channel></rss>"
    httpserver.expect_request("/evil.xml").respond_with_data(
        body, content_type="application/rss+xml"
    )
    active = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    for argv in (
        ("feed", "add", httpserver.url_for("/evil.xml")),
        ("refresh",),
        ("refresh", "--json"),
        ("feed", "list"),
        ("feed", "list", "--json"),
    ):
        code, out, err = run(capsys, *argv)
        assert code in (0, 1), (argv, err)
        assert not active.search(out + err), (argv, out, err)
        assert "Feed" in out, argv


def test_opml_import_reads_standard_input(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`-` is standard input for opml import as for add, analyze and import (a FIFO such as
    `<(curl ...)` is refused as input, so a pipe is the way to pass one along)."""
    import io
    import sys

    opml = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><opml version="2.0"><body>'
        '<outline text="Caf\xe9" xmlUrl="https://cafe.example/rss"/></body></opml>'
    ).encode("latin-1")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(opml)))
    code, out, err = run(capsys, "opml", "import", "-")
    assert code == 0, err
    assert "Café" in out and "1 feeds added" in err
    monkeypatch.setattr(sys, "stdin", None)  # closed
    code, _, err = run(capsys, "opml", "import", "-")
    assert code == 1 and err == "tuiread: standard input: is closed (nothing to read)\n"


def test_an_empty_address_is_named_in_the_message(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "feed", "add", "")
    assert code == 1
    assert err == "tuiread: '': not a web address (it should start with http:// or https://)\n"
