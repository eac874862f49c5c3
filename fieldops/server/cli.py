"""`fieldops server …`: run the regional server, or manage its accounts and devices from the shell.

    fieldops server [--host H] [--port P] [--database-url URL] [--data-dir DIR]     # run (uvicorn)
                    [--media-dir DIR] [--media-store file:/path|s3://bucket/prefix] [--expire-every-hours H]
    fieldops server user add --username U --full-name N --agency CODE --role officer [--role …]
                             [--badge B] [--id UUID] [--password-stdin]
    fieldops server user list
    fieldops server enroll-code --agency CODE [--hours 24]
    fieldops server device list | device revoke ID
    fieldops server seed-workspace --workspace DIR --username U --password-env VAR
    fieldops server media retention | hold | release | holds | expire | scrub   # (fieldops.server.cli_media)

Passwords come from stdin (`--password-stdin`), the terminal, or an environment variable named on the
command line (`--password-env`): never from argv, where other users of the machine could read them.
`fieldops.cli` reaches this module with importlib, so the workspace tools never import FastAPI.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from fieldops.errors import FieldOpsError
from fieldops.models.enums import Role
from fieldops.server import accounts, auth, db, schema
from fieldops.server.config import ServerConfig


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument("--host", default=default, help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=default, help="port (default 8470)")
    parser.add_argument("--database-url", default=default,
                        help="SQLAlchemy URL (default: $FIELDOPS_SERVER_DATABASE_URL, else SQLite in the data dir)")
    parser.add_argument("--data-dir", default=default, help="server data dir (default: $FIELDOPS_SERVER_DIR)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldops server", description="the fieldops regional server",
                                     allow_abbrev=False)  # "media hold --media SHA" is not "--media-dir"
    _common(parser, suppress=False)
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    parser.add_argument("--media-dir", help="uploads in progress and the default file store "
                                            "(default: $FIELDOPS_SERVER_MEDIA_DIR, else <data dir>/media)")
    parser.add_argument("--media-store", help="where committed media go: file:/path or s3://bucket/prefix "
                                              "(default: $FIELDOPS_SERVER_MEDIA_STORE, else <media dir>/store)")
    parser.add_argument("--expire-every-hours", type=float, default=None,
                        help="run the media retention job this often (default 6; 0: only by `media expire`)")
    sub = parser.add_subparsers(dest="command")
    common = argparse.ArgumentParser(add_help=False)
    _common(common, suppress=True)

    user = sub.add_parser("user", help="server accounts")
    usub = user.add_subparsers(dest="user_command", required=True)
    add = usub.add_parser("add", parents=[common], help="create an account")
    add.add_argument("--username", required=True)
    add.add_argument("--full-name", required=True)
    add.add_argument("--agency", required=True, help="agency code: VP-KRP, LPP, KAVPK or PMS")
    add.add_argument("--role", action="append", required=True, choices=[r.value for r in Role],
                     help="repeat for several roles")
    add.add_argument("--badge")
    add.add_argument("--id", help="keep this id (a user created on a laptop)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.add_argument("--no-password", action="store_true", help="no online sign-in until a password is set")
    add.set_defaults(func=cmd_user_add)
    usub.add_parser("list", parents=[common], help="list accounts").set_defaults(func=cmd_user_list)

    code = sub.add_parser("enroll-code", parents=[common], help="a single-use code to enroll a laptop")
    code.add_argument("--agency", required=True, help="agency code")
    code.add_argument("--hours", type=int, default=accounts.ENROLL_HOURS)
    code.set_defaults(func=cmd_enroll_code)

    device = sub.add_parser("device", help="enrolled laptops")
    dsub = device.add_subparsers(dest="device_command", required=True)
    dsub.add_parser("list", parents=[common], help="list devices").set_defaults(func=cmd_device_list)
    revoke = dsub.add_parser("revoke", parents=[common], help="revoke a device (refused from its next request)")
    revoke.add_argument("device_id")
    revoke.set_defaults(func=cmd_device_revoke)

    seed = sub.add_parser("seed-workspace", parents=[common],
                          help="create accounts for every user of a local workspace (same ids; idempotent)")
    seed.add_argument("--workspace", required=True, help="the workspace's home directory")
    seed.add_argument("--username", required=True, help="a local login of the workspace (to open it)")
    seed.add_argument("--password-env", required=True,
                      help="environment variable with that login's password, also given to every account")
    seed.set_defaults(func=cmd_seed_workspace)

    from fieldops.server.cli_media import add_media_parser

    add_media_parser(sub, common)  # fieldops server media …: retention, legal holds, expiry, scrub
    return parser


def config_of(args: argparse.Namespace) -> ServerConfig:
    kwargs: dict[str, Any] = {}
    for name in ("host", "port", "database_url"):
        if getattr(args, name, None) is not None:
            kwargs[name] = getattr(args, name)
    if getattr(args, "data_dir", None):
        kwargs["data_dir"] = Path(args.data_dir)
    if getattr(args, "media_dir", None):
        kwargs["media_dir"] = Path(args.media_dir)
    if getattr(args, "media_store", None):
        kwargs["media_store"] = args.media_store
    if getattr(args, "expire_every_hours", None) is not None:
        kwargs["expire_every_hours"] = max(0.0, float(args.expire_every_hours))
    return ServerConfig(**kwargs)


def _engine(args: argparse.Namespace) -> Engine:
    engine = db.make_engine(config_of(args).url)
    db.migrate(engine)
    return engine


def _password(args: argparse.Namespace) -> str | None:
    if args.no_password:
        return None
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise SystemExit("error: no terminal to ask for the password: use --password-stdin or --no-password")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat: ") != first:
        raise SystemExit("error: the passwords differ")
    return first


# ---- commands --------------------------------------------------------------------------------------------
def cmd_run(args: argparse.Namespace) -> int:
    import uvicorn

    from fieldops.server.app import create_app

    config = config_of(args)
    app = create_app(config)
    uvicorn.run(app, host=config.host, port=config.port, log_level=args.log_level)
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    password = _password(args)
    engine = _engine(args)
    try:
        with engine.begin() as conn:
            acc = accounts.create_account(
                conn, accounts.CLI, username=args.username, full_name=args.full_name, agency=args.agency,
                roles=args.role, badge_no=args.badge, account_id=args.id, password=password,
                now=db.now())
    finally:
        engine.dispose()
    print(f"account {acc['username']} created: {acc['id']}")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        with engine.connect() as conn:
            codes = accounts.agency_codes(conn)
            rows = conn.execute(select(schema.account).order_by(schema.account.c.username)).all()
    finally:
        engine.dispose()
    for r in rows:
        print("\t".join([r.id, r.username, r.full_name, r.badge_no or "-", codes.get(r.agency_id, "?"),
                         ",".join(r.roles or []), "active" if r.active else "deactivated",
                         "password" if r.password_hash else "no password"]))
    return 0


def cmd_enroll_code(args: argparse.Namespace) -> int:
    if not 1 <= args.hours <= accounts.MAX_ENROLL_HOURS:
        raise SystemExit(f"error: --hours must be 1..{accounts.MAX_ENROLL_HOURS}")
    engine = _engine(args)
    try:
        with engine.begin() as conn:
            code, expires, _id, agency = accounts.new_enrollment(conn, accounts.CLI, args.agency, args.hours,
                                                                 now=db.now())
    finally:
        engine.dispose()
    print(code)
    print(f"single use, for {agency}, valid until {expires.isoformat(timespec='minutes')}", file=sys.stderr)
    return 0


def cmd_device_list(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        with engine.connect() as conn:
            codes = accounts.agency_codes(conn)
            rows = conn.execute(select(schema.device).order_by(schema.device.c.enrolled_at)).all()
    finally:
        engine.dispose()
    for r in rows:
        seen = r.last_seen_at.isoformat(timespec="minutes") if r.last_seen_at else "never"
        state = f"revoked {r.revoked_at.isoformat(timespec='minutes')}" if r.revoked_at else "active"
        print("\t".join([r.id, r.name, codes.get(r.agency_id, "?"), f"seen {seen}", state]))
    return 0


def cmd_device_revoke(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        with engine.begin() as conn:
            accounts.revoke_device(conn, accounts.CLI, args.device_id, now=db.now())
    finally:
        engine.dispose()
    print(f"device {args.device_id} revoked")
    return 0


def cmd_seed_workspace(args: argparse.Namespace) -> int:
    """Accounts for every user of a local workspace, with the same ids, names, badges, agencies (by code) and
    roles, all with the given password. Run again, it changes only what differs (and never renames)."""
    from fieldops.app import FieldOps

    password = os.environ.get(args.password_env)
    if not password:
        raise SystemExit(f"error: ${args.password_env} is not set")
    fo = FieldOps.open(args.workspace, args.username, password)
    try:
        codes = {a.id: a.code for a in fo.users.agencies()}
        users = fo.users.list()
        inventory = _inventory(fo)
    finally:
        fo.close()
    engine = _engine(args)
    created = updated = unchanged = 0
    problems: list[str] = []
    kdf = auth.kdf_params()
    try:
        for u in users:
            roles = sorted(r.value for r in u.roles)
            with engine.begin() as conn:
                a = schema.account.c
                by_id = conn.execute(select(a.username, a.password_hash).where(a.id == u.id)).first()
                if by_id is None:
                    if conn.execute(select(a.id).where(a.username == u.username)).first():
                        problems.append(f"{u.username}: the user name belongs to another account on the server")
                        continue
                    accounts.create_account(conn, accounts.CLI, username=u.username, full_name=u.full_name,
                                            agency=codes[u.agency_id], roles=roles, badge_no=u.badge_no,
                                            account_id=u.id, password=password, active=u.active, kdf=kdf,
                                            now=db.now())
                    created += 1
                    continue
                if by_id.username != u.username:
                    problems.append(f"{u.username}: the server account {u.id} is named {by_id.username}")
                    continue
                before = accounts._load(conn, u.id)
                after = accounts.update_account(conn, accounts.CLI, u.id, now=db.now(), full_name=u.full_name,
                                                badge_no=u.badge_no, agency=codes[u.agency_id], roles=roles,
                                                active=u.active)
                changed = after["version"] != before["version"]
                if not auth.verify_password(by_id.password_hash, password):
                    accounts.set_password(conn, accounts.CLI, u.id, password, now=db.now(), kdf=kdf)
                    changed = True
                updated += changed
                unchanged += not changed
    except auth.ApiError as exc:
        raise SystemExit(f"error: {exc.code} {exc.extra or ''}") from None
    finally:
        engine.dispose()
    print(f"{created} accounts created, {updated} updated, {unchanged} unchanged; "
          f"{_seed_records(args, inventory)} inventory records added")
    for line in problems:
        print(f"skipped {line}", file=sys.stderr)
    return 1 if problems else 0


def _inventory(fo: Any) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(entity, id, agency id, document) of the workspace's items and kits: the reference data the desk's
    custody facts refer to, as the server would have received it from the items' creation."""
    from fieldops.models import EquipmentItem, Kit

    out: list[tuple[str, str, str, dict[str, Any]]] = []
    derived = {"id", "status", "holder_id", "out_event_id", "due_at", "created_at", "updated_at", "version"}
    with fo._ctx.read() as s:
        for kit in s.execute(select(Kit)).scalars():
            table = EquipmentItem.__table__  # type: ignore[attr-defined]
            items = [str(i) for i in s.execute(select(table.c.id).where(table.c.kit_id == kit.id)).scalars()]
            out.append(("kit", kit.id, kit.agency_id, {"asset_tag": kit.asset_tag, "name": kit.name,
                                                        "agency_id": kit.agency_id, "items": items}))
        for item in s.execute(select(EquipmentItem)).scalars():
            data = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
                    for k, v in item.model_dump().items() if k not in derived}
            out.append(("equipment_item", item.id, item.agency_id, data))
    return out


def _seed_records(args: argparse.Namespace, rows: list[tuple[str, str, str, dict[str, Any]]]) -> int:
    """Records (and their feed rows) the server does not have yet; existing ones are left as they are."""
    from fieldops.server.feed import Feed, bulk_insert

    engine = _engine(args)
    added = 0
    try:
        with engine.begin() as conn:
            feed = Feed(conn)
            feed.lock()
            r = schema.record.c
            known = {(e, i) for e, i in conn.execute(select(r.entity, r.id).where(
                r.entity.in_(["kit", "equipment_item"])))}
            now = db.now()
            new = []
            for entity, rid, agency, data in rows:
                if (entity, rid) in known:
                    continue
                seq = feed.append(entity, rid, agency, [], 1, data, None, now)
                new.append({"entity": entity, "id": rid, "agency_id": agency, "shared_with": [], "data": data,
                            "version": 1, "field_versions": {k: 1 for k in data}, "field_hlc": {k: "" for k in data},
                            "status": None, "seq": seq, "created_at": now, "updated_at": now})
            feed.flush()
            bulk_insert(conn, schema.record, new)
            added = len(new)
    finally:
        engine.dispose()
    return added


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func = getattr(args, "func", cmd_run)
    try:
        return int(func(args))
    except auth.ApiError as exc:
        field = exc.extra.get("field")
        print(f"error: {exc.code}" + (f" ({field})" if field else ""), file=sys.stderr)
        return 2
    except FieldOpsError as exc:
        print(f"error: {exc.english()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
