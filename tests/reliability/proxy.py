"""A loopback TCP proxy that counts what the client sends and can cut every connection at a chosen byte.

    proxy = CuttingProxy(server_port).start()          # clients use proxy.url
    proxy.cut_at(5_000_000, on_cut=server.kill)         # once 5 MB went client → server: close both sides
    proxy.sent                                          # client → server bytes forwarded so far
    proxy.requests                                      # HTTP requests seen (for header overhead)
    proxy.patch_body, proxy.patches                     # PATCH body bytes forwarded, PATCH requests
    proxy.cut_in_body                                   # PATCH body bytes forwarded when it last cut

Used by the media interruption tests (R6) and the P6 benchmark: a cut is what a patrol car's link does in a
dead zone, and counting the bytes the server received is how "≤ 1 chunk re-sent" is measured.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable


class CuttingProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.sent = 0
        self.requests = 0
        self.cuts = 0
        self.cut_in_body: int | None = None
        self._streams: list[_Requests] = []
        self._cut_at: int | None = None
        self._on_cut: Callable[[], None] | None = None
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._stopped = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> CuttingProxy:
        self._listener.listen(16)
        threading.Thread(target=self._accept, daemon=True, name="proxy-accept").start()
        return self

    def stop(self) -> None:
        self._stopped = True
        with contextlib.suppress(OSError):
            self._listener.close()
        self.cut_all()

    def cut_at(self, total_sent: int, on_cut: Callable[[], None] | None = None) -> None:
        """Once `sent` reaches `total_sent`, close every connection (then call `on_cut`, e.g. kill -9 a
        process); one shot."""
        with self._lock:
            self._cut_at, self._on_cut = total_sent, on_cut

    def cut_all(self) -> None:
        with self._lock:
            sockets, self._open = list(self._open), set()
        for s in sockets:
            with contextlib.suppress(OSError):
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)  # wakes the pump blocked in recv (close alone would not)
            with contextlib.suppress(OSError):
                s.close()

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=10)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            stream = _Requests()
            with self._lock:
                self._open |= {client, upstream}
                self._streams.append(stream)
            threading.Thread(target=self._pump, args=(client, upstream, stream), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, None), daemon=True).start()

    @property
    def patch_body(self) -> int:
        return sum(s.patch_body for s in self._streams)

    @property
    def patches(self) -> int:
        return sum(s.patches for s in self._streams)

    def _pump(self, src: socket.socket, dst: socket.socket, stream: _Requests | None) -> None:
        try:
            while True:
                data = src.recv(256 * 1024)
                if not data:
                    break
                if stream is not None:
                    if self._count(data):
                        return
                    stream.feed(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def _count(self, data: bytes) -> bool:
        """Count bytes going to the server; True if this read crossed the cut point (nothing forwarded)."""
        fire: Callable[[], None] | None = None
        with self._lock:
            self.requests += data.count(b" HTTP/1.1\r\n")
            if self._cut_at is not None and self.sent + len(data) >= self._cut_at:
                self._cut_at, fire = None, self._on_cut or (lambda: None)
                self.cuts += 1
            else:
                self.sent += len(data)
        if fire is None:
            return False
        self.cut_in_body = self.patch_body
        fire()  # first: a killed process is dead before its peer sees the connection drop
        self.cut_all()
        return True


class _Requests:
    """Follows one connection's client→server HTTP/1.1 stream: counts PATCH requests and their body bytes."""

    def __init__(self) -> None:
        self.head, self.method, self.left, self.patch_body, self.patches = b"", b"", 0, 0, 0

    def feed(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            if self.left:
                n = min(self.left, len(view))
                self.left -= n
                if self.method == b"PATCH":
                    self.patch_body += n
                view = view[n:]
                continue
            self.head += bytes(view)
            end = self.head.find(b"\r\n\r\n")
            if end < 0:
                return
            head, rest = self.head[:end], self.head[end + 4:]
            self.head = b""
            lines = head.split(b"\r\n")
            self.method = lines[0].split(b" ", 1)[0]
            self.patches += self.method == b"PATCH"
            fields = dict(line.split(b":", 1) for line in lines[1:] if b":" in line)
            headers = {k.strip().lower(): v.strip() for k, v in fields.items()}
            if b"chunked" in headers.get(b"transfer-encoding", b""):
                raise RuntimeError("chunked request bodies are not counted by this proxy")
            self.left = int(headers.get(b"content-length", b"0"))
            view = memoryview(rest)
