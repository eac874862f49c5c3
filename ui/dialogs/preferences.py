"""Preferences, built from the declarations in `fieldops.settings`: personal (theme, language, text size)
for everyone, workspace policy (idle lock) editable by administrators only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldops.models.enums import Role
from fieldops.settings import SETTINGS, SettingDef


def _t(text: str) -> str:
    return QCoreApplication.translate("settings", text)


class PreferencesDialog(QDialog):
    def __init__(self, values: dict[str, Any], can_edit_workspace: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        groups = {"ui": QGroupBox(self.tr("Personal")), "workspace": QGroupBox(self.tr("Workspace policy"))}
        forms = {scope: QFormLayout(box) for scope, box in groups.items()}
        for d in SETTINGS:
            editor = self._editor(d, values[d.key])
            editor.setEnabled(d.scope == "ui" or can_edit_workspace)
            self.editors[d.key] = editor
            forms[d.scope].addRow(_t(d.title), editor)
            if d.description:
                note = QLabel(_t(d.description), objectName="muted")
                note.setWordWrap(True)
                forms[d.scope].addRow("", note)
        if not can_edit_workspace:
            note = QLabel(self.tr("Only an administrator can change the workspace policy."), objectName="muted")
            forms["workspace"].addRow(note)
        for box in groups.values():
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _editor(d: SettingDef, value: Any) -> QWidget:
        if d.kind == "int":
            spin = QSpinBox(objectName=d.key)
            spin.setRange(d.minimum, d.maximum)
            spin.setValue(int(value))
            return spin
        if d.kind == "bool":
            box = QCheckBox(objectName=d.key)
            box.setChecked(bool(value))
            return box
        combo = QComboBox(objectName=d.key)
        for code, title in d.choices:
            combo.addItem(_t(title), code)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                result[key] = editor.value()
            elif isinstance(editor, QCheckBox):
                result[key] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                result[key] = editor.currentData()
        return result


def can_edit_workspace(roles: frozenset[Role]) -> bool:
    return Role.ADMINISTRATOR in roles
