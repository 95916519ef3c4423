"""The command line as users run it: real processes, pipes, FIFOs and devices."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

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


def run_into_closed_pipe(home: Path, *args: str) -> tuple[int, bytes]:
    """Run tuiread with its output on a pipe nobody reads any more (`| head -c0`): the
    read end is closed before it starts, so its first write to stdout fails."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(
            tuiread_cmd(*args),
            env=env_for(home),
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    finally:
        os.close(write_end)
    return proc.returncode, proc.stderr


STORY = (
    "Ships leave Busan\n\n"
    "Kim Min-jun, the mayor of Busan, said on 3 March 2024 that 12 ships had left for Tokyo. "
    '"We are ready for more," Kim said.\n'
)


def _articles(home: Path) -> list[Any]:
    store = open_store(home)
    try:
        return list(store.library.summaries())
    finally:
        store.close()


def test_write_commands_into_a_closed_pipe_end_quietly_and_still_save(
    home: Path, tmp_path: Path
) -> None:
    """`tuiread add FOLDER | head -c0`, `tuiread note ... | head -c0` and the like: exit 0
    (or 141), no traceback, and all the command was asked to save is saved, even when its
    output outgrows the buffer and the write fails halfway through."""
    folder = tmp_path / "stories"
    folder.mkdir()
    title = "A story with a title long enough to fill the output buffer quickly, number"
    for n in range(200):
        (folder / f"s{n:03}.txt").write_text(f"{title} {n}\n\nBody {n}.\n", encoding="utf-8")
    code, err = run_into_closed_pipe(home, "add", str(folder))
    assert code in (0, 141, -13)
    assert err == b"200 added, 0 skipped, 0 failed\n"
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert run_into_closed_pipe(home, "add", str(story))[0] == 0
    article = first_id(home)
    for args in (
        ("note", article[:8], "written into a closed pipe"),
        ("tag", article[:8], "piped"),
    ):
        code, err = run_into_closed_pipe(home, *args)
        assert code in (0, 141, -13) and err == b"", (args, code, err)
    exported = tmp_path / "notes.json"
    assert run_cli(home, "export", "--format", "json", "-o", str(exported)).returncode == 0
    code, err = run_into_closed_pipe(home, "import", str(exported))
    assert code in (0, 141, -13) and err == b"", err
    store = open_store(home)
    try:
        notes = [a.note for a in store.annotations.for_article(article)]
        tags = store.annotations.article_tags(article)
    finally:
        store.close()
    assert "written into a closed pipe" in notes
    assert "piped" in tags


@pytest.mark.parametrize(
    "args",
    [
        ("search", "Busan", "--json"),
        ("entities", "--json"),
        ("quotes", "--json"),
        ("timeline", "--json"),
        ("index", "--json"),
        ("export", "--format", "json"),
        ("entities",),
        ("timeline",),
    ],
)
def test_read_commands_into_a_closed_pipe_end_quietly(
    home: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """`tuiread search X --json | head -n1` (and the other views): no traceback, no
    'Exception ignored' at exit, exit 0 or 141."""
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    assert run_cli(home, "add", str(story)).returncode == 0
    assert run_cli(home, "note", first_id(home)[:8], "a note to export").returncode == 0
    code, err = run_into_closed_pipe(home, *args)
    assert code in (0, 141, -13), err
    assert err == b""
