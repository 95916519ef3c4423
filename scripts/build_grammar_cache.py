#!/usr/bin/env python3
"""Compile the numbers grammar and store its code in tuiread/analysis/numbers/data/grammar.cache.

Run after any change to the grammar (patterns, word lists) with the Python the project is
built and tested with; a stale or foreign cache is ignored (the grammar is then compiled at
start-up, ~1 s), and tests/unit/test_numbers_rules.py says when it is stale.

    python scripts/build_grammar_cache.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tuiread.analysis.numbers import compiled, find_numbers
from tuiread.analysis.numbers.grammar import shipped_patterns

ROOT = Path(__file__).resolve().parent.parent
# text that makes the engine compile what it compiles on first use (currency codes, letters
# only case folding reads, numbers read by their head)
SAMPLE = "It paid USD 5 and 5bnUSD on May 5, 2017, six minutes past ſeven, 40 deg celsius. "


def main() -> int:
    start = time.perf_counter()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        find_numbers(path.read_text(encoding="utf-8"))
    find_numbers(SAMPLE)
    patterns = {p: None for p in [*shipped_patterns(), *compiled.asked()]}
    size = compiled.write_cache(patterns)
    took = time.perf_counter() - start
    print(f"{compiled.CACHE}: {size:,} bytes for Python {compiled.ENGINE[0]} ({took:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
