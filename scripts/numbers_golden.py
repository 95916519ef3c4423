#!/usr/bin/env python3
"""Record the number highlighter's spans on a broad corpus, or check that they have not moved.

    python scripts/numbers_golden.py record GOLDEN.json   # spans of the engine as it stands
    python scripts/numbers_golden.py check GOLDEN.json    # exit 1 and list the texts that differ

For refactoring the numbers engine: record before, check after; a change meant to keep the
behaviour must leave every span (bounds, label, value, unit) where it was. The corpus: the
sample articles, every input of the Recognizers-Text dev specs, the TimeML and PolNeAR dev
stories, CoNLL-2003 (dev and train) rebuilt as prose, the string literals of the tests, and a
fixed, seeded soup of number-like phrases (lexicon words, digits, symbols and joining words
in random order) that exercises the joining rules far beyond what news shows.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from tuiread.model import Span

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))

_TAG = re.compile(r"<[^>]+>")


def _timeml(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = m.group(1) if m else raw
    return (
        _TAG.sub("", body).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").strip()
    )


def _test_strings() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and (
                    any(ch.isdigit() or ch.isalpha() for ch in node.value)
                    and len(node.value) < 5000
                )
            ):
                out.append(node.value)
    return sorted(set(out))


_SOUP_WORDS = (  # noqa: SIM905 - a word list reads best as words
    "0 1 2 3 5 7 9 10 12 15 20 25 30 45 50 99 100 250 1,000 3,500 1.5 0.25 .5 2.75 1990 "
    "1998 2008 2017 2024 2100 1910 45 '90s 1980s 3rd 21st 2nd 1st 11th 12:30 9:15 10.30 7 "
    "8 24 31 one two three four five six seven eight nine ten eleven twelve twenty thirty "
    "forty fifty hundred thousand million billion trillion dozen dozens half quarter "
    "quarters third thirds first second fifth tenth twentieth hundredth a an and or to "
    "through till until from between of in on at by for the this that next last previous "
    "past coming following every each other few some several couple more less than at "
    "least most up about around over under above below nearly almost only minus negative "
    "point per cent percent % $ € £ ¥ US$ USD EUR GBP dollars euros pounds yen cents pence "
    "km kilometers miles mi m ft feet inches in kg g lb tons tonnes liters gallons mph "
    "km/h degrees ° C F celsius fahrenheit bn m k mn mil seconds minutes hours days weeks "
    "months years decades centuries year month week day weekend night morning afternoon "
    "evening tonight today tomorrow yesterday now noon midnight am pm a.m. p.m. o'clock "
    "ago later earlier since before after during early late mid January February March "
    "April May June July August September October November December Jan Feb Mar Sept Oct "
    "Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Q1 Q3 "
    "H2 FY2019 century spring summer autumn fall winter old aged age - – / : , . ( ) \" ' ; "
    "no No. Highway Route page chapter 737-800 A380 G8 3G MH17 5m 2.5m 3-4 $3-4bn 10-15 "
    "1-0 4:3 people copies high final long wide sold watched lead"
).split()


def _soup(n: int, seed: int = 20240611) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        words = [rng.choice(_SOUP_WORDS) for _ in range(rng.randint(2, 14))]
        text = ""
        for w in words:
            text += w + rng.choice((" ", " ", " ", " ", "", "-", ", ", ". "))
        texts.append(text.strip())
    return texts


def corpus() -> list[tuple[str, str]]:
    """(name, text) for every text of the corpus, in a fixed order."""
    from analysis import conll_prose  # benchmarks/analysis.py

    out: list[tuple[str, str]] = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        out.append((f"seed:{p.name}", p.read_text(encoding="utf-8")))
    for spec in sorted((EVAL / "recognizers").rglob("*.json")):
        for i, case in enumerate(json.loads(spec.read_text(encoding="utf-8-sig"))):
            out.append((f"recognizers:{spec.stem}:{i}", case["Input"]))
    for p in sorted((EVAL / "timeml").rglob("*.tml")):
        out.append((f"timeml:{p.name}", _timeml(p)))
    for p in sorted((EVAL / "polnear" / "dev" / "text").glob("*.txt")):
        out.append((f"polnear:{p.name}", p.read_text(encoding="utf-8")))
    for name in ("eng.testa", "eng.train"):
        path = EVAL / "conll2003" / name
        if path.exists():
            for k, doc in enumerate(conll_prose(path).split("\n\n\n")):
                out.append((f"conll:{name}:{k}", doc))
    for s in _test_strings():
        out.append((f"test:{s}", s))
    for k, s in enumerate(_soup(40_000)):
        out.append((f"soup:{k}", s))
    return out


def spans_of(find: Callable[[str], list[Span]], text: str) -> list[list[object]]:
    return [[s.start, s.end, s.label, s.value, s.unit] for s in find(text)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=("record", "check"))
    ap.add_argument("golden", type=Path)
    ap.add_argument("--show", type=int, default=15, help="differences to print")
    ap.add_argument(
        "--backend",
        default="tuiread.analysis.numbers:find_numbers",
        help="module:function to record or check (default: the package's find_numbers)",
    )
    args = ap.parse_args(argv)
    module, _, name = args.backend.partition(":")
    find = getattr(importlib.import_module(module), name)
    texts = corpus()
    got = {name: spans_of(find, text) for name, text in texts}
    if args.action == "record":
        args.golden.write_text(json.dumps(got), encoding="utf-8")
        print(f"recorded {sum(map(len, got.values())):,} spans in {len(got):,} texts")
        return 0
    want = json.loads(args.golden.read_text(encoding="utf-8"))
    by_name = dict(texts)
    bad = [name for name in want if got.get(name) != want[name]]
    for name in bad[: args.show]:
        text = by_name.get(name, "")
        a = {tuple(x) for x in want[name]}
        b = {tuple(x) for x in got.get(name, [])}
        print(f"--- {name}")
        for s in sorted(a - b, key=str):
            print(f"  lost   {s}  {text[int(str(s[0])) : int(str(s[1]))]!r}")
        for s in sorted(b - a, key=str):
            print(f"  gained {s}  {text[int(str(s[0])) : int(str(s[1]))]!r}")
    total = sum(map(len, want.values()))
    print(f"{len(bad):,} of {len(want):,} texts differ ({total:,} spans recorded)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
