"""The server's content-addressed media store: committed files, named by the SHA-256 of their bytes.

A store only ever receives a file that was already re-hashed whole (`fieldops.server.media`), and makes it
appear complete or not at all. The filesystem store is the default (`--media-dir`); `S3Store`
(`fieldops.server.media_s3`) keeps the same contract on an S3-compatible object store.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from fieldops.fsutil import fsync_dir

SHA256 = re.compile(r"^[0-9a-f]{64}$")
READ_CHUNK = 1024 * 1024
DISK_FULL = (errno.ENOSPC, errno.EDQUOT)


class StoreFullError(Exception):
    """The store has no room for the file (nothing was stored)."""


class BlobStore(Protocol):
    def describe(self) -> str: ...
    def has(self, sha256: str) -> bool: ...
    def size(self, sha256: str) -> int | None: ...
    def put(self, sha256: str, source: Path) -> None: ...
    def read(self, sha256: str, chunk: int = READ_CHUNK) -> Iterator[bytes]: ...
    def delete(self, sha256: str) -> bool: ...
    def keys(self) -> Iterator[str]: ...


def check_sha(sha256: str) -> str:
    if not SHA256.match(sha256):
        raise ValueError("not a lowercase hex SHA-256")
    return sha256


class FileStore:
    """`<root>/ab/cd/abcd…` files, 0600 in 0700 folders; written as `<name>.tmp`, fsynced, renamed."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def describe(self) -> str:
        return f"file:{self.root}"

    def path_of(self, sha256: str) -> Path:
        check_sha(sha256)
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def size(self, sha256: str) -> int | None:
        try:
            return self.path_of(sha256).stat().st_size
        except FileNotFoundError:
            return None

    def put(self, sha256: str, source: Path) -> None:
        """Move (same volume) or copy `source` in as `sha256`; the source is consumed on success and left in
        place on failure (StoreFullError for a full disk)."""
        target = self.path_of(sha256)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = target.with_name(target.name + ".tmp")
        try:
            try:
                os.replace(source, tmp)
            except OSError as exc:
                if exc.errno != errno.EXDEV:
                    raise
                with open(source, "rb") as src, open(tmp, "wb") as dst:
                    shutil.copyfileobj(src, dst, READ_CHUNK)
                    dst.flush()
                    os.fsync(dst.fileno())
                source.unlink()
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
            fsync_dir(target.parent)
        except OSError as exc:
            if tmp.exists() and not source.exists():
                with contextlib.suppress(OSError):  # moved but not committed: give the source back
                    os.replace(tmp, source)
            tmp.unlink(missing_ok=True)
            if exc.errno in DISK_FULL:
                raise StoreFullError(str(exc)) from None
            raise

    def read(self, sha256: str, chunk: int = READ_CHUNK) -> Iterator[bytes]:
        with open(self.path_of(sha256), "rb") as fh:
            while block := fh.read(chunk):
                yield block

    def delete(self, sha256: str) -> bool:
        path = self.path_of(sha256)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        fsync_dir(path.parent)
        return True

    def keys(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for first in sorted(self.root.iterdir()):
            if not first.is_dir():
                continue
            for second in sorted(first.iterdir()):
                if second.is_dir():
                    yield from sorted(p.name for p in second.iterdir() if SHA256.match(p.name))


def open_store(spec: str | None, media_dir: Path) -> BlobStore:
    """The store named by `spec`: None or "file" → `<media_dir>/store`; "file:/path"; "s3://bucket/prefix"."""
    if not spec or spec == "file":
        return FileStore(media_dir / "store")
    if spec.startswith("file:"):
        return FileStore(Path(spec[len("file:"):]))
    if spec.startswith("s3://"):
        from fieldops.server.media_s3 import S3Store

        return S3Store.from_url(spec)
    raise ValueError(f"unknown media store {spec!r} (use file:/path or s3://bucket/prefix)")
