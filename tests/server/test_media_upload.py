"""The media protocol over HTTP (in process, PostgreSQL): resumable chunks, per-chunk checksums, the whole-file
re-hash before commit, a full disk, and who may upload, read or probe a file (R10 and the authorization rules).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fieldops.ids import uuid7
from fieldops.server import schema
from fieldops.server.principal import Principal
from fieldops.server.sync import Op, push
from tests.server.conftest import InProcess, bearer, build_app, enroll_device, error_code, login, make_account

MiB = 1024 * 1024
HLC = iter(f"{n:015d}:00000:dev" for n in range(10**6, 10**7))


def checksum(data: bytes) -> str:
    return "sha256 " + base64.b64encode(hashlib.sha256(data).digest()).decode()


@dataclass
class Officer:
    """A signed-in officer's device talking to the in-process server."""

    api: InProcess
    principal: Principal
    headers: dict[str, str]

    def operation(self) -> str:
        oid = uuid7()
        self._push("operation", oid, {
            "type": "traffic_monitoring", "agency_id": self.principal.agency_id, "lead_id": self.principal.user_id,
            "crew": [self.principal.user_id], "area_name": "Nīca", "number": "D1-00001",
            "actual_start": "2026-11-25T19:00:00+00:00"})
        return oid

    def attach(self, operation_id: str, data: bytes, sha256: str | None = None) -> str:
        sha = sha256 or hashlib.sha256(data).hexdigest()
        self._push("attachment", uuid7(), {"owner_type": "operation", "owner_id": operation_id, "sha256": sha,
                                           "size": len(data), "mime": "image/jpeg", "filename": "a.jpg",
                                           "attached_at": "2026-11-25T20:00:00+00:00"})
        return sha

    def _push(self, entity: str, entity_id: str, payload: dict[str, Any]) -> None:
        [result] = push(self.api.engine, self.principal, [Op(uuid7(), entity, entity_id, "create", payload, None,
                                                             next(HLC))])
        assert result.status == "applied", result

    def create(self, sha256: str, size: int) -> Any:
        return self.api.client.post("/v1/media/uploads", headers=self.headers,
                                    json={"sha256": sha256, "size": size, "mime": "image/jpeg"})

    def patch(self, upload_id: str, offset: int, chunk: bytes, check: str | None = None) -> Any:
        headers = {**self.headers, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"}
        if check != "":
            headers["Upload-Checksum"] = check or checksum(chunk)
        return self.api.client.patch(f"/v1/media/uploads/{upload_id}", headers=headers, content=chunk)

    def upload(self, data: bytes, chunk: int = MiB, sha256: str | None = None) -> Any:
        created = self.create(sha256 or hashlib.sha256(data).hexdigest(), len(data))
        assert created.status_code in (200, 201), created.text
        body = created.json()
        offset, resp = body["offset"], created
        while offset < len(data):
            resp = self.patch(body["id"], offset, data[offset:offset + chunk])
            if resp.status_code != 200:
                return resp
            offset = resp.json()["offset"]
        return resp

    def download(self, sha256: str, purpose: str = "court file 12/2026") -> Any:
        return self.api.client.get(f"/v1/media/{sha256}", headers=self.headers, params={"purpose": purpose})


def officer(api: InProcess, username: str, agency: str = "VP-KRP", roles: tuple[str, ...] = ("officer",)) -> Officer:
    account = make_account(api.engine, username, agency, roles)
    device = enroll_device(api.engine, None, agency)
    tokens = login(api.client, username, device)
    return Officer(api, Principal(account["id"], device.device_id, device.agency_id, frozenset(roles)), bearer(tokens))


def blob_count(api: InProcess) -> int:
    with api.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.media_blob)).scalar_one())


def stored(api: InProcess) -> list[str]:
    return list(api.app.state.media.store.keys())


@pytest.fixture
def krp(api: InProcess) -> Officer:
    return officer(api, "anna.berzina")


# ---- the happy path and resuming ------------------------------------------------------------------------------
def test_a_file_in_chunks_is_committed_only_at_the_end_and_reads_back_whole(api: InProcess, krp: Officer) -> None:
    data = os.urandom(3 * MiB + 123)
    sha = krp.attach(krp.operation(), data)
    created = krp.create(sha, len(data))
    assert created.status_code == 201 and created.headers["Location"].endswith(created.json()["id"])
    upload_id = created.json()["id"]
    first = krp.patch(upload_id, 0, data[:MiB])
    assert first.status_code == 200 and first.json() == {
        "id": upload_id, "sha256": sha, "size": len(data), "offset": MiB, "state": "receiving", "error": None}
    assert blob_count(api) == 0 and stored(api) == []
    last = krp.upload(data)  # POST again resumes the same upload at 1 MiB
    assert last.json()["state"] == "committed" and last.headers["Upload-State"] == "committed"
    assert stored(api) == [sha] and blob_count(api) == 1
    got = krp.download(sha)
    assert got.status_code == 200 and got.content == data and got.headers["X-Content-SHA256"] == sha
    with api.engine.connect() as conn:
        actions = [r.action for r in conn.execute(select(schema.server_audit).where(
            schema.server_audit.c.entity == "media")).all()]
    assert actions == ["collection", "disclosure"]
    again = krp.create(sha, len(data))  # already committed for this agency: nothing to send
    assert again.json()["state"] == "committed" and again.json()["id"] is None


def test_head_tells_where_to_resume_and_a_wrong_offset_is_refused(api: InProcess, krp: Officer) -> None:
    data = os.urandom(2 * MiB)
    sha = krp.attach(krp.operation(), data)
    upload_id = krp.create(sha, len(data)).json()["id"]
    assert krp.patch(upload_id, 0, data[:MiB]).status_code == 200
    head = api.client.head(f"/v1/media/uploads/{upload_id}", headers=krp.headers)
    assert head.status_code == 200 and head.headers["Upload-Offset"] == str(MiB)
    stale = krp.patch(upload_id, 0, data[:MiB])  # a retried chunk whose first reply was lost
    assert stale.status_code == 409 and error_code(stale) == "media.offset_mismatch"
    assert stale.headers["Upload-Offset"] == str(MiB)
    assert krp.patch(upload_id, MiB, data[MiB:]).json()["state"] == "committed"


# ---- integrity (R10) ------------------------------------------------------------------------------------------
def test_a_flipped_byte_is_refused_and_the_chunk_is_not_kept(api: InProcess, krp: Officer) -> None:
    data = os.urandom(2 * MiB)
    sha = krp.attach(krp.operation(), data)
    upload_id = krp.create(sha, len(data)).json()["id"]
    bad = bytearray(data[:MiB])
    bad[777] ^= 0x01
    resp = krp.patch(upload_id, 0, bytes(bad), checksum(data[:MiB]))
    assert resp.status_code == 460 and error_code(resp) == "media.checksum_mismatch"
    assert api.client.get(f"/v1/media/uploads/{upload_id}", headers=krp.headers).json()["offset"] == 0
    assert krp.upload(data).json()["state"] == "committed"


def test_a_truncated_chunk_is_refused(api: InProcess, krp: Officer) -> None:
    data = os.urandom(MiB)
    sha = krp.attach(krp.operation(), data)
    upload_id = krp.create(sha, len(data)).json()["id"]
    resp = krp.patch(upload_id, 0, data[:MiB - 10], checksum(data))
    assert resp.status_code == 460
    assert api.client.get(f"/v1/media/uploads/{upload_id}", headers=krp.headers).json()["offset"] == 0


def test_a_wrong_declared_hash_is_never_committed(api: InProcess, krp: Officer) -> None:
    data = os.urandom(MiB + 5)
    declared = hashlib.sha256(b"another file").hexdigest()
    krp.attach(krp.operation(), data, sha256=declared)
    resp = krp.upload(data, sha256=declared)  # every chunk matches its checksum; the whole does not
    assert resp.status_code == 422 and error_code(resp) == "media.hash_mismatch"
    assert blob_count(api) == 0 and stored(api) == []
    assert list((api.app.state.media.upload_dir).glob("*.part")) == []
    again = krp.create(declared, len(data))  # a fresh upload, not the failed one
    assert again.status_code == 201 and again.json()["offset"] == 0


def test_chunks_without_checksum_or_beyond_the_file_are_refused(api: InProcess, krp: Officer) -> None:
    data = os.urandom(1000)
    sha = krp.attach(krp.operation(), data)
    upload_id = krp.create(sha, len(data)).json()["id"]
    missing = krp.patch(upload_id, 0, data, check="")
    assert missing.status_code == 400 and error_code(missing) == "media.checksum_missing"
    too_long = krp.patch(upload_id, 0, data + b"x")
    assert too_long.status_code == 413
    assert krp.create(hashlib.sha256(b"x").hexdigest(), 0).status_code == 422  # 0 bytes: no such upload
    assert krp.patch(upload_id, 0, data).json()["state"] == "committed"


# ---- authorization: no fetching, no probing ---------------------------------------------------------------------
def test_another_agency_can_neither_fetch_nor_probe_a_file_by_its_hash(api: InProcess, krp: Officer) -> None:
    data = os.urandom(MiB // 2)
    sha = krp.attach(krp.operation(), data)
    assert krp.upload(data).json()["state"] == "committed"
    lpp = officer(api, "jonas.petraitis", "LPP")
    unknown = hashlib.sha256(b"never uploaded").hexdigest()
    assert lpp.download(sha).status_code == 404 and lpp.download(unknown).status_code == 404
    assert error_code(lpp.download(sha)) == error_code(lpp.download(unknown))
    # Naming the hash in its own record gives it no shortcut: it must send the whole file like anyone new.
    lpp.attach(lpp.operation(), data, sha256=sha)
    created = lpp.create(sha, len(data))
    assert created.status_code == 201 and created.json()["state"] == "receiving" and created.json()["offset"] == 0
    assert lpp.download(sha).status_code == 404
    assert krp.api.client.get(f"/v1/media/uploads/{created.json()['id']}", headers=krp.headers).status_code == 404
    # Having sent the real bytes it holds them, and may read them back.
    assert lpp.upload(data).json()["state"] == "committed"
    assert lpp.download(sha).content == data and stored(api) == [sha]


def test_no_record_no_upload_and_only_media_roles_upload(api: InProcess, krp: Officer) -> None:
    sha = hashlib.sha256(b"no record").hexdigest()
    resp = krp.create(sha, 9)
    assert resp.status_code == 409 and error_code(resp) == "media.no_record"
    admin = officer(api, "admin.one", roles=("administrator",))
    assert admin.create(sha, 9).status_code == 403
    assert krp.download(sha).status_code == 404
    assert krp.api.client.get(f"/v1/media/{sha}", headers=krp.headers).status_code == 422  # purpose required


def test_a_joint_operations_owner_reads_what_a_partner_attached(api: InProcess, krp: Officer) -> None:
    lpp = officer(api, "jonas.petraitis", "LPP")
    oid = krp.operation()
    with api.engine.begin() as conn:
        conn.execute(schema.record.update().where(schema.record.c.id == oid).values(
            shared_with=[lpp.principal.agency_id]))  # a joint operation (sharing itself is tested elsewhere)
    data = os.urandom(4096)
    sha = lpp.attach(oid, data)
    assert lpp.upload(data).json()["state"] == "committed"
    assert krp.download(sha).content == data


# ---- a full disk -----------------------------------------------------------------------------------------------
@contextlib.contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    if done.returncode != 0:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"cannot mount a small tmpfs for the disk-full test: {done.stderr!r}")
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_a_full_server_disk_commits_nothing_and_the_retry_succeeds(server_db: Any, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from tests.server.conftest import Clock

    with tmpfs(tmp_path / "server" / "media", "6m") as media:
        filler = media / "filler"
        filler.write_bytes(b"\0" * (4 * MiB))  # leaves ~2 MiB
        app = build_app(server_db.url, tmp_path / "server")
        app.state.clock = Clock()
        with TestClient(app) as client:
            api = InProcess(app, client, server_db.engine, app.state.clock)
            krp = officer(api, "anna.berzina")
            data = os.urandom(3 * MiB)
            sha = krp.attach(krp.operation(), data)
            resp = krp.upload(data, chunk=MiB)
            assert resp.status_code == 507 and error_code(resp) == "media.disk_full"
            upload_id = krp.create(sha, len(data)).json()["id"]
            status = client.get(f"/v1/media/uploads/{upload_id}", headers=krp.headers).json()
            assert status["state"] == "receiving" and status["offset"] in (MiB, 2 * MiB)
            assert (media / "uploads" / f"{upload_id}.part").stat().st_size == status["offset"]
            assert blob_count(api) == 0 and stored(api) == []
            filler.unlink()  # space frees
            assert krp.upload(data).json()["state"] == "committed"
            assert krp.download(sha).content == data


def test_a_store_that_fills_up_at_commit_commits_nothing(api: InProcess, krp: Officer,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldops.server.media_store import StoreFullError

    data = os.urandom(MiB)
    sha = krp.attach(krp.operation(), data)
    store = api.app.state.media.store
    real_put = store.put

    def full(_sha: str, _source: Path) -> None:
        raise StoreFullError("no space")

    monkeypatch.setattr(store, "put", full)
    resp = krp.upload(data)
    assert resp.status_code == 507 and blob_count(api) == 0
    monkeypatch.setattr(store, "put", real_put)
    upload_id = krp.create(sha, len(data)).json()["id"]
    done = krp.patch(upload_id, len(data), b"")  # everything is there: an empty chunk commits it
    assert done.json()["state"] == "committed" and stored(api) == [sha]


def test_a_corrupt_stored_copy_is_not_served_and_a_new_upload_repairs_it(api: InProcess, krp: Officer) -> None:
    from datetime import UTC, datetime

    from fieldops.server.media_jobs import scrub

    data = os.urandom(MiB + 1)
    sha = krp.attach(krp.operation(), data)
    assert krp.upload(data).json()["state"] == "committed"
    path = api.app.state.media.store.path_of(sha)
    raw = bytearray(path.read_bytes())
    raw[10] ^= 0xFF
    path.write_bytes(bytes(raw))
    report = scrub(api.engine, api.app.state.media.store, datetime.now(UTC))
    assert sha in str(report)
    refused = krp.download(sha)
    assert refused.status_code == 409 and error_code(refused) == "media.corrupt"
    again = krp.create(sha, len(data))
    assert again.json()["state"] == "receiving"  # not "committed": the laptop sends it again
    assert krp.upload(data).json()["state"] == "committed"
    assert krp.download(sha).content == data
