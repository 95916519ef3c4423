"""The reader's analysis helper process resolves dates against the date it is given."""

from __future__ import annotations

from datetime import date

import pytest

from tuiread.analysis import analyze
from tuiread.tui import analysis_worker

TEXT = "The minister said last month that talks would last two weeks."


@pytest.fixture(autouse=True)
def fresh_helper():
    analysis_worker.shutdown()
    analysis_worker._failures = 0
    yield
    analysis_worker.shutdown()
    analysis_worker._failures = 0


def test_the_helper_passes_the_published_date_through() -> None:
    published = date(2017, 9, 15)
    spans = analysis_worker.analyze_off_process(TEXT, published)
    assert analysis_worker._server is not None  # answered by the helper process
    assert spans == analyze(TEXT, published=published)
    assert {s.text: s.value for s in spans if s.kind == "number"}["last month"] == "2017-08"
    undated = analysis_worker.analyze_off_process(TEXT)
    assert {s.text: s.value for s in undated if s.kind == "number"}["last month"] is None
