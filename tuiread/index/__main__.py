"""``python -m tuiread.index update --home DIR``: bring a library's index up to date.

The app runs this in a helper process so that analysing thousands of articles never takes
the app's own interpreter (the analysis is pure Python, CPU-bound). With ``--progress-lines``
it writes one line per step, ``<stage> <done> <total>``, then ``done <changed>``; with
``--parent-pipe`` it also exits as soon as its standard input closes (the app quit), keeping
the batches it has committed.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path


def _exit_when_stdin_closes() -> None:
    def watch() -> None:
        # os.read on the descriptor, not sys.stdin: a daemon thread blocked in a buffered
        # read would hold its lock when the interpreter shuts down (a fatal error).
        try:
            while os.read(0, 4096):
                pass
        except OSError:
            pass
        os._exit(0)

    threading.Thread(target=watch, name="parent-pipe", daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tuiread.index")
    parser.add_argument("command", choices=["update"])
    parser.add_argument("--home", help="the library folder (default: $TUIREAD_HOME or the user's)")
    parser.add_argument("--progress-lines", action="store_true", help="print progress lines")
    parser.add_argument("--parent-pipe", action="store_true", help="exit when stdin closes")
    args = parser.parse_args(argv)
    if args.parent_pipe:
        _exit_when_stdin_closes()

    from tuiread.index import LibraryIndex
    from tuiread.store import StoreError, open_store

    def progress(stage: str, done: int, total: int) -> None:
        if args.progress_lines:
            sys.stdout.write(f"{stage} {done} {total}\n")
            sys.stdout.flush()

    try:
        store = open_store(Path(args.home) if args.home else None, read_only=True)
    except StoreError as exc:
        print(f"tuiread: {exc}", file=sys.stderr)
        return 1
    try:
        index = LibraryIndex(store)
        try:
            changed = index.update(progress)
            for warning in index.warnings:
                print(f"tuiread: {warning}", file=sys.stderr)
        finally:
            index.close()
    finally:
        store.close()
    if args.progress_lines:
        sys.stdout.write(f"done {changed}\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
