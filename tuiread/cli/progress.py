"""A progress bar on standard error while the index catches up with the library.

Drawn only when standard error is a terminal (scripts reading the output see nothing of
it), redrawn at most ten times a second, and wiped when the work is done, leaving one line
that says what was done and how long it took.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tuiread.index import ANALYSING, LINKING, READING, WAITING

BAR_WIDTH = 24
_STAGES = {READING: "reading articles", ANALYSING: "analysing", LINKING: "linking names"}


class ProgressBar:
    """A ``Progress`` callback for ``LibraryIndex.update``; ``finish()`` when done."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = (
            enabled
            if enabled is not None
            else bool(getattr(self.stream, "isatty", lambda: False)())
        )
        self.started = time.monotonic()
        self._drawn_at = 0.0
        self._shown = False
        self.counts: dict[str, int] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage in (READING, ANALYSING):
            self.counts[stage] = max(self.counts.get(stage, 0), total)
        if not self.enabled:
            return
        now = time.monotonic()
        if stage != WAITING and done not in (0, total) and now - self._drawn_at < 0.1:
            return
        self._drawn_at = now
        if stage == WAITING:
            line = "index: waiting for another tuiread process that is indexing the library…"
        else:
            filled = round(BAR_WIDTH * done / total) if total else BAR_WIDTH
            bar = "█" * filled + "░" * (BAR_WIDTH - filled)
            percent = round(100 * done / total) if total else 100
            line = (
                f"index: {_STAGES.get(stage, stage):<16} {bar} {done:,}/{total:,} "
                f"{percent:3d}%  {now - self.started:.0f} s"
            )
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        """Wipe the bar; say in one line what was indexed, when anything was."""
        if not self.enabled:
            return
        if self._shown:
            self.stream.write("\r\x1b[2K")
        if self.counts:
            parts = []
            if self.counts.get(READING):
                parts.append(f"{self.counts[READING]:,} read")
            if self.counts.get(ANALYSING):
                parts.append(f"{self.counts[ANALYSING]:,} analysed")
            elapsed = time.monotonic() - self.started
            self.stream.write(f"index: {', '.join(parts)} in {elapsed:.1f} s\n")
        self.stream.flush()
