"""Which layer plays which role: names, geometry and fields, last choices first, never one layer
for two roles (Processing used to pre-select observed_buildings as parcels, applications and zoning)."""

import pytest

from agence_urbaine.core.inputs import LINE, POINT, POLYGON, LayerInfo, guess_roles

APPLICATION_FIELDS = ("app_id", "parcel_id", "levels", "height", "use", "floor_area", "applicant_name")
# the sample project's layer tree, top first
SAMPLE = [
    LayerInfo("obs", "observed_buildings", POLYGON, ("obs_id", "levels", "height", "observed_on", "note")),
    LayerInfo("her", "heritage_zone", POLYGON, ("name",)),
    LayerInfo("hv", "hv_line", LINE, ("name",)),
    LayerInfo("flo", "flood_zone", POLYGON, ("name",)),
    LayerInfo("sch", "school_site", POLYGON, ("name",)),
    LayerInfo("na", "non_aedificandi", POLYGON, ("name",)),
    LayerInfo("app", "applications", POLYGON, APPLICATION_FIELDS),
    LayerInfo("par", "parcels", POLYGON, ("parcel_id", "lot_date")),
    LayerInfo("roa", "roads", POLYGON, ("name", "width_m")),
    LayerInfo("zon", "zoning", POLYGON, ("zone",)),
]
RIGHT = {"parcels": "par", "applications": "app", "zoning": "zon", "roads": "roa"}
SERVITUDES = ("non_aedificandi", "school_site", "flood_zone", "hv_line", "heritage_zone")


def test_sample_project_layers_get_their_roles():
    assert guess_roles(SAMPLE) == RIGHT
    assert guess_roles(SAMPLE, servitude_ids=SERVITUDES) == RIGHT
    assert guess_roles(list(reversed(SAMPLE))) == RIGHT  # not the order


def test_french_names_and_fields_alone():
    layers = [
        LayerInfo("1", "Bâti observé", POLYGON, ("levels",)),
        LayerInfo("2", "Demandes PC 2026", POLYGON, ("num_dossier",)),
        LayerInfo("3", "Parcelles cadastrales", POLYGON, ()),
        LayerInfo("4", "Zonage PA", POLYGON, ()),
        LayerInfo("5", "Voirie", POLYGON, ()),
        LayerInfo("6", "t1", POLYGON, ("zone",)),
    ]
    assert guess_roles(layers) == {"parcels": "3", "applications": "2", "zoning": "4", "roads": "5"}


@pytest.mark.parametrize("count", [1, 2, 3, 4, 6])
def test_never_one_layer_for_two_roles(count):
    """With layers named after nothing, each required role takes a layer no other role took."""
    layers = [LayerInfo(str(k), f"layer {k}", POLYGON) for k in range(count)]
    guess = guess_roles(layers)
    chosen = [value for value in guess.values() if value is not None]
    assert len(chosen) == len(set(chosen)) == min(count, 3)
    assert guess["roads"] is None  # optional: left empty rather than guessed from nothing


def test_geometry_type_decides_and_servitudes_are_kept_for_servitudes():
    layers = [
        LayerInfo("pts", "parcels", POINT, ("parcel_id",)),  # points: cannot be the parcels
        LayerInfo("lin", "roads", LINE, ("width_m",)),
        LayerInfo("poly", "parcel polygons", POLYGON, ()),
        LayerInfo("na", "zone_na", POLYGON, ("zone",)),
    ]
    guess = guess_roles(layers, servitude_ids=["zone_na"])
    assert guess["parcels"] == "poly" and guess["roads"] is None
    assert "na" not in guess.values()


def test_last_choices_win_while_their_layer_exists():
    remembered = {"applications": "obs", "parcels": "gone"}
    guess = guess_roles(SAMPLE, remembered)
    assert guess["applications"] == "obs"  # what the planner chose last time in this project
    assert guess["parcels"] == "par"  # the remembered layer was removed: guessed again
    assert list(guess.values()).count("obs") == 1


def test_the_veille_roles_are_the_observed_buildings_and_the_applications():
    """The veille dialog opened with the active layer as both inputs (a layer against itself)."""
    for layers in (SAMPLE, list(reversed(SAMPLE))):
        assert guess_roles(layers, roles=["buildings", "applications"]) == {"buildings": "obs",
                                                                             "applications": "app"}
