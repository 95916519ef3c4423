"""Fixtures shared by every test layer: an isolated TUIREAD_HOME and a seeded library."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty TUIREAD_HOME; nothing a test does touches the user's real library."""
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("TUIREAD_HOME", str(path))
    monkeypatch.setenv("NO_COLOR", "1")
    return path


@pytest.fixture
def store(home: Path) -> Iterator[object]:
    """An open store holding the two sample articles."""
    from tuiread.ingest import parse_article, read_text_file
    from tuiread.ingest.seeds import seed_files
    from tuiread.store import open_store

    opened = open_store(home)
    for path in seed_files():
        opened.library.add(parse_article(read_text_file(path), origin=path.name))
    yield opened
    opened.close()
