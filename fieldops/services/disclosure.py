"""The last step of every export (an attachment, the audit log, a report): the finished temp file is renamed to
the name the user chose in the same unit of work that records the DISCLOSURE event with its purpose, so an
export without its record cannot remain (a failed commit removes the file again)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import AuditAction

MAX_PURPOSE = 500


def publish(ctx: Context, tmp: Path, target: Path, entity: str, entity_id: str | None, details: dict[str, Any],
            purpose: str) -> Changes:
    """Rename `tmp` to `target` and record the disclosure, together; on any failure neither file remains."""
    renamed = False
    try:
        with ctx.write() as uow:
            uow.audit(AuditAction.DISCLOSURE, entity, entity_id, details, purpose=purpose[:MAX_PURPOSE])
            try:
                os.replace(tmp, target)  # last step: a failed commit below removes the file again
            except PermissionError:
                raise FieldOpsError(ErrorCode.TARGET_UNWRITABLE, field="target", detail="not writable") from None
            renamed = True
    except BaseException:
        with contextlib.suppress(OSError):
            (target if renamed else tmp).unlink(missing_ok=True)
        raise
    return uow.changes
