"""The sync engine's view of the server: three calls over HTTP (push, pull, records)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from fieldops.errors import ErrorCode, FieldOpsError

Request = Callable[..., httpx.Response]  # (method, path, *, json=None, params=None) -> response


def check_response(response: httpx.Response) -> Any:
    """The JSON body of a reply, or the typed error: 404 NOT_FOUND, 409 LOCKED (with the server's reason),
    anything else SERVER_ERROR with the status and the server's error code."""
    from fieldops.sync.session import error_code

    if response.status_code >= 500:
        raise FieldOpsError(ErrorCode.SERVER_ERROR, detail=str(response.status_code))
    if response.status_code >= 400:
        code = error_code(response)
        if response.status_code == 409:
            try:
                body = response.json()
            except ValueError:
                body = {}
            reason = body.get("reason") if isinstance(body, dict) else None
            raise FieldOpsError(ErrorCode.LOCKED, detail=str(reason or code))
        if response.status_code == 404:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        raise FieldOpsError(ErrorCode.SERVER_ERROR, detail=f"{response.status_code} {code}".strip())
    return response.json() if response.content else None


class HttpTransport:
    """Push/pull over an authenticated request function (`ServerSession.request`)."""

    def __init__(self, request: Request) -> None:
        self._request = request

    def _json(self, response: httpx.Response) -> Any:
        return check_response(response)

    def push(self, device_id: str, batch_id: str, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        body = self._json(self._request("POST", "/v1/sync/push",
                                        json={"device_id": device_id, "batch_id": batch_id, "ops": ops}))
        return list(body["results"])

    def pull(self, cursor: int, limit: int) -> dict[str, Any]:
        return dict(self._json(self._request("GET", "/v1/sync/pull", params={"cursor": cursor, "limit": limit})))

    def records(self, keys: list[tuple[str, str]]) -> list[dict[str, Any]]:
        body = self._json(self._request("POST", "/v1/sync/records", json={
            "keys": [{"entity": e, "entity_id": i} for e, i in keys]}))
        return list(body)


class HttpMediaTransport:
    """The media protocol (`fieldops.server.media`) over an authenticated `ServerSession`."""

    def __init__(self, session: Any) -> None:
        self._session = session

    def create(self, sha256: str, size: int, mime: str) -> dict[str, Any]:
        return self._answer(self._session.request("POST", "/v1/media/uploads",
                                                  json={"sha256": sha256, "size": size, "mime": mime[:100]}))

    def status(self, upload_id: str) -> dict[str, Any]:
        return self._answer(self._session.request("GET", f"/v1/media/uploads/{upload_id}"))

    def patch(self, upload_id: str, offset: int, body: Iterator[bytes], length: int, checksum: str,
              size: int = 0) -> dict[str, Any]:
        """One chunk. The last one waits while the server re-hashes the whole file (`size` bytes): its reply
        timeout grows with the file (about 100 MiB/s)."""
        headers = {"Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream",
                   "Content-Length": str(length), "Tus-Resumable": "1.0.0"}
        if length:
            headers["Upload-Checksum"] = checksum
        last = offset + length >= size
        timeout = 15.0 + (size / (100 * 1024 * 1024) if last else 0.0)
        return self._answer(self._session.request("PATCH", f"/v1/media/uploads/{upload_id}", content=body,
                                                  headers=headers, timeout=timeout))

    @contextmanager
    def download(self, sha256: str, purpose: str) -> Iterator[tuple[int, Iterator[bytes]]]:
        with self._session.stream(f"/v1/media/{sha256}", params={"purpose": purpose[:500]}) as response:
            if response.status_code >= 400:
                self._answer(response)
            yield int(response.headers.get("content-length") or 0), response.iter_bytes(1024 * 1024)

    @staticmethod
    def _answer(response: httpx.Response) -> dict[str, Any]:
        from fieldops.sync.media import RefusedError
        from fieldops.sync.session import error_code

        if response.status_code < 400:
            return dict(response.json())
        if response.status_code == 404:
            raise FieldOpsError(ErrorCode.NOT_FOUND, field="file")
        offset = response.headers.get("upload-offset")
        raise RefusedError(response.status_code, error_code(response) or str(response.status_code),
                      int(offset) if offset and offset.isdigit() else None)
