"""Ask why personal data is leaving the app (a print, a PDF, an export): the purpose goes into the audit log
as a DISCLOSURE (Directive 2016/680 Art. 25), so it is required before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

OTHER = "other"
PURPOSE_KEYS = ("case_file", "court", "internal_review", "project_reporting", OTHER)
MAX_PURPOSE = 500  # what the audit log keeps


class PurposeDialog(QDialog):
    """`what` names the disclosure ("Operation KRP-2024-000123 as PDF"). After `exec()` returns Accepted,
    `purpose()` is the text to record: the chosen purpose in the user's language, plus the details typed
    (required for "Other")."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.intro = QLabel(objectName="intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.choice = QComboBox(objectName="purpose_choice")
        for key in PURPOSE_KEYS:
            self.choice.addItem("", key)
        self.choice.setCurrentIndex(-1)  # a conscious choice: nothing is preselected
        self.details = QLineEdit(objectName="purpose_details")
        self.details.setMaxLength(MAX_PURPOSE - 100)
        self.choice_label, self.details_label = QLabel(), QLabel()
        form.addRow(self.choice_label, self.choice)
        form.addRow(self.details_label, self.details)
        layout.addLayout(form)
        self.hint = QLabel(objectName="hint")
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choice.currentIndexChanged.connect(self._update)
        self.details.textChanged.connect(self._update)
        self.retranslate()
        self._update()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Purpose of the disclosure"))
        self.intro.setText(self.tr("%1 leaves the app. Why? The purpose is recorded in the audit log with your "
                                   "name.").replace("%1", self._what))
        labels = {
            "case_file": self.tr("Case file"),
            "court": self.tr("Court / prosecutor request"),
            "internal_review": self.tr("Internal review"),
            "project_reporting": self.tr("Project reporting"),
            OTHER: self.tr("Other (describe)"),
        }
        for i in range(self.choice.count()):
            self.choice.setItemText(i, labels[self.choice.itemData(i)])
        self.choice.setPlaceholderText(self.tr("Choose a purpose…"))
        self.choice_label.setText(self.tr("Purpose"))
        self.details_label.setText(self.tr("Details"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def key(self) -> str | None:
        """The chosen purpose's key (`case_file`, `court`, `internal_review`, `project_reporting`, `other`)."""
        data = self.choice.currentData()
        return str(data) if data is not None and self.choice.currentIndex() >= 0 else None

    def purpose(self) -> str:
        """The purpose to record, '' while none is given."""
        key, details = self.key(), str(self.details.text()).strip()
        if key is None or (key == OTHER and not details):
            return ""
        if key == OTHER:
            return details
        label = str(self.choice.currentText())
        return f"{label}: {details}" if details else label

    def _update(self) -> None:
        other = self.key() == OTHER
        self.details.setPlaceholderText(
            self.tr("Required: who asked for it and why") if other else self.tr("Optional: case or request number"))
        self.hint.setText(self.tr("Describe the purpose to continue.") if other and not self.details.text().strip()
                          else "")
        self.hint.setVisible(bool(self.hint.text()))
        self.ok_button.setEnabled(bool(self.purpose()))

    def _on_ok(self) -> None:
        if self.purpose():
            self.accept()


def ask_purpose(what: str, parent: QWidget | None) -> str | None:
    """The purpose of a disclosure, asked first (None: cancelled; nothing is written or recorded then)."""
    dialog = PurposeDialog(what, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted.value
        purpose = dialog.purpose()
    finally:
        dialog.deleteLater()
    return purpose if accepted and purpose else None


def ask_save_path(parent: QWidget | None, title: str, default: Path, file_filter: str) -> Path | None:
    """Where the export goes (None: cancelled); a name typed without an extension gets the default's."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(default), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(default.suffix)
