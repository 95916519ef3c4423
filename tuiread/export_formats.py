"""The names of the export formats and what they write, apart from the exporters.

The CLI builds its parser from these names on every run, ``tuiread analyze`` included: kept
here, they cost nothing to import, where ``tuiread.export`` loads every renderer and reader.
"""

from __future__ import annotations

FORMATS: tuple[str, ...] = ("markdown", "json", "csv", "w3c", "obsidian")
# Obsidian writes a folder of notes: its "extension" is the folder's default name suffix.
EXTENSIONS: dict[str, str] = {
    "markdown": ".md",
    "obsidian": "",
    "json": ".json",
    "csv": ".csv",
    "w3c": ".jsonld",
}
FOLDER_FORMATS: frozenset[str] = frozenset({"obsidian"})
