"""Agence Urbaine Numérique: QGIS plugin entry point."""


def classFactory(iface):
    """Called by QGIS to create the plugin."""
    from .plugin import AgenceUrbainePlugin

    return AgenceUrbainePlugin(iface)
