"""Administration of media retention (`fieldops.server.retention` explains it); thin: parse, call, answer.

    POST /v1/admin/media/holds                 {target: operation|media, target_id, reason} → the hold
    GET  /v1/admin/media/holds?all=false       active holds (all: released ones too)
    POST /v1/admin/media/holds/{id}/release    → the released hold
    GET  /v1/admin/media/retention             the retention schedule (days per class)
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field, field_validator

from fieldops.server import retention
from fieldops.server.accounts import Actor
from fieldops.server.auth import ApiError, engine_of, now_dt, require_admin
from fieldops.server.principal import Principal

router = APIRouter(prefix="/v1/admin/media", tags=["admin"])
Admin = Annotated[Principal, Depends(require_admin)]
HoldId = Annotated[str, Path(max_length=36, pattern=r"^[0-9A-Za-z-]+$")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "no valid token, or the device was revoked"},
    403: {"description": "the caller is not an administrator"},
    413: {"description": "body larger than the server accepts"},
    422: {"description": "malformed request (e.g. a blank reason)"},
}


class HoldIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    target: Literal["operation", "media"] = Field(description="an operation (its media and its checks' media) or "
                                                              "one file")
    target_id: str = Field(min_length=1, max_length=80, pattern=r"^[0-9A-Za-z_.:-]+$",
                           description="the operation's id, or the file's SHA-256 (lowercase hex)")
    reason: str = Field(min_length=1, max_length=retention.MAX_REASON, pattern=r"^[^\x00]*$",
                        description="why (case number, request): required")

    @field_validator("reason")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the reason must not be blank")
        return value


class HoldOut(BaseModel):
    id: str
    target: str
    target_id: str
    reason: str
    created_by: str
    created_at: datetime
    released_at: datetime | None
    released_by: str | None


class RetentionOut(BaseModel):
    days: dict[str, int] = Field(description="days of retention per class (finding, operation, equipment)")
    defaults: dict[str, int] = Field(description="the built-in defaults (assumptions to confirm with the agencies' "
                                                 "records officers)")


def _api(exc: retention.RetentionError) -> ApiError:
    return ApiError(exc.status, exc.code, **exc.extra)


def _actor(p: Principal) -> Actor:
    return Actor(p.user_id, p.device_id)


@router.post("/holds", response_model=HoldOut, status_code=201, responses={
    **_ERRORS, 404: {"description": "no such operation, or no such file"}})
def place_hold(body: HoldIn, request: Request, admin: Admin) -> HoldOut:
    """Place a legal hold: the expiry job erases none of the held media until the hold is released."""
    try:
        with engine_of(request).begin() as conn:
            hold = retention.place_hold(conn, body.target, body.target_id, body.reason, _actor(admin),
                                        now_dt(request))
    except retention.RetentionError as exc:
        raise _api(exc) from None
    return HoldOut(**hold.as_dict())


@router.get("/holds", response_model=list[HoldOut], responses=_ERRORS)
def list_holds(request: Request, _admin: Admin,
               released: Annotated[bool, Query(alias="all")] = False) -> list[HoldOut]:
    """Active legal holds, oldest first (`all=true`: released ones too)."""
    with engine_of(request).connect() as conn:
        return [HoldOut(**h.as_dict()) for h in retention.holds(conn, active_only=not released)]


@router.post("/holds/{hold_id}/release", response_model=HoldOut, responses={
    **_ERRORS, 404: {"description": "no such hold"}, 409: {"description": "the hold was already released"}})
def release_hold(hold_id: HoldId, request: Request, admin: Admin) -> HoldOut:
    try:
        with engine_of(request).begin() as conn:
            hold = retention.release_hold(conn, hold_id, _actor(admin), now_dt(request))
    except retention.RetentionError as exc:
        raise _api(exc) from None
    return HoldOut(**hold.as_dict())


@router.get("/retention", response_model=RetentionOut, responses=_ERRORS)
def get_retention(request: Request, _admin: Admin) -> RetentionOut:
    with engine_of(request).connect() as conn:
        return RetentionOut(days=retention.schedule(conn), defaults=dict(retention.DEFAULT_DAYS))
