"""Pause the cyclic garbage collector while building many small objects.

The highlighters make ~100,000 tuples, atoms and spans for a long article, an export or an
import builds one record per annotation, and none of them form cycles: the collector's
generation passes over them would cost a quarter to a third of the time, so it waits until
the work is done. Reference counting still frees everything as usual.
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
