"""Audit log (EU Directive 2016/680 Art. 25): consultation and disclosure records, browsing, chain check, export.

Who sees what (`search`, `people`, `export_csv`, `recent`):
* administrators: every event of the workspace, including events without a signed-in actor (the
  workspace's creation);
* supervisors: the events whose actor is a person of the supervisor's agency (the actor's agency as the
  user table holds it now: a person who moved to another agency takes their past events along). Events of
  other agencies' people, and events without an actor, are not shown to them;
* officers and equipment managers: NOT_PERMITTED.
`verify` walks the whole chain (it shows no content, only the number of events and the first broken one).

Browsing, searching and verifying the log are not themselves logged: Art. 25 asks for the consultation of
the processed *records*; a log of every look at the log would grow with every scroll and record nothing about
the data subjects. Taking the log out of the app is: `export_csv` records a DISCLOSURE with its purpose.

CSV export format: UTF-8 with a byte order mark (Excel opens it as UTF-8), `;` as the separator (Excel's list
separator in the lv/lt/de locales, where `,` is the decimal comma), `\\r\\n` line ends, one header row (the
column names of `CSV_COLUMNS`), events oldest first (the chain's order). `at_utc` is ISO 8601 UTC with
microseconds, `details` compact JSON. A text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
`'` so that a spreadsheet shows it as text instead of running it as a formula.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import col

from fieldops import audit_chain
from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.dto import AuditEventDTO, PersonRef, UserDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.fsutil import export_temp_file, target_disk_errors
from fieldops.models import Agency, AuditEvent, User
from fieldops.models.enums import AuditAction, Role
from fieldops.services.disclosure import publish

_COLUMNS = tuple(col(getattr(AuditEvent, name)) for name in (
    "seq", "id", "at", "actor_id", "device_id", "action", "entity", "entity_id", "purpose", "details", "prev_hash",
    "hash"))

BROWSE_ROLES = (Role.ADMINISTRATOR, Role.SUPERVISOR)
MAX_PAGE = 1000  # `search` limit
EXPORT_PAGE = 2000  # rows per read while exporting (one short read transaction each)
MAX_TEXT = 200
CSV_DELIMITER = ";"
CSV_COLUMNS = ("seq", "event_id", "at_utc", "action", "entity", "entity_id", "actor_id", "actor", "actor_agency",
               "device_id", "purpose", "details", "prev_hash", "hash")
EXPORT_ENTITY = "audit_log"  # the entity of the export's own DISCLOSURE event
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LIKE_ESCAPE = "!"

_SELECT = (col(AuditEvent.seq), col(AuditEvent.at), col(User.full_name), col(AuditEvent.action),
           col(AuditEvent.entity), col(AuditEvent.entity_id), col(AuditEvent.purpose), col(AuditEvent.id),
           col(AuditEvent.actor_id), col(Agency.short_name), col(AuditEvent.device_id), col(AuditEvent.details),
           col(AuditEvent.prev_hash), col(AuditEvent.hash))


class AuditService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def record_consultation(self, entity: str, entity_id: str) -> Changes:
        """The current user viewed a record."""
        self._ctx.require_user()
        with self._ctx.write() as uow:
            uow.audit(AuditAction.CONSULTATION, entity, entity_id)
        return uow.changes

    def record_disclosure(self, entity: str, entity_id: str | None, purpose: str,
                          details: dict[str, Any] | None = None) -> Changes:
        """An export or print left the app; a stated purpose is mandatory."""
        self._ctx.require_user()
        if not purpose.strip():
            raise FieldOpsError(ErrorCode.REQUIRED, field="purpose")
        with self._ctx.write() as uow:
            uow.audit(AuditAction.DISCLOSURE, entity, entity_id, details, purpose=purpose.strip()[:500])
        return uow.changes

    # ---- browsing ------------------------------------------------------------------------------------------
    def recent(self, limit: int = 100) -> list[AuditEventDTO]:
        """The newest events the current user may see (`search` without filters)."""
        return self.search(limit=limit)

    def search(self, *, actions: Iterable[AuditAction | str] = (), entity: str | None = None,
               actor_id: str | None = None, text: str | None = None, start: datetime | None = None,
               end: datetime | None = None, limit: int = 200, before_seq: int | None = None) -> list[AuditEventDTO]:
        """Events newest first (by `seq`), at most `limit`; the next page is `before_seq=<last seq>`.

        Filters (all optional, combined with AND): `actions` (any of them), `entity` (exact, e.g. "operation"),
        `actor_id`, `text` (a substring of the record id, the purpose or the details; case-insensitive for
        the letters A-Z), `start` (inclusive) and `end` (exclusive), aware datetimes. Scope: see the module.

        Errors: NOT_PERMITTED; INVALID "actions" (unknown action), INVALID "start"/"end" (naive, or the end
        not after the start); TOO_LONG "text"; OUT_OF_RANGE "limit" (1..1000)."""
        where = self._where(actions=actions, entity=entity, actor_id=actor_id, text=text, start=start, end=end)
        if not 1 <= limit <= MAX_PAGE:
            raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field="limit", min=1, max=MAX_PAGE)
        if before_seq is not None:
            where.append(col(AuditEvent.seq) < int(before_seq))
        query = _base().where(*where).order_by(col(AuditEvent.seq).desc()).limit(limit)
        with self._ctx.read() as s:
            return [_dto(r) for r in s.execute(query).all()]

    def people(self) -> list[PersonRef]:
        """The people whose events the current user may see (for the "person" filter), by name."""
        agency = self._scope()
        query = (select(col(User.id), col(User.full_name), col(User.badge_no), col(Agency.short_name))
                 .join(Agency, col(Agency.id) == col(User.agency_id)).order_by(col(User.full_name), col(User.id)))
        if agency is not None:
            query = query.where(col(User.agency_id) == agency)
        with self._ctx.read() as s:
            return [PersonRef(r[0], r[1], r[2], r[3]) for r in s.execute(query).all()]

    def verify(self) -> audit_chain.ChainReport:
        """Recompute the whole chain; report the first altered or missing link: `ok`, `checked` (the events
        verified intact, all of them when ok), `first_broken_seq` and `reason` ("hash": that event was altered;
        "link": an event before it was removed, or it was re-hashed after an alteration)."""
        with self._ctx.read() as s:
            return audit_chain.verify(self._iter_rows(s))

    # ---- export --------------------------------------------------------------------------------------------
    def export_csv(self, target: Path, purpose: str, *, actions: Iterable[AuditAction | str] = (),
                   entity: str | None = None, actor_id: str | None = None, text: str | None = None,
                   start: datetime | None = None, end: datetime | None = None) -> Changes:
        """Write the events matching the filters (as `search`, all pages) to `target` as CSV (format: see the
        module) and record the DISCLOSURE with its purpose. The rows are read in pages of `EXPORT_PAGE` (short
        read transactions, never the whole log in memory) up to the newest event at the start; events
        written meanwhile are not included. The file appears under its name only complete (temp file in the
        same folder + rename), and the rename and the audit event succeed or fail together: if the event
        cannot be recorded the file is removed again.

        Errors: NOT_PERMITTED; REQUIRED "purpose"; the filter errors of `search`; TARGET_UNWRITABLE "target"
        (a folder, folder not found, not writable); DISK_FULL "target"."""
        self._ctx.require(*BROWSE_ROLES)
        purpose = (purpose or "").strip()
        if not purpose:
            raise FieldOpsError(ErrorCode.REQUIRED, field="purpose")
        filters: dict[str, Any] = {"actions": tuple(str(a) for a in actions), "entity": entity,
                                   "actor_id": actor_id, "text": text, "start": start, "end": end}
        where = self._where(**filters)
        target = Path(target)
        if target.is_dir():
            raise FieldOpsError(ErrorCode.TARGET_UNWRITABLE, field="target", detail="a folder")
        with self._ctx.read() as s:
            newest = s.execute(select(func.max(col(AuditEvent.seq)))).scalar()
        tmp = export_temp_file(target.parent, ".fieldops-export-")
        try:
            with target_disk_errors(), open(tmp, "w", encoding="utf-8-sig", newline="") as out:
                rows = self._write_csv(out, where, int(newest or 0))
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        recorded = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in filters.items() if v}
        details = {"format": "csv", "rows": rows, "to": str(target), "filters": recorded}
        return publish(self._ctx, tmp, target, EXPORT_ENTITY, None, details, purpose)

    def _write_csv(self, out: IO[str], where: list[ColumnElement[bool]], newest: int) -> int:
        writer = csv.writer(out, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        after, rows = 0, 0
        while True:
            query = (_base().where(*where, col(AuditEvent.seq) > after, col(AuditEvent.seq) <= newest)
                     .order_by(col(AuditEvent.seq)).limit(EXPORT_PAGE))
            with self._ctx.read() as s:
                page = [_dto(r) for r in s.execute(query).all()]
            for e in page:
                writer.writerow((e.seq, e.id, _utc(e.at), e.action, _cell(e.entity), _cell(e.entity_id),
                                 e.actor_id or "", _cell(e.actor), _cell(e.actor_agency), e.device_id,
                                 _cell(e.purpose), json.dumps(e.details, ensure_ascii=False, sort_keys=True,
                                                              separators=(",", ":")), e.prev_hash, e.hash))
            rows += len(page)
            if len(page) < EXPORT_PAGE:
                return rows
            after = page[-1].seq

    # ---- filters and scope ---------------------------------------------------------------------------------
    def _scope(self) -> str | None:
        """None: everything; else the agency whose people's events the current user may see."""
        me: UserDTO = self._ctx.require(*BROWSE_ROLES)
        return None if me.has_role(Role.ADMINISTRATOR) else me.agency_id

    def _where(self, *, actions: Iterable[AuditAction | str], entity: str | None, actor_id: str | None,
               text: str | None, start: datetime | None, end: datetime | None) -> list[ColumnElement[bool]]:
        agency = self._scope()
        where: list[ColumnElement[bool]] = []
        if agency is not None:
            where.append(col(User.agency_id) == agency)  # also leaves out events without an actor
        wanted = tuple(dict.fromkeys(str(a) for a in actions))
        known = {a.value for a in AuditAction}
        unknown = [a for a in wanted if a not in known]
        if unknown:
            raise FieldOpsError(ErrorCode.INVALID, field="actions", detail=unknown[0][:40])
        if wanted:
            where.append(col(AuditEvent.action).in_(wanted))
        if entity:
            where.append(col(AuditEvent.entity) == entity)
        if actor_id:
            where.append(col(AuditEvent.actor_id) == actor_id)
        for name, value in (("start", start), ("end", end)):
            if value is not None and (value.tzinfo is None or value.utcoffset() is None):
                raise FieldOpsError(ErrorCode.INVALID, field=name, detail="no time zone")
        if start is not None and end is not None and end <= start:
            raise FieldOpsError(ErrorCode.INVALID, field="end", detail="not after the start")
        if start is not None:
            where.append(col(AuditEvent.at) >= start)
        if end is not None:
            where.append(col(AuditEvent.at) < end)
        needle = (text or "").strip()
        if len(needle) > MAX_TEXT:
            raise FieldOpsError(ErrorCode.TOO_LONG, field="text", max_length=MAX_TEXT)
        if needle:
            where.append(_text_clause(needle))
        return where

    @staticmethod
    def _iter_rows(s: Any) -> Iterator[dict[str, Any]]:
        result = s.execute(select(*_COLUMNS).order_by(col(AuditEvent.seq)).execution_options(yield_per=5000))
        for row in result:
            yield dict(row._mapping)


def _base() -> Select[Any]:
    return (select(*_SELECT).select_from(AuditEvent)
            .outerjoin(User, col(User.id) == col(AuditEvent.actor_id))
            .outerjoin(Agency, col(Agency.id) == col(User.agency_id)))


def _like(value: str) -> str:
    escaped = value.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2).replace("%", _LIKE_ESCAPE + "%")
    return "%" + escaped.replace("_", _LIKE_ESCAPE + "_") + "%"


def _text_clause(needle: str) -> ColumnElement[bool]:
    """The record id, the purpose or the details contain `needle`. The details are stored as JSON with
    non-ASCII letters and quotes escaped (`N\\u012bca`), so they are also searched for the escaped form."""
    pattern = _like(needle)
    details = cast(col(AuditEvent.details), String)
    clauses = [col(AuditEvent.entity_id).like(pattern, escape=_LIKE_ESCAPE),
               col(AuditEvent.purpose).like(pattern, escape=_LIKE_ESCAPE),
               details.like(pattern, escape=_LIKE_ESCAPE)]
    as_json = json.dumps(needle)[1:-1]
    if as_json != needle:
        clauses.append(details.like(_like(as_json), escape=_LIKE_ESCAPE))
    return or_(*clauses)


def _dto(r: Any) -> AuditEventDTO:
    details = r[11]
    if isinstance(details, str):  # a row written behind the ORM's back (tampering, a foreign tool)
        try:
            details = json.loads(details)
        except ValueError:
            details = {"_raw": details}
    return AuditEventDTO(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], id=r[7], actor_id=r[8], actor_agency=r[9],
                         device_id=r[10], details=details if isinstance(details, dict) else {"_value": details},
                         prev_hash=r[12], hash=r[13])


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _cell(value: str | None) -> str:
    """Text for a spreadsheet cell: a leading formula character is neutralised with `'`."""
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_START) else value
