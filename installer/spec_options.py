"""PyInstaller options shared by installer/fieldops.spec and installer/baseline.spec.

The size target of issue 8 compares fieldops with an empty PySide6 window frozen *the same way*, so both
specs take their excludes, Qt plug-in and translation pruning and EXE/COLLECT options from here.
Not part of the app: only the specs import this (PyInstaller runs specs with SPECPATH = this folder).
"""

from __future__ import annotations

import ast
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The Qt modules the app imports (ui/, checked by tests/packaging): every other PySide6 module stays out, above all
# QtWebEngine* (a ~200 MB Chromium), Qt3D*, QtQml/QtQuick* (no QML in this app), QtMultimedia, QtNetwork.
# QtOpenGL/QtOpenGLWidgets: pyqtgraph (the dashboards) imports them when it loads, though the charts draw without GL.
QT_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtOpenGL", "QtOpenGLWidgets")

PYTHON_EXCLUDES = [
    # GUI toolkits and tools the app never uses
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc_data", "lib2to3",
    # development and test tooling that lives in the same venv
    "tests", "pytest", "_pytest", "pytestqt", "pluggy", "iniconfig", "pypdf", "mypy", "mypyc", "ruff",
    "importlinter", "grimp", "pip", "setuptools", "pkg_resources", "_distutils_hack", "PyInstaller",
    # the sync server is a separate deployment (fieldops.server, extra "server")
    "fieldops.server", "fastapi", "starlette", "uvicorn", "psycopg",  # (httpx: the laptop's sync client)
    # optional imports of dependencies that are not installed / not wanted
    # (numpy stays: the dashboards' pyqtgraph needs it)
    "IPython", "pandas", "matplotlib", "PyQt5", "PyQt6", "PySide2",
]

# Qt platform plug-ins a patrol laptop can need: Windows, X11 (xcb), Wayland, and offscreen/minimal for
# `--self-test`. Out: eglfs, linuxfb, vnc, vkkhrdisplay, minimalegl (embedded boards, remote framebuffers).
_PLATFORMS_KEPT = ("qwindows", "qxcb", "qoffscreen", "qminimal", "qcocoa", "qwayland-egl", "qwayland-generic",
                   "qwayland")
# Whole plug-in kinds that are out: eglfs device integrations (eglfs is out) and the "generic" input plug-ins
# (evdev/tuio, used with eglfs/linuxfb; tuio pulls in QtNetwork).
_PLUGIN_DIRS_DROPPED = ("egldeviceintegrations", "generic")
# The GTK3 platform theme: the app draws its own day/night theme, and the plug-in would drag GTK's cairo,
# pango, atk … from the build machine into the bundle, to run against the laptop's libgtk-3.
_PLUGINS_DROPPED = ("qgtk3",)
# Qt's own translations (dialog buttons etc.): the app's languages only.
_QT_LANGUAGES = ("lv", "lt", "en")


def pyside6_excludes() -> list[str]:
    """`PySide6.<Module>` for every Qt module of the installed PySide6 except QT_USED."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    names = {p.name.split(".")[0] for p in folder.iterdir() if p.name.startswith("Qt") and p.suffix in (".pyi", ".so",
                                                                                                       ".pyd")}
    return sorted(f"PySide6.{n}" for n in names if n not in QT_USED)


def excludes() -> list[str]:
    return PYTHON_EXCLUDES + pyside6_excludes()


def imports_of(files: Iterable[Path]) -> list[str]:
    """The modules `files` import (for Python files shipped as data, which PyInstaller does not analyse:
    Alembic loads the migration scripts from disk)."""
    found: set[str] = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names  # `from alembic import op`
                             if _is_module(f"{node.module}.{alias.name}"))
    return sorted(found)


def _is_module(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _plugin_stem(dest: str) -> str:
    """`libqxcb.so` → `qxcb`, `qwindows.dll` → `qwindows`."""
    name = Path(dest).name.split(".")[0]
    return name[3:] if name.startswith("lib") else name


def _unwanted(dest: str) -> bool:
    parts = Path(dest).parts
    if "plugins" in parts:
        kind = parts[parts.index("plugins") + 1] if parts.index("plugins") + 1 < len(parts) else ""
        if kind in _PLUGIN_DIRS_DROPPED or _plugin_stem(dest) in _PLUGINS_DROPPED:
            return True
        if kind == "platforms" and _plugin_stem(dest) not in _PLATFORMS_KEPT:
            return True
    if "translations" in parts and Path(dest).suffix == ".qm" and "PySide6" in parts:
        match = re.match(r"[a-z]+_(\w+?)\.qm$", Path(dest).name)
        if match and match.group(1).split("_")[0] not in _QT_LANGUAGES:
            return True
    return False


Toc = list[tuple[str, str, str]]


def prune(binaries: Toc, datas: Toc) -> tuple[Toc, Toc]:
    """Drop the Qt plug-ins and translations the app does not use from an Analysis (`a.binaries`,
    `a.datas`), the shared libraries that only those plug-ins needed (e.g. libQt6EglFSDeviceIntegration),
    and the links PyInstaller would make to them."""
    dropped = [entry for entry in binaries if _unwanted(entry[0])]
    kept = [entry for entry in binaries if not _unwanted(entry[0])]
    by_name = {Path(entry[0]).name: entry for entry in kept}
    candidates = _closure([src for _d, src, _t in dropped], by_name)
    roots = [src for dest, src, _t in kept if Path(dest).name not in candidates]
    orphans = candidates - _closure(roots, by_name)
    kept = [entry for entry in kept if Path(entry[0]).name not in orphans]
    kept_datas = [entry for entry in datas if not _unwanted(entry[0])]
    # PyInstaller links libraries kept in a sub-folder (PySide6/Qt/lib) into the top folder (SYMLINK entries
    # among the datas): none may point at a dropped file.
    files = {os.path.normpath(dest) for dest, _src, typecode in kept + kept_datas if typecode != "SYMLINK"}
    kept_datas = [(dest, src, typecode) for dest, src, typecode in kept_datas
                  if typecode != "SYMLINK" or os.path.normpath(os.path.join(os.path.dirname(dest), src)) in files]
    # Libraries `strip` breaks are copied as they are (as data: the same place, never stripped).
    unstrippable = [(dest, src, "DATA") for dest, src, _t in kept if _unstrippable(dest)]
    kept = [entry for entry in kept if not _unstrippable(entry[0])]
    return kept, kept_datas + unstrippable


# numpy's OpenBLAS (numpy.libs/libscipy_openblas64_*.so) is linked with aligned load segments that GNU strip
# rewrites into "ELF load command address/offset not page-aligned": numpy, hence the dashboards' pyqtgraph, would
# not import. It ships without debug information anyway.
_UNSTRIPPABLE = re.compile(r"(^|/)numpy\.libs/")


def _unstrippable(dest: str) -> bool:
    return bool(_UNSTRIPPABLE.search(dest.replace(os.sep, "/")))


def _closure(sources: list[str], by_name: dict[str, tuple[str, str, str]]) -> set[str]:
    """Names of the bundled libraries that `sources` need, directly or through each other."""
    from PyInstaller.depend.bindepend import get_imports

    seen: set[str] = set()
    todo = list(sources)
    while todo:
        src = todo.pop()
        try:
            imports = get_imports(src)
        except Exception:  # not a binary (data file), or unreadable: it needs nothing
            continue
        for name, _path in imports:
            base = Path(name).name
            if base in by_name and base not in seen:
                seen.add(base)
                todo.append(by_name[base][1])
    return seen


# Same for both builds. No UPX (antivirus heuristics flag UPX-packed files, and it slows start-up). Strip on
# Linux: several wheels ship their libraries with debug information (libpython 23 → 6 MB, sqlcipher3 21 → 8 MB;
# not numpy's OpenBLAS, see prune); on Windows there is nothing to strip (and signing must come after).
# Windowed on Windows: no console window for the officers; `--self-test` attaches to the console it is started
# from.
STRIP = sys.platform.startswith("linux")
EXE_OPTIONS = {"debug": False, "bootloader_ignore_signals": False, "strip": STRIP, "upx": False, "console": False,
               "disable_windowed_traceback": False}
COLLECT_OPTIONS = {"strip": STRIP, "upx": False, "upx_exclude": []}
