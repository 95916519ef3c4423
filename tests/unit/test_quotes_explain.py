"""``python -m tuiread.analysis explain`` on quotes: why a quote is there, who said it by
which rule, and what was turned down nearby."""

from __future__ import annotations

import json

import pytest

from tuiread.analysis.__main__ import main
from tuiread.analysis.explain import explain, render

TEXT = (
    'Critics called it a "reset." The so-called "road map" was dropped.\n\n'
    '"We will not accept it," Foreign Minister Taro Kono said on Friday.'
)


def test_a_quote_is_listed_with_its_rules_and_speaker(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", TEXT]) == 0
    out = capsys.readouterr().out
    block = out[out.index('""We will not accept it,""') :]
    assert 'said by Taro Kono (as "Foreign Minister Taro Kono")' in block.splitlines()[0]
    assert "made by classify:stands-alone" in block
    assert "after:X-said" in block
    assert "made by speaker:" in block


def test_rejected_runs_nearby_are_shown_with_their_rule() -> None:
    result = explain(TEXT)
    quotes = [s for s in result.spans if s.span.kind == "quote"]
    assert [q.span.text for q in quotes] == ['"reset."', '"We will not accept it,"']
    rejected = {d.text: d.rule for q in quotes for d in q.rejected_nearby if d.family == "quote"}
    rejected |= {d.text: d.rule for d in result.rejected_elsewhere if d.family == "quote"}
    assert rejected['"road map"'] == "classify:label"
    assert "rejected" in render(result) and "classify:label" in render(result)


def test_json_carries_the_speaker_mention(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", TEXT, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (kono,) = [s for s in data["spans"] if s["kind"] == "quote" and s["speaker"] == "Taro Kono"]
    assert kono["speaker_mention"] == "Foreign Minister Taro Kono"
    assert any(d["rule"].startswith("speaker:") for d in kono["made_by"])
