"""Annotations in and out: ``export`` and ``import``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tuiread.cli.common import EXIT_OK, AddCommand, CliError, open_store, resolve


def cmd_export(args: argparse.Namespace) -> int:
    from tuiread import export

    store = open_store(args, write=False)
    try:
        article_ids = [resolve(store, args.article).id] if args.article else None
        try:
            text = export.render(args.format, store, article_ids=article_ids, tag=args.tag)
        except export.ExportError as exc:
            raise CliError(str(exc)) from exc
    finally:
        store.close()
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return EXIT_OK
    try:
        export.write_atomic(text, Path(args.output))
    except export.ExportError as exc:
        raise CliError(str(exc)) from exc
    print(f"wrote {args.format} to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from tuiread import export

    store = open_store(args)
    try:
        try:
            report = export.import_file(store, Path(args.file))
        except export.ImportFailed as exc:
            raise CliError(str(exc)) from exc
    finally:
        store.close()
    print(report.summary())
    return EXIT_OK


def register(command: AddCommand) -> None:
    """Add this module's subcommands to the parser."""
    p = command("export", cmd_export, "export annotations (markdown, json, csv, w3c)")
    p.add_argument("--format", "-f", default="markdown", choices=("markdown", "json", "csv", "w3c"))
    p.add_argument("--article", help="only this article")
    p.add_argument("--tag", help="only annotations with this tag")
    p.add_argument(
        "-o", "--output", metavar="PATH", help="write here (default, or -: standard output)"
    )

    p = command("import", cmd_import, "import a json or w3c export")
    p.add_argument("file")
