#!/usr/bin/env python3
"""How the entity engine does on names its lists have never seen: a stand-in for the held-out
CoNLL-2003 part, which we do not have.

The word lists are built from the CoNLL training file, and the dev part shares many rare
names with it (one week of Reuters news); the held-out part, weeks later, shares fewer. So
this script rebuilds the lists from the training file *without the sentences that hold a dev
name seen in fewer than ``--rare`` training documents* (frequent names, "U.S.", "Clinton",
stay, as they do in any later news), copies the package to a scratch folder with those lists,
and scores the dev halves there. The gap between this figure and the normal one is what the
engine owes to memorised rare names; a change that widens it is fitting.

    python scripts/entity_holdout.py [--rare 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate import _conll_half, eval_dir  # noqa: E402

Doc = list[list[tuple[str, str]]]


def read_docs(path: Path) -> list[Doc]:
    """Documents of sentences of (token, IOB tag), as the CoNLL files hold them."""
    docs: list[Doc] = []
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if sent:
                if not docs:
                    docs.append([])
                docs[-1].append(sent)
                sent = []
            continue
        if parts[0] == "-DOCSTART-":
            docs.append([])
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        docs[-1].append(sent)
    return docs


def names_in(sent: list[tuple[str, str]]) -> set[str]:
    """The gold entity strings of a sentence."""
    out: set[str] = set()
    run: list[str] = []
    kind = ""
    for token, tag in [*sent, ("", "O")]:
        typ = tag.partition("-")[2]
        if run and (not typ or typ != kind or tag.startswith("B-")):
            out.add(" ".join(run))
            run = []
        if typ:
            run.append(token)
            kind = typ
    return out


def write_docs(docs: list[Doc], path: Path) -> None:
    lines = []
    for doc in docs:
        lines.append("-DOCSTART- -X- O O\n\n")
        for sent in doc:
            lines.extend(f"{t} X X {g}\n" for t, g in sent)
            lines.append("\n")
    path.write_text("".join(lines), encoding="utf-8")


def score(package_root: Path, data: Path, base: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    cmd = [sys.executable, str(base / "conll_ner.py"), str(data), "--json"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    line = [x for x in done.stdout.splitlines() if x.strip().startswith("{")][-1]
    return float(json.loads(line)["overall"][2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rare",
        type=int,
        default=3,
        help="a dev name in fewer training documents than this is hidden",
    )
    parser.add_argument("--keep", type=Path, help="leave the scratch copy here")
    args = parser.parse_args()
    base = eval_dir()
    train = read_docs(base / "data/conll2003/eng.train")
    dev = read_docs(base / "data/conll2003/eng.testa")
    dev_names = {n for doc in dev for sent in doc for n in names_in(sent)}
    seen_in: dict[str, int] = defaultdict(int)
    for doc in train:
        for name in {n for sent in doc for n in names_in(sent)}:
            seen_in[name] += 1
    hidden = {n for n in dev_names if 0 < seen_in.get(n, 0) < args.rare}
    kept = [[s for s in doc if not (names_in(s) & hidden)] for doc in train]
    dropped = sum(len(d) for d in train) - sum(len(d) for d in kept)

    scratch = args.keep or Path(tempfile.mkdtemp(prefix="tuiread-holdout-"))
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        copy = scratch / "pkg"
        shutil.copytree(ROOT / "tuiread", copy / "tuiread", dirs_exist_ok=True)
        filtered = scratch / "eng.train"
        write_docs(kept, filtered)
        lexicon = copy / "tuiread" / "analysis" / "data" / "entities_lexicon.json"
        build = [sys.executable, str(ROOT / "scripts/build_entity_lists.py"), str(filtered)]
        subprocess.run([*build, "--out", str(lexicon)], check=True, capture_output=True)
        print(
            f"{len(hidden):,} of {len(dev_names):,} dev names hidden (in 1-{args.rare - 1} "
            f"training documents); {dropped:,} training sentences left out"
        )
        print(f"{'':22}{'half A':>8}{'half B':>8}")
        for label, root in (("lists as shipped", ROOT), ("rare dev names unseen", copy)):
            figures = []
            for half in ("a", "b"):
                out = scratch / f"{label[:4]}-{half}"
                out.mkdir(exist_ok=True)
                figures.append(
                    score(root, _conll_half(base / "data/conll2003/eng.testa", half, out), base)
                )
            print(f"{label:22}{figures[0]:8.1f}{figures[1]:8.1f}")
    finally:
        if args.keep is None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
