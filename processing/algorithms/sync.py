"""``agenceurbaine:sync``: synchronise an offline workspace with the agency server.

Thin: parameters → ``core.sync.session.sync`` → counts (pulled, pushed, conflicts, pending).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
)

from ...core.i18n import tr
from ...core.sync.session import POLICIES, sync
from ...core.sync.workspace import Workspace
from ..connections import feedback_progress
from .base import AgenceUrbaineAlgorithm


def _same_server(a: str | None, b: str) -> bool:
    return not a or a.rstrip("/") == b.rstrip("/")


class SyncAlgorithm(AgenceUrbaineAlgorithm):
    NAME = "sync"
    GROUP = "server"

    WORKSPACE = "WORKSPACE"
    POLICY = "POLICY"

    def displayName(self):
        return tr("Synchronise a workspace")

    def shortHelpString(self):
        return tr(
            "Synchronises a workspace made by 'Check out collections for offline work' with the "
            "agency server: the server's changes since the last sync come in, the workspace's edits "
            "(new, modified and deleted features) go out.\n\n"
            "Changes to different features, or to different fields of one feature, are merged "
            "automatically. When both sides changed the same field of a feature, the conflict "
            "policy decides: stop keeps both versions and records the conflict in the workspace "
            "(nothing is overwritten; the rest is synchronised); keep mine or keep theirs settles "
            "the disputed fields for that side.\n\n"
            "An interrupted sync (network cut, server down, cancel) is safe: run it again, no edit "
            "is lost or sent twice.\n\n"
            "Outputs: the numbers of changes received (pulled), sent (pushed), conflicts, and local "
            "edits still waiting (pending)."
        ) + "\n\n" + self.server_help()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.WORKSPACE, tr("Workspace"), extension="gpkg"))
        self.add_server_parameters()
        self.addParameter(QgsProcessingParameterEnum(
            self.POLICY, tr("Conflict policy"), [tr("Stop (record conflicts)"), tr("Keep mine"),
                                                 tr("Keep theirs")], defaultValue=0))
        for name, label in (("PULLED", tr("Changes received")), ("PUSHED", tr("Changes sent")),
                            ("CONFLICTS", tr("Conflicts")), ("PENDING", tr("Edits still pending"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("LAST_SYNC", tr("Last sync")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.WORKSPACE, context)
        if not path or not Path(path).is_file():
            raise QgsProcessingException(tr("The workspace {path} does not exist.").format(path=path))
        policy = POLICIES[self.parameterAsEnum(parameters, self.POLICY, context)]
        with self.open_server(parameters, context) as client, Workspace(path) as workspace:
            self._check_workspace(workspace, client.base_url, path)
            report = sync(client, workspace, policy, progress=feedback_progress(feedback),
                          is_canceled=feedback.isCanceled)
            outputs = {"PULLED": report.pulled, "PUSHED": report.pushed, "CONFLICTS": report.conflicts,
                       "PENDING": workspace.pending_changes(), "LAST_SYNC": workspace.last_sync() or ""}
        feedback.pushInfo(tr("{pulled} change(s) received, {pushed} sent, {conflicts} conflict(s), "
                             "{pending} edit(s) pending.").format(
            pulled=report.pulled, pushed=report.pushed, conflicts=report.conflicts,
            pending=outputs["PENDING"]))
        if report.kept_local:
            feedback.pushWarning(tr("{n} feature(s) edited during the sync kept as edited: the next sync "
                                    "sends them.").format(n=report.kept_local))
        if report.errors:
            raise QgsProcessingException("\n".join([*report.errors, tr(
                "Nothing was lost: the workspace is consistent, run the sync again.")]))
        if report.conflicts:
            feedback.pushWarning(tr("Conflicts are recorded in the workspace (table sync_conflicts): "
                                    "both versions are kept until they are resolved."))
        return outputs

    def _check_workspace(self, workspace: Workspace, url: str, path: str) -> None:
        names = workspace.collections()
        if not names:
            raise QgsProcessingException(tr("{path} holds no checked-out collection.").format(path=path))
        for name in names:
            if not _same_server(workspace.info(name)["server_url"], url):
                raise QgsProcessingException(tr(
                    "{name} was checked out from {theirs}, not from this connection ({ours}).").format(
                    name=name, theirs=workspace.info(name)["server_url"], ours=url))
