"""QGIS layers for the dock: a live view of a server collection, the layers of a workspace.

**Adding a collection to the map uses QGIS's own OAPIF provider**, not a GeoJSON download into a
memory layer, because the provider

* fetches only what the map shows, page by page in the background (a 100k-feature collection
  does not freeze QGIS nor fill its memory), and refreshes from the server when asked;
* passes the connection's authentication configuration itself (no credential handled in Python);
* is made read-only, which is right for a view: edits go through a checkout (workspace) and a
  sync, which keep the storage CRS exactly, check what is sent and detect conflicts. (QGIS 3.22's
  provider cannot write; since 3.34 it can, and an edit there would bypass all of that.)

QGIS 3.22's provider asks the server for CRS84 coordinates; that is harmless for viewing (the
millimetre reprojection drift the architecture warns about only matters for diffs, and those are
made on the workspace, in the storage CRS).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsDataSourceUri,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ..compat import GeometryType
from ..core.sync.client import CollectionInfo
from ..core.sync.workspace import Workspace
from ..processing.connections import Connection

OAPIF = "OAPIF"


def oapif_uri(connection: Connection, collection: str) -> str:
    """The OAPIF provider's data source for ``collection`` (credentials by authcfg id only)."""
    uri = QgsDataSourceUri()
    uri.setParam("url", connection.url.rstrip("/"))
    uri.setParam("typename", collection)
    if connection.authcfg:
        uri.setAuthConfigId(connection.authcfg)
    return uri.uri(False)


def collection_layer(connection: Connection, info: CollectionInfo) -> QgsVectorLayer:
    """A read-only live layer on a server collection (check ``isValid()``)."""
    layer = QgsVectorLayer(oapif_uri(connection, info.id), info.title or info.id, OAPIF)
    layer.setReadOnly(True)
    return layer


def workspace_uri(path: str, table: str) -> str:
    return f"{path}|layername={table}"


def workspace_tables(path: str, collections: list[str]) -> dict[str, str]:
    """The working table of each collection (its name in the file is the workspace's choice:
    a collection id is never used raw as a table name)."""
    with Workspace(path) as workspace:
        return {name: workspace.table(name) for name in collections}


def same_file(source: str, path: str) -> bool:
    """True when a layer's source is a table of the GeoPackage ``path``."""
    file_part = source.split("|", 1)[0]
    try:
        return Path(file_part).resolve() == Path(path).resolve()
    except (OSError, ValueError):
        return False


def workspace_layers(path: str, project: Optional[QgsProject] = None) -> list[QgsVectorLayer]:
    """The project's layers that read the workspace ``path``."""
    project = project or QgsProject.instance()
    return [layer for layer in project.mapLayers().values()
            if isinstance(layer, QgsVectorLayer) and layer.providerType() == "ogr"
            and same_file(layer.source(), path)]


def add_workspace_layers(path: str, collections: list[str], group_name: str,
                         project: Optional[QgsProject] = None) -> list[QgsVectorLayer]:
    """Add the working tables of ``collections`` to the project (in a group), unless already there."""
    project = project or QgsProject.instance()
    present = {layer.source().split("layername=")[-1] for layer in workspace_layers(path, project)}
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.insertGroup(0, group_name)
    added = []
    for name, table in workspace_tables(path, collections).items():
        if table in present:
            continue
        layer = QgsVectorLayer(workspace_uri(path, table), name, "ogr")
        if layer.isValid():
            _present(layer)
            project.addMapLayer(layer, False)
            added.append(layer)
    for layer in added:
        _insert_in_order(group, layer)
    return added


def _insert_in_order(group, layer: QgsVectorLayer) -> None:
    """Points on top, then lines, polygons below: nothing hides what it covers."""
    order = _drawing_order(layer)
    for index, child in enumerate(group.children()):
        other = child.layer() if hasattr(child, "layer") else None
        if isinstance(other, QgsVectorLayer) and _drawing_order(other) > order:
            group.insertLayer(index, layer)
            return
    group.addLayer(layer)


# Fields the server keeps or the workspace needs as they are: shown, never edited in a form.
SERVER_KEPT = ("id", "version", "updated_at")
_STYLES = {  # a plain, readable style per geometry: the working data, not a map for print
    GeometryType.Polygon: (QgsFillSymbol, {"color": "255,170,0,70", "outline_color": "160,90,0",
                                                  "outline_width": "0.4"}),
    GeometryType.Line: (QgsLineSymbol, {"color": "30,80,170", "width": "0.6"}),
    GeometryType.Point: (QgsMarkerSymbol, {"name": "circle", "color": "200,30,30", "size": "2.4",
                                                  "outline_color": "255,255,255"}),
}


def _drawing_order(layer: QgsVectorLayer) -> int:
    """0 for points, 1 for lines, 2 for polygons (and anything else): the order they stack in."""
    return {GeometryType.Point: 0, GeometryType.Line: 1}.get(layer.geometryType(), 2)


def _present(layer: QgsVectorLayer) -> None:
    """A workspace layer as a field worker should get it: server-kept fields read-only in forms,
    a plain style by geometry type."""
    config = layer.editFormConfig()
    for name in SERVER_KEPT:
        index = layer.fields().indexOf(name)
        if index >= 0:
            config.setReadOnly(index, True)
    layer.setEditFormConfig(config)
    style = _STYLES.get(layer.geometryType())
    if style is not None:
        symbol_class, properties = style
        layer.setRenderer(QgsSingleSymbolRenderer(symbol_class.createSimple(properties)))


READABLE_SCALE = 500  # 1:500: a building and its neighbours, never a blur of one wall


def show_selection(canvas, layer: QgsVectorLayer, project: Optional[QgsProject] = None) -> None:
    """Zoom to the layer's selected features at a readable scale (a point or a small building
    would zoom in without end), make the layer visible and flash them."""
    node = (project or QgsProject.instance()).layerTreeRoot().findLayer(layer.id())
    if node is not None:
        node.setItemVisibilityCheckedParentRecursive(True)
    canvas.zoomToSelected(layer)
    if canvas.scale() < READABLE_SCALE:
        canvas.zoomScale(READABLE_SCALE)
    canvas.refresh()
    canvas.flashFeatureIds(layer, layer.selectedFeatureIds())


def reload_layers(layers: list[QgsVectorLayer]) -> None:
    """Show what a sync or a resolution wrote into the GeoPackage behind QGIS's back."""
    for layer in layers:
        layer.dataProvider().reloadData()
        layer.updateExtents()
        layer.triggerRepaint()
