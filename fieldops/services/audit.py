"""Audit log (EU Directive 2016/680 Art. 25): consultation and disclosure records, browsing, chain check."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from fieldops import audit_chain
from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.dto import AuditEventDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models import AuditEvent, User
from fieldops.models.enums import AuditAction, Role

_COLUMNS = tuple(col(getattr(AuditEvent, name)) for name in (
    "seq", "id", "at", "actor_id", "device_id", "action", "entity", "entity_id", "purpose", "details", "prev_hash",
    "hash"))


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

    def recent(self, limit: int = 100) -> list[AuditEventDTO]:
        self._ctx.require(Role.ADMINISTRATOR, Role.SUPERVISOR)
        with self._ctx.read() as s:
            rows = s.execute(
                select(col(AuditEvent.seq), col(AuditEvent.at), col(User.full_name), col(AuditEvent.action),
                       col(AuditEvent.entity), col(AuditEvent.entity_id), col(AuditEvent.purpose))
                .outerjoin(User, col(User.id) == col(AuditEvent.actor_id))
                .order_by(col(AuditEvent.seq).desc()).limit(limit)
            ).all()
        return [AuditEventDTO(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]

    def verify(self) -> audit_chain.ChainReport:
        """Recompute the whole chain; report the first altered or missing link."""
        with self._ctx.read() as s:
            return audit_chain.verify(self._iter_rows(s))

    @staticmethod
    def _iter_rows(s: Any) -> Iterator[dict[str, Any]]:
        result = s.execute(select(*_COLUMNS).order_by(col(AuditEvent.seq)).execution_options(yield_per=5000))
        for row in result:
            yield dict(row._mapping)
