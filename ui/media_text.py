"""Words for a file's way to the regional server, shared by the attachment lists, the viewer and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from fieldops.dto import AttachmentDTO
from fieldops.i18n import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("Media", text)


def reason_text(code: str | None) -> str:
    """Why a file is not sent yet (`fieldops.sync.media.REASONS`)."""
    return {
        "no_record": _t(QT_TRANSLATE_NOOP("Media", "the server does not have its record (see the Sync page)")),
        "server_full": _t(QT_TRANSLATE_NOOP("Media", "the server's disk is full; it is sent again later")),
        "hash_mismatch": _t(QT_TRANSLATE_NOOP("Media", "the server received different bytes; it is sent again")),
        "local_damaged": _t(QT_TRANSLATE_NOOP(
            "Media", "the copy on this laptop is damaged; attach the original file again")),
        "local_missing": _t(QT_TRANSLATE_NOOP(
            "Media", "the copy on this laptop is missing; attach the original file again")),
        "checksum": _t(QT_TRANSLATE_NOOP("Media", "damaged on the way several times; it is sent again later")),
        "refused": _t(QT_TRANSLATE_NOOP("Media", "refused by the server")),
    }.get(code or "", code or "")


def state_text(att: AttachmentDTO, sending: tuple[int, int] | None = None) -> str:
    """waiting / sending n % / sent / on the server / failed: reason."""
    if sending is not None and att.upload_state == "waiting":
        done, size = sending
        percent = QLocale().toString(min(99, int(done * 100 / max(size, 1))))
        return _t(QT_TRANSLATE_NOOP("Media", "sending %1 %")).replace("%1", percent)
    if att.upload_state == "uploaded":
        return _t(QT_TRANSLATE_NOOP("Media", "sent"))
    if att.upload_state == "remote":
        return _t(QT_TRANSLATE_NOOP("Media", "on the server"))
    if att.upload_error:
        return _t(QT_TRANSLATE_NOOP("Media", "not sent: %1")).replace("%1", reason_text(att.upload_error))
    return _t(QT_TRANSLATE_NOOP("Media", "waiting to be sent"))
