"""The content hash an approval carries: what the supervisor saw (SYNC.md "Approved").

One pure function over plain values, so the laptop (from its rows) and the server (from its documents)
compute the same digest, and the server approves only if its record still matches what was reviewed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

HASHED_FIELDS = ("id", "agency_id", "type", "lead_id", "vehicle", "area_name", "lat", "lon", "planned_start",
                 "planned_end", "actual_start", "actual_end", "weather", "visibility", "narrative")
CHECK_FIELDS = ("id", "kind", "at", "outcome", "facts", "flags")


def _canon(value: Any) -> Any:
    if value is None or value == "":
        return None  # an empty text and a field never set read the same to a supervisor
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in "T ":
        try:  # an ISO time from a document: the same text as from a datetime
            return datetime.fromisoformat(value).isoformat()
        except ValueError:
            return value
    return value


def content_hash(operation: Mapping[str, Any], crew: Iterable[str], checks: Iterable[Mapping[str, Any]],
                 media: Iterable[str]) -> str:
    """SHA-256 over a canonical JSON of the operation's reviewed fields, its crew, its live (not voided)
    checks and the hashes of its media. The report number is not part of it: the server assigns it."""
    body = {
        "operation": {f: _canon(operation.get(f)) for f in HASHED_FIELDS},
        "crew": sorted(crew),
        "checks": sorted(({f: _canon(c.get(f)) for f in CHECK_FIELDS} for c in checks), key=lambda c: c["id"]),
        "media": sorted(media),
    }
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
