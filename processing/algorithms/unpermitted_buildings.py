"""``agenceurbaine:unpermittedbuildings``: veille urbaine, observed buildings against permits.

Thin: parameters → read both layers once into arrays in one projected CRS →
``core.veille.find_unpermitted`` → sinks (observed buildings with their status, the parts outside
permits, optionally the permitted footprints not built yet) and counts.
"""

from __future__ import annotations

import re
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
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...compat import (
    DistanceUnit,
    FieldType,
    GeometryType,
    ProcessingNumberParameterType,
    ProcessingParameterFlag,
    ProcessingSourceType,
    WkbType,
)
from ...core.conformity import FeatureSet
from ...core.i18n import tr
from ...core.veille import (
    CONFORMING,
    EXCEEDS_PERMIT,
    FAVOURABLE,
    NO_PERMIT,
    VeilleCanceled,
    check_tolerances,
    find_unpermitted,
    status_label,
)
from ..choices import apply_defaults
from ..layers import features as source_features
from ..layers import linear_wkb, plain, to_qgs_multipolygons
from ..styles import BLUE, GREEN, ORANGE, RED, categorized, fill, outline, single, style_on_load
from .base import AgenceUrbaineAlgorithm

POLYGONS = [ProcessingSourceType.VectorPolygon]
READ_SHARE, ENGINE_SHARE = 30.0, 60.0
"""Progress (in %) given to reading the layers and to the engine; writing gets the rest."""


STATUS_FIELD = "vu_status"
BUILDING_FIELDS = ((STATUS_FIELD, FieldType.QString), ("vu_label", FieldType.QString),
                   ("vu_permits", FieldType.QString), ("vu_obs_m2", FieldType.Double),
                   ("vu_perm_m2", FieldType.Double), ("vu_in_m2", FieldType.Double),
                   ("vu_exc_m2", FieldType.Double))
NOT_BUILT_FIELDS = (("vu_permit", FieldType.QString), ("vu_part", FieldType.Int), ("vu_parts", FieldType.Int),
                    ("vu_perm_m2", FieldType.Double))
"""Result fields, prefixed ``vu_`` (veille urbaine) so that a survey's own ``status`` is kept, and at
most 10 characters so that a Shapefile output keeps them apart."""
LISTED = 20
"""Permit ids named per decision in the log; the rest are counted."""


def _text(value) -> str:
    return "" if value is None else str(value)


def _output_fields(source_fields: QgsFields, extra: tuple) -> tuple[QgsFields, list[int], list[str]]:
    """The source's fields then ``extra``; a source field named like one of ``extra`` is dropped.

    That happens when an earlier output is run again: its results are replaced, never written to
    ``vu_status_2`` while ``vu_status`` keeps the old value. Returns the fields, the indexes of the
    source fields kept, and the names dropped.
    """
    ours = {name.lower() for name, _ in extra}
    keep = [i for i, f in enumerate(source_fields) if f.name().lower() not in ours]
    dropped = [f.name() for i, f in enumerate(source_fields) if i not in keep]
    fields = QgsFields()
    for i in keep:
        fields.append(source_fields[i])
    for name, kind in extra:
        fields.append(QgsField(name, kind))
    return fields, keep, dropped


def _status_renderer(statuses: tuple):
    """Categories of ``vu_status``: conforming green, exceeds orange, no permit red; labels translated."""
    colours = {CONFORMING: GREEN, EXCEEDS_PERMIT: ORANGE, NO_PERMIT: RED}
    return lambda: categorized(STATUS_FIELD, [(s, status_label(s), fill(colours[s])) for s in statuses])


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
    BUILDING_ID_FIELD = "BUILDING_ID_FIELD"
    PERMIT_ID_FIELD = "PERMIT_ID_FIELD"
    DECISION_FIELD = "DECISION_FIELD"
    ACCEPTED_DECISIONS = "ACCEPTED_DECISIONS"
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
            "Permits: with a decision field (default 'decision'), only the footprints whose decision "
            "is one of the accepted values count as permits; refused and pending applications are "
            "left out and listed in the log. Accepted values are compared without case or accents, "
            "as the first words of the decision: 'Favorable sous réserve' and 'Accordée' are accepted "
            "by 'favorable' and 'accordé', 'Défavorable' is not. Each footprint is split into its "
            "parts (a group permit of four villas is four parts).\n\n"
            "Matching: an observed building matches a permit part when their overlap covers at "
            "least the minimum overlap ratio (default 0.3) of either of them, the smaller one "
            "deciding: overlap ≥ ratio × min(observed area, part area). A building touching a "
            "neighbour's permit along a shared wall therefore does not match it, while a building "
            "that covers its whole permit and much more does.\n\n"
            "Classes:\n"
            "- no_permit: the building matches no permit part; the whole building is the excess.\n"
            "- exceeds_permit: excess = observed building minus the permit parts it matches; its "
            "area is larger than the absolute threshold (m², default 10) AND larger than the ratio "
            "threshold (default 0.10) times the area of the building that stands inside those parts. "
            "The tolerance is measured where the building stands: the unbuilt rest of a large lot or "
            "the other villas of a group permit never absorb an excess. Both thresholds must be "
            "passed, strictly; set one to 0 to use only the other. Small excesses are survey and "
            "digitising noise.\n"
            "- conforming: matches a permit and its excess stays within a threshold.\n"
            "Every permit part matched by no observed building is listed as not built yet.\n\n"
            "Areas are measured in metres: the permitted footprints are reprojected into the "
            "observed layer's CRS, or both into the projected CRS given as parameter. A geographic "
            "CRS (degrees) is refused, and so are line and point layers. Invalid geometries are "
            "repaired and named in the log by their id field; features without geometry are left "
            "out and named.\n\n"
            "Outputs (fields prefixed vu_, for veille urbaine; a previous output run again has them "
            "replaced): the observed buildings with vu_status, vu_label, vu_permits, vu_obs_m2 "
            "(observed area), vu_perm_m2 (area of the permit parts matched), vu_in_m2 (area of the "
            "building inside them, the base of the ratio) and vu_exc_m2 (excess); the excess parts "
            "of the buildings classed no_permit or exceeds_permit, with the same fields; optionally "
            "the permit parts not built yet (vu_permit, vu_part of vu_parts, vu_perm_m2). Loaded "
            "outputs are coloured by status. The counts are in the log and in the results."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.OBSERVED, tr("Observed buildings"), POLYGONS))
        self.addParameter(QgsProcessingParameterField(
            self.BUILDING_ID_FIELD, tr("Building id field (empty: feature ids)"), "obs_id", self.OBSERVED,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PERMITTED, tr("Permitted footprints"), POLYGONS))
        self.addParameter(QgsProcessingParameterField(
            self.PERMIT_ID_FIELD, tr("Permit id field (empty: feature ids)"), "app_id", self.PERMITTED,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DECISION_FIELD, tr("Decision field (empty: every footprint is a permit)"), "decision",
            self.PERMITTED, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ACCEPTED_DECISIONS, tr("Decisions that grant a permit (comma-separated)"),
            ", ".join(FAVOURABLE)))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD_M2, tr("Excess threshold (m²)"), ProcessingNumberParameterType.Double,
            10.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD_RATIO, tr("Excess threshold (share of the permitted area built on, 0.10 = 10 %)"),
            ProcessingNumberParameterType.Double, 0.10, minValue=0.0))
        overlap = QgsProcessingParameterNumber(
            self.MIN_OVERLAP_RATIO, tr("Minimum overlap to match a permit (share of the smaller area)"),
            ProcessingNumberParameterType.Double, 0.3, minValue=0.0, maxValue=1.0)
        overlap.setFlags(overlap.flags() | ProcessingParameterFlag.Advanced)
        self.addParameter(overlap)
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, tr("Projected CRS for measurements (empty: the observed layer's CRS)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Observed buildings with status"), ProcessingSourceType.VectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.EXCESS, tr("Parts outside permits"), ProcessingSourceType.VectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.NOT_BUILT, tr("Permitted footprints not built yet"), ProcessingSourceType.VectorPolygon,
            optional=True, createByDefault=False))
        for output, label in (
            ("NO_PERMIT_COUNT", tr("Buildings without permit")),
            ("EXCEEDS_PERMIT_COUNT", tr("Buildings exceeding their permit")),
            ("CONFORMING_COUNT", tr("Buildings conforming to their permit")),
            ("NOT_BUILT_COUNT", tr("Permitted footprints not built yet")),
            ("SKIPPED_COUNT", tr("Observed features without geometry")),
            ("LEFT_OUT_COUNT", tr("Applications not counted as permits (decision)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(output, label))
        # the layers named like each role (the active layer twice, before: a layer against itself)
        apply_defaults(self, {self.OBSERVED: "buildings", self.PERMITTED: "applications"})

    def _tolerances(self, parameters, context) -> tuple[float, float, float]:
        return (self.parameterAsDouble(parameters, self.THRESHOLD_M2, context),
                self.parameterAsDouble(parameters, self.THRESHOLD_RATIO, context),
                self.parameterAsDouble(parameters, self.MIN_OVERLAP_RATIO, context))

    def checkParameterValues(self, parameters, context):
        """Say which range a tolerance allows; Processing's own check only says "incorrect value"."""
        try:
            check_tolerances(*self._tolerances(parameters, context))
        except ValueError as error:
            return False, str(error)
        return super().checkParameterValues(parameters, context)

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
        if crs.mapUnits() != DistanceUnit.Meters:
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

    @staticmethod
    def _check_polygons(source, label: str) -> None:
        """Refuse a line, point or table layer: its features have no area to compare (scripts and
        qgis_process do not go through the dialog's filter)."""
        kind = QgsWkbTypes.geometryType(source.wkbType())
        if kind not in (GeometryType.Polygon, GeometryType.Unknown):
            raise QgsProcessingException(tr(
                "The layer of {layer} holds {kind} geometries: observed buildings and permitted "
                "footprints must be polygons, whose areas are compared.").format(
                    layer=label, kind=QgsWkbTypes.geometryDisplayString(kind).lower()))

    def _field(self, parameters, name: str, context, source, missing: str) -> str | None:
        """The field of parameter ``name``; its default quietly falls back to None (``missing`` is
        logged) when the layer has no such field, a field given explicitly must exist."""
        field = self.parameterAsString(parameters, name, context) or None
        if field is None or source.fields().indexOf(field) >= 0:
            return field
        if parameters.get(name) is None:
            self._notes.append(missing.format(field=field))
            return None
        raise QgsProcessingException(tr("The layer has no field '{field}' ({parameter}).").format(
            field=field, parameter=self.parameterDefinition(name).description()))

    def _accepted(self, parameters, context) -> list[str]:
        text = self.parameterAsString(parameters, self.ACCEPTED_DECISIONS, context)
        accepted = [value.strip() for value in re.split(r"[,;،\n]", text or "") if value.strip()]
        if not accepted:
            raise QgsProcessingException(tr(
                "Give at least one decision that grants a permit (for example: favorable, accordé), or "
                "leave the decision field empty to count every footprint as a permit."))
        return accepted

    # -- running -------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        observed_layer = self.parameterAsVectorLayer(parameters, self.OBSERVED, context)
        permitted_layer = self.parameterAsVectorLayer(parameters, self.PERMITTED, context)
        if observed_layer is not None and permitted_layer is not None and \
                observed_layer.id() == permitted_layer.id():
            raise QgsProcessingException(tr(
                "The observed buildings and the permitted footprints are the same layer ({layer}): "
                "choose the layer of the buildings seen on the ground and the layer of the permits.").format(
                layer=observed_layer.name()))
        observed_source = self.source(parameters, self.OBSERVED, context, tr("observed buildings"))
        permitted_source = self.source(parameters, self.PERMITTED, context, tr("permitted footprints"))
        self._check_polygons(observed_source, tr("observed buildings"))
        self._check_polygons(permitted_source, tr("permitted footprints"))
        crs = self._working_crs(parameters, context, observed_source)
        self._report_crs(observed_source, permitted_source, crs, feedback)
        self._notes: list[str] = []
        building_field = self._field(parameters, self.BUILDING_ID_FIELD, context, observed_source, tr(
            "The observed buildings have no field '{field}': buildings are named by their feature ids."))
        id_field = self._field(parameters, self.PERMIT_ID_FIELD, context, permitted_source, tr(
            "The permitted footprints have no field '{field}': permits are named by their feature ids."))
        decision_field = self._field(parameters, self.DECISION_FIELD, context, permitted_source, tr(
            "The permitted footprints have no field '{field}': every footprint counts as a permit, "
            "refused and pending applications included. Give the field that holds the decision to "
            "leave them out."))
        accepted = self._accepted(parameters, context) if decision_field else []
        if not self.parameterAsString(parameters, self.DECISION_FIELD, context):
            self._notes.append(tr("No decision field given: every footprint counts as a permit, refused "
                                  "and pending applications included."))
        for note in self._notes:
            feedback.pushInfo(note)

        feedback.setProgressText(tr("Reading layers…"))
        observed, observed_features = _read(observed_source, crs, context, feedback, 0, READ_SHARE / 2,
                                            (building_field,) if building_field else ())
        columns = tuple(name for name in (id_field, decision_field) if name)
        permitted, permitted_features = _read(permitted_source, crs, context, feedback, READ_SHARE / 2,
                                              READ_SHARE, columns)
        if feedback.isCanceled():
            return {}

        feedback.setProgressText(tr("Comparing observed buildings with permits…"))
        threshold_m2, threshold_ratio, min_overlap_ratio = self._tolerances(parameters, context)
        try:
            result = find_unpermitted(
                observed, permitted, threshold_m2, threshold_ratio, min_overlap_ratio,
                progress=lambda f: feedback.setProgress(READ_SHARE + ENGINE_SHARE * f),
                is_canceled=feedback.isCanceled, permit_id_field=id_field, building_id_field=building_field,
                decision_field=decision_field, accepted=accepted)
        except VeilleCanceled:
            return {}
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
        for warning in result.warnings:
            feedback.pushWarning(warning)
        self._log_left_out(result, decision_field, accepted, feedback)

        feedback.setProgressText(tr("Writing outputs…"))
        outputs = {
            self.OUTPUT: self._write_buildings(parameters, self.OUTPUT, context, observed_source, crs,
                                               observed_features, result.buildings, feedback),
            self.EXCESS: self._write_buildings(parameters, self.EXCESS, context, observed_source, crs,
                                               observed_features, _flagged(result.buildings), feedback),
        }
        style_on_load(context, outputs[self.OUTPUT],
                      _status_renderer((CONFORMING, EXCEEDS_PERMIT, NO_PERMIT)))
        style_on_load(context, outputs[self.EXCESS], _status_renderer((EXCEEDS_PERMIT, NO_PERMIT)))
        not_built = self._write_not_built(parameters, context, permitted_source, crs,
                                          permitted_features, result, feedback)
        if not_built is not None:
            outputs[self.NOT_BUILT] = not_built
            style_on_load(context, not_built, lambda: single(outline(BLUE)))
        counts = result.counts()
        self._log_counts(counts, result, feedback)
        outputs.update({self.COUNTS[key]: value for key, value in counts.items()})
        outputs["LEFT_OUT_COUNT"] = len({pid for ids in result.left_out.values() for pid in ids})
        feedback.setProgress(100)
        return outputs

    @staticmethod
    def _log_left_out(result, decision_field, accepted, feedback) -> None:
        """How many applications were not counted as permits, and why (their decision)."""
        if not decision_field:
            return
        count = len({pid for ids in result.left_out.values() for pid in ids})
        if not count:
            feedback.pushInfo(tr("Every permitted footprint has an accepted decision ({field}).").format(
                field=decision_field))
            return
        reasons = []
        for decision, ids in sorted(result.left_out.items()):
            named = ", ".join(_text(pid) for pid in ids[:LISTED])
            if len(ids) > LISTED:
                named = tr("{ids} and {n} more").format(ids=named, n=len(ids) - LISTED)
            if decision:
                reasons.append(tr("decision '{decision}': {ids}").format(decision=decision, ids=named))
            else:
                reasons.append(tr("no decision (pending): {ids}").format(ids=named))
        feedback.pushInfo(tr(
            "{n} applications are not counted as permits, their decision ({field}) being none of "
            "the accepted ones ({accepted}); a building on them has no permit. {reasons}.").format(
                n=count, field=decision_field, accepted=", ".join(accepted), reasons="; ".join(reasons)))

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
                round(building.within_m2, 2), round(building.excess_m2, 2)]

    @staticmethod
    def _warn_replaced(dropped: list[str], label: str, feedback) -> None:
        if dropped:
            feedback.pushWarning(tr(
                "The {layer} already have the fields {fields} (an earlier output of this algorithm?): "
                "the outputs hold this run's values instead.").format(layer=label, fields=", ".join(dropped)))

    def _write_buildings(self, parameters, name, context, source, crs, features, buildings, feedback):
        """Observed buildings (OUTPUT: whole, EXCESS: their excess part) with the result fields."""
        fields, keep, dropped = _output_fields(source.fields(), BUILDING_FIELDS)
        if name == self.OUTPUT:
            self._warn_replaced(dropped, tr("observed buildings"), feedback)
        kind = source.wkbType() if name == self.OUTPUT else WkbType.MultiPolygon
        sink, dest = self.parameterAsSink(parameters, name, context, fields, kind, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        geometries = ([features[b.index].geometry() for b in buildings] if name == self.OUTPUT
                      else to_qgs_multipolygons([b.excess for b in buildings]))
        for building, geometry in zip(buildings, geometries):
            attributes = features[building.index].attributes()
            out = QgsFeature(fields)
            out.setGeometry(geometry)
            out.setAttributes([attributes[i] for i in keep] + self._values(building))
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest

    def _write_not_built(self, parameters, context, source, crs, features, result, feedback):
        fields, keep, dropped = _output_fields(source.fields(), NOT_BUILT_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.NOT_BUILT, context, fields,
                                          WkbType.MultiPolygon, crs)
        if sink is None:
            return None
        self._warn_replaced(dropped, tr("permitted footprints"), feedback)
        items = result.not_built
        for item, geometry in zip(items, to_qgs_multipolygons([item.geometry for item in items])):
            attributes = features[item.index].attributes()
            out = QgsFeature(fields)
            out.setGeometry(geometry)
            out.setAttributes([attributes[i] for i in keep] + [
                _text(item.permit_id), item.part, item.parts, round(item.permitted_m2, 2)])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest


def _flagged(buildings: list) -> list:
    """The buildings whose excess is mapped: no permit or exceeding it."""
    return [b for b in buildings if b.status != CONFORMING and b.excess is not None]
