"""End to end: the real QGIS desktop under Xvfb loads the plugin from a fresh profile."""

import pytest
from desktop import REPO, desktop_available, run_qgis_desktop

pytestmark = pytest.mark.skipif(desktop_available() is not None, reason=str(desktop_available()))

UNLOAD_CHECKS = """
from qgis.PyQt.QtWidgets import QAction
def _plugin_actions():
    actions = iface.mainWindow().findChildren(QAction)
    return [a for a in actions if a.objectName() == "AgenceUrbaineToggleDock"]
result["menu_entries"] = [a.text() for a in iface.pluginMenu().actions()]
result["actions_before_unload"] = len(_plugin_actions())
result["unloaded"] = qgis.utils.unloadPlugin("agence_urbaine")
QgsApplication.processEvents()
registry = QgsApplication.processingRegistry()
result["provider_after_unload"] = registry.providerById("agenceurbaine") is not None
docks = iface.mainWindow().findChildren(QDockWidget, "AgenceUrbaineDock")
result["docks_after_unload"] = len([d for d in docks if d.isVisible()])
result["menu_after_unload"] = [a.text() for a in iface.pluginMenu().actions()]
"""


def test_plugin_loads_in_real_qgis(tmp_path):
    results, screenshot = run_qgis_desktop(tmp_path, REPO / ".build" / "plugins", extra_checks=UNLOAD_CHECKS)
    assert "error" not in results, results.get("error")
    assert results["python_errors"] == [], "\n".join(e["traceback"] for e in results["python_errors"])
    assert results["loaded"], f"plugin not active: {results['active_plugins']}\n{results['stderr'][-3000:]}"
    assert results["provider"]
    assert results["dock_count"] == 1
    assert results["dock_visible"]
    assert results["dock_title"] == "Agence Urbaine Numérique"
    assert "&Agence Urbaine Numérique" in results["menu_entries"]
    assert results["actions_before_unload"] == 1
    assert screenshot.exists() and screenshot.stat().st_size > 10_000
    # unloading inside real QGIS removes what the plugin added
    assert results["unloaded"]
    assert not results["provider_after_unload"]
    assert results["docks_after_unload"] == 0
    assert "&Agence Urbaine Numérique" not in results["menu_after_unload"]
