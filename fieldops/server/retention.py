"""Retention of the server's media (SYNC.md "Retention (server)"): classes and schedule, legal holds, and the
expiry that erases expired, not-held files and logs the erasure (metadata only). Jobs, scrub: `media_jobs`.

A committed blob's class comes from the attachment records naming it (`media_ref` → `record`):
- finding: a naming record is attached to a check with `violation: true`, or belongs to an operation (directly,
  or through the check it is attached to) that has such a check: the whole operation's media is the evidence;
- equipment: every naming record is attached to a custody event (hand-over and return photos);
- operation: anything else.
It expires at the latest `attached_at` of its naming records (capped at the record's arrival on the server, so
a laptop cannot post-date it; no record: the blob's `committed_at`) plus the longest period of the classes of
its naming records. Voided checks with a violation still count (the longer period wins when unsure).

ASSUMPTIONS, to be confirmed with the agencies' records officers: finding 5 years (1825 days), operation 1 year
(365), equipment 2 years (730). The schedule lives in `server_meta` "retention.days" (JSON), changed with
`fieldops server media retention --set CLASS=DAYS`.

A legal hold (on an operation: its media and its checks' media; or on one file by hash) stops the erasure until
it is released. Holds, releases, schedule changes and erasures are written to `server_audit`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, or_, select, update

from fieldops.ids import uuid7
from fieldops.server import schema
from fieldops.server.accounts import Actor
from fieldops.server.accounts import audit as admin_audit
from fieldops.server.media import FAILED, RECEIVING, audit
from fieldops.server.media_store import SHA256, BlobStore

log = logging.getLogger("fieldops.server.retention")

FINDING, OPERATION, EQUIPMENT = "finding", "operation", "equipment"
CLASSES = (FINDING, OPERATION, EQUIPMENT)
DEFAULT_DAYS = {FINDING: 1825, OPERATION: 365, EQUIPMENT: 730}  # assumptions: see the module docstring
SCHEDULE_KEY = "retention.days"
MAX_DAYS = 36500
MAX_REASON = 2000
STALE_RECEIVING = timedelta(days=30)  # an upload nobody resumed for this long is abandoned
STALE_FAILED = timedelta(days=7)
BATCH = 500
Stop = Callable[[], bool]


class RetentionError(Exception):
    """A refusal with its HTTP status and error code (turned into an ApiError by the routes)."""

    def __init__(self, status: int, code: str, **extra: Any) -> None:
        super().__init__(code)
        self.status, self.code, self.extra = status, code, extra


# ---- schedule ---------------------------------------------------------------------------------------------------
def _valid_days(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_DAYS


def schedule(conn: Connection) -> dict[str, int]:
    """Days of retention per class: the stored schedule over the defaults (a bad stored entry: its default)."""
    m = schema.server_meta.c
    raw = conn.execute(select(m.value).where(m.key == SCHEDULE_KEY)).scalar()
    days = dict(DEFAULT_DAYS)
    try:
        stored = json.loads(raw) if raw else {}
    except ValueError:
        stored = {}
    if isinstance(stored, dict):
        days.update({k: v for k, v in stored.items() if k in CLASSES and _valid_days(v)})
    return days


def set_schedule(conn: Connection, changes: Mapping[str, int], by: Actor, now: datetime) -> dict[str, int]:
    for cls, days in changes.items():
        if cls not in CLASSES:
            raise RetentionError(422, "retention.unknown_class", field=cls)
        if not _valid_days(days):
            raise RetentionError(422, "retention.days_out_of_range", field=cls)
    before = schedule(conn)
    after = {**before, **changes}
    m = schema.server_meta.c
    value = json.dumps(after, sort_keys=True)
    if not conn.execute(update(schema.server_meta).where(m.key == SCHEDULE_KEY).values(value=value)).rowcount:
        conn.execute(insert(schema.server_meta).values(key=SCHEDULE_KEY, value=value))
    admin_audit(conn, by, "retention_schedule", "media", None, now, before=before, after=after)
    return after


def parse_setting(text: str) -> tuple[str, int]:
    """`finding=1825` → ("finding", 1825) (the CLI's --set)."""
    cls, sep, days = text.partition("=")
    if not sep or not days.strip().isdigit():
        raise RetentionError(422, "retention.bad_setting", field=text[:40])
    return cls.strip().lower(), int(days)


# ---- classes, expiry and holds of blobs -------------------------------------------------------------------------
@dataclass(frozen=True)
class Ref:
    """One attachment record naming a blob."""

    attachment_id: str
    owner_type: str
    operation_id: str | None  # the operation it belongs to (directly or through its check)
    attached_at: datetime | None
    cls: str


@dataclass(frozen=True)
class Fate:
    sha256: str
    cls: str
    days: int
    expires_at: datetime
    held: bool
    refs: tuple[Ref, ...]


def aware(now: datetime) -> datetime:
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now


def _utc(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return None
    else:
        return None
    return aware(parsed)


def _chunks(items: Sequence[str], size: int = BATCH) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _checks(conn: Connection, *, ids: Sequence[str] = (), operations: Sequence[str] = ()) -> dict[str, Any]:
    """check id → data, for checks by id or of operations."""
    r = schema.record.c
    out: dict[str, Any] = {}
    for part in _chunks(sorted(set(ids))):
        out.update((row.id, row.data or {}) for row in conn.execute(
            select(r.id, r.data).where(r.entity == "check", r.id.in_(part))))
    for part in _chunks(sorted(set(operations))):
        out.update((row.id, row.data or {}) for row in conn.execute(select(r.id, r.data).where(
            r.entity == "check", r.data["operation_id"].as_string().in_(part))))
    return out


def active_holds(conn: Connection) -> tuple[set[str], set[str]]:
    """(held hashes, held operation ids)."""
    h = schema.legal_hold.c
    media: set[str] = set()
    operations: set[str] = set()
    for row in conn.execute(select(h.target, h.target_id).where(h.released_at.is_(None))):
        (media if row.target == "media" else operations).add(row.target_id)
    return media, operations


def fates(conn: Connection, blobs: Sequence[Any]) -> dict[str, Fate]:
    """Class, expiry and hold of each `media_blob` row."""
    shas = [b.sha256 for b in blobs]
    r, ref = schema.record.c, schema.media_ref.c
    rows = conn.execute(select(ref.sha256, r.id, r.data, r.created_at).join(
        schema.record, (r.entity == "attachment") & (r.id == ref.attachment_id)).where(ref.sha256.in_(shas))).all()
    owner = {row.id: (str((row.data or {}).get("owner_type")), str((row.data or {}).get("owner_id"))) for row in rows}
    checks = _checks(conn, ids=[oid for kind, oid in owner.values() if kind == "check"])
    operation_of = {aid: oid if kind == "operation" else str(checks.get(oid, {}).get("operation_id") or "") or None
                    for aid, (kind, oid) in owner.items() if kind in ("operation", "check")}
    ops = [o for o in operation_of.values() if o]
    violating = {str(d.get("operation_id")) for d in _checks(conn, operations=ops).values()
                 if d.get("violation") is True}
    held_media, held_ops = active_holds(conn)
    days = schedule(conn)
    refs: dict[str, list[Ref]] = {sha: [] for sha in shas}
    for row in rows:
        kind, oid = owner[row.id]
        op = operation_of.get(row.id)
        if kind == "custody_event":
            cls = EQUIPMENT
        elif (kind == "check" and checks.get(oid, {}).get("violation") is True) or op in violating:
            cls = FINDING
        else:
            cls = OPERATION
        at = _utc((row.data or {}).get("attached_at"))
        arrived = _utc(row.created_at)
        if at is not None and arrived is not None:
            at = min(at, arrived)
        refs[row.sha256].append(Ref(row.id, kind, op, at, cls))
    out = {}
    for blob in blobs:
        mine = sorted(refs[blob.sha256], key=lambda x: x.attachment_id)
        classes = {x.cls for x in mine}
        cls = FINDING if FINDING in classes else EQUIPMENT if classes == {EQUIPMENT} else OPERATION
        period = max((days[c] for c in classes | {cls}), default=days[cls])
        start = max((x.attached_at for x in mine if x.attached_at), default=None) or _utc(blob.committed_at)
        assert start is not None
        held = blob.sha256 in held_media or any(x.operation_id in held_ops for x in mine)
        out[blob.sha256] = Fate(blob.sha256, cls, period, start + timedelta(days=period), held, tuple(mine))
    return out


# ---- legal holds --------------------------------------------------------------------------------------------------
@dataclass
class Hold:
    id: str
    target: str
    target_id: str
    reason: str
    created_by: str
    created_at: datetime
    released_at: datetime | None = None
    released_by: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _who(by: Actor) -> str:
    return by.user_id or by.via


def operation_media(conn: Connection, operation_id: str) -> list[str]:
    """Hashes named by the attachments of an operation and of its checks."""
    r = schema.record.c
    owners = [operation_id, *_checks(conn, operations=[operation_id])]
    shas: set[str] = set()
    for part in _chunks(owners):
        shas.update(str((d or {}).get("sha256")) for d in conn.execute(select(r.data).where(
            r.entity == "attachment", r.data["owner_id"].as_string().in_(part))).scalars())
    return sorted(shas)


def _lock_blobs(conn: Connection, shas: Sequence[str]) -> None:
    """Serialize with a running expiry, which erases a blob only while holding its row."""
    b = schema.media_blob.c
    for part in _chunks(shas):
        conn.execute(select(b.sha256).where(b.sha256.in_(part)).with_for_update()).all()


def place_hold(conn: Connection, target: str, target_id: str, reason: str, by: Actor, now: datetime) -> Hold:
    reason = reason.strip() if isinstance(reason, str) else ""
    if not reason or len(reason) > MAX_REASON or "\x00" in reason:
        raise RetentionError(422, "retention.reason_invalid", field="reason")
    r = schema.record.c
    if target == "operation":
        known = conn.execute(select(r.id).where(r.entity == "operation", r.id == target_id)).first() is not None
        shas = operation_media(conn, target_id)
    elif target == "media":
        if not SHA256.match(target_id):
            raise RetentionError(422, "retention.target_invalid", field="target_id")
        ref = schema.media_ref.c
        known = (conn.execute(select(ref.sha256).where(ref.sha256 == target_id).limit(1)).first() is not None
                 or conn.execute(select(schema.media_blob.c.sha256).where(
                     schema.media_blob.c.sha256 == target_id)).first() is not None)
        shas = [target_id]
    else:
        raise RetentionError(422, "retention.target_invalid", field="target")
    if not known:
        raise RetentionError(404, "retention.unknown_target")
    _lock_blobs(conn, shas)
    hold = Hold(uuid7(), target, target_id, reason, _who(by), now)
    conn.execute(insert(schema.legal_hold).values(
        id=hold.id, target=target, target_id=target_id, reason=reason, created_by=hold.created_by, created_at=now))
    admin_audit(conn, by, "legal_hold", target, target_id, now, hold_id=hold.id, reason=reason, media=len(shas))
    return hold


def release_hold(conn: Connection, hold_id: str, by: Actor, now: datetime) -> Hold:
    h = schema.legal_hold.c
    row = conn.execute(select(schema.legal_hold).where(h.id == hold_id).with_for_update()).first()
    if row is None:
        raise RetentionError(404, "retention.hold_not_found")
    if row.released_at is not None:
        raise RetentionError(409, "retention.hold_released")
    conn.execute(update(schema.legal_hold).where(h.id == hold_id).values(released_at=now, released_by=_who(by)))
    admin_audit(conn, by, "legal_hold_released", row.target, row.target_id, now, hold_id=hold_id)
    return replace(Hold(**row._mapping), released_at=now, released_by=_who(by))


def holds(conn: Connection, active_only: bool = True) -> list[Hold]:
    h = schema.legal_hold.c
    query = select(schema.legal_hold).order_by(h.created_at, h.id)
    if active_only:
        query = query.where(h.released_at.is_(None))
    return [Hold(**row._mapping) for row in conn.execute(query)]


# ---- expiry -------------------------------------------------------------------------------------------------------
@dataclass
class Erased:
    sha256: str
    cls: str
    expired_at: datetime
    size: int


@dataclass
class ExpiryReport:
    now: datetime
    dry_run: bool = False
    checked: int = 0
    kept: int = 0  # not expired yet
    held: int = 0  # expired, kept by a legal hold
    erased: list[Erased] = field(default_factory=list)  # dry run: would be erased
    failed: list[tuple[str, str]] = field(default_factory=list)  # (sha256, error)
    uploads_removed: int = 0

    @property
    def bytes(self) -> int:
        return sum(e.size for e in self.erased)

    def summary(self) -> str:
        verb = "would erase" if self.dry_run else "erased"
        return (f"{self.checked} files checked: {verb} {len(self.erased)} ({self.bytes} bytes), {self.held} held, "
                f"{self.kept} not expired, {len(self.failed)} failed; {self.uploads_removed} stale uploads "
                f"{'to remove' if self.dry_run else 'removed'}")


def blob_batch(engine: Engine, after: str) -> list[Any]:
    b = schema.media_blob.c
    with engine.connect() as conn:
        return list(conn.execute(select(schema.media_blob).where(b.erased_at.is_(None), b.sha256 > after)
                                 .order_by(b.sha256).limit(BATCH)).all())


def expire(engine: Engine, store: BlobStore, now: datetime, *, dry_run: bool = False,
           upload_dir: Path | None = None, stop: Stop | None = None) -> ExpiryReport:
    """Erase every committed, not yet erased blob that is expired and not held; remove stale uploads (their part
    files in `upload_dir`; None: uploads are left alone). `stop()` true ends the run between two files."""
    now = aware(now)
    report = ExpiryReport(now, dry_run)
    after = ""
    while not (stop and stop()) and (blobs := blob_batch(engine, after)):
        after = blobs[-1].sha256
        with engine.connect() as conn:
            found = fates(conn, blobs)
        for blob in blobs:
            if stop and stop():
                break
            fate = found[blob.sha256]
            report.checked += 1
            if fate.expires_at > now:
                report.kept += 1
            elif fate.held:
                report.held += 1
            elif dry_run:
                report.erased.append(Erased(blob.sha256, fate.cls, fate.expires_at, int(blob.size)))
            else:
                _erase(engine, store, blob.sha256, now, report)
    if upload_dir is not None and not (stop and stop()):
        report.uploads_removed = _clean_uploads(engine, upload_dir, now, dry_run)
    return report


def _erase(engine: Engine, store: BlobStore, sha256: str, now: datetime, report: ExpiryReport) -> None:
    b = schema.media_blob.c
    try:
        with engine.begin() as conn:
            blob = conn.execute(select(schema.media_blob).where(b.sha256 == sha256).with_for_update()).first()
            if blob is None or blob.erased_at is not None:
                return
            fate = fates(conn, [blob])[sha256]  # again, under the row lock: a record or a hold may have come
            if fate.expires_at > now or fate.held:
                report.kept += fate.expires_at > now
                report.held += fate.expires_at <= now
                return
            # Bytes first, then the mark: a failure in between leaves the bytes gone but the blob not marked (the
            # download already answers 404 for a file the store lacks, and the next run marks it), never a blob
            # marked erased whose bytes can still be read. A store error rolls the transaction back.
            present = store.delete(sha256)
            conn.execute(update(schema.media_blob).where(b.sha256 == sha256).values(erased_at=now))
            audit(conn, None, "erasure", sha256, now, {
                "size": int(blob.size), "mime": blob.mime, "class": fate.cls, "retention_days": fate.days,
                "expired_at": fate.expires_at.isoformat(), "committed_at": aware(blob.committed_at).isoformat(),
                "attachments": [x.attachment_id for x in fate.refs], "bytes_present": present})
        report.erased.append(Erased(sha256, fate.cls, fate.expires_at, int(blob.size)))
    except Exception as exc:  # one file's failure is reported; the job goes on
        log.warning("retention: could not erase %s: %s", sha256, exc)
        report.failed.append((sha256, f"{type(exc).__name__}: {exc}"[:300]))


def _clean_uploads(engine: Engine, upload_dir: Path, now: datetime, dry_run: bool) -> int:
    u = schema.media_upload.c
    stale = or_((u.state == RECEIVING) & (u.updated_at < now - STALE_RECEIVING),
                (u.state == FAILED) & (u.updated_at < now - STALE_FAILED))
    with engine.connect() as conn:
        ids = list(conn.execute(select(u.id).where(stale)).scalars())
    if dry_run:
        return len(ids)
    removed = 0
    for upload_id in ids:
        with engine.begin() as conn:  # again with the condition: a resumed upload is not stale any more
            gone = conn.execute(delete(schema.media_upload).where(u.id == upload_id, stale)).rowcount
        if gone:
            (Path(upload_dir) / f"{upload_id}.part").unlink(missing_ok=True)
            removed += 1
    return removed
