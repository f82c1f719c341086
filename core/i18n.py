"""Translation hook for plain-Python code.

``core/`` must run without a GUI (tests, ``qgis_process``), but its messages are
user-visible and go through Qt's translator when one is installed. Qt is
imported lazily so the module still works where PyQt is absent.
"""

CONTEXT = "AgenceUrbaine"


def tr(text: str) -> str:
    """Translate ``text`` in the plugin's single translation context."""
    try:
        from qgis.PyQt.QtCore import QCoreApplication
    except ImportError:  # pragma: no cover - plain Python without Qt
        return text
    return QCoreApplication.translate(CONTEXT, text)
