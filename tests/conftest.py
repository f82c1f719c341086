"""Test set-up: the repository is the plugin, imported as ``agence_urbaine``.

``make pluginpath`` links ``.build/plugins/agence_urbaine`` to the repository; the same folder is
what ``QGIS_PLUGINPATH`` points at for ``qgis_process`` and the desktop smoke test.
"""

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["server_fixture"]

REPO = Path(__file__).resolve().parent.parent
PLUGINPATH = REPO / ".build" / "plugins"


def _ensure_plugin_link() -> None:
    link = PLUGINPATH / "agence_urbaine"
    PLUGINPATH.mkdir(parents=True, exist_ok=True)
    if not link.exists():
        link.symlink_to(REPO, target_is_directory=True)


_ensure_plugin_link()
# The repository root must not be importable as such: its ``processing`` package would shadow
# QGIS's ``processing`` plugin (``python -m pytest`` puts the working directory on sys.path).
# pytest runs with --import-mode=importlib (pyproject.toml) so that it does not put the repository
# (a package: it has __init__.py) or its parent on sys.path either; the tests' helper modules are
# imported from tests/ explicitly.
sys.path[:] = [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != REPO]
sys.path.insert(0, str(REPO / "tests"))
if str(PLUGINPATH) not in sys.path:
    sys.path.insert(0, str(PLUGINPATH))


_EXIT_STATUS = {"code": 0}


def pytest_collection_modifyitems(config, items):
    """Known failures per QGIS / server version (tests/known_failures.py): strict xfail."""
    import known_failures
    import pytest

    known_failures.mark(items, pytest)


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["code"] = int(exitstatus)


def pytest_unconfigure(config):
    """Leave without Python's interpreter teardown.

    Once every test has run and the summary is printed, tearing down the interpreter destroys
    the Python wrappers of QGIS objects (providers, layers, the QgsApplication) in an arbitrary
    order and QGIS 3.22 can crash there (a segmentation fault after "N passed"), which would turn
    a green run red. The exit status is pytest's own.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS["code"])


@pytest.fixture
def layer_tree_view(qgis_iface):
    """A real layer tree view for pytest-qgis's interface, whose ``layerTreeView()`` is a
    MagicMock: QGIS 3.44's ``runAndLoadResults`` hands it to C++ (``addResultLayers``) and fails."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    view = QgsLayerTreeView()
    view.setModel(model)
    qgis_iface.layerTreeView = lambda: view
    try:
        yield view
    finally:
        del qgis_iface.layerTreeView
        view.deleteLater()
