"""Hash chain of the audit log: each event's hash covers its fields and the previous event's hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64
FIELDS = ("id", "at", "actor_id", "device_id", "action", "entity", "entity_id", "purpose", "details")


def _canon(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value


def event_hash(prev_hash: str, event: Mapping[str, Any]) -> str:
    body = json.dumps({k: _canon(event[k]) for k in FIELDS}, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)
    return hashlib.sha256(f"{prev_hash}|{body}".encode()).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    reason: str | None = None  # "hash" (event altered) | "link" (event removed or reordered)


def verify(rows: Iterable[Mapping[str, Any]]) -> ChainReport:
    """Walk events in `seq` order; report the first one whose link or hash does not hold."""
    prev = GENESIS
    checked = 0
    for row in rows:
        if row["prev_hash"] != prev:
            return ChainReport(False, checked, int(row["seq"]), "link")
        if event_hash(prev, row) != row["hash"]:
            return ChainReport(False, checked, int(row["seq"]), "hash")
        prev = row["hash"]
        checked += 1
    return ChainReport(True, checked)
