"""Media maintenance outside the request path: the periodic expiry inside the server (`ExpiryJob`, running
`fieldops.server.retention.expire`) and the scrub, which re-hashes every stored file and reports corruption.

    fieldops server media expire [--dry-run]     # the same expiry, by hand or from cron
    fieldops server media scrub                  # exit status 1 if a file is corrupt, missing or unreadable
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from anyio import to_thread
from sqlalchemy import Engine, select, update

from fieldops.server import db, schema
from fieldops.server.accounts import CLI, Actor
from fieldops.server.accounts import audit as admin_audit
from fieldops.server.media_store import BlobStore
from fieldops.server.retention import BATCH, Stop, aware, blob_batch, expire

log = logging.getLogger("fieldops.server.retention")
MAX_LISTED = 1000  # entries of a list kept in one audit row


class ExpiryJob:
    """`expire` every `hours` inside the server (first run after one interval), in a worker thread; a failure is
    logged and the next run comes; `stop()` lets a running pass end after its current file, then cancels."""

    def __init__(self, engine: Engine, store: BlobStore, upload_dir: Path, hours: float) -> None:
        self.engine, self.store, self.upload_dir, self.hours = engine, store, upload_dir, hours
        self._stopping = threading.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> ExpiryJob:
        self._task = asyncio.create_task(self._run(), name="fieldops-retention")
        return self

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.hours * 3600)
            try:
                report = await to_thread.run_sync(functools.partial(
                    expire, self.engine, self.store, db.now(), upload_dir=self.upload_dir,
                    stop=self._stopping.is_set))
                log.info("retention: %s", report.summary())
            except Exception:
                log.exception("retention: the expiry job failed; next run in %s h", self.hours)

    async def stop(self) -> None:
        self._stopping.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


# ---- scrub ---------------------------------------------------------------------------------------------------------
@dataclass
class ScrubReport:
    now: datetime
    checked: int = 0
    corrupt: list[str] = field(default_factory=list)  # bytes that do not hash to their name, or of another size
    missing: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # could not be read (not marked)
    orphans: list[str] = field(default_factory=list)  # stored keys without a media_blob row (never deleted here)
    lingering: list[str] = field(default_factory=list)  # stored keys of blobs marked erased

    @property
    def clean(self) -> bool:
        return not (self.corrupt or self.missing or self.errors)

    def lines(self) -> list[str]:
        out = [f"{self.checked} files re-hashed: {len(self.corrupt)} corrupt, {len(self.missing)} missing, "
               f"{len(self.errors)} unreadable; {len(self.orphans)} stored files without a record"]
        out += [f"corrupt\t{s}" for s in self.corrupt] + [f"missing\t{s}" for s in self.missing]
        out += [f"unreadable\t{s}\t{e}" for s, e in self.errors] + [f"orphan\t{s}" for s in self.orphans]
        out += [f"erased but still stored\t{s}" for s in self.lingering]
        return out


def _verify(store: BlobStore, sha256: str, size: int) -> str:
    digest, seen = hashlib.sha256(), 0
    try:
        for block in store.read(sha256):  # streamed: never a whole file in memory
            digest.update(block)
            seen += len(block)
    except FileNotFoundError:
        return "missing"
    return "ok" if seen == size and digest.hexdigest() == sha256 else "corrupt"


def scrub(engine: Engine, store: BlobStore, now: datetime, *, by: Actor = CLI,
          stop: Stop | None = None) -> ScrubReport:
    """Re-hash every committed, not erased blob; mark the missing and corrupt (`corrupt_at`), clear the good ones
    (`scrubbed_at` is the last time the bytes were found good); list the store's orphans (never deleted here).
    One `server_audit` row "scrub" sums it up."""
    now = aware(now)
    report = ScrubReport(now)
    b = schema.media_blob.c
    after = ""
    while not (stop and stop()) and (blobs := blob_batch(engine, after)):
        after = blobs[-1].sha256
        for blob in blobs:
            try:
                verdict = _verify(store, blob.sha256, int(blob.size))
            except Exception as exc:
                report.errors.append((blob.sha256, f"{type(exc).__name__}: {exc}"[:300]))
                continue
            values = {"corrupt_at": None, "scrubbed_at": now} if verdict == "ok" else {"corrupt_at": now}
            with engine.begin() as conn:  # not if erased meanwhile (then the bytes are meant to be gone)
                if not conn.execute(update(schema.media_blob).where(
                        b.sha256 == blob.sha256, b.erased_at.is_(None)).values(**values)).rowcount:
                    continue
            report.checked += 1
            if verdict != "ok":
                getattr(report, verdict).append(blob.sha256)
    _orphans(engine, store, report)
    with engine.begin() as conn:
        admin_audit(conn, by, "scrub", "media", None, now, checked=report.checked,
                    corrupt=report.corrupt[:MAX_LISTED], missing=report.missing[:MAX_LISTED],
                    unreadable=[s for s, _e in report.errors][:MAX_LISTED], orphans=len(report.orphans),
                    erased_but_stored=report.lingering[:MAX_LISTED])
    return report


def _orphans(engine: Engine, store: BlobStore, report: ScrubReport) -> None:
    b = schema.media_blob.c
    keys: list[str] = []

    def flush() -> None:
        with engine.connect() as conn:
            rows = {r.sha256: r.erased_at for r in conn.execute(select(b.sha256, b.erased_at).where(
                b.sha256.in_(keys)))}
        report.orphans.extend(k for k in keys if k not in rows)
        report.lingering.extend(k for k in keys if k in rows and rows[k] is not None)
        keys.clear()

    for key in store.keys():  # noqa: SIM118 (a BlobStore, not a dict)
        keys.append(key)
        if len(keys) >= BATCH:
            flush()
    if keys:
        flush()
