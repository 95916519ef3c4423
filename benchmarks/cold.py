"""How long a cold ``tuiread analyze FILE --json`` takes: a new process that loads the
engine, analyses one article and prints its spans, the way a script or a one-off call pays.

Runs the installed console script (or ``python -m tuiread`` with --module) on a sample
article several times and prints the median wall-clock and CPU seconds of the process; with
spaCy installed, it also times a new process that loads ``en_core_web_sm`` and analyses the
same article, and prints the ratio. Target: at most 0.4 of spaCy's load-and-analyse (about
1 s on the 2-core machines here), so 0.35 s or less.

    python benchmarks/cold.py [--runs 7] [--file seeds/000_....txt]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPACY = """
import sys, spacy
nlp = spacy.load("en_core_web_sm")
doc = nlp(open(sys.argv[1], encoding="utf-8").read())
print(len(doc.ents))
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def median_of(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    timed(cmd, env)  # the first run fills the OS file cache (and writes .pyc files)
    walls, cpus = zip(*(timed(cmd, env) for _ in range(runs)), strict=True)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--file", type=Path, default=next(iter(sorted((ROOT / "seeds").glob("*.txt")))))
    ap.add_argument("--module", action="store_true", help="run python -m tuiread")
    args = ap.parse_args(argv)

    script = shutil.which("tuiread") or str(Path(sys.executable).with_name("tuiread"))
    base = (
        [sys.executable, "-m", "tuiread"] if args.module or not Path(script).exists() else [script]
    )
    with tempfile.TemporaryDirectory() as home:
        # an installed package has its bytecode compiled (pip does it): let the first run
        # write it here too, as PYTHONDONTWRITEBYTECODE would have every run recompile
        env = {**os.environ, "TUIREAD_HOME": home}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        wall, cpu = median_of([*base, "analyze", str(args.file), "--json"], env, args.runs)
        print(
            f"tuiread analyze --json  median wall {wall:6.3f} s  CPU {cpu:6.3f} s  "
            f"({args.runs} cold runs of {args.file.name})",
            flush=True,
        )
        try:
            import spacy  # noqa: F401
        except ImportError:
            print("spaCy is not installed: compare with ~1 s for its load-and-analyse here")
            return 0
        s_wall, s_cpu = median_of([sys.executable, "-c", SPACY, str(args.file)], env, args.runs)
        print(f"spaCy sm load+analyse  median wall {s_wall:6.3f} s  CPU {s_cpu:6.3f} s")
        print(f"ratio (target <= 0.4)  wall {wall / s_wall:5.2f}  CPU {cpu / s_cpu:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
