"""``python -m tuiread.analysis explain TEXT|FILE``: trace each highlight to its rule.

TEXT is taken as a file path when such a file exists, ``-`` reads standard input, anything
else is analysed as it stands. Exit codes: 0 done, 1 unreadable input, 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import orjson

from .explain import explain, render

MAX_BYTES = 20 * 1024 * 1024


def _read(arg: str) -> str:
    if arg == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        where = "standard input"
    else:
        path = Path(arg)
        try:
            is_file = path.is_file()
        except (OSError, ValueError):
            is_file = False
        if not is_file:
            return arg
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        where = str(path)
    if len(data) > MAX_BYTES:
        raise ValueError(f"{where}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tuiread.analysis")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser(
        "explain",
        help="every span with the rule that made it and what was rejected nearby",
        description="Every span with the rule, list or model feature that made it, and what "
        "the rules turned down nearby.",
    )
    p.add_argument("text", metavar="TEXT|FILE", help="a file, - for standard input, or text")
    p.add_argument(
        "--published",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the article's date, for relative dates",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    try:
        text = _read(args.text)
    except (OSError, ValueError) as exc:
        print(f"explain: {exc}", file=sys.stderr)
        return 1
    result = explain(text, published=args.published)
    try:
        if args.json:
            sys.stdout.write(orjson.dumps(result.to_dict(), option=orjson.OPT_INDENT_2).decode())
            sys.stdout.write("\n")
        else:
            sys.stdout.write(render(result))
        sys.stdout.flush()
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
