"""Routes of the media protocol (`fieldops.server.media` explains it); thin: parse, call, answer."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from starlette.requests import ClientDisconnect

from fieldops.server.auth import ApiError, now_dt, require_principal
from fieldops.server.config import MAX_MEDIA_FILE
from fieldops.server.media import MediaError, MediaService, Upload
from fieldops.server.principal import Principal

router = APIRouter(prefix="/v1/media", tags=["media"])
Caller = Annotated[Principal, Depends(require_principal)]
Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]
UploadId = Annotated[str, Path(max_length=36, pattern=r"^[0-9A-Za-z-]+$")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "no valid token, or the device was revoked"},
    403: {"description": "the caller's role cannot upload media"},
    404: {"description": "no such upload or file for this caller (the two are not told apart)"},
    422: {"description": "malformed request"},
}


class UploadIn(BaseModel):
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the whole file, lowercase hex")
    size: int = Field(ge=1, le=MAX_MEDIA_FILE)
    mime: str = Field(default="application/octet-stream", max_length=100, pattern=r"^[\x20-\x7e]*$")


class UploadOut(BaseModel):
    id: str | None = Field(description="the upload to PATCH; null when the file is already committed")
    sha256: str
    size: int
    offset: int = Field(description="bytes the server holds, verified and on disk")
    state: str = Field(description="receiving | committed | failed")
    error: str | None = None


def service(request: Request) -> MediaService:
    return request.app.state.media  # type: ignore[no-any-return]


def _out(upload: Upload, response: Response) -> UploadOut:
    response.headers["Upload-Offset"] = str(upload.offset)
    response.headers["Upload-Length"] = str(upload.size)
    response.headers["Upload-State"] = upload.state
    response.headers["Tus-Resumable"] = "1.0.0"
    return UploadOut(**upload.as_dict())


def _api(exc: MediaError) -> ApiError:
    headers = {"Upload-Offset": str(exc.extra["offset"])} if "offset" in exc.extra else None
    return ApiError(exc.status, exc.code, headers=headers, **exc.extra)


@router.post("/uploads", response_model=UploadOut, status_code=201, responses={
    **_ERRORS, 409: {"description": "no attachment record the caller can see names this hash (push it first)"}})
def create_upload(body: UploadIn, request: Request, response: Response, caller: Caller) -> UploadOut:
    """Start an upload, or continue this device's unfinished one of the same file (then `offset` says where)."""
    try:
        upload = service(request).create(caller, body.sha256, body.size, body.mime, now_dt(request))
    except MediaError as exc:
        raise _api(exc) from None
    if upload.id:
        response.headers["Location"] = f"/v1/media/uploads/{upload.id}"
    return _out(upload, response)


@router.get("/uploads/{upload_id}", response_model=UploadOut, responses=_ERRORS)
def upload_status(upload_id: UploadId, request: Request, response: Response, caller: Caller) -> UploadOut:
    """Where to resume: `Upload-Offset` (also in the body)."""
    try:
        return _out(service(request).status(caller, upload_id), response)
    except MediaError as exc:
        raise _api(exc) from None


@router.head("/uploads/{upload_id}", responses=_ERRORS)
def upload_offset(upload_id: UploadId, request: Request, caller: Caller) -> Response:
    """The same as GET, headers only (tus clients resume with HEAD)."""
    response = Response(status_code=200)
    try:
        _out(service(request).status(caller, upload_id), response)
    except MediaError as exc:
        raise _api(exc) from None
    return response


@router.patch("/uploads/{upload_id}", response_model=UploadOut, responses={
    **_ERRORS, 400: {"description": "checksum header missing or malformed"},
    409: {"description": "Upload-Offset is not the server's offset (HEAD, then resume), or the upload failed"},
    413: {"description": "chunk larger than the rest of the file or than 64 MiB"},
    460: {"description": "the chunk does not match its Upload-Checksum (not kept)"},
    507: {"description": "the server's disk is full (nothing kept or committed; retry later)"}},
    openapi_extra={"requestBody": {"content": {"application/offset+octet-stream": {
        "schema": {"type": "string", "format": "binary"}}}}})
async def upload_chunk(upload_id: UploadId, request: Request, response: Response, caller: Caller,
                       upload_offset: Annotated[int, Header(ge=0, le=MAX_MEDIA_FILE)],
                       upload_checksum: Annotated[str | None, Header(max_length=200)] = None) -> UploadOut:
    """One chunk at `Upload-Offset`. The offset advances only once the chunk matched its checksum and is on
    disk; the last chunk makes the server re-hash the whole file and commit it (`state: committed`)."""
    try:
        upload = await service(request).receive(caller, upload_id, upload_offset, upload_checksum,
                                                request.stream(), now_dt(request))
    except MediaError as exc:
        raise _api(exc) from None
    except ClientDisconnect:
        raise ApiError(400, "media.incomplete_chunk") from None
    return _out(upload, response)


@router.get("/{sha256}", responses={**_ERRORS, 200: {"content": {"application/octet-stream": {}},
                                                     "description": "the file's bytes"},
                                    409: {"description": "the stored copy failed its last scrub (media.corrupt)"}},
            response_class=StreamingResponse)
def download(sha256: Sha, request: Request, caller: Caller,
             purpose: Annotated[str, Query(min_length=1, max_length=500)]) -> StreamingResponse:
    """The committed file, if the caller's agency may see it; logged as a disclosure with its purpose."""
    try:
        blob, chunks = service(request).open_for(caller, sha256, purpose, now_dt(request))
    except MediaError as exc:
        raise _api(exc) from None
    return StreamingResponse(chunks, media_type=blob.mime or "application/octet-stream", headers={
        "Content-Length": str(blob.size), "X-Content-SHA256": sha256, "Cache-Control": "no-store"})
