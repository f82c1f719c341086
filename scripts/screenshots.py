#!/usr/bin/env python3
"""The user guide's screenshots, taken from the real QGIS desktop under Xvfb (``make screenshots``).

Each scene starts QGIS with ``tests/desktop.py`` (fresh profile, plugin enabled, interface language
forced), runs the code below *inside* QGIS, grabs the screen with ImageMagick's ``import`` and crops
it with ``/usr/bin/convert`` to the window, dock or dialog shown. Report and note pages are rendered
from the ``make demo`` outputs with ``pdftoppm``.

    .venv/bin/python scripts/screenshots.py                # every image into docs/images/
    .venv/bin/python scripts/screenshots.py --only dock    # scenes whose name contains "dock"

Images (docs/images/): see ``SCENES`` and ``PAGES``; ``docs/images/README.md`` lists what each shows.
When a reference agency server answers (``make server``), the dock is shown connected to it with its
collections listed, and a real conflict is made for the conflicts image: two buildings are checked out,
edited in the workspace and on the server, synchronised; their server content is put back afterwards
(their version numbers move on). Without a server the dock is shown without a connection and the
conflicts image is skipped (the run says so).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
IMAGES = REPO / "docs" / "images"
PLUGIN_PARENT = REPO / ".build" / "plugins"
DEMO = REPO / ".build" / "demo"
CONVERT = "/usr/bin/convert"  # ImageMagick's; the `convert` first on PATH may be another tool
CONNECTION_NAME = "Agence urbaine (démo)"


def load_desktop():
    """``tests/desktop.py`` (run_qgis_desktop), imported by path: tests/ is not a package."""
    spec = importlib.util.spec_from_file_location("au_desktop", REPO / "tests" / "desktop.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- code run inside QGIS ------------------------------------------------------------------------
# Indented into tests/desktop.py's check function; ``iface``, ``result`` and QgsProject are there.
COMMON = r'''
# (names of the enclosing function, such as subprocess, traceback or QDockWidget, are not rebound here:
# an import inside the function would make them local to all of it)
import os, time
import subprocess as shell
import traceback as tracebacks
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QEventLoop, QPoint
from qgis.PyQt.QtWidgets import QApplication
from qgis.gui import QgsDockWidget
OUT = {out!r}
CONVERT = {convert!r}
SERVER = {server!r}
result["shots"] = []
result["problems"] = []

def pump(ms):
    end = time.monotonic() + ms / 1000.0
    while time.monotonic() < end:
        QApplication.processEvents(QEventLoop.AllEvents, 50)
        time.sleep(0.02)

def rect_of(widget, margin=0):
    corner = widget.mapToGlobal(QPoint(0, 0))
    return (corner.x() - margin, corner.y() - margin,
            widget.width() + 2 * margin, widget.height() + 2 * margin)

def shot(name, rect=None):
    """Screen → OUT/name.png, cropped to rect (x, y, w, h) with ImageMagick's convert."""
    step("shot " + name)
    pump(600)
    raw = os.path.join(OUT, name + ".screen.png")
    shell.run(["import", "-window", "root", raw], check=True)
    command = [CONVERT, raw]
    if rect is not None:
        x, y, w, h = rect
        x, y = max(0, x), max(0, y)
        command += ["-crop", "%dx%d+%d+%d" % (w, h, x, y), "+repage"]
    shell.run(command + [os.path.join(OUT, name + ".png")], check=True)
    os.remove(raw)
    result["shots"].append(name)

def step(label):
    """Appends to OUT/steps.log, so a crash of QGIS says where it happened."""
    with open(os.path.join(OUT, "steps.log"), "a") as log:
        log.write(label + "\n")

def attempt(label, function):
    step(label)
    try:
        function()
    except Exception:
        result["problems"].append(label + ": " + tracebacks.format_exc())

window = iface.mainWindow()
window.move(0, 0)
window.resize(1440, 900)
docks = [w for w in window.findChildren(QgsDockWidget) if w.objectName() == "AgenceUrbaineDock"]
dock = docks[0] if docks else None
if dock is not None:
    dock.show()
    dock.raise_()
from qgis.PyQt.QtCore import Qt as QtNames
from qgis.PyQt.QtWidgets import QDockWidget as Docks
for panel in window.findChildren(Docks):
    if panel.objectName() in ("Browser", "Browser2", "AdvancedDigitizingTools"):
        panel.hide()
layers_panel = [d for d in window.findChildren(Docks) if d.objectName() == "Layers"]
if dock is not None:
    window.resizeDocks([dock], [440], QtNames.Horizontal)
if layers_panel:
    window.resizeDocks(layers_panel, [250], QtNames.Horizontal)
pump(1500)

def connect_dock():
    """The demo server as the dock's connection, its collections listed."""
    if dock is None or not SERVER:
        return
    from agence_urbaine.processing.connections import Connection, save_connection
    save_connection(Connection(CONNECTION_NAME, SERVER, ""))
    dock.connection_bar.reload(CONNECTION_NAME)
    dock.collections.refresh()
    for _ in range(100):
        pump(200)
        if dock.collections.infos:
            break
    pump(800)

def dock_shot(name, tab=0):
    if dock is None:
        raise RuntimeError("no plugin dock")
    dock.tabs.setCurrentIndex(tab)
    pump(500)
    shot(name, rect_of(dock))
'''.replace("CONNECTION_NAME", repr(CONNECTION_NAME))

MAP_SCENE = r'''
import processing
from qgis.core import QgsAttributeTableConfig, QgsRectangle
project = QgsProject.instance()
project.read({project!r})
layer = lambda name: project.mapLayersByName(name)[0]
work = {work!r}
verdicts_path = os.path.join(work, "verdicts.gpkg")
offending_path = os.path.join(work, "offending.gpkg")
findings_path = os.path.join(work, "findings.csv")
PARAMETERS = {{
    "REGULATION": {regulation!r},
    "PARCELS": layer("parcels"), "APPLICATIONS": layer("applications"), "ZONING": layer("zoning"),
    "ROADS": layer("roads"),
    "SERVITUDES": [layer(n) for n in ("non_aedificandi", "school_site", "flood_zone", "hv_line",
                                      "heritage_zone")],
}}
for name in ("applications", "observed_buildings"):
    project.layerTreeRoot().findLayer(layer(name).id()).setItemVisibilityChecked(False)
layer("zoning").setOpacity(0.45)
# loaded and styled by the algorithm itself (verdict colours, labels, hatching, field names):
# the guide shows what the plugin produces, not a style made for the screenshot
run = processing.runAndLoadResults("agenceurbaine:checkconformity", dict(
    PARAMETERS, APPLICATION_ID="app_id", OUTPUT=verdicts_path, FINDINGS=findings_path,
    OFFENDING=offending_path))
result["counts"] = {{k: run.get(k) for k in ("CONFORME", "NON_CONFORME", "A_VERIFIER")}}
loaded = lambda path: next(l for l in project.mapLayers().values() if l.source().split("|")[0] == path)
verdicts, offending, findings = loaded(verdicts_path), loaded(offending_path), loaded(findings_path)
layer("parcels").setLabelsEnabled(False)
iface.setActiveLayer(verdicts)

canvas = iface.mapCanvas()
extent = QgsRectangle()
extent.setMinimal()
for parcel in layer("parcels").getFeatures():
    if str(parcel["parcel_id"]).startswith("V-"):
        extent.combineExtentWith(parcel.geometry().boundingBox())
extent.scale({zoom})
canvas.setExtent(extent)
canvas.refresh()
pump(1500)
canvas.waitWhileRendering()

attempt("dock", connect_dock)
iface.messageBar().clearWidgets()
pump(1000)
canvas.refresh()
canvas.waitWhileRendering()
iface.layerTreeView().scrollToTop()
shot("fr_map_conformity", rect_of(window))

def findings_table():
    config = findings.attributeTableConfig()
    columns = config.columns()
    for column in columns:
        column.hidden = column.type == QgsAttributeTableConfig.Action or column.name in (
            "rule", "subject", "allowed_value", "unit", "verdict")
        column.width = {{"message": 700, "rule_label": 190, "measured": 90}}.get(column.name, column.width)
    config.setColumns(columns)
    config.setSortExpression('"app_id"')
    findings.setAttributeTableConfig(config)
    table = iface.showAttributeTable(findings, "\"verdict\" <> 'conforme'")
    table.move(60, 140)
    table.resize(1320, 520)
    table.raise_()
    table.activateWindow()
    pump(1500)
    shot("fr_findings_table", rect_of(table))
    table.close()
attempt("findings table", findings_table)

def algorithm_dialog():
    dialog = processing.createAlgorithmDialog("agenceurbaine:checkconformity", dict(
        PARAMETERS, OUTPUT=verdicts_path, FINDINGS=findings_path, OFFENDING=offending_path,
        REPORT_FOLDER=os.path.join(work, "rapports")))
    dialog.move(120, 50)
    dialog.resize(1180, 800)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    pump(2000)
    shot("fr_checkconformity_dialog", rect_of(dialog))
    from qgis.PyQt.QtWidgets import QScrollArea
    for area in dialog.findChildren(QScrollArea):  # down to the outputs (GeoPackage files)
        bar = area.verticalScrollBar()
        bar.setValue(bar.maximum())
    pump(800)
    shot("fr_checkconformity_outputs", rect_of(dialog))
    dialog.close()
attempt("algorithm dialog", algorithm_dialog)

attempt("dock (server tab)", lambda: dock_shot("fr_dock_server", 0))
attempt("dock (field work tab)", lambda: dock_shot("fr_dock_fieldwork", 1))

def connection_dialog():
    from agence_urbaine.ui.connections import ConnectionDialog
    dialog = ConnectionDialog(window)
    dialog.name_edit.setText("Agence urbaine de Rabat")
    dialog.url_edit.setText("https://sig.agence-urbaine.example/ogcapi")
    dialog.move(400, 200)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    pump(1200)
    shot("fr_connection_dialog", rect_of(dialog))
    dialog.reject()
attempt("connection dialog", connection_dialog)

def publish_dialog():
    dock.tabs.setCurrentIndex(0)
    dialog = dock.open_publish("buildings")
    dialog.layer_combo.setLayer(layer("applications"))
    dialog.move(300, 60)
    dialog.resize(760, 780)
    dialog.raise_()
    dialog.activateWindow()
    pump(500)
    dialog.check()
    for _ in range(100):
        pump(200)
        if dialog.preflight is not None:
            break
    pump(800)
    shot("fr_publish_dialog", rect_of(dialog))
    dialog.close()
attempt("publish dialog", publish_dialog)
'''

DOCK_SCENE = r'''
from qgis.core import QgsRectangle
project = QgsProject.instance()
project.read({project!r})
for name in ("applications", "observed_buildings"):
    for found in project.mapLayersByName(name):
        project.layerTreeRoot().findLayer(found.id()).setItemVisibilityChecked(False)
canvas = iface.mapCanvas()
extent = QgsRectangle(project.mapLayersByName("parcels")[0].extent())
extent.scale(1.05)
canvas.setExtent(extent)
canvas.refresh()
canvas.waitWhileRendering()
attempt("dock", connect_dock)
iface.messageBar().clearWidgets()
attempt("dock (server tab)", lambda: dock_shot("{prefix}_dock_server", 0))
attempt("dock (field work tab)", lambda: dock_shot("{prefix}_dock_fieldwork", 1))
if dock is not None:
    dock.tabs.setCurrentIndex(0)
iface.layerTreeView().scrollToTop()
shot("{prefix}_window", rect_of(window))
'''


CONFLICT_SCENE = r'''
# A real conflict: check the buildings out, edit two of them "in the field" (saved in QGIS), edit the
# same fields on the server, sync with the "stop" policy; then the dock shows the conflicts. The
# server's features are given their original content back at the end.
from agence_urbaine.core.sync.client import feature_version
from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient
from agence_urbaine.core.sync.session import checkout, sync
from agence_urbaine.core.sync.workspace import Workspace
if not SERVER:
    raise RuntimeError("no agency server: no conflict to show")
project = QgsProject.instance()
project.read({project!r})
import tempfile
# a short path: the dock shows it
path = os.path.join(tempfile.mkdtemp(prefix="terrain-"), "secteur_hay_al_amal.gpkg")
client = OgcApiFeaturesClient(SERVER)
originals = []
try:
    with Workspace(path) as workspace:
        checkout(client, workspace, ["buildings"])
    field = QgsVectorLayer(path + "|layername=buildings", "buildings", "ogr")
    chosen = sorted((f for f in field.getFeatures() if f["levels"] is not None), key=lambda f: f["id"])[:2]
    field.startEditing()
    for feature in chosen:
        field.changeAttributeValue(feature.id(), field.fields().indexOf("levels"), int(feature["levels"]) + 1)
        field.changeAttributeValue(feature.id(), field.fields().indexOf("height_m"),
                                   round(float(feature["height_m"] or 0) + 3.0, 2))
    field.commitChanges()
    del field
    for feature in chosen:
        stored = client.get("buildings", str(feature["id"]))
        originals.append(stored)
        changed = dict(stored, properties=dict(stored["properties"], levels=int(feature["levels"]) + 2,
                                                   use="commerce"))
        client.replace("buildings", changed, feature_version(stored))
    with Workspace(path) as workspace:
        report = sync(client, workspace, "stop")
    result["conflicts"] = report.conflicts
    attempt("dock", connect_dock)
    def conflicts_shot():
        dock.fieldwork.set_workspace(path)
        dock.fieldwork.conflicts_box.setCollapsed(False)
        dock.fieldwork.checkout_box.setCollapsed(True)
        dock.fieldwork.conflicts.choose(0, "mine")
        dock.fieldwork.conflicts.choose(1, "theirs")
        iface.messageBar().clearWidgets()
        dock_shot("fr_dock_conflicts", 1)
    attempt("conflicts", conflicts_shot)
finally:
    import shutil
    shutil.rmtree(os.path.dirname(path), ignore_errors=True)
    for stored in originals:  # the server's content as it was (its version number moves on)
        current = client.get("buildings", str(stored["id"]))
        client.replace("buildings", dict(stored), feature_version(current))
    client.close()
'''

SCENES = {
    # name: (locale, code)
    "fr_map": ("fr", MAP_SCENE),
    "ar_dock": ("ar", DOCK_SCENE),
    "fr_conflicts": ("fr", CONFLICT_SCENE),
}

PAGES = {
    # image: (PDF under .build/demo, page)
    "fr_report_PC-026": ("reports/PC-026.pdf", 1),
    "fr_report_summary": ("reports/summary.pdf", 1),
    "ar_note_R4-T09": ("notes/note_R4-T09_ar.pdf", 1),
    "fr_note_R4-T09": ("notes/note_R4-T09_fr.pdf", 1),
}


def server_url() -> str:
    """The reference server's base URL when it answers (``make server``), else ""."""
    try:
        url = subprocess.run(
            ["/usr/bin/python3", "server/agency_server.py", "--folder", ".build/server", "--venv",
             ".build/pygeoapi-venv", "url"], cwd=REPO, capture_output=True, text=True, timeout=30,
        ).stdout.strip().splitlines()[-1]
        with urllib.request.urlopen(f"{url}/collections?f=json", timeout=5) as answer:
            json.load(answer)
        return url
    except Exception:  # any failure means "no server to show"
        return ""


def run_scene(desktop, name: str, locale: str, code: str, server: str, work: Path) -> list[str]:
    out = work / "shots"
    out.mkdir(parents=True, exist_ok=True)
    values = {
        "out": str(out), "convert": CONVERT, "server": server, "work": str(work),
        "project": str(REPO / "sample_data" / "hay_al_amal.qgz"),
        "regulation": str(REPO / "sample_data" / "regulation.json"),
        "zoom": 1.08, "prefix": locale,
    }
    extra = COMMON.format(**values) + code.format(**values)
    log = out / "steps.log"
    try:
        results, _ = desktop.run_qgis_desktop(work / "qgis", PLUGIN_PARENT, extra_checks=extra,
                                              locale=locale, settle_ms=4000, timeout=300)
    except (AssertionError, subprocess.TimeoutExpired) as error:
        steps = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        last = steps[-1] if steps else "before the first step"
        taken = sorted(path.stem for path in out.glob("*.png") if not path.stem.endswith(".screen"))
        for shot in taken:
            shutil.copyfile(out / f"{shot}.png", IMAGES / f"{shot}.png")
        print(f"{name} ({locale}): {', '.join(taken) or 'no image'}; QGIS stopped during '{last}'",
              file=sys.stderr)
        return [f"{name}: QGIS stopped during '{last}': {str(error)[-600:]}"]
    problems = list(results.get("problems", []))
    if "error" in results:
        problems.append(results["error"])
    problems += [error["traceback"] for error in results.get("python_errors", [])]
    if not results.get("loaded"):
        problems.append(f"the plugin did not load: {results.get('active_plugins')}")
    if locale == "ar" and not results.get("dock_layout_rtl"):  # the plugin's bug, not the script's
        print(f"  WARNING: {name}: the dock is not laid out right-to-left in Arabic (plugin.py / i18n): "
              "the Arabic images show it left-to-right", file=sys.stderr)
    for shot in results.get("shots", []):
        shutil.copyfile(out / f"{shot}.png", IMAGES / f"{shot}.png")
    print(f"{name} ({locale}): {', '.join(results.get('shots', [])) or 'no image'}"
          + (f"; counts {results['counts']}" if "counts" in results else ""))
    for problem in problems:
        print(f"  problem: {problem.strip()}", file=sys.stderr)
    return problems


def render_pages(only: str | None) -> list[str]:
    problems = []
    for image, (pdf, page) in PAGES.items():
        if only and only not in image:
            continue
        source = DEMO / pdf
        if not source.exists():
            problems.append(f"{source} is missing: run make demo")
            continue
        with tempfile.TemporaryDirectory() as folder:
            stem = Path(folder) / "page"
            subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", str(page), "-l", str(page), "-singlefile",
                            str(source), str(stem)], check=True)
            # a thin grey frame shows the page's edge on white documentation pages
            subprocess.run([CONVERT, f"{stem}.png", "-bordercolor", "#b0b0b0", "-border", "1",
                            str(IMAGES / f"{image}.png")], check=True)
        print(f"{image}: page {page} of {pdf}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="only the scenes and pages whose name contains this text")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (QGIS profiles, logs)")
    args = parser.parse_args()
    desktop = load_desktop()
    missing = desktop.desktop_available()
    if missing:
        print(f"cannot take screenshots: {missing}", file=sys.stderr)
        return 1
    IMAGES.mkdir(parents=True, exist_ok=True)
    if not (DEMO / "reports").is_dir() or not (DEMO / "notes").is_dir():
        subprocess.run(["scripts/demo.sh"], cwd=REPO, check=True)
    server = server_url()
    if not server:
        print("no agency server answers (make server): the dock is shown without a connection")
    work = Path(tempfile.mkdtemp(prefix="au_screenshots_"))
    problems = render_pages(args.only)
    for name, (locale, code) in SCENES.items():
        if args.only and args.only not in name:
            continue
        if code is CONFLICT_SCENE and not server:
            print(f"{name}: skipped, it needs the agency server (make server)")
            continue
        problems += run_scene(desktop, name, locale, code, server, work / name)
    if args.keep:
        print(f"work folder kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    if problems:
        print(f"{len(problems)} problem(s): see above", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
