"""Translations: every string of the code is translated in French and Arabic, and the compiled
catalogues really translate the plugin (Arabic also turns the layout right-to-left).

The catalogues are compiled here from the committed ``i18n/*.ts`` (``make translations`` does the
same into ``i18n/``), so this file needs ``lrelease`` but no earlier make step.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import string
import subprocess
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtWidgets import QApplication, QStyle

REPO = Path(__file__).resolve().parent.parent
TRANSLATED = ("fr", "ar")
PROVIDER_NAME_AR = "الوكالة الحضرية"
DOCK_TITLE_AR = "الوكالة الحضرية الرقمية"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


i18n = _script("i18n_extract")


def _committed(language: str) -> dict:
    return i18n.read_ts(i18n.ts_path(REPO / "i18n", language))


def _describe(keys) -> str:
    return "\n".join(f"  {context}: {source!r}" for context, source, _ in keys)


@pytest.fixture(scope="module")
def extraction():
    """(messages found in the code, problems) — the extractor's view of today's sources."""
    return i18n.extract(REPO)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> dict[str, Path]:
    lrelease = shutil.which("lrelease")
    if lrelease is None:
        pytest.fail("lrelease is missing: install qttools5-dev-tools (make system does)")
    out = tmp_path_factory.mktemp("qm")
    catalogues = {}
    for language in (*i18n.LANGUAGES, i18n.RTL_CATALOGUE):
        target = out / f"agence_urbaine_{language}.qm"
        subprocess.run([lrelease, "-silent", str(i18n.ts_path(REPO / "i18n", language)), "-qm", str(target)],
                       check=True)
        catalogues[language] = target
    return catalogues


@contextmanager
def installed(path: Path):
    """Install a compiled catalogue the way plugin.py does, and always remove it again."""
    translator = QTranslator()
    assert translator.load(str(path)), path
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


# -- the .ts files are complete ----------------------------------------------------------------


def test_translation_calls_use_literal_templates(extraction):
    """f-strings or strings formatted before tr() can never be found in a catalogue."""
    _, problems = extraction
    assert not problems, "\n".join(str(p) for p in problems)


def test_free_tr_strings_land_in_the_plugin_context(extraction):
    """pylupdate5 files tr("…") under @default; Qt looks them up in AgenceUrbaine."""
    messages, _ = extraction
    assert ("AgenceUrbaine", "Agence urbaine", "") in messages  # processing/provider.py
    assert not [key for key in messages if key[0] == "@default"]


def test_refresh_in_a_temp_dir_adds_nothing_missing(tmp_path):
    """Running the extractor on a copy of the catalogues finds every code string already there."""
    for language in i18n.LANGUAGES:
        shutil.copy(i18n.ts_path(REPO / "i18n", language), tmp_path)
    refreshed, _ = i18n.update(REPO, tmp_path, i18n.LANGUAGES)
    for language in TRANSLATED:
        committed = _committed(language)
        missing = [
            m.key for m in refreshed[language]
            if m.type != "vanished" and (m.key not in committed or committed[m.key].type == "vanished")
        ]
        assert not missing, (
            f"strings of the code missing from i18n/agence_urbaine_{language}.ts "
            f"(run make translations, then translate them):\n{_describe(missing)}"
        )


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_code_string_is_translated(language, extraction):
    messages, _ = extraction
    committed = _committed(language)
    missing = [key for key in messages if key not in committed or committed[key].type == "vanished"]
    assert not missing, f"run make translations, then translate:\n{_describe(missing)}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_unfinished_or_empty_message(language):
    todo = [m.key for m in _committed(language).values() if m.type != "vanished" and not m.finished]
    assert not todo, (
        f"i18n/agence_urbaine_{language}.ts has {len(todo)} unfinished or empty message(s) "
        f"(make translations-status lists them):\n{_describe(todo)}"
    )


def test_english_catalogue_repeats_the_source():
    for message in _committed("en").values():
        if message.type == "vanished" or message.source == i18n.LAYOUT_SOURCE:
            continue
        assert message.finished and set(message.translations) == {message.source}, message.key


def _fields(text: str) -> list[str]:
    try:
        return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError as error:
        return [f"<unparsable: {error}>"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders(language):
    """A renamed or lost {placeholder} would raise KeyError in .format() or drop a value."""
    wrong = []
    for message in _committed(language).values():
        if message.type == "vanished":
            continue
        for translation in message.translations:
            if translation and _fields(translation) != _fields(message.source):
                wrong.append(f"  {message.source!r}\n    → {translation!r}")
            markers = sorted(re.findall(r"%\d", message.source))
            if translation and sorted(re.findall(r"%\d", translation)) != markers:
                wrong.append(f"  {message.source!r} (%n markers)\n    → {translation!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_language_catalogues_leave_the_layout_direction_alone(language):
    """use_language() installs them for reports: they must not flip QGIS's whole interface."""
    assert not [key for key in _committed(language) if key[1] == i18n.LAYOUT_SOURCE]


def test_rtl_catalogue_only_says_rtl():
    messages = list(_committed(i18n.RTL_CATALOGUE).values())
    assert [(m.key, m.translations, m.type) for m in messages] == [
        ((i18n.LAYOUT_CONTEXT, i18n.LAYOUT_SOURCE, i18n.LAYOUT_COMMENT), ["RTL"], "")
    ]


# -- the compiled catalogues translate the running plugin ----------------------------------------


def test_arabic_catalogue_translates_the_provider(compiled):
    from agence_urbaine.processing.provider import AgenceUrbaineProvider

    provider = AgenceUrbaineProvider()
    assert provider.name() == "Agence urbaine"
    with installed(compiled["ar"]):
        assert provider.name() == PROVIDER_NAME_AR
    assert provider.name() == "Agence urbaine"


def _shown_texts(widget) -> list[str]:
    """Texts a user reads in a widget tree: labels, buttons, tabs, group titles, the title."""
    from qgis.PyQt.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

    texts = [widget.windowTitle()]
    texts += [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.text().replace("&", "") for w in widget.findChildren(QAbstractButton)]
    texts += [w.title() for w in widget.findChildren(QGroupBox)]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    return [text for text in texts if text]


def test_french_catalogue_translates_the_dock(compiled, qtbot):
    from agence_urbaine.ui.dock import AgenceUrbaineDock

    french = {m.source: m.translations[0] for m in _committed("fr").values() if m.finished and not m.numerus}
    with installed(compiled["fr"]):
        dock = AgenceUrbaineDock()
        qtbot.addWidget(dock)
        shown = _shown_texts(dock)
        assert dock.status() == "Prêt."
        still_english = [text for text in shown if text in french and french[text] != text]
        assert not still_english, "the dock shows untranslated texts"


def test_arabic_interface_lays_the_dock_out_right_to_left(compiled, qtbot, tmp_path):
    """QGIS 3.22 never calls setLayoutDirection: Qt derives it from the installed catalogues'
    QT_LAYOUT_DIRECTION, which QGIS's own qgis_ar.qm lacks; plugin.py installs our rtl catalogue
    next to the Arabic one, as here."""
    from agence_urbaine.ui.dock import AgenceUrbaineDock

    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    with installed(compiled["ar"]), installed(compiled[i18n.RTL_CATALOGUE]):
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        dock = AgenceUrbaineDock()
        qtbot.addWidget(dock)
        dock.resize(360, 240)
        dock.show()
        qtbot.waitExposed(dock)
        assert dock.windowTitle() == DOCK_TITLE_AR
        assert dock.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dock.widget().layoutDirection() == Qt.LayoutDirection.RightToLeft
        label = dock.status_label
        assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        alignment = QStyle.visualAlignment(label.layoutDirection(), label.alignment())
        assert alignment & Qt.AlignmentFlag.AlignRight
        # another plugin installing its own (LTR-silent) catalogue later keeps the layout RTL
        other = tmp_path / "other.ts"
        other.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">\n'
            "<context><name>Other</name><message><source>Hello</source>"
            "<translation>مرحبا</translation></message></context>\n</TS>\n",
            encoding="utf-8",
        )
        subprocess.run(["lrelease", "-silent", str(other), "-qm", str(tmp_path / "other.qm")], check=True)
        with installed(tmp_path / "other.qm"):
            assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        dock.hide()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight



def test_report_languages_never_flip_the_interface(compiled):
    """core.i18n.use_language() installs a language catalogue to write a report in it."""
    from agence_urbaine.core.i18n import tr, use_language

    folder = compiled["fr"].parent
    with use_language("ar", folder) as active:  # an Arabic note from an LTR QGIS
        assert active and tr("Agence urbaine") == PROVIDER_NAME_AR
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    with installed(compiled["ar"]), installed(compiled[i18n.RTL_CATALOGUE]):  # Arabic QGIS
        with use_language("fr", folder) as active:  # a French note
            assert active and tr("Ready.") == "Prêt."
            assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight

# -- the extractor on a small synthetic plugin ----------------------------------------------------

SAMPLE = {
    "core/__init__.py": "",
    "core/i18n.py": """
        CONTEXT = "AgenceUrbaine"
        def tr(text):
            from qgis.PyQt.QtCore import QCoreApplication
            return QCoreApplication.translate(CONTEXT, text)
    """,
    "core/rules.py": """
        from .i18n import CONTEXT, tr
        def QT_TRANSLATE_NOOP(context, text):
            return text
        _N = QT_TRANSLATE_NOOP
        LABEL = _N(CONTEXT, "Marked label")
        NAMES = {"object": "an object", "array": "an array"}
        def type_name(key):
            return tr(NAMES[key])
    """,
    "core/engine.py": """
        from .rules import tr
        def run():
            return tr("Re-exported " "tr"), tr(f"bad {run}"), tr("bad {x}".format(x=1))
    """,
    "core/guarded.py": """
        try:
            from .i18n import tr
        except ImportError:  # loaded on its own: no translation
            def tr(text):
                return text

        def reason():
            return tr("Guarded import")
    """,
    "algs.py": """
        from qgis.PyQt.QtCore import QCoreApplication
        from .core.i18n import tr
        class Base:
            HELP = ""
            def tr(self, text):
                return QCoreApplication.translate("Processing", text)
            def help(self):
                return tr(self.HELP)
        class Alg(Base):
            HELP = "Alg help"
            def name(self):
                return self.tr("Alg name")
    """,
    "ui.py": """
        from qgis.PyQt.QtWidgets import QWidget
        class Panel(QWidget):
            def title(self):
                return self.tr("Panel title")
        class SubPanel(Panel):
            pass
    """,
    "tests/test_x.py": "from core.i18n import tr\nprint(tr('Test only'))\n",
}


def _sample_plugin(root: Path) -> Path:
    import textwrap

    for name, text in SAMPLE.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def test_extractor_resolves_contexts_like_the_runtime(tmp_path):
    messages, problems = i18n.extract(_sample_plugin(tmp_path / "plugin"))
    found = {(context, source) for context, source, _ in messages}
    assert found == {
        ("AgenceUrbaine", "Marked label"),
        ("AgenceUrbaine", "an object"),
        ("AgenceUrbaine", "an array"),
        ("AgenceUrbaine", "Re-exported tr"),
        ("AgenceUrbaine", "Guarded import"),  # tr imported in a try block (core/privacy.py)
        ("AgenceUrbaine", "Alg help"),
        ("Processing", "Alg name"),  # Base.tr passes "Processing"; pylupdate5 would say "Alg"
        ("Panel", "Panel title"),  # QObject.tr: the instance's class is the context…
        ("SubPanel", "Panel title"),  # …so subclasses need their own copy
    }
    assert sorted((p.path, p.line) for p in problems) == [("core/engine.py", 4), ("core/engine.py", 4)]


def test_merge_keeps_translations_and_marks_vanished_ones(tmp_path):
    root = _sample_plugin(tmp_path / "plugin")
    ts_dir = tmp_path / "i18n"
    results, _ = i18n.update(root, ts_dir, ("fr",))
    by_source = {m.source: m for m in results["fr"]}
    assert by_source["Alg name"].type == "unfinished"
    text = i18n.ts_path(ts_dir, "fr").read_text(encoding="utf-8")
    text = text.replace(
        "<source>Alg name</source>\n        <translation type=\"unfinished\"></translation>",
        "<source>Alg name</source>\n        <translation>Nom de l'algorithme</translation>",
    )
    i18n.ts_path(ts_dir, "fr").write_text(text, encoding="utf-8")
    algs = root / "algs.py"
    algs.write_text(algs.read_text(encoding="utf-8").replace("Alg name", "Alg names"), encoding="utf-8")
    results, _ = i18n.update(root, ts_dir, ("fr",))
    by_source = {m.source: m for m in results["fr"]}
    assert by_source["Alg name"].type == "vanished"  # kept for its translation, skipped by lrelease
    assert by_source["Alg names"].translations == ["Nom de l'algorithme"]  # a look-alike, to review
    assert by_source["Alg names"].type == "unfinished"
    again = i18n.ts_path(ts_dir, "fr").read_text(encoding="utf-8")
    i18n.update(root, ts_dir, ("fr",))
    assert i18n.ts_path(ts_dir, "fr").read_text(encoding="utf-8") == again  # stable output


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_dock_is_usable_at_350_pixels_in_every_language(compiled, qtbot, language):
    """At 1366 × 768 a 535 px dock left the layers panel 150 px (issue #14)."""
    from layout_checks import clipped_texts
    from qgis.PyQt.QtWidgets import QTabWidget

    from agence_urbaine.ui.dock import AgenceUrbaineDock

    catalogues = [compiled[language]] + ([compiled[i18n.RTL_CATALOGUE]] if language == "ar" else [])
    with ExitStack() as stack:
        for catalogue in catalogues:
            stack.enter_context(installed(catalogue))
        dock = AgenceUrbaineDock()
        qtbot.addWidget(dock)
        dock.show()
        tabs = dock.findChild(QTabWidget, "dockTabs")
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            assert dock.minimumSizeHint().width() <= 350, tabs.tabText(index)
            assert dock.widget().minimumSizeHint().width() <= 350, tabs.tabText(index)
            dock.resize(350, 700)
            QApplication.processEvents()
            assert clipped_texts(dock, tables=False) == [], tabs.tabText(index)
        dock.hide()


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("mode", ["append", "replace"])
def test_the_publish_dialog_cuts_no_text_in_any_language(compiled, qtbot, qgis_new_project, language, mode):
    """The mode explanation lost its second line in French (a wrapped label inside a form row gets
    the height of one line); every label, button and group title must be readable at the
    dialog's narrowest and at its usual size."""
    from layout_checks import clipped_texts
    from qgis.core import QgsProject, QgsVectorLayer

    from agence_urbaine.core.sync.client import CollectionInfo
    from agence_urbaine.ui.publish import PublishDialog
    from agence_urbaine.ui.tasks import Preflight

    layer = QgsVectorLayer("Polygon?crs=EPSG:26191&field=ref:string&field=nombre_de_niveaux:integer",
                           "parcelles à publier", "memory")
    QgsProject.instance().addMapLayer(layer)
    catalogues = [compiled[language]] + ([compiled[i18n.RTL_CATALOGUE]] if language == "ar" else [])
    with ExitStack() as stack:
        for catalogue in catalogues:
            stack.enter_context(installed(catalogue))
        dialog = PublishDialog(lambda: None, [CollectionInfo("buildings", "Constructions observées", 120, (),
                                                             "EPSG:26191")], notify=None)
        qtbot.addWidget(dialog)
        dialog.layer_combo.setLayer(layer)
        (dialog.replace_radio if mode == "replace" else dialog.append_radio).setChecked(True)
        # as after "Check": every box shown and filled (the dialog then lacked the height it needs)
        dialog._fill_personal({"contact": "values look like phone numbers"})
        dialog._fill(dialog.invalid_box, dialog.invalid_list, "Invalid geometries: not sent", [])
        dialog._fill(dialog.schema_box, dialog.schema_list, "Differences with the server's fields",
                     ["Not on the server, left out: ref", "On the server, not in the layer: levels"])
        dialog._fill_mapping(Preflight("buildings", "EPSG:26191", server_fields=["parcel_ref", "levels"],
                                       mapping={"ref": "parcel_ref"}))
        dialog.summary.setText("3 feature(s) ready to publish in EPSG:26191; 0 with an invalid geometry "
                               "will not be sent.")
        for width in (dialog.minimumSizeHint().width(), 520):
            dialog.resize(width, 640)
            dialog.show()
            qtbot.waitExposed(dialog)
            QApplication.processEvents()
            assert clipped_texts(dialog) == [], width
        dialog.close()


def test_questions_have_buttons_in_the_plugins_words(compiled, qtbot):
    """Qt's standard Yes / No read "Yes" / "No" in a French QGIS whose Qt catalogues are missing:
    the plugin's questions name their buttons themselves, translated with the rest."""
    from qgis.PyQt.QtWidgets import QMessageBox

    from agence_urbaine.core.i18n import tr as i18n_tr
    from agence_urbaine.processing import many_files
    from agence_urbaine.ui.widgets import question_box

    with installed(compiled["fr"]):
        boxes = [many_files.question_box(47, "46 pages"),
                 question_box(None, QMessageBox.Icon.Question, "t", "?", i18n_tr("Save and synchronise"))]
        texts = [[button.text().replace("&", "") for button in box.buttons()] for box in boxes]
    assert all(box.standardButtons() == QMessageBox.StandardButton.NoButton for box in boxes)
    assert sorted(texts[0]) == ["Annuler", "Écrire les 47 fichiers"]
    assert sorted(texts[1]) == ["Annuler", "Enregistrer et synchroniser"]
    assert boxes[0].defaultButton().text() == "Annuler"  # writing many files is never the default


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_connection_dialog_grows_to_show_a_test_result(compiled, qtbot, language):
    """A two-line test result cut the authentication help at top and bottom: the window kept the
    height it opened with."""
    from layout_checks import clipped_texts

    from agence_urbaine.core.i18n import tr as i18n_tr
    from agence_urbaine.ui.connections import ConnectionDialog

    catalogues = [compiled[language]] + ([compiled[i18n.RTL_CATALOGUE]] if language == "ar" else [])
    with ExitStack() as stack:
        for catalogue in catalogues:
            stack.enter_context(installed(catalogue))
        dialog = ConnectionDialog(existing=[])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.name_edit.setText("Agence")
        dialog.url_edit.setText("http://")  # an incomplete address: the problem line shows
        dialog._show_result(False, i18n_tr("Unreachable: the server does not answer. Check the address, "
                                           "the network and that the server is running.") * 2)
        QApplication.processEvents()
        assert clipped_texts(dialog) == []
        dialog.close()
