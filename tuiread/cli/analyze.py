"""``tuiread analyze``: the highlights of any file, without adding it to the library."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from tuiread.cli.common import EXIT_OK, AddCommand, CliError, print_json
from tuiread.cli.render import print_article


def iso_date(value: str) -> date:
    """``--published``: a calendar date written YYYY-MM-DD (argparse reports a bad one)."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (write it YYYY-MM-DD, e.g. 2017-09-15)"
        ) from None


def cmd_analyze(args: argparse.Namespace) -> int:
    from tuiread.ingest import IngestError, parse_article, read_stdin, read_text_file
    from tuiread.timex import published_date

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
    published = args.published or published_date(article.date)
    spans = analyze(article.text, published=published)
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
    p.add_argument(
        "--published",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help='the article\'s date, that relative dates ("last month", "Tuesday") count from; '
        "by default the date the file gives (front matter, dateline), if any",
    )
