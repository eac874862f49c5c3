"""The app-wide event hub: views listen here instead of to each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class EventHub(QObject):
    sig_operation_executed = Signal(object, object)  # (Changes, initiator or None)
    sig_theme_changed = Signal(str)
    sig_language_changed = Signal(str)
