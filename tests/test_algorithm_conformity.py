"""``agenceurbaine:checkconformity`` through Processing, on the sample plan."""

import csv
import sqlite3

import pytest
from processing_helpers import (
    REGULATION,
    RecordingFeedback,
    conformity_parameters,
    ensure_provider,
    sample_layer,
)
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis_process import available, enabled_home, run

from agence_urbaine.core.conformity import check_conformity
from agence_urbaine.core.regulation import load_regulation
from agence_urbaine.processing import fast_sink


@pytest.fixture(scope="module")
def processing_run(qgis_processing):
    ensure_provider()
    import processing

    def run(algorithm, parameters, **kwargs):
        result = processing.run(algorithm, parameters, **kwargs)
        if algorithm == "agenceurbaine:checkconformity":
            # the outputs are GeoPackage files (temporary ones too): processing.run gives paths
            for key in ("OUTPUT", "FINDINGS", "OFFENDING"):
                if isinstance(result.get(key), str):
                    result[key] = QgsVectorLayer(result[key], key, "ogr")
        return result

    return run


def _by_id(layer, key):
    return {f[key]: f for f in layer.getFeatures()}


def test_outputs_match_the_engine(processing_run):
    result = processing_run("agenceurbaine:checkconformity", conformity_parameters())
    applications = result["OUTPUT"]
    findings = result["FINDINGS"]
    assert applications.crs().authid() == "EPSG:26191"
    assert applications.featureCount() == sample_layer("applications").featureCount()
    names = applications.fields().names()
    for field in ("app_id", "verdict", "verdict_label", "fail_count", "zones"):
        assert field in names
    verdicts = [f["verdict"] for f in applications.getFeatures()]
    assert set(verdicts) == {"conforme", "non_conforme", "a_verifier"}
    total = result["CONFORME"] + result["NON_CONFORME"] + result["A_VERIFIER"]
    assert total == result["APPLICATION_COUNT"] > 0
    # every application has findings, with a verdict for each rule
    rows = list(findings.getFeatures())
    assert {r["app_id"] for r in rows} == {str(f["app_id"]) for f in applications.getFeatures()}
    failing = [r for r in rows if r["verdict"] == "non_conforme"]
    assert failing and all(r["message"] for r in failing)
    # an application is non conforme exactly when one of its findings is
    failing_apps = {r["app_id"] for r in failing}
    for feature in applications.getFeatures():
        assert (feature["verdict"] == "non_conforme") == (str(feature["app_id"]) in failing_apps)
    # offending parts carry an area and name their rule
    offending = list(result["OFFENDING"].getFeatures())
    assert offending and all(f["area_m2"] > 0 and f["rule"] for f in offending)


def test_geographic_input_is_reprojected_with_a_warning(processing_run, tmp_path):
    """Parcels handed over in WGS 84 are measured in the plan's CRS, and the user is told."""
    reference = processing_run("agenceurbaine:checkconformity", conformity_parameters())
    wgs84 = processing_run("native:reprojectlayer", {
        "INPUT": sample_layer("applications"),
        "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:4326"),
        "OUTPUT": str(tmp_path / "applications_wgs84.gpkg"),
    })["OUTPUT"]
    feedback = RecordingFeedback()
    result = processing_run("agenceurbaine:checkconformity",
                            conformity_parameters(APPLICATIONS=QgsVectorLayer(wgs84, "apps", "ogr")),
                            feedback=feedback)
    assert any("EPSG:4326" in w and "geographic" in w for w in feedback.warnings)
    assert result["OUTPUT"].crs().authid() == "EPSG:26191"
    before = {f["app_id"]: f["verdict"] for f in reference["OUTPUT"].getFeatures()}
    after = {f["app_id"]: f["verdict"] for f in result["OUTPUT"].getFeatures()}
    # the round trip through WGS 84 moves vertices by millimetres: verdicts away from limits stay
    same = sum(before[k] == after[k] for k in before)
    assert same >= 0.9 * len(before)


def test_malformed_regulation_is_a_clear_error(processing_run, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "agence_urbaine.regulation/1", "zones": {"R4": {"max_levels": "five"}}}')
    with pytest.raises(QgsProcessingException) as error:
        processing_run("agenceurbaine:checkconformity", conformity_parameters(REGULATION=str(bad)))
    assert "max_levels" in str(error.value)
    assert "bad.json" in str(error.value)


def test_same_answer_as_the_engine(processing_run):
    """The algorithm is thin: its counts are the engine's on the same arrays."""
    from agence_urbaine.processing.layers import read_features

    regulation = load_regulation(REGULATION)
    result = processing_run("agenceurbaine:checkconformity", conformity_parameters())
    crs = QgsCoordinateReferenceSystem("EPSG:26191")
    parcels, _ = read_features(sample_layer("parcels"), crs, ["parcel_id", "lot_date"], "parcel_id")
    footprints, _ = read_features(sample_layer("applications"), crs,
                                  ["parcel_id", "levels", "height", "use", "floor_area"], "app_id")
    zoning, _ = read_features(sample_layer("zoning"), crs, ["zone"])
    roads, _ = read_features(sample_layer("roads"), crs, [])
    servitudes = {name: read_features(sample_layer(name), crs, [])[0]
                  for name in ("non_aedificandi", "school_site", "flood_zone", "hv_line", "heritage_zone")}
    engine = check_conformity(regulation, parcels, footprints, zoning, roads, servitudes)
    assert result["NON_CONFORME"] == sum(a.verdict == "non_conforme" for a in engine.applications)
    assert result["FINDINGS"].featureCount() == len(engine.findings)


@pytest.mark.skipif(available() is not None, reason=str(available()))
def test_runs_headless_with_qgis_process(tmp_path):
    data = sample_layer("parcels").source().split("|")[0]
    servitudes = [f"--SERVITUDES={data}|layername={name}"
                  for name in ("non_aedificandi", "school_site", "flood_zone", "hv_line", "heritage_zone")]
    home = enabled_home(tmp_path / "home")
    run(home, "run", "agenceurbaine:checkconformity", f"--REGULATION={REGULATION}",
        f"--PARCELS={data}|layername=parcels", f"--APPLICATIONS={data}|layername=applications",
        f"--ZONING={data}|layername=zoning", f"--ROADS={data}|layername=roads", *servitudes,
        f"--OUTPUT={tmp_path / 'apps.gpkg'}", f"--FINDINGS={tmp_path / 'findings.csv'}")
    with open(tmp_path / "findings.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    verdicts = {row["verdict"] for row in rows}
    assert verdicts == {"conforme", "non_conforme", "a_verifier"}
    assert all(row["rule"] and row["message"] for row in rows)


def test_other_projected_crs_gives_the_same_verdicts(processing_run, tmp_path):
    """Layers in another projected CRS (UTM 29N) are reprojected to the plan's CRS before measuring."""
    reference = processing_run("agenceurbaine:checkconformity", conformity_parameters())
    reprojected = {}
    for name in ("parcels", "applications"):
        reprojected[name] = processing_run("native:reprojectlayer", {
            "INPUT": sample_layer(name), "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:32629"),
            "OUTPUT": str(tmp_path / f"{name}_utm.gpkg")})["OUTPUT"]
    feedback = RecordingFeedback()
    result = processing_run("agenceurbaine:checkconformity", conformity_parameters(
        PARCELS=QgsVectorLayer(reprojected["parcels"], "parcels", "ogr"),
        APPLICATIONS=QgsVectorLayer(reprojected["applications"], "applications", "ogr")), feedback=feedback)
    assert any("EPSG:32629" in w for w in feedback.warnings)
    before = {f["app_id"]: f["verdict"] for f in reference["OUTPUT"].getFeatures()}
    after = {f["app_id"]: f["verdict"] for f in result["OUTPUT"].getFeatures()}
    assert sum(before[k] == after[k] for k in before) >= 0.9 * len(before)


def test_applications_sharing_an_id_keep_their_own_verdicts(processing_run, tmp_path):
    """Two applications on different parcels with the same id: each footprint feature gets the
    verdict of its own parcel's application, whether the rows are copied inside SQLite (GeoPackage
    source) or written feature by feature (memory layer)."""
    reference = processing_run("agenceurbaine:checkconformity", conformity_parameters())
    by_parcel = {}
    for feature in reference["OUTPUT"].getFeatures():
        by_parcel.setdefault(feature["parcel_id"], set()).add(feature["verdict"])
    assert all(len(verdicts) == 1 for verdicts in by_parcel.values())
    first = next(p for p, v in by_parcel.items() if v == {"conforme"})
    second = next(p for p, v in by_parcel.items() if v == {"non_conforme"})
    path = processing_run("native:reprojectlayer", {
        "INPUT": sample_layer("applications"), "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:26191"),
        "OUTPUT": str(tmp_path / "applications.gpkg")})["OUTPUT"]
    copied = QgsVectorLayer(path, "applications", "ogr")
    column = copied.fields().indexOf("app_id")
    assert copied.dataProvider().changeAttributeValues(
        {f.id(): {column: "SAME"} for f in copied.getFeatures() if f["parcel_id"] in (first, second)})
    for source, copies in ((copied, ["applications"]), (copied.materialize(QgsFeatureRequest()), [])):
        before = len(fast_sink.COPIES)
        result = processing_run("agenceurbaine:checkconformity", conformity_parameters(APPLICATIONS=source))
        assert fast_sink.COPIES[before:] == copies  # copied inside SQLite, or written feature by feature
        rows = [(f["app_id"], f["parcel_id"], f["verdict"]) for f in result["OUTPUT"].getFeatures()]
        assert {(p, v) for a, p, v in rows if a == "SAME"} == {(first, "conforme"), (second, "non_conforme")}
        assert all({v} == by_parcel[p] for _, p, v in rows)


def test_empty_applications_give_empty_outputs(processing_run):
    uri = "Polygon?crs=EPSG:26191&field=app_id:string&field=parcel_id:string"
    empty = QgsVectorLayer(uri, "empty", "memory")
    result = processing_run("agenceurbaine:checkconformity", conformity_parameters(APPLICATIONS=empty))
    assert result["APPLICATION_COUNT"] == 0
    assert result["OUTPUT"].featureCount() == 0
    assert result["FINDINGS"].featureCount() == 0


class CancelAt(QgsProcessingFeedback):
    """Cancels once the progress reaches ``percent``."""

    def __init__(self, percent):
        super().__init__()
        self.percent = percent

    def setProgress(self, value):
        super().setProgress(value)
        if value >= self.percent:
            self.cancel()


def _count(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    return layer.featureCount() if layer.isValid() else None


def _outputs(tmp_path) -> dict:
    """A GeoPackage path for each of checkconformity's outputs."""
    return {key: tmp_path / f"{key.lower()}.gpkg" for key in ("OUTPUT", "FINDINGS", "OFFENDING")}


def _parameters(outputs) -> dict:
    return conformity_parameters(**{key: str(path) for key, path in outputs.items()})


def _counts(outputs) -> dict:
    """Feature count of each output file written."""
    return {key: _count(path) for key, path in outputs.items() if path.exists()}


@pytest.mark.parametrize("percent", [30, 60])
def test_cancel_leaves_empty_outputs_never_half_ones(processing_run, tmp_path, percent):
    """Canceled while the applications are being copied and the findings streamed: every output
    written so far is rolled back (an empty layer), none holds part of the result."""
    outputs = _outputs(tmp_path)
    import processing

    result = processing.run("agenceurbaine:checkconformity", _parameters(outputs),
                            feedback=CancelAt(percent))
    assert result == {} or not result.get("APPLICATION_COUNT")
    counts = _counts(outputs)
    assert counts and set(counts.values()) <= {0}, counts
    # and a run that is not canceled fills them
    processing_run("agenceurbaine:checkconformity", _parameters(outputs))
    assert all(_count(path) > 0 for path in outputs.values())


def test_an_error_while_checking_rolls_every_output_back(processing_run, tmp_path, monkeypatch):
    """An error in the engine after some findings were streamed: the error reaches the user and the
    outputs written so far are emptied."""
    from agence_urbaine.processing.algorithms import check_conformity as algorithm

    def failing(*args, on_findings=None, **kwargs):
        check_conformity(*args, on_findings=on_findings, **kwargs)  # every block streamed
        raise RuntimeError("engine broke after streaming")

    monkeypatch.setattr(algorithm, "check_conformity", failing)
    outputs = _outputs(tmp_path)
    with pytest.raises(QgsProcessingException, match="engine broke"):
        processing_run("agenceurbaine:checkconformity", _parameters(outputs))
    counts = _counts(outputs)
    assert counts and set(counts.values()) <= {0}, counts


def test_an_error_after_the_check_leaves_every_output_empty(processing_run, tmp_path, monkeypatch):
    """The findings and offending parts are complete before the applications are written: they are
    committed only once every output is, so a failure then leaves none behind."""
    from agence_urbaine.processing.algorithms import check_conformity as algorithm

    def failing(*args, **kwargs):
        raise RuntimeError("applications could not be written")

    monkeypatch.setattr(algorithm.CheckConformityAlgorithm, "_write_applications", failing)
    outputs = _outputs(tmp_path)
    with pytest.raises(QgsProcessingException, match="could not be written"):
        processing_run("agenceurbaine:checkconformity", _parameters(outputs))
    counts = _counts(outputs)
    assert len(counts) == 3 and set(counts.values()) == {0}, counts


def test_a_findings_store_error_is_the_one_reported(processing_run, tmp_path, monkeypatch):
    """When sqlite fails while storing findings, the user sees that error (naming the output), not
    a consequence of it in the thread that lays the rows out."""
    from agence_urbaine.processing import fast_sink

    real = fast_sink.insert_rows
    calls = []

    def failing(db, prefix, *args, **kwargs):
        if "rule_label" in prefix:  # the findings table
            calls.append(prefix)
            if len(calls) == 2:
                raise sqlite3.OperationalError("database or disk is full")
        return real(db, prefix, *args, **kwargs)

    monkeypatch.setattr(fast_sink, "insert_rows", failing)
    with pytest.raises(QgsProcessingException, match="disk is full") as error:
        processing_run("agenceurbaine:checkconformity", conformity_parameters(
            FINDINGS=str(tmp_path / "findings.gpkg"), OUTPUT=str(tmp_path / "apps.gpkg")))
    assert "FINDINGS" in str(error.value) and "findings.gpkg" in str(error.value)
    assert _count(tmp_path / "findings.gpkg") == 0 and _count(tmp_path / "apps.gpkg") == 0


@pytest.mark.parametrize("parameter, layer", [
    ("PARCEL_KEY", "parcels"), ("LOT_DATE_FIELD", "parcels"), ("APPLICATION_ID", "applications"),
    ("LEVELS_FIELD", "applications"), ("HEIGHT_FIELD", "applications"), ("USE_FIELD", "applications"),
    ("FLOOR_AREA_FIELD", "applications"), ("ZONE_FIELD", "zoning"),
])
def test_a_chosen_field_missing_from_its_layer_fails_at_once(processing_run, parameter, layer):
    """It used to turn every application into a silent "à vérifier" (the value read as missing)."""
    with pytest.raises(QgsProcessingException) as raised:
        processing_run("agenceurbaine:checkconformity", conformity_parameters(**{parameter: "hauteur_typo"}))
    message = str(raised.value)
    assert "'hauteur_typo'" in message and f"layer {layer}." in message


def test_parcel_key_missing_from_the_applications_fails_too(processing_run):
    parcels = sample_layer("parcels")
    with pytest.raises(QgsProcessingException, match=r"'lot_date'.*layer applications"):
        processing_run("agenceurbaine:checkconformity",
                       conformity_parameters(PARCELS=parcels, PARCEL_KEY="lot_date"))


def test_outputs_are_styled_when_loaded(qgis_processing, layer_tree_view):
    """Verdict colours with translated labels, application labels, hatched offending parts, field
    aliases and numbers with two decimals, from the algorithm itself: any caller that loads gets them."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsLinePatternFillSymbolLayer, QgsProject

    import processing
    from agence_urbaine.core.i18n import use_language

    ensure_provider()
    with use_language("fr") as french:
        if not french:
            pytest.skip("i18n/*.qm not compiled (make translations-qm)")
        result = processing.runAndLoadResults("agenceurbaine:checkconformity",
                                              conformity_parameters(APPLICATION_ID="app_id"))
    project = QgsProject.instance()

    def loaded(path):  # file outputs: the loaded layer reads that file
        return next(layer for layer in project.mapLayers().values() if layer.source().split("|")[0] == path)

    layers = {key: loaded(result[key]) for key in ("OUTPUT", "FINDINGS", "OFFENDING")}
    try:
        renderer = layers["OUTPUT"].renderer()
        assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "verdict"
        categories = {c.value(): c for c in renderer.categories()}
        assert categories["conforme"].label() == "Conforme"
        assert categories["non_conforme"].label() == "Non conforme"
        assert categories["conforme"].symbol().color().hsvHue() in range(90, 150)  # green
        assert categories["non_conforme"].symbol().color().hsvHue() in [*range(0, 15), *range(345, 360)]
        assert categories["a_verifier"].symbol().color().hsvHue() in range(20, 45)  # orange
        assert layers["OUTPUT"].labelsEnabled()
        assert layers["OUTPUT"].labeling().settings().fieldName == "app_id"
        symbol = layers["OFFENDING"].renderer().symbol()
        assert any(isinstance(symbol.symbolLayer(k), QgsLinePatternFillSymbolLayer)
                   for k in range(symbol.symbolLayerCount()))
        findings = layers["FINDINGS"]
        measured = findings.fields().indexOf("measured")
        setup = findings.editorWidgetSetup(measured)
        assert setup.type() == "Range" and setup.config()["Precision"] == 2
        assert findings.attributeAlias(findings.fields().indexOf("rule_label"))
        from qgis.core import QgsApplication
        formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter("Range")
        shown = formatter.representValue(findings, measured, setup.config(), None, 0.5714285714)
        assert shown.replace(",", ".") == "0.57"
    finally:
        project.removeMapLayers([layer.id() for layer in layers.values() if layer])


def test_findings_written_to_csv_load_with_number_columns(qgis_processing, tmp_path):
    """In a CSV every column loaded as text: the findings' measures showed 3.80952380952 in the
    attribute table, whatever the two-decimal format said. A .csvt beside it gives the types."""
    from qgis.core import QgsVectorLayer

    import processing

    ensure_provider()
    path = tmp_path / "findings.csv"
    processing.run("agenceurbaine:checkconformity", conformity_parameters(FINDINGS=str(path)))
    layer = QgsVectorLayer(str(path), "findings", "ogr")
    fields = layer.fields()
    assert fields.field("measured").isNumeric() and fields.field("allowed_value").isNumeric()
    assert not fields.field("message").isNumeric()
    assert layer.featureCount() > 0


def test_reports_are_written_in_qgis_language(qgis_processing, tmp_path, monkeypatch):
    """An Arabic QGIS wrote French reports (titles, headers, legend) around Arabic messages."""
    from test_report import pdf_text

    import processing
    from agence_urbaine.core import i18n

    ensure_provider()
    monkeypatch.setattr(i18n, "_INTERFACE", {"language": "ar"})  # what plugin.py sets in an Arabic QGIS
    processing.run("agenceurbaine:checkconformity", conformity_parameters(
        REPORT_FOLDER=str(tmp_path), MAX_FILES=0, APPLICATION_ID="app_id"))
    text = pdf_text(tmp_path / "PC-026.pdf", raw=False)
    assert "فحص المطابقة" in text and "Contrôle de conformité" not in text
