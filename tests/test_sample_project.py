"""The sample project opens on its data, in fonts the machine has.

A project written without the desktop (``sample_data/make_project.py``) holds no map canvas
state: QGIS then opens it on its default view extent, or at 1:1 on a blank map when it has none.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from qgis.core import QgsProject, QgsRectangle
from qgis.PyQt.QtGui import QFontDatabase

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"
PROJECT = SAMPLE / "hay_al_amal.qgz"
DEBIAN_FONTS = {"Noto Sans", "DejaVu Sans"}


def test_the_sample_project_opens_on_its_data(qgis_app, tmp_path):
    for name in ("hay_al_amal.qgz", "hay_al_amal.gpkg"):  # a copy: reading a GeoPackage may write it
        shutil.copy(SAMPLE / name, tmp_path / name)
    project = QgsProject()
    assert project.read(str(tmp_path / "hay_al_amal.qgz"))
    data = QgsRectangle()
    for layer in project.mapLayers().values():
        assert layer.isValid(), layer.name()
        data.combineExtentWith(layer.extent())
    view = project.viewSettings().defaultViewExtent()
    assert view.crs().authid() == "EPSG:26191"
    assert view.contains(data)
    # on the data: at most a margin around it, not the world
    assert view.width() * view.height() <= 1.5 * data.width() * data.height()


def test_the_sample_project_names_only_fonts_the_machine_has(qgis_app):
    with zipfile.ZipFile(PROJECT) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".qgs"))
        text = archive.read(name).decode("utf-8")
    families = {*re.findall(r'fontFamily="([^"]*)"', text), *re.findall(r'<font[^>]* family="([^"]*)"', text)}
    assert families, "the labels name a font"
    assert families <= DEBIAN_FONTS
    assert families <= set(QFontDatabase().families())
