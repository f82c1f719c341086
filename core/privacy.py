"""Which fields are personal data, and what publishing does with them.

Applicant data (name, national ID *CIN*, phone, e-mail, postal address, birth date…) must never
reach the agency server or a published layer. Publishing strips personal fields unless the caller
names them explicitly in ``include``. A field is personal:

* **by its name**, in French, English or Arabic: the name is folded (case, accents, Arabic
  diacritics and hamza forms, the article ``ال``), cut into parts at separators, digits and
  camelCase (``N° CIN`` → ``n cin``, ``tel1`` → ``tel 1``, ``firstName`` → ``first name``), and a
  part equal to one of :data:`PERSONAL_WORDS` (or its plural, or ``n``/``num``/``no``… + the word:
  ``ncin``, ``numtel``) marks it; so does one of :data:`PERSONAL_STEMS` anywhere in the name
  (``nomdemandeur``, ``dateofbirth``). A *name* word (``nom``, ``name``, ``اسم``) next to a place
  or thing word (:data:`NOT_A_PERSON`: ``nom_zone``, ``nom_quartier``) names a place, not a person.
  Whole parts only, so ``hotel``, ``cinema``, ``nombre`` are not ``tel``, ``cin``, ``nom``.
* **by its values**: most non-empty values look like Moroccan CIN numbers, Moroccan phone numbers
  or e-mail addresses (:data:`VALUE_PATTERNS`).

Every list and pattern lives here (the guide documents them). Plain Python with no package import
(``tr`` falls back to the source text), so the server scripts can load this file on its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple, Optional

try:
    from .i18n import tr
except ImportError:  # loaded by path (server scripts): no package, no translation
    def tr(text: str) -> str:
        return text

# category → words that, as a whole part of a field name, make it personal data
PERSONAL_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("nom", "noms", "name", "prenom", "firstname", "lastname", "surname", "fullname",
             "patronyme", "nomcomplet", "nomprenom", "اسم", "نسب"),
    "identity": ("cin", "cnie", "passport", "passeport", "nationalid", "بطاقة", "تعريف"),
    "phone": ("tel", "tele", "telephone", "phone", "gsm", "mobile", "portable", "fax", "whatsapp",
              "هاتف", "جوال", "محمول", "واتساب"),
    "email": ("mail", "email", "courriel", "بريد"),
    "address": ("adr", "adresse", "address", "addr", "domicile", "عنوان", "سكن"),
    "birth": ("naiss", "naissance", "birth", "birthdate", "birthday", "dob", "ازدياد", "ولادة", "ميلاد"),
    "person": ("applicant", "demandeur", "petitionnaire", "proprietaire", "owner", "requerant",
               "beneficiaire", "مالك", "طالب"),
}
# category → stems found anywhere in the name with its separators removed (long, unambiguous)
PERSONAL_STEMS: dict[str, tuple[str, ...]] = {
    "name": ("prenom", "firstname", "lastname", "fullname", "surname"),
    "identity": ("passport", "passeport", "cnie"),
    "phone": ("telephone", "phone", "whatsapp"),
    "email": ("email", "courriel"),
    "address": ("adresse", "address"),
    "birth": ("naissance", "birth"),
    "person": ("demandeur", "petitionnaire", "proprietaire", "applicant"),
}
# ``n°``, ``num``… before an identity or phone word: ``ncin``, ``numcin``, ``ntel``
NUMBER_PREFIXES: tuple[str, ...] = ("n", "no", "nr", "num", "numero", "number")
PREFIXED_CATEGORIES = frozenset({"identity", "phone"})
# with one of these parts, a name word names a place or a thing (``nom_zone``), not a person
NOT_A_PERSON: frozenset[str] = frozenset({
    "zone", "quartier", "commune", "douar", "rue", "voie", "avenue", "boulevard", "route", "projet",
    "lotissement", "secteur", "province", "prefecture", "region", "ville", "centre", "equipement",
    "plan", "couche", "layer", "site", "arrondissement", "lieu", "localite", "place", "street", "road",
    "district", "city", "town", "village", "project", "facility", "building", "batiment", "immeuble",
    "etablissement", "ecole", "mosquee", "souk", "oued", "parc", "jardin", "espace", "regle", "rule",
    "fichier", "file", "document", "programme", "operation", "collection",
    "منطقة", "حي", "جماعة", "دوار", "شارع", "زنقة", "مشروع", "تجزئة", "اقليم", "عمالة", "جهة", "مدينة",
    "قطاع", "مرفق",
})
# category → what most non-empty values of a personal column look like
VALUE_PATTERNS: dict[str, re.Pattern] = {
    "cin": re.compile(r"[A-Z]{1,2} ?\d{5,6}", re.IGNORECASE),  # not "A-123456": codes of plans
    "phone": re.compile(r"(?:\+212|00212|0)[ .-]?(?:\(0\)[ .-]?)?[5-7](?:[ .-]?\d){8}"),
    "email": re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}"),
}
VALUE_SHARE = 0.5  # a column is personal when more than this share of its non-empty values match
VALUE_SAMPLE = 500  # values looked at per column (the first ones)

_ARABIC_FOLD = str.maketrans({"ى": "ي", "ـ": None})
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PARTS = re.compile(r"[^\W\d_]+|\d+")


def _fold(text: str) -> str:
    """Lower case without accents, Arabic diacritics, hamza seats or tatweel."""
    decomposed = unicodedata.normalize("NFKD", text.casefold()).translate(_ARABIC_FOLD)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _word(part: str) -> str:
    """A folded part without the Arabic article (``الهاتف`` → ``هاتف``)."""
    return part[2:] if part.startswith("ال") and len(part) > 3 else part


def name_parts(field: str) -> list[str]:
    """The folded parts of a field name, cut at separators, digits and camelCase."""
    return [_word(p) for p in _PARTS.findall(_fold(_CAMEL.sub(" ", field))) if not p.isdigit()]


def _part_matches(part: str, word: str, category: str) -> bool:
    if part in (word, word + "s"):
        return True
    return category in PREFIXED_CATEGORIES and any(part == p + word for p in NUMBER_PREFIXES)


def name_category(field: str, words: Mapping[str, Sequence[str]] = PERSONAL_WORDS,
                  stems: Mapping[str, Sequence[str]] = PERSONAL_STEMS) -> Optional[str]:
    """The personal-data category a field's name says (``"phone"``, ``"name"``…), or None."""
    parts = name_parts(field)
    place = any(p in NOT_A_PERSON for p in parts)
    joined = "".join(parts)
    for category, category_words in words.items():
        if category == "name" and place:
            continue
        folded = [_word(_fold(w)) for w in category_words]
        if any(_part_matches(p, w, category) for p in parts for w in folded):
            return category
        if any(_fold(s) in joined for s in stems.get(category, ())):
            return category
    return None


def values_category(values: Iterable[Any]) -> Optional[str]:
    """``"cin"``, ``"phone"`` or ``"email"`` when most non-empty values (the first
    :data:`VALUE_SAMPLE`) look like that, else None."""
    texts = []
    for value in values:
        if isinstance(value, str) and value.strip():
            texts.append(value.strip())
            if len(texts) >= VALUE_SAMPLE:
                break
    if not texts:
        return None
    for category, pattern in VALUE_PATTERNS.items():
        if sum(1 for t in texts if pattern.fullmatch(t)) > VALUE_SHARE * len(texts):
            return category
    return None


def _reason_texts() -> dict[tuple[str, str], str]:
    return {
        ("name", "name"): tr("personal data: the field name looks like a person's name"),
        ("name", "identity"): tr("personal data: the field name looks like an identity card (CIN) number"),
        ("name", "phone"): tr("personal data: the field name looks like a phone number field"),
        ("name", "email"): tr("personal data: the field name looks like an e-mail address field"),
        ("name", "address"): tr("personal data: the field name looks like a postal address field"),
        ("name", "birth"): tr("personal data: the field name looks like a date or place of birth"),
        ("name", "person"): tr("personal data: the field name looks like data about the applicant or owner"),
        ("name", "custom"): tr("personal data: the field name is on the agency's list"),
        ("values", "cin"): tr("personal data: values look like CIN numbers"),
        ("values", "phone"): tr("personal data: values look like phone numbers"),
        ("values", "email"): tr("personal data: values look like e-mail addresses"),
    }


class PersonalField(NamedTuple):
    """A field found to hold personal data, and why (by its name or by its values)."""

    field: str
    by: str  # "name" or "values"
    category: str

    @property
    def reason(self) -> str:
        """The translated reason shown next to the field."""
        return _reason_texts()[(self.by, self.category)]


class PrivacyPolicy:
    """Says which fields are personal data: the default word lists and value patterns, or the
    agency's own ``patterns`` (substrings of the folded name) and ``extra_fields`` (exact names)."""

    def __init__(self, patterns: Optional[Iterable[str]] = None, extra_fields: Iterable[str] = (),
                 check_values: bool = True):
        self.patterns = None if patterns is None else tuple(_fold(p).replace("_", "") for p in patterns)
        self.extra_fields = frozenset(_fold(f) for f in extra_fields)
        self.check_values = check_values

    def classify(self, field: str, values: Iterable[Any] = ()) -> Optional[PersonalField]:
        """Why ``field`` (with these values, if given) is personal data, or None."""
        if _fold(field) in self.extra_fields:
            return PersonalField(field, "name", "custom")
        if self.patterns is not None:
            joined = "".join(name_parts(field))
            if any(p in joined for p in self.patterns):
                return PersonalField(field, "name", "custom")
        else:
            category = name_category(field)
            if category:
                return PersonalField(field, "name", category)
        category = values_category(values) if self.check_values else None
        return PersonalField(field, "values", category) if category else None

    def detect(self, fields: Iterable[str], rows: Sequence[Mapping[str, Any]] = ()) -> list[PersonalField]:
        """The personal fields among ``fields`` (in their order), by name, else by the values the
        ``rows`` (property mappings) hold."""
        found = []
        for name in fields:
            personal = self.classify(name, (row.get(name) for row in rows))
            if personal:
                found.append(personal)
        return found

    def is_personal(self, field: str) -> bool:
        """True when ``field``'s name says personal data under this policy."""
        return self.classify(field) is not None

    def personal_fields(self, fields: Iterable[str]) -> list[str]:
        """The fields among ``fields`` whose name says personal data, in their order."""
        return [f for f in fields if self.is_personal(f)]

    def strip(self, properties: Mapping[str, Any], include: Iterable[str] = ()) -> dict[str, Any]:
        """A copy of ``properties`` without the fields whose name says personal data, except those
        named in ``include`` (values are judged per column, by :meth:`detect`)."""
        kept = set(include)
        return {k: v for k, v in properties.items() if k in kept or not self.is_personal(k)}

    def strip_feature(self, feature: Mapping[str, Any], include: Iterable[str] = ()) -> dict[str, Any]:
        """A copy of a GeoJSON-like feature whose ``properties`` are stripped."""
        stripped = dict(feature)
        stripped["properties"] = self.strip(feature.get("properties") or {}, include)
        return stripped


DEFAULT_POLICY = PrivacyPolicy()


def is_personal(field: str) -> bool:
    """True when ``field``'s name says personal data under the default policy."""
    return DEFAULT_POLICY.is_personal(field)


def strip_personal(properties: Mapping[str, Any], include: Iterable[str] = ()) -> dict[str, Any]:
    """``properties`` without personal fields (default policy) unless named in ``include``."""
    return DEFAULT_POLICY.strip(properties, include)
