"""`make run`: a regional server on loopback for the demo workspace, the workspace enrolled to it, the app.

    python -m fieldops.demo_server --home .demo-home -- python -m ui --home .demo-home --demo

Starts `fieldops server` (embedded SQLite under HOME/server) unless one already answers on the port, creates
the demo users' server accounts (same ids, the demo password; idempotent), enrolls the workspace once, runs the
command given after `--` and stops the server it started when that command ends.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from fieldops.demo import DEMO_PASSWORD

PORT = 8470
ADMIN = "admin"


def server_command(home: Path, port: int) -> list[str]:
    return [sys.executable, "-c", "from fieldops.cli import main; raise SystemExit(main())", "server",
            "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(home / "server"), "--log-level",
            "warning"]


def healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/v1/health", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


def _free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def start(home: Path, port: int = PORT) -> tuple[str, subprocess.Popen[bytes] | None]:
    """This workspace's demo server: the one already running for it (a second `make run`), else a new one
    on the first free port from `port` (another program, or another checkout's demo server, may hold it)."""
    data = home / "server"
    data.mkdir(parents=True, exist_ok=True)
    running = data / "running.json"
    if running.exists():
        try:
            known = json.loads(running.read_text("utf-8"))
            url = f"http://127.0.0.1:{int(known['port'])}"
            if _alive(int(known["pid"])) and healthy(url):
                return url, None
        except (ValueError, KeyError, TypeError):
            pass
    while not _free(port):
        port += 1
    url = f"http://127.0.0.1:{port}"
    log = open(data / "server.log", "ab")  # noqa: SIM115 - the child keeps it
    proc = subprocess.Popen(server_command(home, port), stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the demo server did not start; see {data / 'server.log'}")
        if healthy(url):
            running.write_text(json.dumps({"pid": proc.pid, "port": port}), "utf-8")
            return url, proc
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("the demo server did not answer within 60 s")


def prepare(home: Path, url: str) -> None:
    """Accounts for the demo users (idempotent) and, once, the enrollment of the workspace."""
    env = {**os.environ, "FIELDOPS_DEMO_PASSWORD": DEMO_PASSWORD}
    base = [sys.executable, "-c", "from fieldops.cli import main; raise SystemExit(main())", "server",
            "--data-dir", str(home / "server")]
    subprocess.run([*base, "seed-workspace", "--workspace", str(home), "--username", ADMIN,
                    "--password-env", "FIELDOPS_DEMO_PASSWORD"], env=env, check=True, stdout=subprocess.DEVNULL)
    from fieldops.app import FieldOps
    from fieldops.sync.session import enroll, load_link

    fo = FieldOps.open(home, ADMIN, DEMO_PASSWORD)
    try:
        link = load_link(fo)
        if link is not None and link.url.rstrip("/") == url:
            return
        code = subprocess.run([*base, "enroll-code", "--agency", "VP-KRP"], env=env, check=True,
                              capture_output=True, text=True).stdout.strip()
        enroll(fo, url, code, "demo laptop")
    finally:
        fo.close()
    first_sync(home)
    from fieldops.demo import demo_amendment

    if demo_amendment(home) is not None:  # after the approval reached the server, which amends only what it holds
        first_sync(home, only="officer.lv")


def first_sync(home: Path, only: str | None = None) -> None:
    """Each demo person's changes made while building the demo are sent once, under their own account, so the
    demo starts "synced" rather than with a long waiting list."""
    from fieldops.app import FieldOps
    from fieldops.demo import DEMO_LOGINS
    from fieldops.sync.engine import SyncEngine
    from fieldops.sync.session import ServerSession, load_link
    from fieldops.sync.transport import HttpTransport

    for username in [only] if only else DEMO_LOGINS:
        fo = FieldOps.open(home, username, DEMO_PASSWORD)
        try:
            link = load_link(fo)
            if link is None:
                return
            with ServerSession(link) as session:
                session.login(username, DEMO_PASSWORD)
                SyncEngine(fo, HttpTransport(session.request), device_id=link.device_id).sync()
        finally:
            fo.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command: list[str] = []
    if "--" in args:
        at = args.index("--")
        args, command = args[:at], args[at + 1:]
    parser = argparse.ArgumentParser(prog="fieldops.demo_server")
    parser.add_argument("--home", required=True)
    parser.add_argument("--port", type=int, default=PORT)
    opts = parser.parse_args(args)
    home = Path(opts.home)
    # Closing the terminal or a kill stops the server this started too (the `finally` below runs).
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda *_args: sys.exit(143))
    url, proc = start(home, opts.port)
    try:
        prepare(home, url)
        print(f"demo regional server: {url} (data in {home / 'server'})", flush=True)
        return subprocess.call(command) if command else 0
    finally:
        if proc is not None and command:
            (home / "server" / "running.json").unlink(missing_ok=True)
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    sys.exit(main())
