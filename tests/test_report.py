"""Conformity reports: PDF pages of the right size, not blank, with the rules and no personal data.

A small synthetic plan (two zones, three parcels, two applications) is checked by the real engine,
then rendered. Pages are rasterised with ``pdftoppm`` and read back with ``pdftotext``
(poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest
import shapely
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtGui import QImage, qGray
from shapely.geometry import LineString, box

from agence_urbaine.compat import FieldType
from agence_urbaine.core.conformity import FeatureSet, check_conformity
from agence_urbaine.core.regulation import load_regulation

REPO = Path(__file__).resolve().parent.parent
REGULATION = REPO / "sample_data" / "regulation.json"
X0, Y0 = 369600.0, 374800.0
APPLICANT_NAME = "Fatima-Zahra Bennani"
APPLICANT_CIN = "BK482913"
APPLICANT_PHONE = "0661234567"

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftoppm, pdftotext) is not installed")


def b(x1, y1, x2, y2):
    """A box in plan coordinates, relative to the synthetic origin."""
    return box(X0 + x1, Y0 + y1, X0 + x2, Y0 + y2)


# Zones: R+4 on x 0..100, V on x 100..200, both y 0..100; a road along y < 0.
ZONES = {"R+4": b(0, 0, 100, 100), "V": b(100, 0, 200, 100)}
ROAD = b(-20, -15, 220, 0)
# P1: 30 x 30 in R+4; P2 straddles R+4 (x 90..100, 300 m²) and V (x 100..120, 600 m²); P3 in V.
PARCELS = {"P1": b(20, 0, 50, 30), "P2": b(90, 0, 120, 30), "P3": b(140, 0, 180, 30)}
# The non aedificandi strip x 40..60 covers a third of P1 (10 x 30 = 300 m²).
NON_AEDIFICANDI = b(40, 0, 60, 100)
# The HV line at x = 130 passes 10 m from P2 and P3 (15 m band), 80 m from P1.
HV_LINE = LineString([(X0 + 130, Y0 + 0), (X0 + 130, Y0 + 100)])
# The flood zone only touches P3 along its rear limit (no area inside).
FLOOD_ZONE = b(140, 30, 180, 60)


@pytest.fixture(scope="session", autouse=True)
def catalogues():
    """The compiled catalogues ``use_language`` loads (i18n/*.qm are build outputs, ignored by git):
    compiled from the committed .ts when missing, as ``make translations-qm`` does."""
    for language in ("fr", "ar", "en"):
        target = REPO / "i18n" / f"agence_urbaine_{language}.qm"
        if not target.exists():
            lrelease = shutil.which("lrelease")
            if lrelease is None:
                pytest.fail("lrelease is missing: install qttools5-dev-tools (make system does)")
            source = str(target.with_suffix(".ts"))
            subprocess.run([lrelease, "-silent", source, "-qm", str(target)], check=True)


def feature_set(ids, geometries, **attributes) -> FeatureSet:
    array = np.empty(len(geometries), dtype=object)
    array[:] = list(geometries)
    return FeatureSet(list(ids), array, {k: list(v) for k, v in attributes.items()})


def memory_layer(name, geometry_type, geometries, **attributes) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry_type}?crs=EPSG:26191", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(key, FieldType.QString) for key in attributes])
    layer.updateFields()
    features = []
    for index, geometry in enumerate(geometries):
        feature = QgsFeature(layer.fields())
        qgs = QgsGeometry()
        qgs.fromWkb(shapely.to_wkb(geometry))
        feature.setGeometry(qgs)
        feature.setAttributes([str(values[index]) for values in attributes.values()])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    assert layer.isValid()
    return layer


def context_layers() -> dict:
    """The layers a report draws; the parcels carry an owner's name that must never be printed."""
    return {
        "zoning": memory_layer("zoning", "Polygon", ZONES.values(), zone=list(ZONES)),
        "parcels": memory_layer("parcels", "Polygon", PARCELS.values(), parcel_id=list(PARCELS),
                                owner_name=[APPLICANT_NAME] * 3),
        "roads": memory_layer("roads", "Polygon", [ROAD], road_name=["Rue Al Yasmine"]),
        "non_aedificandi": memory_layer("non_aedificandi", "Polygon", [NON_AEDIFICANDI], id=["1"]),
        "hv_line": memory_layer("hv_line", "LineString", [HV_LINE], id=["1"]),
        "flood_zone": memory_layer("flood_zone", "Polygon", [FLOOD_ZONE], id=["1"]),
    }


def synthetic_result():
    """Two applications: PC-1 on P1 (R+5, over the non aedificandi strip), PC-2 on P3 (villa)."""
    regulation = load_regulation(REGULATION)
    parcels = feature_set(PARCELS, PARCELS.values(), parcel_id=list(PARCELS))
    footprints = feature_set(
        ["PC-1", "PC-2"], [b(22, 2, 48, 24), b(145, 5, 175, 20)],
        parcel_id=["P1", "P3"], levels=[6, 2], height=[19.0, 7.0], use=["habitat", "habitat"],
        floor_area=[None, None], applicant_name=[APPLICANT_NAME, "Youssef Alaoui"],
        applicant_cin=[APPLICANT_CIN, "CD99881"], applicant_phone=[APPLICANT_PHONE, "0600000000"],
    )
    zoning = feature_set(range(len(ZONES)), ZONES.values(), zone=list(ZONES))
    roads = feature_set([0], [ROAD])
    servitudes = {"non_aedificandi": feature_set([0], [NON_AEDIFICANDI]),
                  "hv_line": feature_set([0], [HV_LINE]), "flood_zone": feature_set([0], [FLOOD_ZONE])}
    far = b(5000, 5000, 5001, 5001)  # every declared servitude checked (one missing is "à vérifier")
    for sid in set(regulation.servitudes) - set(servitudes):
        servitudes[sid] = feature_set([0], [far])
    result = check_conformity(regulation, parcels, footprints, zoning, roads, servitudes)
    return regulation, result


def render(pdf: Path, out: Path, dpi: int = 60) -> list[Path]:
    """Rasterise every page of ``pdf`` to PNG; the PNG paths in page order."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out)], check=True)
    return sorted(out.parent.glob(out.name + "*.png"))


BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def pdf_text(pdf: Path, raw: bool = True) -> str:
    """The PDF's text, NFKC-folded: ligatures (ﬁ, ﬃ) and Arabic presentation forms, as Qt's PDF
    maps them, become plain letters (so does ² → 2); bidi marks are dropped. ``raw`` keeps the
    drawing order (a wrapped table cell stays together); Arabic needs ``raw=False`` (raw mode
    gives one shaped glyph a line)."""
    command = ["pdftotext", *(["-raw"] if raw else []), "-enc", "UTF-8", str(pdf), "-"]
    text = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", text).translate(BIDI_MARKS)


def ink_ratio(png: Path) -> float:
    """Share of pixels that are not white."""
    image = QImage(str(png))
    step = 3
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            if qGray(image.pixel(x, y)) < 235:
                dark += 1
    return dark / total


@pytest.fixture(scope="module")
def reports(qgis_app, tmp_path_factory):
    from agence_urbaine.core.report import write_conformity_reports

    regulation, result = synthetic_result()
    folder = tmp_path_factory.mktemp("reports")
    steps = []
    files = write_conformity_reports(result, regulation, context_layers(), str(folder), language="fr",
                                     progress=steps.append)
    return regulation, result, files, folder, steps


def test_one_page_per_application_and_a_summary(reports):
    _, result, files, folder, steps = reports
    assert [Path(p).name for p in files.pages] == ["PC-1.pdf", "PC-2.pdf"]
    assert Path(files.summary).name == "summary.pdf"
    assert sorted(p.name for p in folder.iterdir()) == ["PC-1.pdf", "PC-2.pdf", "summary.pdf"]
    assert steps and steps[-1] == 1.0
    assert {a.verdict for a in result.applications} == {"non_conforme", "conforme"}


def test_page_is_a4_and_not_blank(reports, tmp_path):
    _, _, files, _, _ = reports
    pages = render(Path(files.pages[0]), tmp_path / "pc1", dpi=60)
    assert len(pages) == 1
    image = QImage(str(pages[0]))
    # A4 portrait at 60 dpi: 210 x 297 mm -> 496 x 702 px (pdftoppm rounds up)
    assert abs(image.width() - 496) <= 2 and abs(image.height() - 702) <= 2
    assert ink_ratio(pages[0]) > 0.05


def labels_in(language: str, rule_ids: tuple[str, ...]) -> list[str]:
    """Rule labels and verdict labels as the report writes them in ``language``."""
    from agence_urbaine.core.i18n import use_language
    from agence_urbaine.core.rules import CONFORME, NON_CONFORME, RULE_TYPES, verdict_label

    with use_language(language):
        labels = [RULE_TYPES[r].label for r in rule_ids]
        labels += [verdict_label(NON_CONFORME), verdict_label(CONFORME)]
    return [unicodedata.normalize("NFKC", label) for label in labels]


def test_page_text_has_rules_and_verdicts_but_no_personal_data(reports):
    _, _, files, _, _ = reports
    text = pdf_text(Path(files.pages[0]))
    flat = " ".join(text.split())
    expected = labels_in("fr", ("max_levels", "max_height", "coverage", "side_setback"))
    for word in (*expected, "PC-1", "P1", "Zone non aedificandi", "R+4", "6 levels exceed the 5"):
        assert word in flat, word
    for secret in (APPLICANT_NAME, "Bennani", APPLICANT_CIN, APPLICANT_PHONE, "Youssef", "CD99881"):
        assert secret not in text


def test_french_page_writes_numbers_and_dates_the_french_way(reports):
    from datetime import date

    _, _, files, _, _ = reports
    flat = " ".join(pdf_text(Path(files.pages[0])).split())
    # PC-1: 19.0 m measured against 17.50 m allowed; P1 lies wholly in R+4
    assert "19,00 m" in flat and "17,50 m" in flat and "R+4 (100 %)" in flat
    assert date.today().strftime("%d/%m/%Y") in flat
    assert date.today().isoformat() not in flat
    # (the findings' messages keep the wording of the check's own run, in the interface's language)


def test_summary_lists_every_application_with_verdict_and_failing_rules(reports):
    _, _, files, _, _ = reports
    flat = " ".join(pdf_text(Path(files.summary)).split())
    assert "PC-1" in flat and "PC-2" in flat
    for word in labels_in("fr", ("max_levels", "max_height")):
        assert word in flat, word
    assert APPLICANT_NAME not in flat and APPLICANT_CIN not in flat


def test_report_in_english_when_asked(qgis_app, tmp_path):
    from agence_urbaine.core.report import write_conformity_reports

    regulation, result = synthetic_result()
    files = write_conformity_reports(result, regulation, context_layers(), str(tmp_path), language="en")
    flat = " ".join(pdf_text(Path(files.pages[0])).split())
    assert "Number of levels" in flat and "Not compliant" in flat and "Compliant" in flat


def beside(text: str, value: str, unit: str) -> bool:
    """``value`` and ``unit`` side by side in ``text``, in either order (pdftotext's bidi reordering
    of Arabic lines varies), spaces ignored."""
    flat = "".join(text.split())
    return value + unit in flat or unit + value in flat


def test_arabic_report_names_zones_servitudes_uses_and_units_in_arabic(qgis_app, tmp_path):
    from agence_urbaine.core.report import write_conformity_reports

    regulation, result = synthetic_result()
    files = write_conformity_reports(result, regulation, context_layers(), str(tmp_path), language="ar")
    text = pdf_text(Path(files.pages[0]), raw=False)
    assert "منطقة العمارات" in text  # R+4's label, in the zones line and the legend
    assert "منطقة غير قابلة للبناء" in text and "منطقة معرضة لفيضان الوادي" in text  # servitude rules
    assert "تصميم تهيئة حي" in text  # the plan's name
    assert "السكن" in text and "المكاتب" in text  # the uses allowed in R+4
    # PC-1: 19.0 m measured against 17.50 m, 176 m² inside the non aedificandi strip
    assert beside(text, "19,00", "م") and beside(text, "17,50", "م") and beside(text, "176,00", "م")
    assert not beside(text, "19,00", "m") and not beside(text, "17,50", "m")
    assert "Zone d'immeubles" not in text and "habitat, commerce" not in text and "Hay Al Amal" not in text
    # (the findings' messages keep the wording of the check's own run, in the interface's language)


def test_cancel_stops_between_pages_and_leaves_no_partial_file(qgis_app, tmp_path):
    from agence_urbaine.core.report import write_conformity_reports

    regulation, result = synthetic_result()
    calls = []

    def cancel_after_first_page():
        calls.append(1)
        return len(calls) > 1

    files = write_conformity_reports(result, regulation, context_layers(), str(tmp_path),
                                     is_canceled=cancel_after_first_page)
    assert [Path(p).name for p in files.pages] == ["PC-1.pdf"]
    assert files.summary == ""
    assert [p.name for p in tmp_path.iterdir()] == ["PC-1.pdf"]


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_scale_bar_labels_are_whole_metres_in_an_arabic_qgis(qgis_app, tmp_path, language):
    """From an Arabic QGIS the scale bar read "0٫000000 10٫000000 20٫000000" (QGIS's default
    number format with the Arabic locale), the labels running into each other."""
    from qgis.PyQt.QtCore import QLocale

    from agence_urbaine.core.report import write_conformity_reports

    previous = QLocale()
    QLocale.setDefault(QLocale("ar"))  # as QGIS sets it for an Arabic interface
    try:
        regulation, result = synthetic_result()
        files = write_conformity_reports(result, regulation, context_layers(), str(tmp_path),
                                         language=language)
        text = pdf_text(Path(files.pages[0]), raw=False)
    finally:
        QLocale.setDefault(previous)
    assert "000000" not in text and "٫" not in text, text
