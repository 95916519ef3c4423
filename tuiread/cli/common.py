"""What every subcommand shares: exit codes, errors, opening the library, output helpers."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from tuiread.textsafe import json_for_terminal, visible

if TYPE_CHECKING:
    from tuiread.model import Article
    from tuiread.store import Store

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2

# What ``register`` in each command module receives: name, handler, help -> its parser.
AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


class CliError(Exception):
    """A failure to report as one line on stderr with exit code 1."""


class Parser(argparse.ArgumentParser):
    """Usage errors exit 2 with the usage line, as README promises."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


# Commands that save to the library (see ``saves``), and whether the one running is one.
_SAVING: set[Callable[[argparse.Namespace], int]] = set()
_keep_going = False


def saves(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Mark a command that saves to the library. When the reader of its output goes away
    (``tuiread add FOLDER | head -n1``), it goes on with its output discarded, so all it was
    asked to save is saved and its exit code is its own; a command that only reads stops
    there, as ``cat`` does."""
    _SAVING.add(func)
    return func


def start_command(func: Callable[[argparse.Namespace], int]) -> None:
    """Called by ``main`` before running ``func``: how a closed output is to be taken."""
    global _keep_going
    _keep_going = func in _SAVING


def discard_stdout() -> None:
    """The reader of our output went away: what is still written (and what is left in the
    buffer) goes nowhere, quietly, instead of failing again at each write and at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)


def _write_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
    except BrokenPipeError:
        if not _keep_going:
            raise  # main() ends a reading command quietly
        discard_stdout()


def out(text: str = "") -> None:
    """One line (or several) for people on standard output. Library text in it (titles,
    tags, notes) cannot act on the terminal: control characters are made visible."""
    _write_stdout(visible(text) + "\n")


def err(message: str) -> None:
    """A message on standard error, control characters made visible (it may quote titles
    or file names)."""
    sys.stderr.write(f"tuiread: {visible(message)}\n")


def note(message: str) -> None:
    """A summary line on standard error, without the ``tuiread:`` prefix of errors."""
    sys.stderr.write(visible(message) + "\n")


def home(args: argparse.Namespace) -> Path | None:
    """The library folder ``--home`` names; None for the default."""
    given = getattr(args, "home", None)
    if given is None:
        return None
    if not given.strip():  # not the default: a script whose variable came out empty
        raise CliError("--home '': an empty path names no folder")
    return Path(given)


def open_store(args: argparse.Namespace, *, write: bool = True) -> Store:
    """Open the library, seeding it with the sample articles the first time.

    A command that only reads (``write=False``) opens it read-only: it never writes the
    library's files (no repair, no compaction), so damage it finds stays as found until a
    command that writes. What the store found damaged is said on standard error.
    """
    from tuiread.store import library_exists
    from tuiread.store import open_store as open_library

    folder = home(args)
    read_only = not write and library_exists(folder)
    store = open_library(folder, read_only=read_only)
    if store.created and store.read_only:
        reason = store.read_only_reason or "it is read-only"
        store.close()
        raise CliError(f"there is no library in {store.home}, and it cannot be made: {reason}")
    if store.created:
        seed_new_library(store)
    for warning in store.warnings:
        err(f"warning: {warning}")
    if write and store.read_only:
        reason = store.read_only_reason or "it is read-only"
        store.close()
        raise CliError(f"cannot change the library: {reason}")
    return store


def seed_new_library(store: Store) -> None:
    """Seed a library just made; if that fails (a full disk), remove it again, so that the
    next run starts afresh instead of on an empty library."""
    from tuiread.store import WriteFailed, remove_new_library

    try:
        seed_library(store)
    except WriteFailed as exc:
        store.close()
        remove_new_library(store.home)
        raise CliError(f"Could not create the library in {store.home}: {exc}") from exc


def seed_library(store: Store) -> int:
    """Import the shipped sample articles into a new library; returns how many were added."""
    from tuiread.ingest import parse_article, read_text_file
    from tuiread.ingest.seeds import seed_files

    added = 0
    for path in seed_files():
        added += bool(store.library.add(parse_article(read_text_file(path), origin=path.name)))
    return added


def resolve(store: Store, query: str) -> Article:
    from tuiread.store import AmbiguousArticle, UnknownArticle

    try:
        summary = store.library.resolve(query)
    except (UnknownArticle, AmbiguousArticle) as exc:
        raise CliError(str(exc)) from exc
    return store.library.get(summary.id)


def use_colour(stream: Any = None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def print_json(data: Any) -> None:
    """Indented JSON; characters a terminal would act on are written as \\u escapes."""
    import orjson

    document = orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()
    _write_stdout(json_for_terminal(document) + "\n")


def positive_seconds(value: str) -> float:
    """An argparse type: a number of seconds above zero (at most a day)."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < seconds <= 86400:
        raise argparse.ArgumentTypeError(f"give a number of seconds above 0: {value!r}")
    return seconds


def count(value: str) -> int:
    """An argparse type: a whole number, 0 or more (``--limit``)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"give 0 or more: {value!r}")
    return number


def positive_count(value: str) -> int:
    """An argparse type: a whole number, 1 or more (``--jobs``)."""
    number = count(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"give 1 or more: {value!r}")
    return number


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
