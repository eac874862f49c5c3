"""Attachments: encrypted store first, then one unit of work (row + outbox + audit with the hash); locks,
roles, bad files, cancellation and export with a stated purpose."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.media import MediaStore
from fieldops.models.enums import Role
from fieldops.progress import Cancelled, CancelToken
from fieldops.services.attachments import AttachmentService, _filename
from tests import factories

# Remove once migration 0002 (thumbnail, thumbnail_mime) is in every branch this runs on.

MIB = 1 << 20
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
THUMB = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8  # 2 KiB, distinctive bytes
TABLES = ("attachment", "outbox", "audit_event")


def _service(session: FieldOps) -> AttachmentService:
    # fo.attachments is wired by the lead; until then the tests build the service like the façade will.
    return AttachmentService(session._ctx, MediaStore(session.home / "media", session._ctx.data_key))


@pytest.fixture
def attachments(officer: FieldOps) -> AttachmentService:
    return _service(officer)


@pytest.fixture
def photo(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "DCIM" / "100CANON"
    folder.mkdir(parents=True)
    path = folder / "IMG_0042.jpg"
    path.write_bytes(JPEG + os.urandom(MIB + 12345) + b"PLAINTEXT-MARKER")
    yield path


def _store(session: FieldOps) -> list[Path]:
    media = session.home / "media"
    return sorted(media.rglob("*.fom")) if media.exists() else []


def _temps(session: FieldOps) -> list[Path]:
    tmp = session.home / "media" / "tmp"
    return sorted(tmp.iterdir()) if tmp.exists() else []


def _expect(code: ErrorCode, field: str | None, fn: Any, *args: Any, **kwargs: Any) -> FieldOpsError:
    with pytest.raises(FieldOpsError) as exc:
        fn(*args, **kwargs)
    assert (exc.value.code, exc.value.field) == (code, field), exc.value
    return exc.value


def _check(session: FieldOps, op_id: str) -> str:
    changes = session.checks.add(op_id, kind="other", at=factories.utc(0.5), outcome="no_violation",
                                           facts={"category": "assistance", "text": "Helped a stranded driver"})
    assert changes.created_id
    return changes.created_id


def _payload(fo: FieldOps, attachment_id: str) -> dict[str, Any]:
    raw = factories.scalar(fo, "SELECT payload FROM outbox WHERE entity = 'attachment' AND entity_id = :id",
                           id=attachment_id)
    payload: dict[str, Any] = json.loads(raw) if isinstance(raw, str) else raw
    return payload


def test_officer_attaches_a_photo_to_their_operation(fo: FieldOps, officer: FieldOps,
                                                     attachments: AttachmentService, photo: Path) -> None:
    op_id = factories.operation(officer)
    taken = factories.utc(1)
    changes = attachments.add("operation", op_id, photo, thumbnail=THUMB, captured_at=taken)

    att_id = changes.created_id
    assert att_id and changes.concerns("attachment", "operation") and changes.outbox_ops == 1
    assert {att_id, op_id} <= changes.ids
    data = photo.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    row = factories.rows(fo, "SELECT owner_type, owner_id, sha256, size, mime, filename, attached_by, device_id, "
                             "upload_state, thumbnail, thumbnail_mime FROM attachment WHERE id = :id", id=att_id)[0]
    assert row == ("operation", op_id, sha, len(data), "image/jpeg", "IMG_0042.jpg", officer.user.id,
                   officer.device_id, "waiting", THUMB, "image/png")

    [dto] = attachments.list("operation", op_id)
    assert (dto.id, dto.sha256, dto.size, dto.mime, dto.filename) == (att_id, sha, len(data), "image/jpeg",
                                                                      "IMG_0042.jpg")
    assert (dto.attached_by_name, dto.upload_state, dto.has_thumbnail) == (officer.user.full_name, "waiting", True)
    assert dto.captured_at == taken
    assert dto.attached_at.tzinfo is not None
    assert attachments.thumbnail(att_id) == THUMB
    assert attachments.waiting_count() == 1

    media = MediaStore(officer.home / "media", officer._ctx.data_key)
    assert _store(officer) == [media.path_of(sha)] and media.verify(sha)
    assert b"PLAINTEXT-MARKER" not in media.path_of(sha).read_bytes()
    assert _temps(officer) == []


def test_the_audit_event_records_the_hash(fo: FieldOps, officer: FieldOps, attachments: AttachmentService,
                                          photo: Path) -> None:
    op_id = factories.operation(officer)
    att_id = attachments.add("operation", op_id, photo).created_id
    action, actor, device, details = factories.rows(
        fo, "SELECT action, actor_id, device_id, details FROM audit_event WHERE entity = 'attachment' "
            "AND entity_id = :id", id=att_id)[0]
    details = json.loads(details) if isinstance(details, str) else details
    assert (action, actor, device) == ("collection", officer.user.id, officer.device_id)
    assert details == {"sha256": hashlib.sha256(photo.read_bytes()).hexdigest(), "size": photo.stat().st_size,
                       "mime": "image/jpeg", "owner_type": "operation", "owner_id": op_id}
    assert fo.audit.verify().ok


def test_the_outbox_row_carries_no_thumbnail_bytes(fo: FieldOps, officer: FieldOps,
                                                   attachments: AttachmentService, photo: Path) -> None:
    op_id = factories.operation(officer)
    att_id = attachments.add("operation", op_id, photo, thumbnail=THUMB, captured_at=factories.utc(1)).created_id
    assert att_id
    payload = _payload(fo, att_id)
    assert set(payload) == {"owner_type", "owner_id", "sha256", "size", "mime", "filename", "captured_at",
                            "attached_at"}
    assert payload["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert payload["filename"] == "IMG_0042.jpg" and payload["owner_id"] == op_id
    raw = str(factories.scalar(fo, "SELECT payload FROM outbox WHERE entity_id = :id", id=att_id))
    assert len(raw) < 1000 and "thumbnail" not in raw


def test_a_photo_attached_to_a_check(officer: FieldOps, attachments: AttachmentService, photo: Path) -> None:
    op_id = factories.operation(officer)
    check_id = _check(officer, op_id)
    changes = attachments.add("check", check_id, photo)
    assert changes.concerns("check", "operation", "attachment") and {check_id, op_id} <= changes.ids
    assert [a.id for a in attachments.list("check", check_id)] == [changes.created_id]
    assert attachments.list("operation", op_id) == []  # listed under its own owner only
    assert attachments.list("check", check_id)[0].has_thumbnail is False
    assert attachments.thumbnail(str(changes.created_id)) is None


def test_the_same_file_twice_is_stored_once(fo: FieldOps, officer: FieldOps, attachments: AttachmentService,
                                            photo: Path) -> None:
    op_id = factories.operation(officer)
    first = attachments.add("operation", op_id, photo).created_id
    second = attachments.add("check", _check(officer, op_id), photo).created_id
    assert first != second
    assert factories.scalar(fo, "SELECT count(DISTINCT sha256) FROM attachment") == 1
    assert factories.scalar(fo, "SELECT count(*) FROM attachment") == 2
    assert len(_store(officer)) == 1 and _temps(officer) == []
    assert attachments.waiting_count() == 2


@pytest.mark.parametrize("status", ["submitted", "approved"])
def test_a_locked_operation_takes_no_attachment(fo: FieldOps, officer: FieldOps, attachments: AttachmentService,
                                                photo: Path, status: str) -> None:
    op_id = factories.operation(officer)
    check_id = _check(officer, op_id)
    factories.execute(fo, "UPDATE operation SET status = :s WHERE id = :id", s=status, id=op_id)
    before = factories.table_counts(fo, *TABLES)
    assert _expect(ErrorCode.LOCKED, None, attachments.add, "operation", op_id, photo).params == {"detail": status}
    _expect(ErrorCode.LOCKED, None, attachments.add, "check", check_id, photo)
    assert factories.table_counts(fo, *TABLES) == before
    assert _store(officer) == []  # refused before the file was read


def test_a_voided_check_takes_no_attachment(fo: FieldOps, officer: FieldOps, attachments: AttachmentService,
                                            photo: Path) -> None:
    check_id = _check(officer, factories.operation(officer))
    officer.checks.void(check_id, "Logged twice")
    before = factories.table_counts(fo, *TABLES)
    assert _expect(ErrorCode.LOCKED, None, attachments.add, "check", check_id, photo).params == {"detail": "voided"}
    assert factories.table_counts(fo, *TABLES) == before


def test_locked_while_the_file_was_being_stored(fo: FieldOps, officer: FieldOps, attachments: AttachmentService,
                                                photo: Path) -> None:
    op_id = factories.operation(officer)
    before = factories.table_counts(fo, *TABLES)

    def submit_meanwhile(fraction: float, label: str) -> None:
        factories.execute(fo, "UPDATE operation SET status = 'submitted' WHERE id = :id", id=op_id)

    _expect(ErrorCode.LOCKED, None, attachments.add, "operation", op_id, photo, progress=submit_meanwhile)
    assert factories.table_counts(fo, *TABLES) == before
    assert len(_store(officer)) == 1  # the encrypted copy stays (content-addressed, harmless), no temp file
    assert _temps(officer) == []


@pytest.mark.parametrize(("kind", "detail"), [("empty", "empty file"), ("missing", "not found"),
                                              ("folder", "a folder")])
def test_bad_files_leave_nothing(fo: FieldOps, officer: FieldOps, attachments: AttachmentService, tmp_path: Path,
                                 kind: str, detail: str) -> None:
    op_id = factories.operation(officer)
    path = tmp_path / "evidence.jpg"
    if kind == "empty":
        path.touch()
    elif kind == "folder":
        path.mkdir()
    before = factories.table_counts(fo, *TABLES)
    assert _expect(_code_for(detail), "file", attachments.add, "operation", op_id, path).params == {"detail": detail}
    assert factories.table_counts(fo, *TABLES) == before
    assert _store(officer) == [] and _temps(officer) == []


def test_cancelling_leaves_no_row_and_no_temp_file(fo: FieldOps, officer: FieldOps,
                                                   attachments: AttachmentService, tmp_path: Path) -> None:
    op_id = factories.operation(officer)
    video = tmp_path / "MVI_0001.MOV"
    video.write_bytes(b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  " + os.urandom(4 * MIB))
    token = CancelToken()
    before = factories.table_counts(fo, *TABLES)
    with pytest.raises(Cancelled):
        attachments.add("operation", op_id, video, progress=lambda f, _: token.cancel(), cancel=token)
    assert factories.table_counts(fo, *TABLES) == before
    assert _store(officer) == [] and _temps(officer) == []
    assert attachments.add("operation", op_id, video).created_id  # and it works when not cancelled
    assert attachments.list("operation", op_id)[0].mime == "video/quicktime"


def test_owner_and_argument_errors(fo: FieldOps, officer: FieldOps, attachments: AttachmentService,
                                   photo: Path) -> None:
    op_id = factories.operation(officer)
    before = factories.table_counts(fo, *TABLES)
    _expect(ErrorCode.INVALID, "owner_type", attachments.add, "custody_event", op_id, photo)
    _expect(ErrorCode.NOT_FOUND, None, attachments.add, "operation", "no-such-operation", photo)
    _expect(ErrorCode.NOT_FOUND, None, attachments.add, "check", op_id, photo)
    _expect(ErrorCode.INVALID, "captured_at", attachments.add, "operation", op_id, photo,
            captured_at=factories.utc(1).replace(tzinfo=None))
    _expect(ErrorCode.INVALID, "thumbnail", attachments.add, "operation", op_id, photo, thumbnail=b"")
    _expect(ErrorCode.INVALID, "thumbnail", attachments.add, "operation", op_id, photo, thumbnail=b"not an image")
    _expect(ErrorCode.INVALID, "thumbnail", attachments.add, "operation", op_id, photo,
            thumbnail=JPEG + bytes(256 * 1024))
    _expect(ErrorCode.INVALID, "thumbnail_mime", attachments.add, "operation", op_id, photo, thumbnail=THUMB,
            thumbnail_mime="image/jpeg")
    _expect(ErrorCode.INVALID, "owner_type", attachments.list, "equipment", op_id)
    _expect(ErrorCode.NOT_FOUND, None, attachments.thumbnail, "no-such-attachment")
    assert factories.table_counts(fo, *TABLES) == before and _store(officer) == []


def test_roles_and_crew(fo: FieldOps, officer: FieldOps, photo: Path) -> None:
    op_id = factories.operation(officer)
    _expect(ErrorCode.NOT_PERMITTED, None, _service(fo).add, "operation", op_id, photo)  # administrator only
    stranger = factories.login(fo, factories.user(fo, Role.OFFICER))
    supervisor = factories.login(fo, factories.user(fo, Role.SUPERVISOR))
    try:
        _expect(ErrorCode.NOT_PERMITTED, None, _service(stranger).add, "operation", op_id, photo)
        assert _service(supervisor).add("operation", op_id, photo).created_id
    finally:
        stranger.close()
        supervisor.close()
    assert factories.scalar(fo, "SELECT count(*) FROM attachment") == 1


def test_export_decrypts_to_the_chosen_file_and_records_the_disclosure(
        fo: FieldOps, officer: FieldOps, attachments: AttachmentService, photo: Path, tmp_path: Path) -> None:
    op_id = factories.operation(officer)
    att_id = attachments.add("operation", op_id, photo).created_id
    assert att_id
    usb = tmp_path / "usb"
    usb.mkdir()
    target = usb / "evidence.jpg"
    events = factories.scalar(fo, "SELECT count(*) FROM audit_event")

    _expect(ErrorCode.REQUIRED, "purpose", attachments.export_to, att_id, target, "   ")
    _expect(ErrorCode.TARGET_UNWRITABLE, "target", attachments.export_to, att_id, usb, "Court case 12/2026")
    _expect(ErrorCode.TARGET_UNWRITABLE, "target", attachments.export_to, att_id, tmp_path / "nowhere" / "x.jpg",
            "Court")
    _expect(ErrorCode.NOT_FOUND, None, attachments.export_to, "no-such-attachment", target, "Court")
    assert factories.scalar(fo, "SELECT count(*) FROM audit_event") == events and list(usb.iterdir()) == []

    fractions: list[float] = []
    changes = attachments.export_to(att_id, target, "  Court case 12/2026 ", progress=lambda f, _: fractions.append(f))
    assert target.read_bytes() == photo.read_bytes() and list(usb.iterdir()) == [target]
    assert fractions[-1] == 1.0 and changes.concerns("audit")
    action, purpose, details = factories.rows(
        fo, "SELECT action, purpose, details FROM audit_event ORDER BY seq DESC LIMIT 1")[0]
    details = json.loads(details) if isinstance(details, str) else details
    assert (action, purpose) == ("disclosure", "Court case 12/2026")
    assert details["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest() and details["to"] == str(target)
    assert fo.audit.verify().ok


def test_a_damaged_copy_is_not_exported(fo: FieldOps, officer: FieldOps, attachments: AttachmentService,
                                        photo: Path, tmp_path: Path) -> None:
    att_id = attachments.add("operation", factories.operation(officer), photo).created_id
    assert att_id
    [stored] = _store(officer)
    damaged = bytearray(stored.read_bytes())
    damaged[len(damaged) // 2] ^= 0x10
    stored.write_bytes(damaged)
    events = factories.scalar(fo, "SELECT count(*) FROM audit_event")
    out = tmp_path / "out"
    out.mkdir()
    error = _expect(ErrorCode.MEDIA_CORRUPT, "file", attachments.export_to, att_id, out / "x.jpg", "Court")
    assert error.params == {"detail": "corrupted"}
    assert list(out.iterdir()) == [] and factories.scalar(fo, "SELECT count(*) FROM audit_event") == events
    stored.unlink()
    _expect(ErrorCode.NOT_FOUND, "file", attachments.export_to, att_id, out / "x.jpg", "Court")


def test_a_failed_audit_write_takes_the_exported_file_back(
        officer: FieldOps, attachments: AttachmentService, photo: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    att_id = attachments.add("operation", factories.operation(officer), photo).created_id
    assert att_id
    import fieldops.context

    def fail(self: object) -> None:
        raise RuntimeError("disk I/O error at commit")

    monkeypatch.setattr(fieldops.context.UnitOfWork, "finish", fail)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError):
        attachments.export_to(att_id, out / "x.jpg", "Court")
    assert list(out.iterdir()) == []


def test_list_order_and_waiting_count(officer: FieldOps, attachments: AttachmentService, tmp_path: Path) -> None:
    op_id = factories.operation(officer)
    ids = []
    for n in range(3):
        path = tmp_path / f"p{n}.jpg"
        path.write_bytes(JPEG + os.urandom(100))
        ids.append(attachments.add("operation", op_id, path).created_id)
    assert [a.id for a in attachments.list("operation", op_id)] == ids
    assert attachments.waiting_count() == 3


def test_file_names_keep_only_the_base_name_and_fit(tmp_path: Path) -> None:
    assert _filename(Path("/media/usb/DCIM/IMG_1.jpg")) == "IMG_1.jpg"
    long = _filename(Path("ā" * 300 + ".jpeg"))
    assert len(long) == 255 and long.endswith("ā.jpeg")
    assert len(_filename(Path("x" * 300))) == 255


def _code_for(detail: str) -> ErrorCode:
    """The typed error a bad source file gets, by its detail."""
    codes = {"empty file": ErrorCode.MEDIA_EMPTY, "disk full": ErrorCode.DISK_FULL}
    return codes.get(detail, ErrorCode.MEDIA_UNREADABLE)


def test_the_capture_time_comes_from_the_photos_exif_in_the_agency_zone(officer: FieldOps, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from tests.core.test_media_meta import ORIGINAL, ascii_tag, jpeg, tiff

    op_id = factories.operation(officer)
    photo = tmp_path / "IMG_0100.jpg"
    photo.write_bytes(jpeg(tiff("<", [], [ascii_tag(ORIGINAL, "2026:01:15 23:40:00")])))
    att = officer.attachments.add("operation", op_id, photo).created_id
    [dto] = officer.attachments.list("operation", op_id)
    assert dto.id == att and dto.captured_at == datetime(2026, 1, 15, 21, 40, tzinfo=UTC)  # Riga winter: +02:00
    payload = factories.scalar(officer, "SELECT payload FROM outbox WHERE entity = 'attachment'")
    assert "2026-01-15T21:40:00+00:00" in payload or "2026-01-15T23:40:00+02:00" in payload
