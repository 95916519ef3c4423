"""Dates from the command line: ``analyze --published``, and the article's own date as the
day relative dates count from in ``analyze`` and ``show``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tuiread.cli import main

STORY = "The minister said last month that the talks would last two weeks.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def values(out: str) -> dict[str, tuple[str | None, str | None]]:
    spans = json.loads(out)["spans"]
    return {s["text"]: (s["value"], s["unit"]) for s in spans if s["kind"] == "number"}


def test_analyze_published_resolves_relative_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Talks\n\n" + STORY, encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(path), "--json", "--published", "2017-09-15")
    assert code == 0
    assert values(out) == {"last month": ("2017-08", None), "two weeks": ("P2W", "weeks")}


def test_analyze_takes_the_files_own_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: Talks\ndate: 2017-09-15\n---\n" + STORY, encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(path), "--json")
    assert code == 0 and values(out)["last month"] == ("2017-08", None)
    # --published wins over the file's date
    code, out, _ = run(capsys, "analyze", str(path), "--json", "--published", "2000-01-15")
    assert values(out)["last month"] == ("1999-12", None)
    # the plain listing shows a duration's amount and unit
    code, out, _ = run(capsys, "analyze", str(path))
    assert "last month  → 2017-08" in out
    assert "two weeks  → 2 weeks (P2W)" in out


@pytest.mark.parametrize("bad", ["2017-13-45", "yesterday", "15/09/2017", ""])
def test_a_bad_published_date_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["analyze", str(path), "--published", bad])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--published: not a date" in err and "YYYY-MM-DD" in err
    assert "Traceback" not in err


def test_show_resolves_against_the_articles_date(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "talks.md"
    path.write_text("---\ntitle: Dated talks\ndate: 2017-09-15\n---\n" + STORY, encoding="utf-8")
    assert run(capsys, "add", str(path))[0] == 0
    code, out, _ = run(capsys, "show", "Dated talks")
    assert code == 0
    assert "last month  → 2017-08" in out
