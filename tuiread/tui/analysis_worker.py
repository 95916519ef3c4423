"""Run ``tuiread.analysis.analyze`` in a helper process, so the app's UI thread keeps the GIL.

The reader calls :func:`analyze_off_process` from a thread worker. Loading the analysis engine
(word lists, large regular expressions) is CPU-bound Python; in a thread of the app's own
process it would compete with the UI for the GIL for as long as it takes, and keys typed
meanwhile would lag. One helper process (``python -m tuiread.tui.analysis_worker``, started on
first use; plain ``subprocess``, since inside a running Textual app ``multiprocessing`` cannot
start its resource tracker) loads the engine once and then answers every article over its
stdin/stdout; it exits when the app closes the pipe. Whatever goes wrong with the helper
(cannot start, dies, answers garbage), the analysis runs in the calling thread instead.

No Textual here: the helper process imports this module and the analysis, nothing else.
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
import threading
from datetime import date
from typing import IO, Any

_HEADER = struct.Struct("!Q")
MAX_FAILURES = 2

_lock = threading.Lock()
_server: _Server | None = None
_failures = 0


class AnalysisFailed(Exception):
    """The engine raised while analysing (its message says what)."""


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


def serve() -> None:  # pragma: no cover - runs in the helper process
    """The helper's loop: ``(text, published)`` in, ``(ok, spans or message)`` out, until
    stdin closes."""
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
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tuiread.tui.analysis_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            close_fds=True,
        )

    def alive(self) -> bool:
        return self.process.poll() is None

    def analyze(self, text: str, published: date | None) -> list[Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        _write(self.process.stdin, (text, published))
        ok, payload = _read(self.process.stdout)
        if not ok:
            raise AnalysisFailed(payload)
        return list(payload)

    def close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        if self.alive():
            self.process.terminate()


def analyze_off_process(text: str, published: date | None = None) -> list[Any]:
    """``analyze(text, published=published)`` computed by the helper process (started on
    first use)."""
    global _server, _failures
    with _lock:
        if _failures < MAX_FAILURES:
            try:
                if _server is None or not _server.alive():
                    _server = _Server()
                return _server.analyze(text, published)
            except AnalysisFailed:
                raise
            except Exception:  # noqa: BLE001 - no helper process: analyse here instead
                _failures += 1
                if _server is not None:
                    _server.close()
                    _server = None
    from tuiread.analysis import analyze

    return analyze(text, published=published)


def shutdown() -> None:
    """Stop the helper process (closing its stdin, as the app's exit does, stops it too)."""
    global _server
    with _lock:
        if _server is not None:
            _server.close()
            _server = None


if __name__ == "__main__":  # pragma: no cover
    serve()
