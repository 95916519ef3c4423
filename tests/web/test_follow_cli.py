"""Following three news sites from the command line, against a server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newssite import NewsSite
from pytest_httpserver import HTTPServer

from tuiread.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _listed(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    return [row for row in json.loads(out) if row.get("feed")]


def test_three_sites_refreshed_twice_give_each_story_once(
    home: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    rss = NewsSite(httpserver, "daily", kind="rss")
    atom = NewsSite(httpserver, "herald", kind="atom")
    rdf = NewsSite(httpserver, "gazette", kind="rdf", full_text=True)
    rss.publish("Council approves new budget", date="2024-03-05")
    rss.publish("Harbour bridge reopens after repairs", date="2024-03-06")
    atom.publish("Minister resigns over school report", date="2024-03-04")
    rdf.publish("Farmers protest at market prices", date="2024-03-01")

    assert run(capsys, "feed", "add", rss.feed_url, "--tag", "local")[0] == 0
    # The herald is followed through its home page, which links its feed.
    code, out, _ = run(capsys, "feed", "add", atom.home_url)
    assert code == 0 and atom.title in out
    assert run(capsys, "feed", "add", rdf.feed_url)[0] == 0

    code, out, err = run(capsys, "refresh")
    assert code == 0, err
    assert f"{rss.title}: 2 new" in out and f"{atom.title}: 1 new" in out
    assert "4 new articles from 3 feeds" in err
    rows = _listed(capsys)
    assert sorted((r["title"], r["date"]) for r in rows) == [
        ("Council approves new budget", "2024-03-05"),
        ("Farmers protest at market prices", "2024-03-01"),
        ("Harbour bridge reopens after repairs", "2024-03-06"),
        ("Minister resigns over school report", "2024-03-04"),
    ]
    assert all(not r["read"] for r in rows)
    by_title = {r["title"]: r for r in rows}
    assert by_title["Council approves new budget"]["tags"] == ["local"]
    assert by_title["Council approves new budget"]["source"] == rss.title
    assert by_title["Council approves new budget"]["author"] == "Ann Lee"
    assert by_title["Council approves new budget"]["url"] == rss.story_url(rss.stories[0])

    # Second refresh: one new story on one site; the others answer 304.
    rss.publish("Museum festival draws record crowds", date="2024-03-07")
    code, out, err = run(capsys, "refresh")
    assert code == 0
    assert f"{rss.title}: 1 new" in out
    assert f"{atom.title}: unchanged" in out and f"{rdf.title}: unchanged" in out
    assert "1 new article from 3 feeds" in err
    assert atom.conditional == 1 and rdf.conditional == 1
    titles = [r["title"] for r in _listed(capsys)]
    assert len(titles) == len(set(titles)) == 5
    # Old stories' pages were not fetched again.
    assert rss.requests[f"/{rss.name}/story/s0"] == 1
