"""Export an operation as a PDF: purpose → load (DB thread) → file name → write → audit DISCLOSURE.

    export_operation_pdf(self, op_id)   # e.g. from the operation editor's "Export PDF…" action

Order and failure rules (no disclosure without its audit record, no record without a file):
* cancelling the purpose or the file dialog writes and records nothing;
* the PDF is rendered in memory and written through a temporary file; if writing fails (permission, disk
  full) the error is shown and nothing is recorded;
* then the disclosure is recorded (`fo.audit.record_disclosure`, one unit of work); if that fails the
  written file is deleted again and the error is shown.
Rendering runs on the GUI thread (QTextDocument/QPdfWriter); one operation with 50 checks takes ~0.1 s.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from fieldops.dto import CheckDTO, OperationDetail
from fieldops.errors import FieldOpsError
from fieldops.night import NightContext, night_context
from ui.dialogs.disclosure import ask_purpose, ask_save_path
from ui.errors import message, show_error
from ui.ops import Op, Query
from ui.reports.operation_pdf import operation_html, write_operation_pdf

if TYPE_CHECKING:
    from fieldops.app import FieldOps

log = logging.getLogger("fieldops.ui")
STATUS_MS = 10_000
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class ReportData:
    detail: OperationDetail
    checks: list[CheckDTO]
    attachments: list[Any]  # AttachmentDTO-like: filename, size, sha256
    night: NightContext | None
    agency_name: str
    printed_by: str


def load_report_data(fo: FieldOps, operation_id: str) -> ReportData:
    """Everything the report shows (runs on the DB thread)."""
    detail = fo.operations.get(operation_id)
    checks = fo.checks.list(operation_id)
    service = getattr(fo, "attachments", None)  # the attachment service may not exist in this build yet
    attachments = list(service.list("operation", operation_id)) if service is not None else []
    agency = next((a for a in fo.users.agencies() if a.id == detail.agency_id), None)
    return ReportData(detail, checks, attachments, night_for(detail), agency.name if agency else detail.agency_short,
                      fo.user.full_name)


def night_for(detail: OperationDetail) -> NightContext | None:
    """The night of the operation at its position: the night that started on the evening of the local date
    of its start (a start after midnight but before noon belongs to the previous evening's night)."""
    start = detail.actual_start or detail.planned_start
    if start is None or detail.lat is None or detail.lon is None:
        return None
    try:
        local = start.astimezone(ZoneInfo(detail.timezone))
        on = local.date() if local.hour >= 12 else local.date() - timedelta(days=1)
        return night_context(detail.lat, detail.lon, on, detail.timezone)
    except (FieldOpsError, ValueError, KeyError):
        return None


def default_path(number: str) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = _UNSAFE.sub("-", number).strip(" .") or "operation"
    return Path(documents or Path.home()) / f"{name}.pdf"


def export_operation_pdf(parent: QWidget, operation_id: str) -> None:
    """Ask the purpose, load the operation, ask the file name, write the PDF, record the disclosure."""
    purpose = ask_purpose(QCoreApplication.translate("OperationReport", "The operation report as a PDF file"), parent)
    if purpose is None:
        return
    Query(parent, lambda fo: load_report_data(fo, operation_id)).success(
        lambda data: _save(parent, operation_id, purpose, data)).run()


def _save(parent: QWidget, operation_id: str, purpose: str, data: ReportData) -> None:
    if not isValid(parent):  # the editor was closed while the operation loaded
        return
    title = QCoreApplication.translate("OperationReport", "Save the operation report")
    pdf_filter = QCoreApplication.translate("OperationReport", "PDF documents (*.pdf)")
    path = ask_save_path(parent, title, default_path(data.detail.number), pdf_filter)
    if path is None:
        return
    started = time.perf_counter()
    try:
        html = operation_html(data.detail, data.checks, data.attachments, data.night, agency_name=data.agency_name)
        pages = write_operation_pdf(html, path, data.printed_by, purpose, printed_at=datetime.now().astimezone(),
                                    timezone=data.detail.timezone, title=data.detail.number)
    except OSError as exc:
        text = QCoreApplication.translate(
            "OperationReport", "The PDF could not be saved to %1: %2. Nothing was recorded.")
        QMessageBox.warning(parent, QCoreApplication.translate("OperationReport", "Export PDF"),
                            text.replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
        return
    except Exception as exc:  # a bug while rendering: nothing was written, nothing is recorded
        show_error(parent, exc)
        return
    log.info("operation report: %d page(s), %d check(s) in %.0f ms", pages, len(data.checks),
             (time.perf_counter() - started) * 1000)
    Op(parent, lambda fo: fo.audit.record_disclosure(
        "operation", operation_id, purpose, {"format": "pdf", "file": path.name})).success(
        lambda _changes: _recorded(parent, path)).failure(
        lambda exc: _not_recorded(parent, path, exc)).run()


def _recorded(parent: QWidget, path: Path) -> None:
    if not isValid(parent):
        return
    window = parent.window()
    status_bar = getattr(window, "statusBar", None)
    if callable(status_bar):
        status_bar().showMessage(
            QCoreApplication.translate("OperationReport", "Operation report saved: %1").replace("%1", str(path)),
            STATUS_MS)


def discard_unrecorded(path: Path, exc: BaseException) -> bool:
    """No disclosure without its audit record: the written file goes again. False if it could not be deleted
    (the caller tells the user to delete it)."""
    deleted = True
    try:
        path.unlink(missing_ok=True)
    except OSError:
        deleted = False
    log.warning("disclosure of %s not recorded (%s); file %s", path.name, type(exc).__name__,
                "deleted" if deleted else "NOT deleted")
    return deleted


def _not_recorded(parent: QWidget, path: Path, exc: BaseException) -> None:
    if discard_unrecorded(path, exc):
        text = QCoreApplication.translate(
            "OperationReport", "The export could not be recorded in the audit log, so the PDF was deleted.")
    else:
        text = QCoreApplication.translate(
            "OperationReport",
            "The export could not be recorded in the audit log. Delete %1 yourself: it must not be passed on.",
        ).replace("%1", str(path))
    title = QCoreApplication.translate("OperationReport", "Export PDF")
    with contextlib.suppress(RuntimeError):  # the parent may be gone; the message still shows
        QMessageBox.warning(parent if isValid(parent) else None, title, f"{text}\n\n{message(exc)}")
