"""`FieldOps`: the one façade the UI (and the CLI) talk to, like Anki's `Collection`.

    fo = FieldOps.open(home, "jberzins", password)   # or FieldOps.create(...) on first run
    fo.users.create(...); fo.checks.add(...); fo.audit.verify(); fo.close()
"""

from __future__ import annotations

import base64
import contextlib
import secrets
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session, col

from fieldops import db, migrations, paths
from fieldops.agencies import PARTNERS, agency_id
from fieldops.context import Context
from fieldops.dto import Overview, UserDTO
from fieldops.equipment_csv import EquipmentImport
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.ids import Clock, utcnow, uuid7
from fieldops.keyslots import DEFAULT_KDF, KdfParams, KeyFile, check_password_strength
from fieldops.media import MediaStore
from fieldops.models import Agency, EquipmentItem, Meta, Operation, OpStats, OutboxOp, User, UserRole
from fieldops.models.enums import AuditAction, Role
from fieldops.services.amendments import AmendmentService
from fieldops.services.attachments import AttachmentService
from fieldops.services.audit import AuditService
from fieldops.services.checks import CheckService
from fieldops.services.desk import DeskService
from fieldops.services.equipment import EquipmentService
from fieldops.services.media_view import MediaViewService
from fieldops.services.operation_list import OperationListService
from fieldops.services.operations import OperationService
from fieldops.services.reports import ReportService
from fieldops.services.reviews import ReviewService
from fieldops.services.settings import SettingsService
from fieldops.services.statistics import StatisticsService
from fieldops.services.users import UserService, load_user


class FieldOps:
    """An open, unlocked workspace and the services over it."""

    def __init__(self, ctx: Context, kdf: KdfParams = DEFAULT_KDF) -> None:
        self._ctx = ctx
        self.users = UserService(ctx, kdf)
        self.audit = AuditService(ctx)
        self.settings = SettingsService(ctx)
        self.operations = OperationService(ctx)
        self.checks = CheckService(ctx)
        self.operation_list = OperationListService(ctx)
        self.reviews = ReviewService(ctx)
        self.amendments = AmendmentService(ctx)
        self.statistics = StatisticsService(ctx)
        self.reports = ReportService(ctx, self.statistics)
        self.media = MediaStore(ctx.home / "media", ctx.data_key)
        self.attachments = AttachmentService(ctx, self.media)
        self.media_view = MediaViewService(ctx, self.media)
        self.equipment = EquipmentService(ctx)
        self.desk = DeskService(ctx, self.equipment, self.media, kdf)
        self.equipment_import = EquipmentImport(ctx, self.equipment)

    # ---- lifecycle -----------------------------------------------------------------------------------
    @classmethod
    def create(cls, home: Path | str, *, username: str, full_name: str, password: str,
               agency_code: str = "VP-KRP", badge_no: str | None = None, kdf: KdfParams = DEFAULT_KDF,
               clock: Clock = utcnow) -> FieldOps:
        """First run: a new encrypted workspace with the partner agencies and its first administrator."""
        from fieldops import validation

        home = paths.resolve_home(home)
        name = validation.username(username)
        full = validation.required_text(full_name, "full_name", 120)
        check_password_strength(password)
        if paths.exists(home):
            raise FieldOpsError(ErrorCode.WORKSPACE_EXISTS, path=str(home))
        home.mkdir(parents=True, exist_ok=True)
        _set_aside_orphan(paths.db_path(home))
        keyfile = KeyFile(paths.keyfile_path(home), uuid7(), uuid7(), datetime.now(UTC).isoformat())
        data_key = secrets.token_bytes(32)
        engine = db.make_engine(paths.db_path(home), data_key)
        ctx = Context(home, engine, keyfile, data_key, clock)
        try:
            migrations.migrate(engine, paths.db_path(home), home / "backups")
            user_id = uuid7()
            with ctx.write() as uow:
                s = uow.session
                s.add(Meta(key="workspace_id", value=keyfile.workspace_id))
                agency_ids = {}
                for p in PARTNERS:
                    agency_ids[p.code] = aid = agency_id(p.code)
                    s.add(Agency(id=aid, code=p.code, name=p.name, short_name=p.short_name, country=p.country,
                                 timezone=p.timezone, report_prefix=p.report_prefix))
                if agency_code not in agency_ids:
                    raise FieldOpsError(ErrorCode.REQUIRED, field="agency_id")
                s.flush()
                s.add(User(id=user_id, username=name, full_name=full, badge_no=badge_no,
                           agency_id=agency_ids[agency_code], created_at=uow.now))
                s.flush()
                s.add(UserRole(user_id=user_id, role=Role.ADMINISTRATOR.value))
                uow.audit(AuditAction.COLLECTION, "workspace", keyfile.workspace_id, {"created_by": name})
            keyfile.add_slot(name, user_id, password, data_key, kdf)  # last: the workspace now can be unlocked
        except BaseException:
            engine.dispose()
            _set_aside_orphan(paths.db_path(home))
            raise
        fo = cls(ctx, kdf)
        fo._login(user_id)
        return fo

    @classmethod
    def open(cls, home: Path | str, username: str, password: str, *, kdf: KdfParams = DEFAULT_KDF,
             clock: Clock = utcnow) -> FieldOps:
        """Unlock with a local login. Wrong password, damaged/foreign file and newer schema are typed errors."""
        home = paths.resolve_home(home)
        keyfile = KeyFile.load(paths.keyfile_path(home))
        first: dict[str, object] | None = None
        if keyfile.server and not keyfile.has_slot(username):
            # A person's first sign-in on this enrolled laptop is online (SYNC.md accounts; issue 5).
            from fieldops.sync.session import online_sign_in

            first = online_sign_in(keyfile.server, username, password)
            user_id = str(first["user"]["id"])  # type: ignore[index]
            data_key = keyfile.unlock_escrow(base64.b64decode(str(first["escrow_key"])))
        else:
            user_id, data_key = keyfile.unlock(username, password)
        if not paths.db_path(home).exists() or paths.db_path(home).stat().st_size == 0:
            raise FieldOpsError(ErrorCode.NOT_A_DATABASE)
        engine = db.make_engine(paths.db_path(home), data_key)
        try:
            db.probe(engine)
            if migrations.current_revision(engine) is None:  # every workspace is migrated at creation
                raise FieldOpsError(ErrorCode.NOT_A_DATABASE)
            migrations.migrate(engine, paths.db_path(home), home / "backups")
            ctx = Context(home, engine, keyfile, data_key, clock)
            with ctx.read() as s:
                if s.get(Meta, "workspace_id") is None or s.get(Meta, "workspace_id").value != keyfile.workspace_id:  # type: ignore[union-attr]
                    raise FieldOpsError(ErrorCode.NOT_A_DATABASE)
            fo = cls(ctx, kdf)
            if first is not None:
                fo._welcome(first["user"], password)  # type: ignore[arg-type]
            fo._login(user_id)
            # Temp files of an import that died with the app; an hour's margin spares a second instance's.
            fo.media.pending_temp_cleanup(min_age_seconds=3600)
            fo.media_view.purge_views(min_age_seconds=3600)  # copies left by a crash (not a second instance's)
        except DatabaseError as exc:  # a damaged page found past the first one (SQLCipher's HMAC check)
            engine.dispose()
            raise FieldOpsError(ErrorCode.NOT_A_DATABASE) from exc
        except BaseException:
            engine.dispose()
            raise
        return fo

    def _welcome(self, account: dict[str, object], password: str) -> None:
        """After a first online sign-in: the person's account as the server has it, and their local key slot
        (later sign-ins here work offline)."""
        from sqlalchemy import delete as sql_delete
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        user_id = str(account["id"])
        roles = [str(r) for r in account.get("roles") or []]  # type: ignore[attr-defined]
        values = {"id": user_id, "username": str(account["username"]), "full_name": str(account["full_name"]),
                  "badge_no": account.get("badge_no"), "agency_id": str(account["agency_id"]),
                  "active": bool(account.get("active", True))}
        with self._ctx.write() as uow:
            users = User.__table__  # type: ignore[attr-defined]
            uow.conn.execute(sqlite_insert(users).values(**values, created_at=uow.now).on_conflict_do_update(
                index_elements=["id"], set_={k: v for k, v in values.items() if k != "id"}))
            role_table = UserRole.__table__  # type: ignore[attr-defined]
            uow.conn.execute(sql_delete(role_table).where(role_table.c.user_id == user_id))
            for role in roles:
                uow.conn.execute(role_table.insert().values(user_id=user_id, role=role))
            uow.audit(AuditAction.COLLECTION, "user", user_id, {"first_sign_in": "online"})
        self._ctx.keyfile.add_slot(str(values["username"]), user_id, password, self._ctx.data_key, self.users.kdf)

    def _login(self, user_id: str) -> None:
        with self._ctx.read() as s:
            user = load_user(self._ctx, s, user_id)
        if user is None:
            raise FieldOpsError(ErrorCode.UNKNOWN_USER, field="username")
        if not user.active:
            raise FieldOpsError(ErrorCode.USER_INACTIVE, field="username")
        self._ctx.user = user
        with self._ctx.write() as uow:
            uow.audit(AuditAction.LOGIN, "user", user_id)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # never blocks closing; the next close tries again
            self.media_view.purge_views()  # decrypted copies for the system player live only while the app runs
        self._ctx.user = None
        self._ctx.engine.dispose()

    def verify_password(self, password: str) -> bool:
        """Unlock check for the idle lock: the current user's password, counted like a login."""
        user = self._ctx.require_user()
        try:
            self._ctx.keyfile.unlock(user.username, password)
        except FieldOpsError as exc:
            if exc.code == ErrorCode.LOCKED_OUT:
                raise
            return False
        return True

    def change_password(self, old_password: str, new_password: str) -> None:
        user = self._ctx.require_user()
        _, key = self._ctx.keyfile.unlock(user.username, old_password)
        check_password_strength(new_password)
        with self._ctx.write() as uow:
            uow.audit(AuditAction.ALTERATION, "user", user.id, {"local_login": "changed"})
        self._ctx.keyfile.add_slot(user.username, user.id, new_password, key, self.users.kdf)

    # ---- facts about the workspace ---------------------------------------------------------------------
    @property
    def user(self) -> UserDTO:
        return self._ctx.require_user()

    @property
    def home(self) -> Path:
        return self._ctx.home

    @property
    def device_id(self) -> str:
        return self._ctx.device_id

    @property
    def engine(self) -> Engine:
        """For benchmarks, demo data and tests only; the UI never touches it."""
        return self._ctx.engine

    def refresh_user(self) -> UserDTO:
        with self._ctx.read() as s:
            user = load_user(self._ctx, s, self._ctx.require_user().id)
        assert user is not None
        self._ctx.user = user
        return user

    def overview(self) -> Overview:
        """Counts for the home screen: cheap aggregate queries over indexed columns."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            stats = s.execute(select(col(OpStats.status), col(OpStats.operations), col(OpStats.checks),
                                     col(OpStats.violations))).all()
            items: dict[str, int] = dict(s.execute(  # type: ignore[arg-type]
                select(col(EquipmentItem.status), func.count()).group_by(col(EquipmentItem.status))).all())
            users = s.execute(select(func.count()).select_from(User).where(col(User.active).is_(True))).scalar_one()
            waiting = self._waiting(s)
            # The newest start is the last entry of the start_at index: one index probe.
            last = s.execute(select(func.max(col(Operation.start_at)))).scalar()
            overdue = s.execute(select(func.count()).select_from(EquipmentItem).where(
                col(EquipmentItem.status) == "checked_out", col(EquipmentItem.due_at) < self._ctx.clock())
            ).scalar_one()
        by_status = {str(r[0]): int(r[1]) for r in stats if r[1]}
        checks, violations = sum(int(r[2]) for r in stats), sum(int(r[3]) for r in stats)
        return Overview(by_status, checks, violations,
                        {str(k): int(v) for k, v in items.items()}, int(users), int(waiting), _as_utc(last),
                        int(overdue))

    def waiting_changes(self) -> int:
        """Changes recorded here and not yet sent (the status bar's count; an index count)."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            return self._waiting(s)

    @staticmethod
    def _waiting(s: Session) -> int:
        return int(s.execute(
            select(func.count()).select_from(OutboxOp).where(col(OutboxOp.state) == "pending")).scalar_one())

    def integrity_check(self) -> str:
        return db.integrity_check(self._ctx.engine)


def _as_utc(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC)


def _set_aside_orphan(db_file: Path) -> None:
    """A database without its key file cannot be read by anyone; move it (and WAL) aside, never delete."""
    if not db_file.exists():
        for suffix in ("-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
        return
    stamp = time.strftime("%Y%m%dT%H%M%S")
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{db_file}{suffix}")
        if src.exists():
            shutil.move(src, f"{db_file}.orphan-{stamp}{suffix}")
