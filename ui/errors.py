"""Maps core errors to translated text, and the one dialog for failures nobody handled."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldops.errors import MESSAGES, ErrorCode, FieldOpsError

log = logging.getLogger("fieldops.ui")


def message(exc: BaseException) -> str:
    """The user's language text for `exc` (typed core errors), or a generic sentence for bugs."""
    if isinstance(exc, FieldOpsError):
        text = QCoreApplication.translate("errors", MESSAGES[exc.code])
        params = dict(exc.params)
        if exc.code == ErrorCode.ITEM_UNAVAILABLE and "status" in params:
            from ui.vocab import equipment_status

            params["status"] = equipment_status(str(params["status"])).lower()
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return QCoreApplication.translate(
        "errors", "Something went wrong and the action was not completed. Nothing was saved half-way.")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, FieldOpsError):
        log.error("unhandled failure: %s", "".join(traceback.format_exception(exc)))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "fieldops"))
    box.setText(message(exc))
    box.exec()


def is_code(exc: BaseException, code: ErrorCode) -> bool:
    return isinstance(exc, FieldOpsError) and exc.code == code
