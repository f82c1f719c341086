"""Translation hook for plain-Python code.

``core/`` must run without a GUI (tests, ``qgis_process``), but its messages are
user-visible and go through Qt's translator when one is installed. Without PyQt the
source text is returned, so the module still works in plain Python.
"""

import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path

CONTEXT = "AgenceUrbaine"
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


try:
    from qgis.PyQt.QtCore import QCoreApplication
except ImportError:  # pragma: no cover - plain Python without Qt
    QCoreApplication = None


_THREAD = threading.local()  # the catalogue use_language chose for this thread, if any


def tr(text: str) -> str:
    """Translate ``text`` in the plugin's single translation context (into the language of an
    enclosing :func:`use_language` of this thread, else QGIS's)."""
    translator = getattr(_THREAD, "translator", None)
    if translator is not None:
        # the catalogue is keyed by the UTF-8 bytes of the texts, as QCoreApplication.translate passes them
        return translator.translate(CONTEXT.encode(), text.encode("utf-8")) or text
    if QCoreApplication is None:  # pragma: no cover
        return text
    return QCoreApplication.translate(CONTEXT, text)


@contextmanager
def use_language(code: str, folder: str | Path | None = None) -> Iterator[bool]:
    """Translate :func:`tr` into ``code`` (``fr``, ``ar``, ``en``…) inside the ``with`` block.

    Loads the plugin's compiled catalogue ``agence_urbaine_<code>.qm`` (from ``i18n/`` next
    to the package, or ``folder``) for the calling thread only, so a report can be written in
    French or Arabic whatever QGIS's locale, and in a background task: the application's
    translators are not touched (installing one from a worker thread would send QGIS's widgets a
    language-change event from that thread, and the interface would speak the report's language
    meanwhile). A text the catalogue lacks stays in English. Yields whether a catalogue was
    loaded (False: no such file, or no Qt; ``tr()`` then keeps its language).
    """
    try:
        from qgis.PyQt.QtCore import QTranslator
    except ImportError:  # pragma: no cover - plain Python without Qt
        yield False
        return
    path = Path(folder or I18N_DIR) / f"agence_urbaine_{code}.qm"
    translator = QTranslator()
    if not path.exists() or not translator.load(str(path)):
        yield False
        return
    previous = getattr(_THREAD, "translator", None), getattr(_THREAD, "language", None)
    _THREAD.translator, _THREAD.language = translator, code
    try:
        yield True
    finally:
        _THREAD.translator, _THREAD.language = previous


# --------------------------------------------------------------------------- numbers and dates
# Outside use_language (messages of the engine, English): 17.50, 33%, 2005-01-01 as before.
# French and Arabic documents (Morocco writes Arabic with Western digits): 17,50 · 33 % · 01/01/2005.

_DECIMAL_COMMA = {"fr", "ar"}
_DAY_FIRST = {"fr", "ar"}
_PERCENT = {"fr": "\u00a0%"}  # French typography: a no-break space before %
# Unit symbols are data of the language, like its decimal separator: Arabic documents write م, م².
_UNITS = {"ar": {"m": "م", "m²": "م²"}}
_LIST_MARKS = {"ar": {",": "،", ";": "؛"}}  # Arabic comma and semicolon


_INTERFACE = {"language": ""}  # QGIS's language when the plugin installed its catalogue for it


def set_interface_language(code: str) -> None:
    """The language the plugin speaks outside :func:`use_language` (plugin.py sets it when it
    installs its catalogue for QGIS's locale, '' again when unloaded): the engine's messages,
    translated by that catalogue, then write numbers as that language does (7,50 m in French,
    not 7.50 m inside French words)."""
    _INTERFACE["language"] = code


def interface_language() -> str:
    """QGIS's language when the plugin has its catalogue ('' otherwise, and outside QGIS)."""
    return _INTERFACE["language"]


def language() -> str:
    """The language of the enclosing :func:`use_language` of this thread, else the interface's
    ('' in plain Python, tests and a QGIS in English)."""
    return getattr(_THREAD, "language", None) or _INTERFACE["language"]


def number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` decimals, with the document language's decimal separator."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if language() in _DECIMAL_COMMA else text


def decimal_comma() -> bool:
    """Whether the document's (else the interface's) language writes 7,50 rather than 7.50."""
    return language() in _DECIMAL_COMMA


def short_number(value: float) -> str:
    """``value`` without trailing zeros (0.5, 15), with the language's decimal separator."""
    text = f"{value:g}"
    return text.replace(".", ",") if language() in _DECIMAL_COMMA else text


def unit(symbol: str) -> str:
    """A unit symbol (``m``, ``m²``) as the document's language writes it: م, م² in Arabic."""
    return _UNITS.get(language(), {}).get(symbol, symbol)


def joined(items: Iterable[str], mark: str = ",") -> str:
    """``items`` joined by ``mark`` (``,`` or ``;``) as the document's language writes it (، ؛ in Arabic)."""
    return f"{_LIST_MARKS.get(language(), {}).get(mark, mark)} ".join(items)


def localized(labels: Mapping[str, str] | None, default: str) -> str:
    """The label of the document's language from a regulation's ``labels`` ({"ar": …, "fr": …}),
    else ``default`` (the regulation's own label, or a code)."""
    return (labels or {}).get(language()) or default


def percent(share: float) -> str:
    """A share (0..1) as a whole percentage: 33% (33 % in French)."""
    return f"{share * 100:.0f}" + _PERCENT.get(language(), "%")


def date_text(value: date | str | None) -> str:
    """A date as the document's language writes it (dd/mm/yyyy in French and Arabic); a text that
    is no ISO date is returned as it is."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y") if language() in _DAY_FIRST else value.isoformat()
