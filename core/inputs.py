"""Which project layer plays which role (parcels, applications, zoning, roads, servitudes).

Processing pre-selects the first polygon layer for every layer parameter, so a new user saw
``observed_buildings`` as parcels, applications *and* zoning. The guess here reads what a person
would: the layer's name (French or English, as the agencies name them), its geometry type and
its fields; the last choices made in the project come first; and one layer never gets two roles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

POLYGON, LINE, POINT = "polygon", "line", "point"


@dataclass(frozen=True)
class LayerInfo:
    """What the guess needs to know of a project layer."""

    id: str
    name: str
    geometry: str  # POLYGON, LINE, POINT or "" (no geometry)
    fields: tuple[str, ...] = ()
    sources: tuple[str, ...] = field(default=())  # other names: the table behind the layer


@dataclass(frozen=True)
class Role:
    """A layer parameter: words its layer's name holds, fields it has, geometries accepted."""

    words: tuple[str, ...]
    fields: tuple[str, ...]
    geometries: tuple[str, ...] = (POLYGON,)
    required: bool = True


ROLES: dict[str, Role] = {
    "parcels": Role(("parcel", "parcelle", "lot", "lotissement", "foncier", "cadastr", "titre"),
                    ("parcel_id", "lot_date", "parcelle", "num_parcelle", "titre_foncier")),
    "applications": Role(("application", "demande", "permis", "permit", "pc", "projet", "footprint",
                          "emprise", "autorisation", "dossier"),
                         ("app_id", "floor_area", "use", "levels", "height", "num_dossier", "usage")),
    "zoning": Role(("zoning", "zonage", "zone", "pa", "amenagement"), ("zone", "zone_code", "code_zone")),
    "roads": Role(("road", "roads", "voirie", "voie", "voies", "route", "rue", "street", "alignement"),
                  ("width_m", "width", "largeur"), required=False),
    # the veille urbaine's buildings seen on the ground (not a role of the conformity check)
    "buildings": Role(("observed", "observe", "observation", "building", "batiment", "bati", "construction",
                       "constat", "releve", "veille"), ("obs_id", "observed_on", "date_constat")),
}
CONFORMITY_ROLES = ("parcels", "applications", "zoning", "roads")
NAME_WEIGHT, FIELD_WEIGHT = 3, 2


def _tokens(text: str) -> set[str]:
    return {token for token in re.split(r"[^0-9a-zà-ÿ]+", text.lower()) if token}


def score(layer: LayerInfo, role: Role) -> int:
    """How much ``layer`` looks like ``role``: name words, then fields (0: nothing in common)."""
    if layer.geometry not in role.geometries:
        return -1
    tokens = set().union(_tokens(layer.name), *map(_tokens, layer.sources))
    words = sum(any(t == w or (len(w) > 3 and t.startswith(w)) for t in tokens) for w in role.words)
    names = {name.lower() for name in layer.fields}
    return NAME_WEIGHT * words + FIELD_WEIGHT * sum(f in names for f in role.fields)


def servitude_layers(layers: Iterable[LayerInfo], servitude_ids: Iterable[str]) -> list[str]:
    """Ids of the layers named (layer or table name) like one of the regulation's servitudes."""
    wanted = {sid.lower() for sid in servitude_ids}
    return [layer.id for layer in layers
            if {layer.name.lower(), *(s.lower() for s in layer.sources)} & wanted]


def guess_roles(layers: list[LayerInfo], remembered: Mapping[str, str] | None = None,
                servitude_ids: Iterable[str] = (),
                roles: Iterable[str] = CONFORMITY_ROLES) -> dict[str, str | None]:
    """The layer id for each of ``roles`` (None: nothing fits an optional role, or no layer left).

    A remembered choice is kept while its layer still exists and fits; the other roles take the
    best-scoring layers, highest score first; a required role with no hint takes a polygon layer
    no other role took. Layers named like a servitude of the regulation are never guessed for a role.
    """
    roles = list(roles)
    by_id = {layer.id: layer for layer in layers}
    taken = set(servitude_layers(layers, servitude_ids))
    chosen: dict[str, str | None] = {}
    for role in roles:
        layer = by_id.get((remembered or {}).get(role, ""))
        if layer is not None and score(layer, ROLES[role]) >= 0 and layer.id not in taken:
            chosen[role] = layer.id
            taken.add(layer.id)
    candidates = sorted(
        ((score(layer, ROLES[role]), -order, role, layer.id)
         for role in roles if role not in chosen for order, layer in enumerate(layers)),
        reverse=True)
    for points, _, role, layer_id in candidates:
        if role not in chosen and layer_id not in taken and points > 0:
            chosen[role] = layer_id
            taken.add(layer_id)
    for role in roles:
        if role in chosen:
            continue
        unused = (layer.id for layer in layers if layer.id not in taken and score(layer, ROLES[role]) == 0)
        spare = next(unused, None) if ROLES[role].required else None
        chosen[role] = spare
        if spare is not None:
            taken.add(spare)
    return chosen
