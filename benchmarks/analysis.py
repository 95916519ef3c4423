"""How fast the highlighters run: ``tuiread.analysis.analyze`` in words per second.

Builds a few MB of news-like text (the sample articles and the CoNLL-2003 Reuters dev text
rebuilt as prose, quotation marks included), pins the process to one core where the OS
allows it, and prints for the whole ``analyze`` and for each highlighter on its own
(entities, numbers, quotes; dates: resolving the number finder's spans): the median words/s
over several runs, and the peak memory of one ``analyze`` call measured with tracemalloc. Target: analyze >= 300,000 words/s, quotes
alone >= 2,000,000 words/s.

It then reports the worst case: ``analyze`` on pathological texts of 100,000 characters
(runs of scale words, digits, dashes, quotes, capitals, dates, ...), the slowest of them in
words/s. A reading that is linear in the length of the text keeps this within a small
factor of the figure on news; a super-linear one would take minutes.

    python benchmarks/analysis.py [--mb 2] [--runs 5] [--conll PATH] [--articles DIR]
                                  [--no-worst]

``--articles DIR`` also times ``analyze`` one article at a time over the ``*.txt`` files of a
folder (by default the PolNeAR dev news articles), the way the app calls it.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONLL = ROOT.parent / "shared" / "eval" / "data" / "conll2003" / "eng.testa"
DEFAULT_ARTICLES = ROOT.parent / "shared" / "eval" / "data" / "polnear" / "dev" / "text"
_NO_SPACE_BEFORE = {
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "%",
    ")",
    "]",
    "'s",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
}
_NO_SPACE_AFTER = {"(", "[", "$"}


def conll_prose(path: Path) -> str:
    """The CoNLL token file as articles: one paragraph per sentence, documents apart, tokens
    joined the way they stood in the Reuters text (quotation marks paired as openers and
    closers)."""
    docs: list[list[str]] = []
    sentence: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            docs.append([])
            continue
        if not line.strip():
            if sentence and docs:
                docs[-1].append(_detokenize(sentence))
            sentence = []
            continue
        sentence.append(line.split(" ", 1)[0])
    # paragraphs of three sentences, the headline and dateline lines on their own
    out = []
    for doc in docs:
        if not doc:
            continue
        head, body = doc[:2], doc[2:]
        paras = [" ".join(body[k : k + 3]) for k in range(0, len(body), 3)]
        out.append("\n\n".join([*head, *paras]))
    return "\n\n\n".join(out)


def _detokenize(tokens: list[str]) -> str:
    out: list[str] = []
    open_quote = False
    glue = True
    for n, tok in enumerate(tokens):
        prev = tokens[n - 1] if n else ""
        if tok == '"':
            if out and (open_quote or prev in (".", ",", "?", "!", "...")):
                out.append('"')
                glue = False
            else:
                out.append(("" if glue else " ") + '"')
                glue = True
            open_quote = not open_quote
            continue
        if tok in _NO_SPACE_BEFORE or glue:
            out.append(tok)
        else:
            out.append(" " + tok)
        glue = tok in _NO_SPACE_AFTER
    return "".join(out)


def corpus(mb: float, conll: Path) -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if conll.exists():
        parts.append(conll_prose(conll))
    else:
        print(f"(no CoNLL text at {conll}: the sample articles only)", file=sys.stderr)
    one = "\n\n\n".join(parts)
    reps = max(1, int(mb * 1_000_000 / max(1, len(one.encode("utf-8")))))
    return "\n\n\n".join([one] * reps)


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            cpu = min(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cpu})
            return f"pinned to CPU {cpu}"
        except OSError:
            pass
    return "not pinned"


def rate(fn, text: str, words: int, runs: int) -> tuple[float, float, float]:
    """Median CPU seconds of this process (what one core spends, whatever else the machine
    is running) and median wall-clock seconds over ``runs`` calls."""
    cpu, wall = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        fn(text)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    med = statistics.median(cpu)
    return words / max(med, 1e-9), med, statistics.median(wall)


def per_article(analyze, folder: Path, runs: int) -> None:
    """Median over ``runs`` passes of the CPU time to analyze every article on its own."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        print(f"(no articles in {folder})", file=sys.stderr)
        return
    words = sum(len(re.findall(r"\w+", t)) for t in texts)
    passes = []
    for _ in range(runs):
        c0 = time.process_time()
        for t in texts:
            analyze(t)
        passes.append(time.process_time() - c0)
    med = statistics.median(passes)
    print(
        f"articles {words / med:>12,.0f} words/s  median CPU {med * 1000:8.1f} ms"
        f"  ({len(texts)} articles, {words:,} words, one call each)",
        flush=True,
    )


# runs that stress each highlighter: what they look for, repeated (see
# tests/unit/test_analysis_linear.py for the property test over such runs)
PATHOLOGICAL = (
    "five billion billion ",
    "million billion ",
    "one and two and ",
    "twenty-one hundred thousandth ",
    "1",
    "1 2 3 4 5 ",
    "1,000,",
    "1-2-",
    "- ",
    "$3-4bn ",
    "5% ",
    "USD EUR ",
    '"a" ',
    '"',
    "“a” ",
    "Abc Def ",
    "ABC DEF ",
    "Mr Smith said ",
    "May 5, 2017 to ",
    "Friday ",
    "year ",
    "a week ",
    "the last ",
    "every other ",
    "between 1 and ",
    "more than ",
    "at 5 pm ",
    "\n",
)


def worst_case(analyze, news_chars_per_s: float, size: int = 100_000) -> None:
    """``analyze`` on each pathological run of ``size`` characters: the slowest three, in
    characters per second (a run need not hold words) against the rate on news."""
    rows = []
    for unit in PATHOLOGICAL:
        text = (unit * (size // len(unit) + 1))[:size]
        c0 = time.process_time()
        analyze(text)
        cpu = time.process_time() - c0
        rows.append((size / max(cpu, 1e-9), cpu, unit))
    rows.sort()
    for cps, cpu, unit in rows[:3]:
        print(
            f"worst    {cps:>12,.0f} chars/s  CPU {cpu * 1000:8.1f} ms  ({news_chars_per_s / cps:4.1f}x "
            f"slower than news) on {unit!r} repeated to {size:,} characters",
            flush=True,
        )
    print(f"(the slowest of {len(rows)} pathological runs)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=2.0, help="size of the text (MB)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--conll", type=Path, default=DEFAULT_CONLL)
    ap.add_argument("--articles", type=Path, nargs="?", const=DEFAULT_ARTICLES, default=None)
    ap.add_argument("--no-worst", action="store_true", help="skip the pathological inputs")
    args = ap.parse_args(argv)

    from tuiread.analysis import analyze, find_entities, find_numbers, find_quotes, resolve_dates

    pinned = pin_one_core()
    text = corpus(args.mb, args.conll)
    words = len(re.findall(r"\w+", text))
    analyze(text[:20_000] + " USD 5")  # word lists loaded, regexes compiled
    print(
        f"text: {len(text) / 1e6:.2f} MB, {words:,} words, {text.count(chr(10) * 2):,} paragraphs; {pinned}"
    )
    spans = analyze(text)
    kinds: dict[str, int] = {}
    for s in spans:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    print("spans: " + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items())))

    entities = find_entities(text)
    numbers = find_numbers(text)
    rows = [
        ("analyze", analyze, 300_000),
        ("entities", find_entities, None),
        ("numbers", find_numbers, None),
        ("quotes", lambda t: find_quotes(t, entities), 2_000_000),
        ("dates", lambda t: resolve_dates(t, numbers), None),  # over the numbers' spans
    ]
    news_chars_per_s = 0.0
    for name, fn, target in rows:
        wps, med, wall = rate(fn, text, words, args.runs)
        if name == "analyze":
            news_chars_per_s = len(text) / max(med, 1e-9)
        goal = f"  (target >= {target:,})" if target else ""
        print(
            f"{name:9} {wps:>12,.0f} words/s  median CPU {med * 1000:8.1f} ms"
            f"  (wall {wall * 1000:8.1f} ms){goal}",
            flush=True,
        )

    if args.articles is not None:
        per_article(analyze, args.articles, args.runs)

    if not args.no_worst:
        worst_case(analyze, news_chars_per_s)

    tracemalloc.start()
    analyze(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory of one analyze(): {peak / 1e6:.1f} MB for {len(text) / 1e6:.2f} MB of text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
