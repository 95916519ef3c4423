"""``tuiread show`` of one article with many annotations: the time of the whole command.

Usage: python benchmarks/show.py [--annotations 20000 66000] [--words 5000] [--repeat 3]

Builds a library in a temporary TUIREAD_HOME holding one article of ``--words`` words and
``--annotations`` passages on it (a third with notes, some with tags and colours; on a long
news story they overlap many deep), then runs ``tuiread show`` in a fresh process, best of
``--repeat``: piped (plain text) and on a pseudo-terminal (coloured, every passage
underlined), each with and without ``--no-highlights``. With highlights the command also loads
the analysis engine (about 1 s of regular expressions) and analyses the article; without, the
figure is what the notes cost. Target: under 1 s at 20,000 annotations without highlights.

Each figure is the wall time and, in brackets, the CPU time of the process (user + system):
on a machine shared with other work the wall time grows with the load, the CPU time hardly.
The child runs with bytecode caching on (an installed tuiread has its modules compiled; with
``PYTHONDONTWRITEBYTECODE`` set, every run would compile them again) after one warm-up run.
"""

from __future__ import annotations

import argparse
import os
import pty
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from tuiread.model import Annotation, Article, Selector
from tuiread.store import open_store

PROSE = (
    "the minister said talks would resume in Tokyo next week while officials in Seoul and "
    "Washington weighed new sanctions after the launch of a missile over the sea of Japan; "
    "analysts expect markets to react as 3.5 percent of $ 2 billion in trade is at stake"
)
WORDS = PROSE.split(" ")


def build(home: Path, words: int, count: int, rng: random.Random) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    article = Article(id="b" * 16, title="A long article", text=text, source="Wire")
    annotations = []
    for i in range(count):
        start = rng.randrange(0, len(text) - 60)
        note = f"note {i} on this passage" if i % 3 == 0 else None
        annotations.append(
            Annotation(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                article_id=article.id,
                created="2026-01-01T00:00:00.000Z",
                modified="2026-01-01T00:00:00.000Z",
                motivation="commenting" if note else "highlighting",
                note=note,
                tags=("korea",) if i % 5 == 0 else (),
                colour=rng.choice([None, "yellow", "green"]),
                selector=Selector.from_text(text, start, start + rng.randint(5, 60)),
            )
        )
    home.mkdir(parents=True, exist_ok=True)
    with open_store(home) as store:
        store.library.add(article)
        store.annotations.save_many(annotations)
    return article.id


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(
    home: Path, article_id: str, *, terminal: bool, highlights: bool
) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, bytes out) of one ``tuiread show``."""
    env = {**os.environ, "TUIREAD_HOME": str(home)}
    env.pop("NO_COLOR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cpu = cpu_of_children()
    command = [sys.executable, "-m", "tuiread", "show", article_id]
    if not highlights:
        command.append("--no-highlights")
    start = time.perf_counter()
    if not terminal:
        done = subprocess.run(command, env=env, capture_output=True, check=True)
        return time.perf_counter() - start, cpu_of_children() - cpu, len(done.stdout)
    main, secondary = pty.openpty()
    received = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(main, 1 << 16)
            except OSError:
                return
            if not chunk:
                return
            received.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    proc = subprocess.Popen(command, env=env, stdout=secondary, stderr=subprocess.DEVNULL)
    os.close(secondary)
    proc.wait()
    seconds = time.perf_counter() - start
    reader.join(timeout=5)
    os.close(main)
    return seconds, cpu_of_children() - cpu, len(received)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotations", type=int, nargs="+", default=[20_000, 66_000])
    parser.add_argument("--words", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    worst_at_20k = 0.0
    for count in args.annotations:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp) / "home"
            article_id = build(home, args.words, count, random.Random(7))
            run(home, article_id, terminal=False, highlights=True)  # warm-up: compile, index
            for highlights in (False, True):
                for terminal in (False, True):
                    runs = [
                        run(home, article_id, terminal=terminal, highlights=highlights)
                        for _ in range(args.repeat)
                    ]
                    best = min(s for s, _, _ in runs)
                    cpu = min(c for _, c, _ in runs)
                    size = runs[-1][2] / 2**20
                    where = "terminal" if terminal else "piped   "
                    what = "with highlights" if highlights else "notes only     "
                    print(
                        f"show, {count:>6,} annotations, {what}, {where}: {best:5.2f} s "
                        f"({cpu:.2f} s CPU; best of {args.repeat}; {size:.1f} MB out)"
                    )
                    if count <= 20_000 and not highlights:
                        worst_at_20k = max(worst_at_20k, best)
    if worst_at_20k:
        print(
            "PASS" if worst_at_20k < 1.0 else "SLOW",
            f"{worst_at_20k:.2f} s for 20,000 notes without highlights (target < 1 s)",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
