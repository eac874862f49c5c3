"""Media retention on PostgreSQL: classes and expiry, the schedule, legal holds, the expiry job (by hand, from the
CLI and inside the running server), stale uploads, the scrub, and the admin endpoints."""

from __future__ import annotations

import hashlib
import json
import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from fieldops.ids import uuid7
from fieldops.server import retention, schema
from fieldops.server.accounts import CLI
from fieldops.server.config import ServerConfig
from fieldops.server.media_jobs import scrub
from fieldops.server.media_store import FileStore
from fieldops.server.retention import RetentionError
from tests.server.conftest import SECRET, InProcess, ServerDb, error_code
from tests.server.test_media_upload import Officer, officer

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
OLD = "2025-01-10T10:00:00+00:00"  # + 365 days: expired at NOW
FRESH = "2026-11-20T10:00:00+00:00"


# ---- helpers ----------------------------------------------------------------------------------------------------
def check(who: Officer, operation_id: str, violation: bool) -> str:
    cid = uuid7()
    who._push("check", cid, {"operation_id": operation_id, "kind": "speed", "at": "2026-11-25T19:30:00+00:00",
                             "outcome": "fined" if violation else "no_violation", "violation": violation})
    return cid


def custody_event(manager: Officer) -> str:
    item, event = uuid7(), uuid7()
    manager._push("equipment_item", item, {"agency_id": manager.principal.agency_id, "asset_tag": "RAD-01",
                                           "name": "radar", "category": "speed_device"})
    manager._push("custody_event", event, {"item_id": item, "kind": "check_out", "at": "2026-11-25T18:00:00+00:00"})
    return event


def attach(who: Officer, owner_type: str, owner_id: str, data: bytes, attached_at: str = OLD) -> str:
    sha = hashlib.sha256(data).hexdigest()
    who._push("attachment", uuid7(), {"owner_type": owner_type, "owner_id": owner_id, "sha256": sha,
                                      "size": len(data), "mime": "image/jpeg", "filename": "a.jpg",
                                      "attached_at": attached_at})
    return sha


def upload(who: Officer, owner_type: str, owner_id: str, attached_at: str = OLD, data: bytes | None = None) -> str:
    data = data or os.urandom(2048)
    sha = attach(who, owner_type, owner_id, data, attached_at)
    assert who.upload(data).json()["state"] == "committed"
    return sha


def blob(api: InProcess, sha: str) -> Any:
    with api.engine.connect() as conn:
        return conn.execute(select(schema.media_blob).where(schema.media_blob.c.sha256 == sha)).one()


def fates(api: InProcess) -> dict[str, retention.Fate]:
    with api.engine.connect() as conn:
        return retention.fates(conn, conn.execute(select(schema.media_blob)).all())


def audits(api: InProcess, action: str) -> list[Any]:
    with api.engine.connect() as conn:
        return list(conn.execute(select(schema.server_audit).where(schema.server_audit.c.action == action)
                                 .order_by(schema.server_audit.c.seq)).all())


def store(api: InProcess) -> FileStore:
    s = api.app.state.media.store
    assert isinstance(s, FileStore)
    return s


def expire(api: InProcess, now: datetime = NOW, **kwargs: Any) -> retention.ExpiryReport:
    return retention.expire(api.engine, store(api), now, upload_dir=api.app.state.media.upload_dir, **kwargs)


def run_cli(api: InProcess, server_db: ServerDb, tmp_path: Path, *args: str) -> int:
    from fieldops.cli import main

    media = ["--media-dir", str(api.app.state.media.upload_dir.parent)] if args[0] in ("expire", "scrub") else []
    return main(["server", "media", *args, *media, "--database-url", server_db.url, "--data-dir",
                 str(tmp_path / "srv")])


@pytest.fixture
def krp(api: InProcess) -> Officer:
    return officer(api, "anna.berzina")


# ---- classes and expiry ---------------------------------------------------------------------------------------
def test_classes_and_their_expiry_follow_the_records(api: InProcess, krp: Officer) -> None:
    manager = officer(api, "eq.manager", roles=("equipment_manager",))
    with_finding, without = krp.operation(), krp.operation()
    fined, clean = check(krp, with_finding, True), check(krp, with_finding, False)
    on_operation = upload(krp, "operation", with_finding)
    on_fined_check = upload(krp, "check", fined)
    on_clean_check = upload(krp, "check", clean)  # its operation has a finding: evidence too
    plain = upload(krp, "check", check(krp, without, False), attached_at=FRESH)
    event = custody_event(manager)
    equipment = upload(manager, "custody_event", event)
    shared = os.urandom(999)  # named by a custody event and by an operation: the longer period wins
    attach(manager, "custody_event", event, shared, attached_at="2025-03-01T00:00:00+00:00")
    mixed = upload(krp, "operation", without, attached_at="2025-02-01T00:00:00+00:00", data=shared)

    got = fates(api)
    assert {s: got[s].cls for s in (on_operation, on_fined_check, on_clean_check, plain, equipment, mixed)} == {
        on_operation: "finding", on_fined_check: "finding", on_clean_check: "finding", plain: "operation",
        equipment: "equipment", mixed: "operation"}
    old = datetime.fromisoformat(OLD)
    assert got[on_operation].expires_at == old + timedelta(days=1825)
    assert got[plain].expires_at == datetime.fromisoformat(FRESH) + timedelta(days=365)
    assert got[equipment].expires_at == old + timedelta(days=730)
    assert got[mixed].days == 730  # the latest attached_at (the custody record's), the longest period
    assert got[mixed].expires_at == datetime(2025, 3, 1, tzinfo=UTC) + timedelta(days=730)
    assert not any(f.held for f in got.values())


def test_a_blob_without_records_expires_from_its_commit(api: InProcess) -> None:
    sha = hashlib.sha256(b"lonely").hexdigest()
    with api.engine.begin() as conn:
        conn.execute(insert(schema.media_blob).values(sha256=sha, size=6, mime="image/jpeg",
                                                      committed_at=NOW - timedelta(days=10), committed_by="x"))
    fate = fates(api)[sha]
    assert fate.cls == "operation" and fate.expires_at == NOW - timedelta(days=10) + timedelta(days=365)


def test_the_schedule_by_function_and_cli(api: InProcess, server_db: ServerDb, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with api.engine.begin() as conn:
        assert retention.schedule(conn) == {"finding": 1825, "operation": 365, "equipment": 730}
        assert retention.set_schedule(conn, {"operation": 400}, CLI, NOW)["operation"] == 400
        for bad in ({"evidence": 10}, {"finding": 0}, {"finding": 36501}, {"finding": True}):
            with pytest.raises(RetentionError):
                retention.set_schedule(conn, bad, CLI, NOW)
    assert run_cli(api, server_db, tmp_path, "retention") == 0
    assert "operation\t400 days\n" in capsys.readouterr().out
    assert run_cli(api, server_db, tmp_path, "retention", "--set", "finding=2000", "--set", "equipment=800") == 0
    out = capsys.readouterr().out
    assert "finding\t2000 days" in out and "equipment\t800 days" in out and "operation\t400 days" in out
    assert run_cli(api, server_db, tmp_path, "retention", "--set", "evidence=10") == 2
    assert "retention.unknown_class" in capsys.readouterr().err
    assert run_cli(api, server_db, tmp_path, "retention", "--set", "finding=36501") == 2
    assert run_cli(api, server_db, tmp_path, "retention", "--set", "finding") == 2
    with api.engine.connect() as conn:
        assert retention.schedule(conn) == {"finding": 2000, "operation": 400, "equipment": 800}
    assert len(audits(api, "retention_schedule")) == 2


# ---- expiry -----------------------------------------------------------------------------------------------------
def test_expire_erases_the_expired_keeps_the_fresh_and_logs_metadata_only(api: InProcess, krp: Officer) -> None:
    oid = krp.operation()
    data = os.urandom(4096)
    old = upload(krp, "operation", oid, data=data)
    fresh = upload(krp, "operation", oid, attached_at=FRESH)
    report = expire(api)
    assert [(e.sha256, e.cls) for e in report.erased] == [(old, "operation")] and report.bytes == 4096
    assert report.checked == 2 and report.kept == 1 and not report.failed
    assert not store(api).path_of(old).exists() and store(api).has(fresh)
    assert blob(api, old).erased_at == NOW and blob(api, fresh).erased_at is None
    [row] = audits(api, "erasure")
    assert row.entity == "media" and row.entity_id == old and row.user_id is None
    assert set(row.details) == {"size", "mime", "class", "retention_days", "expired_at", "committed_at",
                                "attachments", "bytes_present"}
    assert row.details["expired_at"] == (datetime.fromisoformat(OLD) + timedelta(days=365)).isoformat()
    assert row.details["size"] == 4096 and row.details["class"] == "operation" and len(row.details["attachments"]) == 1
    text = json.dumps(row.details)
    assert data.hex()[:16] not in text and "a.jpg" not in text
    with api.engine.connect() as conn:  # the attachment record stays: it is the metadata
        assert conn.execute(select(schema.record).where(schema.record.c.id == row.details["attachments"][0])).one()
    assert krp.download(old).status_code == 404 and krp.download(fresh).status_code == 200
    again = expire(api)
    assert again.erased == [] and again.checked == 1 and len(audits(api, "erasure")) == 1


def test_dry_run_changes_nothing(api: InProcess, krp: Officer, server_db: ServerDb, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    sha = upload(krp, "operation", krp.operation())
    report = expire(api, dry_run=True)
    assert [e.sha256 for e in report.erased] == [sha] and report.dry_run
    assert store(api).has(sha) and blob(api, sha).erased_at is None and audits(api, "erasure") == []
    assert run_cli(api, server_db, tmp_path, "expire", "--dry-run", "--now", NOW.isoformat()) == 0
    out = capsys.readouterr().out
    assert f"would erase\t{sha}\toperation" in out and "would erase 1 (2048 bytes)" in out
    assert store(api).has(sha) and blob(api, sha).erased_at is None
    assert run_cli(api, server_db, tmp_path, "expire", "--now", NOW.isoformat()) == 0
    assert f"erased\t{sha}" in capsys.readouterr().out and not store(api).has(sha)


def test_a_store_failure_is_reported_and_the_job_goes_on(api: InProcess, krp: Officer,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    oid = krp.operation()
    first, second = sorted([upload(krp, "operation", oid), upload(krp, "operation", oid)])
    real = store(api).delete

    def flaky(sha: str) -> bool:
        if sha == first:
            raise OSError("disk on fire")
        return real(sha)

    monkeypatch.setattr(store(api), "delete", flaky)
    report = expire(api)
    assert [e.sha256 for e in report.erased] == [second] and [s for s, _ in report.failed] == [first]
    assert store(api).has(first) and blob(api, first).erased_at is None  # never marked while readable


def test_holds_keep_expired_media_until_released(api: InProcess, krp: Officer, server_db: ServerDb,
                                                 tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    held_op, other = krp.operation(), krp.operation()
    via_check = upload(krp, "check", check(krp, held_op, False))
    direct = upload(krp, "operation", held_op)
    by_hash = upload(krp, "operation", other)
    loose = upload(krp, "operation", other)
    with api.engine.begin() as conn:
        op_hold = retention.place_hold(conn, "operation", held_op, "  court case 12/2026 ", CLI, NOW)
    assert op_hold.reason == "court case 12/2026"
    assert run_cli(api, server_db, tmp_path, "hold", "--media", by_hash, "--reason", "prosecutor's request") == 0
    media_hold = capsys.readouterr().out.strip()

    report = expire(api)
    assert [e.sha256 for e in report.erased] == [loose] and report.held == 3
    assert all(store(api).has(s) for s in (via_check, direct, by_hash))
    assert run_cli(api, server_db, tmp_path, "holds") == 0
    listed = capsys.readouterr().out
    assert op_hold.id in listed and media_hold in listed and "prosecutor's request" in listed

    with api.engine.begin() as conn:
        retention.release_hold(conn, op_hold.id, CLI, NOW)
        with pytest.raises(RetentionError) as twice:
            retention.release_hold(conn, op_hold.id, CLI, NOW)
        assert twice.value.status == 409
    assert run_cli(api, server_db, tmp_path, "release", media_hold) == 0
    assert run_cli(api, server_db, tmp_path, "release", media_hold) == 2
    assert "retention.hold_released" in capsys.readouterr().err
    assert run_cli(api, server_db, tmp_path, "holds") == 0
    assert capsys.readouterr().out == ""
    assert run_cli(api, server_db, tmp_path, "holds", "--all") == 0
    assert capsys.readouterr().out.count("released") == 2

    assert sorted(e.sha256 for e in expire(api).erased) == sorted([via_check, direct, by_hash])
    placed, released = audits(api, "legal_hold"), audits(api, "legal_hold_released")
    assert [(a.entity, a.entity_id) for a in placed] == [("operation", held_op), ("media", by_hash)]
    assert placed[0].details["reason"] == "court case 12/2026" and placed[0].details["media"] == 2
    assert [(a.entity, a.details["hold_id"]) for a in released] == [("operation", op_hold.id), ("media", media_hold)]


def test_hold_refusals(api: InProcess, krp: Officer) -> None:
    oid = krp.operation()
    with api.engine.begin() as conn:
        for target, target_id, reason, status in [
                ("operation", oid, "   ", 422), ("operation", oid, "x" * 2001, 422), ("operation", oid, "a\x00b", 422),
                ("case", oid, "why", 422), ("media", "NOT-A-HASH", "why", 422), ("operation", uuid7(), "why", 404),
                ("media", hashlib.sha256(b"unknown").hexdigest(), "why", 404)]:
            with pytest.raises(RetentionError) as refused:
                retention.place_hold(conn, target, target_id, reason, CLI, NOW)
            assert refused.value.status == status, (target, target_id, reason)
        with pytest.raises(RetentionError) as unknown:
            retention.release_hold(conn, uuid7(), CLI, NOW)
        assert unknown.value.status == 404
        assert retention.holds(conn) == []


# ---- stale uploads ----------------------------------------------------------------------------------------------
def test_stale_uploads_and_their_part_files_are_removed(api: InProcess, krp: Officer) -> None:
    parts = api.app.state.media.upload_dir
    parts.mkdir(parents=True, exist_ok=True)
    ages = {"receiving-old": ("receiving", 31), "receiving-recent": ("receiving", 10), "failed-old": ("failed", 8),
            "failed-recent": ("failed", 3), "committed-old": ("committed", 400)}
    ids = {}
    with api.engine.begin() as conn:
        for name, (state, days) in ages.items():
            ids[name] = uuid7()
            at = NOW - timedelta(days=days)
            conn.execute(insert(schema.media_upload).values(
                id=ids[name], sha256="a" * 64, size=10, mime="image/jpeg", offset=5, state=state, user_id="u",
                device_id="d", agency_id="g", created_at=at, updated_at=at))
            (parts / f"{ids[name]}.part").write_bytes(b"12345")
    assert expire(api, dry_run=True).uploads_removed == 2 and len(list(parts.glob("*.part"))) == 5
    assert expire(api).uploads_removed == 2
    with api.engine.connect() as conn:
        left = set(conn.execute(select(schema.media_upload.c.id)).scalars())
    assert left == {ids["receiving-recent"], ids["failed-recent"], ids["committed-old"]}
    assert {p.stem for p in parts.glob("*.part")} == left


# ---- scrub ------------------------------------------------------------------------------------------------------
def test_scrub_finds_flipped_and_missing_files_reports_orphans_and_clears_once_repaired(
        api: InProcess, krp: Officer, server_db: ServerDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    oid = krp.operation()
    good_data, flipped_data, lost_data = os.urandom(3000), os.urandom(3000), os.urandom(3000)
    good, flipped, lost = (upload(krp, "operation", oid, data=d) for d in (good_data, flipped_data, lost_data))
    files = store(api)
    bad = bytearray(flipped_data)
    bad[1234] ^= 0x01
    files.path_of(flipped).write_bytes(bytes(bad))
    files.path_of(lost).unlink()
    orphan = tmp_path / "orphan"
    orphan.write_bytes(b"nobody's")
    orphan_sha = hashlib.sha256(b"nobody's").hexdigest()
    files.put(orphan_sha, orphan)

    report = scrub(api.engine, files, NOW)
    assert report.checked == 3 and report.corrupt == [flipped] and report.missing == [lost]
    assert report.orphans == [orphan_sha] and not report.clean and files.has(orphan_sha)
    assert blob(api, flipped).corrupt_at == NOW and blob(api, lost).corrupt_at == NOW
    assert blob(api, good).corrupt_at is None and blob(api, good).scrubbed_at == NOW
    [row] = audits(api, "scrub")
    assert row.details["corrupt"] == [flipped] and row.details["missing"] == [lost] and row.details["orphans"] == 1
    assert row.details["checked"] == 3
    assert run_cli(api, server_db, tmp_path, "scrub") == 1
    out = capsys.readouterr().out
    assert f"corrupt\t{flipped}" in out and f"missing\t{lost}" in out and f"orphan\t{orphan_sha}" in out

    files.path_of(flipped).write_bytes(flipped_data)  # repaired from a backup
    files.path_of(lost).write_bytes(lost_data)
    later = NOW + timedelta(hours=1)
    report = scrub(api.engine, files, later)
    assert report.clean and report.checked == 3 and report.orphans == [orphan_sha]
    assert blob(api, flipped).corrupt_at is None and blob(api, flipped).scrubbed_at == later
    assert run_cli(api, server_db, tmp_path, "scrub") == 0
    assert krp.download(flipped).content == flipped_data


def test_scrub_skips_erased_blobs(api: InProcess, krp: Officer) -> None:
    sha = upload(krp, "operation", krp.operation())
    expire(api)
    report = scrub(api.engine, store(api), NOW)
    assert report.checked == 0 and report.clean and blob(api, sha).corrupt_at is None


# ---- admin endpoints ---------------------------------------------------------------------------------------------
def test_admin_endpoints_require_an_administrator_and_validate_bodies(api: InProcess, krp: Officer) -> None:
    oid = krp.operation()
    sha = upload(krp, "operation", oid)
    admin = officer(api, "admin.one", roles=("administrator",))
    c = api.client
    body = {"target": "operation", "target_id": oid, "reason": "court case 12/2026"}
    for method, path in [("post", "/v1/admin/media/holds"), ("get", "/v1/admin/media/holds"),
                         ("post", f"/v1/admin/media/holds/{uuid7()}/release"), ("get", "/v1/admin/media/retention")]:
        kwargs: dict[str, Any] = {"json": body} if method == "post" else {}
        assert getattr(c, method)(path, headers=krp.headers, **kwargs).status_code == 403, path
        assert getattr(c, method)(path, **kwargs).status_code == 401, path
    for bad in ({**body, "reason": "   "}, {**body, "reason": ""}, {**body, "reason": "x" * 2001},
                {k: v for k, v in body.items() if k != "reason"}, {**body, "target": "case"},
                {**body, "target_id": "a/b"}, {**body, "extra": 1}, {**body, "reason": "a\x00b"}):
        resp = c.post("/v1/admin/media/holds", headers=admin.headers, json=bad)
        assert resp.status_code == 422 and error_code(resp) == "request.invalid", bad
    unknown = c.post("/v1/admin/media/holds", headers=admin.headers, json={**body, "target_id": uuid7()})
    assert unknown.status_code == 404 and error_code(unknown) == "retention.unknown_target"
    bad_hash = c.post("/v1/admin/media/holds", headers=admin.headers, json={**body, "target": "media"})
    assert bad_hash.status_code == 422 and error_code(bad_hash) == "retention.target_invalid"

    placed = c.post("/v1/admin/media/holds", headers=admin.headers, json=body)
    assert placed.status_code == 201 and placed.json()["created_by"] == admin.principal.user_id
    hold_id = placed.json()["id"]
    assert [h["id"] for h in c.get("/v1/admin/media/holds", headers=admin.headers).json()] == [hold_id]
    assert expire(api).held == 1 and store(api).has(sha)
    released = c.post(f"/v1/admin/media/holds/{hold_id}/release", headers=admin.headers)
    assert released.status_code == 200 and released.json()["released_by"] == admin.principal.user_id
    again = c.post(f"/v1/admin/media/holds/{hold_id}/release", headers=admin.headers)
    assert again.status_code == 409 and error_code(again) == "retention.hold_released"
    assert c.post(f"/v1/admin/media/holds/{uuid7()}/release", headers=admin.headers).status_code == 404
    assert c.get("/v1/admin/media/holds", headers=admin.headers).json() == []
    assert len(c.get("/v1/admin/media/holds", headers=admin.headers, params={"all": "true"}).json()) == 1
    sched = c.get("/v1/admin/media/retention", headers=admin.headers).json()
    assert sched["days"] == sched["defaults"] == {"finding": 1825, "operation": 365, "equipment": 730}
    [row] = audits(api, "legal_hold")
    assert row.user_id == admin.principal.user_id and row.details["via"] == "api"


# ---- the job inside the server -------------------------------------------------------------------------------------
def test_the_server_erases_expired_media_while_running_and_shuts_down_cleanly(
        server_db: ServerDb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from fieldops.keyslots import FAST_KDF
    from fieldops.server.app import create_app

    runs: list[str] = []
    real = retention.expire

    def first_run_fails(*args: Any, **kwargs: Any) -> retention.ExpiryReport:
        runs.append("run")
        if len(runs) == 1:
            raise RuntimeError("database away")  # logged; the next run comes
        return real(*args, **kwargs)

    monkeypatch.setattr("fieldops.server.media_jobs.expire", first_run_fails)
    app = create_app(ServerConfig(data_dir=tmp_path / "server", database_url=server_db.url, secret=SECRET,
                                  expire_every_hours=0.0002))  # 0.72 s
    app.state.kdf = FAST_KDF
    with TestClient(app) as client:
        api = InProcess(app, client, server_db.engine, None)  # type: ignore[arg-type]
        krp = officer(api, "anna.berzina")
        sha = upload(krp, "operation", krp.operation(), attached_at="2020-01-01T00:00:00+00:00")
        deadline = time.monotonic() + 30
        while blob(api, sha).erased_at is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert blob(api, sha).erased_at is not None and not store(api).has(sha)
        assert len(runs) >= 2 and krp.download(sha).status_code == 404
        started = time.monotonic()
    assert time.monotonic() - started < 10  # the sleeping job was cancelled, not waited for

