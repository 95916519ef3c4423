"""Words per second of the number recogniser alone (``find_numbers``), one core.

    python benchmarks/numbers_speed.py [--source seeds|conll] [--words 1000000] [--runs 3]

``seeds``: the sample articles repeated; ``conll``: the CoNLL-2003 dev text joined
(../shared/eval/data/conll2003/eng.testa, or $TUIREAD_EVAL_DIR/data/...). Target: >= 1,500,000 words/s.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tuiread.analysis.numbers import find_numbers  # noqa: E402

WORD = re.compile(r"\w+")


def eval_dir() -> Path:
    env = os.environ.get("TUIREAD_EVAL_DIR")
    return Path(env) if env else ROOT.parent / "shared" / "eval"


def conll_text() -> str:
    lines, sent = [], []
    for line in (
        (eval_dir() / "data" / "conll2003" / "eng.testa").read_text(encoding="utf-8").splitlines()
    ):
        if not line.strip() or line.startswith("-DOCSTART-"):
            if sent:
                lines.append(" ".join(sent))
                sent = []
            continue
        sent.append(line.split()[0])
    if sent:
        lines.append(" ".join(sent))
    return "\n".join(lines)


def seeds_text() -> str:
    return "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", choices=("seeds", "conll"), default="seeds")
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    base = seeds_text() if args.source == "seeds" else conll_text()
    n = len(WORD.findall(base))
    text = "\n\n".join([base] * max(1, args.words // max(n, 1)))
    words = len(WORD.findall(text))
    find_numbers(base)  # warm caches and compiled patterns
    times, cpu = [], []
    spans = 0
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        spans = len(find_numbers(text))
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    best, best_cpu = min(times), min(cpu)
    print(
        f"source={args.source} words={words:,} spans={spans:,} "
        f"best={best:.3f}s median={statistics.median(times):.3f}s words/s={words / best:,.0f} "
        f"(CPU time: {words / best_cpu:,.0f} words/s; target 1,500,000)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
