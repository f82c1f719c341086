"""``agenceurbaine:checkout``: copy collections of the agency server into an offline workspace.

Thin: parameters → area in each collection's storage CRS → ``core.sync.session.checkout``.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
)

from ...compat import ProcessingSourceType
from ...core.i18n import tr
from ...core.sync.client import SyncError
from ...core.sync.session import SyncCanceled, checkout
from ...core.sync.workspace import Workspace, WorkspaceError, epsg_code
from ..connections import feedback_progress
from ..features import geojson_geometry
from .base import AgenceUrbaineAlgorithm


def collection_names(text: str) -> list[str]:
    """Collections typed as ``parcels, buildings`` (commas or spaces)."""
    return [name for name in text.replace(",", " ").split() if name]


class CheckoutAlgorithm(AgenceUrbaineAlgorithm):
    NAME = "checkout"
    GROUP = "server"

    COLLECTIONS = "COLLECTIONS"
    EXTENT = "EXTENT"
    AREA = "AREA"
    WORKSPACE = "WORKSPACE"

    def displayName(self):
        return tr("Check out collections for offline work")

    def shortHelpString(self):
        return tr(
            "Copies collections of the agency server into a workspace GeoPackage that field teams "
            "edit offline in QGIS; 'Synchronise a workspace' later sends their edits and brings the "
            "server's changes.\n\n"
            "Collections: their ids, separated by commas (e.g. parcels, buildings).\n\n"
            "Area: an extent, or a polygon layer (features intersecting its polygons are kept, now "
            "and at every sync); without either, whole collections are copied. Features keep the "
            "collection's storage CRS exactly, so a sync only sees real edits.\n\n"
            "The workspace may already hold other collections; a collection already checked out "
            "there is refused."
        ) + "\n\n" + self.server_help()

    def initAlgorithm(self, config=None):
        self.add_server_parameters()
        self.addParameter(QgsProcessingParameterString(self.COLLECTIONS, tr("Collections (comma separated)")))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREA, tr("Area (polygons)"), [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.WORKSPACE, tr("Workspace"), tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("FEATURES", tr("Features checked out")))

    def processAlgorithm(self, parameters, context, feedback):
        names = collection_names(self.parameterAsString(parameters, self.COLLECTIONS, context))
        if not names:
            raise QgsProcessingException(tr("Name at least one collection to check out."))
        path = self.parameterAsFileOutput(parameters, self.WORKSPACE, context)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        total = 0
        with self.open_server(parameters, context) as client, \
                Workspace(path) as workspace:
            for index, name in enumerate(names):
                feedback.pushInfo(tr("Checking out {name}…").format(name=name))
                total += self._one(client, workspace, name, parameters, context, feedback)
                feedback.setProgress(100.0 * (index + 1) / len(names))
        feedback.pushInfo(tr("{n} features checked out into {path}.").format(n=total, path=path))
        return {self.WORKSPACE: path, "FEATURES": total}

    def _one(self, client, workspace, name, parameters, context, feedback) -> int:
        try:
            crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg_code(client.collection(name).storage_crs)}")
            bbox, polygon = self._area(parameters, context, crs)
            counts = checkout(client, workspace, [name], bbox=bbox, polygon=polygon,
                              progress=feedback_progress(feedback), is_canceled=feedback.isCanceled)
        except SyncCanceled as err:
            raise QgsProcessingException(str(err)) from err
        except (SyncError, WorkspaceError) as err:
            raise QgsProcessingException(tr("{name}: {error}").format(name=name, error=err)) from err
        return counts[name]

    def _area(self, parameters, context, crs):
        """(bbox, polygon) in ``crs``: the polygon layer wins over the extent."""
        source = self.parameterAsSource(parameters, self.AREA, context)
        if source is not None:
            request = QgsFeatureRequest().setDestinationCrs(crs, QgsProject.instance().transformContext())
            union = QgsGeometry.unaryUnion([f.geometry() for f in source.getFeatures(request)
                                            if f.hasGeometry()])
            polygon = geojson_geometry(union)
            if polygon is None:
                raise QgsProcessingException(tr("The area layer has no polygon."))
            return None, polygon
        if parameters.get(self.EXTENT) in (None, ""):
            return None, None
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if extent.isNull() or extent.isEmpty():
            return None, None
        return (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()), None
