"""The dock inside the real QGIS desktop (Xvfb), in French and in Arabic, against the real server.

Saves screenshots to ``.build/screenshots/`` (``dock_<lang>.png``: the Server tab with the server's
collections and a collection added to the map; ``dock_<lang>_fieldwork.png``: a workspace with its
status line and conflicts; ``dock_<lang>_publish.png``: the publish dialog after its check) for a
person to look at: clipped text, empty areas, left-to-right layout in Arabic.
"""

import shutil

import pytest
from desktop import REPO, desktop_available, run_qgis_desktop
from test_ui_support import conflicted_workspace

pytestmark = pytest.mark.skipif(desktop_available() is not None, reason=str(desktop_available()))
pytest_plugins = ["server_fixture", "test_ui_support"]

SCREENSHOTS = REPO / ".build" / "screenshots"
RTL_QM = REPO / "i18n" / "agence_urbaine_rtl.qm"

# Runs inside _check(): no "import qgis…" / "import subprocess" here, they would shadow the
# script's own globals of the same name for the whole function.
CHECKS = """
import time
from subprocess import run as run_command
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication
from agence_urbaine.processing.connections import Connection, save_connection
from agence_urbaine.ui.dock import AgenceUrbaineDock

def wait(condition, timeout=60):
    start = time.time()
    while not condition() and time.time() - start < timeout:
        QApplication.processEvents()
        time.sleep(0.05)
    QApplication.processEvents()

def settle(seconds=1.5):
    wait(lambda: False, seconds)

def shot(path):
    settle()
    run_command(["import", "-window", "root", path], check=False)

plugin = qgis.utils.plugins["agence_urbaine"]
dock = plugin.dock
result["dock_has_iface"] = dock.iface is not None
if dock.iface is None:  # what plugin.py does once it passes iface (AgenceUrbaineDock(parent, iface=iface))
    iface.removeDockWidget(dock)
    dock.deleteLater()
    dock = AgenceUrbaineDock(iface.mainWindow(), iface=iface)
    iface.addDockWidget(Qt.RightDockWidgetArea, dock)
    plugin.dock = dock
dock.show()
iface.mainWindow().resizeDocks([dock], [540], Qt.Horizontal)
result["rtl_from_plugin"] = QApplication.layoutDirection() == Qt.RightToLeft
if RTL_QM and not result["rtl_from_plugin"]:  # what plugin.py does once it installs the rtl catalogue
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    rtl = QTranslator()
    rtl.load(RTL_QM)
    QCoreApplication.installTranslator(rtl)
    QApplication.processEvents()
result["rtl"] = QApplication.layoutDirection() == Qt.RightToLeft
result["dock_rtl"] = dock.layoutDirection() == Qt.RightToLeft

save_connection(Connection(NAME, URL, ""))
dock.connection_bar.reload(NAME)
dock.collections.refresh()
wait(lambda: not dock.runner.running())
result["collections"] = dock.collections.tree.topLevelItemCount()
dock.collections.select(["parcels"])
layers = dock.collections.add_selected_to_map()
result["oapif_valid"] = bool(layers) and layers[0].isValid()
if layers:
    iface.setActiveLayer(layers[0])
    iface.zoomToActiveLayer()
    settle(3)  # the OAPIF provider downloads the features in the background
    iface.mapCanvas().refresh()
    wait(lambda: not iface.mapCanvas().isDrawing(), 30)
dock.collections.select(["buildings"])
shot(SERVER_SHOT)
result["status_server"] = dock.status()

dock.fieldwork.set_workspace(WORKSPACE)
dock.fieldwork.add_layers()
dock.tabs.setCurrentIndex(1)
dock.fieldwork.conflicts_box.setCollapsed(False)
dock.fieldwork.conflicts.choose(0, "theirs")
shot(FIELDWORK_SHOT)
result["workspace_status"] = dock.fieldwork.status_label.text()
result["conflict_rows"] = dock.fieldwork.conflicts.table.rowCount()

dock.tabs.setCurrentIndex(0)
dialog = dock.open_publish("buildings")
work = dock.fieldwork.layers()
if work:
    dialog.layer_combo.setLayer(work[0])
dialog.check()
wait(lambda: not dialog.runner.running())
dialog.move(200, 120)
shot(PUBLISH_SHOT)
result["publish_summary"] = dialog.summary.text()
dialog.close()

# a checkout for the selected polygon (shapely and the area filter run inside QGIS's own process)
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from agence_urbaine.ui.fieldwork import AREA_SELECTION
# the area in the live layer's own CRS: CRS84 on QGIS 3.22's OAPIF provider, the storage CRS on 3.40+
zone = QgsVectorLayer(f"Polygon?crs={layers[0].crs().authid()}", "zone", "memory")
feature = QgsFeature()
feature.setGeometry(QgsGeometry.fromRect(layers[0].extent()))
zone.dataProvider().addFeatures([feature])
QgsProject.instance().addMapLayer(zone)
zone.selectAll()
iface.setActiveLayer(zone)
fieldwork = dock.fieldwork
fieldwork.tick(["parcels"])
fieldwork.area_combo.setCurrentIndex(fieldwork.area_combo.findData(AREA_SELECTION))
fieldwork.target_widget.setFilePath(CHECKOUT)
task = fieldwork.checkout()
wait(lambda: not dock.runner.running(), 120)
result["checkout_error"] = str(task.error) if task.error else None
result["checkout_counts"] = task.result.counts if task.result else None
result["checkout_layers"] = [layer.featureCount() for layer in fieldwork.layers()]
"""


@pytest.mark.parametrize("locale", ["fr", "ar"])
def test_dock_in_real_qgis(tmp_path, agency_server, locale):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    workspace = tmp_path / "terrain.gpkg"
    conflicted_workspace(workspace)[1].close()
    shots = {key: tmp_path / f"{key}.png" for key in ("server", "fieldwork", "publish")}
    setup = (f"NAME = {'Agence urbaine (démo)'!r}\nURL = {agency_server.base_url!r}\n"
             f"WORKSPACE = {str(workspace)!r}\nSERVER_SHOT = {str(shots['server'])!r}\n"
             f"FIELDWORK_SHOT = {str(shots['fieldwork'])!r}\nPUBLISH_SHOT = {str(shots['publish'])!r}\n"
             f"RTL_QM = {str(RTL_QM) if locale == 'ar' else ''!r}\n"
             f"CHECKOUT = {str(tmp_path / 'parcelles.gpkg')!r}\n")
    results, _ = run_qgis_desktop(tmp_path, REPO / ".build" / "plugins", extra_checks=setup + CHECKS,
                                  locale=locale, settle_ms=1500, timeout=300)
    for key, suffix in (("server", ""), ("fieldwork", "_fieldwork"), ("publish", "_publish")):
        if shots[key].exists():
            shutil.copy(shots[key], SCREENSHOTS / f"dock_{locale}{suffix}.png")
    assert "error" not in results, results.get("error")
    assert results["python_errors"] == [], "\n".join(e["traceback"] for e in results["python_errors"])
    assert results["collections"] >= 3
    assert results["oapif_valid"]
    assert results["conflict_rows"] == 4
    assert results["checkout_error"] is None
    assert results["checkout_counts"]["parcels"] > 0
    assert results["checkout_layers"] == [results["checkout_counts"]["parcels"]]
    assert all(path.exists() and path.stat().st_size > 10_000 for path in shots.values())
    if locale == "ar":
        assert results["dock_rtl"], "the dock must be laid out right to left in Arabic"
        assert results["rtl_from_plugin"], "plugin.py must install i18n/agence_urbaine_rtl.qm for Arabic"
