"""Findings as columns: the engine's rows, built rule by rule with numpy, read as :class:`Finding`.

One row per application and rule. The engine emits blocks of rows (one rule, many applications)
through :class:`RowBuilder`; :class:`FindingTable` orders them by application and serves them
either as columns (``columns()``, for writers: no Python object per row) or as :class:`Finding`
objects made on demand (``table[i]``, iteration, ``for_application``), so that a batch of 100 000
applications never holds 1.7 million dataclasses.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .bulk import PROBE, Coded, encode, few_distinct
from .i18n import decimal_comma
from .i18n import unit as unit_symbol
from .rules import A_VERIFIER, CONFORME, NON_CONFORME, RULE_TYPES, RuleType

V_OK, V_FAIL, V_CHECK = 0, 1, 2
VERDICT_CODES = (CONFORME, NON_CONFORME, A_VERIFIER)  # position = code
CODE_OF = {verdict: code for code, verdict in enumerate(VERDICT_CODES)}


@dataclass
class Finding:
    """One rule checked for one application. ``subject`` is the zone code or servitude id."""

    application_id: Any
    rule: str
    label: str
    measured: float | None
    allowed: float | str | None
    unit: str
    verdict: str
    message: str
    subject: str = ""


def _scalar(value: Any) -> bool:
    """One value, not one per row (text is one value)."""
    return isinstance(value, (str, bytes)) or not isinstance(value, (Sequence, np.ndarray))


def objects(values: Any, count: int | None = None) -> np.ndarray:
    """A 1-D object array from a sequence, or ``count`` copies of a scalar."""
    if count is not None and _scalar(values):
        array = np.empty(count, dtype=object)
        array.fill(values)
        return array
    if isinstance(values, np.ndarray) and values.dtype == object and values.ndim == 1:
        return values
    values = values.tolist() if isinstance(values, np.ndarray) and values.dtype != object else values
    array = np.empty(len(values), dtype=object)
    array[:] = list(values)
    return array


_EXACT = 2.0 ** 50  # format_numbers: rounded values under this (scaled) are integers held exactly


def format_numbers(rule: RuleType, values: np.ndarray) -> Coded:
    """``rule.format_value`` of a float array (NaN = missing), each distinct text formatted once
    (by one ``%`` over them all), as :class:`Coded`.

    Values that round to the same number with ``rule.decimals`` print the same: they are formatted
    once, from that number. A value within a rounding error of a half, one that rounds to zero from
    below (it prints "-0.00"), a huge one, NaN or infinity is formatted from its own value.
    """
    values = np.asarray(values, dtype=float)
    unit = f" {unit_symbol(rule.unit)}" if rule.unit else ""  # as the language writes it (م in Arabic)
    comma = decimal_comma()  # 7,50 in French and Arabic, as number() writes it
    pattern = f"%.{rule.decimals}f{unit.replace('%', '%%')}\x00"
    scale = 10.0 ** rule.decimals
    scaled = values * scale
    nearest = np.rint(scaled)
    with np.errstate(invalid="ignore"):
        size = np.abs(scaled)
        rounded = ((size < _EXACT) & (np.abs(np.abs(scaled - nearest) - 0.5) > 1e-6 + size * 1e-12)
                   & ~((nearest == 0) & np.signbit(values)))
    codes = np.empty(len(values), dtype=np.int64)
    texts: list[str] = []
    for rows, keys, divisor in ((np.flatnonzero(rounded), nearest, scale),
                                (np.flatnonzero(~rounded), values, 1.0)):
        if not len(rows):
            continue
        distinct, position = np.unique(keys[rows], return_inverse=True)  # NaN: one value
        formatted = ((pattern * len(distinct)) % tuple((distinct / divisor).tolist())).split("\x00")[:-1]
        if comma:
            formatted = [text.replace(".", ",") for text in formatted]
        for index in np.flatnonzero(np.isnan(distinct)):
            formatted[index] = "—"
        codes[rows] = position.reshape(-1) + len(texts)
        texts += formatted
    return Coded(codes, texts)


def format_objects(rule: RuleType, values: np.ndarray) -> list[str] | Coded:
    """``rule.format_value`` of an object array (numbers, text or None)."""
    if set(map(type, values.tolist())) <= {int, float, type(None)}:  # None → NaN
        return format_numbers(rule, values.astype(float))
    cache: dict = {}
    out = []
    for value in values:
        key = (type(value), value)
        text = cache.get(key)
        if text is None:
            blank = isinstance(value, float) and value != value
            text = cache[key] = "—" if blank else rule.format_value(value)
        out.append(text)
    return out


class Repeated(Sequence):
    """``count`` times the same value, as a read-only sequence (a streamed block's constant
    columns: writers can store the value once)."""

    __slots__ = ("count", "value")

    def __init__(self, value: Any, count: int) -> None:
        self.value, self.count = value, count

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Repeated(self.value, len(range(*index.indices(self.count))))
        if not -self.count <= index < self.count:
            raise IndexError(index)
        return self.value

    def __iter__(self) -> Iterator[Any]:
        return itertools.repeat(self.value, self.count)

    def __repr__(self) -> str:
        return f"Repeated({self.value!r}, {self.count})"


def _escape(value: Any) -> str:
    return str(value).replace("{", "{{").replace("}", "}}")


def _varying(value: Any) -> bool:
    return not isinstance(value, str) and isinstance(value, (list, tuple, np.ndarray, Coded))


def _field_name(field: str) -> str:
    """The argument a replacement field reads: ``a`` of ``a``, ``a.b`` or ``a[0]`` (only plain names
    are supported for per-row values; any name keeps its column, so that such a field still fails
    as before)."""
    return re.split(r"[.\[]", field, maxsplit=1)[0]


def _compile(template: str, fixed: dict[str, Any], position: dict[str, int]) -> str:
    """``template`` with the fixed values written in and the per-row fields made positional."""
    pieces = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        pieces.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        suffix = (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
        if name in position:
            pieces.append(f"{{{position[name]}{suffix}}}")
        else:  # KeyError for an unknown field, as str.format would raise
            pieces.append(_escape(("{" + f"{name}{suffix}" + "}").format_map(fixed)))
    return "".join(pieces)


def _with_notes(texts: list[str] | Coded, notes: list[str]) -> list[str] | Coded:
    """Each text followed by its note (most are empty); coded texts stay coded, each distinct
    text and note one more value."""
    if not isinstance(texts, Coded):
        return [text + note for text, note in zip(texts, notes)]
    codes, values = texts.code_list(), list(texts.values)
    index: dict[tuple[int, str], int] = {}
    for row, note in enumerate(notes):
        if note:
            key = (codes[row], note)
            code = index.get(key)
            if code is None:
                code = index[key] = len(values)
                values.append(values[codes[row]] + note)
            codes[row] = code
    return Coded(codes, values)


class Messages(Sequence):
    """The messages of a block of rows, formatted when first read, by the thread that reads them:
    the findings writer's thread, not the engine's, when the rows are only written.

    ``templates`` are compiled (per-row fields positional: ``{0}`` is ``columns[0]``); ``choice``
    (an integer per row, or None for the first template) says which template a row uses; ``notes``
    (text per row, or None) is appended.
    """

    def __init__(self, templates: list[str], columns: list, count: int,
                 choice: np.ndarray | None = None, notes: list[str] | None = None) -> None:
        self.templates, self.columns, self.count = templates, columns, count
        self.choice = None if choice is None or len(templates) == 1 else choice
        self.notes = notes
        self._texts: list[str] | Coded | None = None  # column()
        self._list: list[str] | None = None  # texts()

    def texts(self) -> list[str]:
        if self._list is None:
            column = self.column()
            self._list = column.tolist() if isinstance(column, Coded) else column
        return self._list

    def column(self) -> list[str] | Coded:
        """The texts, as :class:`Coded` when few are distinct (each distinct one formatted once)."""
        if self._texts is None:
            texts = self._format()
            if self.notes is not None:
                texts = _with_notes(texts, self.notes)
            self._texts = texts
        return self._texts

    def _format(self) -> list[str] | Coded:
        forms = [t.format for t in self.templates]

        def keys(columns):  # each row's template and its values
            choice = itertools.repeat(0, self.count) if self.choice is None else self.choice.tolist()
            rows = zip(*columns) if columns else itertools.repeat(())
            return itertools.islice(zip(choice, rows), self.count)

        columns = self.columns
        decoders = [c.values if isinstance(c, Coded) else None for c in columns]
        keyed = keys([c.code_list() if isinstance(c, Coded) else c for c in columns])  # codes for values
        first = list(itertools.islice(keyed, PROBE))
        # the same values often recur (limits, zones, rounded measures): when the first rows show
        # that few are distinct, each distinct row is formatted once, provided that equal values
        # always print the same (text and integers: not 1 and 1.0, nor 0.0 and -0.0)
        if few_distinct(first) and all(set(map(type, c if d is None else d)) <= {str, int}
                                       for c, d in zip(columns, decoders)):
            codes, distinct = encode(itertools.chain(first, keyed), None)
            if any(d is not None for d in decoders):  # the codes of Coded columns stand for values
                distinct = [(c, tuple(v if d is None else d[v] for d, v in zip(decoders, values)))
                            for c, values in distinct]
            return Coded(codes, [forms[c](*values) for c, values in distinct])
        return [forms[c](*values) for c, values in keys([c.tolist() if isinstance(c, Coded) else c
                                                           for c in columns])]

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self.count)
            if step != 1 or self._texts is not None:
                return self.texts()[index]
            return Messages(self.templates, [c[start:stop] for c in self.columns], max(0, stop - start),
                            None if self.choice is None else self.choice[start:stop],
                            None if self.notes is None else self.notes[start:stop])
        return self.texts()[index]

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts())

    def __repr__(self) -> str:
        return f"Messages({self.templates!r}, {self.count} rows)"


def messages(template: str | tuple[str, ...], columns: dict[str, Any], count: int,
             choice: np.ndarray | None = None) -> Messages:
    """``template.format`` for ``count`` rows, as :class:`Messages`; a column is one value for all
    rows or one per row.

    With several templates, ``choice`` (an integer per row) says which one each row uses. The
    values shared by every row are written into the templates once and the per-row ones become
    positional fields.
    """
    templates = (template,) if isinstance(template, str) else tuple(template)
    fixed = {k: v for k, v in columns.items() if not _varying(v)}
    used = {_field_name(name) for t in templates for _, name, _, _ in string.Formatter().parse(t) if name}
    varying = [k for k in columns if k not in fixed and k in used]  # per-row values a template shows
    position = {name: k for k, name in enumerate(varying)}
    compiled = [_compile(t, fixed, position) for t in templates]
    return Messages(compiled, [columns[k] for k in varying], count, choice)


class RowBuilder:
    """Blocks of finding rows; ``order`` sorts a rule's rows within each application.

    ``on_block(columns)``, when given, receives each block as soon as it is complete, as
    :meth:`FindingTable.columns` would give its rows (a writer can store them while the engine
    goes on), except that the application ids are text ('' for None), converted once for all
    blocks; ``app_ids`` are then needed at once. A block is one rule: its rule, label and unit
    columns, and its subject or allowed columns when they are one value, are :class:`Repeated`;
    its messages are :class:`Messages`.
    """

    def __init__(self, app_ids: list | None = None, on_block: Callable[[dict], None] | None = None,
                 keep: bool = True) -> None:
        self.blocks: list[tuple] = []
        self.on_block = on_block
        self.keep = keep or on_block is None  # False: the rows only go to on_block (and the counts)
        self._ids = (objects(["" if i is None else str(i) for i in app_ids])
                     if on_block is not None and app_ids is not None else None)
        self._verdicts: list[tuple[np.ndarray, np.ndarray]] = []  # (app, verdict) of every block

    def add(self, app: np.ndarray, order: int, rule_id: str, subject: Any, measured: np.ndarray,
            allowed: Any, verdict: Any, messages: list[str] | Messages) -> None:
        count = len(app)
        if not count:
            return
        app = np.asarray(app, dtype=np.int64)
        verdicts = np.broadcast_to(np.asarray(verdict, dtype=np.int8), (count,))
        measured = np.broadcast_to(np.asarray(measured, dtype=float), (count,))
        self._verdicts.append((app, verdicts))
        if self.keep:
            self.blocks.append((
                app, np.full(count, order, dtype=np.int64), objects(rule_id, count), objects(subject, count),
                measured, objects(allowed, count), verdicts, objects(messages),
            ))
        if self.on_block is not None:
            def column(value):  # a value for the whole block stays one value
                return Repeated(value, count) if _scalar(value) else objects(value, count)

            rule = RULE_TYPES[rule_id]
            self.on_block({
                "application_id": Coded(app, self._ids),
                "rule": Repeated(rule_id, count),
                "label": Repeated(rule.label, count),
                "subject": column(subject),
                "measured": measured,
                "allowed": column(allowed),
                "unit": Repeated(rule.unit, count),
                "verdict": objects(VERDICT_CODES)[verdicts.astype(np.int64)],
                "message": messages,
            })

    def counts(self, verdict: str, size: int) -> np.ndarray:
        """Per application (``size`` of them): how many of its rows have ``verdict``."""
        code = CODE_OF[verdict]
        total = np.zeros(size, dtype=np.int64)
        for app, verdicts in self._verdicts:
            total += np.bincount(app[verdicts == code], minlength=size)
        return total

    def table(self, app_ids: list, orders: int) -> FindingTable:
        if not self.blocks:
            return FindingTable(app_ids, *(np.empty(0, dtype=t) for t in
                                           (np.int64, object, object, float, object, np.int8, object)))
        app, order, rule, subject, measured, allowed, verdict, message = (
            np.concatenate(column) for column in zip(*self.blocks))
        self.blocks = []
        sort = np.argsort(app * orders + order, kind="stable")
        return FindingTable(app_ids, app[sort], rule[sort], subject[sort], measured[sort], allowed[sort],
                            verdict[sort], message[sort])


class FindingTable(Sequence):
    """Finding rows ordered by application (then rule), stored as columns.

    Behaves as a read-only list of :class:`Finding` (indexing, iteration, ``len``, ``==`` with a
    list); ``columns()`` gives the raw columns to writers.
    """

    def __init__(self, app_ids: list, app: np.ndarray, rule: np.ndarray, subject: np.ndarray,
                 measured: np.ndarray, allowed: np.ndarray, verdict: np.ndarray, message: np.ndarray) -> None:
        self.app_ids = app_ids
        self.app, self.rule, self.subject = app, rule, subject
        self.measured, self.allowed, self.verdict, self.message = measured, allowed, verdict, message
        self._labels = {rule_id: RULE_TYPES[rule_id].label for rule_id in RULE_TYPES}  # in the run's language
        self._starts = np.searchsorted(app, np.arange(len(app_ids) + 1)) if len(app_ids) else np.zeros(1, int)

    def __len__(self) -> int:
        return len(self.app)

    def _row(self, index: int) -> Finding:
        rule_id = self.rule[index]
        measured = float(self.measured[index])
        return Finding(self.app_ids[self.app[index]], rule_id, self._labels[rule_id],
                       None if measured != measured else measured, self.allowed[index],
                       RULE_TYPES[rule_id].unit, VERDICT_CODES[self.verdict[index]], self.message[index],
                       self.subject[index])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._row(index)

    def __iter__(self) -> Iterator[Finding]:
        return (self._row(i) for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, tuple, FindingTable)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def for_application(self, index: int) -> list[Finding]:
        """Findings of the application at ``index`` (position in ``app_ids``), in rule order."""
        return [self._row(i) for i in range(self._starts[index], self._starts[index + 1])]

    def columns(self) -> dict[str, Any]:
        """Equal-length columns: application_id, rule, label, subject, measured (float, NaN = none),
        allowed (numbers, text or None), unit, verdict (codes as text), message."""
        ids = objects(self.app_ids)[self.app] if len(self.app) else np.empty(0, dtype=object)
        return _columns(ids, self.rule, self.subject, self.measured, self.allowed, self.verdict, self.message,
                        self._labels)


def _columns(ids: np.ndarray, rule: np.ndarray, subject: np.ndarray, measured: np.ndarray,
             allowed: np.ndarray, verdict: np.ndarray, message: np.ndarray,
             labels: dict | None = None) -> dict[str, Any]:
    labels = labels or {rule_id: RULE_TYPES[rule_id].label for rule_id in RULE_TYPES}
    units = {rule_id: r.unit for rule_id, r in RULE_TYPES.items()}
    return {
        "application_id": ids,
        "rule": rule,
        "label": [labels[r] for r in rule],
        "subject": subject,
        "measured": measured,
        "allowed": allowed,
        "unit": [units[r] for r in rule],
        "verdict": objects(VERDICT_CODES)[np.asarray(verdict).astype(np.int64)],
        "message": message,
    }


__all__ = [
    "A_VERIFIER",
    "CODE_OF",
    "CONFORME",
    "NON_CONFORME",
    "VERDICT_CODES",
    "V_CHECK",
    "V_FAIL",
    "V_OK",
    "Finding",
    "FindingTable",
    "Messages",
    "Repeated",
    "RowBuilder",
    "format_numbers",
    "format_objects",
    "messages",
    "objects",
]
