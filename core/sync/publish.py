"""Publish a layer's features to a collection: never lose, duplicate or leak.

Features arrive already transformed to the collection's storage CRS (GeoJSON-like dicts).

* **Idempotent.** Every feature gets a stable id (:func:`stable_id`): its ``id`` when it has one,
  else derived from the key field the person picked, else from the layer's identity and the
  feature's id in it, else from its content. Publishing upserts by that id, so publishing twice, or
  again after a failure, stores each feature once. A derived id the server refuses because it was
  deleted (the reference server never reuses a deleted id) moves to the next id of the same
  deterministic sequence, so a layer can be published again after a replace removed it.
* **Replace deletes nothing unless every feature was accepted**: zero features, one invalid
  geometry, one refusal, a cancellation or an unconfirmed count (``confirm_delete``, told the
  number first) and the old features stay. A replace whose features carry none of the collection's
  fields is refused before anything is sent.
* **Personal data** (:mod:`core.privacy`, by name and by values) is left out unless named in
  ``include_personal``, with the reason in the report.
* A failure of the server mid-way raises :class:`PublishInterrupted`, which says how many features
  were stored: publishing again completes the work without duplicates.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Optional

from ..i18n import tr
from ..privacy import DEFAULT_POLICY, PersonalField, PrivacyPolicy
from .client import (
    SERVER_FIELDS,
    AgencyClient,
    AlreadyExists,
    Feature,
    ServerError,
    SyncError,
    VersionConflict,
    feature_version,
)

Progress = Callable[[float, str], None]  # percent (0-100), message
MODES = ("append", "replace")
FAILING_STATUSES = frozenset({502, 503, 504})  # the server as a whole is failing, not one feature
ID_NAMESPACE = uuid.UUID("4d1c0a52-8f0e-4a57-9b1e-6a2f3c7d5e10")  # the plugin's publish ids
ID_GENERATIONS = 8  # deleted ids skipped at most, per feature


class PublishRefused(SyncError):  # noqa: N818 - domain name
    """Publishing would do harm (e.g. replace a collection with features carrying none of its
    fields): nothing was sent."""


class PublishInterrupted(SyncError):  # noqa: N818 - domain name
    """The server failed mid-way: ``report.sent`` of ``total`` features are stored, and publishing
    again completes the work without duplicates. ``cause`` is the transport or server error."""

    def __init__(self, cause: SyncError, report: PublishReport, total: int):
        self.cause, self.report, self.total = cause, report, total
        super().__init__(f"{self.progress_text()} {cause}")

    def progress_text(self) -> str:
        return tr("{stored} of {total} feature(s) stored before the failure; publishing again completes "
                  "it without duplicates.").format(stored=self.report.sent, total=self.total)


@dataclass
class PublishReport:
    """What a publication did, for the person who asked for it."""

    collection: str
    mode: str
    sent: int = 0
    deleted: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)  # (feature ref, reason)
    invalid: list[tuple[str, str]] = field(default_factory=list)  # (feature ref, reason)
    unknown_fields: list[str] = field(default_factory=list)  # in the layer, not on the server: left out
    missing_fields: list[str] = field(default_factory=list)  # on the server, not in the layer
    personal_left_out: list[str] = field(default_factory=list)
    personal_included: list[str] = field(default_factory=list)
    personal_reasons: dict[str, str] = field(default_factory=dict)  # field → why it is personal
    replace_skipped: bool = False
    to_delete: Optional[int] = None  # server features a replace would delete, once counted
    canceled: bool = False
    title: str = ""  # the collection's title, as the dock lists it (its id when it has none)

    def summary(self) -> str:
        """A few translated lines saying what was sent, refused and left out."""
        if self.mode == "replace":
            template = tr("{sent} feature(s) published to {collection}, in place of its features; {refused} "
                          "refused, {invalid} with an invalid geometry not sent.")
        else:
            template = tr("{sent} feature(s) added to {collection}; {refused} refused, {invalid} with an "
                          "invalid geometry not sent.")
        lines = [template.format(sent=self.sent, collection=self.title or self.collection,
                                 refused=len(self.refused), invalid=len(self.invalid))]
        if self.mode == "replace":
            lines.append(self._replace_line())
        lines += [tr("Personal data left out: {field} ({reason}).").format(
            field=name, reason=self.personal_reasons.get(name, "")) for name in self.personal_left_out]
        lines += [text.format(fields=", ".join(names)) for text, names in (
            (tr("Personal data published on request: {fields}."), self.personal_included),
            (tr("Fields unknown to the server, left out: {fields}."), self.unknown_fields),
            (tr("Server fields absent from the layer: {fields}."), self.missing_fields)) if names]
        lines += [tr("Invalid geometry, not sent: {ref} ({reason})").format(ref=r, reason=why)
                  for r, why in self.invalid]
        lines += [tr("Refused by the server: {ref} ({reason})").format(ref=r, reason=why)
                  for r, why in self.refused]
        if self.canceled:
            lines.append(tr("Publication cancelled."))
        return "\n".join(lines)

    def _replace_line(self) -> str:
        if not self.replace_skipped:
            return tr("Old features deleted: {n}.").format(n=self.deleted)
        if self.to_delete is not None:
            return tr("Old features kept: deleting {n} feature(s) was not confirmed.").format(
                n=self.to_delete)
        if self.sent == 0:
            return tr("Old features kept: no feature was published.")
        return tr("Old features kept: not every feature could be published.")


def geometry_problem(geometry: Optional[Mapping[str, Any]]) -> Optional[str]:
    """Why a GeoJSON geometry cannot be published (None when it can)."""
    if not geometry or not geometry.get("coordinates"):
        return tr("no geometry")
    import shapely
    from shapely.geometry import shape

    try:
        candidate = shape(geometry)
    except (ValueError, TypeError, IndexError, AttributeError) as err:
        return str(err)
    if candidate.is_empty:
        return tr("empty geometry")
    if shapely.is_valid(candidate):
        return None
    from ..geometry import describe_invalidity  # GEOS's words and coordinates, made readable

    return describe_invalidity(shapely.is_valid_reason(candidate))


# -- stable ids ----------------------------------------------------------------------------------
def stable_id(feature: Feature, collection: str, source: str = "", key_field: str = "") -> tuple[str, bool]:
    """The id a feature is published under, and whether it was derived (not the feature's own).

    Own ``id`` first; else uuid5 of the collection and the value of ``key_field``; else of the
    layer's identity ``source`` and the feature's id in it (``fid``); else of its content. The same
    feature published again gets the same id, so the server holds it once."""
    if feature.get("id") not in (None, ""):
        return str(feature["id"]), False
    properties = feature.get("properties") or {}
    if key_field and properties.get(key_field) not in (None, ""):
        basis = f"key\n{collection}\n{key_field}\n{properties[key_field]}"
    elif source and feature.get("fid") is not None:
        basis = f"source\n{collection}\n{source}\n{feature['fid']}"
    else:
        content = json.dumps([feature.get("geometry"), properties], sort_keys=True, default=str)
        basis = f"content\n{collection}\n{content}"
    return str(uuid.uuid5(ID_NAMESPACE, basis)), True


def _generations(fid: str) -> list[str]:
    """A derived id, then the ids that stand in for it once the server has deleted it."""
    return [fid] + [str(uuid.uuid5(ID_NAMESPACE, f"{fid}\n{n}")) for n in range(1, ID_GENERATIONS)]


# -- fields ----------------------------------------------------------------------------------------
def _field_names(features: Sequence[Feature]) -> list[str]:
    names: dict[str, None] = {}
    for feature in features:
        names.update(dict.fromkeys(feature.get("properties") or {}))
    return [n for n in names if n not in SERVER_FIELDS and n != "id"]


def _fold(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def suggest_mapping(layer_fields: Sequence[str], server_fields: Sequence[str]) -> dict[str, str]:
    """Layer field → server field, by name ignoring case and separators (``Parcel_Ref`` →
    ``parcel_ref``); layer fields without a match are not in the result."""
    server = {_fold(name): name for name in server_fields}
    return {name: server[_fold(name)] for name in layer_fields if _fold(name) in server}


def _personal(features: Sequence[Feature], names: list[str], policy: PrivacyPolicy,
              include: set[str], report: PublishReport) -> set[str]:
    rows = [feature.get("properties") or {} for feature in features]
    personal: list[PersonalField] = policy.detect(names, rows)
    report.personal_reasons = {p.field: p.reason for p in personal}
    report.personal_included = [p.field for p in personal if p.field in include]
    report.personal_left_out = [p.field for p in personal if p.field not in include]
    return set(report.personal_left_out)


def _check_fields(client: AgencyClient, collection: str, features: Sequence[Feature], policy: PrivacyPolicy,
                  include: set[str], field_map: Optional[Mapping[str, str]],
                  report: PublishReport) -> dict[str, str]:
    """Fill the report's field lists; return layer field → server field for the fields sent."""
    names = _field_names(features)
    left_out = _personal(features, names, policy, include, report)
    mapping = {n: (field_map or {}).get(n, n) for n in names if n not in left_out
               and (field_map is None or n in field_map)}
    server = client.schema(collection)
    if server is not None:
        report.unknown_fields = [n for n, target in mapping.items() if target not in server]
        report.missing_fields = [n for n in server if n not in mapping.values()]
        mapping = {n: target for n, target in mapping.items() if target in server}
    if report.mode == "replace" and features and server and not mapping:
        raise PublishRefused(tr(
            "Replace refused: the features carry none of the fields of {collection} ({fields}). Map the "
            "layer's fields to the collection's, or choose another collection.").format(
                collection=collection, fields=", ".join(server)))
    return mapping


# -- publish ---------------------------------------------------------------------------------------
def publish(client: AgencyClient, collection: str, features: Iterable[Feature], mode: str = "append",
            policy: PrivacyPolicy = DEFAULT_POLICY, include_personal: Iterable[str] = (),
            progress: Optional[Progress] = None, is_canceled: Optional[Callable[[], bool]] = None,
            source: str = "", key_field: str = "", field_map: Optional[Mapping[str, str]] = None,
            confirm_delete: Optional[Callable[[int], bool]] = None) -> PublishReport:
    """Publish features (storage CRS, GeoJSON-like dicts) to ``collection``; see the module.

    ``source`` identifies the layer (with each feature's ``fid``, it makes the stable ids);
    ``key_field`` is a field whose value identifies a feature; ``field_map`` (layer field → server
    field) sends only the mapped fields; ``confirm_delete(n)`` is told how many server features a
    replace will delete and may decline. ``feature["ref"]`` names the feature in the report.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    progress = progress or (lambda percent, message: None)
    is_canceled = is_canceled or (lambda: False)
    features = list(features)
    report = PublishReport(collection, mode)
    report.title = client.collection(collection).title  # NotFound early, before anything is sent
    mapping = _check_fields(client, collection, features, policy, set(include_personal), field_map, report)
    ready = _prepare(features, collection, mapping, source, key_field, report)
    ids = _send_all(client, collection, ready, report, progress, is_canceled)
    if mode == "replace":
        _replace_rest(client, collection, ids, report, is_canceled, confirm_delete or (lambda n: True))
    return report


def _ref(feature: Feature, index: int) -> str:
    return str(feature.get("ref") or feature.get("id") or f"#{index + 1}")


def _prepare(features: list[Feature], collection: str, mapping: Mapping[str, str], source: str,
             key_field: str, report: PublishReport) -> list[tuple[str, Feature, bool]]:
    """(ref, feature to send, id derived?) for each valid feature; a second feature with the same
    id is invalid (it would overwrite the first)."""
    ready, seen = [], {}
    for index, feature in enumerate(features):
        ref = _ref(feature, index)
        problem = geometry_problem(feature.get("geometry"))
        fid, derived = stable_id(feature, collection, source, key_field)
        if not problem and fid in seen:
            problem = tr("same key as {other}").format(other=seen[fid])
        if problem:
            report.invalid.append((ref, problem))
            continue
        seen[fid] = ref
        properties = {mapping[k]: v for k, v in (feature.get("properties") or {}).items() if k in mapping}
        ready.append((ref, {"type": "Feature", "id": fid, "properties": properties,
                            "geometry": feature["geometry"]}, derived))
    return ready


def _send_all(client: AgencyClient, collection: str, ready: list[tuple[str, Feature, bool]],
              report: PublishReport, progress: Progress, is_canceled: Callable[[], bool]) -> set[str]:
    ids: set[str] = set()
    for index, (ref, feature, derived) in enumerate(ready):
        if is_canceled():
            report.canceled = True
            break
        try:
            ids.add(_upsert(client, collection, feature, derived))
            report.sent += 1
        except (AlreadyExists, VersionConflict) as err:
            report.refused.append((ref, str(err)))
        except ServerError as err:
            if err.status in FAILING_STATUSES:
                raise PublishInterrupted(err, report, len(ready)) from err
            report.refused.append((ref, str(err)))
        except SyncError as err:  # unreachable, cut answers, credentials refused: not this feature
            raise PublishInterrupted(err, report, len(ready)) from err
        progress(100.0 * (index + 1) / max(1, len(ready)),
                 tr("{done} of {total} features sent").format(done=index + 1, total=len(ready)))
    return ids


def _upsert(client: AgencyClient, collection: str, feature: Feature, derived: bool) -> str:
    """Create the feature, or update the one stored under its id; return the id it is stored
    under. A derived id refused without being stored was deleted: the next of its sequence."""
    candidates = _generations(str(feature["id"])) if derived else [str(feature["id"])]
    for number, fid in enumerate(candidates):
        candidate = {**feature, "id": fid}
        try:
            return client.create(collection, candidate)
        except AlreadyExists as err:
            client.replace(collection, candidate, feature_version(err.server_feature) or 1)
            return fid
        except ServerError as err:
            if err.status in FAILING_STATUSES or number == len(candidates) - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def _replace_rest(client: AgencyClient, collection: str, ids: set[str], report: PublishReport,
                  is_canceled: Callable[[], bool], confirm_delete: Callable[[int], bool]) -> None:
    """Delete the collection's other features, only when every feature was accepted and the
    person (told the number) agrees."""
    if report.canceled or report.refused or report.invalid or not ids:
        report.replace_skipped = True
        return
    old = [str(f["id"]) for page in client.iter_pages(collection) for f in page.features
           if str(f["id"]) not in ids]
    report.to_delete = len(old)
    if old and not confirm_delete(len(old)):
        report.replace_skipped = True
        return
    for fid in old:
        if is_canceled():
            report.canceled = True
            return
        client.delete(collection, fid, None)
        report.deleted += 1


def count_to_delete(client: AgencyClient, collection: str, features: Sequence[Feature], source: str = "",
                    key_field: str = "") -> int:
    """How many server features a replace with these features would delete (for a confirmation
    before publishing)."""
    ids: set[str] = set()
    for feature in features:
        fid, derived = stable_id(feature, collection, source, key_field)
        ids.update(_generations(fid) if derived else [fid])
    return sum(1 for page in client.iter_pages(collection) for f in page.features if str(f["id"]) not in ids)
