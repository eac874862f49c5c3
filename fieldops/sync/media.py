"""The laptop's side of media upload (SYNC.md "Media"; the server side is `fieldops.server.media`).

After the records are pushed, every stored file whose attachment record the server has is sent in chunks from
the encrypted store: create (or resume) the upload, then PATCH chunk after chunk with its SHA-256 until the
server answers `committed`, which it does only after re-hashing the whole file. Only then are the file's
attachments marked uploaded, and a `transfer` audit event extends their custody trail. A failure keeps the
file waiting with a typed reason (`REASONS`), shown next to the file; the next round tries again.

Memory stays flat: one chunk (default 8 MiB, `media.chunk_mib`) is in memory at a time, sent in 256 KiB
pieces so that progress and the bandwidth limit (`media.upload_kbps`) apply inside a chunk too. The local
copy of a committed file is removed after `media.keep_sent_days`, never before.
"""

from __future__ import annotations

import base64
import functools
import io
import shutil
import time
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import and_, exists, func, select, update
from sqlmodel import col

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models import Attachment, MediaTransfer, OutboxOp
from fieldops.models.enums import AuditAction
from fieldops.progress import CancelToken

if TYPE_CHECKING:
    from fieldops.app import FieldOps

PIECE = 256 * 1024
NOTE_EVERY = 2.0  # seconds between writes of the bytes sent (one commit per chunk cost more than it told)
MiB = 1024 * 1024
# Why a file is not sent yet (stored in media_transfer.error; the UI translates them).
REASONS = ("no_record", "server_full", "hash_mismatch", "local_damaged", "local_missing", "checksum", "refused")
RESUMABLE = {"media.offset_mismatch", "media.chunk_stalled", "media.incomplete_chunk"}
FileProgress = Callable[[str, str, int, int], None]  # (sha256, file name, bytes the server holds, size)


class RefusedError(Exception):
    """The server refused a media request: HTTP status, error code, and its offset when it sent one."""

    def __init__(self, status: int, code: str, offset: int | None = None) -> None:
        super().__init__(f"{status} {code}")
        self.status, self.code, self.offset = status, code, offset


class MediaTransport(Protocol):
    def create(self, sha256: str, size: int, mime: str) -> dict[str, Any]: ...
    def status(self, upload_id: str) -> dict[str, Any]: ...
    def patch(self, upload_id: str, offset: int, body: Iterator[bytes], length: int, checksum: str,
              size: int = 0) -> dict[str, Any]: ...
    def download(self, sha256: str, purpose: str) -> Any: ...  # context manager → (size, byte iterator)


@dataclass
class MediaReport:
    sent: int = 0  # files committed this round
    failed: int = 0
    bytes: int = 0  # bytes sent (re-sent ones included)
    pruned: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Pending:
    sha256: str
    size: int
    mime: str
    filename: str


class MediaSync:
    def __init__(self, fo: FieldOps, transport: MediaTransport, *, progress: FileProgress | None = None,
                 cancel: CancelToken | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.fo, self.transport = fo, transport
        self.progress = progress or (lambda *_a: None)
        self.cancel = cancel or CancelToken()
        self._clock, self._sleep = clock, sleep
        self.chunk = int(fo.settings.get("media.chunk_mib")) * MiB
        kbps = int(fo.settings.get("media.upload_kbps"))
        self.rate = kbps * 1000 / 8 if kbps else 0.0  # bytes per second; 0: unlimited

    # ---- what to send -------------------------------------------------------------------------------------
    def pending(self) -> list[Pending]:
        """Files with an attachment waiting whose record the server already has (its op is no longer pending:
        the server checks that a record names the hash), oldest first, each hash once."""
        a, o = Attachment, OutboxOp
        unpushed = exists().where(col(o.entity) == "attachment", col(o.entity_id) == col(a.id),
                                  col(o.state) == "pending")
        with self.fo._ctx.read() as s:
            rows = s.execute(
                select(col(a.sha256), func.max(col(a.size)), func.min(col(a.mime)), func.min(col(a.filename)))
                .where(col(a.upload_state) == "waiting", ~unpushed)
                .group_by(col(a.sha256)).order_by(func.min(col(a.attached_at)))).all()
        return [Pending(r[0], int(r[1]), r[2], r[3]) for r in rows]

    # ---- one round ----------------------------------------------------------------------------------------
    def run(self, report: MediaReport | None = None) -> MediaReport:
        """Send every pending file, then prune old sent copies. A lost connection ends the round (raised);
        a refusal is recorded against its file and the round goes on with the next one."""
        report = report or MediaReport()
        for item in self.pending():
            self.cancel.raise_if_cancelled()
            try:
                self.upload(item, report)
                report.sent += 1
            except RefusedError as exc:
                report.failed += 1
                report.errors.append(f"{item.filename}: {exc}")
        report.pruned = self.prune()
        return report

    def upload(self, item: Pending, report: MediaReport) -> None:
        store = self.fo.media
        if not store.exists(item.sha256):
            self._failed(item.sha256, "local_missing")
            raise RefusedError(0, "local_missing")
        state = self._call(item, lambda: self.transport.create(item.sha256, item.size, item.mime))
        retries = 0
        while state["state"] != "committed":
            if state["state"] == "failed":  # the server gave up on that upload: start a new one, once
                state = self._call(item, lambda: self.transport.create(item.sha256, item.size, item.mime))
                if state["state"] == "failed":
                    raise self._refused(item, RefusedError(409, "media.failed"))
                continue
            try:
                state = self._send_from(item, state, report)
            except RefusedError as exc:
                retries += 1
                if exc.code in RESUMABLE and retries <= 5:
                    # A lost reply, a stalled or cut chunk: continue from where the server is.
                    state = self._call(item, functools.partial(self.transport.status, str(state["id"])))
                    continue
                if exc.code == "media.checksum_mismatch" and retries <= 2:
                    continue  # damaged on the way: that chunk once more
                raise self._refused(item, exc) from None
            except FieldOpsError as exc:
                if exc.code is ErrorCode.SERVER_AUTH and exc.params.get("detail") == "token refreshed":
                    state = self._call(item, functools.partial(self.transport.status, str(state["id"])))
                    continue
                self._note(item.sha256, int(state.get("offset") or 0), None)
                raise
        self._committed(item)

    def _call(self, item: Pending, call: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        try:
            return call()
        except RefusedError as exc:
            raise self._refused(item, exc) from None

    def _send_from(self, item: Pending, state: dict[str, Any], report: MediaReport) -> dict[str, Any]:
        """Send chunks from the server's offset until the file is committed (or a refusal is raised)."""
        offset, upload_id = int(state["offset"]), str(state["id"])
        if offset >= item.size:  # all bytes are there but not committed (its disk was full): finalize
            return self.transport.patch(upload_id, offset, iter(()), 0, _checksum(b""), item.size)
        plain = self.fo.media.read_from(item.sha256, offset)
        started, sent_here = self._clock(), 0
        noted = started
        try:
            for chunk, checksum in _prepared(_chunks(plain, self.chunk)):
                self.cancel.raise_if_cancelled()
                pieces = self._paced(item, chunk, offset, started, sent_here)
                state = self.transport.patch(upload_id, offset, pieces, len(chunk), checksum, item.size)
                sent_here += len(chunk)
                report.bytes += len(chunk)
                offset = int(state["offset"])
                if self._clock() - noted >= NOTE_EVERY:  # for the UI after a restart; the server is the truth
                    self._note(item.sha256, offset, None)
                    noted = self._clock()
                self.progress(item.sha256, item.filename, offset, item.size)
                if state["state"] == "committed":
                    return state
        except FieldOpsError as exc:
            if exc.code is ErrorCode.MEDIA_CORRUPT:
                raise self._refused(item, RefusedError(0, "local_damaged")) from None
            if exc.code is ErrorCode.NOT_FOUND:
                raise self._refused(item, RefusedError(0, "local_missing")) from None
            raise
        return state

    def _paced(self, item: Pending, chunk: bytes, offset: int, started: float, before: int) -> Iterator[bytes]:
        """The chunk in pieces, each after the bandwidth limit allows it; progress per piece."""
        view = memoryview(chunk)
        for at in range(0, len(chunk), PIECE):
            if self.rate:
                due = (before + at) / self.rate - (self._clock() - started)
                if due > 0:
                    self._sleep(due)
            yield bytes(view[at:at + PIECE])
            self.progress(item.sha256, item.filename, offset + min(at + PIECE, len(chunk)), item.size)

    # ---- states --------------------------------------------------------------------------------------------
    def _refused(self, item: Pending, exc: RefusedError) -> RefusedError:
        reason = _reason(exc)
        if reason == "hash_mismatch" and not self.fo.media.verify(item.sha256):
            reason = "local_damaged"  # the server was right: the laptop's copy is damaged
        self._failed(item.sha256, reason)
        return RefusedError(exc.status, reason, exc.offset)

    def _row(self, uow: Any, sha256: str) -> MediaTransfer:
        row = uow.session.get(MediaTransfer, sha256)
        if row is None:
            row = MediaTransfer(sha256=sha256)
            uow.session.add(row)
        return row  # type: ignore[no-any-return]

    def _note(self, sha256: str, sent: int, error: str | None) -> None:
        with self.fo._ctx.write() as uow:
            row = self._row(uow, sha256)
            row.sent, row.updated_at = sent, uow.now
            if error is None and row.state != "committed":
                row.state, row.error = "waiting", None

    def _failed(self, sha256: str, reason: str) -> None:
        with self.fo._ctx.write() as uow:
            row = self._row(uow, sha256)
            row.state, row.error, row.updated_at = "failed", reason, uow.now
            row.attempts += 1

    def _committed(self, item: Pending) -> None:
        """The server holds the whole verified file: mark it, and every attachment of it, sent."""
        with self.fo._ctx.write() as uow:
            row = self._row(uow, item.sha256)
            row.state, row.error, row.sent, row.updated_at = "committed", None, item.size, uow.now
            row.committed_at = row.committed_at or uow.now
            row.attempts += 1
            ids = list(uow.session.execute(select(col(Attachment.id)).where(
                col(Attachment.sha256) == item.sha256, col(Attachment.upload_state) == "waiting")).scalars())
            uow.session.execute(update(Attachment).where(col(Attachment.id).in_(ids)).values(upload_state="uploaded"))
            for attachment_id in ids:
                uow.audit(AuditAction.TRANSFER, "attachment", attachment_id,
                          {"sha256": item.sha256, "size": item.size, "state": "committed", "to": "regional server"})
                uow.touch("attachment", attachment_id)
        self.progress(item.sha256, item.filename, item.size, item.size)

    # ---- local copies ------------------------------------------------------------------------------------
    def prune(self, now: datetime | None = None) -> int:
        """Remove local copies of files the server committed more than `media.keep_sent_days` ago."""
        days = int(self.fo.settings.get("media.keep_sent_days"))
        now = now or self.fo._ctx.clock()
        t = MediaTransfer
        waiting = exists().where(col(Attachment.sha256) == col(t.sha256), col(Attachment.upload_state) == "waiting")
        with self.fo._ctx.read() as s:
            due = list(s.execute(select(col(t.sha256)).where(
                and_(col(t.state) == "committed", col(t.committed_at).is_not(None),
                     col(t.committed_at) <= now - timedelta(days=days), ~waiting))).scalars())
        removed = 0
        for sha256 in due:
            if self.fo.media.remove(sha256):
                removed += 1
            with self.fo._ctx.write() as uow:
                self._row(uow, sha256).pruned_at = uow.now
        return removed

    # ---- fetching a file another laptop sent -------------------------------------------------------------
    def fetch(self, sha256: str, purpose: str) -> None:
        """Download a committed file into the local encrypted store (verified by its hash; no plaintext on
        disk). The server logs the download as a disclosure with `purpose`."""
        with self.transport.download(sha256, purpose) as (size, chunks):
            self.fo.media.import_stream(io.BufferedReader(_Reader(chunks), MiB), size, sha256, cancel=self.cancel)
        with self.fo._ctx.write() as uow:
            row = uow.session.get(MediaTransfer, sha256)
            if row is not None:
                row.pruned_at = None


def free_space(fo: FieldOps) -> tuple[int, bool]:
    """Free bytes on the workspace's disk and whether that is below `media.low_disk_mib`."""
    fo._ctx.home.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(fo._ctx.home).free
    return free, free < int(fo.settings.get("media.low_disk_mib")) * MiB


def _reason(exc: RefusedError) -> str:
    if exc.code in REASONS:
        return exc.code
    return {"media.no_record": "no_record", "media.disk_full": "server_full", "media.hash_mismatch": "hash_mismatch",
            "media.checksum_mismatch": "checksum"}.get(exc.code, "refused")


def _checksum(data: bytes) -> str:
    """The chunk's tus checksum: CRC-32 guards each chunk on the way (the server proves the whole file by its
    SHA-256), at a third of the cost of a second SHA-256 on both sides (P6)."""
    return "crc32 " + base64.b64encode(zlib.crc32(data).to_bytes(4, "big")).decode()


def _chunks(plain: Iterator[bytes], size: int) -> Iterator[bytes]:
    """Re-cut the store's 1 MiB plaintext blocks into upload chunks of `size` bytes (the last may be short),
    with one copy per chunk (blocks are joined once; aligned chunks need no slicing)."""
    parts: list[bytes] = []
    have = 0
    for block in plain:
        parts.append(block)
        have += len(block)
        if have < size:
            continue
        joined = b"".join(parts)
        parts.clear()
        while len(joined) >= size:
            chunk, joined = (joined, b"") if len(joined) == size else (joined[:size], joined[size:])
            yield chunk
            del chunk
        parts, have = ([joined] if joined else []), len(joined)
    if parts:
        yield b"".join(parts)


def _prepared(chunks: Iterator[bytes]) -> Iterator[tuple[bytes, str]]:
    """The chunks with their checksums, the next one read, decrypted and hashed in a worker thread while the
    caller sends the current one (decryption and hashing release the GIL): at most two chunks in memory."""

    def take() -> tuple[bytes, str] | None:
        chunk = next(chunks, None)
        return None if chunk is None else (chunk, _checksum(chunk))

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldops-media-read") as pool:
        ahead = pool.submit(take)
        while True:
            item = ahead.result()
            if item is None:
                return
            ahead = pool.submit(take)
            yield item
            del item


class _Reader(io.RawIOBase):
    """A file-like view of a byte iterator (a download streamed straight into the encrypted store)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._rest = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._rest:
            try:
                self._rest = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(buffer), len(self._rest))
        buffer[:n] = self._rest[:n]
        self._rest = self._rest[n:]
        return n
