"""Key slots: the workspace's random 256-bit data key, wrapped once per local user.

Each slot holds the data key encrypted with AES-256-GCM under a key-encryption key derived from that
user's password by Argon2id (own salt and cost parameters per slot). The slot's associated data binds it to
the workspace id and user name, so a slot cannot be moved to another user or workspace. A wrong password
fails the GCM tag check: the file gives no oracle beyond that. Failed attempts are counted per user name
with an exponential back-off; the lockout is a policy for the app, the real protection is Argon2id's cost.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.fsutil import fsync_dir

FORMAT = 1
FREE_ATTEMPTS = 5
MIN_PASSWORD = 8


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2


# Tests and benchmarks may lower the cost (never below what the slot records: each slot keeps its own).
DEFAULT_KDF = KdfParams()
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


def _kek(password: str, salt: bytes, p: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # imported on first use: keeps start-up fast (P1)

    return hash_secret_raw(password.encode(), salt, p.time_cost, p.memory_kib, p.parallelism, 32, Type.ID)


def normalize_username(username: str) -> str:
    return username.strip().lower()


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise FieldOpsError(ErrorCode.WEAK_PASSWORD, field="password", min_length=MIN_PASSWORD)


@dataclass
class KeyFile:
    """`workspace.json`: workspace identity, this device's id and the key slots (no secret in clear)."""

    path: Path
    workspace_id: str
    device_id: str
    created_at: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: dict[str, dict[str, float]] = field(default_factory=dict)
    # The regional server this laptop is enrolled with (url, device_id, device_secret): needed before any
    # local slot can be opened, for a person's first (online) sign-in here. The device secret alone opens
    # nothing: the server also wants that person's password, and rate-limits tries.
    server: dict[str, str] = field(default_factory=dict)

    # ---- persistence -------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeyFile:
        if not path.exists():
            raise FieldOpsError(ErrorCode.WORKSPACE_MISSING, path=str(path.parent))
        try:
            raw = json.loads(path.read_text("utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            if raw.get("format") != FORMAT:
                raise ValueError(f"unknown format {raw.get('format')!r}")
            return cls(path, str(raw["workspace_id"]), str(raw["device_id"]), str(raw["created_at"]),
                       dict(raw["slots"]), dict(raw.get("failures", {})), dict(raw.get("server", {})))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise FieldOpsError(ErrorCode.WORKSPACE_CORRUPT, detail=str(exc)[:200]) from exc

    def refresh(self) -> None:
        """Re-read slots and failure counts from disk (another session may have changed them)."""
        if self.path.exists():
            fresh = KeyFile.load(self.path)
            self.slots, self.failures, self.server = fresh.slots, fresh.failures, fresh.server

    @contextmanager
    def updating(self) -> Iterator[KeyFile]:
        """Read-modify-write under an exclusive lock: two sessions on one laptop (app and CLI, two
        windows) never write back a stale copy that drops the other's slot or failure count."""
        with _file_lock(self.path.with_suffix(".lock")):
            self.refresh()
            yield self
            self.save()

    def save(self) -> None:
        """Atomic replace: a crash leaves the old or the new file, never half of one."""
        data = {"format": FORMAT, "workspace_id": self.workspace_id, "device_id": self.device_id,
                "created_at": self.created_at, "slots": self.slots, "failures": self.failures}
        if self.server:
            data["server"] = self.server
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        fsync_dir(self.path.parent)

    # ---- slots -----------------------------------------------------------------------------------------
    def _slot_id(self, username: str) -> str:
        """Slots are keyed by a hash, so the file does not list who can log in on this laptop."""
        return hashlib.sha256(f"{self.workspace_id}|{normalize_username(username)}".encode()).hexdigest()[:32]

    def _aad(self, username: str) -> bytes:
        return f"fieldops-slot|{self.workspace_id}|{username}".encode()

    def add_slot(self, username: str, user_id: str, password: str, data_key: bytes,
                 kdf: KdfParams = DEFAULT_KDF) -> None:
        """Wrap `data_key` for `username` (replaces an existing slot: password change or reset) and write
        the key file. Argon2id runs before the file lock is taken."""
        check_password_strength(password)
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        name = normalize_username(username)
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        wrapped = AESGCM(_kek(password, salt, kdf)).encrypt(nonce, data_key, self._aad(name))
        entry = {"user_id": user_id, "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped),
                 "kdf": [kdf.time_cost, kdf.memory_kib, kdf.parallelism]}
        with self.updating():
            self.slots[self._slot_id(name)] = entry
            self.failures.pop(self._slot_id(name), None)

    # ---- the server's escrow slot (first sign-in of a person on this laptop) ---------------------------------
    ESCROW = "escrow"

    def add_escrow(self, escrow_key: bytes, data_key: bytes) -> None:
        """Wrap the data key with a random key that only the regional server keeps (sent at enrollment)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(escrow_key).encrypt(nonce, data_key, f"fieldops-escrow|{self.workspace_id}".encode())
        with self.updating():
            self.slots[self.ESCROW] = {"nonce": _b64(nonce), "wrapped": _b64(wrapped)}

    def unlock_escrow(self, escrow_key: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        slot = self.slots.get(self.ESCROW)
        if slot is None:
            raise FieldOpsError(ErrorCode.UNKNOWN_USER, field="password")
        try:
            return AESGCM(escrow_key).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]),
                                              f"fieldops-escrow|{self.workspace_id}".encode())
        except (InvalidTag, ValueError, KeyError) as exc:
            raise FieldOpsError(ErrorCode.WORKSPACE_CORRUPT, detail="escrow slot") from exc

    def set_server(self, values: dict[str, str]) -> None:
        with self.updating():
            self.server = dict(values)

    def remove_slot(self, username: str) -> None:
        with self.updating():
            self.slots.pop(self._slot_id(username), None)

    def has_slot(self, username: str) -> bool:
        return self._slot_id(username) in self.slots

    def unlock(self, username: str, password: str, now: float | None = None) -> tuple[str, bytes]:
        """Return (user_id, data_key) or raise WRONG_PASSWORD / LOCKED_OUT. Counts failures."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        name = normalize_username(username)
        now = time.time() if now is None else now
        self.refresh()
        wait = self.lockout_remaining(name, now)
        if wait > 0:
            raise FieldOpsError(ErrorCode.LOCKED_OUT, seconds=int(wait) + 1)
        slot = self.slots.get(self._slot_id(name))
        if slot is None:
            # Same cost and same message as a wrong password: do not reveal which user names exist.
            _kek(password, b"\0" * 16, DEFAULT_KDF)
            self._fail(name, now)
            raise FieldOpsError(ErrorCode.UNKNOWN_USER, field="password")
        try:
            params = KdfParams(*slot["kdf"])
            key = AESGCM(_kek(password, _unb64(slot["salt"]), params)).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["wrapped"]), self._aad(name))
        except InvalidTag:
            self._fail(name, now)
            raise FieldOpsError(ErrorCode.WRONG_PASSWORD, field="password") from None
        except (KeyError, ValueError, TypeError) as exc:
            raise FieldOpsError(ErrorCode.WORKSPACE_CORRUPT, detail=f"slot {name}") from exc
        if self._slot_id(name) in self.failures:
            with self.updating():
                self.failures.pop(self._slot_id(name), None)
        return str(slot["user_id"]), key

    def lockout_remaining(self, username: str, now: float) -> float:
        entry = self.failures.get(self._slot_id(username))
        if not entry or entry["count"] < FREE_ATTEMPTS:
            return 0.0
        delay = min(30 * 2 ** (entry["count"] - FREE_ATTEMPTS), 3600)
        return max(0.0, entry["last"] + delay - now)

    def _fail(self, name: str, now: float) -> None:
        with self.updating():
            entry = self.failures.setdefault(self._slot_id(name), {"count": 0, "last": now})
            entry["count"] += 1
            entry["last"] = now


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.name == "posix":
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        else:  # Windows
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
        yield
    finally:
        os.close(fd)  # closing releases the lock on both platforms

