"""Pause the cyclic garbage collector while a highlighter runs.

A long article makes ~100,000 small tuples, atoms and spans, none of them in a cycle; the
collector's generation passes over them (and over the word lists) would cost a quarter of
the time, so it waits until the highlighter is done. Reference counting still frees
everything as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
