"""Reading QGIS feature sources without shapely.

The dock (through its publish and checkout tasks) iterates layers too, and it must load when
shapely is missing so that it can say what to install: these helpers live apart from
``processing/layers.py``, which builds the engine's shapely arrays.
"""

from __future__ import annotations

from qgis.core import QgsProcessingFeatureSource
from qgis.PyQt.QtCore import QVariant

from ..compat import ProcessingFeatureSourceFlag


def features(source, request):
    """Iterate ``source`` without Processing's invalid-geometry check: the engine names invalid
    geometries in its findings instead of stopping the whole batch on the first one."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, ProcessingFeatureSourceFlag.SkipGeometryValidityChecks)
    return source.getFeatures(request)


def plain(value):
    """QVariant NULLs become None; everything else is left as Python gives it."""
    if isinstance(value, QVariant) and value.isNull():
        return None
    return value
