#!/usr/bin/env python3
"""Run the three quality yardsticks in ../shared/eval on their dev parts and print one table.

    python scripts/evaluate.py                 # from the repo root
    python scripts/evaluate.py --json          # the raw figures as one JSON object
    TUIREAD_EVAL_DIR=/path/to/eval python scripts/evaluate.py

Scorers (each run as a subprocess with ``--json`` and the package's ``analyze``):
  conll_ner.py data/conll2003/eng.testa      entity F1 overall and per type, words/s
  recognizers_numbers.py data/recognizers    number recall / precision / value accuracy
  polnear_quotes.py data/polnear/dev         quote character F1, quote recall, speaker accuracy
Reference figures: spaCy en_core_web_sm 3.8.0 (+ textacy 0.13 for quotes), from the eval README.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# spaCy sm (+ textacy) on the dev parts, as measured in ../shared/eval/README.md
SPACY = {
    "entity_f1": 64.9,
    "entity_PER": 72.8,
    "entity_ORG": 32.8,
    "entity_LOC": 77.0,
    "entity_MISC": 66.7,
    "entity_words_per_s": 6680,
    "numbers_recall": 36.2,
    "numbers_precision": 28.0,
    "numbers_value": 0.0,
    "quotes_char_f1": 56.0,
    "quotes_recall": 44.4,
    "quotes_speaker": 87.3,
}

SCORERS = {
    "conll": ("conll_ner.py", "data/conll2003/eng.testa"),
    "numbers": ("recognizers_numbers.py", "data/recognizers"),
    "quotes": ("polnear_quotes.py", "data/polnear/dev"),
}


def eval_dir() -> Path:
    env = os.environ.get("TUIREAD_EVAL_DIR")
    return Path(env).resolve() if env else (ROOT.parent / "shared" / "eval").resolve()


def run_scorer(name: str, base: Path, timeout: float) -> tuple[dict | None, str | None]:
    script, data = SCORERS[name]
    cmd = [sys.executable, str(base / script), str(base / data), "--json"]
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    try:
        done = subprocess.run(
            cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:.0f} s"
    lines = [line for line in done.stdout.splitlines() if line.strip().startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return None, f"exit {done.returncode}: {tail}"
    return json.loads(lines[-1]), None


def collect(raw: dict[str, dict | None]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    conll = raw.get("conll") or {}
    overall = conll.get("overall")
    out["entity_f1"] = overall[2] if overall else None
    for typ in ("PER", "ORG", "LOC", "MISC"):
        out[f"entity_{typ}"] = conll[typ][2] if conll.get(typ) else None
    out["entity_words_per_s"] = conll.get("words_per_s")
    numbers = (raw.get("numbers") or {}).get("overall") or {}
    out["numbers_recall"] = numbers.get("recall")
    out["numbers_precision"] = numbers.get("precision")
    out["numbers_value"] = numbers.get("value")
    quotes = raw.get("quotes") or {}
    out["quotes_char_f1"] = quotes.get("char_f1")
    out["quotes_recall"] = quotes.get("recall")
    out["quotes_speaker"] = quotes.get("speaker")
    return out


ROWS = [
    ("CoNLL-2003 dev", "entity F1 overall", "entity_f1"),
    ("", "  PER F1", "entity_PER"),
    ("", "  ORG F1", "entity_ORG"),
    ("", "  LOC F1", "entity_LOC"),
    ("", "  MISC F1", "entity_MISC"),
    ("", "words/s (analyze)", "entity_words_per_s"),
    ("Recognizers-Text dev", "number recall", "numbers_recall"),
    ("", "number precision", "numbers_precision"),
    ("", "value accuracy", "numbers_value"),
    ("PolNeAR dev", "quote char F1", "quotes_char_f1"),
    ("", "quote recall", "quotes_recall"),
    ("", "speaker accuracy", "quotes_speaker"),
]


def fmt(value: float | None, key: str) -> str:
    if value is None:
        return "-"
    if key.endswith("words_per_s"):
        return f"{value:,.0f}"
    return f"{value:.1f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument(
        "--only", choices=sorted(SCORERS), action="append", help="run only these scorers"
    )
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per scorer")
    args = ap.parse_args(argv)
    base = eval_dir()
    if not base.is_dir():
        print(f"evaluate: no eval folder at {base} (set TUIREAD_EVAL_DIR)", file=sys.stderr)
        return 1
    raw: dict[str, dict | None] = {}
    errors: dict[str, str] = {}
    for name in args.only or list(SCORERS):
        raw[name], err = run_scorer(name, base, args.timeout)
        if err:
            errors[name] = err
    figures = collect(raw)
    if args.json:
        print(json.dumps({"tuiread": figures, "spacy": SPACY, "errors": errors, "raw": raw}))
        return 1 if errors else 0
    print(f"{'suite':22} {'measure':20} {'tuiread':>10} {'spaCy sm':>10}")
    print("-" * 65)
    for suite, label, key in ROWS:
        print(
            f"{suite:22} {label:20} {fmt(figures.get(key), key):>10} {fmt(SPACY.get(key), key):>10}"
        )
    for name, err in errors.items():
        print(f"{name}: {err}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
