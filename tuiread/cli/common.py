"""What every subcommand shares: exit codes, errors, opening the library, output helpers."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

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


def err(message: str) -> None:
    print(f"tuiread: {message}", file=sys.stderr)


def home(args: argparse.Namespace) -> Path | None:
    return Path(args.home) if getattr(args, "home", None) else None


def open_store(args: argparse.Namespace, *, write: bool = True) -> Store:
    """Open the library, seeding it with the sample articles the first time."""
    from tuiread.store import open_store

    store = open_store(home(args))
    if store.created and not store.read_only:
        seed_library(store)
    if write and store.read_only:
        reason = store.read_only_reason or "it is read-only"
        store.close()
        raise CliError(f"cannot change the library: {reason}")
    return store


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
    import orjson

    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")


def one_line(text: str) -> str:
    from tuiread.textsafe import one_line as safe

    return safe(text)


def positive_seconds(value: str) -> float:
    """An argparse type: a number of seconds above zero (at most a day)."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < seconds <= 86400:
        raise argparse.ArgumentTypeError(f"give a number of seconds above 0: {value!r}")
    return seconds


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
