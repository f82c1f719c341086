"""Translation hook for plain-Python code.

``core/`` must run without a GUI (tests, ``qgis_process``), but its messages are
user-visible and go through Qt's translator when one is installed. Without PyQt the
source text is returned, so the module still works in plain Python.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CONTEXT = "AgenceUrbaine"
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


try:
    from qgis.PyQt.QtCore import QCoreApplication
except ImportError:  # pragma: no cover - plain Python without Qt
    QCoreApplication = None


def tr(text: str) -> str:
    """Translate ``text`` in the plugin's single translation context."""
    if QCoreApplication is None:  # pragma: no cover
        return text
    return QCoreApplication.translate(CONTEXT, text)


@contextmanager
def use_language(code: str, folder: str | Path | None = None) -> Iterator[bool]:
    """Translate :func:`tr` into ``code`` (``fr``, ``ar``, ``en``…) inside the ``with`` block.

    Installs the plugin's compiled catalogue ``agence_urbaine_<code>.qm`` (from ``i18n/`` next
    to the package, or ``folder``) on top of any installed translator, so a report can be written
    in French or Arabic whatever QGIS's locale, and removes it on exit. Yields whether a
    catalogue was installed (False: no such file, or no Qt; ``tr()`` then keeps its language).
    """
    try:
        from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    except ImportError:  # pragma: no cover - plain Python without Qt
        yield False
        return
    path = Path(folder or I18N_DIR) / f"agence_urbaine_{code}.qm"
    translator = QTranslator()
    if not path.exists() or not translator.load(str(path)):
        yield False
        return
    QCoreApplication.installTranslator(translator)
    try:
        yield True
    finally:
        QCoreApplication.removeTranslator(translator)
