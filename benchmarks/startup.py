"""How fast tuiread starts on a large library, measured in a real terminal.

Builds a library of 10,000 generated articles (one of them 20,000 words long) holding
50,000 annotations in a temporary TUIREAD_HOME, then, over several runs, launches the installed `tuiread` in tmux and prints:
  - the median time from process start to the first painted library screen;
  - the median time from the key press that opens the 20,000-word article to its first
    words on screen.
Targets on a 2-core machine: library <= 1.0 s, article <= 150 ms.

    python benchmarks/startup.py [--articles 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

LONG_TITLE = "Aaa long read: twenty thousand words on the Pacific"
LONG_FIRST_WORDS = "Marker sentence opening the long read"
WORDS = [
    "the",
    "minister",
    "said",
    "talks",
    "would",
    "resume",
    "in",
    "Seoul",
    "after",
    "a",
    "week",
    "of",
    "pressure",
    "from",
    "Washington",
    "and",
    "Tokyo",
    "while",
    "analysts",
    "in",
    "Beijing",
    "warned",
    "that",
    "sanctions",
    "on",
    "Pyongyang",
    "had",
    "failed",
    "to",
    "slow",
    "its",
    "missile",
    "programme",
    "which",
    "fired",
    "two",
    "rockets",
    "over",
    "the",
    "sea",
    "on",
    "Friday",
    "according",
    "to",
    "officials",
    "who",
    "spoke",
    "on",
    "condition",
    "of",
    "anonymity",
    "because",
    "they",
    "were",
    "not",
    "authorised",
    "to",
    "brief",
    "reporters",
]


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def article_text(rng: random.Random, title: str, words: int, first: str = "") -> str:
    paragraphs, total = [], 0
    while total < words:
        para = " ".join(sentence(rng, rng.randint(8, 24)) for _ in range(rng.randint(2, 6)))
        paragraphs.append(para)
        total += len(para.split())
    if first:
        paragraphs[0] = first + ". " + paragraphs[0]
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def build_library(home: Path, count: int, notes: int = 0) -> None:
    from tuiread.ingest import parse_article
    from tuiread.model import Annotation, Selector
    from tuiread.store import open_store

    rng = random.Random(20171015)
    store = open_store(home)
    articles = [
        parse_article(
            article_text(rng, f"Dispatch {i:05d}: {sentence(rng, 6)[:-1]}", rng.randint(200, 900)),
            origin=f"generated-{i}.txt",
        )
        for i in range(count - 1)
    ]
    articles.append(
        parse_article(article_text(rng, LONG_TITLE, 20_000, LONG_FIRST_WORDS), origin="long.txt")
    )
    add_many = getattr(store.library, "add_many", None)
    if add_many:
        add_many(articles)
    else:
        for article in articles:
            store.library.add(article)
    # Notes spread over the library, as a heavy user's would be: passages with notes and tags.
    batch = []
    for i in range(notes):
        article = articles[i % len(articles)]
        start = (i * 37) % max(1, len(article.text) - 80)
        batch.append(
            Annotation.new(
                article.id,
                note=f"note {i}",
                tags=(f"topic{i % 50}",),
                selector=Selector.from_text(article.text, start, start + 40),
            )
        )
        if len(batch) == 5_000:
            store.annotations.save_many(batch)
            batch = []
    if batch:
        store.annotations.save_many(batch)
    store.close()


class Pane:
    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.name = f"tuiread-bench-{uuid.uuid4().hex[:8]}"
        shell = " ".join(_q(c) for c in command)
        exports = " ".join(f"{k}={_q(v)}" for k, v in env.items())
        for _attempt in range(3):  # a tmux server that is just exiting refuses one start
            self.started = time.perf_counter()
            started = subprocess.run(
                [
                    "tmux",
                    "new-session",
                    "-d",
                    "-s",
                    self.name,
                    "-x",
                    "160",
                    "-y",
                    "45",
                    f"env {exports} {shell}; sleep 30",
                ]
            )
            if started.returncode == 0:
                break
            time.sleep(0.5)
        else:
            raise SystemExit("tmux would not start a session")

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        ).stdout

    def wait_for(self, needle: str, timeout: float = 30.0) -> float:
        """Seconds from ``self.started`` until ``needle`` is on screen."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if needle in self.screen():
                return time.perf_counter() - self.started
            time.sleep(0.02)  # gentle polling: each capture is a process the app competes with
        raise SystemExit(f"{needle!r} never appeared; screen:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


def _q(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"


def measure(home: Path, runs: int) -> tuple[list[float], list[float]]:
    exe = shutil.which("tuiread") or str(Path(sys.executable).with_name("tuiread"))
    env = {
        "TUIREAD_HOME": str(home),
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
        "LANG": "C.UTF-8",
        "PATH": os.environ.get("PATH", ""),
    }
    library, article = [], []
    for _ in range(runs):
        pane = Pane([exe], env)
        try:
            library.append(pane.wait_for("Dispatch 0"))
            # Bring the long article under the cursor with the filter, then time the open.
            pane.keys("/")
            pane.keys("-l", "Aaa long read")
            time.sleep(0.5)
            pane.keys("Enter")
            time.sleep(0.3)
            pane.started = time.perf_counter()
            pane.keys("Enter")
            article.append(pane.wait_for(LONG_FIRST_WORDS))
        finally:
            pane.close()
    return library, article


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--annotations", type=int, default=50_000, help="notes spread over the library")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", action="store_true", help="keep the generated library")
    args = ap.parse_args()
    if not shutil.which("tmux"):
        print("tmux is needed to measure a real terminal", file=sys.stderr)
        return 1
    home = Path(tempfile.mkdtemp(prefix="tuiread-bench-"))
    try:
        t0 = time.perf_counter()
        build_library(home, args.articles, args.annotations)
        print(
            f"built a library of {args.articles:,} articles and {args.annotations:,} annotations "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        library, article = measure(home, args.runs)
        print(
            f"library screen painted: median {statistics.median(library):.3f} s "
            f"(runs: {', '.join(f'{x:.3f}' for x in library)}; target <= 1.0 s)"
        )
        print(
            f"20,000-word article shown: median {statistics.median(article) * 1000:.0f} ms after the key press "
            f"(runs: {', '.join(f'{x * 1000:.0f}' for x in article)}; target <= 150 ms)"
        )
    finally:
        if not args.keep:
            shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
