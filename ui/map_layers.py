"""QGIS layers for the dock: a live view of a server collection, the layers of a workspace.

**Adding a collection to the map uses QGIS's own OAPIF provider**, not a GeoJSON download into a
memory layer, because the provider

* fetches only what the map shows, page by page in the background (a 100k-feature collection
  does not freeze QGIS nor fill its memory), and refreshes from the server when asked;
* passes the connection's authentication configuration itself (no credential handled in Python);
* is read-only in QGIS 3.22, which is right for a view: edits go through a checkout (workspace)
  and a sync, which keep the storage CRS exactly and detect conflicts. A memory layer would look
  editable while its edits would go nowhere.

QGIS 3.22's provider asks the server for CRS84 coordinates; that is harmless for viewing (the
millimetre reprojection drift the architecture warns about only matters for diffs, and those are
made on the workspace, in the storage CRS).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsDataSourceUri, QgsProject, QgsVectorLayer

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
    return QgsVectorLayer(oapif_uri(connection, info.id), info.title or info.id, OAPIF)


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
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            added.append(layer)
    return added


def reload_layers(layers: list[QgsVectorLayer]) -> None:
    """Show what a sync or a resolution wrote into the GeoPackage behind QGIS's back."""
    for layer in layers:
        layer.dataProvider().reloadData()
        layer.updateExtents()
        layer.triggerRepaint()
