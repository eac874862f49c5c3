"""The pull feed: every change to a record is appended to `change_log` with a `seq` allocated in commit order.

Gap-free by construction: a writer takes a transaction-level advisory lock before it allocates `seq`
(PostgreSQL) or holds SQLite's single write lock (BEGIN IMMEDIATE), so a seq becomes visible only after every
smaller seq has committed; a reader can never pass over a row that commits later (Eventuous#222).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, String, cast, func, insert, or_, select

from fieldops.server import schema

FEED_LOCK = 0x6F70_7300  # pg_advisory_xact_lock key of the feed writers


class Feed:
    """Allocates seqs for one transaction (call `lock()` first; the lock ends with the transaction)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._next: int | None = None
        self.rows: list[dict[str, Any]] = []

    def lock(self) -> None:
        if self.conn.dialect.name == "postgresql":
            self.conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({FEED_LOCK})")
        if self._next is None:
            top = self.conn.execute(select(func.max(schema.change_log.c.seq))).scalar()
            self._next = int(top or 0) + 1

    def append(self, entity: str, entity_id: str, agency_id: str, shared_with: Sequence[str], version: int,
               data: dict[str, Any], op_id: str | None, at: datetime) -> int:
        if self._next is None:
            self.lock()
        assert self._next is not None
        seq = self._next
        self._next += 1
        self.rows.append({"seq": seq, "entity": entity, "entity_id": entity_id, "agency_id": agency_id,
                          "shared_with": list(shared_with), "version": version, "data": data, "op_id": op_id,
                          "at": at})
        return seq

    def flush(self) -> None:
        if self.rows:
            bulk_insert(self.conn, schema.change_log, self.rows)
            self.rows = []


def visible(agency_ids: Iterable[str]) -> Any:
    """SQL condition: a change log row visible to members of `agency_ids` (own agency, shared, or "*")."""
    cl = schema.change_log.c
    conditions: list[Any] = [cl.agency_id == "*"]
    shared_text = cast(cl.shared_with, String)
    for agency in agency_ids:
        conditions.append(cl.agency_id == agency)
        conditions.append(shared_text.like(f'%"{agency}"%'))
    return or_(*conditions)


def read(conn: Connection, cursor: int, limit: int, agency_ids: Sequence[str],
         everything: bool = False) -> tuple[list[dict[str, Any]], int, bool]:
    """Changes after `cursor` the caller may see, oldest first: (rows, next cursor, more to come).
    The cursor advances over rows the caller may not see too (they are not gaps)."""
    cl = schema.change_log.c
    top = conn.execute(select(func.max(cl.seq))).scalar() or 0
    query = select(cl.seq, cl.entity, cl.entity_id, cl.version, cl.data).where(cl.seq > cursor)
    if not everything:
        query = query.where(visible(agency_ids))
    rows = [dict(r._mapping) for r in conn.execute(query.order_by(cl.seq).limit(limit + 1))]
    more = len(rows) > limit
    rows = rows[:limit]
    last = int(rows[-1]["seq"]) if rows else cursor
    # Without more rows, nothing else visible exists up to the top of the feed read before the rows.
    next_cursor = last if more else max(cursor, int(top), last)
    return rows, next_cursor, more


def bulk_insert(conn: Connection, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert many rows: PostgreSQL's COPY on the transaction's own connection (the bulk path of P4), an
    executemany INSERT elsewhere or for a handful of rows."""
    if not rows:
        return
    if conn.dialect.name != "postgresql" or len(rows) < 16:
        conn.execute(insert(table), list(rows))
        return
    import json

    from sqlalchemy import JSON

    columns = [c.name for c in table.columns]
    is_json = {c.name for c in table.columns if isinstance(c.type, JSON)}
    raw: Any = conn.connection.dbapi_connection  # psycopg.Connection (COPY is not in the DB-API)
    names = ", ".join(f'"{c}"' for c in columns)
    with raw.cursor() as cur, cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([json.dumps(row.get(c), ensure_ascii=False) if c in is_json and row.get(c) is not None
                            else row.get(c) for c in columns])
