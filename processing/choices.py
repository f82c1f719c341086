"""An algorithm's dialog opens on the project's right layers and on the last choices made there.

The choices (layer ids, field names, the regulation file) are stored in the project itself
(``QgsProject.writeEntry``), so each project remembers its own plan, and saved with it. The guess
of each layer's role is ``core.inputs``; this module only reads the project and sets defaults.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProject,
)

from ..compat import GeometryType, LayerType
from ..core.inputs import LINE, POINT, POLYGON, LayerInfo, guess_roles
from ..core.regulation import RegulationError, load_regulation
from .layers import layer_keys

SCOPE = "agence_urbaine"
_GEOMETRIES = {GeometryType.Polygon: POLYGON, GeometryType.Line: LINE,
               GeometryType.Point: POINT}


def in_desktop() -> bool:
    """Guesses are for a person in front of a dialog: qgis_process and scripts get none (a missing
    parameter there must stay an error, not a layer picked for them)."""
    return QgsApplication.platform() == "desktop"


def layer_infos(project: QgsProject) -> list[LayerInfo]:
    """The project's vector layers, in the layer tree's order (top first)."""
    layers = [layer for layer in project.layerTreeRoot().layerOrder()
              if layer.type() == LayerType.Vector]
    return [LayerInfo(layer.id(), layer.name(), _GEOMETRIES.get(layer.geometryType(), ""),
                      tuple(layer.fields().names()), tuple(layer_keys(layer)[1:]))
            for layer in layers]


def _key(algorithm: str, parameter: str) -> str:
    return f"{algorithm}/{parameter}"


def remembered(project: QgsProject, algorithm: str, names: list[str]) -> dict[str, list[str]]:
    """The values last run with in ``project`` (each a list of text), by parameter name."""
    values = {}
    for name in names:
        value, found = project.readListEntry(SCOPE, _key(algorithm, name))
        if found and value:
            values[name] = list(value)
    return values


def remember(project: QgsProject, algorithm: str, values: dict) -> None:
    """Store ``values`` (text or list of text; None: forget) for the next dialog."""
    for name, value in values.items():
        if value is None:
            project.removeEntry(SCOPE, _key(algorithm, name))
        else:
            values = [value] if isinstance(value, str) else list(value)
            project.writeEntry(SCOPE, _key(algorithm, name), values)


def regulation_guess(project: QgsProject, remembered_path: str | None):
    """(path, regulation) of the remembered file, else of the one regulation file next to the
    project; (None, None) when there is none."""
    candidates = [Path(remembered_path)] if remembered_path else []
    home = project.homePath()
    if home:
        candidates += sorted(Path(home).glob("*.json"))
    for path in candidates:
        try:
            return str(path), load_regulation(path)
        except RegulationError:
            continue
    return None, None


def apply_defaults(algorithm, roles: dict[str, str], project: QgsProject | None = None) -> None:
    """Set the defaults of ``algorithm``'s parameters: ``roles`` maps a layer parameter to its
    role in ``core.inputs.ROLES``; the regulation file, servitude layers and fields follow."""
    if not in_desktop():
        return
    project = project or QgsProject.instance()
    definitions = {p.name(): p for p in algorithm.parameterDefinitions()}
    last = remembered(project, algorithm.name(), list(definitions))
    files = [name for name, p in definitions.items() if isinstance(p, QgsProcessingParameterFile)]
    path, regulation = regulation_guess(project, last.get(files[0], [None])[0] if files else None)
    if files and path:
        definitions[files[0]].setDefaultValue(path)
    servitude_ids = list(regulation.servitudes) if regulation else []
    layers = layer_infos(project)
    wanted = {roles[name]: last.get(name, [None])[0] for name in roles if name in definitions}
    guess = guess_roles(layers, {role: value for role, value in wanted.items() if value},
                        servitude_ids, list(wanted))
    for name, role in roles.items():
        if name in definitions and guess.get(role):
            definitions[name].setDefaultValue(guess[role])
    for name, parameter in definitions.items():
        if isinstance(parameter, QgsProcessingParameterMultipleLayers):
            present = {layer.id for layer in layers}
            chosen = [i for i in last.get(name, []) if i in present]
            if not chosen and regulation is not None:
                names = {sid.lower() for sid in servitude_ids}
                chosen = [layer.id for layer in layers
                          if {layer.name.lower(), *(s.lower() for s in layer.sources)} & names]
            if chosen:
                parameter.setDefaultValue(chosen)
        elif isinstance(parameter, QgsProcessingParameterField) and name in last:
            parameter.setDefaultValue(last[name][0])


def remember_run(algorithm, parameters: dict, context, project: QgsProject | None = None) -> None:
    """After a successful run: the layers (when they belong to the project), fields and files used."""
    project = project or QgsProject.instance()
    values = {}
    for parameter in algorithm.parameterDefinitions():
        name = parameter.name()
        if isinstance(parameter, QgsProcessingParameterFeatureSource):
            layer = algorithm.parameterAsVectorLayer(parameters, name, context)
            values[name] = layer.id() if layer is not None and project.mapLayer(layer.id()) else None
        elif isinstance(parameter, QgsProcessingParameterMultipleLayers):
            layers = algorithm.parameterAsLayerList(parameters, name, context)
            values[name] = [layer.id() for layer in layers if project.mapLayer(layer.id())]
        elif isinstance(parameter, (QgsProcessingParameterField, QgsProcessingParameterFile)):
            values[name] = algorithm.parameterAsString(parameters, name, context) or None
    remember(project, algorithm.name(), values)
