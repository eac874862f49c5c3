"""Server settings: command-line flags override the environment, which overrides the defaults.

Default database: an SQLite file in the server data dir, so `fieldops server` runs with no setup; production
and CI use PostgreSQL through FIELDOPS_SERVER_DATABASE_URL (postgresql+psycopg://…).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_path

MAX_BODY = 8 * 1024 * 1024  # bytes: a push batch or any JSON body (media uploads have their own path)
MAX_OPS_PER_PUSH = 500
ACCESS_TTL = 15 * 60  # seconds
REFRESH_TTL = 30 * 24 * 3600
MAX_MEDIA_CHUNK = 64 * 1024 * 1024  # one PATCH body of a media upload
MAX_MEDIA_FILE = 64 * 1024 ** 3  # one photo or video


@dataclass
class ServerConfig:
    data_dir: Path = field(default_factory=lambda: Path(os.environ.get(
        "FIELDOPS_SERVER_DIR", str(user_data_path("fieldops-server", appauthor=False)))))
    database_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8470
    secret: bytes | None = None  # token signing key; default: generated once into the data dir
    media_dir: Path | None = None  # uploads in progress, and the file store by default: <data dir>/media
    media_store: str | None = None  # None/"file": <media dir>/store; "file:/path"; "s3://bucket/prefix"
    expire_every_hours: float = 6.0  # the retention job inside the server; 0: only by `fieldops server media expire`

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir)
        if self.database_url is None:
            self.database_url = os.environ.get("FIELDOPS_SERVER_DATABASE_URL") or (
                f"sqlite:///{(self.data_dir / 'server.db').as_posix()}")
        self.media_dir = Path(self.media_dir or os.environ.get("FIELDOPS_SERVER_MEDIA_DIR") or self.data_dir / "media")
        self.media_store = self.media_store or os.environ.get("FIELDOPS_SERVER_MEDIA_STORE") or None

    @property
    def url(self) -> str:
        return self.database_url or ""

    def signing_key(self) -> bytes:
        """The HMAC key for tokens: FIELDOPS_SERVER_SECRET, else a random key kept in the data dir (0600)."""
        if self.secret:
            return self.secret
        env = os.environ.get("FIELDOPS_SERVER_SECRET")
        if env:
            self.secret = env.encode()
            return self.secret
        path = self.data_dir / "signing.key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(secrets.token_bytes(32))
            tmp.chmod(0o600)
            os.replace(tmp, path)
        self.secret = path.read_bytes()
        return self.secret
