"""Demo workspace builder and the `fieldops` command line (in-process through `cli.main`)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldops import cli, demo, paths
from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.keyslots import FAST_KDF, KeyFile
from fieldops.models.enums import Role
from tests import factories
from tests.conftest import ADMIN, ADMIN_PASSWORD

OPERATIONS, ITEMS = 300, 30


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, demo.DemoResult]:
    home = tmp_path_factory.mktemp("demo") / "d"
    return home, demo.build(home, operations=OPERATIONS, items=ITEMS, kdf=FAST_KDF)


@pytest.fixture
def admin(built: tuple[Path, demo.DemoResult]) -> Iterator[FieldOps]:
    fo = FieldOps.open(built[0], "admin", demo.DEMO_PASSWORD)  # the slots record FAST_KDF themselves
    yield fo
    fo.close()


def _fingerprint(home: Path) -> dict[str, str]:
    return {str(p.relative_to(home)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(home.rglob("*")) if p.is_file()}


def test_demo_counts_match(built: tuple[Path, demo.DemoResult], admin: FieldOps) -> None:
    home, result = built
    assert result.operations == OPERATIONS + len(demo.TONIGHT)  # + tonight's open operations
    assert result.items >= ITEMS
    assert not home.with_name(home.name + ".building").exists()

    ov = admin.overview()
    assert sum(ov.operations_by_status.values()) == result.operations == admin.operations.count()
    assert set(ov.operations_by_status) <= {"draft", "submitted", "returned", "approved"}
    assert ov.checks == result.checks == factories.scalar(admin, "SELECT count(*) FROM check_record")
    assert ov.violations == factories.scalar(admin, "SELECT count(*) FROM check_record WHERE violation")
    assert sum(ov.equipment_by_status.values()) == result.items
    assert ov.users_active == result.users == len(admin.users.list())
    mismatched = factories.scalar(admin, "SELECT count(*) FROM operation o WHERE check_count != "
                                         "(SELECT count(*) FROM check_record c WHERE c.operation_id = o.id)")
    assert mismatched == 0
    assert admin.integrity_check() == "ok"


def test_every_demo_login_works(built: tuple[Path, demo.DemoResult]) -> None:
    home, _ = built
    assert len(KeyFile.load(paths.keyfile_path(home)).slots) == len(demo.DEMO_LOGINS)
    for username, agency_or_role in demo.DEMO_LOGINS.items():
        fo = FieldOps.open(home, username, demo.DEMO_PASSWORD)
        try:
            me = fo.user
            assert me.username == username and me.active
            if agency_or_role == "administrator":
                assert Role.ADMINISTRATOR in me.roles
            else:
                assert next(a.code for a in fo.users.agencies() if a.id == me.agency_id) == agency_or_role
                expected = {"officer": Role.OFFICER, "supervisor": Role.SUPERVISOR,
                            "equipment": Role.EQUIPMENT_MANAGER}[username.split(".")[0]]
                assert expected in me.roles
        finally:
            fo.close()


def test_demo_audit_chain_verifies(admin: FieldOps) -> None:
    report = admin.audit.verify()
    assert report.ok and report.checked == factories.scalar(admin, "SELECT count(*) FROM audit_event")


def test_demo_refuses_an_existing_workspace_or_any_non_empty_folder(tmp_path: Path, home: Path) -> None:
    stuff = tmp_path / "stuff"
    stuff.mkdir()
    (stuff / "notes.txt").write_text("mine")
    for target in (home, stuff):
        before = _fingerprint(target)
        with pytest.raises(FieldOpsError) as exc:
            demo.build(target, operations=5, items=5, kdf=FAST_KDF)
        assert exc.value.code == ErrorCode.WORKSPACE_EXISTS
        assert _fingerprint(target) == before
        assert not target.with_name(target.name + ".building").exists()


def test_cli_info(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kf = KeyFile.load(paths.keyfile_path(home))
    assert cli.main(["--home", str(home), "info"]) == 0
    out = capsys.readouterr().out
    assert f"workspace: {kf.workspace_id}" in out
    assert f"device: {kf.device_id}" in out
    assert "local logins: 1" in out
    assert f"home: {home.resolve()}" in out


def test_cli_info_without_a_workspace_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--home", str(tmp_path / "none"), "info"]) == 2
    assert capsys.readouterr().err.startswith("error: There is no workspace in ")


def test_cli_demo_if_missing_leaves_an_existing_workspace_alone(home: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    before = _fingerprint(home)
    assert cli.main(["--home", str(home), "demo", "--operations", "10", "--if-missing"]) == 0
    assert "already" in capsys.readouterr().out
    assert cli.main(["--home", str(home), "demo", "--operations", "10"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert _fingerprint(home) == before


def test_cli_check(home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FIELDOPS_PASSWORD", ADMIN_PASSWORD)
    assert cli.main(["--home", str(home), "check", "--user", ADMIN]) == 0
    assert capsys.readouterr().out.strip() == "integrity_check: ok"
