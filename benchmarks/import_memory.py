"""Import of a large export: peak memory and time of ``tuiread import`` (target < 200 MB).

Usage: python benchmarks/import_memory.py [--annotations 100000] [--articles 2000]
                                          [--formats w3c json hypothesis]

Writes ``--annotations`` annotations over ``--articles`` articles (the export benchmark's
made-up articles and notes) as a tuiread W3C export (an AnnotationCollection), a tuiread json
export and a Hypothesis client export (rows targeting the articles' URLs), then for each
format imports it with ``tuiread import`` in a fresh process into a library that holds the
articles: once into a library without the annotations (all added), once again (all
unchanged). Prints the file size, wall-clock and CPU seconds and the peak resident memory of
the importing process: its own VmHWM (the high-water mark of its address space, which starts
afresh at exec; ru_maxrss of a child would count this script's memory it was forked from).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from export import make_annotations, make_articles  # noqa: E402

from tuiread.export import ExportData, render_data  # noqa: E402
from tuiread.model import Annotation, Article  # noqa: E402
from tuiread.store import open_store  # noqa: E402

TARGET_MB = 200
# Runs the command line, then reports the process's peak resident memory on stderr.
CHILD = """
import sys
from tuiread.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
with open("/proc/self/status") as fh:
    peak = next(line.split()[1] for line in fh if line.startswith("VmHWM:"))
print("PEAK_KB", peak, file=sys.stderr)
sys.exit(code)
"""


def hypothesis_export(articles: list[Article], annotations: list[Annotation]) -> str:
    by_id = {a.id: a for a in articles}
    rows = []
    for ann in annotations:
        art = by_id[ann.article_id]
        target: dict[str, object] = {"source": art.url}
        if ann.selector is not None:
            s = ann.selector
            target["selector"] = [
                {"type": "TextPositionSelector", "start": s.start, "end": s.end},
                {
                    "type": "TextQuoteSelector",
                    "exact": s.exact,
                    "prefix": s.prefix,
                    "suffix": s.suffix,
                },
            ]
        rows.append(
            {
                "id": ann.id.replace("-", "")[:22],
                "created": ann.created,
                "updated": ann.modified,
                "user": "acct:reader@hypothes.is",
                "uri": art.url,
                "text": ann.note or "",
                "tags": list(ann.tags),
                "group": "__world__",
                "target": [target],
                "document": {"title": [art.title]},
            }
        )
    return json.dumps(
        {
            "export_date": "2026-01-03T00:00:00.000Z",
            "export_userid": "acct:reader@hypothes.is",
            "client_version": "1.1400.0",
            "annotations": rows,
        },
        ensure_ascii=False,
    )


def run_import(home: Path, path: Path) -> tuple[float, float, float, str]:
    """(wall s, cpu s, peak MB, summary's first line) of one ``tuiread import`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "import", "--home", str(home), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"import failed: {done.stderr.strip()}")
    peak_kb = next(int(w.split()[1]) for w in done.stderr.splitlines() if w.startswith("PEAK_KB"))
    return wall, cpu, peak_kb / 1024, done.stdout.splitlines()[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--formats", nargs="+", default=["w3c", "json", "hypothesis"])
    args = parser.parse_args()

    rng = random.Random(7)
    articles = [
        replace(a, url=f"https://news.example.com/story/{a.id}")
        for a in make_articles(args.articles, rng)
    ]
    annotations = make_annotations(articles, args.annotations, rng)
    data = ExportData([a.summary() for a in articles], annotations)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{len(annotations):,} annotations over {len(articles):,} articles; "
        f"{os.cpu_count()} CPUs, load average {load:.1f} (wall time grows with load)"
    )
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base = root / "base"
        base.mkdir()
        with open_store(base) as store:
            store.library.add_many(articles)
        for fmt in args.formats:
            path = root / f"export.{fmt}.json"
            if fmt == "hypothesis":
                path.write_text(hypothesis_export(articles, annotations), encoding="utf-8")
            else:
                path.write_text(render_data(fmt, data), encoding="utf-8")
            size = path.stat().st_size / 2**20
            home = root / f"lib-{fmt}"
            shutil.copytree(base, home)
            for label in ("into a library without them", "again (nothing new)"):
                wall, cpu, peak, summary = run_import(home, path)
                worst = max(worst, peak)
                print(
                    f"  {fmt:<10} {size:6.1f} MB file, {label:<28} {wall:6.2f} s "
                    f"(cpu {cpu:5.2f} s)  peak {peak:6.1f} MB  | {summary}"
                )
    verdict = "PASS" if worst < TARGET_MB else "OVER"
    print(f"{verdict} peak {worst:.0f} MB (target < {TARGET_MB} MB)")
    return 0 if worst < TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
