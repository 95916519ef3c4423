"""``tuiread analyze``: the highlights of any file, without adding it to the library."""

from __future__ import annotations

import argparse
import sys

from tuiread.cli.common import EXIT_OK, AddCommand, CliError, print_json
from tuiread.cli.render import print_article


def cmd_analyze(args: argparse.Namespace) -> int:
    from tuiread.ingest import IngestError, parse_article, read_stdin, read_text_file

    try:
        if args.file == "-":
            raw = read_stdin(sys.stdin)
            origin = "-"
        else:
            raw = read_text_file(args.file)
            origin = args.file
    except IngestError as exc:
        raise CliError(str(exc)) from exc
    from tuiread.analysis import analyze  # after the input is read: a bad one fails at once

    article = parse_article(raw, origin=origin)
    spans = analyze(article.text)
    if args.json:
        print_json(
            {"title": article.title, "text": article.text, "spans": [s.to_dict() for s in spans]}
        )
    else:
        print_article(article, spans)
    return EXIT_OK


def register(command: AddCommand) -> None:
    """Add this module's subcommands to the parser."""
    p = command("analyze", cmd_analyze, "print a file's highlights: entities, numbers, quotes")
    p.add_argument("file", help="a .txt or .md file, or - for standard input")
    p.add_argument(
        "--json",
        action="store_true",
        help='print {"title", "text", "spans"}; span offsets index "text"',
    )
