"""``agenceurbaine:checkconformity``: permit applications against the plan and its regulation.

Thin: parameters → ``processing.layers.read_features`` → ``core.conformity.check_conformity`` →
sinks (and ``core.report`` when a report folder is asked for).
"""

from __future__ import annotations

import queue
import threading

import numpy as np
import shapely
from qgis.core import (
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProject,
)

from ...compat import FieldType, ProcessingSourceType, WkbType
from ...core.bulk import Coded, coded, paused_gc
from ...core.conformity import ConformityCanceled, FieldMap, check_conformity, verdict_label
from ...core.findings import Messages, Repeated
from ...core.i18n import interface_language, tr
from ...core.rules import VERDICTS
from .. import many_files
from ..choices import apply_defaults, remember_run
from ..conformity_styles import style_applications, style_findings, style_offending
from ..fast_sink import BATCH, Derived, FastSink, Same, batches, sql_literal
from ..layers import (
    crs_warning,
    features,
    gpkg_table,
    match_servitudes,
    plan_crs,
    read_features,
    whole_layer,
)
from ..styles import apply_on_load
from .base import AgenceUrbaineAlgorithm

POLYGONS = [ProcessingSourceType.VectorPolygon]
# the fields added to the applications (when the source lacks them), in the order of the values
# _write_applications computes for each application
_VERDICT_FIELDS = (("verdict", FieldType.QString), ("verdict_label", FieldType.QString),
                   ("fail_count", FieldType.Int), ("check_count", FieldType.Int),
                   ("zones", FieldType.QString), ("parcel_ref", FieldType.QString))
_COMPUTED = {name: k for k, (name, _) in enumerate(_VERDICT_FIELDS)}  # name → position in the values


def _text(value) -> str:
    return "" if value is None else str(value)


def _listed(column) -> list:
    return column.tolist() if isinstance(column, np.ndarray) else list(column)


def _texts(values) -> list[str]:
    """``_text`` of every value."""
    texts = _listed(values)
    if set(map(type, texts)) == {str}:  # text already (the application ids of streamed blocks)
        return texts
    texts = list(map(str, texts))
    if "None" in texts:
        for index, value in enumerate(values):
            if value is None:
                texts[index] = ""
    return texts


def _objects(values: list) -> np.ndarray:
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _application_columns(applications: list) -> list[list]:
    """The values of ``_VERDICT_FIELDS`` for each application, as columns."""
    labels = {code: verdict_label(code) for code in VERDICTS}
    verdict = [a.verdict for a in applications]
    # "code (share %)" joined by ", "; the parcels lying in one zone (most) are formatted by one
    # % over all of them: f"{share:.0%}" is "%.0f%%" % (share * 100)
    texts, single = [""] * len(applications), []
    for k, application in enumerate(applications):
        if len(application.zones) == 1:
            single.append(k)
        elif application.zones:
            texts[k] = ", ".join(f"{code} ({share:.0%})" for code, share in application.zones)
    flat = [None] * (2 * len(single))
    flat[0::2] = [applications[k].zones[0][0] for k in single]
    flat[1::2] = [applications[k].zones[0][1] * 100 for k in single]
    formatted = (("%s (%.0f%%)\x00" * len(single)) % tuple(flat)).split("\x00")
    if len(formatted) != len(single) + 1:  # a zone code holding a NUL character
        formatted = [f"{applications[k].zones[0][0]} ({applications[k].zones[0][1]:.0%})" for k in single]
    for k, text in zip(single, formatted):
        texts[k] = text
    return [verdict, list(map(labels.__getitem__, verdict)), [a.fail_count for a in applications],
            [a.check_count for a in applications], texts, [_text(a.parcel_id) for a in applications]]


def _verdict_columns(verdict: list, labels: dict):
    """The verdict and verdict_label columns: sqlite writes them from one small integer a row."""
    codes = list(VERDICTS)
    numbers = list(map({code: k for k, code in enumerate(codes)}.__getitem__, verdict))
    texts = [sql_literal(code) for code in codes], [sql_literal(labels[code]) for code in codes]
    if None in texts[0] or None in texts[1]:
        return verdict, list(map(labels.__getitem__, verdict))

    def case(literals):
        return ["CASE ", 0, *(f" WHEN {k} THEN {literal}" for k, literal in enumerate(literals)), " END"]

    return (Derived(case(texts[0]), [numbers], lambda: verdict, len(verdict)),
            Derived(case(texts[1]), [numbers], lambda: list(map(labels.__getitem__, verdict)), len(verdict)))


def _column_batches(columns, labels):
    """Columns of the findings output from ``FindingTable.columns()``-like columns, by batches.
    A :class:`Repeated` column (one value for the whole block) becomes one :class:`Same` value;
    the verdicts become :class:`Derived` columns (sqlite writes their texts); the columns whose
    values repeat (application ids, zones, limits, most messages) are :class:`Coded`: a
    GeoPackage binds an integer a row for them instead of a text."""
    for start, stop in batches(len(columns["rule"])):
        part = {key: values[start:stop] for key, values in columns.items()}
        numbers = np.asarray(part.pop("measured"), dtype=float).tolist()
        # bound as floats: sqlite stores NaN as NULL; the None are made only for other outputs
        measured = Derived([0], [numbers], lambda numbers=numbers: [None if v != v else v for v in numbers],
                           len(numbers))
        verdict = part.pop("verdict")
        message = part.pop("message")  # formatted here (Messages), in this thread, not the engine's
        message = message.column() if isinstance(message, Messages) else _listed(message)
        ids = part.pop("application_id")
        ids = ids if isinstance(ids, Coded) else _texts(ids)  # streamed blocks: codes into the ids' texts
        part = {key: Same(values.value) if isinstance(values, Repeated) else _listed(values)
                for key, values in part.items()}
        yield [ids, part["rule"], part["label"], _coded_texts(part["subject"]), measured,
               *_allowed_columns(part["allowed"]), part["unit"], *_verdict_columns(_listed(verdict), labels),
               message]


def _coded_texts(values):
    """Text values as :class:`Coded` when few are distinct; anything else as it is."""
    if isinstance(values, Same) or set(map(type, values)) != {str}:
        return values
    return coded(values, None)


def _allowed_columns(allowed) -> tuple:
    """The allowed column as text, and as a number when it is one (NaN: NULL); both
    :class:`Coded` (the same codes) when a few limits repeat."""
    if isinstance(allowed, Same):
        value = allowed.value
        value = None if isinstance(value, float) and value != value else value
        return Same(_text(value)), Same(value if isinstance(value, (int, float)) else None)
    kinds = set(map(type, allowed))
    if kinds <= {str}:  # text limits (zone, uses): no number
        return _coded_texts(allowed), Same(None)
    if kinds <= {float, int, type(None)}:  # numbers (NaN or None: no limit)
        values = np.empty(len(allowed), dtype=object)
        values[:] = allowed
        values[np.isnan(np.array(allowed, dtype=float))] = None
        values = values.tolist()
        limits = coded(values)  # a rule's limits are mostly a few number objects (each zone's)
        if isinstance(limits, Coded):
            return Coded(limits.codes, list(map(_text, limits.values))), limits
        return _texts(values), values
    allowed = [None if isinstance(value, float) and value != value else value for value in allowed]
    return _texts(allowed), [value if isinstance(value, (int, float)) else None for value in allowed]


class BlockWriter:
    """Hands blocks to ``write`` in a second thread, in order (at most ``depth`` waiting).

    The findings' SQLite inserts then overlap with the engine's Python work: sqlite releases the
    GIL while it stores rows. ``with writer:`` waits for the last block on exit and re-raises the
    writer's error if it had one; after an error or an exit by exception, blocks are dropped.
    """

    def __init__(self, write, depth: int = 8, name: str = "findings writer"):
        self.write, self.queue = write, queue.Queue(maxsize=depth)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _run(self):
        while True:
            block = self.queue.get()
            if block is None:
                return
            if self.error is None:
                try:
                    self.write(block)
                except BaseException as error:  # reported by put() or on exit
                    self.error = error

    def put(self, block):
        if self.error is not None:
            raise self.error
        self.queue.put(block)

    def __enter__(self):
        self.thread.start()
        return self

    def close(self, error: BaseException | None = None):
        """Wait for the last block; re-raise the writer's error, unless ``error`` (the caller's
        own, which stops the writing) is given."""
        if error is not None and self.error is None:
            self.error = error  # stop writing: the caller rolls back
        self.queue.put(None)
        self.thread.join()
        if error is None and self.error is not None:
            raise self.error

    def __exit__(self, kind, error, traceback):
        self.close(error if kind is not None else None)
        return False


class CheckConformityAlgorithm(AgenceUrbaineAlgorithm):
    NAME = "checkconformity"
    GROUP = "conformity"

    REGULATION = "REGULATION"
    PARCELS = "PARCELS"
    PARCEL_KEY = "PARCEL_KEY"
    LOT_DATE_FIELD = "LOT_DATE_FIELD"
    APPLICATIONS = "APPLICATIONS"
    APPLICATION_ID = "APPLICATION_ID"
    LEVELS_FIELD = "LEVELS_FIELD"
    HEIGHT_FIELD = "HEIGHT_FIELD"
    USE_FIELD = "USE_FIELD"
    FLOOR_AREA_FIELD = "FLOOR_AREA_FIELD"
    ZONING = "ZONING"
    ZONE_FIELD = "ZONE_FIELD"
    ROADS = "ROADS"
    SERVITUDES = "SERVITUDES"
    OUTPUT = "OUTPUT"
    FINDINGS = "FINDINGS"
    OFFENDING = "OFFENDING"
    REPORT_FOLDER = "REPORT_FOLDER"

    def displayName(self):
        return tr("Check permit conformity")

    def shortHelpString(self):
        return tr(
            "Checks building-permit applications (planned footprints with levels, height, use and "
            "floor area) against the plan d'aménagement and its regulation (a JSON file, see "
            "docs/regulation.md), rule by rule: uses, levels (R+n), height, coverage, floor-area "
            "ratio, minimum lot and frontage, road, side and rear setbacks, servitudes.\n\n"
            "Footprints are linked to their parcel by the parcel key field, or by location (largest "
            "overlap) when no key is given. Servitude layers are matched to the regulation's "
            "servitudes by layer name or by table name (e.g. flood_zone).\n\n"
            "Every layer is measured in the plan's projected CRS; a layer in a geographic CRS is "
            "reprojected, with a warning.\n\n"
            "Outputs: the applications with their verdict (conforme, non conforme, à vérifier); a "
            "findings table with one row per application and rule (measured value, allowed value, "
            "verdict, message); the offending parts (footprint inside a servitude, inside a setback "
            "band, outside its parcel); optionally a folder of PDF reports, one page per "
            "application plus a summary."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.REGULATION, tr("Regulation (JSON)"), extension="json"))
        self.addParameter(QgsProcessingParameterFeatureSource(self.PARCELS, tr("Parcels"), POLYGONS))
        self.addParameter(QgsProcessingParameterField(
            self.PARCEL_KEY, tr("Parcel key (on parcels and applications; empty: link by location)"),
            "parcel_id", self.PARCELS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LOT_DATE_FIELD, tr("Lot creation date (for older undersized lots)"), "lot_date",
            self.PARCELS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.APPLICATIONS, tr("Applications (planned building footprints)"), POLYGONS))
        self.addParameter(QgsProcessingParameterField(
            self.APPLICATION_ID, tr("Application id"), "app_id", self.APPLICATIONS, optional=True))
        for name, label, default in (
            (self.LEVELS_FIELD, tr("Number of levels (or R+n)"), "levels"),
            (self.HEIGHT_FIELD, tr("Height (m)"), "height"),
            (self.USE_FIELD, tr("Intended use(s)"), "use"),
            (self.FLOOR_AREA_FIELD, tr("Declared floor area (m²)"), "floor_area"),
        ):
            self.addParameter(QgsProcessingParameterField(
                name, label, default, self.APPLICATIONS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONING, tr("Zoning"), POLYGONS))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, tr("Zone code field"), "zone", self.ZONING, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, tr("Roads (polygons)"), POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.SERVITUDES, tr("Servitude layers"), ProcessingSourceType.VectorAnyGeometry, optional=True))
        for sink in (
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Applications with verdict"), ProcessingSourceType.VectorPolygon),
            QgsProcessingParameterFeatureSink(
                self.FINDINGS, tr("Findings (one row per application and rule)"),
                ProcessingSourceType.Vector),
            QgsProcessingParameterFeatureSink(
                self.OFFENDING, tr("Offending parts"), ProcessingSourceType.VectorPolygon, optional=True),
        ):
            # temporary outputs are GeoPackage files (not memory layers): processing.fast_sink
            # writes those through sqlite3, ten times faster than a Python-fed feature sink
            sink.setSupportsNonFileBasedOutput(False)
            self.addParameter(sink)
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.REPORT_FOLDER, tr("Report folder (PDF)"), optional=True, createByDefault=False))
        self.addParameter(many_files.limit_parameter())
        apply_defaults(self, {self.PARCELS: "parcels", self.APPLICATIONS: "applications",
                              self.ZONING: "zoning", self.ROADS: "roads"})

    # -- reading -------------------------------------------------------------------------------

    def _field(self, parameters, name, context):
        value = self.parameterAsString(parameters, name, context)
        return value or None

    def _fields(self, parameters, context) -> FieldMap:
        defaults = FieldMap()
        return FieldMap(
            zone_code=self._field(parameters, self.ZONE_FIELD, context) or defaults.zone_code,
            parcel_key=self._field(parameters, self.PARCEL_KEY, context),
            levels=self._field(parameters, self.LEVELS_FIELD, context) or "",
            height=self._field(parameters, self.HEIGHT_FIELD, context) or "",
            use=self._field(parameters, self.USE_FIELD, context) or "",
            floor_area=self._field(parameters, self.FLOOR_AREA_FIELD, context) or "",
            lot_date=self._field(parameters, self.LOT_DATE_FIELD, context) or "",
        )

    def _check_fields(self, parameters, context, sources) -> None:
        """A field named in the parameters must exist in its layer: otherwise every application
        would silently come out "à vérifier" (the value read as missing). Fields left to their
        default (not in ``parameters``) may be absent: the engine says what it could not check."""
        owners = {self.PARCEL_KEY: ("parcels", "applications"), self.LOT_DATE_FIELD: ("parcels",),
                  self.ZONE_FIELD: ("zoning",),
                  **{name: ("applications",) for name in (self.APPLICATION_ID, self.LEVELS_FIELD,
                                                          self.HEIGHT_FIELD, self.USE_FIELD,
                                                          self.FLOOR_AREA_FIELD)}}
        layer_params = {"parcels": self.PARCELS, "applications": self.APPLICATIONS, "zoning": self.ZONING}
        for name, keys in owners.items():
            field = parameters.get(name)
            field = self.parameterAsString(parameters, name, context) if field not in (None, "") else ""
            for key in keys if field else ():
                source, label = sources[key]
                names = source.fields().names()
                if field in names:
                    continue
                layer = self.parameterAsVectorLayer(parameters, layer_params[key], context)
                raise QgsProcessingException(tr(
                    "The field '{field}' chosen for \u201c{parameter}\u201d does not exist in the layer "
                    "{layer}. Its fields are: {fields}.").format(
                        field=field, parameter=self.parameterDefinition(name).description(),
                        layer=layer.name() if layer is not None else label, fields=", ".join(names)))

    # -- running -------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        self._run_parameters = dict(parameters)  # remembered in the project after a successful run
        with paused_gc():  # millions of rows built and written: see core.bulk
            return self._process(parameters, context, feedback)

    def _process(self, parameters, context, feedback):
        regulation = self.regulation(parameters, self.REGULATION, context)
        crs = plan_crs(regulation.crs)
        fields = self._fields(parameters, context)
        app_id = self._field(parameters, self.APPLICATION_ID, context)
        sources = {
            "parcels": (self.source(parameters, self.PARCELS, context, tr("parcels")), tr("Parcels")),
            "applications": (self.source(parameters, self.APPLICATIONS, context, tr("applications")),
                             tr("Applications")),
            "zoning": (self.source(parameters, self.ZONING, context, tr("zoning")), tr("Zoning")),
            "roads": (self.source(parameters, self.ROADS, context, tr("roads"), optional=True), tr("Roads")),
        }
        self._check_fields(parameters, context, sources)
        layers = self.parameterAsLayerList(parameters, self.SERVITUDES, context)
        servitude_layers, warnings = match_servitudes(layers, regulation.servitudes)
        for source, label in sources.values():
            if source is not None:
                warnings.append(crs_warning(source, label, crs))
        for layer in servitude_layers.values():
            warnings.append(crs_warning(layer, layer.name(), crs))
        for warning in filter(None, warnings):
            feedback.pushWarning(warning)

        feedback.setProgressText(tr("Reading layers…"))
        def whole(name):  # the layer behind a source parameter, for the fast reader (None: iterate)
            return whole_layer(self, parameters, name, context)

        parcels, _ = read_features(sources["parcels"][0], crs, [fields.parcel_key, fields.lot_date],
                                   fields.parcel_key, feedback, tr("Parcels"), layer=whole(self.PARCELS))
        footprint_fields = [fields.parcel_key, fields.levels, fields.height, fields.use, fields.floor_area]
        applications_source = sources["applications"][0]
        footprints, footprint_fids = read_features(
            applications_source, crs, footprint_fields, app_id, feedback, tr("Applications"),
            layer=whole(self.APPLICATIONS))
        zoning, _ = read_features(sources["zoning"][0], crs, [fields.zone_code], None, feedback, tr("Zoning"),
                                  layer=whole(self.ZONING))
        if fields.zone_code not in zoning.attributes:
            raise QgsProcessingException(
                tr("The zoning layer has no field '{field}'.").format(field=fields.zone_code))
        roads = None
        road_source = sources["roads"][0]
        if road_source is not None:
            roads, _ = read_features(road_source, crs, [fields.road_width], None, feedback, tr("Roads"),
                                     layer=whole(self.ROADS))
        servitudes = {sid: read_features(layer, crs, [], None, feedback, sid)[0]
                      for sid, layer in servitude_layers.items()}
        if feedback.isCanceled():
            return {}

        folder = self.parameterAsString(parameters, self.REPORT_FOLDER, context)
        feedback.setProgressText(tr("Checking the rules…"))
        # Worker threads copy the applications' rows from the start, lay out and store the findings
        # block by block while the engine runs (SQLite releases the GIL while it stores rows; the
        # engine's geometry runs in its own worker threads), then store the offending parts while
        # this thread sets the applications' verdicts. Every output is committed at the end, once
        # all are complete. Findings rows come rule by rule, not application by application.
        findings = self._findings_sink(parameters, context, feedback)
        labels = {code: verdict_label(code) for code in VERDICTS}  # one translation per verdict
        offending_sink = None
        outputs = {}
        applications = copier = writer = None
        try:
            # the applications' rows are copied inside SQLite in a worker thread from the start
            # (when source and output are GeoPackages); their verdicts are set at the end
            applications, table = self._applications_sink(parameters, context, applications_source, crs,
                                                          feedback)
            copied = []
            if table is not None:
                copier = BlockWriter(lambda job: job(), name="applications copy").__enter__()
                copier.put(lambda: copied.append(applications.copy_gpkg(*table, _COMPUTED)))
            with BlockWriter(lambda job: job(), name="findings store") as writer, \
                    BlockWriter(lambda job: job(), name="findings layout") as converter:
                # a pipeline: one thread lays each block out for sqlite, the other one stores it
                def convert(columns):
                    for batch in _column_batches(columns, labels):
                        if writer.error is not None:
                            raise writer.error
                        insert = findings.prepare_columns(batch)
                        if insert is not None:
                            writer.put(insert)

                def store(columns):
                    converter.put(lambda: convert(columns))

                try:
                    result = check_conformity(
                        regulation, parcels, footprints, zoning, roads, servitudes, fields,
                        progress=lambda f: feedback.setProgress(10 + 70 * f),
                        is_canceled=feedback.isCanceled, on_findings=store, keep_findings=bool(folder))
                except ConformityCanceled:
                    findings.canceled = True
                    raise
                if findings.fast:  # R-tree, counts… once the last block is stored; commit at the end
                    converter.put(lambda: writer.put(findings.flush))
                offending_sink = self._offending_sink(parameters, context, crs, feedback)
                parts_fast = offending_sink is not None and offending_sink.fast
                with BlockWriter(lambda job: job(), name="offending parts") as parts_writer:
                    if parts_fast:  # sqlite3 only: no QGIS in that thread
                        parts_writer.put(lambda: self._fill_offending(offending_sink, result))
                        parts_writer.put(offending_sink.flush)
                    if copier is not None:
                        copier, waited = None, copier
                        waited.close()  # the copy is done (its error raised here)
                    self._write_applications(applications_source, crs, applications,
                                             bool(copied and copied[0]), footprint_fids, result, feedback)
            if offending_sink is not None and not parts_fast:
                self._fill_offending(offending_sink, result)
        except BaseException as error:  # nothing half-written: the outputs rolled back
            if copier is not None:
                applications.interrupt()  # the copy stops at once
                copier.close(error)
            for sink in (findings, offending_sink, applications):
                if sink is not None:
                    sink.abort()
            if isinstance(error, ConformityCanceled):
                return {}
            if writer is not None and writer.error is not None and writer.error is not error:
                raise writer.error from error  # the findings store failed first
            raise
        # every output complete: commit them (a failure before left them all empty)
        outputs[self.OUTPUT] = applications.finish()
        outputs[self.FINDINGS] = findings.finish()
        if offending_sink is not None:
            outputs[self.OFFENDING] = offending_sink.finish()
        self._style_outputs(context, outputs, app_id)
        for warning in result.warnings:
            feedback.pushWarning(warning)
        counts = {code: 0 for code in ("conforme", "non_conforme", "a_verifier")}
        for application in result.applications:
            counts[application.verdict] = counts.get(application.verdict, 0) + 1
        summary = tr("{n} applications checked: {ok} compliant, {ko} not compliant, {check} to be checked.")
        feedback.pushInfo(summary.format(n=len(result.applications), ok=counts["conforme"],
                                 ko=counts["non_conforme"], check=counts["a_verifier"]))
        outputs.update({"CONFORME": counts["conforme"], "NON_CONFORME": counts["non_conforme"],
                        "A_VERIFIER": counts["a_verifier"], "APPLICATION_COUNT": len(result.applications)})
        if folder and not feedback.isCanceled():
            # in the run's thread (a background task when run from the dialog): QGIS stays usable
            outputs[self.REPORT_FOLDER] = folder
            self._write_reports(parameters, context, feedback, folder, result, regulation, fields,
                                servitude_layers)
        feedback.setProgress(100)
        return outputs

    def _style_outputs(self, context, outputs, app_id) -> None:
        """Colours, labels and field names given to the outputs when they are loaded."""
        apply_on_load(context, outputs.get(self.OUTPUT), lambda layer: style_applications(layer, app_id))
        apply_on_load(context, outputs.get(self.FINDINGS), style_findings)
        apply_on_load(context, outputs.get(self.OFFENDING), style_offending)

    # -- writing -------------------------------------------------------------------------------

    def _applications_sink(self, parameters, context, source, crs, feedback=None):
        """The applications output, and the source's GeoPackage table when it can be copied."""
        fields = QgsFields(source.fields())
        for name, kind in _VERDICT_FIELDS:
            if fields.indexOf(name) < 0:
                fields.append(QgsField(name, kind))
        sink = FastSink.create(
            self, parameters, context, self.OUTPUT, fields, source.wkbType(), crs, feedback)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        layer = whole_layer(self, parameters, self.APPLICATIONS, context) if sink.fast else None
        table = gpkg_table(source, layer, crs) if layer is not None else None
        return sink, table

    def _write_applications(self, source, crs, sink, copied, fids, result, feedback=None):
        """The applications with their verdicts: the copied rows (``copied``) get them, or every
        feature of ``source`` is written with them (the caller commits)."""
        if feedback is not None:
            feedback.setProgressText(tr("Writing outputs…"))
        fields = sink.fields
        positions = [fields.indexOf(name) for name in _COMPUTED]
        # each application's values (_VERDICT_FIELDS' order), then each footprint feature's
        columns = _application_columns(result.applications)
        take = np.asarray(result.feature_applications, dtype=np.int64)
        assert len(take) == len(fids), "the engine's footprints are the features read, in order"
        if not np.array_equal(take, np.arange(len(result.applications))):
            columns = [_objects(column)[take].tolist() for column in columns]
        # not committed here: the caller commits every output once all of them are complete
        if copied:
            sink.fill_computed(_COMPUTED, list(fids), columns)  # the rows copied inside SQLite
        else:
            extra_by_fid = dict(zip(fids, zip(*columns)))
            request = QgsFeatureRequest().setDestinationCrs(crs, QgsProject.instance().transformContext())
            padding = [None] * (fields.count() - source.fields().count())
            rows, geometries = [], []
            for feature in features(source, request):
                values = feature.attributes() + padding
                extra = extra_by_fid.get(feature.id())
                if extra is not None:
                    for position, value in zip(positions, extra):
                        values[position] = value
                rows.append(values)
                geometries.append(feature.geometry())
                if len(rows) == BATCH:
                    sink.add_qgis(rows, geometries, convert=True)
                    rows, geometries = [], []
                    if sink.canceled:
                        break
            sink.add_qgis(rows, geometries, convert=True)
        sink.flush()

    def _findings_sink(self, parameters, context, feedback):
        fields = QgsFields()
        for name, kind in (("app_id", FieldType.QString), ("rule", FieldType.QString),
                           ("rule_label", FieldType.QString), ("subject", FieldType.QString),
                           ("measured", FieldType.Double), ("allowed", FieldType.QString),
                           ("allowed_value", FieldType.Double), ("unit", FieldType.QString),
                           ("verdict", FieldType.QString), ("verdict_label", FieldType.QString),
                           ("message", FieldType.QString)):
            fields.append(QgsField(name, kind))
        sink = FastSink.create(self, parameters, context, self.FINDINGS, fields, WkbType.NoGeometry,
                               feedback=feedback)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.FINDINGS))
        return sink

    def _offending_sink(self, parameters, context, crs, feedback=None):
        fields = QgsFields()
        for name, kind in (("app_id", FieldType.QString), ("rule", FieldType.QString),
                           ("subject", FieldType.QString), ("area_m2", FieldType.Double)):
            fields.append(QgsField(name, kind))
        return FastSink.create(self, parameters, context, self.OFFENDING, fields, WkbType.MultiPolygon,
                               crs, feedback)

    @staticmethod
    def _fill_offending(sink, result):
        """Rows of the offending parts (the caller finishes the sink)."""
        every = np.empty(len(result.offending), dtype=object)
        every[:] = [p.geometry for p in result.offending]
        keep = ~shapely.is_missing(every)
        keep[keep] = ~shapely.is_empty(every[keep])
        parts = [result.offending[k] for k in np.flatnonzero(keep)]
        kept = every[keep]
        for start, stop in batches(len(parts)):
            chunk = parts[start:stop]
            geometries = kept[start:stop]
            areas = shapely.area(geometries).tolist()
            rows = [(_text(p.application_id), p.rule, p.subject, area) for p, area in zip(chunk, areas)]
            sink.add_shapely(rows, geometries, multipolygon=True)
            if sink.canceled:
                break

    def postProcessAlgorithm(self, context, feedback):
        if getattr(self, "_run_parameters", None) is not None:  # the main thread: the project is safe
            remember_run(self, self._run_parameters, context)
            self._run_parameters = None
        return {}

    def _write_reports(self, parameters, context, feedback, folder, result, regulation, fields,
                       servitude_layers) -> None:
        from ...core.report import write_conformity_reports

        many_files.check_in_run(self, parameters, context, len(result.applications) + 1)
        feedback.setProgressText(tr("Writing the reports…"))
        context_layers = dict(servitude_layers)
        for key, name in (("zoning", self.ZONING), ("parcels", self.PARCELS), ("roads", self.ROADS)):
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if layer is not None:
                context_layers[key] = layer
        # in QGIS's language (the plugin tells core.i18n which), else French as agency staff work;
        # an Arabic QGIS wrote French reports around Arabic messages
        files = write_conformity_reports(
            result, regulation, context_layers, folder, language=interface_language() or "fr",
            progress=lambda f: feedback.setProgress(100 * f),
            is_canceled=feedback.isCanceled, zone_field=fields.zone_code,
            parcel_field=fields.parcel_key or "")
        feedback.pushInfo(tr("Reports written to {folder} ({n} pages and a summary).").format(
            folder=folder, n=len(files.pages)))

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok or not self.parameterAsString(parameters, self.REPORT_FOLDER, context):
            return ok, message
        # one page per application: the engine groups the footprints of a parcel into one
        key = self.parameterAsString(parameters, self.PARCEL_KEY, context)
        pages = many_files.key_count(self, parameters, self.APPLICATIONS, key, context)
        detail = tr("{pages} application pages and a summary").format(pages=pages)
        return many_files.check_before_run(self, parameters, context, pages + 1, detail)
