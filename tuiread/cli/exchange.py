"""Annotations in and out: ``export`` and ``import``."""

from __future__ import annotations

import argparse
import sys

from tuiread.cli.common import (
    EXIT_FAIL,
    EXIT_OK,
    AddCommand,
    CliError,
    note,
    open_store,
    out,
    resolve,
    saves,
)
from tuiread.export_formats import FOLDER_FORMATS, FORMATS
from tuiread.textsafe import json_for_terminal, visible


def cmd_export(args: argparse.Namespace) -> int:
    from tuiread import export

    to_stdout = args.output in (None, "-")
    if to_stdout and args.format in FOLDER_FORMATS:
        raise CliError(f"{args.format} writes a folder of notes: give it with -o DIR")
    store = open_store(args, write=False)
    try:
        article_ids = [resolve(store, args.article).id] if args.article else None
        try:
            if to_stdout:
                text = export.render(
                    args.format, store, article_ids=article_ids, tag=args.tag, bom=args.bom
                )
            else:
                written = export.export_to(
                    args.format,
                    store,
                    args.output,
                    article_ids=article_ids,
                    tag=args.tag,
                    bom=args.bom,
                    force=args.force,
                )
        except export.ExportError as exc:
            raise CliError(str(exc)) from exc
    finally:
        store.close()
    if to_stdout:
        if sys.stdout.isatty():
            # For people reading it on a terminal: nothing in it may act on the terminal.
            # Redirected to a file or a pipe, the export is written exactly.
            text = json_for_terminal(text) if args.format in ("json", "w3c") else visible(text)
        sys.stdout.write(text)
        return EXIT_OK
    if args.format in FOLDER_FORMATS:
        n = len(written)
        note(f"wrote {n} note{'s' if n != 1 else ''} to {args.output}")
    else:
        note(f"wrote {args.format} to {args.output}")
    return EXIT_OK


@saves
def cmd_import(args: argparse.Namespace) -> int:
    from tuiread import export

    store = open_store(args)
    try:
        try:
            report = export.import_file(store, args.file)
        except export.ImportFailed as exc:
            raise CliError(str(exc)) from exc
    finally:
        store.close()
    out(report.summary())
    # Every record skipped: nothing usable was in the file, which a script should notice.
    return EXIT_FAIL if report.skipped_count and not report.total else EXIT_OK


def register(command: AddCommand) -> None:
    """Add this module's subcommands to the parser."""
    p = command("export", cmd_export, f"export annotations ({', '.join(FORMATS)})")
    p.add_argument("--format", "-f", default="markdown", choices=FORMATS)
    p.add_argument("--article", help="only this article")
    p.add_argument("--tag", help="only annotations with this tag")
    p.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write here (default, or -: standard output); obsidian: the folder of notes; "
        "a symbolic link is written through, a FIFO or a device is refused",
    )
    p.add_argument(
        "--bom",
        action="store_true",
        help="csv: start with a UTF-8 byte-order mark (for Excel)",
    )
    p.add_argument(
        "--force", action="store_true", help="replace the output file even if it is read-only"
    )

    p = command(
        "import",
        cmd_import,
        "import annotations: tuiread's json, w3c, csv or Obsidian export, "
        "W3C Web Annotations, a Hypothesis export",
    )
    p.add_argument("file", help="the file, an Obsidian export folder, or - (standard input)")
