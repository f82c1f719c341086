#!/usr/bin/env python3
"""Extract the plugin's translatable strings and merge them into Qt TS 2.1 files.

Why not ``pylupdate5`` (PyQt 5.15.9, tried on this code base):

* it files every call of our free function ``tr("…")`` (``core/i18n.py``) under the ``@default``
  context, while at run time that function asks ``QCoreApplication.translate("AgenceUrbaine", …)``:
  Qt looks the string up in ``AgenceUrbaine``, finds nothing and every such message would stay
  English whatever the translator wrote;
* it files ``self.tr("…")`` under the enclosing class name even when the class defines its own
  ``tr`` wrapper (the QGIS Processing idiom ``QCoreApplication.translate("Processing", s)``), and
  it ignores subclasses although PyQt's ``QObject.tr`` uses the *instance's* class as context;
* it skips ``QT_TRANSLATE_NOOP(CONTEXT, "…")`` when the context is a constant rather than a
  literal (``core/rules.py`` declares every rule message that way), and it cannot see strings
  kept in a dict or a class attribute and translated later (see below).

So this script reads the sources with :mod:`ast` and resolves the context the way the call
resolves it at run time:

* ``tr("…")`` — the free function imported from an ``i18n`` module (or a module-level ``def tr``)
  → the context its body passes to ``translate`` (``AgenceUrbaine``);
* ``self.tr("…")`` / ``cls.tr("…")`` — the ``tr`` method defined on the class or one of its
  project base classes → that method's context; with no such method it is ``QObject.tr``
  → the class name, and the name of every project subclass too;
* ``QCoreApplication.translate(ctx, "…"[, disambiguation[, n]])`` (also ``QApplication``,
  ``QGuiApplication``, ``QgsApplication``), with ``ctx`` a literal or a module constant;
* ``QT_TRANSLATE_NOOP(ctx, "…")`` and ``QT_TR_NOOP("…")`` (→ ``AgenceUrbaine``), and aliases of
  them (``_N = QT_TRANSLATE_NOOP``), for strings translated later by ``tr(variable)``;
* ``tr(TABLE[key])`` with ``TABLE`` a module-level dict of literal strings → all its values;
* ``tr(self.ATTR)`` → every literal assigned to ``ATTR`` in the class body and in its project
  subclasses (the "subclasses set ``DISPLAY_NAME`` / ``HELP``" idiom of the Processing base).

Only literal strings (implicit concatenation and ``"a" + "b"`` included) are extracted. A string
formatted *before* translation (f-string, ``"…".format()``, ``"…" % x``) can never match a
translation: those calls are reported as problems.

The merge keeps existing translations, drops untranslated messages whose source vanished, keeps
translated ones as ``type="vanished"`` (Qt 5's obsolete marker, which lrelease skips), pre-fills a
new message from a vanished look-alike or from the same text in another context (left
``unfinished`` for review), writes the source text as the translation of the source language
(English).

Right-to-left: QGIS 3.22 never calls ``setLayoutDirection``; Qt derives the application's direction
from the ``QT_LAYOUT_DIRECTION`` message (context ``QGuiApplication``) of the installed translators,
whenever one is installed or removed. Qt's own ``qtbase_ar.qm`` says ``RTL``, but QGIS's
``qgis_ar.qm`` does not and Debian installs Qt's catalogues only with ``qttranslations5-l10n``.
``update`` therefore also writes ``agence_urbaine_rtl.ts``, a catalogue holding only that message,
for ``plugin.py`` to install when QGIS's locale is right-to-left. The language catalogues must not
carry it: ``core.i18n.use_language`` installs them to write a report in another language, and an
Arabic report written from a French QGIS (or the reverse) would flip the whole interface.

Usage::

    i18n_extract.py update [--root DIR] [--ts-dir DIR] [LANG ...]   refresh the .ts, print status
    i18n_extract.py status [--ts-dir DIR] [LANG ...]                 print unfinished messages
    i18n_extract.py check  [--root DIR] [--ts-dir DIR] [LANG ...]    exit 1 if anything is missing
"""

from __future__ import annotations

import argparse
import ast
import difflib
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "i18n"
TS_PREFIX = "agence_urbaine_"
LANGUAGES = ("fr", "ar", "en")
SOURCE_LANGUAGE = "en"
PLUGIN_PACKAGE = "agence_urbaine"
DEFAULT_CONTEXT = "AgenceUrbaine"
# Folders of the repository that are not the plugin (or not Python the user runs).
EXCLUDED_DIRS = {"tests", "benchmarks", "server", "scripts", "docs", "dist", "mk", "i18n", "sample_data"}
APP_CLASSES = {"QCoreApplication", "QApplication", "QGuiApplication", "QgsApplication"}
NOOP_MARKERS = ("QT_TRANSLATE_NOOP", "QT_TR_NOOP")
# Plural forms lrelease expects for each language (Qt's numerus rules).
NUMERUS_FORMS = {"ar": 6, "fr": 2, "en": 2}
SIMILARITY = 0.8

# Qt reads this message (context QGuiApplication, with this disambiguation) from the installed
# translators whenever one is installed or removed, and lays the whole application out
# right-to-left when it says "RTL". It lives in its own catalogue (see the module docstring).
RTL_CATALOGUE = "rtl"
LAYOUT_CONTEXT = "QGuiApplication"
LAYOUT_SOURCE = "QT_LAYOUT_DIRECTION"
LAYOUT_COMMENT = (
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout."
)

# Corrections to QGIS's own catalogue of a language, installed by plugin.py after QGIS's (so they
# win) when QGIS runs in that language, in ``agence_urbaine_qgis_<lang>.ts``: QGIS's Arabic
# (3.22 to 3.44) translates the Processing dialogs' "%1 [optional]" as "1% [اختياري]", so every
# optional parameter of an algorithm lost its name in Arabic (QString::arg finds no %1).
QGIS_CORRECTIONS: dict[str, list[tuple[str, str, str]]] = {
    "ar": [("QObject", "%1 [optional]", "%1 [اختياري]")],
}


Key = tuple[str, str, str]  # (context, source, disambiguation)


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    translations: list[str] = field(default_factory=lambda: [""])
    type: str = "unfinished"  # "" (finished), "unfinished" or "vanished"
    translatorcomment: str = ""
    extracomment: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.type == "" and all(t.strip() for t in self.translations)


@dataclass
class Problem:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


# --------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------


def python_sources(root: Path) -> list[Path]:
    """The plugin's Python files: everything but the excluded top-level folders and dot folders."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        top = here == root
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith((".", "__pycache__"))
            and not (top and d in EXCLUDED_DIRS)
            and not (here / d).is_symlink()
        )
        found.extend(here / f for f in sorted(filenames) if f.endswith(".py"))
    return found


def _string(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    """The value of a literal string expression (constants and ``+`` folded), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _string(node.left, constants), _string(node.right, constants)
        if left is not None and right is not None:
            return left + right
    return None


def _preformatted(node: ast.AST) -> str | None:
    """Why a non-literal argument can never be translated, if it is one of the classic mistakes."""
    if isinstance(node, ast.JoinedStr):
        return "f-string passed to a translation call: translate the template, then .format() it"
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, ast.Constant)
    ):
        return "string formatted before translation: write tr(\"…{x}…\").format(x=…)"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant):
        return "string %-formatted before translation: write tr(\"…%s…\") % value"
    return None


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _is_app_translate(func: ast.AST) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "translate" and (
        _dotted(func.value).split(".")[-1] in APP_CLASSES
    )


@dataclass
class ClassInfo:
    name: str
    bases: list[str]
    tr_method: ast.FunctionDef | None
    node: ast.ClassDef
    module: ModuleInfo


@dataclass
class ModuleInfo:
    path: Path
    tree: ast.Module
    constants: dict[str, str] = field(default_factory=dict)
    # names calling a tr() function: its definition and module, or None for the i18n module's tr
    tr_names: dict[str, tuple[ast.FunctionDef, ModuleInfo] | None] = field(default_factory=dict)
    # from-imports of project modules: (source file, imported name, local name)
    imports: list[tuple[Path, str, str]] = field(default_factory=list)
    i18n_modules: set[str] = field(default_factory=set)  # names bound to an imported i18n module
    # module-level dicts whose values are all literal strings: name → [(value, line)]
    plain_dicts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    # names of the no-op markers (and their aliases, ``_N = QT_TRANSLATE_NOOP``) → marker
    markers: dict[str, str] = field(default_factory=lambda: {m: m for m in NOOP_MARKERS})


class Project:
    """All scanned modules and classes, so contexts resolve across files."""

    def __init__(self, root: Path):
        self.root = root
        self.modules: list[ModuleInfo] = []
        self.classes: dict[str, list[ClassInfo]] = {}
        self.problems: list[Problem] = []
        self.i18n_constants: dict[str, str] = {"CONTEXT": DEFAULT_CONTEXT}
        for path in python_sources(root):
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            except SyntaxError as error:
                self.problems.append(Problem(self.rel(path), error.lineno or 0, f"syntax error: {error.msg}"))
                continue
            self.modules.append(self._index(path, tree))
        self._follow_imports()
        self.i18n_context = DEFAULT_CONTEXT  # the context of the i18n module's free tr()
        for module in self.modules:
            if module.path.stem == "i18n":
                self.i18n_constants.update(module.constants)
        for module in self.modules:
            wrapper = module.tr_names.get("tr")
            if module.path.stem == "i18n" and wrapper is not None:
                self.i18n_context = self.wrapper_context(*wrapper) or DEFAULT_CONTEXT

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    @staticmethod
    def _module_statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
        """The module's statements, those of ``try:`` / ``else:`` blocks included (an import of
        ``tr`` guarded by ``try``, as core/privacy.py does); ``except`` fallbacks are left out."""
        for node in body:
            if isinstance(node, ast.Try):
                yield from Project._module_statements(node.body + node.orelse + node.finalbody)
            else:
                yield node

    def _index(self, path: Path, tree: ast.Module) -> ModuleInfo:
        module = ModuleInfo(path, tree)
        for node in self._module_statements(tree.body):
            single = isinstance(node, ast.Assign) and len(node.targets) == 1
            if single and isinstance(node.targets[0], ast.Name):
                target = node.targets[0].id
                value = _string(node.value, module.constants)
                if value is not None:
                    module.constants[target] = value
                elif isinstance(node.value, ast.Dict) and node.value.values and all(
                    isinstance(v, ast.Constant) and isinstance(v.value, str) for v in node.value.values
                ):
                    module.plain_dicts[target] = [(v.value, v.lineno) for v in node.value.values]
                elif isinstance(node.value, ast.Name) and node.value.id in module.markers:
                    module.markers[target] = module.markers[node.value.id]
                elif isinstance(node.value, ast.Name) and node.value.id in module.tr_names:
                    module.tr_names[target] = module.tr_names[node.value.id]
            elif isinstance(node, ast.FunctionDef) and node.name == "tr":
                module.tr_names["tr"] = (node, module)
            elif isinstance(node, ast.ImportFrom):
                from_i18n = (node.module or "").split(".")[-1] == "i18n"
                source = self._resolve(path, node)
                for alias in node.names:
                    if source is not None:
                        module.imports.append((source, alias.name, alias.asname or alias.name))
                    if from_i18n and alias.name == "tr":
                        module.tr_names[alias.asname or "tr"] = None
                    elif from_i18n and alias.name.isupper():
                        module.constants.setdefault(alias.asname or alias.name, f"\0{alias.name}")
                    elif alias.name == "i18n":
                        module.i18n_modules.add(alias.asname or "i18n")
                    elif alias.name in module.markers:
                        module.markers[alias.asname or alias.name] = module.markers[alias.name]
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[-1] == "i18n" and alias.asname:
                        module.i18n_modules.add(alias.asname)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                tr_method = next(
                    (n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "tr"), None
                )
                bases = [_dotted(b).split(".")[-1] for b in node.bases]
                info = ClassInfo(node.name, bases, tr_method, node, module)
                self.classes.setdefault(node.name, []).append(info)
        return module

    def _resolve(self, path: Path, node: ast.ImportFrom) -> Path | None:
        """The project file a from-import reads (relative, or absolute ``agence_urbaine.…``)."""
        parts = (node.module or "").split(".") if node.module else []
        if node.level:
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
        elif parts and parts[0] == PLUGIN_PACKAGE:
            base, parts = self.root, parts[1:]
        else:
            return None
        target = base.joinpath(*parts)
        for candidate in ((target.with_suffix(".py"),) if parts else ()) + (target / "__init__.py",):
            if candidate.is_file():
                return candidate.resolve()
        return None

    def _follow_imports(self) -> None:
        """Names re-exported between project modules (``from .rules import tr, _N``) keep their role."""
        by_path = {module.path.resolve(): module for module in self.modules}
        for _ in range(10):  # a fixpoint: chains of re-exports are short
            changed = False
            for module in self.modules:
                for source_path, name, local in module.imports:
                    source = by_path.get(source_path)
                    if source is None or source is module:
                        continue
                    for table in ("tr_names", "markers", "plain_dicts"):
                        theirs, ours = getattr(source, table), getattr(module, table)
                        if name in theirs and local not in ours:
                            ours[local] = theirs[name]
                            changed = True
                    value = self.constants(source).get(name)
                    if value is not None and module.constants.get(local) != value:
                        module.constants[local] = value
                        changed = True
            if not changed:
                return

    def constants(self, module: ModuleInfo) -> dict[str, str]:
        """Module constants, with names imported from the i18n module resolved."""
        resolved = {}
        for name, value in module.constants.items():
            if value.startswith("\0"):
                value = self.i18n_constants.get(value[1:], "")
            resolved[name] = value
        return resolved

    def wrapper_context(self, function: ast.FunctionDef, module: ModuleInfo) -> str | None:
        """The context a ``tr`` wrapper passes on: a translate() literal or our free tr()."""
        constants = self.constants(module)
        for node in ast.walk(function):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            if _is_app_translate(node.func):
                return _string(node.args[0], constants)
            if isinstance(node.func, ast.Name) and node.func.id in module.tr_names:
                return self.i18n_context
        return None

    def _class(self, name: str) -> ClassInfo | None:
        candidates = self.classes.get(name)
        return candidates[0] if candidates else None

    def _tr_owner(self, name: str, seen: set[str] | None = None) -> ClassInfo | None:
        """The project class (``name`` or an ancestor) that defines a ``tr`` method."""
        seen = seen if seen is not None else set()
        info = self._class(name)
        if info is None or name in seen:
            return None
        seen.add(name)
        if info.tr_method is not None:
            return info
        for base in info.bases:
            owner = self._tr_owner(base, seen)
            if owner is not None:
                return owner
        return None

    def subclasses(self, name: str, include_tr_owners: bool = False) -> list[str]:
        """Project classes deriving from ``name`` (transitively); by default only those that do
        not define their own ``tr`` (they share ``QObject.tr``'s per-class context)."""
        found: list[str] = []
        frontier = [name]
        while frontier:
            parent = frontier.pop()
            for infos in self.classes.values():
                for info in infos:
                    if parent in info.bases and info.name not in found and (
                        include_tr_owners or info.tr_method is None
                    ):
                        found.append(info.name)
                        frontier.append(info.name)
        return sorted(found)

    def class_attribute_strings(self, class_name: str, attribute: str) -> list[tuple[str, str, int]]:
        """Literal strings assigned to ``attribute`` in the bodies of a class and its subclasses."""
        found = []
        names = [class_name, *self.subclasses(class_name, include_tr_owners=True)]
        for name in names:
            for info in self.classes.get(name, []):
                constants = self.constants(info.module)
                for statement in info.node.body:
                    if (
                        isinstance(statement, ast.Assign)
                        and any(isinstance(t, ast.Name) and t.id == attribute for t in statement.targets)
                    ):
                        value = _string(statement.value, constants)
                        if value:
                            found.append((value, self.rel(info.module.path), statement.lineno))
        return found

    def method_contexts(self, class_name: str, module: ModuleInfo, line: int) -> list[str]:
        owner = self._tr_owner(class_name)
        if owner is not None:
            context = self.wrapper_context(owner.tr_method, owner.module)
            if context:
                return [context]
            self.problems.append(
                Problem(self.rel(module.path), line, f"cannot tell the context of {owner.name}.tr(); "
                        f"using {class_name!r}")
            )
        return [class_name, *self.subclasses(class_name)]


class _CallVisitor(ast.NodeVisitor):
    def __init__(self, project: Project, module: ModuleInfo, sink: dict):
        self.project = project
        self.module = module
        self.constants = project.constants(module)
        self.sink = sink
        self.classes: list[str] = []
        self.functions: list[ast.FunctionDef] = []
        self.rel = project.rel(module.path)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self.visit_FunctionDef(node)  # type: ignore[arg-type]

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        found = self._translation(node)
        if found is None:
            return
        contexts, args = found
        if not args:
            return
        comment = _string(args[1], self.constants) if len(args) > 1 else None
        keywords = {k.arg: k.value for k in node.keywords}
        comment = comment or _string(keywords.get("disambiguation"), self.constants) or ""
        numerus = len(args) > 2 or "n" in keywords
        source = _string(args[0], self.constants)
        if source is not None:
            found = [(source, self.rel, node.lineno)]
        else:
            found = self._non_literal(args[0], node.lineno)
        for text, path, line in found:
            for context in contexts:
                self._add(Message(context, text, comment, numerus), path, line)

    def _translation(self, node: ast.Call) -> tuple[list[str], list[ast.AST]] | None:
        """(contexts, [source, disambiguation, n]) if ``node`` is a translation call."""
        func, args = node.func, list(node.args)
        if isinstance(func, ast.Name):
            if func.id in self.module.tr_names:
                wrapper = self.module.tr_names[func.id]
                context = self.project.i18n_context
                if wrapper is not None and wrapper[0] not in self.functions:
                    context = self.project.wrapper_context(*wrapper) or DEFAULT_CONTEXT
                elif wrapper is not None:
                    return None  # the wrapper's own body
                return [context], args
            marker = self.module.markers.get(func.id)
            if marker == "QT_TR_NOOP":
                return [self.project.i18n_context], args[:1]
            if marker == "QT_TRANSLATE_NOOP" and len(args) >= 2:
                return self._explicit_context(args[0], node.lineno), args[1:2]
            return None
        if not isinstance(func, ast.Attribute):
            return None
        if _is_app_translate(func) and len(args) >= 2:
            if self.functions and self.functions[-1].name == "tr":
                return None  # a tr() wrapper: its context is applied at its call sites
            return self._explicit_context(args[0], node.lineno), args[1:]
        if func.attr == "tr" and isinstance(func.value, ast.Name):
            if func.value.id in self.module.i18n_modules:
                return [self.project.i18n_context], args
            if func.value.id in ("self", "cls") and self.classes:
                if self.functions and self.functions[-1].name == "tr":
                    return None
                return self.project.method_contexts(self.classes[-1], self.module, node.lineno), args
        return None

    def _explicit_context(self, node: ast.AST, line: int) -> list[str]:
        context = _string(node, self.constants)
        if context is None:
            self.project.problems.append(Problem(self.rel, line, "translation context is not a literal"))
            return []
        return [context]

    def _non_literal(self, node: ast.AST, line: int) -> list[tuple[str, str, int]]:
        """Strings a non-literal argument stands for: (source, file, line), if they can be known.

        ``tr(TABLE[key])`` with ``TABLE`` a module dict of literal strings → its values;
        ``tr(self.ATTR)`` → the literal values given to ``ATTR`` in the class body and in the
        bodies of its project subclasses (the "subclasses set DISPLAY_NAME" idiom).
        """
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            values = self.module.plain_dicts.get(node.value.id)
            if values:
                return [(value, self.rel, at) for value, at in values]
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ("self", "cls")
            and self.classes
        ):
            return self.project.class_attribute_strings(self.classes[-1], node.attr)
        reason = _preformatted(node)
        if reason:
            self.project.problems.append(Problem(self.rel, line, reason))
        return []

    def _add(self, message: Message, path: str, line: int) -> None:
        existing = self.sink.setdefault(message.key, message)
        existing.numerus = existing.numerus or message.numerus
        location = (path, line)
        if location not in existing.locations:
            existing.locations.append(location)


def extract(root: Path = ROOT) -> tuple[dict[tuple[str, str, str], Message], list[Problem]]:
    """Every translatable message of the plugin's sources, keyed by (context, source, comment)."""
    project = Project(root)
    messages: dict[tuple[str, str, str], Message] = {}
    for module in project.modules:
        _CallVisitor(project, module, messages).visit(module.tree)
    return messages, project.problems


# --------------------------------------------------------------------------------------------
# TS files
# --------------------------------------------------------------------------------------------


def ts_path(ts_dir: Path, language: str) -> Path:
    return ts_dir / f"{TS_PREFIX}{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    """Messages of a TS file (empty if it does not exist)."""
    if not path.exists():
        return {}
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                texts, kind = [""], "unfinished"
            else:
                forms = translation.findall("numerusform")
                texts = [f.text or "" for f in forms] if numerus else [translation.text or ""]
                kind = translation.get("type", "")
                if kind == "obsolete":
                    kind = "vanished"
            message = Message(
                name,
                element.findtext("source") or "",
                element.findtext("comment") or "",
                numerus,
                [
                    (loc.get("filename", ""), int(loc.get("line", "0") or 0))
                    for loc in element.findall("location")
                ],
                texts or [""],
                kind,
                element.findtext("translatorcomment") or "",
                element.findtext("extracomment") or "",
            )
            messages[message.key] = message
    return messages


def _forms(language: str, numerus: bool) -> int:
    return NUMERUS_FORMS.get(language, 2) if numerus else 1


def merge(
    extracted: dict[Key, Message], existing: dict[Key, Message], language: str
) -> list[Message]:
    """The new content of ``language``'s TS file (see the module docstring for the rules)."""
    merged: list[Message] = []
    vanishing = {k: m for k, m in existing.items() if k not in extracted}
    finished_by_text = {}
    for message in existing.values():
        if message.finished and not message.numerus:
            finished_by_text.setdefault((message.source, message.comment), message.translations)
    for key, found in extracted.items():
        message = Message(found.context, found.source, found.comment, found.numerus, list(found.locations))
        old = existing.get(key)
        if old is not None:
            message.translations = list(old.translations)
            message.translatorcomment, message.extracomment = old.translatorcomment, old.extracomment
            message.type = old.type
            if old.type == "vanished":
                message.type = "" if all(t.strip() for t in old.translations) else "unfinished"
        if not any(t.strip() for t in message.translations):
            guess = _guess(message, vanishing, finished_by_text)
            if guess:
                message.translations, message.type = guess, "unfinished"
        _fit_forms(message, language)
        if language == SOURCE_LANGUAGE:
            message.translations = [message.source] * len(message.translations)
            message.type = ""
        if not any(t.strip() for t in message.translations):
            message.type = "unfinished"
        merged.append(message)
    for old in vanishing.values():
        if old.context == LAYOUT_CONTEXT and old.source == LAYOUT_SOURCE:
            continue  # never in a language catalogue: see the module docstring
        if any(t.strip() for t in old.translations):
            old.type = "vanished"
            old.locations = []
            merged.append(old)
    return merged


def _guess(message: Message, vanishing: dict, finished_by_text: dict) -> list[str] | None:
    """A translation to review: same text in another context, or a vanished look-alike."""
    same = finished_by_text.get((message.source, message.comment))
    if same:
        return list(same)
    best, best_ratio = None, SIMILARITY
    for old in vanishing.values():
        if old.context != message.context or old.numerus != message.numerus:
            continue
        if not any(t.strip() for t in old.translations):
            continue
        ratio = difflib.SequenceMatcher(None, old.source, message.source).ratio()
        if ratio > best_ratio:
            best, best_ratio = old, ratio
    return list(best.translations) if best else None


def _fit_forms(message: Message, language: str) -> None:
    wanted = _forms(language, message.numerus)
    forms = message.translations[:wanted]
    if len(forms) < wanted:
        forms += [""] * (wanted - len(forms))
        if message.type == "":
            message.type = "unfinished"
    message.translations = forms


def _text(value: str) -> str:
    return escape(value)


def _attr(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def render_ts(messages: list[Message], language: str, ts_dir: Path, root: Path) -> str:
    """Qt TS 2.1 XML in lupdate's layout; deterministic so unchanged files stay byte-identical."""
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    prefix = Path(os.path.relpath(root, ts_dir)).as_posix()
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_text(context)}</name>"]
        ordered = sorted(
            by_context[context],
            key=lambda m: (m.type == "vanished", m.locations[:1], m.source, m.comment),
        )
        for message in ordered:
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            for path, line in message.locations:
                lines.append(f'        <location filename="{_attr(prefix + "/" + path)}" line="{line}"/>')
            lines.append(f"        <source>{_text(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{_text(message.comment)}</comment>")
            if message.extracomment:
                lines.append(f"        <extracomment>{_text(message.extracomment)}</extracomment>")
            if message.translatorcomment:
                comment = _text(message.translatorcomment)
                lines.append(f"        <translatorcomment>{comment}</translatorcomment>")
            kind = f' type="{message.type}"' if message.type else ""
            if message.numerus:
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{_text(t)}</numerusform>" for t in message.translations]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_text(message.translations[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def update(
    root: Path = ROOT, ts_dir: Path = TS_DIR, languages: tuple[str, ...] = LANGUAGES
) -> tuple[dict[str, list[Message]], list[Problem]]:
    """Refresh every language's TS file from the sources; rewrite only those that changed."""
    extracted, problems = extract(root)
    ts_dir.mkdir(parents=True, exist_ok=True)
    result = {}
    for language in languages:
        path = ts_path(ts_dir, language)
        existing = read_ts(path)
        merged = merge(extracted, existing, language)
        _write_if_changed(path, render_ts(merged, language, ts_dir, root))
        result[language] = merged
    layout = Message(LAYOUT_CONTEXT, LAYOUT_SOURCE, LAYOUT_COMMENT, translations=["RTL"], type="")
    _write_if_changed(ts_path(ts_dir, RTL_CATALOGUE), render_ts([layout], "ar", ts_dir, root))
    for language, corrections in QGIS_CORRECTIONS.items():
        messages = [Message(context, source, "", translations=[text], type="")
                    for context, source, text in corrections]
        _write_if_changed(ts_path(ts_dir, f"qgis_{language}"), render_ts(messages, language, ts_dir, root))
    return result, problems


def _write_if_changed(path: Path, text: str) -> None:
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)  # atomic: a concurrent make never reads half a file


# --------------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------------


def unfinished(messages: list[Message]) -> list[Message]:
    return [m for m in messages if m.type != "vanished" and not m.finished]


def status_lines(language: str, messages: list[Message], path: Path) -> list[str]:
    active = [m for m in messages if m.type != "vanished"]
    todo = unfinished(messages)
    vanished = len(messages) - len(active)
    lines = [
        f"{path}: {len(active)} messages, {len(active) - len(todo)} finished, {len(todo)} unfinished"
        + (f", {vanished} vanished" if vanished else "")
    ]
    for message in todo:
        where = f"  ({message.locations[0][0]}:{message.locations[0][1]})" if message.locations else ""
        lines.append(f"    [{language}] {message.context}: {message.source!r}{where}")
    return lines


def _print_status(results: dict[str, list[Message]], ts_dir: Path, problems: list[Problem]) -> int:
    pending = 0
    for language, messages in results.items():
        for line in status_lines(language, messages, ts_path(ts_dir, language)):
            print(line)
        pending += len(unfinished(messages))
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    if pending:
        print(
            f"{pending} message(s) to translate: edit the <translation> elements in {ts_dir}/*.ts "
            "(or open them in Qt Linguist), remove type=\"unfinished\", then run make translations."
        )
    return pending


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "status", "check"))
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--ts-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    root = args.root.resolve()
    ts_dir = args.ts_dir or root / "i18n"
    languages = tuple(args.languages)
    if args.command == "status":
        results = {lang: list(read_ts(ts_path(ts_dir, lang)).values()) for lang in languages}
        _print_status(results, ts_dir, [])
        return 0
    if args.command == "update":
        results, problems = update(root, ts_dir, languages)
        _print_status(results, ts_dir, problems)
        return 0
    extracted, problems = extract(root)
    failures = [str(p) for p in problems]
    for language in languages:
        existing = read_ts(ts_path(ts_dir, language))
        for key in extracted:
            if key not in existing or not existing[key].finished or existing[key].type == "vanished":
                failures.append(f"[{language}] {key[0]}: {key[1]!r} is missing or unfinished")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
