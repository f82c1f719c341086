"""``agenceurbaine:unpermittedbuildings``: veille urbaine, observed buildings against permits.

Thin: parameters → read both layers once into arrays in one projected CRS →
``core.veille.find_unpermitted`` → sinks (observed buildings with their status, the parts outside
permits, optionally the permitted footprints not built yet) and counts.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.conformity import FeatureSet
from ...core.i18n import tr
from ...core.veille import CONFORMING, EXCEEDS_PERMIT, NO_PERMIT, VeilleCanceled, find_unpermitted
from ..layers import features as source_features
from ..layers import linear_wkb, plain, to_qgs_multipolygons
from .base import AgenceUrbaineAlgorithm

POLYGONS = [QgsProcessing.TypeVectorPolygon]
READ_SHARE, ENGINE_SHARE = 30.0, 60.0
"""Progress (in %) given to reading the layers and to the engine; writing gets the rest."""


def _text(value) -> str:
    return "" if value is None else str(value)


def _veille_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind in (("status", QVariant.String), ("status_label", QVariant.String),
                       ("permit_ids", QVariant.String), ("observed_m2", QVariant.Double),
                       ("permitted_m2", QVariant.Double), ("excess_m2", QVariant.Double)):
        fields.append(QgsField(name, kind))
    return fields


def _read(source, crs, context, feedback, start: float, end: float,
          columns: tuple = ()) -> tuple[FeatureSet, list]:
    """A FeatureSet of ``source`` in ``crs`` (ids = feature ids, attributes = ``columns``) and its features.

    Invalid geometries are let through (the engine repairs them and says so) whatever the
    Processing setting "invalid features filtering"; curved geometries are segmentised.
    """
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    names = source.fields().names()
    features, wkb = [], []
    total = max(source.featureCount(), 1)
    for count, feature in enumerate(source_features(source, request)):
        if count % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(start + (end - start) * count / total)
        wkb.append(linear_wkb(feature.geometry()))
        features.append(feature)
    geometries = shapely.from_wkb(np.array(wkb, dtype=object), on_invalid="ignore") if wkb else \
        np.empty(0, dtype=object)
    indexes = {name: names.index(name) for name in columns if name in names}
    rows = [f.attributes() for f in features] if indexes else []
    attributes = {name: [plain(row[i]) for row in rows] for name, i in indexes.items()}
    return FeatureSet([f.id() for f in features], geometries, attributes), features


class UnpermittedBuildingsAlgorithm(AgenceUrbaineAlgorithm):
    NAME = "unpermittedbuildings"
    GROUP = "veille"

    OBSERVED = "OBSERVED"
    PERMITTED = "PERMITTED"
    PERMIT_ID_FIELD = "PERMIT_ID_FIELD"
    THRESHOLD_M2 = "THRESHOLD_M2"
    THRESHOLD_RATIO = "THRESHOLD_RATIO"
    MIN_OVERLAP_RATIO = "MIN_OVERLAP_RATIO"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    EXCESS = "EXCESS"
    NOT_BUILT = "NOT_BUILT"
    COUNTS: ClassVar[dict] = {
        NO_PERMIT: "NO_PERMIT_COUNT",
        EXCEEDS_PERMIT: "EXCEEDS_PERMIT_COUNT",
        CONFORMING: "CONFORMING_COUNT",
        "not_built": "NOT_BUILT_COUNT",
        "skipped": "SKIPPED_COUNT",
    }

    def displayName(self):
        return tr("Unpermitted or enlarged buildings")

    def shortHelpString(self):
        return tr(
            "Compares the buildings observed on the ground (field survey, digitising from imagery) "
            "with the permitted building footprints, and classifies each observed building.\n\n"
            "Matching: an observed building matches a permitted footprint when their overlap covers "
            "at least the minimum overlap ratio (default 0.3) of either of them, the smaller one "
            "deciding: overlap ≥ ratio × min(observed area, permitted area). A building touching a "
            "neighbour's permit along a shared wall therefore does not match it, while a building "
            "that covers its whole permit and much more does.\n\n"
            "Classes:\n"
            "- no_permit: the building matches no permitted footprint; the whole building is the "
            "excess.\n"
            "- exceeds_permit: excess = observed building minus the union of the footprints it "
            "matches; its area is larger than the absolute threshold (m², default 10) AND larger "
            "than the ratio threshold times the permitted area (default 0.10, i.e. 10 % of the "
            "union of the matched footprints). Both must be passed, strictly; set one to 0 to use "
            "only the other. Small excesses are survey and digitising noise.\n"
            "- conforming: matches a permit and its excess stays within a threshold.\n"
            "Permitted footprints matched by no observed building are listed as not built yet.\n\n"
            "Areas are measured in metres: the permitted footprints are reprojected into the "
            "observed layer's CRS, or both into the projected CRS given as parameter. A geographic "
            "CRS (degrees) is refused. Invalid geometries are repaired and named in the log; "
            "features without geometry are left out and named.\n\n"
            "Outputs: the observed buildings with status, status_label, permit_ids, observed_m2, "
            "permitted_m2 and excess_m2; the excess parts (outside permits) of the buildings "
            "classed no_permit or exceeds_permit, with the same fields; optionally the permitted "
            "footprints not built yet. The counts per class are in the log and in the results."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OBSERVED, tr("Observed buildings"), POLYGONS))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PERMITTED, tr("Permitted footprints"), POLYGONS))
        self.addParameter(QgsProcessingParameterField(
            self.PERMIT_ID_FIELD, tr("Permit id field (empty: feature ids)"), "app_id", self.PERMITTED,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD_M2, tr("Excess threshold (m²)"), QgsProcessingParameterNumber.Double,
            10.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD_RATIO, tr("Excess threshold (share of the permitted area, 0.10 = 10 %)"),
            QgsProcessingParameterNumber.Double, 0.10, minValue=0.0))
        overlap = QgsProcessingParameterNumber(
            self.MIN_OVERLAP_RATIO, tr("Minimum overlap to match a permit (share of the smaller area)"),
            QgsProcessingParameterNumber.Double, 0.3, minValue=0.0, maxValue=1.0)
        overlap.setFlags(overlap.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(overlap)
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, tr("Projected CRS for measurements (empty: the observed layer's CRS)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Observed buildings with status"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.EXCESS, tr("Parts outside permits"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.NOT_BUILT, tr("Permitted footprints not built yet"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=False))
        for output, label in (
            ("NO_PERMIT_COUNT", tr("Buildings without permit")),
            ("EXCEEDS_PERMIT_COUNT", tr("Buildings exceeding their permit")),
            ("CONFORMING_COUNT", tr("Buildings conforming to their permit")),
            ("NOT_BUILT_COUNT", tr("Permitted footprints not built yet")),
            ("SKIPPED_COUNT", tr("Observed features without geometry")),
        ):
            self.addOutput(QgsProcessingOutputNumber(output, label))

    # -- reading -------------------------------------------------------------------------------

    def _working_crs(self, parameters, context, observed) -> QgsCoordinateReferenceSystem:
        """The CRS areas are measured in: the parameter's, else the observed layer's; metres only."""
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        crs = target if target.isValid() else observed.sourceCrs()
        if not crs.isValid():
            raise QgsProcessingException(tr(
                "The observed buildings layer has no known CRS: areas cannot be measured. Set the "
                "layer's CRS, or give a projected CRS in metres for the measurements (for example "
                "EPSG:26191, Merchich / Nord Maroc)."))
        if crs.isGeographic():
            raise QgsProcessingException(tr(
                "{crs} is a geographic CRS (degrees): areas cannot be measured in it. Reproject the "
                "layers to the plan's projected CRS, or give a projected CRS in metres for the "
                "measurements (for example EPSG:26191, Merchich / Nord Maroc).").format(
                    crs=crs.authid() or crs.description()))
        if crs.mapUnits() != QgsUnitTypes.DistanceMeters:
            raise QgsProcessingException(tr(
                "{crs} is not in metres: give a projected CRS in metres for the measurements (for "
                "example EPSG:26191, Merchich / Nord Maroc).").format(crs=crs.authid() or crs.description()))
        return crs

    def _report_crs(self, observed, permitted, crs, feedback) -> None:
        for source, label in ((observed, tr("Observed buildings")), (permitted, tr("Permitted footprints"))):
            source_crs = source.sourceCrs()
            if not source_crs.isValid():
                feedback.pushWarning(tr("{layer} has no CRS: taken as already in {crs}.").format(
                    layer=label, crs=crs.authid()))
            elif source_crs != crs:
                feedback.pushInfo(tr(
                    "{layer} reprojected from {source} to {crs} before measuring; a change of datum "
                    "(Merchich ↔ WGS 84) is accurate to a few metres only.").format(
                        layer=label, source=source_crs.authid(), crs=crs.authid()))

    def _permit_id_field(self, parameters, context, permitted, feedback) -> str | None:
        """The permit id field; the default ``app_id`` quietly falls back to feature ids if absent."""
        name = self.parameterAsString(parameters, self.PERMIT_ID_FIELD, context) or None
        if name is None or permitted.fields().indexOf(name) >= 0:
            return name
        if parameters.get(self.PERMIT_ID_FIELD) is None:
            feedback.pushInfo(tr("The permitted footprints have no field '{field}': permits are named by "
                                 "their feature ids.").format(field=name))
            return None
        raise QgsProcessingException(
            tr("The permitted footprints have no field '{field}'.").format(field=name))

    # -- running -------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        observed_source = self.source(parameters, self.OBSERVED, context, tr("observed buildings"))
        permitted_source = self.source(parameters, self.PERMITTED, context, tr("permitted footprints"))
        crs = self._working_crs(parameters, context, observed_source)
        self._report_crs(observed_source, permitted_source, crs, feedback)
        id_field = self._permit_id_field(parameters, context, permitted_source, feedback)

        feedback.setProgressText(tr("Reading layers…"))
        observed, observed_features = _read(observed_source, crs, context, feedback, 0, READ_SHARE / 2)
        permitted, permitted_features = _read(permitted_source, crs, context, feedback, READ_SHARE / 2,
                                              READ_SHARE, (id_field,) if id_field else ())
        if feedback.isCanceled():
            return {}

        feedback.setProgressText(tr("Comparing observed buildings with permits…"))
        try:
            result = find_unpermitted(
                observed, permitted,
                threshold_m2=self.parameterAsDouble(parameters, self.THRESHOLD_M2, context),
                threshold_ratio=self.parameterAsDouble(parameters, self.THRESHOLD_RATIO, context),
                min_overlap_ratio=self.parameterAsDouble(parameters, self.MIN_OVERLAP_RATIO, context),
                progress=lambda f: feedback.setProgress(READ_SHARE + ENGINE_SHARE * f),
                is_canceled=feedback.isCanceled, permit_id_field=id_field)
        except VeilleCanceled:
            return {}
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
        for warning in result.warnings:
            feedback.pushWarning(warning)

        feedback.setProgressText(tr("Writing outputs…"))
        outputs = {
            self.OUTPUT: self._write_buildings(parameters, context, observed_source, crs,
                                               observed_features, result),
            self.EXCESS: self._write_excess(parameters, context, observed_source, crs,
                                            observed_features, result),
        }
        not_built = self._write_not_built(parameters, context, permitted_source, crs,
                                          permitted_features, result)
        if not_built is not None:
            outputs[self.NOT_BUILT] = not_built
        counts = result.counts()
        self._log_counts(counts, result, feedback)
        outputs.update({self.COUNTS[key]: value for key, value in counts.items()})
        feedback.setProgress(100)
        return outputs

    def _log_counts(self, counts, result, feedback) -> None:
        summary = tr("{n} observed buildings: {none} without permit, {exceeds} exceeding their permit, "
                     "{ok} conforming; {skipped} left out (no geometry).")
        feedback.pushInfo(summary.format(
            n=len(result.buildings), none=counts[NO_PERMIT], exceeds=counts[EXCEEDS_PERMIT],
            ok=counts[CONFORMING], skipped=counts["skipped"]))
        if result.not_built:
            permits = sorted({_text(item.permit_id) for item in result.not_built})
            feedback.pushInfo(tr("{n} permitted footprints not built yet (permits: {ids}).").format(
                n=len(result.not_built), ids=", ".join(permits)))

    # -- writing -------------------------------------------------------------------------------

    @staticmethod
    def _values(building) -> list:
        return [building.status, building.label, ", ".join(_text(p) for p in building.permit_ids),
                round(building.observed_m2, 2), round(building.permitted_m2, 2),
                round(building.excess_m2, 2)]

    def _write_buildings(self, parameters, context, source, crs, features, result):
        fields = QgsProcessingUtils.combineFields(source.fields(), _veille_fields())
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for building in result.buildings:
            feature = features[building.index]
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + self._values(building))
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest

    def _write_excess(self, parameters, context, source, crs, features, result):
        fields = QgsProcessingUtils.combineFields(source.fields(), _veille_fields())
        sink, dest = self.parameterAsSink(parameters, self.EXCESS, context, fields,
                                          QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.EXCESS))
        flagged = [b for b in result.buildings if b.status != CONFORMING and b.excess is not None]
        for building, geometry in zip(flagged, to_qgs_multipolygons([b.excess for b in flagged])):
            out = QgsFeature(fields)
            out.setGeometry(geometry)
            out.setAttributes(list(features[building.index].attributes()) + self._values(building))
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest

    def _write_not_built(self, parameters, context, source, crs, features, result):
        extra = QgsFields()
        extra.append(QgsField("permit_ref", QVariant.String))
        extra.append(QgsField("permitted_m2", QVariant.Double))
        fields = QgsProcessingUtils.combineFields(source.fields(), extra)
        sink, dest = self.parameterAsSink(parameters, self.NOT_BUILT, context, fields, source.wkbType(), crs)
        if sink is None:
            return None
        for item in result.not_built:
            feature = features[item.index]
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([*feature.attributes(), _text(item.permit_id), round(item.permitted_m2, 2)])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest
