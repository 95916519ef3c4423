"""Annotations in and out: ``export`` and ``import``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tuiread.cli.common import EXIT_OK, AddCommand, CliError, note, open_store, out, resolve
from tuiread.textsafe import json_for_terminal, visible


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
        if sys.stdout.isatty():
            # For people reading it on a terminal: nothing in it may act on the terminal.
            # Redirected to a file or a pipe, the export is written exactly.
            text = json_for_terminal(text) if args.format in ("json", "w3c") else visible(text)
        sys.stdout.write(text)
        return EXIT_OK
    try:
        export.write_atomic(text, Path(args.output), force=args.force)
    except export.ExportError as exc:
        raise CliError(str(exc)) from exc
    note(f"wrote {args.format} to {args.output}")
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
    out(report.summary())
    return EXIT_OK


def register(command: AddCommand) -> None:
    """Add this module's subcommands to the parser."""
    p = command("export", cmd_export, "export annotations (markdown, json, csv, w3c)")
    p.add_argument("--format", "-f", default="markdown", choices=("markdown", "json", "csv", "w3c"))
    p.add_argument("--article", help="only this article")
    p.add_argument("--tag", help="only annotations with this tag")
    p.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write this file (default, or -: standard output); a symbolic link is written "
        "through, a FIFO or a device is refused",
    )
    p.add_argument(
        "--force", action="store_true", help="replace the output file even if it is read-only"
    )

    p = command("import", cmd_import, "import a json or w3c export")
    p.add_argument("file")
