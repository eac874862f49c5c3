"""Viewing attachments: a photo's bytes for the viewer, a decrypted copy for the system player, the custody trail.

Every look at the content is a CONSULTATION audit event on ("attachment", id) (Directive 2016/680 Art. 25),
recorded in the same call that hands the content out and only after it was read and verified, so a view
without its record cannot happen and a failed read records nothing. With the COLLECTION at attach time, the
DISCLOSURE of an export and the transfer events of the upload, these events are the file's chain of custody
(`trail`).

Who may look at the content: officers, supervisors and equipment managers (the desk's damage photos are
attachments too). An administrator manages accounts, not evidence: the content is refused
(NOT_PERMITTED), the metadata and the trail are not (like `AttachmentService.list`).

Decrypted copies for the system player (videos, PDFs, formats the viewer cannot decode) are written only to
`<media root>/view/` (0700, files 0600), named `<attachment id><extension>`. `purge_views()` empties that
folder; the façade calls it when the workspace is closed (sign-out, quit), so a decrypted copy exists only
while the app runs. A copy still held open by a player (Windows refuses to delete it) stays until the next
purge; after a crash the copies stay until the next close.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from fieldops.context import Context
from fieldops.dto import MediaTrailStep
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.media import MediaStore
from fieldops.models import Attachment, AuditEvent, User
from fieldops.models.enums import AuditAction, Role

MAX_IMAGE_BYTES = 64 * 1024 * 1024  # a photo decoded in memory; bigger files go to the system viewer
VIEW_DIR = "view"
VIEW_ROLES = (Role.OFFICER, Role.SUPERVISOR, Role.EQUIPMENT_MANAGER)
_SAFE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")
_UNSAFE_NAME = re.compile(r"[^0-9A-Za-z-]")
_MIME_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp",
                "image/heic": ".heic", "image/heif": ".heif", "video/mp4": ".mp4", "video/quicktime": ".mov",
                "video/x-msvideo": ".avi", "video/x-matroska": ".mkv", "video/webm": ".webm",
                "application/pdf": ".pdf"}


@dataclass(frozen=True)
class _Row:
    id: str
    sha256: str
    size: int
    mime: str
    filename: str


class MediaViewService:
    def __init__(self, ctx: Context, media: MediaStore) -> None:
        self._ctx = ctx
        self._media = media

    @property
    def view_dir(self) -> Path:
        """The private folder of decrypted copies opened in the system player."""
        return self._media.root / VIEW_DIR

    def open_image(self, attachment_id: str, max_bytes: int = MAX_IMAGE_BYTES) -> bytes:
        """The decrypted, verified bytes of an image attachment, for the viewer; records the CONSULTATION.

        Errors: NOT_PERMITTED (role), NOT_FOUND (unknown attachment), NOT_FOUND on field "file" (the
        encrypted copy is not on this laptop: pruned after upload, or the attachment came by sync), INVALID
        on "file": "not an image", "too large" (over `max_bytes`), "corrupted" (MEDIA_CORRUPT). A failed read
        records nothing."""
        self._ctx.require(*VIEW_ROLES)
        row = self._row(attachment_id)
        if not row.mime.startswith("image/"):
            raise FieldOpsError(ErrorCode.INVALID, field="file", detail="not an image")
        self._require_local(row)
        data = self._media.read_bytes(row.sha256, max_bytes)
        with self._ctx.write() as uow:
            uow.audit(AuditAction.CONSULTATION, "attachment", row.id, {"sha256": row.sha256})
        return data

    def open_external(self, attachment_id: str) -> Path:
        """Decrypt the attachment into the private viewing folder (`view_dir`) for the system's player and
        record the CONSULTATION (details `external: true`); returns the file's path, `<id><extension>`.
        The copy is complete and verified before it appears under that name, and the rename and the audit
        event succeed or fail together. It is deleted by `purge_views()` (at sign-out and quit).

        Errors: NOT_PERMITTED, NOT_FOUND (attachment; field "file": no local copy), INVALID "file"
        "corrupted" (MEDIA_CORRUPT), DISK_FULL / TARGET_UNWRITABLE on field "target"."""
        self._ctx.require(*VIEW_ROLES)
        row = self._row(attachment_id)
        self._require_local(row)
        folder = self.view_dir
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            raise FieldOpsError(ErrorCode.TARGET_UNWRITABLE, field="target", detail="not writable") from None
        target = folder / (_UNSAFE_NAME.sub("_", row.id) + _suffix(row))
        tmp = self._media.export_temp(row.sha256, folder, label=target.name)
        renamed = False
        try:
            with self._ctx.write() as uow:
                uow.audit(AuditAction.CONSULTATION, "attachment", row.id, {"sha256": row.sha256, "external": True})
                try:
                    os.replace(tmp, target)  # last step: a failed commit removes the copy again
                except PermissionError:
                    # Windows: a player still holds the copy opened before. Its content is the same.
                    if not target.is_file():
                        raise FieldOpsError(ErrorCode.TARGET_UNWRITABLE, field="target",
                                            detail="not writable") from None
                    tmp.unlink(missing_ok=True)
                renamed = True
        except BaseException:
            with contextlib.suppress(OSError):
                (target if renamed else tmp).unlink(missing_ok=True)
            raise
        return target

    def purge_views(self, min_age_seconds: float = 0.0) -> int:
        """Delete the decrypted copies in the viewing folder (older than `min_age_seconds`); returns how many
        entries went. A copy held open by a player (Windows) is skipped and goes at the next purge. Needs no
        signed-in user."""
        folder = self.view_dir
        if not folder.is_dir():
            return 0
        removed = 0
        cutoff = time.time() - min_age_seconds
        for entry in folder.iterdir():
            try:
                if min_age_seconds and entry.lstat().st_mtime > cutoff:
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            except OSError:
                continue
            removed += 1
        return removed

    def trail(self, attachment_id: str) -> builtins.list[MediaTrailStep]:
        """The chain of custody of one attachment: every audit event on ("attachment", id), oldest first,
        with the actor's full name. NOT_FOUND for an unknown attachment."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            if s.execute(select(col(Attachment.id)).where(col(Attachment.id) == attachment_id)).first() is None:
                raise FieldOpsError(ErrorCode.NOT_FOUND)
            rows = s.execute(
                select(col(AuditEvent.at), col(AuditEvent.action), col(User.full_name), col(AuditEvent.device_id),
                       col(AuditEvent.purpose), col(AuditEvent.details))
                .outerjoin(User, col(User.id) == col(AuditEvent.actor_id))
                .where(col(AuditEvent.entity) == "attachment", col(AuditEvent.entity_id) == attachment_id)
                .order_by(col(AuditEvent.at), col(AuditEvent.seq))
            ).all()
        return [MediaTrailStep(r[0], str(r[1]), r[2], str(r[3]), r[4], dict(r[5] or {})) for r in rows]

    # ---- helpers ----------------------------------------------------------------------------------------
    def _row(self, attachment_id: str) -> _Row:
        with self._ctx.read() as s:
            row = s.execute(select(col(Attachment.id), col(Attachment.sha256), col(Attachment.size),
                                   col(Attachment.mime), col(Attachment.filename))
                            .where(col(Attachment.id) == attachment_id)).first()
        if row is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        return _Row(str(row[0]), str(row[1]), int(row[2]), str(row[3]), str(row[4]))

    def _require_local(self, row: _Row) -> None:
        if not self._media.exists(row.sha256):
            raise FieldOpsError(ErrorCode.NOT_FOUND, field="file")


def _suffix(row: _Row) -> str:
    """The original file's extension (the system picks its player by it), else one for the content type."""
    suffix = Path(row.filename).suffix
    if _SAFE_SUFFIX.fullmatch(suffix):
        return suffix
    return _MIME_SUFFIX.get(row.mime, "")
