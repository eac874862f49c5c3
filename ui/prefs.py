"""Personal UI preferences (theme, language, text size) and window state in an INI file in the workspace
folder, so they also apply on the login screen (a night-theme login at 3 a.m.). Declared in
`fieldops.settings`; QSettings in INI format at an explicit path (never the Windows registry)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings

from fieldops.errors import FieldOpsError
from fieldops.settings import BY_KEY, definition


class Prefs:
    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        d = definition(key)
        raw = self._qs.value(key)
        if raw is None:
            return _system_language() if key == "ui.language" else d.default
        try:
            return d.validate(int(raw) if d.kind == "int" else raw)
        except (FieldOpsError, ValueError, TypeError):
            return d.default  # a hand-edited INI never breaks start-up

    def set(self, key: str, value: Any) -> None:
        self._qs.setValue(key, definition(key).validate(value))
        self._qs.sync()

    def window_state(self) -> tuple[Any, Any]:
        return self._qs.value("window/geometry"), self._qs.value("window/state")

    def save_window_state(self, geometry: Any, window_state: Any) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", window_state)
        self._qs.sync()

    def value(self, key: str, default: Any = None) -> Any:
        return self._qs.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()


def _system_language() -> str:
    lang = QLocale.system().name()[:2]
    choices = {c for c, _ in BY_KEY["ui.language"].choices}
    return lang if lang in choices else "en"
