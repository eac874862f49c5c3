"""Covers dialogs that are open when the window locks: their content is hidden and input blocked, and
nothing typed in them is lost (hiding a dialog under exec() would end it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget


class LockCover(QLabel):
    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.setObjectName("lockCover")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setText(QCoreApplication.translate("LockCover", "Locked. Unlock fieldops in the main window."))
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


def cover_dialogs(window: QWidget) -> list[tuple[QDialog, LockCover]]:
    covers = []
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.setEnabled(False)
            covers.append((dialog, LockCover(dialog)))
    return covers


def uncover(covers: list[tuple[QDialog, LockCover]]) -> None:
    for dialog, cover in covers:
        dialog.removeEventFilter(cover)
        cover.deleteLater()
        dialog.setEnabled(True)
