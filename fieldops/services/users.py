"""Users, roles and local logins (key slots). Administration needs the administrator role."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlmodel import Session, col

from fieldops import validation
from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.dto import AgencyDTO, PersonRef, UserDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.ids import uuid7
from fieldops.keyslots import DEFAULT_KDF, KdfParams, check_password_strength
from fieldops.models import Agency, User, UserRole
from fieldops.models.enums import AuditAction, Role


def load_user(ctx: Context, session: Session, user_id: str) -> UserDTO | None:
    row = session.execute(
        select(User, col(Agency.short_name)).join(Agency, col(Agency.id) == col(User.agency_id))
        .where(col(User.id) == user_id)
    ).first()
    if row is None:
        return None
    user, short = row
    roles = frozenset(Role(r) for r in session.execute(
        select(col(UserRole.role)).where(col(UserRole.user_id) == user_id)).scalars())
    return UserDTO(user.id, user.username, user.full_name, user.badge_no, user.agency_id, short, roles,
                   user.active, ctx.keyfile.has_slot(user.username), user.version)


def _roles(roles: Iterable[Role | str]) -> list[Role]:
    try:
        result = sorted({Role(r) for r in roles})
    except ValueError as exc:
        raise FieldOpsError(ErrorCode.INVALID, field="roles", detail=str(exc)) from None
    if not result:
        raise FieldOpsError(ErrorCode.REQUIRED, field="roles")
    return result


class UserService:
    def __init__(self, ctx: Context, kdf: KdfParams = DEFAULT_KDF) -> None:
        self._ctx = ctx
        self.kdf = kdf

    # ---- reads -----------------------------------------------------------------------------------------
    def agencies(self) -> list[AgencyDTO]:
        with self._ctx.read() as s:
            rows = s.execute(select(Agency).order_by(col(Agency.country).desc(), col(Agency.code))).scalars()
            return [AgencyDTO(a.id, a.code, a.name, a.short_name, a.country, a.timezone, a.report_prefix) for a in rows]

    def list(self, include_inactive: bool = True) -> list[UserDTO]:
        self._ctx.require(Role.ADMINISTRATOR, Role.SUPERVISOR, Role.EQUIPMENT_MANAGER)
        with self._ctx.read() as s:
            q = select(col(User.id)).order_by(col(User.full_name))
            if not include_inactive:
                q = q.where(col(User.active).is_(True))
            return [u for uid in s.execute(q).scalars() if (u := load_user(self._ctx, s, uid))]

    def directory(self) -> builtins.list[PersonRef]:
        """Active people of all partner agencies, for picking a crew by name or badge (any signed-in user)."""
        self._ctx.require_user()
        with self._ctx.read() as s:
            rows = s.execute(select(User, col(Agency.short_name)).join(Agency, col(Agency.id) == col(User.agency_id))
                             .where(col(User.active).is_(True)).order_by(col(User.full_name))).all()
        return [PersonRef(u.id, u.full_name, u.badge_no, short) for u, short in rows]

    def get(self, user_id: str) -> UserDTO:
        with self._ctx.read() as s:
            user = load_user(self._ctx, s, user_id)
        if user is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        return user

    # ---- mutations -------------------------------------------------------------------------------------
    def create(self, *, username: str, full_name: str, agency_id: str, roles: Iterable[Role | str],
               badge_no: str | None = None, password: str | None = None) -> Changes:
        """New user; with `password` also a local login (key slot) on this laptop."""
        self._ctx.require(Role.ADMINISTRATOR)
        name = validation.username(username)
        full = validation.required_text(full_name, "full_name", 120)
        badge = validation.max_text(badge_no, "badge_no", 32) or None
        role_list = _roles(roles)
        if password is not None:
            check_password_strength(password)
        user_id = uuid7()
        with self._ctx.write() as uow:
            s = uow.session
            self._check_agency(s, agency_id)
            if s.execute(select(col(User.id)).where(col(User.username) == name)).first():
                raise FieldOpsError(ErrorCode.DUPLICATE, field="username", value=name)
            self._check_badge(s, badge, None)
            s.add(User(id=user_id, username=name, full_name=full, badge_no=badge, agency_id=agency_id,
                       created_at=uow.now))
            s.flush()
            s.add_all([UserRole(user_id=user_id, role=r.value) for r in role_list])
            payload = {"username": name, "full_name": full, "badge_no": badge, "agency_id": agency_id,
                       "roles": [r.value for r in role_list]}
            uow.outbox("user", user_id, "create", payload)
            uow.audit(AuditAction.COLLECTION, "user", user_id, {"roles": payload["roles"]})
            uow.created(user_id)
        if password is not None:  # after the commit: never a login for a user that does not exist
            self._ctx.keyfile.add_slot(name, user_id, password, self._ctx.data_key, self.kdf)
        return uow.changes

    def update(self, user_id: str, *, full_name: str, agency_id: str, roles: Iterable[Role | str],
               badge_no: str | None = None) -> Changes:
        self._ctx.require(Role.ADMINISTRATOR)
        full = validation.required_text(full_name, "full_name", 120)
        badge = validation.max_text(badge_no, "badge_no", 32) or None
        role_list = _roles(roles)
        with self._ctx.write() as uow:
            s = uow.session
            user = self._get(s, user_id)
            self._check_agency(s, agency_id)
            self._check_badge(s, badge, user_id)
            old_roles = set(s.execute(select(col(UserRole.role)).where(col(UserRole.user_id) == user_id)).scalars())
            if Role.ADMINISTRATOR.value in old_roles and Role.ADMINISTRATOR not in role_list:
                self._keep_an_admin(s, user_id)
            before = {"full_name": user.full_name, "agency_id": user.agency_id, "badge_no": user.badge_no,
                      "roles": sorted(old_roles)}
            user.full_name, user.agency_id, user.badge_no = full, agency_id, badge
            user.version += 1
            for role in old_roles - {r.value for r in role_list}:
                s.delete(s.get(UserRole, (user_id, role)))
            for role in {r.value for r in role_list} - old_roles:
                s.add(UserRole(user_id=user_id, role=role))
            after = {"full_name": full, "agency_id": agency_id, "badge_no": badge,
                     "roles": [r.value for r in role_list]}
            changed = {k: v for k, v in after.items() if before[k] != v}
            uow.outbox("user", user_id, "update", changed, base_version=user.version - 1)
            uow.audit(AuditAction.ALTERATION, "user", user_id, {"fields": sorted(changed)})
        return uow.changes

    def set_active(self, user_id: str, active: bool) -> Changes:
        self._ctx.require(Role.ADMINISTRATOR)
        with self._ctx.write() as uow:
            user = self._get(uow.session, user_id)
            if not active:
                if user_id == self._ctx.require_user().id:
                    raise FieldOpsError(ErrorCode.LAST_ADMIN)
                self._keep_an_admin(uow.session, user_id)
            user.active = active
            user.version += 1
            uow.outbox("user", user_id, "update", {"active": active}, base_version=user.version - 1)
            uow.audit(AuditAction.ALTERATION, "user", user_id, {"active": active})
        return uow.changes

    def set_password(self, user_id: str, password: str) -> Changes:
        """Administrator sets (or resets) a user's local login on this laptop."""
        self._ctx.require(Role.ADMINISTRATOR)
        check_password_strength(password)
        with self._ctx.write() as uow:
            user = self._get(uow.session, user_id)
            username = user.username
            uow.audit(AuditAction.ALTERATION, "user", user_id, {"local_login": "set"})
            uow.touch("user", user_id)
        self._ctx.keyfile.add_slot(username, user_id, password, self._ctx.data_key, self.kdf)
        return uow.changes

    # ---- helpers ---------------------------------------------------------------------------------------
    @staticmethod
    def _get(s: Session, user_id: str) -> User:
        user = s.get(User, user_id)
        if user is None:
            raise FieldOpsError(ErrorCode.NOT_FOUND)
        return user

    @staticmethod
    def _check_agency(s: Session, agency_id: str) -> None:
        if not agency_id or s.get(Agency, agency_id) is None:
            raise FieldOpsError(ErrorCode.REQUIRED, field="agency_id")

    @staticmethod
    def _check_badge(s: Session, badge: str | None, user_id: str | None) -> None:
        if badge is None:
            return
        other = s.execute(select(col(User.id)).where(col(User.badge_no) == badge)).scalar()
        if other is not None and other != user_id:
            raise FieldOpsError(ErrorCode.DUPLICATE, field="badge_no", value=badge)

    @staticmethod
    def _keep_an_admin(s: Session, leaving_id: str) -> None:
        others = s.execute(
            select(func.count()).select_from(UserRole).join(User, col(User.id) == col(UserRole.user_id)).where(
                col(UserRole.role) == Role.ADMINISTRATOR.value, col(User.active).is_(True),
                col(User.id) != leaving_id)
        ).scalar_one()
        if others == 0:
            raise FieldOpsError(ErrorCode.LAST_ADMIN)
