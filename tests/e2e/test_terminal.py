"""Drive the installed `tuiread` in a real terminal (tmux), as a new user would.

These tests start the console script from the same environment pytest runs in, in a fresh
TUIREAD_HOME, and read the screen with `tmux capture-pane`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

TUIREAD = Path(sys.executable).with_name("tuiread")
SEED_TITLES = (
    "Japan, S Korea, US Agree to Enhance Cooperation",
    "Japan, SKorea, US agree to increase pressure on NKorea",
)

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
needs_script = pytest.mark.skipif(
    not TUIREAD.exists(), reason="the tuiread console script is not installed"
)


class Terminal:
    """One tmux session running a command; screen reads and key presses."""

    def __init__(
        self, command: str, env: dict[str, str], width: int = 120, height: int = 36
    ) -> None:
        self.name = f"tuiread-e2e-{uuid.uuid4().hex[:8]}"
        self.status = Path(env["TUIREAD_HOME"]) / "exit-status"
        exports = " ".join(f"{k}={_quote(v)}" for k, v in env.items())
        shell = f"env {exports} {command}; echo $? > {_quote(str(self.status))}; sleep 30"
        subprocess.run(
            [
                "tmux",
                "new-session",
                "-d",
                "-s",
                self.name,
                "-x",
                str(width),
                "-y",
                str(height),
                shell,
            ],
            check=True,
        )

    def screen(self) -> str:
        out = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        )
        return out.stdout

    def wait_for(self, *needles: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if all(n in screen for n in needles):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{needles!r} not on screen after {timeout}s:\n{screen}")

    def wait_gone(self, needle: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        screen = self.screen()
        while needle in screen and time.monotonic() < deadline:
            time.sleep(0.1)
            screen = self.screen()
        assert needle not in screen, f"{needle!r} still on screen after {timeout}s:\n{screen}"
        return screen

    def press(self, *keys: str) -> None:
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)
            time.sleep(0.15)

    def exit_status(self, timeout: float = 10.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.status.exists() and self.status.read_text().strip():
                return int(self.status.read_text())
            time.sleep(0.1)
        raise AssertionError(f"tuiread did not exit; screen:\n{self.screen()}")

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"


@pytest.fixture
def terminal_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {
        "TUIREAD_HOME": str(home),
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
    }


@pytest.fixture
def terminal(terminal_env: dict[str, str]) -> Iterator[Terminal]:
    term = Terminal(str(TUIREAD), terminal_env)
    try:
        yield term
    finally:
        term.close()


@needs_tmux
@needs_script
def test_first_run_opens_the_sample_library_reads_an_article_and_quits(terminal: Terminal) -> None:
    # Both sample titles on the first screen of a first run.
    terminal.wait_for(*(t[:40] for t in SEED_TITLES))
    # j then enter: the reader shows the body of the second article, not its page furniture.
    terminal.press("j", "Enter")
    screen = terminal.wait_for("Senior officials from Japan")
    assert "Be the first to comment" not in screen
    assert "UYARI" not in screen
    # ? lists the bindings.
    terminal.press("?")
    terminal.wait_for("reader.next_highlight")
    terminal.press("Escape")
    # An escape with a key right behind it reads as alt+key: wait for help to close first.
    terminal.wait_gone("reader.next_highlight")
    # q goes back to the library, q again quits with status 0.
    terminal.press("q")
    terminal.wait_for(SEED_TITLES[0][:40])
    terminal.press("q")
    assert terminal.exit_status() == 0


@needs_tmux
@needs_script
def test_a_note_made_in_the_app_is_there_after_a_restart(terminal_env: dict[str, str]) -> None:
    first = Terminal(str(TUIREAD), terminal_env)
    try:
        first.wait_for(SEED_TITLES[0][:40])
        first.press("Enter")
        first.wait_for("Seoul, Tokyo, and Washington")
        first.press("A")  # a note on the whole article
        # The dialog's own words: "Note" is in the reader's footer already, and text typed
        # before the dialog is up would go to the reader as keys (a loaded machine shows it).
        first.wait_for("Tags (comma or space separated)")
        first.press("-l", "checked against the Yonhap wire")
        first.wait_for("checked against the Yonhap wire")
        first.press("C-s")
        first.wait_for("Saved")  # the notice ("It has not been saved." would match "aved")
        first.press("q", "q")
        assert first.exit_status() == 0
    finally:
        first.close()
    out = subprocess.run(
        [str(TUIREAD), "annotations", "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, **terminal_env},
        check=True,
    )
    assert "checked against the Yonhap wire" in out.stdout


@needs_script
def test_the_command_line_round_trip(terminal_env: dict[str, str], tmp_path: Path) -> None:
    env = {**os.environ, **terminal_env, "NO_COLOR": "1"}

    def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [str(TUIREAD), *args], capture_output=True, text=True, env=env, timeout=60
        )
        if ok:
            assert proc.returncode == 0, proc.stderr
        return proc

    listed = run("list").stdout
    assert all(t[:30] in listed for t in SEED_TITLES)
    run(
        "note",
        "NKorea",
        "Blinken's line matters",
        "--quote",
        "We will not accept",
        "--tag",
        "sanctions",
    )
    run("tag", "NKorea", "korea", "japan")
    shown = run("show", "NKorea").stdout
    assert "Blinken's line matters" in shown and "#korea" in shown
    out = tmp_path / "notes.json"
    run("export", "--format", "json", "-o", str(out))
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    env["TUIREAD_HOME"] = str(fresh)
    imported = run("import", str(out))
    assert "added" in imported.stdout
    assert "Blinken's line matters" in run("annotations").stdout
    bad = run("add", str(tmp_path / "missing.txt"), ok=False)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
