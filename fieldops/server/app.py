"""`create_app(config)`: the regional server's FastAPI application (migrations run at start)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from fieldops import __version__
from fieldops.server import db
from fieldops.server.config import MAX_BODY, MAX_MEDIA_CHUNK, ServerConfig

log = logging.getLogger("fieldops.server")


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413 before the app reads them (declared length) or as
    soon as the streamed body passes it (no or false Content-Length): nothing is parsed, nothing written."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit
        if scope.get("method") == "PATCH" and str(scope.get("path", "")).startswith("/v1/media/uploads/"):
            limit = MAX_MEDIA_CHUNK + 1  # media chunks: the route itself enforces the exact limit
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _too_large(send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    scope["fieldops.too_large"] = True  # FastAPI turns errors while reading into a 400
                    raise _TooLargeError
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLargeError:
            await _too_large(send)


class _TooLargeError(Exception):
    pass


async def _too_large(send: Send) -> None:
    body = b'{"error":"request.too_large"}'
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class Health(BaseModel):
    status: str
    version: str
    database: str


def create_app(config: ServerConfig | None = None) -> FastAPI:
    config = config or ServerConfig()
    engine = db.make_engine(config.url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        db.migrate(engine)
        config.signing_key()
        log.info("fieldops server ready (%s)", engine.dialect.name)
        job = None
        if config.expire_every_hours > 0:  # media retention: the first run after one interval, not at start-up
            from fieldops.server.media_jobs import ExpiryJob

            media = app.state.media
            job = ExpiryJob(engine, media.store, media.upload_dir, config.expire_every_hours).start()
        try:
            yield
        finally:
            if job is not None:
                await job.stop()
        engine.dispose()

    app = FastAPI(title="fieldops regional server", version=__version__, lifespan=lifespan,
                  description="Accounts and devices, the record sync protocol of the fieldops patrol laptops "
                              "(push with idempotent op ids, gap-free pull feed, conflicts), and resumable, "
                              "verified media uploads.")
    app.state.engine = engine
    app.state.config = config
    from fieldops.server.media import MediaService
    from fieldops.server.media_store import open_store

    assert config.media_dir is not None
    app.state.media = MediaService(engine, open_store(config.media_store, config.media_dir),
                                   config.media_dir / "uploads")

    from fieldops.server import auth
    from fieldops.server.accounts import router as accounts_router
    from fieldops.server.routes_media import router as media_router
    from fieldops.server.routes_retention import router as retention_router
    from fieldops.server.routes_sync import router as sync_router

    auth.install(app)
    app.include_router(accounts_router)
    app.include_router(sync_router)
    app.include_router(media_router)
    app.include_router(retention_router)

    @app.get("/v1/health", response_model=Health, tags=["server"])
    def health() -> Health:
        return Health(status="ok", version=__version__, database=engine.dialect.name)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        """One error shape ({"error": code}) for the framework's own refusals too."""
        if request.scope.get("fieldops.too_large"):
            return JSONResponse(status_code=413, content={"error": "request.too_large"})
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            return JSONResponse(status_code=422, content={"error": "request.invalid", "detail": []})
        code = {404: "request.not_found", 405: "request.method_not_allowed"}.get(exc.status_code, "request.error")
        return JSONResponse(status_code=exc.status_code, content={"error": code}, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors: list[dict[str, Any]] = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))[:200]}
                                        for e in exc.errors()[:20]]
        return JSONResponse(status_code=422, content={"error": "request.invalid", "detail": errors})

    app.add_middleware(BodyLimit)  # type: ignore[arg-type]
    return app
