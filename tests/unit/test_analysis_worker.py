"""The reader's analysis helper process gives the same spans as the engine, and falls back
to analysing in the calling thread when the helper cannot run."""

from __future__ import annotations

import subprocess

import pytest

from tuiread.analysis import analyze
from tuiread.tui import analysis_worker

TEXT = (
    'TOKYO (Sputnik) — Taro Kono said on Friday that "the missile flew 250 kilometers," '
    "according to Kyodo News. [bold]x[/] \x1b[31m 日本語 😀"
)


@pytest.fixture(autouse=True)
def fresh_helper():
    analysis_worker.shutdown()
    analysis_worker._failures = 0
    yield
    analysis_worker.shutdown()
    analysis_worker._failures = 0


def test_the_helper_process_answers_like_the_engine() -> None:
    assert analysis_worker.analyze_off_process(TEXT) == analyze(TEXT)
    assert analysis_worker._server is not None and analysis_worker._server.alive()
    # The same process answers the next article.
    pid = analysis_worker._server.process.pid
    assert analysis_worker.analyze_off_process("") == []
    assert analysis_worker._server.process.pid == pid


def test_a_helper_that_cannot_start_falls_back_to_this_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args, **kwargs):
        raise OSError("no processes for you")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    assert analysis_worker.analyze_off_process(TEXT) == analyze(TEXT)
    assert analysis_worker._failures == 1


def test_a_helper_that_dies_is_replaced() -> None:
    analysis_worker.analyze_off_process("warm up")
    analysis_worker._server.process.kill()
    analysis_worker._server.process.wait()
    assert analysis_worker.analyze_off_process(TEXT) == analyze(TEXT)
