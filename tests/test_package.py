"""The plugin ZIP holds one agence_urbaine/ folder with what a user needs and nothing else, and
it installs into a fresh QGIS profile and starts there (in Arabic, right-to-left)."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

REPO = Path(__file__).resolve().parent.parent
TOP = "agence_urbaine/"
REQUIRED = (
    "__init__.py",
    "plugin.py",
    "metadata.txt",
    "core/__init__.py",
    "core/i18n.py",
    "processing/__init__.py",
    "processing/provider.py",
    "ui/__init__.py",
    "ui/dock.py",
    "resources/__init__.py",
    "i18n/agence_urbaine_fr.qm",
    "i18n/agence_urbaine_ar.qm",
    "i18n/agence_urbaine_en.qm",
    "i18n/agence_urbaine_rtl.qm",
    "i18n/agence_urbaine_qgis_ar.qm",
)
FORBIDDEN_FOLDERS = ("tests/", "benchmarks/", "server/", ".ci/", "mk/", "scripts/", "docs/", ".build/",
                     ".venv/", ".git/", "dist/", "__pycache__/", ".ruff_cache/", ".pytest_cache/")
FORBIDDEN_FILES = ("Makefile", "pyproject.toml", "requirements.txt", "requirements-dev.txt", ".gitignore",
                   "CHANGELOG.md")
FORBIDDEN_SUFFIXES = (".ts", ".pyc", ".pyo", ".orig", ".rej", "~", ".gpkg-wal", ".gpkg-shm", ".partial")


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


package = _script("package")


def _metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return package.build(REPO, tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def names(archive) -> list[str]:
    with zipfile.ZipFile(archive) as handle:
        assert handle.testzip() is None
        return handle.namelist()


def test_archive_is_named_after_the_metadata_version(archive):
    assert archive.name == f"agence_urbaine-{_metadata()['version']}.zip"


def test_the_regulation_format_the_help_points_to_is_shipped(names):
    # checkconformity's help says "see docs/regulation.md": the file is in the plugin folder
    assert TOP + "docs/regulation.md" in names
    assert not [n for n in names if n.startswith(TOP + "docs/") and n != TOP + "docs/regulation.md"
                and not n.endswith("/")]


def test_one_top_folder(names):
    assert all(name.startswith(TOP) for name in names), [n for n in names if not n.startswith(TOP)]


def test_required_files_are_present(names):
    missing = [path for path in REQUIRED if TOP + path not in names]
    assert not missing
    icon = _metadata()["icon"]
    assert TOP + icon in names, f"metadata.txt's icon {icon} is not shipped"


def test_every_plugin_module_ships(names):
    """Each Python file of the shipped packages is in the ZIP (nothing silently left behind)."""
    for folder in package.PACKAGES:
        for path in (REPO / folder).rglob("*.py"):
            if "__pycache__" in path.parts:
                continue
            assert TOP + path.relative_to(REPO).as_posix() in names


def test_nothing_for_developers_ships(names):
    shipped_docs = set(package.SHIPPED_DOCS) | {"docs/"}  # the one document the help points to
    inner = [name[len(TOP):] for name in names if name[len(TOP):] not in shipped_docs]
    bad = [
        name for name in inner
        if any(f"/{folder}" in f"/{name}" for folder in FORBIDDEN_FOLDERS)
        or name in FORBIDDEN_FILES
        or name.endswith(FORBIDDEN_SUFFIXES)
        or any(part.startswith(".") for part in name.split("/") if part)
    ]
    assert not bad


def test_compiled_catalogues_translate(archive, tmp_path):
    with zipfile.ZipFile(archive) as handle:
        handle.extractall(tmp_path)
    folder = tmp_path / TOP / "i18n"
    arabic, rtl = QTranslator(), QTranslator()
    assert arabic.load(str(folder / "agence_urbaine_ar.qm"))
    assert rtl.load(str(folder / "agence_urbaine_rtl.qm"))
    assert arabic.translate("AgenceUrbaine", "Agence urbaine") == "الوكالة الحضرية"
    layout = ("QGuiApplication", "QT_LAYOUT_DIRECTION", _script("i18n_extract").LAYOUT_COMMENT)
    assert rtl.translate(*layout) == "RTL"
    assert arabic.translate(*layout) == ""  # report languages leave the interface direction alone
    assert QCoreApplication.translate("AgenceUrbaine", "Agence urbaine") == "Agence urbaine"  # not installed


def _copy_repo(target: Path) -> Path:
    ignore = shutil.ignore_patterns(".git", ".venv", ".build", "dist", "__pycache__", ".ruff_cache",
                                    ".pytest_cache")
    shutil.copytree(REPO, target, ignore=ignore, symlinks=True)
    return target


def test_untracked_junk_never_ships(tmp_path):
    root = _copy_repo(tmp_path / "repo")
    junk = [
        "core/notes.txt", "core/scratch.py~", "core/__pycache__/rules.cpython-311.pyc", "ui/.dock.py.swp",
        "sample_data/demo.gpkg-wal", "resources/.DS_Store", "i18n/agence_urbaine_de.ts", "TODO.md",
        "tmp/out.zip", "core/rules.py.orig",
    ]
    for name in junk:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("junk", encoding="utf-8")
    built = package.build(root, tmp_path / "dist")
    with zipfile.ZipFile(built) as handle:
        shipped = {name[len(TOP):] for name in handle.namelist()}
    assert not shipped & set(junk)
    assert "i18n/agence_urbaine_de.qm" not in shipped


def test_unknown_top_level_code_stops_the_build(tmp_path):
    root = _copy_repo(tmp_path / "repo")
    (root / "gui").mkdir()
    (root / "gui" / "__init__.py").write_text("", encoding="utf-8")
    with pytest.raises(package.PackagingError, match="gui"):
        package.build(root, tmp_path / "dist")


def test_changelog_has_an_entry_for_this_version():
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{_metadata()['version']}]" in text


# -- installed from the ZIP into a fresh profile of the real QGIS desktop -----------------------

RTL_CHECKS = """
import sys
result["plugin_file"] = sys.modules["agence_urbaine"].__file__
result["app_rtl"] = QgsApplication.layoutDirection() == 1
result["provider_name"] = QgsApplication.processingRegistry().providerById("agenceurbaine").name()
import os
import processing
sample = os.path.join(os.path.dirname(result["plugin_file"]), "sample_data")
gpkg = os.path.join(sample, "hay_al_amal.gpkg")
run = processing.run("agenceurbaine:checkconformity", {
    "REGULATION": os.path.join(sample, "regulation.json"),
    "PARCELS": gpkg + "|layername=parcels", "APPLICATIONS": gpkg + "|layername=applications",
    "ZONING": gpkg + "|layername=zoning", "ROADS": gpkg + "|layername=roads",
    "OUTPUT": "TEMPORARY_OUTPUT", "FINDINGS": "TEMPORARY_OUTPUT"})
result["checked_applications"] = run["APPLICATION_COUNT"]
findings = run["FINDINGS"]  # a GeoPackage path: the outputs are files, temporary ones too
if isinstance(findings, str):
    from qgis.core import QgsVectorLayer
    findings = QgsVectorLayer(findings, "findings", "ogr")
result["findings_rows"] = findings.featureCount()
from qgis.PyQt.QtWidgets import QLabel
dialog = processing.createAlgorithmDialog("agenceurbaine:checkconformity")
result["optional_labels"] = [label.text() for label in dialog.findChildren(QLabel) if "[" in label.text()]
dialog.close()
result["unloaded"] = qgis.utils.unloadPlugin("agence_urbaine")
result["app_rtl_after_unload"] = QgsApplication.layoutDirection() == 1
"""


@pytest.fixture(scope="module")
def arabic_desktop(archive, tmp_path_factory):
    """Install the ZIP into a fresh profile (what "Install from ZIP" does), start QGIS in Arabic."""
    desktop = pytest.importorskip("desktop")
    reason = desktop.desktop_available()
    if reason is not None:
        pytest.skip(reason)
    tmp_path = tmp_path_factory.mktemp("qgis_ar")
    plugins = tmp_path / "profiles" / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as handle:
        handle.extractall(plugins)
    empty = tmp_path / "no_other_plugins"
    empty.mkdir()
    results, screenshot = desktop.run_qgis_desktop(tmp_path, empty, extra_checks=RTL_CHECKS, locale="ar")
    results["plugins_folder"] = str(plugins)
    results["screenshot"] = screenshot
    return results


def test_zip_installs_into_a_fresh_profile_and_runs_in_arabic(arabic_desktop):
    results = arabic_desktop
    assert "error" not in results, results.get("error")
    errors = results.get("python_errors") or []
    assert errors == [], "\n".join(str(e.get("traceback", e)) for e in errors)
    assert results["loaded"], f"plugin not active: {results['active_plugins']}\n{results['stderr'][-3000:]}"
    assert Path(results["plugin_file"]).resolve().is_relative_to(Path(results["plugins_folder"]).resolve())
    assert results["locale"].startswith("ar")
    assert results["dock_title"] == "الوكالة الحضرية الرقمية"
    assert results["provider_name"] == "الوكالة الحضرية"
    # one of its algorithms runs on the sample data shipped in the ZIP
    assert results["checked_applications"] == 45
    assert results["findings_rows"] > results["checked_applications"]
    assert results["unloaded"]
    assert results["screenshot"].exists()


def test_optional_parameters_keep_their_names_in_arabic(arabic_desktop):
    """QGIS's Arabic catalogue turns "%1 [optional]" into "1% [اختياري]": thirteen fields of the
    conformity dialog read "1% [اختياري]" with no name; the plugin installs a correction."""
    labels = arabic_desktop["optional_labels"]
    assert len(labels) >= 10, labels
    assert all(label.endswith("[اختياري]") and not label.startswith("1%") for label in labels), labels
    assert "معرّف الطلب [اختياري]" in labels


def test_arabic_qgis_lays_the_plugin_out_right_to_left(arabic_desktop):
    """Needs plugin.py to install i18n/agence_urbaine_rtl.qm for right-to-left locales: QGIS 3.22
    does not set the direction itself, and without Qt's own qtbase_ar.qm nothing says RTL."""
    results = arabic_desktop
    assert results["app_rtl"] and results["dock_layout_rtl"]
    assert not results["app_rtl_after_unload"]


# -- publishable: the official repository's upload rules, bandit, detect-secrets ----------------------
def test_archive_passes_the_official_upload_rules(archive):
    assert package.upload_problems(archive) == []


def test_licence_and_supported_versions_are_declared(names):
    assert TOP + "LICENSE" in names
    assert "GNU GENERAL PUBLIC LICENSE" in (REPO / "LICENSE").read_text()
    assert "or (at your option) any later version" in (REPO / "LICENSE").read_text()
    metadata = _metadata()
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["qgisMaximumVersion"] == "4.99"


def _zip(path: Path, entries: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as handle:
        for name, text in entries.items():
            handle.writestr(name, text)
    return path


@pytest.mark.parametrize("change, problem", [
    (lambda e: e.update({"other/readme.txt": ""}), "not one top folder"),
    (lambda e: e.update({"pkg/core/__pycache__/x.cpython-311.pyc": ""}), "compiled Python"),
    (lambda e: e.pop("pkg/LICENSE"), "no LICENSE"),
    (lambda e: e.update({"pkg/metadata.txt": e["pkg/metadata.txt"].replace("tracker=", "bugs=")}),
     "lacks tracker"),
    (lambda e: e.update({"pkg/metadata.txt": e["pkg/metadata.txt"] + "changelog=100% faster\n"}),
     "metadata.txt:"),
    (lambda e: e.update({"pkg/metadata.txt": e["pkg/metadata.txt"].replace("icon=i.svg", "icon=none.svg")}),
     "icon none.svg"),
])
def test_upload_rules_catch_what_the_repository_refuses(tmp_path, change, problem):
    metadata = "".join(f"{key}={'https://x.example/' if key in ('repository', 'tracker') else 'v'}\n"
                       for key in package.METADATA_REQUIRED)
    entries = {"pkg/__init__.py": "", "pkg/LICENSE": "GPL", "pkg/i.svg": "<svg/>",
               "pkg/metadata.txt": "[general]\n" + metadata + "icon=i.svg\n"}
    assert package.upload_problems(_zip(tmp_path / "good.zip", entries)) == []
    change(entries)
    problems = package.upload_problems(_zip(tmp_path / "bad.zip", entries))
    assert any(problem in p for p in problems), problems


def test_shipped_code_has_no_medium_or_high_bandit_finding_and_no_secret(archive):
    assert package.security_problems(archive) == []


def test_security_check_reports_sql_from_strings_and_secrets(tmp_path):
    """The check can fail: SQL built from a raw name (bandit B608) and a key are both reported."""
    archive = _zip(tmp_path / "bad.zip", {
        "pkg/__init__.py": "",
        "pkg/db.py": "def count(db, table):\n    return db.execute(f\"SELECT count(*) FROM {table}\")\n",
        "pkg/keys.py": 'AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"\n',
    })
    problems = package.security_problems(archive)
    assert any("db.py:2: B608" in p for p in problems), problems
    assert any("keys.py:1: secret?" in p for p in problems), problems
