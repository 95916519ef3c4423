#!/usr/bin/env python3
"""One label per entity within one story: a check over the census stories.

The census (``shared/eval/entity_census.py``) counts a name given two labels across all its
stories; a reader notices it within one story ("Trump" a person in one paragraph and a place
in the next). This groups each story's entity spans by canonical value and lists the groups
with more than one label, with the sentence around each odd mention.

    python scripts/entity_consistency.py [DIR ...] [--show N] [--value NAME]

With no DIR it reads the census stories (PolNeAR dev and TimeML). ``--value NAME`` prints
every mention of NAME (by value or text) with its label and context instead.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
if not EVAL.is_dir():
    EVAL = Path("/work/shared/eval")
sys.path.insert(0, str(EVAL))

from entity_census import texts  # type: ignore[import-not-found]  # noqa: E402

from tuiread.analysis.entities import find_entities  # noqa: E402


def context(text: str, s: int, e: int, reach: int = 60) -> str:
    """The text around a span, on one line, the span in brackets."""
    left = text[max(0, s - reach) : s].replace("\n", " ")
    right = text[e : e + reach].replace("\n", " ")
    return f"{left}[{text[s:e]}]{right}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--show", type=int, default=30, help="groups to print")
    ap.add_argument("--value", help="print every mention of this name instead")
    a = ap.parse_args(argv)
    dirs = a.dirs or [EVAL / "data" / "polnear" / "dev" / "text", EVAL / "data" / "timeml"]
    stories = groups = mixed_mentions = 0
    rows: list[tuple[int, str]] = []
    for n, text in enumerate(texts(dirs)):
        stories += 1
        spans = find_entities(text)
        if a.value:
            for sp in spans:
                if a.value in (sp.value, sp.text):
                    print(f"{n:3} {sp.label:8} {sp.value!r:24} {context(text, sp.start, sp.end)}")
            continue
        by_value: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        for sp in spans:
            by_value[sp.value or sp.text][sp.label] += 1
        for value, labels in by_value.items():
            if len(labels) < 2:
                continue
            groups += 1
            major = labels.most_common(1)[0][0]
            mixed_mentions += sum(labels.values())
            odd = [sp for sp in spans if (sp.value or sp.text) == value and sp.label != major]
            shown = "; ".join(f"{lab} {k}" for lab, k in labels.most_common())
            rows.append(
                (
                    sum(labels.values()),
                    f"story {n}: {value!r} ({shown})\n    "
                    + "\n    ".join(
                        f"{sp.label}: {context(text, sp.start, sp.end)}" for sp in odd[:3]
                    ),
                )
            )
    if a.value:
        return 0
    print(
        f"{stories} stories: {groups} entities with more than one label, {mixed_mentions} mentions"
    )
    for _, row in sorted(rows, key=lambda r: -r[0])[: a.show]:
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
