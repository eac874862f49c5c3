"""The operations list at scale: filtering and sorting in SQL, rows fetched by rowid in pages.

The UI model holds only rowids (8 bytes each in an array): the first page comes from a LIMIT query that
walks an index (milliseconds at 1,000,000 operations), the whole ordered id list follows on the DB thread,
and row contents are fetched lazily for what is on screen. Text search uses the FTS5 index
`operation_fts` (diacritics folded: "nica" finds "Nīca").
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from fieldops.context import Context
from fieldops.dto import OperationRow
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.types import UTCDateTime
from fieldops.progress import Cancelled, CancelToken

# Sort keys the list offers, each backed by an index (see migration 0002).
SORT_COLUMNS = {
    "start_at": "o.start_at", "number": "o.number", "type": "o.type", "status": "o.status",
    "agency": "o.agency_id", "lead": "o.lead_id", "area_name": "o.area_name", "checks": "o.check_count",
    "violations": "o.violation_count",
}
_TOKEN = re.compile(r"\w+", re.UNICODE)
_ID_SLICE = 20_000
_CANCEL_CHECK_OPS = 20_000  # SQLite VM instructions between two looks at the cancel token
_UTC = UTCDateTime()


@dataclass(frozen=True)
class OperationFilter:
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    agency_ids: tuple[str, ...] = ()
    start_from: datetime | None = None  # inclusive, aware
    start_to: datetime | None = None  # exclusive, aware
    crew_member_id: str | None = None
    text: str = ""

    def is_empty(self) -> bool:
        return self == OperationFilter()


@dataclass(frozen=True)
class Order:
    key: str = "start_at"
    descending: bool = True


def fts_query(text_: str) -> str | None:
    """User words → an FTS5 query of quoted prefix terms (no operator injection)."""
    words = _TOKEN.findall(text_)[:8]
    return " ".join(f'"{w}"*' for w in words) if words else None


def _where(f: OperationFilter) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    for name, column, values in (("t", "o.type", f.types), ("s", "o.status", f.statuses),
                                 ("a", "o.agency_id", f.agency_ids)):
        if values:
            keys = [f"{name}{i}" for i in range(len(values))]
            clauses.append(f"{column} IN ({', '.join(':' + k for k in keys)})")
            params.update(zip(keys, values, strict=True))
    if f.start_from is not None:
        clauses.append("o.start_at >= :start_from")
        params["start_from"] = _UTC.process_bind_param(f.start_from, None)  # type: ignore[arg-type]
    if f.start_to is not None:
        clauses.append("o.start_at < :start_to")
        params["start_to"] = _UTC.process_bind_param(f.start_to, None)  # type: ignore[arg-type]
    if f.crew_member_id:
        # An IN list from the crew index (one officer's few thousand operations), not a probe per row:
        # EXISTS made SQLite test all 1,000,000 operations (33 s at P2 scale).
        clauses.append("o.id IN (SELECT c.operation_id FROM operation_crew c WHERE c.user_id = :crew)")
        params["crew"] = f.crew_member_id
    if f.text.strip():
        query = fts_query(f.text)
        if query is None:
            raise FieldOpsError(ErrorCode.INVALID, field="text", detail=f.text[:40])
        # "+" keeps the planner from driving the query by the matches (62,751 rowid lookups and a sort for "nica"
        # at 1,000,000 operations: 480 ms for the first page): it walks the ORDER BY index instead and probes
        # the matches (10 ms; 127 ms worst case, a word that matches nothing).
        clauses.append("+o.rowid IN (SELECT rowid FROM operation_fts WHERE operation_fts MATCH :fts)")
        params["fts"] = query
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order_by(order: Order) -> str:
    column = SORT_COLUMNS.get(order.key)
    if column is None:
        raise FieldOpsError(ErrorCode.INVALID, field="order", detail=order.key)
    direction = "DESC" if order.descending else "ASC"
    return f" ORDER BY {column} {direction}, o.rowid {direction}"


class OperationListService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def find_ids(self, filter_: OperationFilter, order: Order, limit: int | None = None,
                 cancel: CancelToken | None = None) -> list[int]:
        """Rowids of the matching operations in `order` (all of them, or the first `limit`). `cancel` stops
        the read when the list no longer wants it (a newer filter): `Cancelled` is raised within milliseconds,
        even in the middle of a sort (SQLite's progress handler looks at the token).

        Read in slices from the driver's cursor: SQLAlchemy's fetchall() builds a Row per id in one C loop that
        holds the GIL (0.7 s for 1,000,000 ids, a frozen GUI thread while the list loads); slices of plain
        tuples with a GIL release between them take 0.5 s in all and let the GUI thread run (bench P2)."""
        self._ctx.require_user()
        if cancel is not None:
            cancel.raise_if_cancelled()
        where, params = _where(filter_)
        sql = f"SELECT o.rowid FROM operation o{where}{_order_by(order)}"
        if limit is not None:
            sql += " LIMIT :limit"
            params["limit"] = int(limit)
        ids: list[int] = []
        with self._ctx.engine.connect() as conn:
            raw = cast(Any, conn.connection.dbapi_connection)
            cursor = raw.cursor()
            if cancel is not None:
                raw.set_progress_handler(lambda: cancel.cancelled, _CANCEL_CHECK_OPS)
            try:
                cursor.execute(sql, params)
                while chunk := cursor.fetchmany(_ID_SLICE):
                    ids.extend([r[0] for r in chunk])
                    time.sleep(0)  # yields the GIL to the other threads
            except Exception:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled from None  # SQLite's "interrupted"
                raise
            finally:
                cursor.close()
                if cancel is not None:
                    raw.set_progress_handler(None, 0)
        return ids

    def count(self, filter_: OperationFilter) -> int:
        self._ctx.require_user()
        where, params = _where(filter_)
        with self._ctx.engine.connect() as conn:
            return int(conn.exec_driver_sql(f"SELECT count(*) FROM operation o{where}", params).scalar_one())

    def rows(self, rowids: Sequence[int]) -> list[OperationRow]:
        """The list rows for `rowids`, in the same order (missing ones skipped)."""
        self._ctx.require_user()
        if not rowids:
            return []
        wanted = list(rowids)[:2000]
        marks = ",".join("?" * len(wanted))
        sql = ("SELECT o.rowid, o.id, o.number, o.start_at, o.type, o.status, a.short_name, u.full_name, "
               "o.area_name, o.check_count, o.violation_count FROM operation o "
               "JOIN agency a ON a.id = o.agency_id JOIN user u ON u.id = o.lead_id "
               f"WHERE o.rowid IN ({marks})")
        with self._ctx.engine.connect() as conn:
            found = {r[0]: r for r in conn.exec_driver_sql(sql, tuple(wanted)).fetchall()}
        return [OperationRow(r[0], r[1], r[2], _as_utc(r[3]), r[4], r[5], r[6], r[7], r[8], r[9], r[10])
                for rid in wanted if (r := found.get(rid)) is not None]


def _as_utc(value: Any) -> datetime:
    result = _UTC.process_result_value(value, None)  # type: ignore[arg-type]
    assert result is not None
    return result
