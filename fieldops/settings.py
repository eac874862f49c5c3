"""Settings declared once: key, type, default, translatable title, scope.

Scope "workspace" settings live in the encrypted database and are policy (administrators change them);
scope "ui" settings are personal and kept by the UI in its INI file. Preferences are built from this list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SettingDef:
    key: str
    kind: str  # "int" | "choice" | "bool"
    default: Any
    title: str
    scope: str  # "workspace" | "ui"
    choices: tuple[tuple[str, str], ...] = ()
    minimum: int = 0
    maximum: int = 0
    description: str = ""

    def validate(self, value: Any) -> Any:
        if self.kind == "int":
            from fieldops.validation import int_range

            return int_range(value, self.key, self.minimum, self.maximum)
        if self.kind == "bool":
            if not isinstance(value, bool):
                raise FieldOpsError(ErrorCode.INVALID, field=self.key, detail=repr(value)[:40])
            return value
        if value not in {c for c, _ in self.choices}:
            raise FieldOpsError(ErrorCode.INVALID, field=self.key, detail=repr(value)[:40])
        return value


SETTINGS: tuple[SettingDef, ...] = (
    SettingDef("ui.theme", "choice", "day", QT_TRANSLATE_NOOP("settings", "Theme"), "ui",
               choices=(("day", QT_TRANSLATE_NOOP("settings", "Day")),
                        ("night", QT_TRANSLATE_NOOP("settings", "Night (red on black)"))),
               description=QT_TRANSLATE_NOOP("settings", "Night keeps your eyes dark-adapted for night-vision work.")),
    SettingDef("ui.language", "choice", "lv", QT_TRANSLATE_NOOP("settings", "Language"), "ui",
               choices=(("lv", "Latviešu"), ("lt", "Lietuvių"), ("en", "English"))),
    SettingDef("ui.font_size", "int", 10, QT_TRANSLATE_NOOP("settings", "Text size (points)"), "ui",
               minimum=8, maximum=20),
    SettingDef("session.idle_lock_minutes", "int", 15,
               QT_TRANSLATE_NOOP("settings", "Lock the app after this many idle minutes"), "workspace",
               minimum=1, maximum=240),
    SettingDef("media.chunk_mib", "int", 8, QT_TRANSLATE_NOOP("settings", "Upload chunk size (MiB)"), "workspace",
               minimum=1, maximum=64,
               description=QT_TRANSLATE_NOOP("settings", "An interrupted upload re-sends at most one chunk.")),
    SettingDef("media.upload_kbps", "int", 0,
               QT_TRANSLATE_NOOP("settings", "Upload bandwidth limit (kbit/s, 0 = no limit)"), "workspace",
               minimum=0, maximum=10_000_000,
               description=QT_TRANSLATE_NOOP("settings", "Leaves room for radio and other traffic on slow links.")),
    SettingDef("media.keep_sent_days", "int", 14,
               QT_TRANSLATE_NOOP("settings", "Keep local copies of sent files (days)"), "workspace",
               minimum=0, maximum=3650,
               description=QT_TRANSLATE_NOOP("settings", "Counted from the server's confirmation; files not yet "
                                                         "confirmed are never removed.")),
    SettingDef("media.low_disk_mib", "int", 2048,
               QT_TRANSLATE_NOOP("settings", "Warn when free disk space is below (MiB)"), "workspace",
               minimum=100, maximum=1_000_000),
)

BY_KEY: dict[str, SettingDef] = {d.key: d for d in SETTINGS}


def definition(key: str) -> SettingDef:
    try:
        return BY_KEY[key]
    except KeyError:
        raise FieldOpsError(ErrorCode.INVALID, field="key", detail=key) from None
