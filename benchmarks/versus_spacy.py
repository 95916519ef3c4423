#!/usr/bin/env python3
"""tuiread's ``analyze`` against spaCy sm on the same text in the same run, in words/s.

The text is the CoNLL-2003 dev part as its scorer builds it (one document at a time, tokens
joined by spaces, a sentence a line), words are its tokens, and both sides are timed in CPU
seconds on one core, best of ``--runs`` passes, after a warm-up on the first documents. The
two sides alternate pass by pass so drift in the machine's speed hits both alike.

spaCy runs as the CoNLL scorer runs it: ``en_core_web_sm`` with the parser, lemmatizer,
tagger and attribute ruler disabled. spaCy is not a dependency of tuiread: point
``--spacy-python`` at an interpreter that has it. Where ``en_core_web_sm`` is not installed
(it is not on PyPI), spaCy builds the same architecture (the efficiency config: a shared
tok2vec and an NER with its own tok2vec, width 96, depth 4, the 18 OntoNotes labels) with
untrained weights: a transition-based NER takes one action a token whatever its weights, so
its speed is the trained model's; the output says which it timed.

    python benchmarks/versus_spacy.py --spacy-python /path/to/venv-with-spacy/bin/python
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONLL = ROOT.parent / "shared" / "eval" / "data" / "conll2003" / "eng.testa"
LABELS = [
    *("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART"),
    *("LAW", "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"),
]


def conll_documents(path: Path) -> list[str]:
    """The documents as ``conll_ner.py`` builds them."""
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


def pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def one_pass(run, docs: list[str]) -> float:
    t0 = time.process_time()
    for doc in docs:
        run(doc)
    return time.process_time() - t0


def spacy_pipeline():  # type: ignore[no-untyped-def]
    """``en_core_web_sm`` as the scorer loads it, or its architecture untrained."""
    import spacy

    disable = ["parser", "lemmatizer", "tagger", "attribute_ruler"]
    try:
        return spacy.load("en_core_web_sm", disable=disable), "en_core_web_sm"
    except OSError:
        pass
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["tagger", "parser", "ner"], optimize="efficiency")
    ner = config["components"]["ner"]["model"]
    ner["tok2vec"] = json.loads(json.dumps(config["components"]["tok2vec"]["model"]))
    ner["tok2vec"]["embed"]["width"] = 96
    ner["tok2vec"]["encode"]["width"] = 96
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    for label in LABELS:
        nlp.get_pipe("ner").add_label(label)
    nlp.get_pipe("tagger").add_label("NN")
    nlp.get_pipe("parser").add_label("ROOT")
    nlp.initialize()
    nlp.select_pipes(enable=["tok2vec", "ner"])
    return nlp, "en_core_web_sm's architecture, untrained"


def spacy_side(conll: Path) -> int:
    """Child process: read pass requests on stdin, answer CPU seconds on stdout."""
    pin_one_core()
    nlp, what = spacy_pipeline()
    docs = conll_documents(conll)
    for doc in docs[:5]:
        nlp(doc)
    print(json.dumps({"what": what}), flush=True)
    for _ in sys.stdin:
        print(json.dumps({"seconds": one_pass(nlp, docs)}), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--conll", type=Path, default=DEFAULT_CONLL)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--spacy-python", default=sys.executable, help="a Python that has spaCy")
    ap.add_argument("--spacy-side", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.spacy_side:
        return spacy_side(args.conll)

    sys.path.insert(0, str(ROOT))
    from tuiread.analysis import analyze

    pin_one_core()
    docs = conll_documents(args.conll)
    words = sum(len(doc.split()) for doc in docs)
    for doc in docs[:5]:
        analyze(doc)
    child = subprocess.Popen(
        [args.spacy_python, __file__, "--spacy-side", "--conll", str(args.conll)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    line = child.stdout.readline()
    if not line:
        print(f"spaCy did not start under {args.spacy_python}", file=sys.stderr)
        return 1
    what = json.loads(line)["what"]
    ours, theirs = [], []
    for _ in range(args.runs):
        ours.append(one_pass(analyze, docs))
        child.stdin.write("pass\n")
        child.stdin.flush()
        theirs.append(json.loads(child.stdout.readline())["seconds"])
    child.stdin.close()
    child.wait()
    fast, slow = words / min(ours), words / min(theirs)
    print(f"text: CoNLL-2003 dev, {len(docs)} documents, {words:,} words; best of {args.runs}")
    print(f"tuiread analyze  {fast:>10,.0f} words/s  ({min(ours):.3f} s CPU)")
    print(f"spaCy sm         {slow:>10,.0f} words/s  ({min(theirs):.3f} s CPU; {what})")
    print(f"tuiread reads {fast / slow:.1f} times as fast")
    return 0


if __name__ == "__main__":
    sys.exit(main())
