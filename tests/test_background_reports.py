"""PDF reports and parcel notes are written without freezing QGIS, and many files are asked for.

The Processing dialog runs an algorithm in a background task unless it declares
``FlagNoThreading``, then calls ``postProcessAlgorithm`` on the main thread: :func:`run_like_the_dialog`
does the same, with a timer ticking on the main thread; a frozen interface is a long pause between
two ticks while the files are written.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from processing_helpers import REGULATION, SAMPLE, conformity_parameters, ensure_provider, sample_layer
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QEventLoop, QTimer
from test_report import catalogues, context_layers  # noqa: F401 - session fixture: compiled catalogues

from agence_urbaine.compat import ProcessingAlgorithmFlag
from agence_urbaine.core.i18n import tr, use_language
from agence_urbaine.processing import choices, many_files

TICK_MS = 20


@pytest.fixture(autouse=True)
def provider(qgis_app):
    return ensure_provider()


def run_like_the_dialog(algorithm_id: str, parameters: dict) -> tuple[dict, float, float]:
    """Run as QGIS 3.22's AlgorithmDialog does; (results, seconds the run took, longest pause of
    a 20 ms timer on the main thread meanwhile)."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    ok, message = algorithm.checkParameterValues(parameters, context)
    assert ok, message
    ticks = [time.monotonic()]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(TICK_MS)
    if algorithm.flags() & ProcessingAlgorithmFlag.NoThreading:
        results, ok = algorithm.run(parameters, context, feedback)
    else:
        loop, outcome = QEventLoop(), []
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        task.executed.connect(lambda done, values: (outcome.append((done, values)), loop.quit()))
        QgsApplication.taskManager().addTask(task)
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
        assert outcome, "the task did not finish within two minutes"
        ok, results = outcome[0]
    ticks.append(time.monotonic())
    timer.stop()
    assert ok, feedback.textLog()
    pauses = [b - a for a, b in zip(ticks, ticks[1:])]
    return results, ticks[-1] - ticks[0], max(pauses)


def note_parameters(folder: Path, **overrides) -> dict:
    layers = context_layers()
    parameters = {"REGULATION": str(REGULATION), "PARCELS": layers["parcels"], "PARCEL_ID": "parcel_id",
                  "ZONING": layers["zoning"], "ZONE_FIELD": "zone", "ROADS": layers["roads"],
                  "SERVITUDES": [layers["non_aedificandi"], layers["hv_line"]], "LANGUAGES": 2,
                  "OUTPUT_FOLDER": str(folder)}
    parameters.update(overrides)
    return parameters


def six_applications(folder: Path) -> QgsVectorLayer:
    """The sample's first six applications (a subset string writes to the GeoPackage: a copy)."""
    copy = folder / "sample.gpkg"
    shutil.copy(SAMPLE, copy)
    layer = QgsVectorLayer(f"{copy}|layername=applications", "applications", "ogr")
    layer.setSubsetString("fid <= 6")
    return layer


def test_parcel_notes_are_written_while_qgis_stays_responsive(tmp_path):
    results, seconds, pause = run_like_the_dialog("agenceurbaine:parcelnote", note_parameters(tmp_path))
    assert results["NOTE_COUNT"] == 6  # 3 parcels x 2 languages
    assert len(list(tmp_path.glob("*.pdf"))) == 6
    # the interface answered all along: no pause longer than a third of the run
    assert pause < max(seconds / 3, 0.25), f"main thread frozen {pause:.2f} s of {seconds:.2f} s"


def test_conformity_reports_are_written_while_qgis_stays_responsive(tmp_path):
    applications = six_applications(tmp_path)
    parameters = conformity_parameters(APPLICATIONS=applications, REPORT_FOLDER=str(tmp_path / "reports"))
    results, seconds, pause = run_like_the_dialog("agenceurbaine:checkconformity", parameters)
    assert results["APPLICATION_COUNT"] == 6
    assert len(list((tmp_path / "reports").glob("*.pdf"))) == 7  # six pages and the summary
    assert pause < max(seconds / 3, 0.25), f"main thread frozen {pause:.2f} s of {seconds:.2f} s"


def test_a_report_language_in_a_worker_thread_leaves_the_interface_language(qgis_app):
    seen, inside, release = {}, threading.Event(), threading.Event()

    def worker():
        with use_language("fr"):
            seen["worker"] = tr("Parcels")
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    seen["interface"] = tr("Parcels")  # the main thread, while the report is being written in French
    release.set()
    thread.join()
    assert seen == {"worker": "Parcelles", "interface": "Parcels"}


# -- many files --------------------------------------------------------------------------------


def check(algorithm_id: str, parameters: dict):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    context = QgsProcessingContext()
    return algorithm.checkParameterValues(parameters, context)


@pytest.fixture
def questions(monkeypatch):
    """The desktop's question, answered by the test: the questions asked are kept."""
    asked = []
    monkeypatch.setattr(choices, "in_desktop", lambda: True)
    monkeypatch.setattr(many_files, "in_desktop", lambda: True)

    def answer(reply):
        monkeypatch.setattr(many_files, "ask", lambda count, detail: asked.append((count, detail)) or reply)
        return asked
    return answer


def test_the_dialog_asks_before_writing_more_notes_than_the_limit_and_says_how_many(tmp_path, questions):
    asked = questions(False)
    ok, message = check("agenceurbaine:parcelnote", note_parameters(tmp_path, MAX_FILES=5))
    assert asked == [(6, "3 parcels × 2 languages")]
    assert not ok and "6 PDF files" in message
    asked.clear()
    assert check("agenceurbaine:parcelnote", note_parameters(tmp_path, MAX_FILES=6)) == (True, "")
    assert asked == []  # six files: within the limit, no question


def test_a_yes_lets_the_run_write_them_all(tmp_path, questions, qgis_processing):
    asked = questions(True)
    parameters = note_parameters(tmp_path, MAX_FILES=2, LANGUAGES=0)  # 3 notes in French
    assert check("agenceurbaine:parcelnote", parameters) == (True, "")
    assert asked == [(3, "3 parcels, one language")]
    import processing

    results = processing.run("agenceurbaine:parcelnote", parameters)
    assert results["NOTE_COUNT"] == 3


def test_without_a_person_the_limit_stops_the_run_with_a_clear_message(tmp_path, qgis_processing):
    import processing

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("agenceurbaine:parcelnote", note_parameters(tmp_path, MAX_FILES=4))
    assert "6 PDF files, more than the limit of 4" in str(raised.value)
    assert list(tmp_path.glob("*.pdf")) == []
    results = processing.run("agenceurbaine:parcelnote", note_parameters(tmp_path, MAX_FILES=0))
    assert results["NOTE_COUNT"] == 6


def test_conformity_reports_are_counted_with_their_summary(tmp_path, questions):
    asked = questions(False)
    applications = six_applications(tmp_path)
    parameters = conformity_parameters(APPLICATIONS=applications, REPORT_FOLDER=str(tmp_path), MAX_FILES=3)
    ok, message = check("agenceurbaine:checkconformity", parameters)
    assert asked == [(7, "6 application pages and a summary")] and not ok and "7 PDF files" in message
    asked.clear()
    without_reports = conformity_parameters(APPLICATIONS=applications, MAX_FILES=3)
    ok, _ = check("agenceurbaine:checkconformity", without_reports)
    assert ok and asked == []  # no report folder: no file, no question


def test_the_question_counts_applications_not_footprints(tmp_path, questions, qgis_processing):
    """The sample's 46 footprints are 45 applications (two footprints on one parcel): the
    question announced 47 files and the run wrote 46."""
    import processing

    asked = questions(False)
    ok, _ = check("agenceurbaine:checkconformity",
                  conformity_parameters(REPORT_FOLDER=str(tmp_path), MAX_FILES=3))
    run = processing.run("agenceurbaine:checkconformity", conformity_parameters())
    applications = run["APPLICATION_COUNT"]
    assert not ok and asked == [(applications + 1, f"{applications} application pages and a summary")]
    assert applications < sample_layer("applications").featureCount()
