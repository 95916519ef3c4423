#!/usr/bin/env python3
"""Run the four quality yardsticks in ../shared/eval on both halves of their dev parts.

    python scripts/evaluate.py                 # table: half A, half B, all of dev, spaCy sm
    python scripts/evaluate.py --half a        # only half A (the half to tune on)
    python scripts/evaluate.py --check         # exit 1 if a figure is >1 point below its floor
    python scripts/evaluate.py --json          # the raw figures as one JSON object
    TUIREAD_EVAL_DIR=/path/to/eval python scripts/evaluate.py

Halves: every dev set is cut into two halves by alternating documents (CoNLL documents,
PolNeAR stories, TimeML stories) or cases (Recognizers-Text, per spec file). Tune on half A,
check on half B: a change that lifts A and not B is fitting the dev sentences, not learning.
The floors README states live in ``scripts/eval_floors.json``; ``.ci/run`` runs ``--check``.

Scorers (each run as a subprocess with ``--json`` and the package's ``analyze``):
  conll_ner.py            entity F1 overall and per type, words/s
  recognizers_numbers.py  number recall / precision / value accuracy / label accuracy
  polnear_quotes.py       quote character F1, quote recall, speaker accuracy
  timeml_dates.py         date relaxed F1, strict F1, value F1
Reference figures: spaCy en_core_web_sm 3.8.0 (+ textacy 0.13 for quotes), from the eval README.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "scripts" / "eval_floors.json"
SLACK = 1.0  # points a figure may fall below its floor before --check fails

# spaCy sm (+ textacy) on the whole dev parts, as measured in ../shared/eval/README.md
SPACY = {
    "entity_f1": 64.9,
    "entity_PER": 72.8,
    "entity_ORG": 32.8,
    "entity_LOC": 77.0,
    "entity_MISC": 66.7,
    "entity_words_per_s": 6680,
    "numbers_recall": 36.2,
    "numbers_precision": 37.2,
    "numbers_value": 0.0,
    "numbers_label": 95.1,
    "quotes_char_f1": 61.6,
    "quotes_recall": 42.5,
    "quotes_speaker": 83.1,
    "dates_relaxed_f1": 87.8,
    "dates_strict_f1": 77.0,
    "dates_value_f1": 0.0,
}

SCORERS = {
    "conll": ("conll_ner.py", "data/conll2003/eng.testa"),
    "numbers": ("recognizers_numbers.py", "data/recognizers"),
    "quotes": ("polnear_quotes.py", "data/polnear/dev"),
    "dates": ("timeml_dates.py", "data/timeml"),
}
HALVES = ("a", "b")


def eval_dir() -> Path:
    env = os.environ.get("TUIREAD_EVAL_DIR")
    return Path(env).resolve() if env else (ROOT.parent / "shared" / "eval").resolve()


# --------------------------------------------------------------------------- halves


def _keep(index: int, half: str) -> bool:
    return index % 2 == (0 if half == "a" else 1)


def _conll_half(source: Path, half: str, out: Path) -> Path:
    """Alternate documents (each starts at a -DOCSTART- line)."""
    docs: list[list[str]] = []
    for line in source.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("-DOCSTART-") or not docs:
            docs.append([])
        docs[-1].append(line)
    target = out / source.name
    target.write_text("".join("".join(d) for i, d in enumerate(docs) if _keep(i, half)))
    return target


def _recognizers_half(source: Path, half: str, out: Path) -> Path:
    """Alternate cases within each spec file, keeping the file names the scorer keys on."""
    for spec in sorted(source.rglob("*.json")):
        cases = json.loads(spec.read_text(encoding="utf-8-sig"))
        target = out / spec.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        kept = [c for i, c in enumerate(cases) if _keep(i, half)]
        target.write_text(json.dumps(kept), encoding="utf-8")
    return out


def _polnear_half(source: Path, half: str, out: Path) -> Path:
    """Alternate stories, each with its attribution files."""
    (out / "text").mkdir(parents=True)
    (out / "attributions").mkdir()
    for i, text in enumerate(sorted((source / "text").glob("*.txt"))):
        if not _keep(i, half):
            continue
        (out / "text" / text.name).symlink_to(text)
        for ann in (source / "attributions").glob(text.stem + "_*.ann"):
            (out / "attributions" / ann.name).symlink_to(ann)
    return out


def _timeml_half(source: Path, half: str, out: Path) -> Path:
    """Alternate stories across both corpora (sorted by path)."""
    for i, tml in enumerate(sorted(source.rglob("*.tml"))):
        if _keep(i, half):
            target = out / tml.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(tml)
    return out


_SPLITTERS = {
    "conll": _conll_half,
    "numbers": _recognizers_half,
    "quotes": _polnear_half,
    "dates": _timeml_half,
}


def dev_data(name: str, half: str, base: Path, scratch: Path) -> Path:
    """The path to give the scorer: the whole dev part, or one half materialised in scratch."""
    data = base / SCORERS[name][1]
    if half == "all":
        return data
    out = scratch / f"{name}-{half}"
    out.mkdir(parents=True)
    return _SPLITTERS[name](data, half, out)


# --------------------------------------------------------------------------- scoring


def run_scorer(name: str, data: Path, base: Path, timeout: float) -> tuple[Any, str | None]:
    script = SCORERS[name][0]
    cmd = [sys.executable, str(base / script), str(data), "--json"]
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


def collect(raw: dict[str, Any]) -> dict[str, float | None]:
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
    out["numbers_label"] = numbers.get("label")
    quotes = raw.get("quotes") or {}
    out["quotes_char_f1"] = quotes.get("char_f1")
    out["quotes_recall"] = quotes.get("recall")
    out["quotes_speaker"] = quotes.get("speaker")
    dates = raw.get("dates") or {}
    out["dates_relaxed_f1"] = dates.get("relaxed_f1")
    out["dates_strict_f1"] = dates.get("strict_f1")
    out["dates_value_f1"] = dates.get("value_f1")
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
    ("", "label accuracy", "numbers_label"),
    ("PolNeAR dev", "quote char F1", "quotes_char_f1"),
    ("", "quote recall", "quotes_recall"),
    ("", "speaker accuracy", "quotes_speaker"),
    ("TempEval-3 dev", "dates relaxed F1", "dates_relaxed_f1"),
    ("", "dates strict F1", "dates_strict_f1"),
    ("", "dates value F1", "dates_value_f1"),
]
SCORER_OF = {
    "entity": "conll",
    "numbers": "numbers",
    "quotes": "quotes",
    "dates": "dates",
}


def fmt(value: float | None, key: str) -> str:
    if value is None:
        return "-"
    if key.endswith("words_per_s"):
        return f"{value:,.0f}"
    return f"{value:.1f}"


def check_floors(figures: dict[str, dict[str, float | None]], floors: dict[str, Any]) -> list[str]:
    """Each floored figure of each half, more than SLACK below its floor, as a message."""
    problems = []
    for key, by_half in floors.items():
        for half, floor in by_half.items():
            value = figures.get(half, {}).get(key)
            if value is None:
                problems.append(f"{key} (half {half}): not measured; floor {floor}")
            elif value < float(floor) - SLACK:
                problems.append(f"{key} (half {half}): {value:.1f} is below its floor {floor}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument(
        "--only", choices=sorted(SCORERS), action="append", help="run only these scorers"
    )
    ap.add_argument(
        "--half",
        choices=("a", "b", "both", "all"),
        default=None,
        help="a or b: one half; both: the two halves; all: the whole dev part "
        "(default: both halves and the whole)",
    )
    ap.add_argument(
        "--check",
        action="store_true",
        help=f"exit 1 when a figure of either half is more than {SLACK:g} point below "
        f"its floor in {FLOORS.relative_to(ROOT)}",
    )
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per scorer")
    args = ap.parse_args(argv)
    base = eval_dir()
    if not base.is_dir():
        print(f"evaluate: no eval folder at {base} (set TUIREAD_EVAL_DIR)", file=sys.stderr)
        return 1
    floors: dict[str, Any] = json.loads(FLOORS.read_text()) if args.check else {}
    half = args.half or ("both" if args.check else None)
    halves = {"both": ["a", "b"], None: ["a", "b", "all"]}.get(half, [half])
    names = args.only or list(SCORERS)
    if args.check:
        names = sorted({n for n in names for k in floors if SCORER_OF[k.split("_")[0]] == n})
    raw: dict[str, dict[str, Any]] = {h: {} for h in halves}
    errors: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="tuiread-eval-") as scratch:
        for h in halves:
            for name in names:
                data = dev_data(name, h, base, Path(scratch))
                raw[h][name], err = run_scorer(name, data, base, args.timeout)
                if err:
                    errors[f"{name} ({h})"] = err
    figures = {h: collect(raw[h]) for h in halves}
    problems = check_floors(figures, floors) if args.check else []
    if args.json:
        print(json.dumps({"tuiread": figures, "spacy": SPACY, "errors": errors, "raw": raw}))
    else:
        heads = {"a": "half A", "b": "half B", "all": "all dev"}
        print(
            f"{'suite':22} {'measure':20}"
            + "".join(f" {heads[h]:>9}" for h in halves)
            + f" {'spaCy sm':>9}"
        )
        print("-" * (44 + 10 * (len(halves) + 1)))
        wanted = {k for n in names for k in SPACY if SCORER_OF[k.split("_")[0]] == n}
        for suite, label, key in ROWS:
            if key not in wanted:
                continue
            cells = "".join(f" {fmt(figures[h].get(key), key):>9}" for h in halves)
            print(f"{suite:22} {label:20}{cells} {fmt(SPACY.get(key), key):>9}")
    for name, err in errors.items():
        print(f"{name}: {err}", file=sys.stderr)
    for problem in problems:
        print(f"floor: {problem}", file=sys.stderr)
    if args.check and not problems and not errors:
        print(f"every figure is within {SLACK:g} point of its floor", file=sys.stderr)
    return 1 if errors or problems else 0


if __name__ == "__main__":
    sys.exit(main())
