"""Processing algorithms, one a file. ``all_algorithms`` lists those that can load here."""

from __future__ import annotations


def all_algorithms() -> list:
    """Instances of every algorithm whose run-time dependencies are present."""
    from ...core.dependencies import shapely_problem

    algorithms: list = []
    if shapely_problem() is None:
        from .check_conformity import CheckConformityAlgorithm
        from .checkout import CheckoutAlgorithm
        from .parcel_note import ParcelNoteAlgorithm
        from .publish import PublishAlgorithm
        from .sync import SyncAlgorithm
        from .unpermitted_buildings import UnpermittedBuildingsAlgorithm

        algorithms += [CheckConformityAlgorithm(), ParcelNoteAlgorithm(), UnpermittedBuildingsAlgorithm(),
                       PublishAlgorithm(), CheckoutAlgorithm(), SyncAlgorithm()]
    return algorithms
