"""Personal data never leaves the workspace unless explicitly included."""

import pytest

from agence_urbaine.core.privacy import PrivacyPolicy, is_personal, strip_personal


@pytest.mark.parametrize("field", [
    "nom", "Prénom", "CIN", "cin_demandeur", "telephone", "Téléphone", "phone", "email", "e_mail",
    "adresse", "applicant_name", "nom_demandeur", "tel", "gsm", "owner_address",
])
def test_personal_fields_are_recognised(field):
    assert is_personal(field)


@pytest.mark.parametrize("field", [
    "zone", "ref", "area_m2", "levels", "height_m", "land_use", "nombre_niveaux", "cinema",
    "hotel", "version", "updated_at", "permit_number",
])
def test_planning_fields_are_not_personal(field):
    assert not is_personal(field)


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
