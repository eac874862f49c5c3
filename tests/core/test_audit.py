"""The audit log: one event per mutation, outbox rows as announced, the hash chain and its CLI check."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldops import cli
from fieldops.app import FieldOps
from fieldops.changes import Changes
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import Role
from tests import factories
from tests.conftest import ADMIN, ADMIN_NAME, ADMIN_PASSWORD


def _rows(fo: FieldOps) -> tuple[int, int]:
    counts = factories.table_counts(fo, "outbox", "audit_event")
    return counts["outbox"], counts["audit_event"]


def _last_event(fo: FieldOps) -> tuple[object, ...]:
    return factories.rows(fo, "SELECT action, entity, entity_id, actor_id, purpose FROM audit_event "
                              "ORDER BY seq DESC LIMIT 1")[0]


def test_every_mutation_writes_its_outbox_rows_and_exactly_one_audit_event(fo: FieldOps, officer: FieldOps) -> None:
    agency = factories.agency_id(fo)
    target = factories.user(fo, Role.OFFICER, password=None)
    op_id = factories.operation(officer)
    # (name, session, mutation, outbox rows it must queue)
    steps: list[tuple[str, FieldOps, Callable[[], Changes | None], int]] = [
        ("users.create", fo, lambda: fo.users.create(username="new.one", full_name="New One", agency_id=agency,
                                                     roles=[Role.OFFICER]), 1),
        ("users.update", fo, lambda: fo.users.update(target, full_name="Renamed", agency_id=agency,
                                                     roles=[Role.OFFICER]), 1),
        ("users.set_active", fo, lambda: fo.users.set_active(target, False), 1),
        ("users.set_password", fo, lambda: fo.users.set_password(target, "a-long-password"), 0),
        ("settings.set", fo, lambda: fo.settings.set("session.idle_lock_minutes", 30), 0),
        ("operations.create", officer, lambda: officer.operations.create(
            type="hunter_control", start_at=factories.utc(3)), 1),
        ("operations.add_check", officer, lambda: officer.checks.add(
            op_id, kind="hunter", at=factories.utc(1), outcome="seized"), 1),
        ("audit.record_consultation", fo, lambda: fo.audit.record_consultation("operation", op_id), 0),
        ("audit.record_disclosure", fo, lambda: fo.audit.record_disclosure("operation", op_id, "court request"), 0),
        ("change_password", fo, lambda: fo.change_password(ADMIN_PASSWORD, "another-password"), 0),
    ]
    for name, session, mutation, expected_ops in steps:
        outbox_before, audit_before = _rows(fo)
        changes = mutation()
        outbox_after, audit_after = _rows(fo)
        assert audit_after - audit_before == 1, name
        assert outbox_after - outbox_before == expected_ops, name
        if changes is not None:
            assert changes.outbox_ops == expected_ops, name
            assert changes.concerns("audit"), name
            assert changes.concerns("outbox") == (expected_ops > 0), name
        assert _last_event(fo)[3] == session.user.id, name  # the acting user is recorded
    assert fo.audit.verify().ok


def test_chain_verifies_after_many_operations(fo: FieldOps, officer: FieldOps) -> None:
    for _ in range(3):
        op_id = factories.operation(officer)
        for i in range(15):
            officer.checks.add(op_id, kind="traffic", at=factories.utc(1),
                                         outcome="no_violation" if i % 4 else "warning", facts={"i": i})
        fo.audit.record_consultation("operation", op_id)
    factories.user(fo, Role.SUPERVISOR)

    report = fo.audit.verify()
    assert report.ok and report.first_broken_seq is None and report.reason is None
    assert report.checked == factories.scalar(fo, "SELECT count(*) FROM audit_event")
    assert report.checked >= 3 + 3 * (1 + 15 + 1) + 1


def _some_history(fo: FieldOps) -> None:
    for i in range(5):
        fo.audit.record_consultation("operation", f"op-{i}")


def test_altered_event_breaks_the_hash_at_that_event(fo: FieldOps) -> None:
    _some_history(fo)
    factories.execute(fo, "UPDATE audit_event SET details = :d WHERE seq = 3", d='{"x":1}')
    report = fo.audit.verify()
    assert (report.ok, report.first_broken_seq, report.reason, report.checked) == (False, 3, "hash", 2)


def test_altered_event_with_a_recomputed_hash_breaks_the_next_link(fo: FieldOps) -> None:
    from fieldops import audit_chain

    _some_history(fo)
    row = dict(zip(("prev_hash", *audit_chain.FIELDS), factories.rows(
        fo, f"SELECT prev_hash, {', '.join(audit_chain.FIELDS)} FROM audit_event WHERE seq = 3")[0], strict=True))
    row["details"] = {"forged": True}
    row["at"] = datetime.fromisoformat(str(row["at"])).replace(tzinfo=UTC)
    forged = audit_chain.event_hash(str(row["prev_hash"]), row)  # the forger re-hashes the altered event
    factories.execute(fo, "UPDATE audit_event SET details = :d, hash = :h WHERE seq = 3",
                      d=json.dumps(row["details"]), h=forged)
    report = fo.audit.verify()
    assert (report.ok, report.first_broken_seq, report.reason) == (False, 4, "link")


def test_deleted_event_breaks_the_link_at_the_following_event(fo: FieldOps) -> None:
    _some_history(fo)
    factories.execute(fo, "DELETE FROM audit_event WHERE seq = 4")
    report = fo.audit.verify()
    assert (report.ok, report.first_broken_seq, report.reason, report.checked) == (False, 5, "link", 3)


@pytest.mark.parametrize("purpose", ["", "   "])
def test_disclosure_needs_a_purpose(fo: FieldOps, purpose: str) -> None:
    before = _rows(fo)
    with pytest.raises(FieldOpsError) as exc:
        fo.audit.record_disclosure("operation", "op-1", purpose, {"format": "pdf"})
    assert (exc.value.code, exc.value.field) == (ErrorCode.REQUIRED, "purpose")
    assert _rows(fo) == before


def test_disclosure_records_its_purpose(fo: FieldOps) -> None:
    fo.audit.record_disclosure("operation", "op-1", "  prosecutor's request 17/2024  ", {"format": "pdf"})
    assert _last_event(fo) == ("disclosure", "operation", "op-1", fo.user.id, "prosecutor's request 17/2024")


def test_consultation_is_recorded(fo: FieldOps) -> None:
    changes = fo.audit.record_consultation("check", "check-42")
    assert changes.concerns("audit") and changes.outbox_ops == 0
    assert _last_event(fo) == ("consultation", "check", "check-42", fo.user.id, None)


def test_recent_is_newest_first_with_actor_names(fo: FieldOps, officer: FieldOps) -> None:
    officer.audit.record_consultation("operation", "op-1")
    fo.audit.record_consultation("operation", "op-2")
    events = fo.audit.recent(limit=500)
    seqs = [e.seq for e in events]
    assert seqs == sorted(seqs, reverse=True)
    assert len(events) == factories.scalar(fo, "SELECT count(*) FROM audit_event")
    newest, second = events[0], events[1]
    assert (newest.action, newest.entity_id, newest.actor) == ("consultation", "op-2", ADMIN_NAME)
    assert (second.action, second.entity_id, second.actor) == ("consultation", "op-1", officer.user.full_name)
    oldest = events[-1]
    assert (oldest.seq, oldest.action, oldest.entity, oldest.actor) == (1, "collection", "workspace", None)
    assert [e.seq for e in fo.audit.recent(limit=2)] == seqs[:2]


def test_officers_cannot_browse_the_audit_log(officer: FieldOps) -> None:
    with pytest.raises(FieldOpsError) as exc:
        officer.audit.recent()
    assert exc.value.code == ErrorCode.NOT_PERMITTED


# ---- the CLI check -----------------------------------------------------------------------------------------
def _cli_verify(home: Path, *extra: str) -> int:
    return cli.main(["--home", str(home), "audit", "verify", "--user", ADMIN, *extra])


def test_cli_verify_exits_0_when_intact_and_1_after_tampering(fo: FieldOps, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    # The CLI opens with DEFAULT_KDF, but each slot records its own (FAST_KDF) parameters, so it unlocks.
    monkeypatch.setenv("FIELDOPS_PASSWORD", ADMIN_PASSWORD)
    _some_history(fo)
    assert _cli_verify(fo.home) == 0
    assert "audit chain intact" in capsys.readouterr().out

    factories.execute(fo, "UPDATE audit_event SET details = :d WHERE seq = 3", d='{"x":1}')
    assert _cli_verify(fo.home) == 1
    assert "BROKEN at event #3 (hash)" in capsys.readouterr().out

    assert _cli_verify(fo.home, "--json") == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["ok"], report["first_broken_seq"], report["reason"]) == (False, 3, "hash")


def test_cli_verify_with_a_wrong_password_exits_2_with_the_message(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FIELDOPS_PASSWORD", "not-the-password")
    assert _cli_verify(home) == 2
    assert capsys.readouterr().err.strip() == "error: Wrong user name or password."
