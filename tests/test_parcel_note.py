"""The note de renseignements urbanistiques: what it states (hand-computed) and its PDFs (fr / ar).

Geometry of the synthetic plan (see ``test_report``): R+4 on x 0..100, V on x 100..200;
P1 = 30 x 30 in R+4 with the non aedificandi strip (x 40..60) over 10 x 30 m; P2 = x 90..120,
so 300 m² in R+4 and 600 m² in V; P3 = x 140..180 in V. The HV line (x = 130, 15 m band) passes
10 m from P2 and P3 and 80 m from P1; the flood zone only touches P3 along its rear limit.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from qgis_process import available, enabled_home, run
from test_report import (
    FLOOD_ZONE,
    HV_LINE,
    NON_AEDIFICANDI,
    PARCELS,
    REGULATION,
    ZONES,
    catalogues,  # noqa: F401 - session fixture: compiled catalogues for use_language
    context_layers,
    feature_set,
    ink_ratio,
    pdf_text,
    render,
)

from agence_urbaine.core.i18n import use_language
from agence_urbaine.core.parcel_note import compute_parcel_notes, rule_text, servitude_text, zone_rules
from agence_urbaine.core.regulation import load_regulation, parse_regulation
from agence_urbaine.core.rules import CONFORME, verdict_label

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_data" / "hay_al_amal.gpkg"


def arabic_letters(text: str) -> int:
    """Arabic letters in ``text`` (``pdf_text`` has folded the presentation forms back)."""
    return sum("\u0621" <= ch <= "\u064a" for ch in text)


@pytest.fixture(scope="module")
def regulation():
    return load_regulation(REGULATION)


def flat(text: str) -> str:
    """``text`` without white space: pdftotext moves the spaces around numbers in Arabic lines."""
    return "".join(text.split())


def compute(regulation):
    parcels = feature_set(PARCELS, PARCELS.values())
    zoning = feature_set(range(len(ZONES)), ZONES.values(), zone=list(ZONES))
    servitudes = {"non_aedificandi": feature_set([0], [NON_AEDIFICANDI]),
                  "hv_line": feature_set([0], [HV_LINE]), "flood_zone": feature_set([0], [FLOOD_ZONE])}
    return {note.parcel_id: note for note in compute_parcel_notes(regulation, parcels, zoning, servitudes)}


@pytest.fixture(scope="module")
def notes(regulation):
    return compute(regulation)


# -- what the note states --------------------------------------------------------------------


def test_zone_shares_are_the_hand_computed_ones(notes):
    assert notes["P1"].area_m2 == pytest.approx(900.0)
    p1 = [(z.code, round(z.share, 6), round(z.area_m2, 3)) for z in notes["P1"].zones]
    assert p1 == [("R+4", 1.0, 900.0)]
    assert [(z.code, round(z.share, 6), round(z.area_m2, 3)) for z in notes["P2"].zones] == [
        ("V", round(2 / 3, 6), 600.0), ("R+4", round(1 / 3, 6), 300.0)]
    assert notes["P2"].zones[0].label == "Zone de villas"
    assert not notes["P1"].straddling and notes["P2"].straddling and not notes["P3"].straddling


def test_straddling_parcel_gets_the_rules_of_both_zones(notes):
    assert list(notes["P2"].rules) == ["V", "R+4"]
    assert list(notes["P1"].rules) == ["R+4"]


def test_servitudes_touching_the_parcel(notes):
    p1 = [(h.id, round(h.overlap_m2, 3), round(h.share, 6)) for h in notes["P1"].servitudes]
    assert p1 == [("non_aedificandi", 300.0, round(1 / 3, 6))]
    p2 = [(h.id, h.distance_m) for h in notes["P2"].servitudes]
    assert p2 == [("hv_line", pytest.approx(10.0))]
    # the flood zone only shares P3's rear limit: no area inside, not listed
    assert [h.id for h in notes["P3"].servitudes] == ["hv_line"]
    assert notes["P1"].servitudes[0].legal_basis == "Règlement d'aménagement, art. 12"


def test_zone_rules_follow_the_rule_type_declarations(regulation):
    r4 = zone_rules(regulation.zones["R+4"])
    assert [line.rule for line in r4] == [
        "use", "max_levels", "max_height", "coverage", "floor_area_ratio", "min_lot_area", "min_frontage",
        "road_setback", "side_setback", "rear_setback"]
    # the public-facilities zone sets no minimum lot nor frontage: those lines are absent
    uge = [line.rule for line in zone_rules(regulation.zones["UGE"])]
    assert "min_lot_area" not in uge and "min_frontage" not in uge and "max_height" in uge


def test_rule_wording(qgis_app, regulation):
    lines = {line.rule: line for line in zone_rules(regulation.zones["R+4"])}
    assert rule_text(lines["max_levels"]) == "at most 5 levels (R+4)"
    assert rule_text(lines["max_height"]) == "at most 17.50 m"
    assert rule_text(lines["coverage"]) == "at most 0.70 (COS)"
    assert rule_text(lines["side_setback"]) == (
        "0 m where building in continuous rows, otherwise at least 4.00 m")
    assert rule_text(lines["rear_setback"]) == "at least the larger of 4.00 m and 0.5 × the building height"
    assert rule_text(lines["use"]) == "allowed: habitat, commerce, bureaux; forbidden: industrie, entrepot"
    villa = {line.rule: line for line in zone_rules(regulation.zones["V"])}
    assert rule_text(villa["min_lot_area"]) == (
        "at least 600.0 m²; lots created before 2005-01-01 are referred to the commission")


def test_servitude_wording(qgis_app, notes):
    assert servitude_text(notes["P1"].servitudes[0]) == "covers 300.0 m² (33% of the parcel)"
    assert servitude_text(notes["P2"].servitudes[0]) == "10.0 m from the parcel, within the 15 m band"


def test_numbers_and_dates_follow_the_language_of_the_note(qgis_app, regulation, notes):
    lines = {line.rule: line for line in zone_rules(regulation.zones["R+4"])}
    villa = {line.rule: line for line in zone_rules(regulation.zones["V"])}
    with use_language("fr"):
        assert rule_text(lines["max_height"]) == "au plus 17,50 m"
        assert rule_text(lines["rear_setback"]) == (
            "au moins la plus grande des deux valeurs\u00a0: 4,00 m ou 0,5 × la hauteur du bâtiment")
        assert rule_text(villa["min_lot_area"]) == (
            "au moins 600,0 m²\u00a0; les lots créés avant le 01/01/2005 sont soumis à la commission")
        assert servitude_text(notes["P1"].servitudes[0]) == "couvre 300,0 m² (33\u00a0% de la parcelle)"
        assert servitude_text(notes["P2"].servitudes[0]) == "à 10,0 m de la parcelle, dans la bande de 15 m"
    with use_language("ar"):
        assert "01/01/2005" in rule_text(villa["min_lot_area"])
        assert "(33% " in servitude_text(notes["P1"].servitudes[0])
        assert "10,0" in servitude_text(notes["P2"].servitudes[0])
    assert rule_text(lines["max_height"]) == "at most 17.50 m"  # English (no language): unchanged


def test_arabic_wording_has_arabic_labels_and_units(qgis_app, regulation, notes):
    r4 = {line.rule: line for line in notes["P1"].rules["R+4"]}
    villa = {line.rule: line for line in notes["P2"].rules["V"]}
    p1 = notes["P1"]
    with use_language("ar"):
        assert rule_text(r4["max_height"]) == "على الأكثر 17,50 م"
        assert rule_text(villa["min_lot_area"]).startswith("على الأقل 600,0 م²")
        assert rule_text(r4["use"]) == (
            "المسموح بها: السكن، التجارة، المكاتب؛ الممنوعة: الصناعة، المستودعات")
        assert servitude_text(p1.servitudes[0]) == "يغطي 300,0 م² (33% من البقعة)"
        assert servitude_text(notes["P2"].servitudes[0]) == "على بعد 10,0 م من البقعة، داخل نطاق 15 م"
        assert p1.zones[0].label_text() == "منطقة العمارات"
        assert p1.servitudes[0].label_text() == "منطقة غير قابلة للبناء (حرم قناة التطهير الرئيسية)"
        assert p1.servitudes[0].legal_basis_text() == "نظام التهيئة، المادة 12"
        assert regulation.name_text() == "تصميم تهيئة حي الأمل (افتراضي)"
    with use_language("fr"):
        assert rule_text(r4["use"]) == (
            "autorisés\u00a0: habitat, commerce, bureaux; interdits\u00a0: industrie, entrepôt")
        assert p1.zones[0].label_text() == "Zone d'immeubles R+4"
        assert p1.servitudes[0].label_text() == "Zone non aedificandi (emprise du collecteur)"
        assert rule_text(r4["max_height"]) == "au plus 17,50 m"


def test_arabic_wording_falls_back_without_arabic_labels(qgis_app):
    document = json.loads(REGULATION.read_text(encoding="utf-8"))
    for part in (document["plan"], *document["zones"].values(), *document["servitudes"].values()):
        for key in ("labels", "municipality_labels", "legal_basis_labels"):
            part.pop(key, None)
    del document["use_labels"]
    p1 = compute(parse_regulation(document))["P1"]
    with use_language("ar"):
        assert p1.zones[0].label_text() == "Zone d'immeubles R+4"
        assert p1.servitudes[0].label_text() == "Zone non aedificandi (emprise du collecteur)"
        assert p1.servitudes[0].legal_basis_text() == "Règlement d'aménagement, art. 12"
        uses = {line.rule: line for line in p1.rules["R+4"]}["use"]
        assert rule_text(uses) == "المسموح بها: habitat، commerce، bureaux؛ الممنوعة: industrie، entrepot"


def test_use_language_switches_and_restores(qgis_app):
    assert verdict_label(CONFORME) == "Compliant"
    with use_language("fr") as installed:
        assert installed
        assert verdict_label(CONFORME) == "Conforme"
    assert verdict_label(CONFORME) == "Compliant"
    with use_language("xx") as installed:
        assert not installed


# -- the PDFs ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def note_files(qgis_app, regulation, notes, tmp_path_factory):
    from agence_urbaine.core.report import write_parcel_notes

    folder = tmp_path_factory.mktemp("notes")
    files = write_parcel_notes([notes["P1"], notes["P2"]], regulation, context_layers(), str(folder))
    return folder, [Path(f) for f in files]


def test_one_note_per_parcel_and_language(note_files):
    folder, files = note_files
    assert [f.name for f in files] == ["note_P1_fr.pdf", "note_P1_ar.pdf", "note_P2_fr.pdf", "note_P2_ar.pdf"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f.name for f in files)


def test_french_note_keeps_its_accents(note_files):
    _, files = note_files
    text = " ".join(pdf_text(files[0]).split())
    assert "aménagement" in text
    assert "Zone d'immeubles R+4" in text and "P1" in text
    assert "Zone non aedificandi" in text
    assert arabic_letters(text) == 0
    assert "approuvé le 30/06/2021" in text and "900 m²" in text.replace("m2", "m²")


def test_arabic_note_is_in_arabic(note_files):
    _, files = note_files
    text = pdf_text(files[1], raw=False)
    assert arabic_letters(text) > 100
    assert "Urban planning information note" not in text and "Rules of zone" not in text
    assert "P1" in text and "R+4" in text
    with use_language("ar"):
        from agence_urbaine.core.rules import RULE_TYPES

        height = RULE_TYPES["max_height"].label
    assert unicodedata.normalize("NFKC", height) in text


def test_arabic_note_names_zones_servitudes_and_units_in_arabic(note_files):
    _, files = note_files
    text = pdf_text(files[1], raw=False)
    assert "منطقة العمارات" in text  # zone label, in the zoning table and the legend
    # servitude label (the legend may wrap it: compared without spaces and line breaks)
    assert flat("منطقة غير قابلة للبناء") in flat(text) and flat("حرم قناة التطهير الرئيسية") in flat(text)
    assert "نظام التهيئة" in text  # legal basis
    assert "السكن" in text and "المستودعات" in text  # uses
    p2 = pdf_text(files[3], raw=False)
    # م and م² (pdf_text folds ² into 2; pdftotext moves the spaces): P1's height 17,50 م and scale
    # bar 20 م; P2's zone areas 600 م² and 300 م², and its minimum lot 600,0 م²
    assert "17,50م" in flat(text) and "20م" in flat(text)
    assert "600م2" in flat(p2) and "300م2" in flat(p2) and "600,0م2" in flat(p2)
    for french in ("Zone d'immeubles", "Zone de villas", "aedificandi", "Règlement d'aménagement", "habitat",
                   "Hay Al Amal"):
        assert french not in text + p2, french
    assert not re.search(r"\d\s*m\b|\bm2", text + p2)  # no Latin unit left


def test_french_note_keeps_the_french_labels(note_files):
    _, files = note_files
    text = " ".join(pdf_text(files[0]).split())
    for french in ("Zone d'immeubles R+4", "Zone non aedificandi (emprise du collecteur)",
                   "Règlement d'aménagement, art. 12", "industrie, entrepôt", "17,50 m", "300,0 m²",
                   "Plan d'aménagement de Hay Al Amal (fictif)"):
        assert french in text.replace("m2", "m²"), french
    assert arabic_letters(text) == 0


def test_note_pages_are_a4_and_drawn(note_files, tmp_path):
    _, files = note_files
    for pdf in (files[2], files[3]):
        pages = render(pdf, tmp_path / pdf.stem, dpi=40)
        assert pages
        assert ink_ratio(pages[0]) > 0.05


@pytest.mark.skipif(available() is not None, reason=str(available()))
@pytest.mark.skipif(not SAMPLE.exists(), reason="sample_data/hay_al_amal.gpkg is not generated")
def test_parcel_note_runs_headless_with_qgis_process(tmp_path):
    home = enabled_home(tmp_path / "home")
    data = str(SAMPLE)
    servitudes = [f"--SERVITUDES={data}|layername={name}"
                  for name in ("non_aedificandi", "school_site", "flood_zone", "hv_line", "heritage_zone")]
    out = tmp_path / "notes"
    completed = run(
        home, "run", "agenceurbaine:parcelnote", f"--REGULATION={REGULATION}",
        f"--PARCELS={data}|layername=parcels|subset=\"parcel_id\" = 'R4-T09'", "--PARCEL_ID=parcel_id",
        f"--ZONING={data}|layername=zoning", "--ZONE_FIELD=zone", f"--ROADS={data}|layername=roads",
        *servitudes, "--LANGUAGES=2", f"--OUTPUT_FOLDER={out}")
    names = sorted(p.name for p in out.iterdir())
    assert names == ["note_R4-T09_ar.pdf", "note_R4-T09_fr.pdf"], completed.stdout
    assert "NOTE_COUNT" in completed.stdout
