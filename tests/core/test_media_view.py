"""The media viewer's core: a photo's verified bytes and a decrypted copy for the system player, each with its
CONSULTATION record; no local copy, too large, damaged; the private viewing folder and its purge; the custody
trail; who may look."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import AuditAction, Role
from fieldops.services.media_view import MediaViewService
from tests import factories

MIB = 1 << 20
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
MARKER = b"PLAINTEXT-MARKER"


def _expect(code: ErrorCode, field: str | None, fn: Any, *args: Any, **kwargs: Any) -> FieldOpsError:
    with pytest.raises(FieldOpsError) as exc:
        fn(*args, **kwargs)
    assert (exc.value.code, exc.value.field) == (code, field), exc.value
    return exc.value


def _file(tmp_path: Path, name: str, head: bytes, size: int = 4096) -> Path:
    path = tmp_path / "camera" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(head + os.urandom(size) + MARKER)
    return path


def _attach(session: FieldOps, path: Path) -> str:
    att_id = session.attachments.add("operation", factories.operation(session), path).created_id
    assert att_id
    return att_id


def _events(fo: FieldOps, att_id: str, action: str = "consultation") -> list[tuple[Any, ...]]:
    rows = factories.rows(fo, "SELECT actor_id, device_id, details FROM audit_event WHERE entity = 'attachment' "
                              "AND entity_id = :id AND action = :action ORDER BY seq", id=att_id, action=action)
    return [(a, d, json.loads(x) if isinstance(x, str) else x) for a, d, x in rows]


def _stored(session: FieldOps, att_id: str) -> Path:
    """The encrypted copy (named by the plaintext's SHA-256)."""
    return session.media.path_of(factories.scalar(session, "SELECT sha256 FROM attachment WHERE id = :id",
                                                  id=att_id))


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    return _file(tmp_path, "IMG_0042.JPG", JPEG, MIB + 12345)


@pytest.fixture
def video(tmp_path: Path) -> Path:
    return _file(tmp_path, "MVI_0007.MP4", MP4, 3 * MIB)


def test_the_facade_has_the_service(officer: FieldOps) -> None:
    assert isinstance(officer.media_view, MediaViewService)
    assert officer.media_view.view_dir == officer.home / "media" / "view"


def test_a_photo_opens_with_its_bytes_and_a_consultation_record(fo: FieldOps, officer: FieldOps,
                                                                photo: Path) -> None:
    att_id = _attach(officer, photo)
    assert _events(fo, att_id) == []
    data = officer.media_view.open_image(att_id)
    assert data == photo.read_bytes()
    [(actor, device, details)] = _events(fo, att_id)
    assert (actor, device) == (officer.user.id, officer.device_id)
    assert details == {"sha256": _stored(officer, att_id).stem}
    officer.media_view.open_image(att_id)
    assert len(_events(fo, att_id)) == 2, "every look is recorded"
    assert fo.audit.verify().ok


def test_no_local_copy_is_not_found_on_the_file(fo: FieldOps, officer: FieldOps, photo: Path,
                                                video: Path) -> None:
    att_id, video_id = _attach(officer, photo), _attach(officer, video)
    _stored(officer, att_id).unlink()  # pruned after the upload's grace period
    factories.execute(fo, "UPDATE attachment SET upload_state = 'remote' WHERE id = :id", id=video_id)
    _stored(officer, video_id).unlink()  # the row came by sync from another laptop, the file did not
    _expect(ErrorCode.NOT_FOUND, "file", officer.media_view.open_image, att_id)
    _expect(ErrorCode.NOT_FOUND, "file", officer.media_view.open_external, video_id)
    assert _events(fo, att_id) == _events(fo, video_id) == []
    assert not officer.media_view.view_dir.exists() or list(officer.media_view.view_dir.iterdir()) == []


def test_unknown_attachment_and_wrong_kind(officer: FieldOps, video: Path) -> None:
    _expect(ErrorCode.NOT_FOUND, None, officer.media_view.open_image, "0190f0f0-0000-7000-8000-000000000000")
    _expect(ErrorCode.NOT_FOUND, None, officer.media_view.open_external, "0190f0f0-0000-7000-8000-000000000000")
    _expect(ErrorCode.NOT_FOUND, None, officer.media_view.trail, "0190f0f0-0000-7000-8000-000000000000")
    video_id = _attach(officer, video)
    error = _expect(ErrorCode.INVALID, "file", officer.media_view.open_image, video_id)
    assert error.params == {"detail": "not an image"}


def test_a_photo_over_the_limit_is_refused_before_decrypting(fo: FieldOps, officer: FieldOps, photo: Path) -> None:
    att_id = _attach(officer, photo)
    error = _expect(ErrorCode.INVALID, "file", officer.media_view.open_image, att_id, max_bytes=MIB)
    assert error.params == {"detail": "too large"}
    assert _events(fo, att_id) == []
    assert officer.media_view.open_image(att_id, max_bytes=photo.stat().st_size) == photo.read_bytes()


def test_a_damaged_copy_is_refused_and_not_recorded(fo: FieldOps, officer: FieldOps, photo: Path,
                                                    video: Path) -> None:
    att_id, video_id = _attach(officer, photo), _attach(officer, video)
    for stored in (_stored(officer, att_id), _stored(officer, video_id)):
        damaged = bytearray(stored.read_bytes())
        damaged[len(damaged) - 40] ^= 0x01  # in the last chunk: found only at the end
        stored.write_bytes(damaged)
    error = _expect(ErrorCode.MEDIA_CORRUPT, "file", officer.media_view.open_image, att_id)
    assert error.params == {"detail": "corrupted"}
    error = _expect(ErrorCode.MEDIA_CORRUPT, "file", officer.media_view.open_external, video_id)
    assert error.params == {"detail": "corrupted"}
    assert _events(fo, att_id) == _events(fo, video_id) == []
    assert list(officer.media_view.view_dir.iterdir()) == [], "no partial plaintext is left behind"


def test_open_external_writes_one_verified_copy_in_the_view_folder(fo: FieldOps, officer: FieldOps,
                                                                   video: Path) -> None:
    video_id = _attach(officer, video)
    path = officer.media_view.open_external(video_id)
    view = officer.home / "media" / "view"
    assert path == view / f"{video_id}.MP4"
    assert path.read_bytes() == video.read_bytes()
    [(actor, _device, details)] = _events(fo, video_id)
    assert actor == officer.user.id and details["external"] is True
    if sys.platform != "win32":
        assert stat.S_IMODE(view.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    plaintext = [p for p in officer.home.rglob("*") if p.is_file() and MARKER in p.read_bytes()]
    assert plaintext == [path], "the only decrypted copy is in the viewing folder"
    assert officer.media_view.open_external(video_id) == path, "opening again reuses the name"
    assert list(view.iterdir()) == [path] and len(_events(fo, video_id)) == 2

    assert officer.media_view.purge_views() == 1
    assert list(view.iterdir()) == [] and officer.media_view.purge_views() == 0


def test_the_copy_is_named_for_the_content_type_without_an_extension(officer: FieldOps, tmp_path: Path) -> None:
    att_id = _attach(officer, _file(tmp_path, "evidence", MP4))
    assert officer.media_view.open_external(att_id).name == f"{att_id}.mp4"


def test_a_failed_audit_write_takes_the_copy_back(officer: FieldOps, video: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    video_id = _attach(officer, video)
    import fieldops.context

    def fail(self: object) -> None:
        raise RuntimeError("disk I/O error at commit")

    monkeypatch.setattr(fieldops.context.UnitOfWork, "finish", fail)
    with pytest.raises(RuntimeError):
        officer.media_view.open_external(video_id)
    assert list(officer.media_view.view_dir.iterdir()) == []


def test_closing_the_workspace_purges_the_copies(fo: FieldOps, video: Path) -> None:
    session = factories.login(fo, factories.user(fo, Role.OFFICER))
    path = session.media_view.open_external(_attach(session, video))
    assert path.is_file()
    session.close()
    assert not path.exists()


def test_the_trail_lists_every_step_oldest_first(fo: FieldOps, officer: FieldOps, photo: Path,
                                                 tmp_path: Path) -> None:
    att_id = _attach(officer, photo)
    supervisor = factories.login(fo, factories.user(fo, Role.SUPERVISOR, full_name="Rasa Ozola"))
    try:
        supervisor.media_view.open_image(att_id)
    finally:
        supervisor.close()
    officer.media_view.open_external(att_id)
    officer.attachments.export_to(att_id, tmp_path / "court.jpg", "Court case 12/2025")

    trail = officer.media_view.trail(att_id)
    assert [s.action for s in trail] == ["collection", "consultation", "consultation", "disclosure"]
    assert [s.actor for s in trail] == [officer.user.full_name, "Rasa Ozola", officer.user.full_name,
                                        officer.user.full_name]
    assert all(s.device_id == officer.device_id for s in trail)
    assert [s.at for s in trail] == sorted(s.at for s in trail) and trail[0].at.tzinfo is not None
    assert trail[0].details["sha256"] == _stored(officer, att_id).stem and trail[0].purpose is None
    assert trail[2].details["external"] is True
    assert trail[3].purpose == "Court case 12/2025"
    assert officer.media_view.trail(att_id) == trail, "reading the trail is no consultation"


def test_later_actions_and_unknown_actors_appear_as_they_are(fo: FieldOps, officer: FieldOps, photo: Path) -> None:
    att_id = _attach(officer, photo)
    with fo._ctx.write() as uow:  # what the upload records once the server committed the file
        uow.audit(AuditAction.TRANSFER, "attachment", att_id, {"state": "committed"})
    factories.execute(fo, "UPDATE audit_event SET actor_id = NULL WHERE entity_id = :id AND action = 'transfer'",
                      id=att_id)  # an actor this laptop does not know
    [first, last] = officer.media_view.trail(att_id)
    assert first.action == "collection"
    assert (last.action, last.actor, last.details) == ("transfer", None, {"state": "committed"})


def test_who_may_look(fo: FieldOps, officer: FieldOps, photo: Path) -> None:
    att_id = _attach(officer, photo)
    manager = factories.login(fo, factories.user(fo, Role.EQUIPMENT_MANAGER))
    try:
        assert manager.media_view.open_image(att_id) == photo.read_bytes()
    finally:
        manager.close()
    # The administrator (accounts, not evidence) sees the trail but not the content.
    _expect(ErrorCode.NOT_PERMITTED, None, fo.media_view.open_image, att_id)
    _expect(ErrorCode.NOT_PERMITTED, None, fo.media_view.open_external, att_id)
    assert [s.action for s in fo.media_view.trail(att_id)] == ["collection", "consultation"]
    # Nobody signed in: nothing at all.
    officer._ctx.user = None
    for call in (officer.media_view.open_image, officer.media_view.open_external, officer.media_view.trail):
        _expect(ErrorCode.NOT_PERMITTED, None, call, att_id)
    assert len(_events(fo, att_id)) == 1
