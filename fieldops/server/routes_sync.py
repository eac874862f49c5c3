"""`POST /v1/sync/push`, `GET /v1/sync/pull`, conflicts: the record sync protocol (SYNC.md)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import AfterValidator, BaseModel, Field
from sqlalchemy import select, tuple_

from fieldops.server import feed, schema
from fieldops.server.auth import ApiError, require_principal
from fieldops.server.config import MAX_OPS_PER_PUSH
from fieldops.server.principal import Principal
from fieldops.server.sync import Batch, Op, Rec, RejectedError, push, resolve_conflict, scope

router = APIRouter(prefix="/v1/sync", tags=["sync"])
Caller = Annotated[Principal, Depends(require_principal)]
MAX_PULL = 1000

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "the body is not JSON (or not UTF-8)"},
    401: {"description": "no valid token, or the device was revoked"},
    403: {"description": "the token's device or role does not allow this"},
    413: {"description": "body larger than the server accepts"},
    422: {"description": "malformed body"},
}


def _no_nul(value: Any, depth: int = 0) -> Any:
    """PostgreSQL text cannot hold NUL characters, and no field needs them: refuse them anywhere."""
    if depth > 32:
        raise ValueError("nested too deeply")
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("NUL character")
    elif isinstance(value, dict):
        for k, v in value.items():
            _no_nul(k, depth + 1)
            _no_nul(v, depth + 1)
    elif isinstance(value, list):
        for v in value:
            _no_nul(v, depth + 1)
    return value


Clean = Annotated[Any, AfterValidator(_no_nul)]


class OpIn(BaseModel):
    op_id: Annotated[str, AfterValidator(_no_nul)] = Field(min_length=1, max_length=36)
    entity: Annotated[str, AfterValidator(_no_nul)] = Field(min_length=1, max_length=32)
    entity_id: Annotated[str, AfterValidator(_no_nul)] = Field(min_length=1, max_length=80)
    op_type: Annotated[str, AfterValidator(_no_nul)] = Field(min_length=1, max_length=32)
    payload: Annotated[dict[str, Any], AfterValidator(_no_nul)]
    base_version: int | None = Field(default=None, ge=0, le=2**31)
    hlc: Annotated[str, AfterValidator(_no_nul)] = Field(min_length=1, max_length=64)


class PushIn(BaseModel):
    device_id: Annotated[str, AfterValidator(_no_nul)] = Field(min_length=1, max_length=36)
    batch_id: Annotated[str, AfterValidator(_no_nul)] = Field(min_length=1, max_length=36)
    ops: list[OpIn] = Field(max_length=MAX_OPS_PER_PUSH)


class ResultOut(BaseModel):
    op_id: str
    status: str = Field(description="applied | conflict | rejected_locked | rejected_immutable | "
                                    "rejected_invalid | rejected_forbidden")
    reason: str | None = None
    conflicts: list[str] = []
    version: int | None = None


class PushOut(BaseModel):
    results: list[ResultOut]


class ChangeOut(BaseModel):
    seq: int
    entity: str
    entity_id: str
    version: int
    data: dict[str, Any]


class PullOut(BaseModel):
    changes: list[ChangeOut]
    next_cursor: int
    has_more: bool


class ConflictOut(BaseModel):
    id: str
    entity: str
    entity_id: str
    field: str
    base_version: int | None
    server_value: Any = None
    client_value: Any = None
    op_id: str
    user_id: str
    resolved: bool


class ResolveIn(BaseModel):
    value: Clean = Field(description="the value the person chose or wrote (the server's, the laptop's, or new)")


@router.post("/push", response_model=PushOut, responses=_ERRORS)
def push_ops(body: PushIn, request: Request, caller: Caller) -> PushOut:
    if body.device_id != caller.device_id:
        raise ApiError(403, "sync.device_mismatch")
    ops = [Op(o.op_id, o.entity, o.entity_id, o.op_type, o.payload, o.base_version, o.hlc) for o in body.ops]
    results = push(request.app.state.engine, caller, ops)
    return PushOut(results=[ResultOut(**r.as_dict()) for r in results])


@router.get("/pull", response_model=PullOut, responses=_ERRORS)
def pull(request: Request, caller: Caller, cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
         limit: Annotated[int, Query(ge=1, le=MAX_PULL)] = 500) -> PullOut:
    with request.app.state.engine.connect() as conn:
        rows, next_cursor, more = feed.read(conn, cursor, limit, scope(caller))
    return PullOut(changes=[ChangeOut(seq=r["seq"], entity=r["entity"], entity_id=r["entity_id"],
                                      version=r["version"], data=r["data"]) for r in rows],
                   next_cursor=next_cursor, has_more=more)


class RecordKey(BaseModel):
    entity: Annotated[str, AfterValidator(_no_nul)] = Field(min_length=1, max_length=32)
    entity_id: Annotated[str, AfterValidator(_no_nul)] = Field(min_length=1, max_length=80)


class RecordsIn(BaseModel):
    keys: list[RecordKey] = Field(max_length=MAX_PULL)


@router.post("/records", response_model=list[ChangeOut], responses=_ERRORS)
def records(body: RecordsIn, request: Request, caller: Caller) -> list[ChangeOut]:
    """The current documents of the given records the caller may see (after a pull skipped them)."""
    r = schema.record.c
    keys = [(k.entity, k.entity_id) for k in body.keys]
    if not keys:
        return []
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(select(schema.record).where(tuple_(r.entity, r.id).in_(keys))).all()
    out = []
    for row in rows:
        m = row._mapping
        if m["agency_id"] not in ("*", caller.agency_id) and caller.agency_id not in (m["shared_with"] or []):
            continue
        rec = Rec(m["entity"], m["id"], m["agency_id"], list(m["shared_with"] or []), dict(m["data"]),
                  m["version"], {}, dict(m["field_hlc"] or {}), m["status"], m["seq"], m["created_at"])
        out.append(ChangeOut(seq=m["seq"], entity=m["entity"], entity_id=m["id"], version=m["version"],
                             data=Batch.snapshot(rec)))
    return out


@router.get("/conflicts", response_model=list[ConflictOut], responses=_ERRORS)
def conflicts(request: Request, caller: Caller, include_resolved: bool = False) -> list[ConflictOut]:
    c = schema.conflict.c
    query = select(schema.conflict).where(c.agency_id == caller.agency_id)
    if not include_resolved:
        query = query.where(c.resolved_at.is_(None))
    with request.app.state.engine.connect() as conn:
        rows = [r._mapping for r in conn.execute(query.order_by(c.created_at).limit(1000))]
    return [ConflictOut(id=r["id"], entity=r["entity"], entity_id=r["entity_id"], field=r["field"],
                        base_version=r["base_version"], server_value=r["server_value"],
                        client_value=r["client_value"], op_id=r["op_id"], user_id=r["user_id"],
                        resolved=r["resolved_at"] is not None) for r in rows]


class ResolveOut(BaseModel):
    version: int


@router.post("/conflicts/{conflict_id}/resolve", response_model=ResolveOut, responses={
    **_ERRORS, 404: {"description": "no open conflict with this id in the caller's agency"},
    409: {"description": "the record was approved meanwhile"}})
def resolve(conflict_id: Annotated[str, Path(max_length=36, pattern=r"^[0-9A-Za-z-]+$")], body: ResolveIn,
            request: Request,
            caller: Caller) -> ResolveOut:
    """A person chose the value of a conflicting field (the server's, the laptop's, or a new one)."""
    try:
        with request.app.state.engine.begin() as conn:
            version = resolve_conflict(conn, caller, conflict_id, body.value)
    except RejectedError as exc:
        raise ApiError(403 if exc.status == "rejected_forbidden" else 409, exc.status, reason=exc.reason) from None
    if version is None:
        raise ApiError(404, "record.not_found")
    return ResolveOut(version=version)
