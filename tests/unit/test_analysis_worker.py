"""The reader's analysis helper process gives the same spans as the engine, and falls back
to analysing in the calling thread when the helper cannot run."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

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


# ------------------------------------------------------------------ stopping the helper

# a text that keeps the helper busy for seconds: dense with numbers and dates
SLOW = "On May 5, 2017 at 5 pm they paid $3-4bn, more than 30 year after year. " * 40_000


def _gone(pid: int, within: float = 5.0) -> bool:
    """True once no process ``pid`` runs (reaped or never a zombie for long)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        try:  # a child of ours that has exited but is not yet reaped counts as gone
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done == pid:
                return True
        except ChildProcessError:
            pass
        time.sleep(0.05)
    return False


def _busy_helper(stop: threading.Event | None = None) -> tuple[threading.Thread, list[object]]:
    """A thread analysing SLOW through the helper; its outcome lands in the returned list."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(
                analysis_worker.analyze_off_process(
                    SLOW, cancelled=(stop.is_set if stop is not None else None)
                )
            )
        except Exception as exc:  # noqa: BLE001 - the test looks at what came out
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    for _ in range(200):
        server = analysis_worker._server
        if server is not None and server.alive():
            break
        time.sleep(0.02)
    time.sleep(0.3)  # the helper has the text and is reading it
    assert not outcome, "the slow analysis finished before it could be stopped"
    return thread, outcome


def test_shutdown_stops_a_slow_analysis_at_once() -> None:
    thread, outcome = _busy_helper()
    server = analysis_worker._server
    assert server is not None
    pid = server.process.pid
    started = time.monotonic()
    analysis_worker.shutdown()
    thread.join(timeout=5)
    assert not thread.is_alive() and time.monotonic() - started < 2.0
    assert isinstance(outcome[0], analysis_worker.AnalysisCancelled)
    assert _gone(pid)
    # the next article gets a new helper
    assert analysis_worker.analyze_off_process(TEXT) == analyze(TEXT)


def test_a_cancelled_caller_stops_the_helper() -> None:
    stop = threading.Event()
    thread, outcome = _busy_helper(stop)
    server = analysis_worker._server
    assert server is not None
    pid = server.process.pid
    stop.set()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert isinstance(outcome[0], analysis_worker.AnalysisCancelled)
    assert _gone(pid) and analysis_worker._server is None


_ORPHAN = """
import sys, time
from tuiread.tui import analysis_worker
server = analysis_worker._Server()
analysis_worker._write(server.process.stdin, sys.stdin.read())
print(server.process.pid, flush=True)
time.sleep(60)
"""


def test_the_helper_exits_when_the_app_dies() -> None:
    """The app killed outright (no chance to stop its helper): the helper ends by itself."""
    app = subprocess.Popen(
        [sys.executable, "-c", _ORPHAN],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert app.stdin is not None and app.stdout is not None
    app.stdin.write(SLOW)
    app.stdin.close()
    helper = int(app.stdout.readline())
    time.sleep(0.3)
    app.kill()
    app.wait()
    assert _gone(helper, within=5.0)
