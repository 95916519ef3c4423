"""Keeps the library's index current while the app runs, and tells screens how it goes.

``IndexService.refresh()`` starts one background update (or asks the running one to go
again when it ends). The update runs ``python -m tuiread.index update`` in a helper process
so the analysis never competes with the UI for the interpreter; when the index lives in
memory (a library folder that cannot be written) it runs in a thread of the app instead.
Screens subscribe to ``changed`` (a Textual signal) for the progress and for "the index
changed: query again".
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
from dataclasses import dataclass, replace
from typing import Any

from textual.app import App
from textual.signal import Signal

from tuiread.index import LibraryIndex, index_for


@dataclass(frozen=True, slots=True)
class IndexState:
    """Where the background update is: ``running``, its stage and counts, and a number that
    grows each time an update finished (screens compare it to know when to query again)."""

    running: bool = False
    stage: str = ""
    done: int = 0
    total: int = 0
    finished: int = 0
    error: str | None = None

    def describe(self) -> str:
        """One short line for a status bar ("" when idle)."""
        if not self.running:
            return ""
        if self.stage == "waiting":
            return "index: waiting for another tuiread…"
        if self.stage == "linking":
            return "index: linking names…"
        if self.total:
            word = "analysing" if self.stage == "analysing" else "indexing"
            return f"{word} {self.done:,}/{self.total:,}"
        return "index: checking…"


class IndexService:
    """The app's one index and its background updates."""

    def __init__(self, app: App[Any], store: Any) -> None:
        self.app = app
        self.store = store
        self.state = IndexState()
        self.changed: Signal[IndexState] = Signal(app, "index-changed")
        self._lock = threading.Lock()
        self._again = False
        self._process: subprocess.Popen[bytes] | None = None
        self._stopped = False
        self._app_thread = threading.get_ident()

    @property
    def index(self) -> LibraryIndex:
        return index_for(self.store)

    # -- updates -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Bring the index up to date in the background (no-op if it already is)."""
        self._app_thread = threading.get_ident()
        with self._lock:
            if self._stopped:
                return
            if self.state.running:
                self._again = True
                return
            self.state = replace(self.state, running=True, stage="", done=0, total=0, error=None)
        self._publish(self.state)
        self.app.run_worker(
            self._run, name="index", group="index", thread=True, exit_on_error=False
        )

    def _run(self) -> None:
        try:
            while True:
                error = None
                try:
                    if self._stale():
                        if self.index.db.in_memory:
                            self.index.update(self._progress)
                        else:
                            error = self._run_helper()
                except Exception as exc:  # noqa: BLE001 - shown to the user, never raised
                    error = f"{type(exc).__name__}: {exc}"
                with self._lock:
                    again, self._again = self._again, False
                    if again and not self._stopped:
                        continue
                    final = IndexState(finished=self.state.finished + 1, error=error)
                    self.state = final
                self._publish(final)
                return
        finally:
            self._process = None

    def _stale(self) -> bool:
        index = self.index
        return bool(index.indexer.text_pending() or index.pending_analysis())

    def _run_helper(self) -> str | None:
        home = getattr(self.store, "home", None)
        command = [sys.executable, "-m", "tuiread.index", "update", "--progress-lines"]
        command += ["--parent-pipe"] + (["--home", str(home)] if home is not None else [])
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            close_fds=True,
        )
        self._process = process
        assert process.stdout is not None and process.stderr is not None
        for raw in process.stdout:
            parts = raw.decode("utf-8", "replace").split()
            if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
                self._progress(parts[0], int(parts[1]), int(parts[2]))
        errors = process.stderr.read().decode("utf-8", "replace").strip()
        code = process.wait()
        if self._stopped:
            return None
        if code != 0:
            return errors.splitlines()[-1] if errors else f"the index helper stopped ({code})"
        return None

    def _progress(self, stage: str, done: int, total: int) -> None:
        with self._lock:
            state = self.state = replace(self.state, stage=stage, done=done, total=total)
        self._publish(state)

    def _publish(self, state: IndexState) -> None:
        """Tell subscribers, on the app's thread (this may be called from the worker)."""

        def publish() -> None:
            self.changed.publish(state)

        if threading.get_ident() == self._app_thread:
            publish()
            return
        with contextlib.suppress(RuntimeError):  # the app is closing
            self.app.call_from_thread(publish)

    def stop(self) -> None:
        """Stop the helper (what it committed stays); no update starts after this."""
        with self._lock:
            self._stopped = True
            process = self._process
        if process is not None and process.poll() is None:
            with contextlib.suppress(OSError):
                if process.stdin is not None:
                    process.stdin.close()
            with contextlib.suppress(OSError):
                process.terminate()
