"""Resumable, verified media uploads and authorized downloads (SYNC.md "Media"; tus-style).

    POST  /v1/media/uploads            {sha256, size, mime} → the upload to continue (created or resumed)
    HEAD  /v1/media/uploads/{id}       Upload-Offset: how many bytes the server holds, verified and fsynced
    PATCH /v1/media/uploads/{id}       Upload-Offset + Upload-Checksum: crc32|sha256 <base64> + one chunk
    GET   /v1/media/{sha256}?purpose=  the committed file, for a caller whose agency may see it (a disclosure)

Guarantees:
- the offset advances only after a whole chunk arrived, matched its checksum and was fsynced, so after any
  interruption (client killed, server killed, connection cut) the client re-sends at most that one chunk;
- the server computes the whole file's SHA-256 itself (over the bytes written to the part file, chunk after
  verified chunk, in a thread that runs at most a few chunks behind; after a server restart the commit
  re-reads the whole part file), and only a file whose SHA-256 is the declared one is committed to the
  content-addressed store; only then does the reply say `committed`;
- a full disk refuses the chunk (507), rolls the part file back to the verified offset and commits nothing;
- who may upload or read a hash: a caller who can see an attachment record naming it, and for reading also
  an agency that proved it holds the bytes (uploaded them). An attachment record alone is not proof (anyone
  can push one naming any hash), so the existence of another agency's file cannot be probed: the answers for
  "not yours" and "no such file" are the same, and an agency that does not hold the file must send it whole.
"""

from __future__ import annotations

import asyncio
import base64
import errno
import hashlib
import os
import queue
import threading
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from anyio import to_thread
from sqlalchemy import Connection, Engine, insert, select, update

from fieldops.ids import uuid7
from fieldops.server import schema
from fieldops.server.config import MAX_MEDIA_CHUNK
from fieldops.server.media_store import DISK_FULL, READ_CHUNK, SHA256, BlobStore, StoreFullError
from fieldops.server.principal import Principal

RECEIVING, COMMITTED, FAILED = "receiving", "committed", "failed"
UPLOADERS = {"officer", "supervisor", "equipment_manager"}
# A chunk whose bytes stop coming for this long is abandoned (a link that died without a FIN or RST would
# otherwise hold the upload until TCP gives up, and the laptop's retry over a new connection would wait).
IDLE_TIMEOUT = 10.0
CHECKSUMS = {"sha256": 32, "crc32": 4}  # tus checksum algorithms accepted per chunk, and their digest sizes


class MediaError(Exception):
    """A refusal with its HTTP status and error code (turned into an ApiError by the routes)."""

    def __init__(self, status: int, code: str, **extra: Any) -> None:
        super().__init__(code)
        self.status, self.code, self.extra = status, code, extra


def not_found() -> MediaError:
    return MediaError(404, "media.not_found")


@dataclass
class Upload:
    id: str | None
    sha256: str
    size: int
    offset: int
    state: str
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "sha256": self.sha256, "size": self.size, "offset": self.offset,
                "state": self.state, "error": self.error}


class MediaService:
    def __init__(self, engine: Engine, store: BlobStore, upload_dir: Path, idle_timeout: float = IDLE_TIMEOUT) -> None:
        self.engine, self.store, self.upload_dir = engine, store, Path(upload_dir)
        self.idle_timeout = idle_timeout
        self._locks: dict[str, asyncio.Lock] = {}
        # upload id -> the whole-file SHA-256, computed in a thread of its own over every verified chunk's bytes
        # as written (a chunk behind the upload at most). Lost with the process: the commit then re-reads the
        # whole part file.
        self._hashing: dict[str, _WholeHash] = {}
        self._rows: dict[str, tuple[str, Upload]] = {}  # upload id -> (device id, state) while receiving

    # ---- who may ------------------------------------------------------------------------------------------
    @staticmethod
    def visible_records(conn: Connection, p: Principal, sha256: str) -> list[dict[str, Any]]:
        """The attachment records naming `sha256` that the caller's agency may see."""
        r, ref = schema.record.c, schema.media_ref.c
        rows = conn.execute(select(r.id, r.agency_id, r.shared_with, r.data).join(
            schema.media_ref, (ref.attachment_id == r.id) & (r.entity == "attachment")).where(
            ref.sha256 == sha256)).all()
        return [{"id": row.id, "agency_id": row.agency_id, "size": (row.data or {}).get("size")} for row in rows
                if row.agency_id == p.agency_id or p.agency_id in (row.shared_with or [])]

    @staticmethod
    def owners(conn: Connection, sha256: str) -> set[str]:
        o = schema.media_owner.c
        return set(conn.execute(select(o.agency_id).where(o.sha256 == sha256)).scalars())

    @staticmethod
    def blob(conn: Connection, sha256: str) -> Any:
        b = schema.media_blob.c
        return conn.execute(select(schema.media_blob).where(b.sha256 == sha256)).first()

    def readable(self, conn: Connection, p: Principal, sha256: str) -> Any:
        """The committed blob row if the caller may read it, else None (never saying which rule failed)."""
        if not SHA256.match(sha256):
            return None
        blob = self.blob(conn, sha256)
        if blob is None or blob.erased_at is not None:
            return None
        owners = self.owners(conn, sha256)
        if any(rec["agency_id"] in owners or p.agency_id in owners for rec in self.visible_records(conn, p, sha256)):
            return blob
        return None

    # ---- create / resume ------------------------------------------------------------------------------------
    def create(self, p: Principal, sha256: str, size: int, mime: str, now: datetime) -> Upload:
        if not p.roles & UPLOADERS:
            raise MediaError(403, "auth.not_permitted")
        with self.engine.begin() as conn:
            records = self.visible_records(conn, p, sha256)
            if not records:
                raise MediaError(409, "media.no_record")  # push the attachment record first
            if all(rec["size"] != size for rec in records):
                raise MediaError(422, "media.size_mismatch")
            blob = self.blob(conn, sha256)
            if (blob is not None and blob.erased_at is None and blob.corrupt_at is None
                    and p.agency_id in self.owners(conn, sha256)):
                return Upload(None, sha256, size, size, COMMITTED)  # (a corrupt copy is repaired by a new upload)
            u = schema.media_upload.c
            row = conn.execute(select(schema.media_upload).where(
                u.device_id == p.device_id, u.sha256 == sha256, u.state == RECEIVING)).first()
            if row is not None and row.size == size:
                return _upload(row)
            upload = Upload(uuid7(), sha256, size, 0, RECEIVING)
            conn.execute(insert(schema.media_upload).values(
                id=upload.id, sha256=sha256, size=size, mime=mime[:100] or "application/octet-stream", offset=0,
                state=RECEIVING, user_id=p.user_id, device_id=p.device_id, agency_id=p.agency_id, created_at=now,
                updated_at=now))
            return upload

    def status(self, p: Principal, upload_id: str) -> Upload:
        with self.engine.connect() as conn:
            return _upload(self._own(conn, p, upload_id))

    @staticmethod
    def _own(conn: Connection, p: Principal, upload_id: str) -> Any:
        """The caller's device's upload (another device's or an unknown id: the same 404)."""
        u = schema.media_upload.c
        row = conn.execute(select(schema.media_upload).where(u.id == upload_id)).first()
        if row is None or row.device_id != p.device_id:
            raise not_found()
        return row

    def part_path(self, upload_id: str) -> Path:
        return self.upload_dir / f"{upload_id}.part"

    # ---- receive one chunk ------------------------------------------------------------------------------------
    async def receive(self, p: Principal, upload_id: str, offset: int, checksum: str | None,
                      body: AsyncIterator[bytes], now: datetime) -> Upload:
        lock = self._locks.setdefault(upload_id, asyncio.Lock())
        async with lock:  # one chunk at a time per upload (a retry racing a slow original waits)
            cached = self._rows.get(upload_id)
            if cached is not None and cached[0] == p.device_id:
                row = cached[1]  # this process wrote its last state (`_advance` still guards the offset)
            else:
                row = await to_thread.run_sync(self.status, p, upload_id)
            if row.state == COMMITTED:
                return row
            if row.state == FAILED:
                raise MediaError(409, "media.failed", reason=row.error)
            if offset != row.offset:
                raise MediaError(409, "media.offset_mismatch", offset=row.offset)
            expected = _parse_checksum(checksum)
            received, pieces = await self._write_chunk(upload_id, row, body, expected)
            if received:
                await to_thread.run_sync(self._advance, upload_id, row.offset, row.offset + received, now)
                row.offset += received
                if row.offset == received:  # the first chunk: the whole-file hash starts here
                    self._hashing[upload_id] = _WholeHash()
                whole = self._hashing.get(upload_id)
                if whole is not None:
                    whole.feed(pieces)
                self._rows[upload_id] = (p.device_id, row)
            if row.offset == row.size:
                return await to_thread.run_sync(self._finalize, p, row, now)
            return row

    async def _write_chunk(self, upload_id: str, row: Upload, body: AsyncIterator[bytes],
                           expected: tuple[str, bytes] | None) -> tuple[int, list[bytes]]:
        """Append one PATCH body at the verified offset (written, checksummed, hashed and fsynced by a worker
        thread while the event loop receives) and check it against its checksum; on any failure roll the part
        file back to the verified offset. Returns (bytes received, the pieces as written)."""
        limit = min(MAX_MEDIA_CHUNK, row.size - row.offset)
        self.upload_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.part_path(upload_id)
        received = 0
        # Unbuffered: a full disk surfaces at the write that hit it, and the rollback has nothing left to flush.
        fh = open(path, "r+b" if path.exists() else "w+b", buffering=0)  # noqa: SIM115 (closed in finally)
        sink: _Sink | None = None
        try:
            fh.truncate(row.offset)  # bytes of an interrupted chunk beyond the verified offset are dropped
            fh.seek(row.offset)
            sink = _Sink(fh, expected[0] if expected else "sha256")
            async for piece in _idle_limited(body, self.idle_timeout):
                received += len(piece)
                if received > limit:
                    raise MediaError(413, "media.chunk_too_large", offset=row.offset)
                sink.put(piece)
            if received and expected is None:
                raise MediaError(400, "media.checksum_missing", offset=row.offset)
            digest = await to_thread.run_sync(sink.finish)
            if received and expected is not None and digest != expected[1]:
                raise MediaError(460, "media.checksum_mismatch", offset=row.offset)
        except OSError as exc:
            await _stopped(sink)
            _rollback(fh, row.offset)
            if exc.errno in DISK_FULL:
                raise MediaError(507, "media.disk_full", offset=row.offset) from None
            raise
        except BaseException:  # checksum, size, client gone mid-chunk: the chunk is not kept
            await _stopped(sink)
            _rollback(fh, row.offset)
            raise
        finally:
            fh.close()
        return received, sink.pieces

    def _advance(self, upload_id: str, old: int, new: int, now: datetime) -> None:
        u = schema.media_upload.c
        with self.engine.begin() as conn:
            done = conn.execute(update(schema.media_upload).where(u.id == upload_id, u.offset == old)
                                .values(offset=new, updated_at=now)).rowcount
        if done != 1:
            self._forget(upload_id)
            raise MediaError(409, "media.offset_mismatch", offset=old)

    # ---- commit -----------------------------------------------------------------------------------------------
    def _finalize(self, p: Principal, row: Upload, now: datetime) -> Upload:
        """Re-hash the whole part file; commit it to the store only if it is the declared file."""
        assert row.id is not None
        path = self.part_path(row.id)
        if not path.is_file() or path.stat().st_size != row.size:
            self._fail(row, "part_lost", now)  # the part file vanished under us: start again
            raise MediaError(409, "media.failed", reason="part_lost")
        hashed = self._hashing.pop(row.id, None)
        digest = hashed.result(row.size) if hashed is not None else None
        if (digest or _hash_file(path)) != row.sha256:
            path.unlink(missing_ok=True)
            self._fail(row, "hash_mismatch", now)
            raise MediaError(422, "media.hash_mismatch")
        with self.engine.connect() as conn:
            have = self.blob(conn, row.sha256)
        if have is None or have.erased_at is not None or have.corrupt_at is not None or not self.store.has(row.sha256):
            try:
                self.store.put(row.sha256, path)
            except StoreFullError:
                raise MediaError(507, "media.disk_full", offset=row.offset) from None
        else:
            path.unlink(missing_ok=True)  # another agency committed the same bytes: keep that copy
        self._commit(p, row, now)
        self._locks.pop(row.id, None)
        self._forget(row.id)
        return Upload(row.id, row.sha256, row.size, row.size, COMMITTED)

    def _commit(self, p: Principal, row: Upload, now: datetime) -> None:
        b, u = schema.media_blob.c, schema.media_upload.c
        with self.engine.begin() as conn:
            mime = conn.execute(select(u.mime).where(u.id == row.id)).scalar() or "application/octet-stream"
            blob = self.blob(conn, row.sha256)
            if blob is None:
                conn.execute(insert(schema.media_blob).values(
                    sha256=row.sha256, size=row.size, mime=mime, committed_at=now, committed_by=p.user_id))
            elif blob.erased_at is not None or blob.corrupt_at is not None:  # sent again: whole and verified
                conn.execute(update(schema.media_blob).where(b.sha256 == row.sha256).values(
                    erased_at=None, corrupt_at=None, committed_at=now, committed_by=p.user_id))
            owners = self.owners(conn, row.sha256)
            # The uploader proved it holds the bytes; so, through it, do the agencies of the records it can see
            # (a joint operation's owner can then read what a partner's officer attached to it).
            new = ({p.agency_id} | {r["agency_id"] for r in self.visible_records(conn, p, row.sha256)}) - owners
            for agency in sorted(new):
                conn.execute(insert(schema.media_owner).values(sha256=row.sha256, agency_id=agency, at=now))
            conn.execute(update(schema.media_upload).where(u.id == row.id).values(
                state=COMMITTED, offset=row.size, updated_at=now))
            audit(conn, p, "collection", row.sha256, now, {"size": row.size, "mime": mime, "upload": row.id})

    def _forget(self, upload_id: str) -> None:
        """Drop what this process keeps of an upload (its cached state and running hash)."""
        self._rows.pop(upload_id, None)
        hashed = self._hashing.pop(upload_id, None)
        if hashed is not None:
            hashed.result(-1)  # stops its thread

    def _fail(self, row: Upload, reason: str, now: datetime) -> None:
        if row.id is not None:
            self._forget(row.id)
        u = schema.media_upload.c
        with self.engine.begin() as conn:
            conn.execute(update(schema.media_upload).where(u.id == row.id).values(
                state=FAILED, error=reason, updated_at=now))

    # ---- download -------------------------------------------------------------------------------------------
    def open_for(self, p: Principal, sha256: str, purpose: str, now: datetime) -> tuple[Any, Any]:
        """(blob row, byte iterator) for a caller who may read it; the read is logged as a disclosure."""
        with self.engine.begin() as conn:
            blob = self.readable(conn, p, sha256)
            if blob is None or not self.store.has(sha256):
                raise not_found()
            if blob.corrupt_at is not None:  # the scrub found it damaged: never served as if it were whole
                raise MediaError(409, "media.corrupt")
            audit(conn, p, "disclosure", sha256, now, {"size": blob.size, "purpose": purpose[:500]})
        return blob, self.store.read(sha256)


def audit(conn: Connection, p: Principal | None, action: str, sha256: str, now: datetime,
          details: dict[str, Any]) -> None:
    conn.execute(insert(schema.server_audit).values(
        at=now, user_id=p.user_id if p else None, device_id=p.device_id if p else None, action=action,
        entity="media", entity_id=sha256, details=details))


def _upload(row: Any) -> Upload:
    return Upload(row.id, row.sha256, int(row.size), int(row.offset), row.state, row.error)


def _parse_checksum(header: str | None) -> tuple[str, bytes] | None:
    """tus checksum extension: `Upload-Checksum: sha256 <base64 digest>` or `crc32 <base64 of 4 bytes>`.
    CRC-32 suffices against damage on the way (the whole file is proven by its SHA-256) and costs a third."""
    if header is None:
        return None
    algorithm, _, value = header.strip().partition(" ")
    algorithm = algorithm.lower()
    if algorithm not in CHECKSUMS:
        raise MediaError(400, "media.checksum_algorithm")
    try:
        digest = base64.b64decode(value.strip(), validate=True)
    except ValueError:
        raise MediaError(400, "media.checksum_invalid") from None
    if len(digest) != CHECKSUMS[algorithm]:
        raise MediaError(400, "media.checksum_invalid")
    return algorithm, digest


async def _idle_limited(body: AsyncIterator[bytes], seconds: float) -> AsyncIterator[bytes]:
    """The body's pieces, refusing a body that stops for `seconds` (one timer moved along, not a task per
    piece: this loop runs for every 64 KiB of every upload)."""
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(seconds) as deadline:
            async for piece in body:
                deadline.reschedule(loop.time() + seconds)
                yield piece
    except TimeoutError:
        raise MediaError(408, "media.chunk_stalled") from None


def _write_all(fh: Any, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[fh.write(view):]


class _Sink:
    """Writes one chunk in a worker thread, in order, while the event loop receives the rest, computing its
    checksum; keeps the pieces (for the whole-file hash, once the chunk is verified). `finish()` fsyncs and
    returns the chunk's checksum digest (or raises the write error)."""

    def __init__(self, fh: Any, algorithm: str) -> None:
        self.fh, self.algorithm = fh, algorithm
        self._sha = hashlib.sha256() if algorithm == "sha256" else None
        self._crc = 0
        self.pieces: list[bytes] = []
        self.error: BaseException | None = None
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=256)  # ≤ 16 MiB of 64 KiB pieces
        self._thread = threading.Thread(target=self._run, name="fieldops-media-sink", daemon=True)
        self._thread.start()
        self._closed = False

    def put(self, piece: bytes) -> None:
        if self.error is not None:
            raise self.error
        self.pieces.append(piece)
        self._queue.put(piece)

    def _run(self) -> None:
        while (piece := self._queue.get()) is not None:
            if self.error is not None:
                continue  # drain after a failure
            try:
                _write_all(self.fh, piece)
                if self._sha is not None:
                    self._sha.update(piece)
                else:
                    self._crc = zlib.crc32(piece, self._crc)
            except BaseException as exc:  # handed to the event loop by put/finish
                self.error = exc

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._queue.put(None)
        self._thread.join()

    def finish(self) -> bytes:
        self.close()
        if self.error is not None:
            raise self.error
        os.fsync(self.fh.fileno())
        return self._sha.digest() if self._sha is not None else self._crc.to_bytes(4, "big")


class _WholeHash:
    """The SHA-256 of an upload's bytes, fed verified chunk by verified chunk (the pieces as they were written)
    and hashed in a thread of its own, so the next chunk's reply never waits for it; `result` waits for the
    last one. It gives up (the commit then re-reads the part file) after `idle` seconds without a chunk."""

    def __init__(self, idle: float = 300.0) -> None:
        self.idle = idle
        self.digest = hashlib.sha256()
        self.done = 0
        self.failed = False
        self._queue: queue.Queue[list[bytes] | None] = queue.Queue(maxsize=8)  # ≤ 8 chunks behind
        self._thread = threading.Thread(target=self._run, name="fieldops-media-hash", daemon=True)
        self._thread.start()

    def feed(self, pieces: list[bytes]) -> None:
        if self._thread.is_alive():
            self._queue.put(pieces)

    def _run(self) -> None:
        try:
            while (pieces := self._queue.get(timeout=self.idle)) is not None:
                for piece in pieces:
                    self.digest.update(piece)
                    self.done += len(piece)
        except queue.Empty:
            self.failed = True

    def result(self, size: int) -> str | None:
        """The hex digest if exactly `size` bytes were hashed, else None (then re-read the part file)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        return self.digest.hexdigest() if not self.failed and self.done == size else None


async def _stopped(sink: _Sink | None) -> None:
    if sink is not None:
        await to_thread.run_sync(sink.close)


def _rollback(fh: Any, offset: int) -> None:
    try:
        fh.truncate(offset)
    except OSError as exc:  # the next chunk truncates again before writing
        if exc.errno not in (*DISK_FULL, errno.EIO):
            raise


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(READ_CHUNK * 4):
            digest.update(block)
    return digest.hexdigest()
