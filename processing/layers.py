"""Reading Processing sources into the engine's arrays, in the plan's projected CRS.

A source is read once: ids, WKB geometries (``shapely.from_wkb``) and the attribute columns the
engine needs. Geometries are transformed to the plan's CRS by the feature request itself; a
source in a geographic CRS is reprojected with a warning (never measured in degrees).

A whole GeoPackage table already in the plan's CRS is read by GDAL's Arrow reader instead, several
times faster, when that gives exactly what the feature iteration would (``read_features``).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from datetime import date

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..compat import FieldOrigin, FieldType, WkbType
from ..core.conformity import FeatureSet
from ..core.i18n import tr
from .sources import features, plain


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


#: Which path each ``read_features`` call took: "fast" (GDAL's Arrow reader) or "slow" (feature
#: iteration). For the tests.
READ_PATHS: Counter = Counter()


def read_features(source, crs: QgsCoordinateReferenceSystem, fields: list[str], id_field: str | None = None,
                  feedback=None, label: str = "", layer=None) -> tuple[FeatureSet, list]:
    """Read ``source`` into a FeatureSet in ``crs``; also return the QGIS feature ids (in order).

    ``ids`` are the ``id_field`` values when given (fid otherwise). Attribute columns hold only
    ``fields`` that exist on the source.

    ``layer`` is the vector layer that ``source`` reads whole (``whole_layer`` gives it for a
    Processing parameter). With it, or when ``source`` is itself a layer, a GeoPackage table in
    ``crs`` is read by GDAL's Arrow reader when that gives exactly what the feature iteration would.
    """
    names = source.fields().names()
    wanted = [name for name in dict.fromkeys(fields) if name and name in names]
    indexes = [names.index(name) for name in wanted]
    id_index = names.index(id_field) if id_field and id_field in names else None
    if layer is None and isinstance(source, QgsVectorLayer):
        layer = source
    if layer is not None:
        try:
            fast = _read_arrow(source, layer, crs, wanted, names[id_index] if id_index is not None else None,
                               feedback, label)
        except Exception as error:  # any surprise: the feature iteration reads the source
            fast = f"{type(error).__name__}: {error}"
        if not isinstance(fast, str):
            READ_PATHS["fast"] += 1
            return fast
        if feedback is not None:
            text = tr("{layer}: read feature by feature ({reason})")
            feedback.pushDebugInfo(text.format(layer=label, reason=fast))
    READ_PATHS["slow"] += 1
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
        if feedback is not None and count and count % 5000 == 0:
            feedback.pushDebugInfo(tr("{layer}: {count} of {total} features read").format(
                layer=label, count=count, total=total))
    if feedback is not None:  # the count read, not "0 of 74" as the first line said
        feedback.pushDebugInfo(tr("{layer}: {count} of {total} features read").format(
            layer=label, count=len(fids), total=total))
    geometries = shapely.from_wkb(np.array(wkb, dtype=object), on_invalid="ignore") if wkb else \
        np.empty(0, dtype=object)
    ids = [plain(value) for value in ids]
    return FeatureSet(ids, geometries, dict(zip(wanted, columns))), fids


def whole_layer(algorithm, parameters: dict, name: str, context) -> QgsVectorLayer | None:
    """The vector layer that feature-source parameter ``name`` reads whole, for ``read_features(layer=)``.

    None when the parameter reads only part of it (selected features, a feature limit, a filter)
    or is no vector layer: ``read_features`` then reads the source feature by feature.
    """
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", ""):
            return None
        parameters = {**parameters, name: value.source}  # parameterAsVectorLayer takes no definition
    try:
        layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    except Exception:  # no layer: the feature iteration reads the source
        return None
    return layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None


# --------------------------------------------------------------------------- GDAL's Arrow reader

_ARROW_BATCH = 20000  # features per Arrow batch: the cancel check and the debug line run per batch
_ARROW_MIN_FEATURES = 500  # below, opening the file again costs more than the feature iteration
_SINGLE_TO_MULTI = {0: shapely.multipoints, 1: shapely.multilinestrings, 3: shapely.multipolygons}


def gpkg_table(source, layer, crs) -> tuple[str, str | None] | None:
    """(GeoPackage path, table name or None) when ``source`` reads the whole of ``layer``, a plain
    GeoPackage table in ``crs``, so that its rows can be read or copied from the file itself."""
    if _arrow_refusal(source, layer, crs, minimum=0) is not None:
        return None
    uri = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return str(uri["path"]), uri.get("layerName") or None


def _arrow_refusal(source, layer, crs, minimum: int | None = None) -> str | None:
    """Why ``layer`` cannot be read by the Arrow reader in place of ``source`` (None: it can)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return tr("no valid vector layer")
    if layer.providerType() != "ogr":
        return tr("provider {name}").format(name=layer.providerType())
    if layer.subsetString():
        return tr("the layer has a filter")
    if layer.isEditable() or layer.isModified():
        return tr("the layer is being edited")
    if layer.crs() != crs or not crs.isValid():
        return tr("the layer is not in the plan's CRS")
    if source is not layer and (source.sourceCrs() != layer.crs()
                                or source.fields().names() != layer.fields().names()
                                or source.featureCount() != layer.featureCount()):
        return tr("the source is not the whole layer")
    if source.featureCount() < (_ARROW_MIN_FEATURES if minimum is None else minimum):
        return tr("a small layer")
    if layer.wkbType() == WkbType.NoGeometry or QgsWkbTypes.isCurvedType(layer.wkbType()):
        return tr("curved or no geometries")
    uri = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if set(uri) - {"path", "layerName", "layerId"} and any(
            uri[key] not in (None, "", [], {}) for key in set(uri) - {"path", "layerName", "layerId"}):
        return tr("the layer's source has options")
    if not str(uri.get("path", "")).lower().endswith(".gpkg") or not os.path.isfile(uri["path"]):
        return tr("not a GeoPackage file")
    return None


def _arrow_types(ogr) -> dict:
    """QGIS field type → (OGR type, OGR subtype) that the Arrow reader gives as QGIS does."""
    return {
        FieldType.Int: (ogr.OFTInteger, ogr.OFSTNone),  # not Boolean: GDAL 3.6.2 gives wrong values
        FieldType.LongLong: (ogr.OFTInteger64, ogr.OFSTNone),
        FieldType.Double: (ogr.OFTReal, ogr.OFSTNone),  # not Float32: Arrow would give single precision
        FieldType.QString: (ogr.OFTString, ogr.OFSTNone),  # not JSON: QGIS parses it
        FieldType.QDate: (ogr.OFTDate, ogr.OFSTNone),
    }


def _read_arrow(source, layer, crs, wanted: list[str], id_field: str | None, feedback, label: str):
    """``read_features`` by GDAL's Arrow reader: (FeatureSet, fids), or why not (a str)."""
    why = _arrow_refusal(source, layer, crs)
    if why:
        return why
    from osgeo import gdal, ogr

    uri = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    dataset = gdal.OpenEx(uri["path"], gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
    if dataset is None:
        return tr("GDAL cannot open the file as a GeoPackage")
    if uri.get("layerName"):
        ogr_layer = dataset.GetLayerByName(uri["layerName"])
    elif dataset.GetLayerCount() == 1 or uri.get("layerId") not in (None, ""):
        ogr_layer = dataset.GetLayer(int(uri.get("layerId") or 0))
    else:
        return tr("which table of the file is unclear")
    if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
        return tr("no such table, or no Arrow reader in this GDAL")
    definition = ogr_layer.GetLayerDefn()
    if definition.GetGeomFieldCount() != 1 or not ogr_layer.GetFIDColumn():
        return tr("not one geometry column and a FID column")
    fid_column = ogr_layer.GetFIDColumn()
    geometry_column = ogr_layer.GetGeometryColumn()
    ogr_fields = {}
    for i in range(definition.GetFieldCount()):
        field = definition.GetFieldDefn(i)
        ogr_fields[field.GetName()] = (field.GetType(), field.GetSubType())
    if [fid_column, *ogr_fields] != layer.dataProvider().fields().names():
        return tr("the layer's fields are not the table's")
    types = _arrow_types(ogr)
    qgis_fields = layer.fields()
    columns = [name for name in dict.fromkeys([*wanted, id_field]) if name and name != fid_column]
    for name in columns:
        field = qgis_fields.at(qgis_fields.indexOf(name))
        if qgis_fields.fieldOrigin(qgis_fields.indexOf(name)) != FieldOrigin.Provider \
                or types.get(field.type()) != ogr_fields[name]:
            return f"field {name} may be read differently"
    # GDAL 3.6 returns truncated WKB when every attribute field is ignored: keep one
    kept = set(columns) or set(list(ogr_fields)[:1])
    if ogr_layer.SetIgnoredFields([name for name in ogr_fields if name not in kept]) != 0:
        return tr("GDAL refused to skip the unread fields")
    total = ogr_layer.GetFeatureCount()
    if total != source.featureCount():
        return f"the table has {total} features, the source {source.featureCount()}"

    fids: list = []
    wkb: list = []
    values: dict[str, list] = {name: [] for name in columns}
    stream = ogr_layer.GetArrowStreamAsNumPy(
        options=["INCLUDE_FID=YES", "USE_MASKED_ARRAYS=YES", f"MAX_FEATURES_IN_BATCH={_ARROW_BATCH}"])
    canceled = False
    for batch in stream:
        if feedback is not None and feedback.isCanceled():
            canceled = True
            break
        fids.extend(np.asarray(batch[fid_column]).tolist())
        wkb.append(_objects(batch[geometry_column]))
        for name in columns:
            values[name].extend(batch[name].tolist())
        if feedback is not None:
            feedback.pushDebugInfo(tr("{layer}: {count} of {total} features read").format(
                layer=label, count=len(fids), total=total))
    del stream, ogr_layer, dataset
    if not canceled and len(fids) != total:
        return f"the Arrow reader gave {len(fids)} features of {total}"
    geometries = _arrow_geometries(np.concatenate(wkb) if wkb else np.empty(0, dtype=object), layer.wkbType())
    if isinstance(geometries, str):
        return geometries
    for name in columns:
        kind = qgis_fields.at(qgis_fields.indexOf(name)).type()
        if kind == FieldType.QString:
            values[name] = [None if value is None else value.decode("utf-8") for value in values[name]]
        elif kind == FieldType.QDate:  # QGIS gives QDate: so do we
            if not all(value is None or isinstance(value, date) for value in values[name]):
                return f"field {name} has dates Python cannot hold"
            values[name] = [None if value is None else QDate(value.year, value.month, value.day)
                            for value in values[name]]
    values[fid_column] = fids
    ids = list(values[id_field]) if id_field else list(fids)
    return FeatureSet(ids, geometries, {name: values[name] for name in wanted}), fids


def _objects(column) -> np.ndarray:
    """An object column of a record batch with None for its NULLs (masked values)."""
    values = np.array(np.ma.getdata(column), dtype=object)
    values[np.ma.getmaskarray(column)] = None
    return values


def _arrow_geometries(wkb: np.ndarray, layer_type) -> np.ndarray | str:
    """Shapely geometries as ``linear_wkb`` of the features QGIS gives would: empty → None, single
    parts made multi on a multi layer (the ogr provider does). Curves, collections and anything
    shapely cannot read refuse the fast path (a str: why)."""
    if not len(wkb):
        return np.empty(0, dtype=object)
    geometries = shapely.from_wkb(wkb, on_invalid="ignore")
    present = np.not_equal(wkb, None)
    if np.any(present & shapely.is_missing(geometries)):
        return tr("a geometry shapely cannot read (a curve?)")
    kinds = shapely.get_type_id(geometries)
    if np.any(present & ~np.isin(kinds, list(range(7)))):
        return tr("curved geometries or geometry collections")
    geometries[shapely.is_empty(geometries)] = None
    if QgsWkbTypes.isMultiType(layer_type):
        for kind, make in _SINGLE_TO_MULTI.items():
            single = np.flatnonzero(shapely.get_type_id(geometries) == kind)
            if len(single):
                geometries[single] = make(geometries[single].reshape(-1, 1))
    return geometries


def linear_wkb(geometry) -> bytes | None:
    """WKB for ``shapely.from_wkb``: None when empty; curves straightened (shapely has no curves)."""
    if geometry.isNull() or geometry.isEmpty():
        return None
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    return bytes(geometry.asWkb())


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
