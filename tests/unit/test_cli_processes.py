"""The command line as users run it: real processes, pipes, FIFOs and devices."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tuiread.store import open_store


def tuiread_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "tuiread", *args]


def env_for(home: Path) -> dict[str, str]:
    return dict(os.environ, TUIREAD_HOME=str(home), NO_COLOR="1")


def first_id(home: Path) -> str:
    out = subprocess.run(
        tuiread_cmd("list", "--json"), env=env_for(home), capture_output=True, text=True, check=True
    )
    import json

    return str(json.loads(out.stdout)[0]["id"])


def test_sixty_tag_commands_at_once_keep_all_sixty_tags(home: Path) -> None:
    article = first_id(home)
    procs = [
        subprocess.Popen(
            tuiread_cmd("tag", article[:8], f"p{n}"),
            env=env_for(home),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for n in range(60)
    ]
    errors = [p.communicate()[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 60, errors
    store = open_store(home)
    try:
        tags = store.annotations.article_tags(article)
    finally:
        store.close()
    assert sorted(tags) == sorted(f"p{n}" for n in range(60))


def run_cli(home: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run tuiread; a command that hangs fails the test after 60 s instead of hanging it."""
    return subprocess.run(
        tuiread_cmd(*args),
        env=env_for(home),
        capture_output=True,
        text=True,
        timeout=60,
        **kwargs,  # type: ignore[call-overload]
    )


@pytest.mark.parametrize("command", ["add", "analyze", "import", "opml import"])
@pytest.mark.parametrize("name", ["notes.txt", "pipe"])
def test_a_fifo_as_input_is_refused_without_hanging(
    home: Path, tmp_path: Path, command: str, name: str
) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    result = run_cli(home, *command.split(), str(fifo))
    assert result.returncode == 1
    assert "named pipe (FIFO), not a regular file" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


@pytest.mark.parametrize("command", ["add", "analyze", "import", "opml import"])
def test_a_device_as_input_is_refused(home: Path, command: str) -> None:
    result = run_cli(home, *command.split(), "/dev/zero")
    assert result.returncode == 1
    assert "/dev/zero: is a device, not a regular file" in result.stderr
    assert "MemoryError" not in result.stderr and "internal error" not in result.stderr


def test_a_folder_or_an_empty_path_is_not_a_file(home: Path, tmp_path: Path) -> None:
    result = run_cli(home, "analyze", str(tmp_path))
    assert result.returncode == 1 and "is a folder" in result.stderr
    # import takes a folder only as an Obsidian export: one without notes says so
    result = run_cli(home, "import", str(tmp_path))
    assert result.returncode == 1 and "no Markdown notes (.md) in the folder" in result.stderr
    result = run_cli(home, "analyze", "")
    assert result.returncode == 1
    assert result.stderr == "tuiread: '': an empty path names no file\n"


def test_too_large_inputs_say_the_limit(home: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: no disk used
    result = run_cli(home, "analyze", str(big))
    assert result.returncode == 1
    assert "is too large (51.0 MB; the limit is 50.0 MB)" in result.stderr
    feeds = tmp_path / "feeds.opml"
    with feeds.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    result = run_cli(home, "opml", "import", str(feeds))
    assert result.returncode == 1
    assert "too large for a list of feeds (the limit is 20.0 MB)" in result.stderr


def test_analyze_standard_input_closed_or_not_utf8(home: Path) -> None:
    closed = subprocess.run(
        [*tuiread_cmd("analyze", "-")],
        env=env_for(home),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: os.close(0),
    )
    assert closed.returncode == 1
    assert closed.stderr == "tuiread: standard input: is closed (nothing to read)\n"
    latin1 = subprocess.run(
        tuiread_cmd("analyze", "-", "--json"),
        env=env_for(home),
        input="Café crème in Zürich, said Müller.\n".encode("latin-1"),
        capture_output=True,
        timeout=60,
    )
    assert latin1.returncode == 0, latin1.stderr
    assert "Café crème" in latin1.stdout.decode("utf-8")
    binary = run_cli(home, "analyze", "-", input="\x00\x01\x02 binary\x00" * 100)
    assert binary.returncode == 1 and "binary" in binary.stderr
    assert "internal error" not in binary.stderr


@pytest.mark.parametrize("extra", [(), ("--no-highlights",)])
def test_show_into_a_pipe_closed_early_ends_quietly(
    home: Path, tmp_path: Path, extra: tuple[str, ...]
) -> None:
    """tuiread show X | head -n 1: exit 0 (or 141, killed by SIGPIPE), nothing on stderr."""
    long = tmp_path / "long.txt"
    paragraph = "The minister said on Friday that 12 ships had left Busan for Tokyo. "
    long.write_text("A long article\n\n" + (paragraph * 8 + "\n\n") * 400, encoding="utf-8")
    assert run_cli(home, "add", str(long)).returncode == 0
    proc = subprocess.Popen(
        tuiread_cmd("show", "A long article", *extra),
        env=env_for(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().strip() == b"A long article"
    proc.stdout.close()  # what head does after its line
    err = proc.stderr.read()
    assert proc.wait(timeout=60) in (0, 141, -13)
    assert err == b""
