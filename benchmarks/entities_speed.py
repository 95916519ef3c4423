#!/usr/bin/env python3
"""Words per second of the entity recogniser alone (find_entities), on one core.

    /work/venv/bin/python benchmarks/entities_speed.py [CONLL_FILE]

Texts: the CoNLL-2003 dev file rebuilt as documents (tokens joined by spaces, as the scorer
does), and the sample articles in seeds/ repeated.  Best of seven runs, CPU time of this
process (other load on the machine skews it less); words = \\w+ runs.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tuiread.analysis.entities import clear_caches, find_entities  # noqa: E402

DEFAULT_CONLL = ROOT.parent / "shared" / "eval" / "data" / "conll2003" / "eng.testa"
WORD = re.compile(r"\w+")


def conll_documents(path: Path) -> list[str]:
    docs: list[str] = []
    lines: list[str] = []
    sent: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        parts = raw.split()
        if not parts or parts[0] == "-DOCSTART-":
            if sent:
                lines.append(" ".join(sent))
                sent = []
            if parts and lines:
                docs.append("\n".join(lines))
                lines = []
            continue
        sent.append(parts[0])
    if sent:
        lines.append(" ".join(sent))
    if lines:
        docs.append("\n".join(lines))
    return docs


def measure(name: str, docs: list[str], runs: int = 7) -> None:
    words = sum(len(WORD.findall(d)) for d in docs)
    for state in ("cold", "warm"):
        best = float("inf")
        for _ in range(runs):
            if state == "cold":
                # the recogniser caches run plans and word scores across calls: start empty
                clear_caches()
            t0 = time.process_time()
            for d in docs:
                find_entities(d)
            best = min(best, time.process_time() - t0)
        print(
            f"{name:28} {state:4} {words:>9,} words {best * 1000:8.1f} ms"
            f" {words / best:>12,.0f} words/s"
        )


def main() -> int:
    conll = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CONLL
    if conll.exists():
        measure(f"CoNLL dev ({conll.name})", conll_documents(conll))
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if seeds:
        measure("seeds x200 (one text each)", [s * 200 for s in seeds])
    return 0


if __name__ == "__main__":
    sys.exit(main())
