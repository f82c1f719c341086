"""Background work of the dock: every server or workspace operation runs in a :class:`QgsTask`.

Tasks only call ``core/`` (the client, ``session`` and ``Workspace``) and keep the outcome for the
widgets. What they need from QGIS (a layer's feature source, the project's transform context, an
area geometry) is captured on the main thread when the task is made; the client is built on the
main thread too, because reading credentials may ask for QGIS's master password.

A task reports progress with ``setProgress`` and messages with :attr:`AgencyTask.message`, checks
``isCanceled()`` between pages and features, and emits :attr:`AgencyTask.completed` on the main
thread once finished, whatever the outcome (``result``, ``error`` or ``canceled``).
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
    QgsMessageLog,
    QgsTask,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.i18n import tr
from ..core.privacy import DEFAULT_POLICY
from ..core.sync.client import SERVER_FIELDS, AgencyClient, BBox, CollectionInfo
from ..core.sync.session import (
    PublishReport,
    SyncCanceled,
    SyncReport,
    checkout,
    count_to_delete,
    geometry_problem,
    publish,
    suggest_mapping,
    sync,
)
from ..core.sync.workspace import Workspace, WorkspaceError, epsg_code
from ..processing.features import geojson_geometry, layer_features, source_identity

LOG_TAG = "Agence Urbaine"
RESERVED_FIELDS = ("id", "fid")  # carried as the feature id / the GeoPackage row number, not data


class Unavailable(Exception):  # noqa: N818 - says what it is
    """A dependency the operation needs is missing (its message says how to install it)."""


def require_shapely() -> None:
    """Publishing and polygon checkouts need shapely (validity, area filter); the dock itself does
    not: it must open, and say what is missing, without it."""
    from ..core.dependencies import shapely_problem

    problem = shapely_problem()
    if problem:
        raise Unavailable(problem)


class AgencyTask(QgsTask):
    """Base of the dock's tasks: runs :meth:`work` in a thread and keeps its outcome."""

    completed = pyqtSignal(object)  # the task, on the main thread, once finished
    message = pyqtSignal(str)  # what the task is doing now (emitted from the worker thread)

    def __init__(self, description: str, client: Optional[AgencyClient] = None, close_client: bool = True):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.client = client
        self.close_client = close_client
        self.result: Any = None
        self.error: Optional[BaseException] = None
        self.details = ""
        self.canceled = False

    def work(self) -> Any:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def run(self) -> bool:
        try:
            self.result = self.work()
        except SyncCanceled:
            self.canceled = True
            return False
        except Exception as err:
            self.error = err
            self.details = traceback.format_exc()
            return False
        return not self.isCanceled()

    def finished(self, ok: bool) -> None:
        self.canceled = self.canceled or (self.isCanceled() and self.error is None)
        if self.client is not None and self.close_client:
            self.client.close()
        self.completed.emit(self)

    def progress(self, percent: float, text: str) -> None:
        """A core ``progress(percent, message)`` callback."""
        self.setProgress(max(0.0, min(100.0, percent)))
        self.message.emit(text)

    @property
    def ok(self) -> bool:
        return self.error is None and not self.canceled


class ConnectionTestTask(AgencyTask):
    """Asks the server for its collections (without counting them): the cheapest full check."""

    def __init__(self, client: AgencyClient, name: str):
        super().__init__(tr("Testing the connection {name}").format(name=name), client)

    def work(self) -> int:
        self.progress(10.0, tr("Contacting the server…"))
        return len(self.client.collections(count=False))


class CollectionsTask(AgencyTask):
    """The server's collections with their feature counts."""

    def __init__(self, client: AgencyClient, name: str):
        super().__init__(tr("Listing the collections of {name}").format(name=name), client)

    def work(self) -> list[CollectionInfo]:
        self.progress(5.0, tr("Reading the list of collections…"))
        return self.client.collections(count=True)


# -- publishing --------------------------------------------------------------------------------------
class LayerSource:
    """A vector layer's features readable from a worker thread (captured on the main thread)."""

    def __init__(self, layer, selected_only: bool = False):
        from qgis.core import QgsVectorLayerFeatureSource

        self.name = layer.name()
        self.identity = source_identity(layer.providerType(), layer.source())
        self._source = QgsVectorLayerFeatureSource(layer)
        self._fields = layer.fields()
        self._fids = list(layer.selectedFeatureIds()) if selected_only else None
        self.transform_context = QgsCoordinateTransformContext(layer.transformContext())
        self.count = len(self._fids) if self._fids is not None else layer.featureCount()

    def fields(self):
        return self._fields

    def field_names(self) -> list[str]:
        return [n for n in self._fields.names() if n not in RESERVED_FIELDS]

    def getFeatures(self, request):
        if self._fids is not None:
            request.setFilterFids(self._fids)
        return self._source.getFeatures(request)


@dataclass
class Preflight:
    """What publishing a layer to a collection would do, shown to the person before sending."""

    collection: str
    crs: str
    features: list[dict] = field(default_factory=list)
    invalid: list[tuple[str, str]] = field(default_factory=list)  # (feature ref, reason): not sent
    unknown_fields: list[str] = field(default_factory=list)  # in the layer, not on the server
    missing_fields: list[str] = field(default_factory=list)  # on the server, not in the layer
    personal_fields: list[str] = field(default_factory=list)
    personal_reasons: dict[str, str] = field(default_factory=dict)  # field → why it is personal
    schema_known: bool = True
    server_fields: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # suggested: layer field → server field
    source: str = ""  # the layer's identity (stable ids)
    to_delete: Optional[int] = None  # server features a replace would delete (counted when asked)


class PreflightTask(AgencyTask):
    """Reads the layer in the collection's storage CRS and lists what would not be sent as is."""

    def __init__(self, client: AgencyClient, collection: str, source: LayerSource, replace: bool = False):
        super().__init__(tr("Checking {layer} before publishing").format(layer=source.name), client,
                         close_client=False)
        self.collection, self.source, self.replace = collection, source, replace

    def work(self) -> Preflight:
        self.progress(2.0, tr("Reading the collection's description…"))
        info = self.client.collection(self.collection)
        crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg_code(info.storage_crs)}")
        self.progress(10.0, tr("Reading {n} features in {crs}…").format(n=self.source.count,
                                                                         crs=crs.authid()))
        require_shapely()
        features = layer_features(self.source, crs, self.source.transform_context, self.isCanceled)
        if self.isCanceled():
            raise SyncCanceled(tr("Check cancelled."))
        result = Preflight(self.collection, crs.authid(), features, source=self.source.identity)
        for index, feature in enumerate(features):
            problem = geometry_problem(feature.get("geometry"))
            if problem:
                result.invalid.append((str(feature.get("ref") or index + 1), problem))
        self.progress(80.0, tr("Comparing with the server's fields…"))
        names = [n for n in self.source.field_names() if n not in SERVER_FIELDS]
        personal = DEFAULT_POLICY.detect(names, [f.get("properties") or {} for f in features])
        result.personal_fields = [p.field for p in personal]
        result.personal_reasons = {p.field: p.reason for p in personal}
        server = self.client.schema(self.collection)
        result.schema_known = server is not None
        if server is not None:
            result.server_fields = list(server)
            result.mapping = suggest_mapping(names, server)
            result.unknown_fields = [n for n in names if n not in result.mapping]
            result.missing_fields = [n for n in server if n not in result.mapping.values()]
        if self.replace:
            self.progress(90.0, tr("Counting the server's features a replace would delete…"))
            result.to_delete = count_to_delete(self.client, self.collection, features, result.source)
        return result


class PublishTask(AgencyTask):
    """Sends the checked features (``session.publish``: valid geometries, chosen personal fields)."""

    def __init__(self, client: AgencyClient, preflight: Preflight, mode: str, include_personal: list[str],
                 field_map: Optional[dict[str, str]] = None):
        super().__init__(tr("Publishing to {collection}").format(collection=preflight.collection), client,
                         close_client=False)
        self.preflight, self.mode, self.include = preflight, mode, list(include_personal)
        self.field_map = field_map

    def work(self) -> PublishReport:
        """A replace deletes at most the number the person confirmed (more: the collection changed
        since the check, nothing is deleted)."""
        require_shapely()
        confirmed = self.preflight.to_delete or 0
        return publish(self.client, self.preflight.collection, self.preflight.features, self.mode,
                       include_personal=self.include, progress=self.progress, is_canceled=self.isCanceled,
                       source=self.preflight.source, field_map=self.field_map,
                       confirm_delete=lambda n: n <= confirmed)


# -- field work -----------------------------------------------------------------------------------
@dataclass
class Area:
    """Where to check out: a geometry in ``crs``; ``polygon`` keeps only the features it touches
    (now and at every sync), otherwise its bounding box is used."""

    geometry: QgsGeometry
    crs: QgsCoordinateReferenceSystem
    polygon: bool = False

    def in_crs(self, crs: QgsCoordinateReferenceSystem,
               context: QgsCoordinateTransformContext) -> tuple[Optional[BBox], Optional[dict]]:
        geometry = QgsGeometry(self.geometry)
        if self.crs.isValid() and self.crs != crs:
            try:
                geometry.transform(QgsCoordinateTransform(self.crs, crs, context))
            except QgsCsException as err:
                raise WorkspaceError(tr("The area cannot be expressed in {crs}: zoom in on the area to work "
                                        "in, or choose polygons.").format(crs=crs.authid())) from err
        if self.polygon:
            require_shapely()
            return None, geojson_geometry(geometry)
        box = geometry.boundingBox()
        return (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()), None


@dataclass
class CheckoutResult:
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    canceled: bool = False  # the collections in ``counts`` were checked out before the cancel


class CheckoutTask(AgencyTask):
    """Checks collections out into a workspace GeoPackage, each in its own storage CRS."""

    def __init__(self, client: AgencyClient, path: str, collections: list[str], area: Optional[Area],
                 context: QgsCoordinateTransformContext):
        super().__init__(tr("Checking out {n} collection(s)").format(n=len(collections)), client)
        self.path, self.collections, self.area = path, list(collections), area
        self.context = QgsCoordinateTransformContext(context)

    def work(self) -> CheckoutResult:
        result = CheckoutResult()
        total = len(self.collections)
        with Workspace(self.path) as workspace:
            for index, name in enumerate(self.collections):
                def step(percent: float, text: str, index: int = index) -> None:
                    self.progress(100.0 * (index + percent / 100.0) / total, text)

                step(0.0, tr("Checking out {name}…").format(name=name))
                try:
                    info = self.client.collection(name)
                    bbox, polygon = (None, None)
                    if self.area is not None:
                        crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg_code(info.storage_crs)}")
                        bbox, polygon = self.area.in_crs(crs, self.context)
                    result.counts.update(checkout(self.client, workspace, [name], bbox=bbox, polygon=polygon,
                                                  progress=step, is_canceled=self.isCanceled))
                except SyncCanceled:
                    result.canceled = True
                    break
                except WorkspaceError as err:
                    result.errors.append(tr("{name}: {error}").format(name=name, error=err))
        return result


@dataclass
class SyncOutcome:
    report: SyncReport
    pending: int
    conflicts: int
    last_sync: Optional[str]


class SyncTask(AgencyTask):
    """Synchronises the whole workspace; true conflicts are recorded for a person (policy ``stop``)."""

    def __init__(self, client: AgencyClient, path: str):
        super().__init__(tr("Synchronising the workspace"), client)
        self.path = path

    def work(self) -> SyncOutcome:
        with Workspace(self.path) as workspace:
            check_same_server(workspace, getattr(self.client, "base_url", "") or "")
            report = sync(self.client, workspace, "stop", progress=self.progress, is_canceled=self.isCanceled)
            return SyncOutcome(report, workspace.pending_changes(), workspace.conflict_count(),
                               workspace.last_sync())


def check_same_server(workspace: Workspace, url: str) -> None:
    """Refuse to sync a workspace with a server it was not checked out from."""
    for name in workspace.collections():
        theirs = workspace.info(name)["server_url"]
        if theirs and theirs.rstrip("/") != url.rstrip("/"):
            raise WorkspaceError(tr("{name} was checked out from {theirs}, not from the selected "
                                    "connection ({ours}). Choose that server's connection.").format(
                name=name, theirs=theirs, ours=url))


# -- running tasks --------------------------------------------------------------------------------
class TaskRunner(QObject):
    """Starts tasks in QGIS's task manager and keeps them alive until they finish.

    A Python ``QgsTask`` must stay referenced while it runs; the runner holds it, calls the
    widget's ``on_done(task)`` on the main thread, then lets it go.
    """

    started = pyqtSignal(object)  # the task
    stopped = pyqtSignal(object)  # the task

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._tasks: dict[int, tuple[AgencyTask, Callable[[AgencyTask], None]]] = {}

    def start(self, task: AgencyTask, on_done: Callable[[AgencyTask], None]) -> AgencyTask:
        self._tasks[id(task)] = (task, on_done)
        task.completed.connect(self._finished)
        self.started.emit(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _finished(self, task: AgencyTask) -> None:
        if task.error is not None:  # the widget explains it; the log keeps the traceback
            QgsMessageLog.logMessage(f"{task.description()}\n{task.details}", LOG_TAG,
                                     Qgis.MessageLevel.Warning)
        entry = self._tasks.pop(id(task), None)
        self.stopped.emit(task)
        if entry is not None:
            entry[1](task)

    def running(self) -> list[AgencyTask]:
        return [task for task, _ in self._tasks.values()]

    def cancel_all(self) -> None:
        for task in self.running():
            task.cancel()
