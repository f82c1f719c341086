"""Helpers for bulk work on millions of small Python objects."""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

PROBE = 2000  # few_distinct: how many keys it looks at


def few_distinct(keys: Iterable) -> bool:
    """Whether at most a quarter of the first ``PROBE`` keys are distinct (False for keys that
    cannot be dict keys): computing each distinct value once, and remembering it, then costs
    less than computing every one."""
    first = list(itertools.islice(keys, PROBE))
    try:
        return len(set(first)) * 4 <= len(first)
    except TypeError:
        return False


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
