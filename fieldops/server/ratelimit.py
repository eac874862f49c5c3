"""Login rate limiting: failed attempts counted per user name and per client address in a sliding window.

In memory, per server process: enough for one regional server process (uvicorn with one worker, the way
`fieldops server` runs it). Several workers or several servers behind a load balancer each count on their
own, so an attacker gets `limit × processes` tries per window; the real protection stays Argon2id's cost.
A restart forgets the counts. The client address is the TCP peer (`request.client.host`); a reverse proxy in
front would make every client one address, so X-Forwarded-For is deliberately not trusted here.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

WINDOW = 5 * 60.0  # seconds
USER_LIMIT = 5  # failures per user name per window
ADDRESS_LIMIT = 20  # failures per client address per window (several officers may share one NAT address)
MAX_KEYS = 10_000  # the oldest keys are forgotten beyond this (memory bound under a spray of user names)


class SlidingWindow:
    """Timestamps of failures per key; `retry_after(key)` > 0 while the key has `limit` failures in the window."""

    def __init__(self, limit: int, window: float = WINDOW, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _prune(self, key: str, now: float) -> deque[float] | None:
        hits = self._hits.get(key)
        if hits is None:
            return None
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if not hits:
            del self._hits[key]
            return None
        return hits

    def retry_after(self, key: str) -> int:
        """Seconds until one more attempt is allowed (0: allowed now)."""
        with self._lock:
            now = self.clock()
            hits = self._prune(key, now)
            if hits is None or len(hits) < self.limit:
                return 0
            return max(1, int(hits[-self.limit] + self.window - now + 0.999))

    def hit(self, key: str) -> None:
        with self._lock:
            now = self.clock()
            hits = self._prune(key, now)
            if hits is None:
                hits = self._hits[key] = deque(maxlen=self.limit * 2)
            hits.append(now)
            self._hits.move_to_end(key)
            while len(self._hits) > MAX_KEYS:
                self._hits.popitem(last=False)

    def reset(self, key: str) -> None:
        with self._lock:
            self._hits.pop(key, None)


class LoginLimiter:
    """Both windows of the login endpoint (and of enrollment codes: per address only)."""

    def __init__(self, user_limit: int = USER_LIMIT, address_limit: int = ADDRESS_LIMIT, window: float = WINDOW,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.users = SlidingWindow(user_limit, window, clock)
        self.addresses = SlidingWindow(address_limit, window, clock)

    def retry_after(self, username: str | None, address: str) -> int:
        wait = self.addresses.retry_after(address)
        if username:
            wait = max(wait, self.users.retry_after(username))
        return wait

    def failed(self, username: str | None, address: str) -> None:
        self.addresses.hit(address)
        if username:
            self.users.hit(username)

    def succeeded(self, username: str) -> None:
        """A correct password clears the user name's count (not the address's: a spray continues to count)."""
        self.users.reset(username)
