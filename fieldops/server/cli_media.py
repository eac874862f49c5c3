"""`fieldops server media …`: retention of the server's media from the shell (`fieldops.server.retention`).

    fieldops server media retention [--set finding=1825 --set operation=400]   # show / change the schedule
    fieldops server media hold (--operation ID | --media SHA256) --reason TEXT  # place a legal hold
    fieldops server media release HOLD_ID
    fieldops server media holds [--all]
    fieldops server media expire [--dry-run] [--now ISO-8601]                   # erase expired, not-held files
    fieldops server media scrub                                                 # exit 1: corrupt or missing files

`expire` and `scrub` reach the media store of `--media-dir`/`--media-store` (default: as the server's).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from fieldops.server import db, retention
from fieldops.server.accounts import CLI
from fieldops.server.auth import ApiError
from fieldops.server.cli import _engine, config_of
from fieldops.server.media_store import BlobStore, open_store


def add_media_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    media = sub.add_parser("media", help="media retention: schedule, legal holds, expiry, scrub")
    msub = media.add_subparsers(dest="media_command", required=True)
    stored = argparse.ArgumentParser(add_help=False, parents=[common])
    stored.add_argument("--media-dir", help="uploads and the default file store (default: <data dir>/media)")
    stored.add_argument("--media-store", help="file:/path or s3://bucket/prefix (default: <media dir>/store)")

    sched = msub.add_parser("retention", parents=[common], help="show the retention schedule, or change it")
    sched.add_argument("--set", action="append", default=[], metavar="CLASS=DAYS", dest="settings",
                       help=f"{', '.join(retention.CLASSES)}: 1..{retention.MAX_DAYS} days (repeat)")
    sched.set_defaults(func=cmd_retention)
    hold = msub.add_parser("hold", parents=[common], help="place a legal hold (stops the erasure)")
    target = hold.add_mutually_exclusive_group(required=True)
    target.add_argument("--operation", metavar="ID", help="an operation: its media and its checks' media")
    target.add_argument("--media", metavar="SHA256", help="one file")
    hold.add_argument("--reason", required=True, help=f"required, at most {retention.MAX_REASON} characters")
    hold.set_defaults(func=cmd_hold)
    release = msub.add_parser("release", parents=[common], help="release a legal hold")
    release.add_argument("hold_id")
    release.set_defaults(func=cmd_release)
    listing = msub.add_parser("holds", parents=[common], help="list the active legal holds")
    listing.add_argument("--all", action="store_true", help="released ones too")
    listing.set_defaults(func=cmd_holds)
    expire = msub.add_parser("expire", parents=[stored], help="erase expired, not-held media; clean stale uploads")
    expire.add_argument("--dry-run", action="store_true", help="report only: change nothing")
    expire.add_argument("--now", type=_instant, help="pretend it is this instant (ISO-8601; default: now)")
    expire.set_defaults(func=cmd_expire)
    msub.add_parser("scrub", parents=[stored], help="re-hash every stored file; exit 1 if any is corrupt or missing"
                    ).set_defaults(func=cmd_scrub)


def _instant(text: str) -> datetime:
    try:
        return retention.aware(datetime.fromisoformat(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO-8601 date and time: {text!r}") from None


def _store(args: argparse.Namespace) -> tuple[BlobStore, Path]:
    config = config_of(args)
    media_dir = Path(args.media_dir) if args.media_dir else config.media_dir
    assert media_dir is not None
    return open_store(args.media_store or config.media_store, media_dir), media_dir / "uploads"


def _run(args: argparse.Namespace, work: Callable[[Any], Any], write: bool = True) -> Any:
    """`work(conn)` in one transaction (or a read-only connection)."""
    engine = _engine(args)
    try:
        with engine.begin() if write else engine.connect() as conn:
            return work(conn)
    except retention.RetentionError as exc:
        raise ApiError(exc.status, exc.code, **exc.extra) from None  # main() prints it, exit status 2
    finally:
        engine.dispose()


# ---- commands --------------------------------------------------------------------------------------------
def cmd_retention(args: argparse.Namespace) -> int:
    def work(conn: Any) -> dict[str, int]:
        if not args.settings:
            return retention.schedule(conn)
        changes = dict(retention.parse_setting(s) for s in args.settings)
        return retention.set_schedule(conn, changes, CLI, db.now())

    days = _run(args, work, write=bool(args.settings))
    for cls in retention.CLASSES:
        default = "" if days[cls] != retention.DEFAULT_DAYS[cls] else " (default)"
        print(f"{cls}\t{days[cls]} days{default}")
    print("defaults are assumptions: confirm them with the agencies' records officers", file=sys.stderr)
    return 0


def cmd_hold(args: argparse.Namespace) -> int:
    target, target_id = ("operation", args.operation) if args.operation else ("media", args.media)
    hold = _run(args, lambda conn: retention.place_hold(conn, target, target_id, args.reason, CLI, db.now()))
    print(hold.id)
    print(f"legal hold placed on {target} {target_id}", file=sys.stderr)
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    _run(args, lambda conn: retention.release_hold(conn, args.hold_id, CLI, db.now()))
    print(f"legal hold {args.hold_id} released")
    return 0


def cmd_holds(args: argparse.Namespace) -> int:
    for h in _run(args, lambda conn: retention.holds(conn, active_only=not args.all), write=False):
        state = f"released {h.released_at.isoformat(timespec='minutes')}" if h.released_at else "active"
        print("\t".join([h.id, h.target, h.target_id, h.created_at.isoformat(timespec="minutes"), h.created_by,
                         state, " ".join(h.reason.split())]))
    return 0


def cmd_expire(args: argparse.Namespace) -> int:
    store, upload_dir = _store(args)
    engine = _engine(args)
    try:
        report = retention.expire(engine, store, args.now or db.now(), dry_run=args.dry_run, upload_dir=upload_dir)
    finally:
        engine.dispose()
    verb = "would erase" if args.dry_run else "erased"
    for e in report.erased:
        print(f"{verb}\t{e.sha256}\t{e.cls}\texpired {e.expired_at.isoformat(timespec='minutes')}\t{e.size} bytes")
    for sha, error in report.failed:
        print(f"failed\t{sha}\t{error}", file=sys.stderr)
    print(report.summary())
    return 0


def cmd_scrub(args: argparse.Namespace) -> int:
    from fieldops.server.media_jobs import scrub

    store, _uploads = _store(args)
    engine = _engine(args)
    try:
        report = scrub(engine, store, db.now())
    finally:
        engine.dispose()
    print("\n".join(report.lines()))
    return 0 if report.clean else 1
