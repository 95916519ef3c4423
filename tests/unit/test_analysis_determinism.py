"""The engine is deterministic: the same text gives the same spans in every process,
whatever Python's hash seed (set iteration order must never decide a tie)."""

from __future__ import annotations

import os
import subprocess
import sys

TEXT = (
    "Anthony Washington won the discus. MaliVai Washington lost in the second round.\n\n"
    'Washington said: "It was a long day." Magna International Inc and Magna Steel '
    "reported 3,000 jobs on Monday; Magna said it would hire 200 more."
)
PROBE = (
    "import sys\n"
    "from tuiread.analysis import analyze\n"
    "for s in analyze(sys.stdin.read()):\n"
    "    print(s.kind, s.label, s.start, s.end, s.value, s.unit, s.speaker)\n"
)


def _spans_with_seed(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        input=TEXT,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout


def test_same_spans_whatever_the_hash_seed() -> None:
    first = _spans_with_seed("0")
    assert "Washington" in first
    # seeds under which a set-ordered tie between the two Washingtons came out differently
    assert _spans_with_seed("4") == first
    assert _spans_with_seed("6") == first
