"""Night context for a place and night: sunset, twilights, sunrise, moon (computed offline, astral)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from fieldops.night import MOON_PHASE_NAMES, NightContext, night_context
from ui.timefmt import clock


class NightCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.grid = QGridLayout(self)
        self.caption = QLabel(objectName="muted")
        self.grid.addWidget(self.caption, 0, 0, 1, 4)
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        keys = ("sunset", "nautical_dusk", "nautical_dawn", "sunrise", "moon", "dark")
        for i, key in enumerate(keys):
            name, value = QLabel(objectName="muted"), QLabel()
            self.names[key], self.values[key] = name, value
            self.grid.addWidget(name, 1 + i // 2, (i % 2) * 2)
            self.grid.addWidget(value, 1 + i // 2, (i % 2) * 2 + 1)
        self.context: NightContext | None = None
        self._tz = "Europe/Riga"
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(QCoreApplication.translate("NightCard", "Night context"))
        texts = {
            "sunset": QCoreApplication.translate("NightCard", "Sunset"),
            "nautical_dusk": QCoreApplication.translate("NightCard", "Nautical dusk"),
            "nautical_dawn": QCoreApplication.translate("NightCard", "Nautical dawn"),
            "sunrise": QCoreApplication.translate("NightCard", "Sunrise"),
            "moon": QCoreApplication.translate("NightCard", "Moon"),
            "dark": QCoreApplication.translate("NightCard", "Dark hours"),
        }
        for key, text in texts.items():
            self.names[key].setText(text)
        self._render()

    def show_for(self, lat: float | None, lon: float | None, start: datetime, tz: str, country: str) -> None:
        from fieldops.agencies import HOME_POSITIONS

        if lat is None or lon is None:
            lat, lon = HOME_POSITIONS["VP-KRP" if country == "LV" else "KAVPK"]
        self._tz = tz
        local = start.astimezone(ZoneInfo(tz))
        day = local.date() if local.hour >= 12 else (local.date().fromordinal(local.date().toordinal() - 1))
        self.context = night_context(lat, lon, day, tz)
        self._render()

    def _render(self) -> None:
        c = self.context
        if c is None:
            return
        self.values["sunset"].setText(clock(c.sunset, self._tz))
        self.values["nautical_dusk"].setText(clock(c.nautical_dusk, self._tz))
        self.values["nautical_dawn"].setText(clock(c.nautical_dawn, self._tz))
        self.values["sunrise"].setText(clock(c.sunrise, self._tz))
        phase = QCoreApplication.translate("night", MOON_PHASE_NAMES[c.moon_phase_name])
        self.values["moon"].setText(f"{phase}, {QLocale().toString(c.moon_illumination * 100, 'f', 0)} %")
        self.values["dark"].setText(QLocale().toString(c.dark_hours, "f", 1) + " h")
