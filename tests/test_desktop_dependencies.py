"""The real QGIS desktop without shapely: the plugin loads, says what is missing, and its
"Install shapely" button installs shapely 2 into the profile and enables the algorithms."""

import pytest
from desktop import REPO, desktop_available, run_qgis_desktop

pytestmark = pytest.mark.skipif(desktop_available() is not None, reason=str(desktop_available()))

STATE = """
from qgis.PyQt.QtWidgets import QLabel, QPushButton
def _state():
    dock = docks[0]
    provider = QgsApplication.processingRegistry().providerById("agenceurbaine")
    return {
        "status": dock.findChild(QLabel, "statusLabel").text(),
        "algorithms": [a.id() for a in provider.algorithms()] if provider else None,
        "buttons": [b.isEnabled() for b in iface.mainWindow().findChildren(QPushButton,
                                                                        "AgenceUrbaineInstallShapely")],
    }
try:
    import shapely
    result["shapely_importable"] = shapely.__version__
except ImportError:
    result["shapely_importable"] = False
result["before"] = _state()
"""

INSTALL = STATE + """
import time
button = iface.mainWindow().findChildren(QPushButton, "AgenceUrbaineInstallShapely")[0]
started = time.monotonic()
button.click()
while QgsApplication.taskManager().countActiveTasks() and time.monotonic() - started < 300:
    QgsApplication.processEvents()
    time.sleep(0.05)
for _ in range(20):
    QgsApplication.processEvents()
import shapely
result["shapely_after"] = (shapely.__version__, shapely.__file__)
result["after"] = _state()
"""


def _loaded_without_errors(results):
    assert "error" not in results, results.get("error")
    assert results["python_errors"] == [], "\n".join(e["traceback"] for e in results["python_errors"])
    assert results["loaded"], results["stderr"][-3000:]
    assert results["dock_count"] == 1 and results["provider"]


@pytest.mark.parametrize("locale", ["fr", "ar"])
def test_plugin_loads_without_shapely_and_says_what_to_do(tmp_path, locale):
    results, screenshot = run_qgis_desktop(tmp_path, REPO / ".build" / "plugins", extra_checks=STATE,
                                           locale=locale, hidden_modules=("shapely",))
    _loaded_without_errors(results)
    assert results["shapely_importable"] is False  # the test really hides it
    before = results["before"]
    assert before["algorithms"] == []
    assert "shapely" in before["status"] and "--target" in before["status"]
    assert str(tmp_path / "profiles" / "profiles" / "default" / "python" / "dependencies") in before["status"]
    assert before["buttons"] == [True]
    screenshot.rename(tmp_path.parent / f"no_shapely_{locale}.png")


def test_install_button_installs_shapely_into_the_profile(tmp_path):
    """pip from PyPI, with QGIS's Python, into a fresh profile; QGIS stays up while it runs."""
    results, screenshot = run_qgis_desktop(tmp_path, REPO / ".build" / "plugins", extra_checks=INSTALL,
                                           hidden_modules=("shapely",), timeout=420)
    _loaded_without_errors(results)
    version, path = results["shapely_after"]
    assert int(version.split(".")[0]) >= 2
    assert path.startswith(str(tmp_path / "profiles" / "profiles" / "default" / "python" / "dependencies"))
    after = results["after"]
    assert "agenceurbaine:checkconformity" in after["algorithms"]
    assert "shapely" in after["status"] and version in after["status"]
    screenshot.rename(tmp_path.parent / "shapely_installed.png")
