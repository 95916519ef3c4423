"""Every span ``analyze`` gives, all fields, on every text the yardsticks hold: proof that a
speed change changed no output. Dump before and after the change, then compare the files.

    python benchmarks/span_dump.py OUT.txt      # then: cmp before.txt after.txt

Texts: the CoNLL-2003 dev documents (as ``versus_spacy`` builds them), every input of the
Recognizers-Text spec cases, the PolNeAR dev articles, the TimeML stories (each with its
creation date, as the scorer passes it) and the sample articles of ``seeds/``. The eval
folder is ../shared/eval, or $TUIREAD_EVAL_DIR.

For the instruction counts that confirm a gain (repeatable, unlike CPU time on a shared
machine): ``python benchmarks/span_dump.py --workload N`` analyses every CoNLL dev document
once (the memos warm, as in the best of ``versus_spacy``'s passes), then N of them again;
run it under ``valgrind --tool=callgrind`` with N = 80 and N = 0 (byte code compiled first:
``python -m compileall -q tuiread``; ``PYTHONHASHSEED=0``, as the hash seed moves the count
by a percent or so) and subtract.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.versus_spacy import conll_documents  # noqa: E402
from tuiread.analysis import analyze  # noqa: E402


def eval_dir() -> Path:
    env = os.environ.get("TUIREAD_EVAL_DIR")
    return Path(env) if env else ROOT.parent / "shared" / "eval"


def texts(data: Path) -> Iterator[tuple[str, str, date | None]]:
    """(name, text, creation date) of every text, in a fixed order."""
    for i, doc in enumerate(conll_documents(data / "conll2003" / "eng.testa")):
        yield f"conll {i}", doc, None
    for path in sorted((data / "recognizers").rglob("*.json")):
        for j, case in enumerate(json.loads(path.read_text(encoding="utf-8-sig"))):
            yield f"recognizers {path.name} {j}", case["Input"], None
    for path in sorted((data / "polnear" / "dev" / "text").glob("*.txt")):
        yield f"polnear {path.name}", path.read_text(encoding="utf-8"), None
    spec = importlib.util.spec_from_file_location("timeml_dates", data.parent / "timeml_dates.py")
    if spec is not None and spec.loader is not None:
        timeml = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(timeml)
        for path in sorted((data / "timeml").rglob("*.tml")):
            text, published, _ = timeml.read_tml(path)
            yield f"timeml {path.name}", text, published
    for path in sorted((ROOT / "seeds").rglob("*.txt")):
        yield f"seed {path.name}", path.read_text(encoding="utf-8"), None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="where to write the spans")
    ap.add_argument("--workload", type=int, default=None, metavar="N")
    args = ap.parse_args(argv)
    data = eval_dir() / "data"
    if args.workload is not None:
        docs = conll_documents(data / "conll2003" / "eng.testa")
        for doc in docs:
            analyze(doc)
        for doc in docs[5 : 5 + args.workload]:
            analyze(doc)
        return 0
    if args.out is None:
        ap.error("give a file to write the spans to")
    with args.out.open("w", encoding="utf-8") as out:
        for name, text, published in texts(data):
            out.write(f"## {name}\n")
            for span in analyze(text, published=published):
                out.write(f"{dataclasses.astuple(span)!r}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
