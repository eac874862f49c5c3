"""The `fieldops` command: workspace set-up, demo data, audit verification, integrity check.

Passwords are read from the terminal, or from FIELDOPS_PASSWORD for scripted use (never from argv, where
other users of the machine could read them in the process list).
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
import time
from collections.abc import Sequence

from fieldops import paths
from fieldops.errors import FieldOpsError


def _password(prompt: str = "Password: ") -> str:
    return os.environ.get("FIELDOPS_PASSWORD") or getpass.getpass(prompt)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from fieldops.app import FieldOps

    return FieldOps.open(args.home, args.user, _password())


def cmd_init(args: argparse.Namespace) -> int:
    from fieldops.app import FieldOps

    password = _password("New administrator password: ")
    fo = FieldOps.create(args.home, username=args.user, full_name=args.full_name, password=password,
                         agency_code=args.agency)
    print(f"workspace created in {fo.home} (administrator {fo.user.username})")
    fo.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from fieldops import demo

    home = paths.resolve_home(args.home)
    if paths.exists(home):
        if not args.if_missing:
            print(f"a workspace already exists in {home}", file=sys.stderr)
            return 2
        print(f"demo workspace already in {home}")
        return 0
    started = time.perf_counter()
    last = [0.0]

    def progress(fraction: float, label: str) -> None:
        if fraction - last[0] >= 0.1 or fraction >= 1.0:
            last[0] = fraction
            print(f"  {fraction:4.0%} {label}", flush=True)

    result = demo.build(home, operations=args.operations, items=args.items, seed=args.seed, progress=progress)
    print(f"demo workspace in {home}: {result.operations} operations, {result.checks} checks, "
          f"{result.items} items, {result.users} users in {time.perf_counter() - started:.1f} s")
    print(f"log in as one of {', '.join(demo.DEMO_LOGINS)} with the password '{demo.DEMO_PASSWORD}'; "
          f"desk PIN of every demo user: {demo.DEMO_PIN}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    fo = _open(args)
    try:
        report = fo.audit.verify()
    finally:
        fo.close()
    if args.json:
        print(json.dumps(report.__dict__))
    elif report.ok:
        print(f"audit chain intact: {report.checked} events verified")
    else:
        print(f"audit chain BROKEN at event #{report.first_broken_seq} ({report.reason}); "
              f"{report.checked} events before it verified")
    return 0 if report.ok else 1


def cmd_check(args: argparse.Namespace) -> int:
    fo = _open(args)
    try:
        result = fo.integrity_check()
    finally:
        fo.close()
    print(f"integrity_check: {result}")
    return 0 if result == "ok" else 1


def cmd_info(args: argparse.Namespace) -> int:
    from fieldops.keyslots import KeyFile

    home = paths.resolve_home(args.home)
    kf = KeyFile.load(paths.keyfile_path(home))
    size = paths.db_path(home).stat().st_size if paths.db_path(home).exists() else 0
    print(f"home: {home}\nworkspace: {kf.workspace_id}\ndevice: {kf.device_id}\nlocal logins: {len(kf.slots)}\n"
          f"database: {size / 1e6:.1f} MB (encrypted)")
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    return _server(list(args.server_args))


def _server(argv: list[str]) -> int:
    """`fieldops server …`: imported by name, so the workspace tools never load FastAPI (import contract)."""
    try:
        module = importlib.import_module("fieldops.server.cli")
    except ImportError as exc:
        print(f"error: the server needs its extra packages (pip install 'fieldops[server]'): {exc}",
              file=sys.stderr)
        return 2
    return int(module.main(argv))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldops", description="fieldops workspace tools")
    parser.add_argument("--home", help=f"data directory (default: ${paths.ENV_HOME} or the user data dir)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", help="create a workspace and its first administrator")
    p.add_argument("--user", required=True)
    p.add_argument("--full-name", required=True)
    p.add_argument("--agency", default="VP-KRP", help="VP-KRP, LPP, KAVPK or PMS")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="build a demo workspace")
    p.add_argument("--operations", type=int, default=5000)
    p.add_argument("--items", type=int, default=60)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--if-missing", action="store_true", help="do nothing if a workspace exists")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("audit", help="audit log tools")
    asub = p.add_subparsers(dest="audit_command", required=True)
    v = asub.add_parser("verify", help="verify the hash chain; exit 1 and name the first broken link")
    v.add_argument("--user", required=True)
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_audit_verify)

    p = sub.add_parser("check", help="run SQLite's integrity_check on the workspace")
    p.add_argument("--user", required=True)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("info", help="where the workspace is and what it holds (no password needed)")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("server", add_help=False,
                       help="run the regional server, or manage its accounts (fieldops server --help)")
    p.add_argument("server_args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_server)

    from fieldops.rules.cli import register

    register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["server"]:  # everything after `server` is the server's own command line
        return _server(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except FieldOpsError as exc:
        print(f"error: {exc.english()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
