"""QGIS features → GeoJSON-like dicts for ``core.sync.session.publish``, without shapely.

Inside the QGIS desktop, shapely's wheel resolves its GEOS calls to QGIS's own, older GEOS: some
calls fail (``.wkt``: "output dimension must be 2 or 3") and ``shapely.geometry.mapping`` crashes
QGIS (seen with shapely 2.1.2 / GEOS 3.13 wheel on QGIS 3.22, in a task thread). So geometries are
converted here with QGIS itself (2D, curves straightened, a one-part multi made single) and their
WKB is decoded by ``core.sync.gpkg_geometry`` in pure Python: coordinates are kept exactly.

Used by the publish algorithm and by the dock's publish task alike.
"""

from __future__ import annotations

import math
import struct
from typing import Any, Callable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProviderRegistry,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..core.i18n import tr
from ..core.sync.gpkg_geometry import gpkg_to_geometry
from .sources import features

AREA_OF_USE_MARGIN = 0.5  # degrees around a CRS's area of use still accepted
CREDENTIAL_KEYS = frozenset({"password", "username", "user", "authcfg"})
# A GeoPackage blob header without envelope (little-endian, srs 0): lets gpkg_to_geometry read WKB.
_BARE_GPKG_HEADER = struct.pack("<2sBBi", b"GP", 0, 0x01, 0)


def json_value(value: Any) -> Any:
    """A QGIS attribute as a JSON value (NULL → None, dates → ISO 8601)."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-ddTHH:mm:ss")
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd")
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss")
    return value


def geojson_geometry(geometry: Optional[QgsGeometry]) -> Optional[dict]:
    """A QgsGeometry as a GeoJSON geometry with its coordinates exactly (2D)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    copy = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(copy.wkbType()):
        copy = QgsGeometry(copy.constGet().segmentize())
    shape = copy.get()
    shape.dropZValue()
    shape.dropMValue()
    if copy.isMultipart() and copy.constGet().numGeometries() == 1:
        copy.convertToSingleType()
    return gpkg_to_geometry(_BARE_GPKG_HEADER + bytes(copy.asWkb()))


def layer_features(source, crs: QgsCoordinateReferenceSystem, context: QgsCoordinateTransformContext,
                   is_canceled: Callable[[], bool]) -> list[dict]:
    """The source's features as GeoJSON-like dicts in ``crs``; a text ``id`` field gives the id,
    ``ref`` names the feature in reports, ``fid`` is its id in the source (for stable ids)."""
    names = source.fields().names()
    request = QgsFeatureRequest().setDestinationCrs(crs, context)
    result = []
    for feature in features(source, request):
        if is_canceled():
            break
        properties = dict(zip(names, (json_value(v) for v in feature.attributes())))
        fid = properties.pop("id", None)
        properties.pop("fid", None)  # the GeoPackage row number, not data
        result.append({"type": "Feature", "id": str(fid) if fid not in (None, "") else None,
                       "fid": feature.id(), "ref": tr("feature {fid}").format(fid=feature.id()),
                       "properties": properties,
                       "geometry": geojson_geometry(feature.geometry())})
    return result


def crs_problem(name: str, crs: QgsCoordinateReferenceSystem, extent: QgsRectangle,
                context: QgsCoordinateTransformContext) -> Optional[str]:
    """Why a layer cannot be published as it is placed (None when it can): no CRS, or coordinates
    impossible in its CRS (outside the CRS's area of use), e.g. longitudes and latitudes in a layer
    labelled Merchich metres, which would land hundreds of kilometres away. Shared by the
    Processing algorithm and the dock."""
    if not crs.isValid():
        return tr("The layer {layer} has no coordinate reference system: set it (Layer Properties › "
                  "Source) before publishing.").format(layer=name)
    if extent.isNull():
        return None
    impossible = tr("The coordinates of {layer} are impossible in its coordinate reference system {crs} "
                    "(extent {extent}): the layer's CRS is probably wrong. Set the CRS its coordinates "
                    "are really in (Layer Properties › Source) before publishing.").format(
        layer=name, crs=crs.authid() or crs.description(), extent=extent.toString(2))
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    try:
        box = QgsCoordinateTransform(crs, wgs84, context).transformBoundingBox(extent)
    except QgsCsException:
        return impossible
    if not all(math.isfinite(v) for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())):
        return impossible
    area = crs.bounds()  # the area of use, in WGS 84 degrees (null when the CRS does not say)
    return None if area.isNull() or area.buffered(AREA_OF_USE_MARGIN).contains(box) else impossible


def source_identity(provider: str, uri: str) -> str:
    """What identifies a layer's data across sessions (provider and its decoded address without
    credentials): with each feature's id it makes the stable ids publishing upserts by."""
    parts = QgsProviderRegistry.instance().decodeUri(provider, uri) or {}
    kept = {k: str(v) for k, v in parts.items() if k not in CREDENTIAL_KEYS and v not in (None, "")}
    if not kept:
        return f"{provider}:{uri}"
    return f"{provider}:" + ";".join(f"{k}={v}" for k, v in sorted(kept.items()))
