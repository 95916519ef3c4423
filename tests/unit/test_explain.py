"""``python -m tuiread.analysis explain``: every span listed with what made it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tuiread.analysis.__main__ import main
from tuiread.analysis.explain import explain, render
from tuiread.analysis.trace import Trace

TEXT = 'Foreign Minister Taro Kono said "we will act" on Tuesday, paying $3bn.'


def test_every_span_is_listed_in_text_order(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", TEXT]) == 0
    out = capsys.readouterr().out
    assert out.index('"Taro Kono"') < out.index('"$3bn"')
    assert out.count("made by") >= len(explain(TEXT).spans)  # one line or more per rule


def test_json_carries_spans_with_their_decisions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", TEXT, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    texts = [s["text"] for s in data["spans"]]
    assert "Taro Kono" in texts and "$3bn" in texts
    assert all(isinstance(s["made_by"], list) for s in data["spans"])


def test_a_file_is_read_and_bad_bytes_are_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "story.txt"
    good.write_text(TEXT, encoding="utf-8")
    assert main(["explain", str(good)]) == 0
    assert '"Taro Kono"' in capsys.readouterr().out
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    assert main(["explain", str(bad)]) == 1
    assert "not UTF-8" in capsys.readouterr().err


def test_control_characters_are_shown_not_sent() -> None:
    out = render(explain("\x1b[2J Mr Smith said \x1b]0;x\x07 hello"))
    assert "\x1b" not in out and "\x07" not in out


def test_trace_groups_rejections_near_a_span() -> None:
    trace = Trace()
    trace.kept("entity", "Mr Smith spoke", 3, 8, "context:title", "after 'Mr'")
    trace.rejected("entity", "Mr Smith spoke", 0, 2, "common-word", "a title, not a name")
    assert [d.rule for d in trace.about({"entity"}, 3, 8)] == ["context:title"]
    assert [d.text for d in trace.rejected_near(3, 8)] == ["Mr"]
