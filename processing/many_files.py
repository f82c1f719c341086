"""Before a run writes many PDF files: a person is asked, a script meets a limit.

Writing a PDF takes a quarter of a second or more: a run over a whole parcels layer (the
"selected features only" box left unticked) can write hundreds of files. In the QGIS desktop, the
dialog asks (``checkParameterValues`` runs on the main thread before the run starts) and says how
many files; elsewhere (qgis_process, a model, a script) the run stops with a message naming the
limit parameter. The answer reaches the run, which is another instance of the algorithm, through
:func:`confirm` / :func:`confirmed`.
"""

from __future__ import annotations

import threading

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread
from qgis.PyQt.QtWidgets import QMessageBox

from ..compat import FeatureRequestFlag, ProcessingNumberParameterType, ProcessingParameterFlag
from ..core.i18n import tr
from .choices import in_desktop
from .sources import plain

DEFAULT_LIMIT = 40  # "a few dozen" files
PARAMETER = "MAX_FILES"
_lock = threading.Lock()
_confirmed: dict[str, int] = {}  # algorithm id → number of files a person agreed to


def limit_parameter() -> QgsProcessingParameterNumber:
    """The advanced parameter holding the limit (0: no limit)."""
    parameter = QgsProcessingParameterNumber(
        PARAMETER, tr("Most PDF files written without asking (0: no limit)"),
        ProcessingNumberParameterType.Integer, DEFAULT_LIMIT, optional=True, minValue=0)
    parameter.setFlags(parameter.flags() | ProcessingParameterFlag.Advanced)
    return parameter


def limit(algorithm, parameters: dict, context) -> int:
    if parameters.get(PARAMETER) in (None, ""):
        return DEFAULT_LIMIT
    return max(algorithm.parameterAsInt(parameters, PARAMETER, context), 0)


def _source_layer(algorithm, parameters: dict, name: str, context):
    """(layer, selected only?) of the source parameter ``name``, read on the layer itself: a
    feature source made here and dropped crashed QGIS 3.22 later, when the project was cleared."""
    value = parameters.get(name)
    selected = isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    return algorithm.parameterAsVectorLayer({**parameters, name: value}, name, context), selected


def feature_count(algorithm, parameters: dict, name: str, context) -> int:
    """Features the source parameter ``name`` will read (the selected ones when asked)."""
    layer, selected = _source_layer(algorithm, parameters, name, context)
    if layer is None:
        return 0
    return layer.selectedFeatureCount() if selected else max(layer.featureCount(), 0)


def key_count(algorithm, parameters: dict, name: str, field: str, context) -> int:
    """How many distinct values of ``field`` those features hold (one file per application, whose
    footprints may be several features on one parcel): every feature with a blank value counts on
    its own (the engine may still find two on one parcel by overlap: the count is then an upper
    bound). The feature count when ``field`` is not a field."""
    from ..core.conformity import feature_key  # numpy, shapely: not at import (plugin without shapely)

    layer, selected = _source_layer(algorithm, parameters, name, context)
    if layer is None:
        return 0
    index = layer.fields().lookupField(field) if field else -1
    if index < 0:
        return feature_count(algorithm, parameters, name, context)
    request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry).setSubsetOfAttributes([index])
    features = layer.getSelectedFeatures(request) if selected else layer.getFeatures(request)
    keys, blank = set(), 0
    for feature in features:
        key = feature_key(plain(feature.attribute(index)))
        if key is None:
            blank += 1
        else:
            keys.add(key)
    return len(keys) + blank


def confirm(algorithm_id: str, count: int) -> None:
    with _lock:
        _confirmed[algorithm_id] = count


def confirmed(algorithm_id: str, count: int) -> bool:
    """Whether a person agreed to at least ``count`` files for the next run (the answer is used once)."""
    with _lock:
        return _confirmed.pop(algorithm_id, -1) >= count


def question_box(count: int, detail: str, parent=None) -> QMessageBox:
    """The question shown before writing ``count`` files (``detail``: what they are)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Many PDF files"))
    box.setText(tr("This run will write {count} PDF files ({detail}).").format(count=count, detail=detail))
    box.setInformativeText(tr(
        "It takes a while; QGIS stays usable meanwhile and the run can be canceled. To write fewer "
        "files, select the features first and tick \u201cSelected features only\u201d.\n\nWrite the "
        "{count} files?").format(count=count))
    # buttons in the plugin's words: Qt's standard Yes / No read "Yes" / "No" in a French QGIS
    # whose Qt catalogues are not installed
    box.accept_button = box.addButton(tr("Write the {count} files").format(count=count),
                                      QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
    return box


def ask(count: int, detail: str) -> bool:
    """Ask the person in front of QGIS (True: write them)."""
    try:
        from qgis.utils import iface
        parent = iface.mainWindow() if iface is not None else None
    except ImportError:  # pragma: no cover - no QGIS Python utilities
        parent = None
    box = question_box(count, detail, parent)
    box.exec()
    return box.clickedButton() is box.accept_button


def can_ask() -> bool:
    """A person can be asked: the desktop application, on its main thread."""
    application = QCoreApplication.instance()
    return in_desktop() and application is not None and QThread.currentThread() == application.thread()


def check_before_run(algorithm, parameters: dict, context, count: int, detail: str) -> tuple[bool, str]:
    """For ``checkParameterValues``: ask when ``count`` files exceed the limit (False: not run)."""
    most = limit(algorithm, parameters, context)
    if not most or count <= most or not can_ask():
        return True, ""
    if ask(count, detail):
        confirm(algorithm.id(), count)
        return True, ""
    return False, tr("Not run: {count} PDF files would have been written. Select the features to "
                     "write, and tick \u201cSelected features only\u201d.").format(count=count)


def check_in_run(algorithm, parameters: dict, context, count: int) -> None:
    """In ``processAlgorithm``: stop before writing more files than the limit, unless agreed to."""
    most = limit(algorithm, parameters, context)
    if most and count > most and not confirmed(algorithm.id(), count):
        raise QgsProcessingException(tr(
            "This run would write {count} PDF files, more than the limit of {limit} set by the "
            "parameter \u201c{parameter}\u201d. Select fewer features, or raise the limit (0: no "
            "limit).").format(count=count, limit=most,
                              parameter=algorithm.parameterDefinition(PARAMETER).description()))
