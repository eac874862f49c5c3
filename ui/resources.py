"""Finds bundled resources in a source checkout and in a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDir


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def register_search_paths() -> None:
    root = resource_root()
    QDir.addSearchPath("icons", str(root / "icons"))
    QDir.addSearchPath("i18n", str(root / "i18n"))


def icon_path(name: str) -> Path:
    return resource_root() / "icons" / f"{name}.svg"


def translation_path(language: str) -> Path:
    return resource_root() / "i18n" / f"fieldops_{language}.qm"
