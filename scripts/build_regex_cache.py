#!/usr/bin/env python3
"""Compile the analysis engine's regular expressions into tuiread/analysis/data/regex.cache.

Run after any change to a pattern of the engine (numbers grammar, word lists the patterns are
built from, entity, date or quote patterns) with the Python the project is built and tested
with; a stale or foreign entry is ignored (that pattern is then compiled at start-up), and
tests/unit/test_regex_cache.py says when the cache is stale.

    python scripts/build_regex_cache.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tuiread.analysis import analyze, compiled
from tuiread.analysis.numbers.grammar import shipped_patterns

ROOT = Path(__file__).resolve().parent.parent
# text that makes the engine compile what it compiles on first use (currency codes, letters
# only case folding reads, numbers read by their head)
SAMPLE = "It paid USD 5 and 5bnUSD on May 5, 2017, six minutes past ſeven, 40 deg celsius. "


def main() -> int:
    start = time.perf_counter()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        analyze(path.read_text(encoding="utf-8"))
    analyze(SAMPLE)
    patterns = {p: None for p in [*shipped_patterns(), *compiled.asked()]}
    size = compiled.write_cache(patterns)
    took = time.perf_counter() - start
    print(
        f"{compiled.CACHE}: {len(patterns)} patterns, {size:,} bytes "
        f"for Python {compiled.ENGINE[0]} ({took:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
