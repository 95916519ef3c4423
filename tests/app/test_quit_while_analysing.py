"""Quitting the app never waits on the analysis: the real app (headless, in its own process)
opens a long article, its analysis helper gets to work, the user quits, and the app exits at
once with the helper gone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

# number-dense text the helper needs many seconds to read
SLOW = "On May 5, 2017 at 5 pm they paid $3-4bn, more than 30 year after year. " * 40_000

APP = """
import sys, time
from pathlib import Path

from tuiread.ingest import parse_article
from tuiread.store import open_store
from tuiread.tui import analysis_worker
from tuiread.tui.app import TuireadApp

store = open_store(Path(sys.argv[1]))
article = parse_article(Path(sys.argv[2]).read_text(encoding="utf-8"), origin="long.txt")
store.library.add(article)
app = TuireadApp(store)


async def read_then_quit(pilot):
    app.open_article(article.id)
    for _ in range(600):
        await pilot.pause(0.05)
        server = analysis_worker._server
        if server is not None and server.alive():
            break
    await pilot.pause(0.5)
    print("helper", analysis_worker._server.process.pid, flush=True)
    print("analysing", app.screen.analysing, flush=True)
    print("quit", time.monotonic(), flush=True)
    await pilot.press("ctrl+q")


app.run(headless=True, auto_pilot=read_then_quit)
print("exited", time.monotonic(), flush=True)
"""


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_quitting_during_a_slow_analysis_exits_at_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    story = tmp_path / "long.txt"
    story.write_text("A long read\n\n" + SLOW, encoding="utf-8")
    env = {**os.environ, "TUIREAD_HOME": str(home), "NO_COLOR": "1"}
    run = subprocess.run(
        [sys.executable, "-c", APP, str(home), str(story)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    lines = dict(line.split(" ", 1) for line in run.stdout.splitlines() if " " in line)
    assert run.returncode == 0, run.stderr[-2000:]
    assert lines["analysing"] == "True", "the analysis ended before the user quit"
    waited = float(lines["exited"]) - float(lines["quit"])
    assert waited < 3.0, f"the app took {waited:.1f} s to quit"
    helper = int(lines["helper"])
    deadline = time.monotonic() + 5
    while _running(helper) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(helper)
