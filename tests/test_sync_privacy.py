"""Personal data never leaves the workspace unless explicitly included: recognised by name (French,
English, Arabic, with their usual variants) and by content (CIN, phone, e-mail values)."""

import importlib.util
from pathlib import Path

import pytest

from agence_urbaine.core.privacy import (
    DEFAULT_POLICY,
    PrivacyPolicy,
    is_personal,
    strip_personal,
    values_category,
)

PERSONAL_NAMES = [
    # the list
    "full_name", "tel1", "ncin", "الاسم", "الهاتف", "name", "first_name", "lastname", "numcin", "cin1",
    "nom1", "adr", "whatsapp", "date_naiss",
    # variants: case, accents, separators, digits, prefixes / suffixes, camelCase, Arabic forms
    "Nom_Demandeur", "N° CIN", "téléphone 2", "E-mail", "prénom", "رقم_البطاقة", "البريد_الإلكتروني",
    "العنوان", "nom", "Prénom", "CIN", "cin_demandeur", "telephone", "Téléphone", "phone", "email",
    "e_mail", "adresse", "applicant_name", "nom_demandeur", "tel", "gsm", "owner_address", "firstName",
    "NomPrenom", "TEL_PORTABLE", "Num_Tel", "adresse_postale", "date_naissance", "lieu_naissance",
    "passeport", "CNIE", "nom_prenom", "mail_contact", "courriel", "nom_proprietaire", "owner_phone",
    "dateOfBirth", "N°CIN", "tel_ref", "اسم_المالك", "رقم الهاتف", "الإسم", "تاريخ_الازدياد",
]

PLANNING_NAMES = [
    "parcel_ref", "zone", "levels", "height_m", "use", "surface", "cos", "ces", "nom_zone", "quartier",
    "commune", "titre_foncier", "date_depot", "statut", "decision", "hotel", "cinema", "nombre",
    "nombre_niveaux", "nom_quartier", "NomZone", "nom_commune", "ref", "area_m2", "land_use", "version",
    "updated_at", "permit_number", "code", "label", "max_levels", "colour", "nom_lotissement",
    "اسم_المنطقة", "المساحة", "عدد_الطوابق", "telecom", "hotels", "pharmacie", "emprise", "nature",
]


@pytest.mark.parametrize("field", PERSONAL_NAMES)
def test_personal_fields_are_recognised(field):
    assert is_personal(field)


@pytest.mark.parametrize("field", PLANNING_NAMES)
def test_planning_fields_are_not_personal(field):
    assert not is_personal(field)


@pytest.mark.parametrize(("values", "category"), [
    (["AB123456", "J45678", "BE 654321", "k123456"], "cin"),
    (["+212 6 12 34 56 78", "00212612345678", "0612345678", "06.12.34.56.78", "05-22-33-44-55",
      "+212 (0)6 61 22 33 44"], "phone"),
    (["a.alami@example.ma", "b_bennani@mail.co.uk"], "email"),
    (["0612345678", None, "", "0700112233"], "phone"),  # empty values do not count
])
def test_personal_values_are_recognised(values, category):
    assert values_category(values) == category


@pytest.mark.parametrize("values", [
    ["R+4", "C", "ZI", "D2"], ["R4", "C1", "ZI2"], ["PC2023", "TF12/45"], ["12345/20", "4567/R"],
    ["0.4", "1.5"], ["Zone A", "Zone B"], ["0612345678", "X", "Y", "Z"], [], [None, ""],
    ["2024-01-15"], ["123456789012"],
    ["A-123456", "B-204518", "ZI-10321"],  # zone and lot codes with a hyphen (flaky before: random tags)
])
def test_planning_values_are_not_personal(values):
    assert values_category(values) is None


def test_detect_gives_the_reason_by_name_or_by_values():
    rows = [{"zone": "C", "contact": "0612345678", "ref_x": "AB123456", "note": "a@b.ma", "tel1": "x"},
            {"zone": "D", "contact": "0661223344", "ref_x": "J45678", "note": "c@d.org", "tel1": "y"}]
    found = {p.field: p for p in DEFAULT_POLICY.detect(["zone", "contact", "ref_x", "note", "tel1"], rows)}
    assert set(found) == {"contact", "ref_x", "note", "tel1"}
    assert found["contact"].reason == "personal data: values look like phone numbers"
    assert found["ref_x"].reason == "personal data: values look like CIN numbers"
    assert found["note"].reason == "personal data: values look like e-mail addresses"
    assert found["tel1"].reason == "personal data: the field name looks like a phone number field"


def test_strip_keeps_only_what_may_be_published():
    properties = {"zone": "R+4", "nom": "X", "cin": "AB123", "levels": 3}
    assert strip_personal(properties) == {"zone": "R+4", "levels": 3}
    assert strip_personal(properties, include=["nom"]) == {"zone": "R+4", "nom": "X", "levels": 3}


def test_policy_is_configurable():
    policy = PrivacyPolicy(patterns=["matricule"], extra_fields=["Observation"])
    assert policy.is_personal("matricule_agent") and policy.is_personal("observation")
    assert not policy.is_personal("nom")
    feature = {"type": "Feature", "id": "1", "properties": {"observation": "…", "zone": "C"}}
    assert policy.strip_feature(feature)["properties"] == {"zone": "C"}
    assert feature["properties"]["observation"] == "…"


def test_privacy_module_loads_on_its_own_as_the_server_scripts_load_it():
    path = Path(__file__).resolve().parent.parent / "core" / "privacy.py"
    spec = importlib.util.spec_from_file_location("standalone_privacy", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.PrivacyPolicy().personal_fields(["id", "zone", "الهاتف", "ncin"]) == ["الهاتف", "ncin"]
