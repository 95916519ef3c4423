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


@pytest.fixture
def library(home: Path) -> Path:
    first_id(home)  # seeds the library
    return home
