"""Helpers shared by the dock tests (no tests here): an iface with QGIS's real message bar, a dock
on it, connection clean-up, and an in-memory agency client for workspace tests."""

from __future__ import annotations

import copy
import socket
import uuid
from collections.abc import Iterator

import pytest
from qgis.core import Qgis
from qgis.gui import QgsMessageBar

from agence_urbaine.core.sync.client import AgencyClient, CollectionInfo, Page
from agence_urbaine.core.sync.session import sync
from agence_urbaine.core.sync.workspace import Workspace
from agence_urbaine.processing.connections import (
    Connection,
    connection_names,
    remove_connection,
    save_connection,
)


class RecordingMessageBar(QgsMessageBar):
    """QGIS's real message bar, remembering every message in order (title, text, level)."""

    def __init__(self):
        super().__init__()
        self.pushed: list[tuple[str, str, int]] = []

    def pushMessage(self, title, text, *args):
        level = args[1] if len(args) >= 2 and isinstance(args[0], str) else args[0]
        self.pushed.append((title, text, level))
        super().pushMessage(title, text, *args)


class MessageBarIface:
    """pytest-qgis's iface with QGIS's real message bar (its mock lacks the 'details' form)."""

    def __init__(self, iface):
        self._iface = iface
        self.bar = RecordingMessageBar()

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def messageBar(self):
        return self.bar

    def messages(self, level=None) -> list[str]:
        """Messages pushed so far, oldest first, as "title: text"."""
        return [f"{title}: {text}" for title, text, pushed in self.bar.pushed
                if level is None or pushed == level]


@pytest.fixture
def iface(qgis_iface):
    return MessageBarIface(qgis_iface)


@pytest.fixture
def dock(iface, qtbot, qgis_new_project):
    from agence_urbaine.ui.dock import AgenceUrbaineDock

    widget = AgenceUrbaineDock(iface.mainWindow(), iface=iface)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.cancel_tasks()


@pytest.fixture
def connection(agency_server) -> Iterator[Connection]:
    """A saved connection to the real reference server, removed after the test."""
    saved = Connection(f"test-{uuid.uuid4().hex[:6]}", agency_server.base_url, "")
    save_connection(saved)
    yield saved
    remove_connection(saved.name)


@pytest.fixture
def no_connections():
    for name in connection_names():
        remove_connection(name)
    yield
    for name in connection_names():
        remove_connection(name)


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_task(qtbot, dock_or_runner, start, timeout=60_000):
    """Run ``start()`` (which starts a task) and wait until the runner reports it finished."""
    runner = getattr(dock_or_runner, "runner", dock_or_runner)
    with qtbot.waitSignal(runner.stopped, timeout=timeout):
        task = start()
        assert task is not None, "no task was started"
    qtbot.wait(10)  # let the completion callbacks run
    return task


LEVELS = {"info": Qgis.MessageLevel.Info, "warning": Qgis.MessageLevel.Warning,
          "critical": Qgis.MessageLevel.Critical, "success": Qgis.MessageLevel.Success}


class MemoryClient(AgencyClient):
    """An agency server in memory: enough for checkouts and the conflict tests."""

    STORAGE = "http://www.opengis.net/def/crs/EPSG/0/26191"

    def __init__(self, collections: dict[str, list[dict]]):
        self.data = {name: {f["id"]: f for f in features} for name, features in collections.items()}
        self.base_url = "memory://agency"

    def collections(self, count=True):
        return [self.collection(name) for name in self.data]

    def collection(self, collection):
        return CollectionInfo(collection, collection.title(), len(self.data[collection]),
                              (self.STORAGE,), self.STORAGE)

    def iter_pages(self, collection, bbox=None, crs=None, page_size=5000):
        features = list(self.data[collection].values())
        yield Page(features=features, offset=0, number_matched=len(features))

    def get(self, collection, fid, crs=None):
        return self.data[collection].get(fid)

    def create(self, collection, feature, crs=None):
        self.data[collection][feature["id"]] = feature
        return feature["id"]

    def replace(self, collection, feature, expected_version, crs=None):
        version = expected_version + 1  # like pygeoapi: the properties sent are merged into the row
        stored = self.data[collection].get(feature["id"], {}).get("properties", {})
        self.data[collection][feature["id"]] = {**feature, "properties": {
            **stored, **feature["properties"], "version": version}}
        return version

    def delete(self, collection, fid, expected_version):
        self.data[collection].pop(fid, None)


def _square(x, y):
    return {"type": "Polygon", "coordinates": [[[x, y], [x + 10, y], [x + 10, y + 10], [x, y + 10], [x, y]]]}


def _feature(fid, ref, levels, use="habitat", x=370000.0):
    return {"type": "Feature", "id": fid, "geometry": _square(x, 375000.0),
            "properties": {"ref": ref, "levels": levels, "use": use, "version": 1}}


def _server_edit(client, fid, **values):
    feature = copy.deepcopy(client.data["buildings"][fid])
    feature["properties"].update(values)
    feature["properties"]["version"] += 1
    client.data["buildings"][fid] = feature


def conflicted_workspace(path):
    """Two edit/edit conflicts (A: levels; B: levels and use) and one edit/delete (C)."""
    client = MemoryClient({"buildings": [_feature("a", "A", 1), _feature("b", "B", 1),
                                         _feature("c", "C", 1, x=370100.0)]})
    workspace = Workspace(path)
    workspace.checkout(client, "buildings")
    mine = workspace.features("buildings")
    mine["a"]["properties"]["levels"] = 2
    mine["b"]["properties"].update(levels=2, use="commerce")
    mine["c"]["properties"]["levels"] = 5
    workspace.write("buildings", [mine["a"], mine["b"], mine["c"]], ("work",))
    _server_edit(client, "a", levels=3)
    _server_edit(client, "b", levels=4, use="bureau")
    client.data["buildings"].pop("c")
    report = sync(client, workspace, "stop")
    assert report.conflicts == 3
    return client, workspace, path
