"""Run-time language switch: installs the app's and Qt's own translators; widgets retranslate on the
LanguageChange event that Qt sends when translators change."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.resources import translation_path

_installed: list[QTranslator] = []


def set_language(app: QApplication, language: str) -> bool:
    """Switch to `language` (lv, lt, en). Returns False if its translation file is missing."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale({"lv": QLocale.Language.Latvian, "lt": QLocale.Language.Lithuanian}.get(
        language, QLocale.Language.English), {"lv": QLocale.Country.Latvia, "lt": QLocale.Country.Lithuania}.get(
        language, QLocale.Country.UnitedKingdom)))
    ok = True
    ours = QTranslator(app)
    if ours.load(str(translation_path(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = language == "en"  # English is the source language; its file only adds plural forms
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    app.setProperty("fieldops_language", language)
    return ok
