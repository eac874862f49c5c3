"""The media store on an S3-compatible object store (AWS S3, MinIO, Ceph RGW): `S3Store`.

Same contract as `media_store.FileStore`: keys `<prefix>/ab/cd/<sha256>`, a blob appears complete or not
at all (a single PUT or a multipart upload is only visible once completed), `put` consumes its source.

Configuration (`S3Store.from_url("s3://bucket/prefix")`): endpoint from FIELDOPS_S3_ENDPOINT (unset: AWS),
region from FIELDOPS_S3_REGION (default us-east-1), credentials by boto3's standard chain
(AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, ~/.aws, instance roles, ...).

boto3 is an optional dependency (the `s3` extra); `media_store.open_store` imports this module only for
`s3://` specs, so the server runs without boto3 on the file store.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import ClientError

from fieldops.server.media_store import READ_CHUNK, SHA256, StoreFullError, check_sha

MIB = 1024 * 1024
PART_SIZE = 16 * MIB  # multipart part size (S3 allows 10,000 parts: 160 GB per object at 16 MiB)
MIN_PART_SIZE = 5 * MIB  # S3's minimum for every part but the last
MAX_CONCURRENCY = 4  # parts in flight per upload: memory stays around MAX_CONCURRENCY x part size

# Error codes of "no room": generic S3/Ceph quota, MinIO bucket quota and full disks, AWS's size limit.
FULL_CODES = frozenset({
    "EntityTooLarge", "QuotaExceeded", "XMinioAdminBucketQuotaExceeded", "XMinioStorageFull",
    "XMinioStorageBackendFull", "InsufficientStorage",
})
NOT_FOUND_CODES = frozenset({"404", "NoSuchKey", "NotFound"})


def _client_error(exc: BaseException) -> ClientError | None:
    """The botocore ClientError behind `exc` (boto3's upload_file wraps it in S3UploadFailedError)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ClientError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _code(err: ClientError) -> str:
    return str(err.response.get("Error", {}).get("Code", ""))


def _status(err: ClientError) -> int | None:
    status = err.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return int(status) if status is not None else None


def _is_not_found(err: ClientError) -> bool:
    return _code(err) in NOT_FOUND_CODES or _status(err) == 404


def _is_full(err: ClientError) -> bool:
    return _code(err) in FULL_CODES or _status(err) == 507


def make_client(endpoint: str | None = None, region: str | None = None) -> Any:
    """An S3 client; path-style addressing and checksums only when required for a custom endpoint
    (MinIO, Ceph and older S3-compatible servers reject boto3's default CRC32 trailers)."""
    options: dict[str, Any] = {"retries": {"mode": "standard"}}
    if endpoint:
        options["s3"] = {"addressing_style": "path"}
        try:  # botocore >= 1.36 (which started sending the CRC32 trailers by default)
            config = Config(**options, request_checksum_calculation="when_required",
                            response_checksum_validation="when_required")
        except TypeError:  # botocore 1.35: no such options, and no default trailers either
            config = Config(**options)
    else:
        config = Config(**options)
    return boto3.client("s3", endpoint_url=endpoint or None, region_name=region or "us-east-1", config=config)


class S3Store:
    """Blobs as objects `<prefix>/ab/cd/<sha256>` in `bucket`.

    A missing blob: `size` → None, `has` → False, `read` raises FileNotFoundError (as the file store does,
    translated from NoSuchKey when the iterator is first advanced). A full store or exceeded quota during
    `put` raises `StoreFullError` and leaves the source in place; other errors propagate (botocore's
    ClientError, boto3's S3UploadFailedError, ...).
    """

    def __init__(self, bucket: str, prefix: str = "", client: Any = None, *, part_size: int = PART_SIZE) -> None:
        if not bucket:
            raise ValueError("an S3 media store needs a bucket")
        if part_size < MIN_PART_SIZE:
            raise ValueError(f"part_size must be at least {MIN_PART_SIZE} bytes (the S3 minimum)")
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self.client: Any = client if client is not None else make_client(
            os.environ.get("FIELDOPS_S3_ENDPOINT"), os.environ.get("FIELDOPS_S3_REGION"))
        self.part_size = part_size

    @classmethod
    def from_url(cls, url: str, client: Any = None) -> S3Store:
        """`s3://bucket` or `s3://bucket/some/prefix`."""
        parts = urlsplit(url)
        if parts.scheme != "s3" or not parts.netloc or parts.query or parts.fragment:
            raise ValueError(f"not an s3://bucket/prefix URL: {url!r}")
        return cls(parts.netloc, parts.path, client)

    def describe(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}" if self.prefix else f"s3://{self.bucket}"

    def key_of(self, sha256: str) -> str:
        check_sha(sha256)
        key = f"{sha256[:2]}/{sha256[2:4]}/{sha256}"
        return f"{self.prefix}/{key}" if self.prefix else key

    def transfer_config(self) -> Any:
        return TransferConfig(multipart_threshold=self.part_size, multipart_chunksize=self.part_size,
                              max_concurrency=MAX_CONCURRENCY, preferred_transfer_client="classic")

    def size(self, sha256: str) -> int | None:
        key = self.key_of(sha256)
        try:
            head = self.client.head_object(Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if _is_not_found(exc):
                return None
            raise
        return int(head["ContentLength"])

    def has(self, sha256: str) -> bool:
        return self.size(sha256) is not None

    def put(self, sha256: str, source: Path) -> None:
        """Upload `source` as `sha256` (multipart above `part_size`), then delete it. An object already
        there with the same size is kept (content-addressed: same name, same bytes) and the source deleted."""
        key = self.key_of(sha256)
        source = Path(source)
        length = source.stat().st_size
        if self.size(sha256) == length:
            source.unlink()
            return
        try:
            self.client.upload_file(str(source), self.bucket, key, Config=self.transfer_config())
        except Exception as exc:
            err = _client_error(exc)
            if err is not None and _is_full(err):
                raise StoreFullError(f"{self.describe()}: {_code(err) or _status(err)}: {err}") from None
            raise
        source.unlink()

    def read(self, sha256: str, chunk: int = READ_CHUNK) -> Iterator[bytes]:
        key = self.key_of(sha256)
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=key)["Body"]
        except ClientError as exc:
            if _is_not_found(exc):
                raise FileNotFoundError(f"{self.describe()}: no blob {sha256}") from None
            raise
        try:
            yield from body.iter_chunks(chunk)
        finally:
            body.close()

    def delete(self, sha256: str) -> bool:
        """True if the blob was there (S3's DeleteObject answers the same either way, hence the HEAD)."""
        if not self.has(sha256):
            return False
        self.client.delete_object(Bucket=self.bucket, Key=self.key_of(sha256))
        return True

    def keys(self) -> Iterator[str]:
        """The stored hashes, in order; objects outside the `ab/cd/<sha256>` layout are ignored."""
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=f"{self.prefix}/" if self.prefix else ""):
            for item in page.get("Contents", []):
                key = str(item["Key"])
                name = key.rsplit("/", 1)[-1]
                if SHA256.match(name) and key == self.key_of(name):
                    yield name
