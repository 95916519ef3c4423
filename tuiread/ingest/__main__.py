"""Show how ingest reads a file: ``python -m tuiread.ingest FILE...``.

Prints the title, dateline place/source and date, then every body line with the rule that
hid it as page furniture (blank for lines that stay). A tool for tuning the rules.
"""

from __future__ import annotations

import sys

from tuiread.ingest.furniture import explain
from tuiread.ingest.sources import iter_sources
from tuiread.textsafe import one_line


def main(argv: list[str] | None = None) -> int:
    paths = sys.argv[1:] if argv is None else argv
    if not paths:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    failed = False
    for loaded in iter_sources(paths, stdin=sys.stdin):
        if loaded.article is None:
            print(f"{one_line(loaded.label)}: {loaded.error}", file=sys.stderr)
            failed = True
            continue
        article = loaded.article
        print(f"== {one_line(loaded.label)}")
        print(f"id {article.id}  title {one_line(article.title)!r}")
        print(f"place {article.place}  source {article.source}  date {article.date}")
        lines = article.raw.split("\n")
        start = next((i for i, line in enumerate(lines) if line.strip()), len(lines)) + 1
        for why, line in explain(lines[start:], article.source):
            if line.strip():
                print(f"{why or '':>9} | {one_line(line)[:160]}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
