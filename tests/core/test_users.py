"""User administration: validation with typed errors, roles, versions/outbox, permissions, last administrator."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from fieldops import paths
from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.keyslots import KeyFile
from fieldops.models.enums import Role
from tests import factories
from tests.conftest import ADMIN


def _state(fo: FieldOps) -> tuple[int, int, int, int, int]:
    """What a refused mutation must leave unchanged: users, their roles, outbox, audit events, key slots."""
    counts = factories.table_counts(fo, "user", "user_role")
    ov = fo.overview()
    return (counts["user"], counts["user_role"], ov.waiting_changes, fo.audit.verify().checked,
            len(KeyFile.load(paths.keyfile_path(fo.home)).slots))


def _create(fo: FieldOps, **overrides: Any) -> str:
    args: dict[str, Any] = {"username": "ilze.klavina", "full_name": "Ilze Kļaviņa",
                            "agency_id": factories.agency_id(fo), "roles": [Role.OFFICER], "badge_no": "LV-100",
                            "password": factories.PASSWORD}
    args.update(overrides)
    changes = fo.users.create(**args)
    assert changes.created_id
    return changes.created_id


def _refused(fo: FieldOps, code: ErrorCode, field: str | None, **overrides: Any) -> FieldOpsError:
    before = _state(fo)
    with pytest.raises(FieldOpsError) as exc:
        _create(fo, **overrides)
    assert (exc.value.code, exc.value.field) == (code, field)
    assert _state(fo) == before
    return exc.value


def test_admin_creates_a_user_with_roles_and_a_local_login(fo: FieldOps) -> None:
    uid = _create(fo, agency_id=factories.agency_id(fo, "KAVPK"), roles=[Role.SUPERVISOR, "officer"])
    no_login = _create(fo, username="rasa", full_name="Rūta Butkutė", badge_no=None, password=None)

    users = {u.id: u for u in fo.users.list()}
    assert len(users) == 3
    user = users[uid]
    assert (user.username, user.full_name, user.badge_no) == ("ilze.klavina", "Ilze Kļaviņa", "LV-100")
    assert user.roles == {Role.SUPERVISOR, Role.OFFICER}
    assert user.agency_short == "Klaipėdos AVPK"
    assert user.active and user.version == 1
    assert user.local_login is True
    assert users[no_login].local_login is False
    assert [u.full_name for u in fo.users.list()] == sorted(u.full_name for u in users.values())

    factories.login(fo, uid).close()


def test_user_names_are_stored_lower_case(fo: FieldOps) -> None:
    uid = _create(fo, username="  Ilze.Klavina ")
    assert fo.users.get(uid).username == "ilze.klavina"


def test_duplicate_user_name_is_refused_and_nothing_is_written(fo: FieldOps) -> None:
    _create(fo)
    err = _refused(fo, ErrorCode.DUPLICATE, "username", username="ILZE.KLAVINA", badge_no="LV-200")
    assert err.params["value"] == "ilze.klavina"
    _refused(fo, ErrorCode.DUPLICATE, "username", username=ADMIN, badge_no=None)


@pytest.mark.parametrize("username", ["a", "has space", "-dash-first", "ūdris", "x" * 65])
def test_invalid_user_name(fo: FieldOps, username: str) -> None:
    code = ErrorCode.TOO_LONG if len(username) > 64 else ErrorCode.INVALID
    _refused(fo, code, "username", username=username)


@pytest.mark.parametrize("full_name", ["", "   "])
def test_full_name_is_required(fo: FieldOps, full_name: str) -> None:
    _refused(fo, ErrorCode.REQUIRED, "full_name", full_name=full_name)


def test_full_name_too_long(fo: FieldOps) -> None:
    err = _refused(fo, ErrorCode.TOO_LONG, "full_name", full_name="Ž" * 121)
    assert err.params["max_length"] == 120
    _create(fo, full_name="Ž" * 120)


def test_roles_are_required(fo: FieldOps) -> None:
    _refused(fo, ErrorCode.REQUIRED, "roles", roles=[])


def test_unknown_role_is_invalid(fo: FieldOps) -> None:
    _refused(fo, ErrorCode.INVALID, "roles", roles=[Role.OFFICER, "sheriff"])


def test_duplicate_badge_is_refused(fo: FieldOps) -> None:
    _create(fo)
    _refused(fo, ErrorCode.DUPLICATE, "badge_no", username="other", badge_no="LV-100")


def test_weak_password_for_a_new_login_is_refused(fo: FieldOps) -> None:
    _refused(fo, ErrorCode.WEAK_PASSWORD, "password", password="short")


def test_unknown_agency_is_refused(fo: FieldOps) -> None:
    _refused(fo, ErrorCode.REQUIRED, "agency_id", agency_id="no-such-agency")


def test_update_changes_roles_bumps_version_and_queues_only_the_changes(fo: FieldOps) -> None:
    uid = _create(fo)
    waiting = fo.overview().waiting_changes

    changes = fo.users.update(uid, full_name="Ilze Kļaviņa", agency_id=factories.agency_id(fo),
                              roles=[Role.OFFICER, Role.EQUIPMENT_MANAGER], badge_no="LV-100")

    assert changes.outbox_ops == 1 and changes.concerns("user")
    user = fo.users.get(uid)
    assert user.roles == {Role.OFFICER, Role.EQUIPMENT_MANAGER}
    assert user.version == 2
    assert fo.overview().waiting_changes == waiting + 1
    entity, entity_id, op_type, base_version, payload = factories.rows(
        fo, "SELECT entity, entity_id, op_type, base_version, payload FROM outbox ORDER BY seq DESC LIMIT 1")[0]
    assert (entity, entity_id, op_type, base_version) == ("user", uid, "update", 1)
    assert json.loads(str(payload)) == {"roles": ["equipment_manager", "officer"]}


def test_update_to_a_badge_another_user_holds_is_refused(fo: FieldOps) -> None:
    first = _create(fo)
    second = _create(fo, username="other", badge_no="LV-200")
    with pytest.raises(FieldOpsError) as exc:
        fo.users.update(second, full_name="Other", agency_id=factories.agency_id(fo), roles=[Role.OFFICER],
                        badge_no="LV-100")
    assert (exc.value.code, exc.value.field) == (ErrorCode.DUPLICATE, "badge_no")
    fo.users.update(first, full_name="Ilze K.", agency_id=factories.agency_id(fo), roles=[Role.OFFICER],
                    badge_no="LV-100")  # keeping one's own badge is fine
    assert fo.users.get(second).version == 1


def test_a_non_admin_may_not_administer(fo: FieldOps, officer: FieldOps) -> None:
    target = _create(fo)
    before = _state(fo)
    attempts: dict[str, Callable[[], object]] = {
        "create": lambda: officer.users.create(username="sneaky", full_name="Sneaky", roles=[Role.ADMINISTRATOR],
                                               agency_id=factories.agency_id(fo)),
        "update": lambda: officer.users.update(target, full_name="X", agency_id=factories.agency_id(fo),
                                               roles=[Role.ADMINISTRATOR]),
        "set_active": lambda: officer.users.set_active(target, False),
        "set_password": lambda: officer.users.set_password(target, "taken-over-1"),
        "list": lambda: officer.users.list(),
        "settings.set": lambda: officer.settings.set("session.idle_lock_minutes", 240),
    }
    for name, attempt in attempts.items():
        with pytest.raises(FieldOpsError) as exc:
            attempt()
        assert exc.value.code == ErrorCode.NOT_PERMITTED, name
    assert _state(fo) == before
    assert fo.settings.get("session.idle_lock_minutes") == 15


def test_admin_cannot_deactivate_themself(fo: FieldOps) -> None:
    factories.user(fo, Role.ADMINISTRATOR)  # even with another administrator around
    with pytest.raises(FieldOpsError) as exc:
        fo.users.set_active(fo.user.id, False)
    assert exc.value.code == ErrorCode.LAST_ADMIN
    assert fo.users.get(fo.user.id).active


def test_the_only_admin_cannot_lose_the_role(fo: FieldOps) -> None:
    before = _state(fo)
    with pytest.raises(FieldOpsError) as exc:
        fo.users.update(fo.user.id, full_name=fo.user.full_name, agency_id=fo.user.agency_id, roles=[Role.OFFICER])
    assert exc.value.code == ErrorCode.LAST_ADMIN
    assert fo.users.get(fo.user.id).roles == {Role.ADMINISTRATOR}
    assert _state(fo) == before


def test_an_inactive_admin_does_not_count_as_the_remaining_admin(fo: FieldOps) -> None:
    other = factories.user(fo, Role.ADMINISTRATOR)
    fo.users.set_active(other, False)
    with pytest.raises(FieldOpsError) as exc:
        fo.users.update(fo.user.id, full_name=fo.user.full_name, agency_id=fo.user.agency_id, roles=[Role.OFFICER])
    assert exc.value.code == ErrorCode.LAST_ADMIN

    fo.users.set_active(other, True)
    fo.users.update(fo.user.id, full_name=fo.user.full_name, agency_id=fo.user.agency_id, roles=[Role.OFFICER])
    assert fo.users.get(fo.user.id).roles == {Role.OFFICER}


def test_set_active_bumps_version_and_queues_the_change(fo: FieldOps) -> None:
    uid = _create(fo)
    changes = fo.users.set_active(uid, False)
    assert changes.outbox_ops == 1
    user = fo.users.get(uid)
    assert (user.active, user.version) == (False, 2)
    assert fo.overview().users_active == 1
    assert uid not in {u.id for u in fo.users.list(include_inactive=False)}


def test_set_password_gives_a_login_to_a_user_without_one(fo: FieldOps) -> None:
    uid = _create(fo, password=None)
    assert fo.users.get(uid).local_login is False
    with pytest.raises(FieldOpsError) as exc:
        factories.login(fo, uid)
    assert exc.value.code == ErrorCode.UNKNOWN_USER

    fo.users.set_password(uid, "night-shift-9")
    assert fo.users.get(uid).local_login is True
    session = factories.login(fo, uid, "night-shift-9")
    assert session.user.id == uid
    session.close()
