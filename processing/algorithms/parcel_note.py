"""``agenceurbaine:parcelnote``: the *note de renseignements urbanistiques* of parcels, as PDF.

Thin: parameters → ``processing.layers.read_features`` → ``core.parcel_note.compute_parcel_notes``
→ ``core.report.write_parcel_notes`` (one PDF per parcel and language).

Servitude layers are matched to the regulation's servitude ids the same way as in the conformity
check (``processing.layers.match_servitudes``): by layer name or by table name in the file
(``…gpkg|layername=flood_zone``), case-insensitive. A layer matching no id is reported and ignored;
rename the layer (or the table) to the servitude id to use it.
"""

from __future__ import annotations

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
)

from ...compat import ProcessingSourceType
from ...core.i18n import tr
from .. import many_files
from ..choices import apply_defaults, remember_run
from ..layers import crs_warning, match_servitudes, plan_crs, read_features, whole_layer
from .base import AgenceUrbaineAlgorithm

POLYGONS = [ProcessingSourceType.VectorPolygon]
LANGUAGE_CHOICES = (("fr",), ("ar",), ("fr", "ar"))


class ParcelNoteAlgorithm(AgenceUrbaineAlgorithm):
    NAME = "parcelnote"
    GROUP = "conformity"

    REGULATION = "REGULATION"
    PARCELS = "PARCELS"
    PARCEL_ID = "PARCEL_ID"
    ZONING = "ZONING"
    ZONE_FIELD = "ZONE_FIELD"
    ROADS = "ROADS"
    SERVITUDES = "SERVITUDES"
    LANGUAGES = "LANGUAGES"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    FILES = "FILES"
    NOTE_COUNT = "NOTE_COUNT"

    def displayName(self):
        return tr("Parcel information note (PDF)")

    def shortHelpString(self):
        return tr(
            "Writes the note de renseignements urbanistiques of each parcel as a PDF, in French, in "
            "Arabic or in both: a map of the parcel and its zoning, the zones covering the parcel "
            "with their share of its area, the rules of each zone as the regulation (JSON file) "
            "sets them, and the servitudes affecting the parcel (overlapping it, or for a minimum "
            "distance servitude such as a high-voltage line, passing within that distance).\n\n"
            "Use the 'Selected features only' option of the parcels layer to write the notes of "
            "the selected parcels only.\n\n"
            "Servitude layers are matched to the servitudes of the regulation by layer name or by "
            "table name (e.g. a layer or GeoPackage table named flood_zone is the servitude "
            "flood_zone); a layer matching none is ignored with a warning.\n\n"
            "Areas and distances are measured in the plan's projected CRS (read from the "
            "regulation). Files are named note_PARCEL_LANGUAGE.pdf (for example "
            "note_R4-T09_fr.pdf); existing files of the same name are replaced."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.REGULATION, tr("Regulation (JSON)"), extension="json"))
        self.addParameter(QgsProcessingParameterFeatureSource(self.PARCELS, tr("Parcels"), POLYGONS))
        self.addParameter(QgsProcessingParameterField(
            self.PARCEL_ID, tr("Parcel id field (empty: feature id)"), "parcel_id", self.PARCELS,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONING, tr("Zoning"), POLYGONS))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, tr("Zone code field"), "zone", self.ZONING, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, tr("Roads (polygons, for the map)"), POLYGONS, optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.SERVITUDES, tr("Servitude layers"), ProcessingSourceType.VectorAnyGeometry, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGES, tr("Languages"), [tr("French"), tr("Arabic"), tr("French and Arabic")],
            defaultValue=2))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder")))
        self.addParameter(many_files.limit_parameter())
        self.addOutput(QgsProcessingOutputString(self.FILES, tr("PDF files (separated by ';')")))
        self.addOutput(QgsProcessingOutputNumber(self.NOTE_COUNT, tr("Number of PDF files")))
        apply_defaults(self, {self.PARCELS: "parcels", self.ZONING: "zoning", self.ROADS: "roads"})

    # -- reading -------------------------------------------------------------------------------

    @staticmethod
    def _require_field(source, field, label):
        if field and field not in source.fields().names():
            raise QgsProcessingException(tr(
                "The {layer} layer has no field '{field}' (fields: {names}).").format(
                layer=label, field=field, names=", ".join(source.fields().names())))

    def _context_layers(self, parameters, context, servitude_layers):
        """The layers drawn on the note's map: the whole parcels layer (neighbours included)."""
        layers = dict(servitude_layers)
        for key, name in (("parcels", self.PARCELS), ("zoning", self.ZONING), ("roads", self.ROADS)):
            value = parameters.get(name)
            if isinstance(value, QgsProcessingFeatureSourceDefinition):  # drop "selected only"
                value = value.source.staticValue()
            layer = self.parameterAsVectorLayer({name: value}, name, context) if value else None
            if layer is None:
                source = self.parameterAsSource(parameters, name, context)
                layer = source.materialize(QgsFeatureRequest()) if source else None
            if layer is not None:
                layers[key] = layer
        return layers

    def _file_count(self, parameters, context) -> tuple[int, str]:
        """How many PDF files the run would write, and what they are."""
        parcels = many_files.feature_count(self, parameters, self.PARCELS, context)
        languages = len(LANGUAGE_CHOICES[self.parameterAsEnum(parameters, self.LANGUAGES, context)])
        return parcels * languages, self._detail(parcels, languages)

    @staticmethod
    def _detail(parcels: int, languages: int) -> str:
        if languages == 1:
            return tr("{parcels} parcels, one language").format(parcels=parcels)
        return tr("{parcels} parcels × {languages} languages").format(parcels=parcels, languages=languages)

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        count, detail = self._file_count(parameters, context)
        return many_files.check_before_run(self, parameters, context, count, detail)

    # -- running -------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        self._run_parameters = None
        outputs = self._process(parameters, context, feedback)
        if outputs:
            self._run_parameters = dict(parameters)  # remembered in the project after a successful run
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        if getattr(self, "_run_parameters", None) is not None:  # the main thread: the project is safe
            remember_run(self, self._run_parameters, context)
            self._run_parameters = None
        return {}

    def _process(self, parameters, context, feedback):
        from ...core.parcel_note import NoteCanceled, compute_parcel_notes
        from ...core.report import ReportError, write_parcel_notes

        regulation = self.regulation(parameters, self.REGULATION, context)
        crs = plan_crs(regulation.crs)
        parcels_source = self.source(parameters, self.PARCELS, context, tr("parcels"))
        zoning_source = self.source(parameters, self.ZONING, context, tr("zoning"))
        parcel_field = self.parameterAsString(parameters, self.PARCEL_ID, context) or None
        zone_field = self.parameterAsString(parameters, self.ZONE_FIELD, context) or "zone"
        self._require_field(parcels_source, parcel_field, tr("parcels"))
        self._require_field(zoning_source, zone_field, tr("zoning"))
        layers = self.parameterAsLayerList(parameters, self.SERVITUDES, context)
        servitude_layers, warnings = match_servitudes(layers, regulation.servitudes)
        warnings.append(crs_warning(parcels_source, tr("Parcels"), crs))
        warnings.append(crs_warning(zoning_source, tr("Zoning"), crs))
        for layer in servitude_layers.values():
            warnings.append(crs_warning(layer, layer.name(), crs))
        for warning in filter(None, warnings):
            feedback.pushWarning(warning)
        languages = LANGUAGE_CHOICES[self.parameterAsEnum(parameters, self.LANGUAGES, context)]
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)

        feedback.setProgressText(tr("Reading layers…"))
        parcels, _ = read_features(parcels_source, crs, [parcel_field], parcel_field, feedback, tr("Parcels"),
                                   layer=whole_layer(self, parameters, self.PARCELS, context))
        if not len(parcels):
            raise QgsProcessingException(tr("The parcels layer has no feature (or none is selected)."))
        self._check_parcels(parcels, parcel_field, feedback)
        zoning, _ = read_features(zoning_source, crs, [zone_field], None, feedback, tr("Zoning"),
                                  layer=whole_layer(self, parameters, self.ZONING, context))
        servitudes = {sid: read_features(layer, crs, [], None, feedback, sid)[0]
                      for sid, layer in servitude_layers.items()}
        if feedback.isCanceled():
            return {}
        feedback.setProgress(10)

        feedback.setProgressText(tr("Computing the notes…"))
        try:
            notes = compute_parcel_notes(regulation, parcels, zoning, servitudes, zone_field,
                                         is_canceled=feedback.isCanceled)
        except NoteCanceled:
            return {}
        notes = [note for note in notes if note.geometry is not None]
        for note in notes:
            if not note.zones:
                feedback.pushWarning(tr("Parcel {parcel} is not covered by any zone of the plan.").format(
                    parcel=note.parcel_id))
        feedback.setProgress(20)
        many_files.check_in_run(self, parameters, context, len(notes) * len(languages))

        feedback.setProgressText(tr("Writing the notes…"))
        try:
            files = write_parcel_notes(
                notes, regulation, self._context_layers(parameters, context, servitude_layers), folder,
                languages, progress=lambda f: feedback.setProgress(20 + 80 * f),
                is_canceled=feedback.isCanceled, zone_field=zone_field)
        except (ReportError, OSError) as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(tr("{n} PDF notes written to {folder}.").format(n=len(files), folder=folder))
        return {self.OUTPUT_FOLDER: folder, self.FILES: ";".join(files), self.NOTE_COUNT: len(files)}

    @staticmethod
    def _check_parcels(parcels, parcel_field, feedback):
        """Parcels without geometry or sharing an id are named (their notes would be wrong)."""
        seen = set()
        for parcel_id, geometry in zip(parcels.ids, parcels.geometries):
            if geometry is None:
                feedback.pushWarning(tr("Parcel {parcel} has no geometry: no note written.").format(
                    parcel=parcel_id))
            if parcel_id is None:
                raise QgsProcessingException(tr(
                    "A parcel has an empty '{field}': every parcel needs an id.").format(field=parcel_field))
            if parcel_id in seen:
                raise QgsProcessingException(tr(
                    "Parcel id {parcel} appears twice in field '{field}': the notes would overwrite "
                    "each other.").format(parcel=parcel_id, field=parcel_field))
            seen.add(parcel_id)
