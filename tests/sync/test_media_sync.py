"""Media from laptop to regional server and back, with the real server process on PostgreSQL: a photo waits,
is sent in chunks, is marked sent only after `committed`, extends its custody trail; the other laptop sees the
attachment and fetches the file verified; failures carry a reason; sent copies are pruned only after grace."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from fieldops.app import FieldOps
from fieldops.sync.media import MediaReport, MediaSync, RefusedError
from fieldops.sync.transport import HttpMediaTransport
from tests import factories
from tests.sync import test_live_sync as live
from tests.sync.test_live_sync import Laptop, Setup

pg_url, server_db, live_server, setup = live.pg_url, live.server_db, live.live_server, live.setup

MiB = 1024 * 1024


def attach(fo: FieldOps, tmp: Path, data: bytes, name: str = "photo.jpg") -> tuple[str, str]:
    op_id = factories.operation(fo)
    path = tmp / name
    path.write_bytes(data)
    changes = fo.attachments.add("operation", op_id, path)
    assert changes.created_id
    return op_id, changes.created_id


def media(laptop: Laptop, **kwargs: Any) -> MediaSync:
    return MediaSync(laptop.fo, HttpMediaTransport(laptop.session), **kwargs)


def state(fo: FieldOps, attachment_id: str) -> str:
    return str(factories.scalar(fo, "SELECT upload_state FROM attachment WHERE id = :i", i=attachment_id))


def test_a_photo_waits_is_sent_in_chunks_and_the_other_laptop_fetches_it(setup: Setup, tmp_path: Path) -> None:
    a, b = setup.a, setup.b
    data = b"\xff\xd8\xff\xe0" + os.urandom(3 * MiB)
    _op, att = attach(a.fo, tmp_path, data)
    sha = hashlib.sha256(data).hexdigest()
    assert a.fo.attachments.waiting_count() == 1
    assert media(a).pending() == []  # its record is not on the server yet: nothing to send
    a.engine().sync()
    seen: list[int] = []
    sync = media(a, progress=lambda _s, _n, done, _size: seen.append(done))
    sync.chunk = MiB
    report = sync.run()
    assert (report.sent, report.failed, report.bytes) == (1, 0, len(data)), report
    assert state(a.fo, att) == "uploaded" and a.fo.attachments.waiting_count() == 0
    assert seen[-1] == len(data) and len({d for d in seen if d % MiB == 0}) >= 3  # per chunk, then per piece
    assert factories.scalar(a.fo, "SELECT state FROM media_transfer WHERE sha256 = :s", s=sha) == "committed"
    trail = factories.rows(a.fo, "SELECT action FROM audit_event WHERE entity = 'attachment' AND entity_id = :i "
                                 "ORDER BY seq", i=att)
    assert [t[0] for t in trail] == ["collection", "transfer"]
    assert media(a).run().sent == 0  # nothing left
    b.engine().sync()
    assert state(b.fo, att) == "remote" and not b.fo.media.exists(sha)
    media(b).fetch(sha, "review of the operation")
    assert b.fo.media.exists(sha) and b.fo.media.verify(sha)
    assert b.fo.media.read_bytes(sha, 10 * MiB) == data


def test_a_locally_damaged_copy_fails_with_its_reason_and_is_never_marked_sent(setup: Setup, tmp_path: Path) -> None:
    a = setup.a
    data = os.urandom(2 * MiB)
    _op, att = attach(a.fo, tmp_path, data)
    sha = hashlib.sha256(data).hexdigest()
    a.engine().sync()
    stored = a.fo.media.path_of(sha)
    raw = bytearray(stored.read_bytes())
    raw[len(raw) // 2] ^= 0x40
    stored.write_bytes(bytes(raw))
    report = media(a).run()
    assert (report.sent, report.failed) == (0, 1)
    assert state(a.fo, att) == "waiting"
    row = factories.rows(a.fo, "SELECT state, error FROM media_transfer WHERE sha256 = :s", s=sha)
    assert row == [("failed", "local_damaged")]


def test_a_vanished_local_file_is_a_clear_failure(setup: Setup, tmp_path: Path) -> None:
    a = setup.a
    data = os.urandom(1000)
    _op, att = attach(a.fo, tmp_path, data)
    a.engine().sync()
    a.fo.media.path_of(hashlib.sha256(data).hexdigest()).unlink()
    report = media(a).run()
    assert report.failed == 1 and state(a.fo, att) == "waiting"
    assert factories.scalar(a.fo, "SELECT error FROM media_transfer") == "local_missing"


def test_sent_copies_are_pruned_only_after_the_grace_period(setup: Setup, tmp_path: Path) -> None:
    from datetime import timedelta

    a = setup.a
    data = os.urandom(5000)
    sha = hashlib.sha256(data).hexdigest()
    attach(a.fo, tmp_path, data)
    sync = media(a)
    assert sync.prune(a.fo._ctx.clock() + timedelta(days=365)) == 0  # not committed: never
    a.engine().sync()
    sync.run()
    assert a.fo.media.exists(sha)  # committed just now: kept (14 days by default)
    assert sync.prune(a.fo._ctx.clock() + timedelta(days=13)) == 0 and a.fo.media.exists(sha)
    assert sync.prune(a.fo._ctx.clock() + timedelta(days=15)) == 1 and not a.fo.media.exists(sha)
    assert factories.scalar(a.fo, "SELECT pruned_at IS NOT NULL FROM media_transfer") == 1
    media(a).fetch(sha, "court request")  # it can always come back from the server
    assert a.fo.media.verify(sha)


def test_the_same_file_attached_twice_is_sent_once(setup: Setup, tmp_path: Path) -> None:
    a = setup.a
    data = os.urandom(4000)
    _op1, first = attach(a.fo, tmp_path, data, "a.jpg")
    _op2, second = attach(a.fo, tmp_path, data, "b.jpg")
    a.engine().sync()
    report = media(a).run()
    assert (report.sent, report.bytes) == (1, len(data))
    assert state(a.fo, first) == state(a.fo, second) == "uploaded"


def test_an_unreachable_server_leaves_the_file_waiting(setup: Setup, tmp_path: Path) -> None:
    from fieldops.errors import FieldOpsError

    a = setup.a
    _op, att = attach(a.fo, tmp_path, os.urandom(1000))
    a.engine().sync()
    setup.server.kill()
    with pytest.raises(FieldOpsError):
        media(a).run()
    assert state(a.fo, att) == "waiting"
    setup.server.start()
    assert media(a).run().sent == 1


class FakeTransport:
    """Counts what would be sent; commits at the end (for pacing and chunking without a server)."""

    def __init__(self, size: int) -> None:
        self.size, self.offset, self.bodies = size, 0, []  # type: ignore[var-annotated]

    def create(self, sha256: str, size: int, mime: str) -> dict[str, Any]:
        return {"id": "u1", "offset": self.offset, "state": "receiving", "size": size}

    def status(self, upload_id: str) -> dict[str, Any]:
        return {"id": "u1", "offset": self.offset, "state": "receiving"}

    def patch(self, upload_id: str, offset: int, body: Any, length: int, checksum: str,
              size: int = 0) -> dict[str, Any]:
        data = b"".join(body)
        assert len(data) == length and offset == self.offset
        self.bodies.append(len(data))
        self.offset += len(data)
        return {"id": "u1", "offset": self.offset, "state": "committed" if self.offset == self.size else "receiving"}

    def download(self, sha256: str, purpose: str) -> Any:
        raise AssertionError


def test_the_bandwidth_limit_paces_the_pieces(fo: FieldOps, tmp_path: Path) -> None:
    from fieldops.models.enums import Role

    data = os.urandom(2 * MiB)
    fo = factories.login(fo, factories.user(fo, Role.OFFICER))
    op_id = factories.operation(fo)
    path = tmp_path / "v.mp4"
    path.write_bytes(data)
    fo.attachments.add("operation", op_id, path)
    factories.execute(fo, "UPDATE outbox SET state = 'sent'")
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    transport = FakeTransport(len(data))
    sync = MediaSync(fo, transport, clock=lambda: now[0], sleep=sleep)  # type: ignore[arg-type]
    sync.rate = 1 * MiB  # bytes per second
    sync.chunk = MiB
    report = sync.run(MediaReport())
    assert report.sent == 1 and transport.bodies == [MiB, MiB]
    assert now[0] == pytest.approx(2.0 - 256 * 1024 / MiB, rel=0.01)  # 2 MiB at 1 MiB/s (the last piece is free)


def test_upload_settings_are_validated(fo: FieldOps) -> None:
    from fieldops.errors import FieldOpsError

    with pytest.raises(FieldOpsError):
        fo.settings.set("media.chunk_mib", 0)
    fo.settings.set("media.chunk_mib", 4)
    assert MediaSync(fo, FakeTransport(1)).chunk == 4 * MiB  # type: ignore[arg-type]


def test_refused_error_keeps_status_and_offset() -> None:
    exc = RefusedError(507, "media.disk_full", 8 * MiB)
    assert (exc.status, exc.code, exc.offset) == (507, "media.disk_full", 8 * MiB)
