"""Run ``tuiread.analysis.analyze`` in a helper process, so the app's UI thread keeps the GIL.

The reader calls :func:`analyze_off_process` from a thread worker. Loading the analysis engine
(word lists, large regular expressions) is CPU-bound Python; in a thread of the app's own
process it would compete with the UI for the GIL for as long as it takes, and keys typed
meanwhile would lag. One helper process (``python -m tuiread.tui.analysis_worker``, started on
first use; plain ``subprocess``, since inside a running Textual app ``multiprocessing`` cannot
start its resource tracker) loads the engine once and then answers every article over its
stdin/stdout. Whatever goes wrong with the helper (cannot start, dies, answers garbage), the
analysis runs in the calling thread instead.

The helper can always be stopped, and quitting never waits on it: the calling thread waits
for the answer in short slices and, as soon as its worker is cancelled (the reader closed,
another article opened, the app quitting) or :func:`shutdown` is called, kills the helper and
raises :class:`AnalysisCancelled`; a new helper starts with the next article. The helper
also exits by itself when the app's process is gone.

No Textual here: the helper process imports this module and the analysis, nothing else (the
app's own worker is looked up only if Textual is already loaded).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from typing import IO, Any

_HEADER = struct.Struct("!Q")
MAX_FAILURES = 2
POLL = 0.05  # seconds between two looks at whether the analysis was cancelled
_ORPHAN_CHECK = 0.5  # seconds between two looks, in the helper, at whether the app is gone

_lock = threading.Lock()
_server: _Server | None = None
_failures = 0
_closing = threading.Event()


class AnalysisFailed(Exception):
    """The engine raised while analysing (its message says what)."""


class AnalysisCancelled(Exception):
    """The analysis was stopped before it answered: its reader closed or the app is quitting."""


def _write(stream: IO[bytes], obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read(stream: IO[bytes]) -> Any:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError("the analysis helper closed its pipe")
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the analysis helper closed its pipe")
    return pickle.loads(data)  # noqa: S301 - our own child process, over a private pipe


def _exit_when_orphaned(parent: int) -> None:  # pragma: no cover - runs in the helper process
    """End the helper when the app's process is gone (killed, crashed), even mid-analysis."""
    while True:
        time.sleep(_ORPHAN_CHECK)
        if os.getppid() != parent:
            os._exit(0)


def serve() -> None:  # pragma: no cover - runs in the helper process
    """The helper's loop: ``(text, published)`` in, ``(ok, spans or message)`` out, until
    stdin closes."""
    threading.Thread(
        target=_exit_when_orphaned, args=(os.getppid(),), daemon=True, name="orphan-check"
    ).start()
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything the engine prints goes to stderr, never into the protocol
    requests = sys.stdin.buffer
    from tuiread.analysis import analyze

    while True:
        try:
            text, published = _read(requests)
        except (EOFError, OSError):
            return
        try:
            reply: tuple[bool, Any] = (True, analyze(text, published=published))
        except Exception as exc:  # noqa: BLE001 - reported to the app as a message
            reply = (False, f"{exc.__class__.__name__}: {exc}")
        try:
            _write(replies, reply)
        except OSError:
            return


class _Server:
    """The helper process, and a thread that reads its answers as they come."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tuiread.tui.analysis_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            close_fds=True,
        )
        self.replies: queue.SimpleQueue[Any] = queue.SimpleQueue()
        threading.Thread(target=self._read_replies, daemon=True, name="analysis-replies").start()

    def _read_replies(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            try:
                self.replies.put(_read(stream))
            except Exception as exc:  # noqa: BLE001 - handed to the waiting thread
                self.replies.put(exc)
                return

    def alive(self) -> bool:
        return self.process.poll() is None

    def analyze(
        self, text: str, published: date | None, cancelled: Callable[[], bool]
    ) -> list[Any]:
        assert self.process.stdin is not None
        _write(self.process.stdin, (text, published))
        while True:
            try:
                reply = self.replies.get(timeout=POLL)
            except queue.Empty:
                if cancelled():
                    raise AnalysisCancelled("the analysis was stopped") from None
                continue
            if isinstance(reply, BaseException):
                raise reply
            ok, payload = reply
            if not ok:
                raise AnalysisFailed(payload)
            return list(payload)

    def close(self) -> None:
        """Stop the helper now, whatever it is doing, and reap it."""
        if self.alive():
            self.process.kill()
        for stream in (self.process.stdin, self.process.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        with contextlib.suppress(subprocess.TimeoutExpired):  # SIGKILL cannot be ignored
            self.process.wait(timeout=5)


def _current_worker_cancelled() -> Callable[[], bool]:
    """Whether the Textual worker this thread runs for (if any) has been cancelled."""
    textual_worker = sys.modules.get("textual.worker")
    if textual_worker is None:
        return lambda: False
    try:
        worker = textual_worker.get_current_worker()
    except Exception:  # noqa: BLE001 - not in a worker: nothing to be cancelled by
        return lambda: False
    return lambda: bool(worker.is_cancelled)


def analyze_off_process(
    text: str,
    published: date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Any]:
    """``analyze(text, published=published)`` computed by the helper process (started on first use).

    Raises :class:`AnalysisCancelled` as soon as ``cancelled()`` is true (by default: the
    Textual worker calling this was cancelled), :func:`shutdown` is called or the app's
    main thread has ended; the helper is then stopped.
    """
    global _server, _failures
    asked = cancelled or _current_worker_cancelled()

    def stop() -> bool:
        return _closing.is_set() or asked() or not threading.main_thread().is_alive()

    with _lock:
        _closing.clear()
        if _failures < MAX_FAILURES:
            try:
                if _server is None or not _server.alive():
                    _server = _Server()
                return _server.analyze(text, published, stop)
            except AnalysisFailed:
                raise
            except Exception as exc:  # noqa: BLE001 - stopped, or no helper: analyse here
                if _server is not None:
                    _server.close()
                    _server = None
                if isinstance(exc, AnalysisCancelled):
                    raise
                if stop():
                    raise AnalysisCancelled("the analysis was stopped") from exc
                _failures += 1
    from tuiread.analysis import analyze

    return analyze(text, published=published)


def shutdown() -> None:
    """Stop the helper process now, even mid-analysis; a thread waiting on it raises
    :class:`AnalysisCancelled` at once. Called at exit too."""
    global _server
    _closing.set()
    with _lock:
        if _server is not None:
            _server.close()
            _server = None


atexit.register(shutdown)

if __name__ == "__main__":  # pragma: no cover
    serve()
