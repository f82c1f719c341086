"""Helpers for bulk work on millions of small Python objects."""

from __future__ import annotations

import gc
import itertools
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

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


class Coded(Sequence):
    """A column of repeated values given once: row ``k`` holds ``values[codes[k]]``.

    ``codes`` are integers (a list or an integer array), ``values`` a sequence. It reads as the
    plain column (indexing, slicing, iteration); a writer that can store the values once (the
    GeoPackage writer) binds one integer a row instead of a text, about a fifth of the cost.
    """

    __slots__ = ("codes", "values")

    def __init__(self, codes, values) -> None:
        self.codes, self.values = codes, values

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Coded(self.codes[index], self.values)
        return self.values[self.codes[index]]

    def __iter__(self) -> Iterator:
        return iter(self.tolist())

    def code_list(self) -> list[int]:
        codes = self.codes
        return codes.tolist() if hasattr(codes, "tolist") else list(codes)

    def tolist(self) -> list:
        values = self.values.tolist() if hasattr(self.values, "tolist") else self.values
        return list(map(values.__getitem__, self.code_list()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, tuple, Coded)):
            return self.tolist() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Coded({len(self)} rows, {len(self.values)} values)"


def encode(values: Iterable, key: Callable[[Any], Hashable] | None = id) -> tuple[list[int], list]:
    """Each value's code and the distinct values, in the order first met: values with the same
    ``key`` get one code (the first one kept); ``id`` (the default) merges only the same object,
    None merges equal values."""
    index: dict = {}
    distinct: list = []
    get = index.get

    def new(value) -> int:
        index[value if key is None else key(value)] = code = len(distinct)
        distinct.append(value)
        return code

    if key is None:
        codes = [code if (code := get(value)) is not None else new(value) for value in values]
    else:
        codes = [code if (code := get(key(value))) is not None else new(value) for value in values]
    return codes, distinct


def coded(values: list, key: Callable[[Any], Hashable] | None = id) -> Coded | list:
    """``values`` as :class:`Coded` (:func:`encode`) when the first ``PROBE`` show few distinct
    keys, else ``values`` as they are. None as ``key`` is for values that equal ones are written
    the same (text, not 1 and 1.0)."""
    if not few_distinct(values if key is None else map(key, values)):
        return values
    return Coded(*encode(values, key))
