"""Workspace (policy) settings stored in the encrypted database."""

from __future__ import annotations

from typing import Any

from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models import Setting
from fieldops.models.enums import AuditAction, Role
from fieldops.settings import definition


class SettingsService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def get(self, key: str) -> Any:
        d = definition(key)
        with self._ctx.read() as s:
            row = s.get(Setting, key)
            return d.default if row is None else row.value

    def set(self, key: str, value: Any) -> Changes:
        d = definition(key)
        if d.scope != "workspace":  # personal settings are the UI's (QSettings)
            raise FieldOpsError(ErrorCode.INVALID, field="key", detail=key)
        self._ctx.require(Role.ADMINISTRATOR)
        value = d.validate(value)
        with self._ctx.write() as uow:
            uow.session.merge(Setting(key=key, value=value))
            uow.audit(AuditAction.ALTERATION, "setting", None, {"key": key, "value": value})
            uow.touch("setting", key)
        return uow.changes
