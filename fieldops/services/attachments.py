"""Attachments: photos and videos attached to an operation or to one of its checks (SYNC.md "Media").

Attaching streams the file into the encrypted, content-addressed media store first (`fieldops.media`: a long
video takes a while, and no transaction is held meanwhile), then one unit of work records the fact: the
attachment row (hash, size, custodian, device, time), its outbox row and a COLLECTION audit event with the
hash: the chain of custody starts here. Uploading (`upload_state` waiting → uploaded) is the sync's job.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select
from sqlmodel import Session, col

from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.dto import AttachmentDTO, UserDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.ids import uuid7
from fieldops.media import SNIFF_BYTES, MediaStore, sniff_mime
from fieldops.models import Agency, Attachment, Check, MediaTransfer, Operation, OperationCrew, User
from fieldops.models.enums import AuditAction, OperationStatus, Role
from fieldops.progress import CancelToken, Progress
from fieldops.services.disclosure import publish

OWNER_TYPES = ("operation", "check")  # what `add` attaches to (the desk attaches to custody events itself)
LISTED_TYPES = (*OWNER_TYPES, "custody_event")
EDITABLE = (OperationStatus.DRAFT.value, OperationStatus.RETURNED.value)
WAITING = "waiting"
MAX_FILENAME = 255
MAX_THUMBNAIL = 256 * 1024
THUMBNAIL_TYPES = ("image/jpeg", "image/png", "image/webp")


class AttachmentService:
    def __init__(self, ctx: Context, media: MediaStore) -> None:
        self._ctx = ctx
        self._media = media

    def add(self, owner_type: str, owner_id: str, path: Path, *, thumbnail: bytes | None = None,
            thumbnail_mime: str | None = None, captured_at: datetime | None = None,
            progress: Progress | None = None, cancel: CancelToken | None = None) -> Changes:
        """Attach the file at `path` to an editable operation or check; `Changes.created_id` is the new
        attachment's id. `thumbnail` is a small JPEG/PNG/WebP preview the UI made (≤ 256 KiB).

        Errors: NOT_PERMITTED (role, or not crew of the operation), INVALID "owner_type"/"captured_at"/
        "thumbnail"/"file" (not found, not readable, a folder, empty file, disk full), NOT_FOUND (owner),
        LOCKED (operation submitted/approved, or the check voided); `Cancelled` if `cancel` fired."""
        me = self._ctx.require(Role.OFFICER, Role.SUPERVISOR)
        owner_type = _owner_type(owner_type)
        if captured_at is not None and (not isinstance(captured_at, datetime) or captured_at.tzinfo is None):
            raise FieldOpsError(ErrorCode.INVALID, field="captured_at", detail="time without time zone")
        thumb, thumb_mime = _thumbnail(thumbnail, thumbnail_mime)
        with self._ctx.read() as s:  # fail fast, before minutes of encrypting a video for a locked record
            _editable_operation(s, owner_type, owner_id, me)
        stored = self._media.import_file(Path(path), progress, cancel)
        if captured_at is None:
            captured_at = captured_time(self._ctx, Path(path))
        # The encrypted copy is in the store now. If the unit of work below fails (the operation was
        # submitted meanwhile, the database is busy, …) the copy stays: content-addressed and encrypted it
        # is harmless, and attaching the same file again reuses it.
        attachment_id = uuid7()
        filename = _filename(Path(path))
        with self._ctx.write() as uow:
            operation_id = _editable_operation(uow.session, owner_type, owner_id, me)
            uow.session.add(Attachment(
                id=attachment_id, owner_type=owner_type, owner_id=owner_id, sha256=stored.sha256,
                size=stored.size, mime=stored.mime, filename=filename, captured_at=captured_at,
                attached_by=me.id, attached_at=uow.now, device_id=self._ctx.device_id, upload_state=WAITING,
                thumbnail=thumb, thumbnail_mime=thumb_mime))
            # The thumbnail stays local: the server gets the file itself (upload) and can derive its own.
            uow.outbox("attachment", attachment_id, "create", {
                "owner_type": owner_type, "owner_id": owner_id, "sha256": stored.sha256, "size": stored.size,
                "mime": stored.mime, "filename": filename,
                "captured_at": captured_at.isoformat() if captured_at else None,
                "attached_at": uow.now.isoformat()})
            uow.audit(AuditAction.COLLECTION, "attachment", attachment_id, {
                "sha256": stored.sha256, "size": stored.size, "mime": stored.mime, "owner_type": owner_type,
                "owner_id": owner_id})
            uow.touch(owner_type, owner_id)
            uow.touch("operation", operation_id)
            uow.created(attachment_id)
        return uow.changes

    def list(self, owner_type: str, owner_id: str) -> builtins.list[AttachmentDTO]:
        """The attachments of one operation, check or custody event (a return's damage photos), oldest first (no
        thumbnail bytes), with their upload state."""
        self._ctx.require_user()
        if owner_type not in LISTED_TYPES:
            raise FieldOpsError(ErrorCode.INVALID, field="owner_type", detail=str(owner_type)[:40])
        with self._ctx.read() as s:
            rows = s.execute(self._select().where(col(Attachment.owner_type) == owner_type,
                                                  col(Attachment.owner_id) == owner_id)
                             .order_by(col(Attachment.attached_at), col(Attachment.id))).all()
        return [_dto(r) for r in rows]

    def get(self, attachment_id: str) -> AttachmentDTO:
        """One attachment (NOT_FOUND for an unknown id)."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            row = s.execute(self._select().where(col(Attachment.id) == attachment_id)).first()
        if row is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        return _dto(row)

    @staticmethod
    def _select() -> Any:
        t = MediaTransfer
        failed = case((col(t.state) == "failed", col(t.error)), else_=None)
        return (select(col(Attachment.id), col(Attachment.owner_type), col(Attachment.owner_id),
                       col(Attachment.sha256), col(Attachment.size), col(Attachment.mime), col(Attachment.filename),
                       col(Attachment.captured_at), col(User.full_name), col(Attachment.attached_at),
                       col(Attachment.upload_state), col(Attachment.thumbnail).is_not(None), failed, col(t.sent))
                .outerjoin(User, col(User.id) == col(Attachment.attached_by))
                .outerjoin(t, col(t.sha256) == col(Attachment.sha256)))

    def thumbnail(self, attachment_id: str) -> bytes | None:
        """The preview image's bytes, or None if the attachment has none; NOT_FOUND for an unknown id."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            row = s.execute(select(col(Attachment.thumbnail)).where(col(Attachment.id) == attachment_id)).first()
        if row is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        return bytes(row[0]) if row[0] is not None else None

    def export_to(self, attachment_id: str, target: Path, purpose: str, *, progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> Changes:
        """Decrypt the attachment to `target` (a file the user chose) and record the DISCLOSURE with its
        purpose. The file appears under its name only complete and verified (temp file + rename), and the
        rename and the audit event succeed or fail together.

        Errors: REQUIRED "purpose", NOT_PERMITTED, NOT_FOUND (attachment, or no local copy: field "file"),
        INVALID "target" (a folder, folder not found, not writable, disk full), INVALID "file" "corrupted";
        `Cancelled`."""
        self._ctx.require(Role.OFFICER, Role.SUPERVISOR)
        purpose = (purpose or "").strip()
        if not purpose:
            raise FieldOpsError(ErrorCode.REQUIRED, field="purpose")
        target = Path(target)
        if target.is_dir():
            raise FieldOpsError(ErrorCode.TARGET_UNWRITABLE, field="target", detail="a folder")
        with self._ctx.read() as s:
            row = s.execute(select(col(Attachment.sha256), col(Attachment.size))
                            .where(col(Attachment.id) == attachment_id)).first()
        if row is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        sha256, size = str(row[0]), int(row[1])
        tmp = self._media.export_temp(sha256, target.parent, progress, cancel, label=target.name)
        return publish(self._ctx, tmp, target, "attachment", attachment_id,
                       {"sha256": sha256, "size": size, "to": str(target)}, purpose)

    def waiting_count(self) -> int:
        """Attached files not yet uploaded (for the "waiting to be sent" indicator)."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            return int(s.execute(select(func.count()).select_from(Attachment)
                                 .where(col(Attachment.upload_state) == WAITING)).scalar_one())


def _dto(r: Any) -> AttachmentDTO:
    waiting = r[10] == WAITING
    return AttachmentDTO(r[0], r[1], r[2], r[3], int(r[4]), r[5], r[6], r[7], r[8] or "", r[9], r[10], bool(r[11]),
                         r[12] if waiting else None, int(r[13] or 0) if waiting else 0)


def captured_time(ctx: Context, path: Path) -> datetime | None:
    """When the photo or video was taken (EXIF / movie header); a camera's local time without an offset is
    read in the current user's agency time zone."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from fieldops.media_meta import captured_at

    me = ctx.require_user()
    with ctx.read() as s:
        zone_name = s.execute(select(col(Agency.timezone)).where(col(Agency.id) == me.agency_id)).scalar()
    try:
        zone = ZoneInfo(zone_name or "Europe/Riga")
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("Europe/Riga")
    return captured_at(path, zone)


def _owner_type(value: object) -> str:
    if value not in OWNER_TYPES:
        raise FieldOpsError(ErrorCode.INVALID, field="owner_type", detail=str(value)[:40])
    return str(value)


def _editable_operation(s: Session, owner_type: str, owner_id: str, me: UserDTO) -> str:
    """The id of the operation that owns the attachment's owner, if the current user may add to it now
    (the same rule as editing the operation: draft or returned, and crew, creator or a supervisor)."""
    operation_id = owner_id
    if owner_type == "check":
        check = s.execute(select(col(Check.operation_id), col(Check.voided_at))
                          .where(col(Check.id) == owner_id)).first()
        if check is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        if check[1] is not None:
            raise FieldOpsError(ErrorCode.LOCKED, detail="voided")
        operation_id = str(check[0])
    op = s.execute(select(col(Operation.status), col(Operation.created_by))
                   .where(col(Operation.id) == operation_id)).first()
    if op is None:
        raise FieldOpsError(ErrorCode.NOT_FOUND)
    if op[0] not in EDITABLE:
        raise FieldOpsError(ErrorCode.LOCKED, detail=op[0])
    if op[1] != me.id and not me.has_role(Role.SUPERVISOR):
        crew = s.execute(select(col(OperationCrew.user_id)).where(
            col(OperationCrew.operation_id) == operation_id, col(OperationCrew.user_id) == me.id)).first()
        if crew is None:
            raise FieldOpsError(ErrorCode.NOT_PERMITTED)
    return operation_id


def _thumbnail(data: bytes | None, mime: str | None) -> tuple[bytes | None, str | None]:
    if data is None:
        return None, None
    if not isinstance(data, bytes | bytearray | memoryview) or len(data) == 0:
        raise FieldOpsError(ErrorCode.INVALID, field="thumbnail", detail="empty")
    if len(data) > MAX_THUMBNAIL:
        raise FieldOpsError(ErrorCode.INVALID, field="thumbnail", detail="larger than 256 KiB")
    sniffed = sniff_mime(bytes(data[:SNIFF_BYTES]))
    if sniffed not in THUMBNAIL_TYPES:
        raise FieldOpsError(ErrorCode.INVALID, field="thumbnail", detail="not a JPEG, PNG or WebP image")
    if mime is not None and mime != sniffed:
        raise FieldOpsError(ErrorCode.INVALID, field="thumbnail_mime", detail=sniffed)
    return bytes(data), sniffed


def _filename(path: Path) -> str:
    """The original file's base name (never its folders), at most 255 characters, extension kept."""
    name = path.name
    if len(name) <= MAX_FILENAME:
        return name
    suffix = path.suffix if len(path.suffix) <= 16 else ""
    return name[:MAX_FILENAME - len(suffix)] + suffix
