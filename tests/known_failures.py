"""Failures known on some QGIS / server versions, with their cause: marked strict xfail.

Each entry turns its tests into expected failures only where its condition holds, so the matrix
(scripts/matrix.py) stays green for what is understood and turns red both for a new failure and
for a known one that got fixed (strict): then remove the entry. A test id is a node id prefix
(``file.py::name`` covers every parameter).
"""

from __future__ import annotations

from qgis.core import Qgis

QGIS = Qgis.QGIS_VERSION_INT

KNOWN: list[tuple[bool, str, tuple[str, ...]]] = [
]


# Failures that depend on the run (not strict).
INTERMITTENT: list[tuple[bool, str, tuple[str, ...]]] = []


def mark(items, pytest) -> None:
    """Add the strict xfail markers to the collected ``items`` the entries name."""
    for entries, strict in ((KNOWN, True), (INTERMITTENT, False)):
        for condition, reason, prefixes in entries:
            if not condition:
                continue
            for item in items:
                if any(item.nodeid == p or item.nodeid.startswith(p + "[") for p in prefixes):
                    item.add_marker(pytest.mark.xfail(strict=strict, reason=reason))
