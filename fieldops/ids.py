"""Identifiers and clocks: UUIDv7 (time-ordered) record ids and an injectable UTC clock."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

_lock = threading.Lock()
_last_ms = 0
_seq = 0


def uuid7() -> str:
    """A RFC 9562 UUIDv7 string; monotonic within this process (12-bit counter in rand_a)."""
    global _last_ms, _seq
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            _seq += 1
            if _seq > 0xFFF:  # counter overflow: borrow the next millisecond
                _last_ms += 1
                _seq = 0
            ms = _last_ms
        else:
            _last_ms, _seq = ms, int.from_bytes(os.urandom(2), "big") & 0x3FF
        seq = _seq
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | seq << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)
