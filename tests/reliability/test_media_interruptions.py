"""R6 for media: an upload interrupted at random byte offsets (connection cut, server killed -9, client killed
-9) resumes and completes, re-sending at most one chunk per interruption, and the server commits exactly the
file (QUALITY.md R6, R10; issue "Media evidence"). The bytes are counted by a proxy between laptop and server.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.server import schema
from fieldops.sync.media import MediaSync
from fieldops.sync.session import ServerSession, load_link
from fieldops.sync.transport import HttpMediaTransport
from tests import factories
from tests.reliability.proxy import CuttingProxy
from tests.server.conftest import PASSWORD, REPO
from tests.sync import test_live_sync as live
from tests.sync.test_live_sync import Laptop, Setup

pg_url, server_db, live_server, setup = live.pg_url, live.server_db, live.live_server, live.setup
MiB = 1024 * 1024
CHUNK = MiB
SIZE = 6 * MiB + 12345


@pytest.fixture
def proxy(setup: Setup) -> Iterator[CuttingProxy]:
    p = CuttingProxy(setup.server.port).start()
    yield p
    p.stop()


def attach(laptop: Laptop, tmp: Path, seed: int) -> tuple[str, bytes]:
    data = random.Random(seed).randbytes(SIZE)
    op_id = factories.operation(laptop.fo)
    path = tmp / f"video-{seed}.mp4"
    path.write_bytes(data)
    laptop.fo.attachments.add("operation", op_id, path)
    laptop.engine().sync()  # the attachment record first: the server checks that a record names the hash
    return hashlib.sha256(data).hexdigest(), data


def uploader(laptop: Laptop, proxy: CuttingProxy) -> MediaSync:
    link = load_link(laptop.fo)
    assert link is not None
    session = ServerSession(replace(link, url=proxy.url))
    session.login(laptop.fo.user.username, PASSWORD)
    sync = MediaSync(laptop.fo, HttpMediaTransport(session))
    sync.chunk = CHUNK
    return sync


def committed(setup: Setup, server_db: object, sha: str, data: bytes) -> None:
    engine = server_db.engine  # type: ignore[attr-defined]
    with engine.connect() as conn:
        blobs = conn.execute(select(func.count()).select_from(schema.media_blob)).scalar_one()
    assert blobs == 1
    stored = setup.server.data_dir / "media" / "store" / sha[:2] / sha[2:4] / sha
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha and stored.stat().st_size == len(data)


def assert_resent_at_most_one_chunk_each(proxy: CuttingProxy, size: int) -> None:
    resent = proxy.patch_body - size  # the PATCH body bytes the server was sent beyond the file
    assert proxy.cuts >= 1
    assert 0 <= resent <= proxy.cuts * CHUNK, (proxy.patch_body, proxy.patches, proxy.cuts)


def run_to_the_end(sync: MediaSync, rounds: int = 8) -> None:
    for _ in range(rounds):
        try:
            if sync.run().sent == 1:
                return
        except FieldOpsError as exc:
            assert exc.code in (ErrorCode.SERVER_UNREACHABLE, ErrorCode.SERVER_ERROR), exc
    raise AssertionError("the upload did not complete")


@pytest.mark.parametrize("seed", [1, 2])
def test_connection_cuts_at_random_offsets(setup: Setup, server_db: object, proxy: CuttingProxy, tmp_path: Path,
                                           seed: int) -> None:
    sha, data = attach(setup.a, tmp_path, seed)
    sync = uploader(setup.a, proxy)
    rng = random.Random(seed)
    for _ in range(3):
        proxy.cut_at(proxy.sent + rng.randint(1, SIZE // 3))
        with pytest.raises(FieldOpsError) as raised:
            sync.run()
        assert raised.value.code is ErrorCode.SERVER_UNREACHABLE
    assert factories.scalar(setup.a.fo, "SELECT upload_state FROM attachment") == "waiting"
    run_to_the_end(sync)
    assert proxy.cuts == 3
    assert_resent_at_most_one_chunk_each(proxy, len(data))
    committed(setup, server_db, sha, data)
    assert factories.scalar(setup.a.fo, "SELECT upload_state FROM attachment") == "uploaded"


def test_the_server_killed_mid_upload(setup: Setup, server_db: object, proxy: CuttingProxy, tmp_path: Path) -> None:
    sha, data = attach(setup.a, tmp_path, 7)
    sync = uploader(setup.a, proxy)
    rng = random.Random(7)
    for _ in range(2):
        proxy.cut_at(proxy.sent + rng.randint(CHUNK // 2, SIZE // 3), on_cut=setup.server.kill)
        with pytest.raises(FieldOpsError):
            sync.run()
        assert setup.server.proc is not None and setup.server.proc.wait(timeout=30) == -9
        setup.server.start()
    run_to_the_end(sync)
    assert proxy.cuts == 2
    assert_resent_at_most_one_chunk_each(proxy, len(data))
    committed(setup, server_db, sha, data)


CLIENT = """
import sys
from dataclasses import replace
from pathlib import Path
from fieldops.app import FieldOps
from fieldops.keyslots import FAST_KDF
from fieldops.sync.media import MediaSync
from fieldops.sync.session import ServerSession, load_link
from fieldops.sync.transport import HttpMediaTransport

home, user, local_password, server_password, url, chunk = sys.argv[1:7]
fo = FieldOps.open(Path(home), user, local_password, kdf=FAST_KDF)
session = ServerSession(replace(load_link(fo), url=url))
session.login(user, server_password)
sync = MediaSync(fo, HttpMediaTransport(session))
sync.chunk = int(chunk)
print("sent", sync.run().sent, flush=True)
fo.close()
"""


def test_the_client_killed_mid_upload(setup: Setup, server_db: object, proxy: CuttingProxy, tmp_path: Path) -> None:
    a = setup.a
    sha, data = attach(a, tmp_path, 11)
    args = [sys.executable, "-c", CLIENT, str(a.home), a.fo.user.username, factories.PASSWORD, PASSWORD, proxy.url,
            str(CHUNK)]
    rng = random.Random(11)
    for _ in range(2):
        proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": str(REPO)})
        proxy.cut_at(proxy.sent + rng.randint(CHUNK // 2, SIZE // 3), on_cut=proc.kill)
        proc.wait(timeout=120)
        assert proc.returncode == -9, proc.stderr.read() if proc.stderr else ""  # type: ignore[union-attr]
    done = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0 and "sent 1" in done.stdout, done.stderr
    assert proxy.cuts == 2
    assert_resent_at_most_one_chunk_each(proxy, len(data))
    committed(setup, server_db, sha, data)
    assert factories.scalar(a.fo, "SELECT upload_state FROM attachment") == "uploaded"
