"""Files -> Article records: reading, decoding, cleaning, title/source/place/date detection and
page-furniture detection. Pure: no Textual, no store."""

from __future__ import annotations

from tuiread.ingest.parse import parse_article
from tuiread.ingest.reading import (
    MAX_BYTES,
    IngestError,
    normalise_newlines,
    read_stdin,
    read_text_file,
)
from tuiread.ingest.sources import SUFFIXES, Loaded, iter_sources

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "IngestError",
    "Loaded",
    "iter_sources",
    "normalise_newlines",
    "parse_article",
    "read_stdin",
    "read_text_file",
]
