"""Annotation store benchmark: 10,000 articles and 50,000 annotations in a temp TUIREAD_HOME.

Prints the median time one save blocks the caller, the median time until it is durable on
disk (fsync'd journal line; with this store a save is durable when it returns, so the two are
the same call), the slowest save (the one that folds the journal into a new snapshot), and the
time to open the store (open_store + summaries() + annotations.all()) in a fresh process.
Targets: <= 5 ms blocking, <= 100 ms durable.

    /work/venv/bin/python benchmarks/annotations.py [--articles 10000] [--annotations 50000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = [
    "the",
    "minister",
    "said",
    "talks",
    "would",
    "resume",
    "in",
    "Tokyo",
    "next",
    "week",
    "while",
    "officials",
    "in",
    "Seoul",
    "and",
    "Washington",
    "weighed",
    "new",
    "sanctions",
    "after",
    "the",
    "launch",
    "of",
    "a",
    "missile",
    "over",
    "the",
    "sea",
    "of",
    "Japan",
    "analysts",
    "expect",
    "markets",
    "to",
    "react",
    "as",
    "prices",
    "rose",
    "three",
    "percent",
    "on",
    "Monday",
]


def article_text(rng: random.Random, words: int) -> str:
    paragraphs = []
    left = words
    while left > 0:
        n = min(left, rng.randint(40, 120))
        paragraphs.append(" ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + ".")
        left -= n
    return "\n\n".join(paragraphs)


def build(home: Path, articles: int, annotations: int) -> list[str]:
    from tuiread.model import Annotation, Article, Selector, sha256_hex
    from tuiread.store import open_store

    rng = random.Random(50_000)
    store = open_store(home)
    batch = []
    texts: dict[str, str] = {}
    for i in range(articles):
        text = article_text(rng, rng.randint(200, 800))
        art = Article(
            id=sha256_hex(f"{i}:{text}")[:16],
            title=f"Dispatch {i:05d}",
            text=text,
            raw=text,
            source="Bench",
            origin=f"bench-{i}.txt",
        )
        batch.append(art)
        if i < 2000:
            texts[art.id] = text
    store.library.add_many(batch)
    ids = list(texts)
    pending = []
    for i in range(annotations):
        aid = ids[i % len(ids)]
        text = texts[aid]
        start = rng.randrange(0, len(text) - 60)
        sel = Selector.from_text(text, start, start + rng.randint(10, 60))
        pending.append(Annotation.new(aid, note=f"note {i}", tags=[f"tag{i % 50}"], selector=sel))
        if len(pending) == 5000:
            store.annotations.save_many(pending)
            pending = []
    if pending:
        store.annotations.save_many(pending)
    store.close()
    return ids


OPEN_SNIPPET = """
import sys, time
t0 = time.perf_counter()
from tuiread.store import open_store
t1 = time.perf_counter()
s = open_store()
t2 = time.perf_counter()
n = len(s.library.summaries())
t3 = time.perf_counter()
o = s.annotations.overview()
w = s.annotations.article_ids_with_notes()
g = s.annotations.tags()
t4 = time.perf_counter()
m = len(s.annotations.all())
t5 = time.perf_counter()
print(f"{(t1-t0)*1000:.1f} {(t2-t1)*1000:.1f} {(t3-t2)*1000:.1f} {(t4-t3)*1000:.1f} {(t5-t4)*1000:.1f} {n} {m}")
s.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--annotations", type=int, default=50_000)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tuiread-bench-") as tmp:
        home = Path(tmp) / "home"
        os.environ["TUIREAD_HOME"] = str(home)
        t = time.perf_counter()
        ids = build(home, args.articles, args.annotations)
        print(
            f"built {args.articles} articles, {args.annotations} annotations in {time.perf_counter() - t:.1f} s"
        )
        size = sum(p.stat().st_size for p in home.glob("*.json"))
        print(f"library.json + annotations.json: {size / 1e6:.1f} MB")

        opens = []
        for _ in range(5):
            out = subprocess.run(
                [sys.executable, "-c", OPEN_SNIPPET],
                capture_output=True,
                text=True,
                env=os.environ,
                check=True,
            ).stdout.split()
            opens.append([float(x) for x in out[:5]])
        imp, opn, summ, over, anns = (statistics.median(col) for col in zip(*opens, strict=True))
        print(
            f"open (fresh process, median of 5): import {imp:.0f} ms, open_store {opn:.0f} ms, "
            f"summaries() {summ:.0f} ms, overview()+tags()+notes {over:.0f} ms"
            f" -> library list data ready {imp + opn + summ + over:.0f} ms after start"
        )
        print(
            f"annotations.all() (decodes all {args.annotations}, not needed to start): {anns:.0f} ms"
        )

        from tuiread.model import Annotation
        from tuiread.store import open_store

        t = time.perf_counter()
        store = open_store(home)
        print(f"open_store in this process: {(time.perf_counter() - t) * 1000:.0f} ms")
        rng = random.Random(7)
        blocking = []
        for i in range(args.saves):
            annotation = Annotation.new(rng.choice(ids), note=f"bench save {i}", tags=["bench"])
            t = time.perf_counter()
            store.annotations.save(annotation)  # returns once the journal line is fsync'd
            blocking.append((time.perf_counter() - t) * 1000)
        edits = []
        for annotation in store.annotations.all()[:100]:
            t = time.perf_counter()
            store.annotations.save(annotation.edited(note="edited"))
            edits.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        store.compact()
        compact = (time.perf_counter() - t) * 1000
        store.close()

        blocking.sort()
        median = statistics.median(blocking)
        p95 = blocking[int(len(blocking) * 0.95)]
        print(
            f"save, median time blocking the caller: {median:.2f} ms (p95 {p95:.2f} ms, max {blocking[-1]:.2f} ms)"
            f"  target <= 5 ms"
        )
        print(
            f"save, median time until durable on disk: {median:.2f} ms (fsync'd before save() returns)"
            f"  target <= 100 ms"
        )
        print(f"edit of an existing annotation, median: {statistics.median(edits):.2f} ms")
        print(
            f"compaction of the journal into a new snapshot ({args.annotations} annotations): {compact:.0f} ms"
        )


if __name__ == "__main__":
    main()
