"""Run-time dependency checks, reported to the user instead of raised at load."""

from __future__ import annotations

from .i18n import tr

SHAPELY_MINIMUM = (2, 0)


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def shapely_problem() -> str | None:
    """Return a translated message if shapely >= 2 is not importable, else None."""
    try:
        import shapely
    except ImportError:
        return tr(
            "The Python package shapely 2 or later is missing: the conformity checks are "
            "disabled. Install it with: python3 -m pip install --user \"shapely>=2\" "
            "(Debian's python3-shapely is 1.8, too old), then restart QGIS."
        )
    found = getattr(shapely, "__version__", "0")
    if _version_tuple(found) < SHAPELY_MINIMUM:
        return tr(
            "shapely {found} is installed but version 2 or later is required: the conformity "
            "checks are disabled. Upgrade it with: python3 -m pip install --user \"shapely>=2\", "
            "then restart QGIS."
        ).format(found=found)
    return None
