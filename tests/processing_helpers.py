"""Running the provider's algorithms in-process (``processing.run``) on the sample data."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_data" / "hay_al_amal.gpkg"
REGULATION = REPO / "sample_data" / "regulation.json"
SERVITUDE_LAYERS = ("non_aedificandi", "school_site", "flood_zone", "hv_line", "heritage_zone")


def sample_layer(name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{SAMPLE}|layername={name}", name, "ogr")
    assert layer.isValid(), f"sample layer {name} is missing from {SAMPLE}"
    return layer


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps what an algorithm reports: warnings, infos and debug messages."""

    def __init__(self):
        super().__init__()
        self.warnings, self.infos, self.debug = [], [], []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):
        self.infos.append(text)
        super().pushInfo(text)

    def pushDebugInfo(self, text):
        self.debug.append(text)
        super().pushDebugInfo(text)


_PROVIDERS: list = []  # the Python object must outlive the registry's use of it (as in plugin.py)


def ensure_provider():
    """Register the plugin's provider once in this process (as initProcessing does)."""
    from agence_urbaine.processing.provider import AgenceUrbaineProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("agenceurbaine") is None:
        _PROVIDERS.append(AgenceUrbaineProvider())
        registry.addProvider(_PROVIDERS[-1])
    return registry.providerById("agenceurbaine")


def sync_algorithms_run():
    """``processing.run`` with the publish, checkout and sync algorithms registered (whether or not
    the provider's ``all_algorithms`` lists them yet)."""
    from agence_urbaine.processing import provider as provider_module
    from agence_urbaine.processing.algorithms.checkout import CheckoutAlgorithm
    from agence_urbaine.processing.algorithms.publish import PublishAlgorithm
    from agence_urbaine.processing.algorithms.sync import SyncAlgorithm

    provider = ensure_provider()
    missing = [cls for cls in (PublishAlgorithm, CheckoutAlgorithm, SyncAlgorithm)
               if provider.algorithm(cls.NAME) is None]
    if missing:
        listed = provider_module.all_algorithms
        provider_module.all_algorithms = lambda: [*listed(), *(cls() for cls in missing)]
        try:
            provider.refreshAlgorithms()
        finally:
            provider_module.all_algorithms = listed
    import processing

    return processing.run


def conformity_parameters(**overrides) -> dict:
    parameters = {
        "REGULATION": str(REGULATION),
        "PARCELS": sample_layer("parcels"),
        "APPLICATIONS": sample_layer("applications"),
        "ZONING": sample_layer("zoning"),
        "ROADS": sample_layer("roads"),
        "SERVITUDES": [sample_layer(name) for name in SERVITUDE_LAYERS],
        "OUTPUT": "TEMPORARY_OUTPUT",
        "FINDINGS": "TEMPORARY_OUTPUT",
        "OFFENDING": "TEMPORARY_OUTPUT",
    }
    parameters.update(overrides)
    return parameters
