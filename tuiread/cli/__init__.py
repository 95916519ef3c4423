"""Command line: `tuiread` opens the app; subcommands let scripts do what the app does.

Exit codes: 0 success, 1 failure (a clear message on stderr), 2 usage error.
Only `read` (the default) imports Textual, so scripted commands start fast. Each module of
this package holds one family of subcommands and adds them through its ``register``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from tuiread import __version__
from tuiread.cli import analyze, annotate, exchange, feeds, index, library
from tuiread.cli.common import (
    EXIT_FAIL,
    EXIT_OK,
    CliError,
    Parser,
    discard_stdout,
    err,
    seed_library,
    start_command,
)
from tuiread.cli.library import cmd_read

__all__ = ["build_parser", "main", "seed_library"]

_FAMILIES = (library, feeds, index, analyze, annotate, exchange)


def _home_option(default: object) -> Parser:
    common = Parser(add_help=False)
    common.add_argument(
        "--home",
        metavar="DIR",
        default=default,
        help="library folder (default: $TUIREAD_HOME or the user data folder)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    # --home before or after the command; after it, its default must not hide one given before.
    common = _home_option(argparse.SUPPRESS)

    parser = Parser(
        prog="tuiread",
        parents=[_home_option(None)],
        description="A terminal reader for news and long-form articles that highlights "
        "who, how much, when and who said what, and keeps your notes.",
        epilog="With no command, opens the app on your library.",
    )
    parser.add_argument("--version", action="version", version=f"tuiread {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    for family in _FAMILIES:
        family.register(command)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_read)
    start_command(func)
    try:
        code = func(args)
    except CliError as exc:
        err(str(exc))
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (| head): stop quietly, as cat does under a
        # shell that ignores SIGPIPE. What is left in the buffer goes nowhere. (A command
        # that saves does not get here: it goes on, its output discarded; see ``saves``.)
        discard_stdout()
        return EXIT_OK
    except OSError as exc:
        # Disk full, permissions, a folder that vanished: say what and where, not a traceback.
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        err(f"{exc.strerror or exc}{where}")
        return EXIT_FAIL
    except Exception as exc:
        from tuiread.store import StoreError

        if isinstance(exc, StoreError):
            err(str(exc))
            return EXIT_FAIL
        if os.environ.get("TUIREAD_DEBUG"):
            raise
        err(f"internal error: {type(exc).__name__}: {exc} (run with TUIREAD_DEBUG=1 for details)")
        return EXIT_FAIL
    try:
        sys.stdout.flush()  # a closed pipe shows here, not as a message at exit
    except BrokenPipeError:
        discard_stdout()  # the command ran to its end: its exit code stands
    except OSError as exc:  # stdout is a file on a full disk, say
        err(f"{exc.strerror or exc}")
        return EXIT_FAIL
    return code
