"""Where the sample articles are: inside the installed package, or in a source checkout."""

from __future__ import annotations

from pathlib import Path

import tuiread

_PACKAGE = Path(tuiread.__file__).resolve().parent


def seed_files() -> list[Path]:
    """The sample articles shipped with tuiread, in name order (empty if none are found)."""
    for folder in (_PACKAGE / "seeds", _PACKAGE.parent / "seeds"):
        files = sorted(p for p in folder.glob("*.txt") if p.is_file())
        if files:
            return files
    return []
