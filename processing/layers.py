"""Reading Processing sources into the engine's arrays, in the plan's projected CRS.

A source is read once: ids, WKB geometries (``shapely.from_wkb``) and the attribute columns the
engine needs. Geometries are transformed to the plan's CRS by the feature request itself; a
source in a geographic CRS is reprojected with a warning (never measured in degrees).
"""

from __future__ import annotations

import re

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.conformity import FeatureSet
from ..core.i18n import tr


def plan_crs(authid: str) -> QgsCoordinateReferenceSystem:
    """The regulation's CRS; refused when unknown or geographic (areas would be in degrees)."""
    crs = QgsCoordinateReferenceSystem(authid)
    if not crs.isValid():
        raise QgsProcessingException(tr("The regulation's CRS {crs} is not a known CRS.").format(crs=authid))
    if crs.isGeographic():
        raise QgsProcessingException(
            tr("The regulation's CRS {crs} is geographic: distances and areas would be in degrees. "
               "Use the plan's projected CRS (for example EPSG:26191, Merchich / Nord Maroc).").format(
                crs=authid)
        )
    return crs


def crs_warning(source, label: str, crs: QgsCoordinateReferenceSystem) -> str | None:
    """A warning when ``source`` must be reprojected to be measured in ``crs``."""
    source_crs = source.sourceCrs()
    if not source_crs.isValid() or source_crs == crs:
        return None
    if source_crs.isGeographic():
        return tr(
            "{layer} is in {source} (geographic): it was reprojected to {plan} before measuring. "
            "Transformations through WGS 84 are accurate to a few metres only: check results close "
            "to a limit on data in the plan's CRS."
        ).format(layer=label, source=source_crs.authid(), plan=crs.authid())
    return tr("{layer} was reprojected from {source} to the plan's CRS {plan}.").format(
        layer=label, source=source_crs.authid(), plan=crs.authid())


def read_features(source, crs: QgsCoordinateReferenceSystem, fields: list[str], id_field: str | None = None,
                  feedback=None, label: str = "") -> tuple[FeatureSet, list]:
    """Read ``source`` into a FeatureSet in ``crs``; also return the QGIS feature ids (in order).

    ``ids`` are the ``id_field`` values when given (fid otherwise). Attribute columns hold only
    ``fields`` that exist on the source.
    """
    names = source.fields().names()
    wanted = [name for name in dict.fromkeys(fields) if name and name in names]
    indexes = [names.index(name) for name in wanted]
    id_index = names.index(id_field) if id_field and id_field in names else None
    request = QgsFeatureRequest().setDestinationCrs(crs, QgsProject.instance().transformContext())
    request.setSubsetOfAttributes(sorted(set(indexes + ([id_index] if id_index is not None else []))))
    wkb, fids, ids = [], [], []
    columns: list[list] = [[] for _ in wanted]
    total = source.featureCount() or 1
    for count, feature in enumerate(features(source, request)):
        if feedback is not None and count % 2000 == 0 and feedback.isCanceled():
            break
        wkb.append(linear_wkb(feature.geometry()))
        fids.append(feature.id())
        if id_index is None and not indexes:  # roads, servitudes: geometry only
            ids.append(feature.id())
            continue
        attributes = feature.attributes()
        ids.append(attributes[id_index] if id_index is not None else feature.id())
        for column, index in zip(columns, indexes):
            column.append(plain(attributes[index]))
        if feedback is not None and count % 5000 == 0:
            feedback.pushDebugInfo(tr("{layer}: {count} of {total} features read").format(
                layer=label, count=count, total=total))
    geometries = shapely.from_wkb(np.array(wkb, dtype=object), on_invalid="ignore") if wkb else \
        np.empty(0, dtype=object)
    ids = [plain(value) for value in ids]
    return FeatureSet(ids, geometries, dict(zip(wanted, columns))), fids


def linear_wkb(geometry) -> bytes | None:
    """WKB for ``shapely.from_wkb``: None when empty; curves straightened (shapely has no curves)."""
    if geometry.isNull() or geometry.isEmpty():
        return None
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    return bytes(geometry.asWkb())


def features(source, request):
    """Iterate ``source`` without Processing's invalid-geometry check: the engine names invalid
    geometries in its findings instead of stopping the whole batch on the first one."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def plain(value):
    """QVariant NULLs become None; everything else is left as Python gives it."""
    if isinstance(value, QVariant) and value.isNull():
        return None
    return value


def to_qgs_multipolygons(geometries) -> list[QgsGeometry]:
    """shapely → multi-polygon QgsGeometry.

    2-D WKB on purpose: inside QGIS, shapely's wheel resolves GEOS symbols to QGIS's own (older)
    GEOS, which refuses shapely 2.1's default of 4 output dimensions.
    """
    if not len(geometries):
        return []
    wkbs = shapely.to_wkb(shapely.force_2d(np.array(geometries, dtype=object)), output_dimension=2)
    result = []
    for wkb in wkbs:
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        geometry.convertToMultiType()
        result.append(geometry)
    return result


_LAYERNAME = re.compile(r"layername=([^|]+)")


def layer_keys(layer) -> list[str]:
    """Names by which a layer can be matched to a servitude id: its name, its table in the file."""
    keys = [layer.name()]
    match = _LAYERNAME.search(layer.source())
    if match:
        keys.append(match.group(1))
    return [key.strip().lower() for key in keys if key]


def match_servitudes(layers: list, servitude_ids) -> tuple[dict, list[str]]:
    """Map servitude ids of the regulation to the given layers (by layer or table name).

    Returns the mapping and warnings for layers that match nothing.
    """
    by_key = {sid.lower(): sid for sid in servitude_ids}
    matched: dict = {}
    warnings: list[str] = []
    for layer in layers:
        sid = next((by_key[key] for key in layer_keys(layer) if key in by_key), None)
        if sid is None:
            text = tr("Layer {layer} matches no servitude of the regulation ({ids}); it was ignored.")
            warnings.append(text.format(layer=layer.name(), ids=", ".join(sorted(servitude_ids))))
        else:
            matched[sid] = layer
    return matched, warnings
