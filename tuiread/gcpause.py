"""Pause the cyclic garbage collector while building many small objects.

The highlighters make ~100,000 tuples, atoms and spans for a long article, an export or an
import builds one record per annotation, and none of them form cycles: the collector's
generation passes over them would cost a quarter to a third of the time, so it waits until
the work is done. Reference counting still frees everything as usual.
"""

from __future__ import annotations

import gc
from types import TracebackType


class _Paused:
    """The context of ``cyclic_gc_paused``: a plain class, as the analysis enters one for
    each article and each engine (a generator-based context manager costs several times
    as much to enter and leave)."""

    __slots__ = ("enabled",)

    def __enter__(self) -> None:
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.enabled:
            gc.enable()


def cyclic_gc_paused() -> _Paused:
    """``with cyclic_gc_paused(): ...``: the cyclic collector off inside, back on after (if
    it was on before), whatever is raised."""
    return _Paused()
