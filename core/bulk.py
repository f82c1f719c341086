"""Helpers for bulk work on millions of small Python objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during bulk building.

    Creating millions of acyclic objects (finding rows, their messages, attribute columns)
    makes the collector rescan the whole growing heap again and again: about 15 % of a
    100 000-application check. Reference counting still frees everything as usual; the
    collector is resumed (if it was on) when the block ends, whatever happens in it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
