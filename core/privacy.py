"""Which fields are personal data, and what publishing does with them.

Applicant data (name, national ID *CIN*, phone, e-mail, postal address…) must never reach the
agency server or a published layer. A field is personal when its name matches one of the patterns
(case- and accent-insensitive, ``_``/``-``/space ignored, substring match so that ``nom_demandeur``
or ``applicant_phone`` are caught). Publishing strips personal fields unless the caller names them
explicitly in ``include``.

Plain Python with no package import, so the server scripts can load this file on its own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

DEFAULT_PATTERNS: tuple[str, ...] = (
    "nom", "prenom", "surname", "cin", "cnie", "national_id", "passport",
    "telephone", "tel", "phone", "gsm", "mobile", "email", "mail", "courriel",
    "adresse", "address", "applicant", "demandeur", "petitionnaire", "proprietaire", "owner",
    "birth", "naissance",
)

# Short patterns would match inside unrelated words (``tel`` in ``hotel``, ``cin`` in
# ``cinema``, ``nom`` in ``nombre``): these must match a whole name part.
WHOLE_WORD_PATTERNS: frozenset[str] = frozenset({"nom", "cin", "tel", "mail", "gsm"})


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _parts(field: str) -> list[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in _fold(field))
    return cleaned.split()


def _matches(field: str, pattern: str) -> bool:
    parts = _parts(field)
    folded = _fold(pattern)
    if folded in WHOLE_WORD_PATTERNS:
        return folded in parts
    return folded.replace("_", "") in "".join(parts)


class PrivacyPolicy:
    """A configurable list of name patterns saying which fields are personal data."""

    def __init__(self, patterns: Iterable[str] = DEFAULT_PATTERNS, extra_fields: Iterable[str] = ()):
        self.patterns = tuple(patterns)
        self.extra_fields = frozenset(_fold(f) for f in extra_fields)

    def is_personal(self, field: str) -> bool:
        """True when ``field`` holds personal data under this policy."""
        if _fold(field) in self.extra_fields:
            return True
        return any(_matches(field, p) for p in self.patterns)

    def personal_fields(self, fields: Iterable[str]) -> list[str]:
        """The personal fields among ``fields``, in their order."""
        return [f for f in fields if self.is_personal(f)]

    def strip(self, properties: Mapping[str, Any], include: Iterable[str] = ()) -> dict[str, Any]:
        """A copy of ``properties`` without personal fields, except those named in ``include``."""
        kept = set(include)
        return {k: v for k, v in properties.items() if k in kept or not self.is_personal(k)}

    def strip_feature(self, feature: Mapping[str, Any], include: Iterable[str] = ()) -> dict[str, Any]:
        """A copy of a GeoJSON-like feature whose ``properties`` are stripped."""
        stripped = dict(feature)
        stripped["properties"] = self.strip(feature.get("properties") or {}, include)
        return stripped


DEFAULT_POLICY = PrivacyPolicy()


def is_personal(field: str) -> bool:
    """True when ``field`` is personal data under the default policy."""
    return DEFAULT_POLICY.is_personal(field)


def strip_personal(properties: Mapping[str, Any], include: Iterable[str] = ()) -> dict[str, Any]:
    """``properties`` without personal fields (default policy) unless named in ``include``."""
    return DEFAULT_POLICY.strip(properties, include)
