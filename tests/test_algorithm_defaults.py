"""The conformity dialog opens on the sample project's right layers and regulation, and on the
last choices made in the project (stored in the project itself)."""

import shutil

import pytest
from processing_helpers import REGULATION, conformity_parameters, ensure_provider
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
)

from agence_urbaine.processing import choices

SAMPLE_PROJECT = REGULATION.parent / "hay_al_amal.qgz"


@pytest.fixture
def sample_project(qgis_processing, tmp_path, monkeypatch):
    ensure_provider()
    monkeypatch.setattr(choices, "in_desktop", lambda: True)
    for name in ("hay_al_amal.qgz", "hay_al_amal.gpkg", "regulation.json"):
        shutil.copy(REGULATION.parent / name, tmp_path / name)
    project = QgsProject.instance()
    assert project.read(str(tmp_path / "hay_al_amal.qgz"))
    yield project
    project.clear()


def _ids(project):
    return {layer.name(): layer.id() for layer in project.mapLayers().values()}


def _defaults():
    from agence_urbaine.processing.algorithms.check_conformity import CheckConformityAlgorithm

    algorithm = CheckConformityAlgorithm().createInstance()
    algorithm.initAlgorithm()
    return algorithm, {p.name(): p.defaultValue() for p in algorithm.parameterDefinitions()}


def test_dialog_opens_on_the_right_layers_and_regulation(sample_project):
    ids = _ids(sample_project)
    _, defaults = _defaults()
    assert defaults["PARCELS"] == ids["parcels"]
    assert defaults["APPLICATIONS"] == ids["applications"]
    assert defaults["ZONING"] == ids["zoning"]
    assert defaults["ROADS"] == ids["roads"]
    assert sorted(defaults["SERVITUDES"]) == sorted(
        ids[n] for n in ("non_aedificandi", "school_site", "flood_zone", "hv_line", "heritage_zone"))
    assert defaults["REGULATION"].endswith("regulation.json")
    assert ids["observed_buildings"] not in {defaults[k] for k in ("PARCELS", "APPLICATIONS", "ZONING")}


def test_no_guess_outside_the_desktop(sample_project, monkeypatch):
    """qgis_process and scripts: a missing parameter stays an error, never a layer picked for them."""
    monkeypatch.setattr(choices, "in_desktop", lambda: False)
    _, defaults = _defaults()
    assert defaults["PARCELS"] is None and defaults["APPLICATIONS"] is None


def test_last_run_is_remembered_in_the_project(sample_project, tmp_path):
    ids = _ids(sample_project)
    algorithm, _ = _defaults()
    parameters = conformity_parameters()
    parameters.update({"PARCELS": ids["parcels"], "APPLICATIONS": ids["observed_buildings"],
                       "ZONING": ids["zoning"], "ROADS": None, "SERVITUDES": [ids["flood_zone"]],
                       "REGULATION": str(tmp_path / "regulation.json"), "HEIGHT_FIELD": "height"})
    context = QgsProcessingContext()
    context.setProject(sample_project)
    choices.remember_run(algorithm, parameters, context)
    _, defaults = _defaults()
    assert defaults["APPLICATIONS"] == ids["observed_buildings"]
    assert defaults["SERVITUDES"] == [ids["flood_zone"]]
    assert defaults["REGULATION"] == str(tmp_path / "regulation.json")
    assert defaults["ROADS"] == ids["roads"]  # left empty last time: guessed again
    # written into the project: saved with it, read back with it
    assert sample_project.write()
    sample_project.clear()
    assert sample_project.read(str(tmp_path / "hay_al_amal.qgz"))
    _, defaults = _defaults()
    assert defaults["APPLICATIONS"] == _ids(sample_project)["observed_buildings"]


def test_a_successful_run_remembers_its_choices(sample_project, tmp_path):
    import processing

    ids = _ids(sample_project)
    parameters = conformity_parameters()
    parameters.update({"PARCELS": ids["parcels"], "APPLICATIONS": ids["applications"],
                       "ZONING": ids["zoning"], "REGULATION": str(tmp_path / "regulation.json")})
    context = QgsProcessingContext()
    context.setProject(sample_project)
    processing.run("agenceurbaine:checkconformity", parameters, context=context,
                   feedback=QgsProcessingFeedback())
    stored, found = sample_project.readListEntry(choices.SCOPE, "checkconformity/APPLICATIONS")
    assert found and stored == [ids["applications"]]


def _note_defaults():
    from agence_urbaine.processing.algorithms.parcel_note import ParcelNoteAlgorithm

    algorithm = ParcelNoteAlgorithm().createInstance()
    algorithm.initAlgorithm()
    return {p.name(): p.defaultValue() for p in algorithm.parameterDefinitions()}


def test_parcel_note_dialog_opens_on_the_right_layers_and_regulation(sample_project):
    ids = _ids(sample_project)
    defaults = _note_defaults()
    assert defaults["PARCELS"] == ids["parcels"]
    assert defaults["ZONING"] == ids["zoning"]
    assert defaults["ROADS"] == ids["roads"]
    assert sorted(defaults["SERVITUDES"]) == sorted(
        ids[n] for n in ("non_aedificandi", "school_site", "flood_zone", "hv_line", "heritage_zone"))
    assert defaults["REGULATION"].endswith("regulation.json")


def test_a_parcel_note_run_remembers_its_choices(sample_project, tmp_path):
    import processing

    ids = _ids(sample_project)
    sample_project.mapLayer(ids["parcels"]).selectByExpression("\"parcel_id\" = 'R4-T09'")
    parameters = {"REGULATION": str(tmp_path / "regulation.json"),
                  "PARCELS": QgsProcessingFeatureSourceDefinition(ids["parcels"], True),
                  "PARCEL_ID": "parcel_id", "ZONING": ids["zoning"], "ZONE_FIELD": "zone",
                  "SERVITUDES": [ids["flood_zone"]], "LANGUAGES": 0, "OUTPUT_FOLDER": str(tmp_path / "notes")}
    context = QgsProcessingContext()
    context.setProject(sample_project)
    results = processing.run("agenceurbaine:parcelnote", parameters, context=context,
                             feedback=QgsProcessingFeedback())
    assert results["NOTE_COUNT"] == 1
    defaults = _note_defaults()
    assert defaults["SERVITUDES"] == [ids["flood_zone"]]
    assert defaults["PARCELS"] == ids["parcels"] and defaults["PARCEL_ID"] == "parcel_id"
    assert defaults["REGULATION"] == str(tmp_path / "regulation.json")


def test_veille_dialog_opens_on_the_observed_buildings_and_the_applications(sample_project):
    """Both inputs defaulted to the active layer: the run compared a layer with itself and said
    "74 conformes"; now each is guessed, and the same layer twice is refused."""
    from qgis.core import QgsProcessingException

    import processing
    from agence_urbaine.processing.algorithms.unpermitted_buildings import UnpermittedBuildingsAlgorithm

    ids = _ids(sample_project)
    algorithm = UnpermittedBuildingsAlgorithm().createInstance()
    algorithm.initAlgorithm()
    defaults = {p.name(): p.defaultValue() for p in algorithm.parameterDefinitions()}
    assert defaults["OBSERVED"] == ids["observed_buildings"] and defaults["PERMITTED"] == ids["applications"]
    with pytest.raises(QgsProcessingException, match="same layer"):
        processing.run("agenceurbaine:unpermittedbuildings", {
            "OBSERVED": ids["parcels"], "PERMITTED": ids["parcels"], "OUTPUT": "TEMPORARY_OUTPUT",
            "EXCESS": "TEMPORARY_OUTPUT", "NOT_BUILT": "TEMPORARY_OUTPUT"})
