"""The media store contract (`fieldops.server.media_store.BlobStore`), one suite over both backends: the file
store on tmp_path and `S3Store` against moto's S3 server in this process (no PostgreSQL, no network).

A missing blob reads as FileNotFoundError on both (S3Store translates NoSuchKey)."""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fieldops.server import media_store
from fieldops.server.media_store import FileStore, StoreFullError, open_store
from tests.server.conftest import free_port

MIB = 1024 * 1024
PART = 8 * MIB  # S3Store's part size in these tests: a 20 MiB blob is a 3-part multipart upload
BAD_SHAS = ["", "abc", "A" * 64, "g" * 64, "a" * 63, "a" * 65, "../" + "a" * 61, "ab/cd/" + "a" * 58]
DUMMY_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


# ---- moto -------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    """moto's S3 server on a free loopback port, for this module."""
    server_mod = pytest.importorskip("moto.server", reason="moto[server] is not installed (the dev extra)")
    server = server_mod.ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture(scope="module")
def s3_client(moto_endpoint: str) -> Any:
    import boto3
    from botocore.config import Config

    return boto3.client("s3", endpoint_url=moto_endpoint, region_name="us-east-1",
                        aws_access_key_id="testing", aws_secret_access_key="testing",
                        config=Config(s3={"addressing_style": "path"}))


@pytest.fixture
def bucket(s3_client: Any) -> str:
    """A fresh bucket per test (moto's state lives as long as the module's server)."""
    name = f"fieldops-{secrets.token_hex(6)}"
    s3_client.create_bucket(Bucket=name)
    return name


def s3_env(monkeypatch: pytest.MonkeyPatch, endpoint: str, tmp_path: Path) -> None:
    """Dummy credentials through boto3's standard chain, no profile or config file of this machine."""
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN",
                 "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "FIELDOPS_S3_REGION"):
        monkeypatch.delenv(name, raising=False)
    for name, value in DUMMY_CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("FIELDOPS_S3_ENDPOINT", endpoint)


# ---- the two backends ---------------------------------------------------------------------------------------------
@dataclass
class Backend:
    kind: str
    store: Any  # a media_store.BlobStore
    add_foreign: Callable[[str, bytes], None]  # writes an object/file at a store-relative path, outside the contract


@pytest.fixture
def s3_store(s3_client: Any, bucket: str) -> Any:
    """An S3Store under the prefix media/v1 of a fresh bucket, 8 MiB parts."""
    from fieldops.server.media_s3 import S3Store

    return S3Store(bucket, "media/v1", s3_client, part_size=PART)


@pytest.fixture(params=["file", "s3"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    if request.param == "file":
        root = tmp_path / "store"

        def add_file(rel: str, data: bytes) -> None:
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

        return Backend("file", FileStore(root), add_file)

    store = request.getfixturevalue("s3_store")

    def add_object(rel: str, data: bytes) -> None:
        """`rel` under the store's prefix, or from the bucket's root if it starts with a slash."""
        key = rel[1:] if rel.startswith("/") else f"{store.prefix}/{rel}"
        store.client.put_object(Bucket=store.bucket, Key=key, Body=data)

    return Backend("s3", store, add_object)


def blob(tmp_path: Path, data: bytes, name: str | None = None) -> tuple[str, Path]:
    """A source file with `data` in it, and its SHA-256."""
    path = tmp_path / "incoming" / (name or secrets.token_hex(8))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest(), path


def read_all(store: Any, sha: str, chunk: int = media_store.READ_CHUNK) -> bytes:
    return b"".join(store.read(sha, chunk))


# ---- the contract -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("length", [0, 1, 100_000, 20 * MIB], ids=["empty", "1B", "100kB", "20MiB"])
def test_put_then_has_size_and_read_back(backend: Backend, tmp_path: Path, length: int) -> None:
    data = os.urandom(length)
    sha, source = blob(tmp_path, data)
    assert not backend.store.has(sha)
    assert backend.store.size(sha) is None

    backend.store.put(sha, source)

    assert not source.exists()  # the source is consumed
    assert backend.store.has(sha)
    assert backend.store.size(sha) == length
    chunks = list(backend.store.read(sha, 64 * 1024))
    assert all(len(c) <= 64 * 1024 for c in chunks)
    assert b"".join(chunks) == data
    assert read_all(backend.store, sha) == data


def test_s3_a_big_blob_goes_up_in_parts(s3_store: Any, tmp_path: Path) -> None:
    data = os.urandom(20 * MIB)
    sha, source = blob(tmp_path, data)
    s3_store.put(sha, source)
    head = s3_store.client.head_object(Bucket=s3_store.bucket, Key=s3_store.key_of(sha))
    assert head["ETag"].strip('"').endswith("-3")  # a multipart upload of 8 + 8 + 4 MiB
    assert hashlib.sha256(read_all(s3_store, sha, MIB)).hexdigest() == sha


def test_put_of_an_existing_blob_is_harmless(backend: Backend, tmp_path: Path) -> None:
    data = b"the same bytes twice" * 1000
    sha, first = blob(tmp_path, data)
    backend.store.put(sha, first)
    _, second = blob(tmp_path, data)

    backend.store.put(sha, second)

    assert not second.exists()
    assert read_all(backend.store, sha) == data
    assert list(backend.store.keys()) == [sha]


def test_delete_says_whether_the_blob_was_there(backend: Backend, tmp_path: Path) -> None:
    sha, source = blob(tmp_path, b"to be deleted")
    backend.store.put(sha, source)
    other, source = blob(tmp_path, b"to be kept")
    backend.store.put(other, source)

    assert backend.store.delete(sha) is True
    assert backend.store.delete(sha) is False
    assert not backend.store.has(sha)
    assert backend.store.size(sha) is None
    assert list(backend.store.keys()) == [other]
    assert read_all(backend.store, other) == b"to be kept"


def test_keys_are_exactly_the_stored_hashes(backend: Backend, tmp_path: Path) -> None:
    assert list(backend.store.keys()) == []
    shas = []
    for n in range(5):
        sha, source = blob(tmp_path, f"blob {n}".encode())
        backend.store.put(sha, source)
        shas.append(sha)
    stranger = hashlib.sha256(b"not stored through the store").hexdigest()
    backend.add_foreign("README", b"foreign")
    backend.add_foreign(f"{stranger[:2]}/{stranger[2:4]}/notes.txt", b"foreign")
    backend.add_foreign(f"{stranger[:2]}/{stranger[2:4]}/{stranger}.tmp", b"an unfinished write")
    backend.add_foreign(f"{stranger[:2]}/{stranger[2:4]}/{stranger.upper()}", b"not lowercase")
    if backend.kind == "s3":
        backend.add_foreign(stranger, b"a hash at the wrong depth")
        backend.add_foreign(f"{stranger[2:4]}/{stranger[:2]}/{stranger}", b"in the wrong folder")
        backend.add_foreign(f"/media/v2/{stranger[:2]}/{stranger[2:4]}/{stranger}", b"another prefix")
        backend.add_foreign(f"/{stranger[:2]}/{stranger[2:4]}/{stranger}", b"no prefix")

    assert list(backend.store.keys()) == sorted(shas)


def test_reading_a_missing_blob_raises_file_not_found(backend: Backend) -> None:
    missing = hashlib.sha256(b"never stored").hexdigest()
    with pytest.raises(FileNotFoundError):
        read_all(backend.store, missing)


@pytest.mark.parametrize("bad", BAD_SHAS)
def test_a_bad_sha_is_refused_everywhere(backend: Backend, tmp_path: Path, bad: str) -> None:
    _, source = blob(tmp_path, b"some bytes")
    with pytest.raises(ValueError):
        backend.store.has(bad)
    with pytest.raises(ValueError):
        backend.store.size(bad)
    with pytest.raises(ValueError):
        backend.store.put(bad, source)
    assert source.exists()  # refused before anything happened to it
    with pytest.raises(ValueError):
        read_all(backend.store, bad)
    with pytest.raises(ValueError):
        backend.store.delete(bad)
    assert list(backend.store.keys()) == []


# ---- open_store ---------------------------------------------------------------------------------------------------
def test_open_store_default_is_the_file_store_under_media_dir(tmp_path: Path) -> None:
    for spec in (None, "", "file"):
        store = open_store(spec, tmp_path)
        assert isinstance(store, FileStore)
        assert store.root == tmp_path / "store"


def test_open_store_s3(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, moto_endpoint: str, bucket: str) -> None:
    from fieldops.server.media_s3 import S3Store

    s3_env(monkeypatch, moto_endpoint, tmp_path)
    store = open_store(f"s3://{bucket}/some/prefix/", tmp_path)

    assert isinstance(store, S3Store)
    assert (store.bucket, store.prefix) == (bucket, "some/prefix")
    assert store.describe() == f"s3://{bucket}/some/prefix"
    sha, source = blob(tmp_path, b"through the environment's endpoint and credentials")
    store.put(sha, source)  # reaches moto: FIELDOPS_S3_ENDPOINT and the credentials chain are used
    assert read_all(store, sha) == b"through the environment's endpoint and credentials"
    assert store.client.head_object(Bucket=bucket, Key=f"some/prefix/{sha[:2]}/{sha[2:4]}/{sha}")["ContentLength"] > 0


@pytest.mark.parametrize("url", ["s3://", "s3:///prefix", "s3://bucket?x=1", "http://bucket/prefix"])
def test_s3_urls_without_a_bucket_are_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              moto_endpoint: str, url: str) -> None:
    from fieldops.server.media_s3 import S3Store

    s3_env(monkeypatch, moto_endpoint, tmp_path)
    with pytest.raises(ValueError):
        S3Store.from_url(url)


# ---- a full store -----------------------------------------------------------------------------------------------
def enospc() -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_file_store_full_disk_on_the_final_rename(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = FileStore(tmp_path / "store")
    sha, source = blob(tmp_path, b"no room for this")
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if not str(dst).endswith(".tmp"):
            raise enospc()
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(StoreFullError):
        store.put(sha, source)
    monkeypatch.undo()

    assert not store.has(sha)
    assert list((tmp_path / "store").rglob("*.tmp")) == []
    assert list(store.keys()) == []


def test_file_store_full_disk_while_copying_across_volumes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = FileStore(tmp_path / "store")
    sha, source = blob(tmp_path, os.urandom(3 * media_store.READ_CHUNK))

    def replace(src: Any, dst: Any) -> None:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))

    def copyfileobj(src: Any, dst: Any, length: int = 0) -> None:
        dst.write(src.read(length))  # a partial .tmp exists when the disk fills up
        raise enospc()

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(shutil, "copyfileobj", copyfileobj)
    with pytest.raises(StoreFullError):
        store.put(sha, source)
    monkeypatch.undo()

    assert source.exists()  # the copy failed before the source was removed
    assert not store.has(sha)
    assert list((tmp_path / "store").rglob("*.tmp")) == []


def test_file_store_other_os_errors_propagate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = FileStore(tmp_path / "store")
    sha, source = blob(tmp_path, b"permission trouble")

    def replace(src: Any, dst: Any) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(PermissionError):
        store.put(sha, source)


def client_error(code: str, status: int) -> Exception:
    from botocore.exceptions import ClientError

    return ClientError({"Error": {"Code": code, "Message": code}, "ResponseMetadata": {"HTTPStatusCode": status}},
                       "UploadPart")


@pytest.mark.parametrize(("code", "status"), [
    ("XMinioStorageFull", 507), ("XMinioAdminBucketQuotaExceeded", 400), ("QuotaExceeded", 403),
    ("EntityTooLarge", 400), ("InternalError", 507),
])
def test_s3_store_full_maps_to_store_full(s3_store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          code: str, status: int) -> None:
    from boto3.exceptions import S3UploadFailedError

    def upload_file(*args: Any, **kwargs: Any) -> None:
        try:  # what boto3's upload_file raises: S3UploadFailedError from the ClientError
            raise client_error(code, status)
        except Exception as exc:
            raise S3UploadFailedError(f"Failed to upload: {exc}") from exc

    sha, source = blob(tmp_path, b"no room in the bucket")
    monkeypatch.setattr(s3_store.client, "upload_file", upload_file)
    with pytest.raises(StoreFullError):
        s3_store.put(sha, source)
    assert source.exists()  # nothing was stored, the caller still has the file
    assert not s3_store.has(sha)


def test_s3_store_other_errors_propagate(s3_store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from botocore.exceptions import ClientError

    def upload_file(*args: Any, **kwargs: Any) -> None:
        raise client_error("AccessDenied", 403)

    sha, source = blob(tmp_path, b"not allowed")
    monkeypatch.setattr(s3_store.client, "upload_file", upload_file)
    with pytest.raises(ClientError):
        s3_store.put(sha, source)
    assert source.exists()


def test_the_server_command_line_sets_the_media_dir_store_and_expiry(tmp_path: Path) -> None:
    from fieldops.server.cli import build_parser, config_of

    args = build_parser().parse_args(["--data-dir", str(tmp_path), "--media-dir", str(tmp_path / "m"),
                                      "--media-store", f"file:{tmp_path / 's'}", "--expire-every-hours", "0"])
    config = config_of(args)
    assert (config.media_dir, config.media_store, config.expire_every_hours) == (
        tmp_path / "m", f"file:{tmp_path / 's'}", 0.0)
    default = config_of(build_parser().parse_args(["--data-dir", str(tmp_path)]))
    assert default.media_dir == tmp_path / "media" and default.expire_every_hours == 6.0
