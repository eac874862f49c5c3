"""The encrypted workspace: create/open, typed failures for every damaged input, key slots, schema guard."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldops import db, migrations, paths
from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.keyslots import FAST_KDF, KeyFile
from fieldops.models.enums import Role
from tests import factories
from tests.conftest import ADMIN, ADMIN_NAME, ADMIN_PASSWORD


def _open(home: Path, username: str = ADMIN, password: str = ADMIN_PASSWORD) -> FieldOps:
    return FieldOps.open(home, username, password, kdf=FAST_KDF)


def _open_error(home: Path, username: str = ADMIN, password: str = ADMIN_PASSWORD) -> FieldOpsError:
    with pytest.raises(FieldOpsError) as exc:
        _open(home, username, password).close()
    return exc.value


def _data_key(home: Path) -> bytes:
    return KeyFile.load(paths.keyfile_path(home)).unlock(ADMIN, ADMIN_PASSWORD)[1]


# ---- create / open ---------------------------------------------------------------------------------------
def test_create_then_open_roundtrip(tmp_path: Path) -> None:
    home = tmp_path / "new"
    created = FieldOps.create(home, username="Valdis", full_name=" Valdis Ozoliņš ", password="first-night",
                              agency_code="LPP", badge_no="LPP-7", kdf=FAST_KDF)
    workspace_id = KeyFile.load(paths.keyfile_path(home)).workspace_id
    created.close()

    fo = FieldOps.open(home, "VALDIS", "first-night", kdf=FAST_KDF)  # user names are case-insensitive
    try:
        me = fo.user
        assert (me.username, me.full_name, me.badge_no) == ("valdis", "Valdis Ozoliņš", "LPP-7")
        assert me.roles == {Role.ADMINISTRATOR}
        assert me.agency_short == "Liepājas PP"
        assert me.active and me.local_login
        assert {a.code for a in fo.users.agencies()} == {"VP-KRP", "LPP", "KAVPK", "PMS"}
        assert fo.integrity_check() == "ok"
        assert KeyFile.load(paths.keyfile_path(home)).workspace_id == workspace_id
    finally:
        fo.close()


def test_wrong_password_is_typed_and_names_the_password_field(home: Path) -> None:
    err = _open_error(home, password="not-the-password")
    assert err.code == ErrorCode.WRONG_PASSWORD
    assert err.field == "password"


def test_unknown_user_reads_exactly_like_a_wrong_password(home: Path) -> None:
    wrong = _open_error(home, password="not-the-password")
    unknown = _open_error(home, username="nobody", password=ADMIN_PASSWORD)
    assert unknown.code == ErrorCode.UNKNOWN_USER
    assert unknown.field == wrong.field == "password"
    assert unknown.english() == wrong.english()


def test_create_where_a_workspace_exists_is_refused_and_leaves_it_alone(home: Path) -> None:
    keyfile_before = paths.keyfile_path(home).read_bytes()
    db_before = paths.db_path(home).read_bytes()
    with pytest.raises(FieldOpsError) as exc:
        FieldOps.create(home, username="intruder", full_name="Someone Else", password="long-enough", kdf=FAST_KDF)
    assert exc.value.code == ErrorCode.WORKSPACE_EXISTS
    assert paths.keyfile_path(home).read_bytes() == keyfile_before
    assert paths.db_path(home).read_bytes() == db_before
    _open(home).close()


def test_weak_password_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    home = tmp_path / "new"
    with pytest.raises(FieldOpsError) as exc:
        FieldOps.create(home, username="admin", full_name="A Admin", password="7-chars", kdf=FAST_KDF)
    assert (exc.value.code, exc.value.field) == (ErrorCode.WEAK_PASSWORD, "password")
    assert exc.value.params["min_length"] == 8
    assert not home.exists()


def test_create_sets_an_orphan_database_aside_instead_of_deleting_it(tmp_path: Path) -> None:
    home = tmp_path / "new"
    home.mkdir()
    paths.db_path(home).write_bytes(b"left over from an interrupted create")
    FieldOps.create(home, username="admin", full_name="A Admin", password="long-enough", kdf=FAST_KDF).close()
    orphans = list(home.glob("fieldops.db.orphan-*"))
    assert [p.read_bytes() for p in orphans] == [b"left over from an interrupted create"]
    _open(home, "admin", "long-enough").close()


# ---- key slots: lockout ------------------------------------------------------------------------------------
T0 = 1_700_000_000.0


def _fail(kf: KeyFile, now: float, expected: ErrorCode = ErrorCode.WRONG_PASSWORD) -> FieldOpsError:
    with pytest.raises(FieldOpsError) as exc:
        kf.unlock(ADMIN, "not-the-password", now=now)
    assert exc.value.code == expected
    return exc.value


def test_five_failures_lock_out_even_the_right_password_until_the_delay_passes(home: Path) -> None:
    kf = KeyFile.load(paths.keyfile_path(home))
    for i in range(5):
        _fail(kf, T0 + i)
    last = T0 + 4

    with pytest.raises(FieldOpsError) as exc:
        kf.unlock(ADMIN, ADMIN_PASSWORD, now=last + 1)
    assert exc.value.code == ErrorCode.LOCKED_OUT
    assert 0 < exc.value.params["seconds"] <= 30
    # The count is on disk: restarting the app does not reset it.
    with pytest.raises(FieldOpsError) as exc:
        KeyFile.load(paths.keyfile_path(home)).unlock(ADMIN, ADMIN_PASSWORD, now=last + 29)
    assert exc.value.code == ErrorCode.LOCKED_OUT

    user_id, key = kf.unlock(ADMIN, ADMIN_PASSWORD, now=last + 31)
    assert len(key) == 32 and user_id


def test_a_failure_after_the_lockout_doubles_the_delay(home: Path) -> None:
    kf = KeyFile.load(paths.keyfile_path(home))
    for i in range(5):
        _fail(kf, T0 + i)
    sixth = T0 + 4 + 31
    _fail(kf, sixth)  # the lockout had expired: a plain wrong password, now 6 failures
    with pytest.raises(FieldOpsError) as exc:
        kf.unlock(ADMIN, ADMIN_PASSWORD, now=sixth + 59)
    assert exc.value.code == ErrorCode.LOCKED_OUT
    kf.unlock(ADMIN, ADMIN_PASSWORD, now=sixth + 61)


def test_a_successful_unlock_resets_the_failure_count(home: Path) -> None:
    kf = KeyFile.load(paths.keyfile_path(home))
    for i in range(4):
        _fail(kf, T0 + i)
    kf.unlock(ADMIN, ADMIN_PASSWORD, now=T0 + 5)
    assert json.loads(paths.keyfile_path(home).read_text("utf-8"))["failures"] == {}
    for i in range(4):  # 8 failures in total, but never 5 in a row
        _fail(kf, T0 + 10 + i)
    kf.unlock(ADMIN, ADMIN_PASSWORD, now=T0 + 15)


def test_open_enforces_the_lockout(home: Path) -> None:
    for _ in range(5):
        assert _open_error(home, password="not-the-password").code == ErrorCode.WRONG_PASSWORD
    assert _open_error(home).code == ErrorCode.LOCKED_OUT


# ---- damaged or foreign files ------------------------------------------------------------------------------
def test_database_overwritten_with_junk_is_not_a_database(home: Path) -> None:
    db_file = paths.db_path(home)
    assert not Path(f"{db_file}-wal").exists()  # closed cleanly: everything is in the main file
    db_file.write_bytes(os.urandom(db_file.stat().st_size))
    assert _open_error(home).code == ErrorCode.NOT_A_DATABASE


def test_database_of_another_workspace_is_not_a_database(home: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    FieldOps.create(other, username=ADMIN, full_name=ADMIN_NAME, password=ADMIN_PASSWORD, kdf=FAST_KDF).close()
    shutil.copy2(paths.db_path(other), paths.db_path(home))
    assert _open_error(home).code == ErrorCode.NOT_A_DATABASE


def test_database_with_another_workspace_id_is_not_a_database(home: Path) -> None:
    engine = db.make_engine(paths.db_path(home), _data_key(home))
    with engine.begin() as conn:
        conn.execute(text("UPDATE meta SET value = 'some-other-workspace' WHERE key = 'workspace_id'"))
    engine.dispose()
    assert _open_error(home).code == ErrorCode.NOT_A_DATABASE


def test_missing_database_file_is_not_a_database(home: Path) -> None:
    paths.db_path(home).unlink()
    assert _open_error(home).code == ErrorCode.NOT_A_DATABASE


@pytest.mark.parametrize("content", [
    "{ this is not json",
    "",
    json.dumps({"format": 1}),
    json.dumps({"format": 1, "workspace_id": "w", "device_id": "d", "created_at": "t"}),
    json.dumps({"format": 99, "workspace_id": "w", "device_id": "d", "created_at": "t", "slots": {}}),
])
def test_damaged_key_file_is_workspace_corrupt(home: Path, content: str) -> None:
    paths.keyfile_path(home).write_text(content, "utf-8")
    assert _open_error(home).code == ErrorCode.WORKSPACE_CORRUPT


@pytest.mark.parametrize("content", ["[]", "null"])
def test_key_file_with_json_that_is_not_an_object_is_workspace_corrupt(home: Path, content: str) -> None:
    paths.keyfile_path(home).write_text(content, "utf-8")
    assert _open_error(home).code == ErrorCode.WORKSPACE_CORRUPT


def test_damaged_key_slot_is_workspace_corrupt(home: Path) -> None:
    raw = json.loads(paths.keyfile_path(home).read_text("utf-8"))
    for slot in raw["slots"].values():
        slot["salt"] = "***not base64***"
    paths.keyfile_path(home).write_text(json.dumps(raw), "utf-8")
    assert _open_error(home).code == ErrorCode.WORKSPACE_CORRUPT


def test_missing_workspace(tmp_path: Path) -> None:
    err = _open_error(tmp_path / "nothing-here")
    assert err.code == ErrorCode.WORKSPACE_MISSING
    assert "nothing-here" in err.english()


# ---- schema ------------------------------------------------------------------------------------------------
def test_newer_schema_is_refused_and_the_file_is_not_touched(home: Path) -> None:
    engine = db.make_engine(paths.db_path(home), _data_key(home))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    before = paths.db_path(home).read_bytes()

    err = _open_error(home)
    assert err.code == ErrorCode.NEWER_SCHEMA
    assert err.params["revision"] == "9999_future"
    assert paths.db_path(home).read_bytes() == before
    assert not (home / "backups").exists()


def test_head_constant_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations._config())
    assert script.get_current_head() == migrations.HEAD
    assert migrations.HEAD in migrations.known_revisions()


def test_backup_is_an_encrypted_copy_that_opens_with_the_same_key(fo: FieldOps, tmp_path: Path) -> None:
    users = factories.scalar(fo, 'SELECT count(*) FROM "user"')
    target = Path(migrations._backup(fo.engine, paths.db_path(fo.home), tmp_path / "bk", migrations.HEAD))
    assert target.parent == tmp_path / "bk" and migrations.HEAD in target.name

    engine = db.make_engine(target, _data_key(fo.home))
    try:
        db.probe(engine)
        assert db.integrity_check(engine) == "ok"
        with engine.connect() as conn:
            assert conn.execute(text('SELECT count(*) FROM "user"')).scalar_one() == users
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == migrations.HEAD
    finally:
        engine.dispose()
    with pytest.raises(FieldOpsError) as exc:  # and it is not readable without the key
        db.probe(db.make_engine(target, bytes(32)))
    assert exc.value.code == ErrorCode.NOT_A_DATABASE


# ---- nothing readable at rest ------------------------------------------------------------------------------
NAMES = ("Žygimantas Stankevičius", "Ilze Kļaviņa")
AREAS = ("Šventoji, Jūratės g. 4", "Bārtas medību platība")
PLATE = "ZZ-PLAINTEXT-4242"


def test_no_personal_data_in_clear_on_disk(fo: FieldOps) -> None:
    officer_ids = [factories.user(fo, Role.OFFICER, full_name=name) for name in NAMES]
    usernames = [fo.users.get(uid).username for uid in officer_ids]
    officer = factories.login(fo, officer_ids[0])
    try:
        for area in AREAS:
            op_id = officer.operations.create(type="traffic_monitoring", start_at=factories.utc(1),
                                              area_name=area).created_id
            assert op_id
            officer.checks.add(op_id, kind="traffic", at=factories.utc(0.5), outcome="warning",
                                         facts={"plate": PLATE, "driver": NAMES[1]})
        # The data is really there (decrypted through the façade) ...
        assert {u.full_name for u in fo.users.list()} >= set(NAMES)
        assert factories.scalar(fo, "SELECT count(*) FROM operation WHERE area_name IN (:a, :b)",
                                a=AREAS[0], b=AREAS[1]) == 2

        # ... but not in the files, while the app is still open and the WAL holds the latest pages.
        db_file = paths.db_path(fo.home)
        wal = Path(f"{db_file}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        secrets = [s.encode() for s in (*NAMES, *AREAS, PLATE)]
        for f in (db_file, wal):
            data = f.read_bytes()
            leaked = [s for s in secrets if s in data]
            assert not leaked, f"{f.name} holds {leaked} in clear"

        keyfile = paths.keyfile_path(fo.home).read_bytes()
        for secret in [*secrets, *(u.encode() for u in usernames), ADMIN.encode(), ADMIN_NAME.encode()]:
            assert secret not in keyfile
    finally:
        officer.close()


def test_slot_keys_are_hashes_of_the_user_name(fo: FieldOps) -> None:
    factories.user(fo, Role.OFFICER)
    raw = json.loads(paths.keyfile_path(fo.home).read_text("utf-8"))
    expected = {hashlib.sha256(f"{raw['workspace_id']}|{u.username}".encode()).hexdigest()[:32]
                for u in fo.users.list() if u.local_login}
    assert len(expected) == 2
    assert set(raw["slots"]) == expected


# ---- logins ------------------------------------------------------------------------------------------------
def test_an_inactive_user_cannot_log_in(fo: FieldOps) -> None:
    uid = factories.user(fo, Role.OFFICER)
    factories.login(fo, uid).close()  # works while active
    fo.users.set_active(uid, False)
    with pytest.raises(FieldOpsError) as exc:
        factories.login(fo, uid)
    assert (exc.value.code, exc.value.field) == (ErrorCode.USER_INACTIVE, "username")


def test_change_password(home: Path) -> None:
    fo = _open(home)
    with pytest.raises(FieldOpsError) as exc:
        fo.change_password("not-the-password", "brand-new-pass")
    assert exc.value.code == ErrorCode.WRONG_PASSWORD
    fo.change_password(ADMIN_PASSWORD, "brand-new-pass")
    fo.close()

    assert _open_error(home).code == ErrorCode.WRONG_PASSWORD
    _open(home, password="brand-new-pass").close()


def test_verify_password(fo: FieldOps) -> None:
    assert fo.verify_password(ADMIN_PASSWORD) is True
    assert fo.verify_password("not-the-password") is False
    assert fo.verify_password(ADMIN_PASSWORD.upper()) is False


def test_verify_password_failures_count_towards_the_lockout(fo: FieldOps) -> None:
    for _ in range(5):
        assert fo.verify_password("not-the-password") is False
    with pytest.raises(FieldOpsError) as exc:
        fo.verify_password(ADMIN_PASSWORD)
    assert exc.value.code == ErrorCode.LOCKED_OUT


def test_a_second_session_does_not_lose_logins_added_by_the_first(fo: FieldOps) -> None:
    second = factories.login(fo, factories.user(fo, Role.OFFICER))
    try:
        newcomer = factories.user(fo, Role.OFFICER)  # admin adds a login after the officer opened
        assert second.verify_password("not-the-password") is False
    finally:
        second.close()
    factories.login(fo, newcomer).close()


def test_a_damaged_page_past_the_first_is_a_typed_error(home: Path) -> None:
    db_file = paths.db_path(home)
    data = bytearray(db_file.read_bytes())
    data[4096:8192] = bytes(4096)
    db_file.write_bytes(bytes(data))
    with pytest.raises(FieldOpsError) as exc:
        FieldOps.open(home, ADMIN, ADMIN_PASSWORD, kdf=FAST_KDF)
    assert exc.value.code == ErrorCode.NOT_A_DATABASE


def test_models_match_the_migrations(tmp_path: Path) -> None:
    """The tables the models declare are the tables the migrations build (no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.command import upgrade
    from alembic.config import Config
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from fieldops.migrations import MIGRATIONS_DIR
    from fieldops.models import metadata

    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        upgrade(cfg, "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert [d for d in diff if "fts" not in str(d)] == []  # FTS5 shadow tables are not models


def test_agency_ids_are_rekeyed_to_the_derived_ones(fo: FieldOps) -> None:
    """A workspace from before revision 0004 (random agency ids) gets the ids every laptop and the server
    share, and every reference follows."""
    import uuid

    from fieldops.agencies import agency_id

    officer = factories.user(fo, Role.OFFICER)
    home = fo.home
    old = str(uuid.uuid4())
    with fo.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        conn.exec_driver_sql(f"UPDATE agency SET id = '{old}' WHERE code = 'VP-KRP'")
        conn.exec_driver_sql(f"UPDATE user SET agency_id = '{old}' WHERE agency_id = '{agency_id('VP-KRP')}'")
        conn.exec_driver_sql("DROP INDEX ix_outbox_actor_id")  # as it was at revision 0003
        conn.exec_driver_sql("ALTER TABLE outbox DROP COLUMN actor_id")
        conn.exec_driver_sql("DROP TABLE sync_seen")
        conn.exec_driver_sql("DROP TABLE media_transfer")
        conn.exec_driver_sql("ALTER TABLE custody_event DROP COLUMN hlc")
        conn.exec_driver_sql("DROP INDEX ix_review_decision_amendment_id")  # revision 0009
        conn.exec_driver_sql("ALTER TABLE review_decision DROP COLUMN amendment_id")
        for column in ("base_hash", "result_hash", "submitted_at", "updated_at", "version"):
            conn.exec_driver_sql(f"ALTER TABLE amendment DROP COLUMN {column}")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0003_equipment_desk'")
    fo.close()
    again = FieldOps.open(home, ADMIN, ADMIN_PASSWORD, kdf=FAST_KDF)
    try:
        assert {a.code: a.id for a in again.users.agencies()}["VP-KRP"] == agency_id("VP-KRP")
        assert again.users.get(officer).agency_id == agency_id("VP-KRP")
        assert again.integrity_check() == "ok"
    finally:
        again.close()
