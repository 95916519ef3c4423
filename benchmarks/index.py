"""How the library-wide index behaves at scale: first indexing, then every query.

Builds a library of 10,000 news articles in a temporary TUIREAD_HOME (paragraphs of the real
news stories shipped in ../shared/eval and the samples, recombined, each with its own title,
source and date), then prints:
  - the time to index it the first time: the full-text pass, the analysis pass (the engine
    on every article, results kept in the span cache), linking the entity names;
  - the median time of each query (search, entities, an entity's articles, quotes, the
    timeline), of the reader's cached-spans lookup, and of a no-op update;
  - the wall time of whole commands, as a user runs them: a second `tuiread entities`,
    `tuiread search`, `tuiread timeline --entity`;
  - the cost of keeping up: one article added, then indexed again;
  - the size of index.sqlite.

    python benchmarks/index.py [--articles 10000] [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "data"
SOURCES = ["Reuters", "AP", "AFP", "BBC", "The Guardian", "Yonhap", "Sputnik", "UPI", "NPR"]
_TAG = re.compile(r"<[^>]+>")


def paragraphs() -> list[str]:
    """Paragraphs of real news: PolNeAR and TimeML stories, and the samples."""
    texts: list[str] = []
    for path in sorted((EVAL / "polnear").rglob("*.txt")):
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
    for path in sorted((EVAL / "timeml").rglob("*.tml")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        texts.append(_TAG.sub("", body))
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for text in texts:
        for part in re.split(r"\n\s*\n|\n", text):
            part = " ".join(part.split())
            if len(part) >= 80:
                found.append(part)
    return found


def build_articles(count: int, seed: int = 7) -> list[object]:
    from tuiread.model import Article

    rng = random.Random(seed)
    pool = paragraphs()
    articles = []
    for n in range(count):
        body = rng.sample(pool, rng.randint(6, 14))
        first = re.split(r"(?<=[.!?])\s", body[0], maxsplit=1)[0][:90]
        year, month, day = rng.randint(1998, 2017), rng.randint(1, 12), rng.randint(1, 28)
        articles.append(
            Article(
                id=f"{n:016x}",
                title=f"{first} ({n})",
                text="\n\n".join(body),
                source=rng.choice(SOURCES),
                date=f"{year}-{month:02d}-{day:02d}",
                origin=f"bench-{n}.txt",
            )
        )
    return articles


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def wall_s(argv: list[str], home: Path) -> float:
    env = {**os.environ, "TUIREAD_HOME": str(home), "NO_COLOR": "1"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tuiread", *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the library here and keep it")
    args = parser.parse_args()

    from tuiread.index import LibraryIndex
    from tuiread.model import Article
    from tuiread.store import open_store

    home = args.keep or Path(tempfile.mkdtemp(prefix="tuiread-index-bench-"))
    home.mkdir(parents=True, exist_ok=True)
    try:
        print(f"library: {args.articles:,} articles in {home}")
        start = time.perf_counter()
        articles = build_articles(args.articles)
        store = open_store(home)
        for at in range(0, len(articles), 1000):
            store.library.add_many(articles[at : at + 1000])  # type: ignore[arg-type]
        words = sum(a.word_count for a in articles)  # type: ignore[attr-defined]
        print(f"  built and stored in {time.perf_counter() - start:.1f} s ({words:,} words)")

        index = LibraryIndex(store)
        stages: dict[str, list[float]] = {}

        def progress(stage: str, done: int, total: int) -> None:
            now = time.perf_counter()
            times = stages.setdefault(stage, [now, now])
            times[1] = now

        print("first indexing")
        start = time.perf_counter()
        index.update_text(progress)
        text_s = time.perf_counter() - start
        start = time.perf_counter()
        index.update_analysis(progress)
        analysis_s = time.perf_counter() - start
        linking = stages.get("linking", [0.0, 0.0])
        print(f"  full text (FTS5)          {text_s:7.1f} s")
        print(f"  analysis + span cache     {analysis_s - (linking[1] - linking[0]):7.1f} s")
        print(f"  linking entity names      {linking[1] - linking[0]:7.1f} s")
        print(f"  index.sqlite              {index.db.size() / 1e6:7.1f} MB")

        runs = args.runs
        queries: list[tuple[str, Callable[[], object]]] = [
            ("no-op update (all current)", lambda: index.update()),
            ("search: a common word", lambda: index.search("said").hits(0, 50)),
            ("search: a rare word", lambda: index.search("Kilroy-Silk OR Pyongyang").hits(0, 50)),
            ('search: "a phrase"', lambda: index.search('"prime minister"').hits(0, 50)),
            ("search: prefix* NOT", lambda: index.search("sanction* -Iran").hits(0, 50)),
            ("search: word since:2010", lambda: index.search("oil since:2010").hits(0, 50)),
            ("entities (all)", lambda: index.entities()),
            ("entities --label PERSON", lambda: index.entities("PERSON")),
        ]
        top = index.entities("PERSON", 1)
        name = top[0].name if top else "Clinton"
        queries += [
            (
                f"an entity's articles ({name})",
                lambda: index.entity_articles([e.id for e in index.find_entities(name)]),
            ),
            ("quotes (all)", lambda: index.quotes()),
            (f"quotes --speaker {name}", lambda: index.quotes(speaker=name)),
            ("timeline (all)", lambda: index.timeline()),
            (
                f"timeline --entity {name}",
                lambda: index.timeline([e.id for e in index.find_entities(name)]),
            ),
        ]
        sample = store.library.get(articles[len(articles) // 2].id)  # type: ignore[attr-defined]
        queries.append(("reader: cached spans of one", lambda: index.cached_spans(sample)))
        print(f"queries (median of {runs}, in the process)")
        for label, fn in queries:
            ms, result = median_ms(fn, runs)
            size = f"{len(result):,} rows" if isinstance(result, list) else ""
            print(f"  {label:<40} {ms:8.1f} ms  {size}")

        print("whole commands (wall time, a new process each)")
        for argv in (
            ["entities", "--limit", "20"],
            ["entities", "--json"],
            ["search", "Pyongyang", "--limit", "20"],
            ["quotes", "--speaker", name],
            ["timeline", "--entity", name],
        ):
            print(f"  tuiread {' '.join(argv):<38} {wall_s(argv, home):6.2f} s")

        print("keeping up")
        extra = Article(
            id="f" * 16,
            title="One more story",
            text="Tony Blair met Gordon Brown in London on Friday. " * 20,
            date="2017-09-15",
        )
        store.library.add(extra)
        start = time.perf_counter()
        index.update_text()
        text_one = time.perf_counter() - start
        start = time.perf_counter()
        index.update_analysis()
        analysis_one = time.perf_counter() - start
        print(
            f"  one article added: full text {text_one * 1000:.0f} ms, "
            f"analysis + linking {analysis_one * 1000:.0f} ms"
        )
        index.close()
        store.close()
    finally:
        if args.keep is None:
            shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
