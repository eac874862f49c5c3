"""The sync status and outbox items the Sync screen shows (`fieldops.sync.status`), on a workspace with no
server: outbox rows come from real service calls, the server's answers are set with raw SQL."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import Role
from fieldops.sync.session import ServerLink, forget_link, save_link
from fieldops.sync.status import (
    OutboxItem,
    dismiss_rejected,
    local_op_ids,
    outbox_items,
    record_labels,
    settle_conflicts,
    status,
)
from tests import factories

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 16


@pytest.fixture
def officer(fo: FieldOps) -> Iterator[FieldOps]:
    session = factories.login(fo, factories.user(fo, Role.OFFICER))
    yield session
    session.close()


@pytest.fixture
def manager(fo: FieldOps) -> Iterator[FieldOps]:
    session = factories.login(fo, factories.user(fo, Role.EQUIPMENT_MANAGER))
    yield session
    session.close()


def op_ids(fo: FieldOps, entity: str, entity_id: str) -> list[str]:
    return [r[0] for r in factories.rows(
        fo, "SELECT op_id FROM outbox WHERE entity = :e AND entity_id = :i ORDER BY seq", e=entity, i=entity_id)]


def answer(fo: FieldOps, op_id: str, state: str, **detail: Any) -> None:
    """What the engine stores for a server result (fieldops.sync.engine._store_results)."""
    factories.execute(fo, "UPDATE outbox SET state = :s, last_error = :d WHERE op_id = :o", s=state, o=op_id,
                      d=json.dumps(detail) if detail else None)


def pending_count(fo: FieldOps) -> int:
    return int(factories.scalar(fo, "SELECT count(*) FROM outbox WHERE state = 'pending'"))


def number(fo: FieldOps, op_id: str) -> str:
    return str(factories.scalar(fo, "SELECT number FROM operation WHERE id = :i", i=op_id))


# ---- status ---------------------------------------------------------------------------------------------------
def test_status_of_an_unlinked_workspace(fo: FieldOps, officer: FieldOps) -> None:
    factories.operation(officer)
    s = status(fo)
    assert (s.linked, s.server_url, s.last_ok) == (False, None, None)
    assert s.pending == pending_count(fo) == fo.waiting_changes() > 0
    assert (s.rejected, s.conflicts, s.files_waiting, s.attention) == (0, 0, 0, 0)


def test_status_counts_each_state_the_server_answered(fo: FieldOps, officer: FieldOps) -> None:
    first, second, third = (factories.operation(officer) for _ in range(3))
    before = status(fo).pending
    answer(fo, op_ids(fo, "operation", first)[0], "rejected", status="rejected_locked")
    answer(fo, op_ids(fo, "operation", second)[0], "conflict", status="conflict", conflicts=["area_name"])
    answer(fo, op_ids(fo, "operation", third)[0], "sent")
    s = status(officer)
    assert (s.pending, s.rejected, s.conflicts, s.attention) == (before - 3, 1, 1, 2)


def test_status_of_a_linked_workspace_and_its_last_sync(fo: FieldOps) -> None:
    save_link(fo, ServerLink("https://fieldops.example:8443", "dev-1", "secret", "agency"))
    stamp = int(time.time()) - 120
    factories.execute(fo, "INSERT INTO sync_state (key, value) VALUES ('sync.last_ok', :v)", v=str(stamp))
    s = status(fo)
    assert (s.linked, s.server_url) == (True, "https://fieldops.example:8443")
    assert s.last_ok == datetime.fromtimestamp(stamp, UTC)
    forget_link(fo)
    assert status(fo).linked is False
    assert status(fo).last_ok == datetime.fromtimestamp(stamp, UTC), "the last sync stays known"


def test_status_counts_files_waiting_for_upload(officer: FieldOps, tmp_path: Path) -> None:
    op_id = factories.operation(officer)
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(JPEG)
    first = officer.attachments.add("operation", op_id, photo).created_id
    officer.attachments.add("operation", op_id, photo)
    assert status(officer).files_waiting == 2
    factories.execute(officer, "UPDATE attachment SET upload_state = 'uploaded' WHERE id = :i", i=first)
    assert status(officer).files_waiting == 1


def test_status_needs_a_signed_in_user(fo: FieldOps) -> None:
    fo._ctx.user = None
    with pytest.raises(FieldOpsError) as exc:
        status(fo)
    assert exc.value.code == ErrorCode.NOT_PERMITTED


# ---- outbox items -----------------------------------------------------------------------------------------------
def test_outbox_items_name_the_record_cheaply(fo: FieldOps, officer: FieldOps, manager: FieldOps) -> None:
    op_id = factories.operation(officer)
    check_id = officer.checks.add(op_id, kind="traffic", at=factories.utc(1), outcome="no_violation").created_id
    assert check_id
    item_id = manager.equipment.create_item(asset_tag="NV-0007", serial_no="SN-7", kind="nv_binocular",
                                            make="Pulsar", model="XQ50").created_id
    assert item_id
    items = outbox_items(fo)
    by_key = {(i.entity, i.entity_id): i for i in items}
    assert by_key[("operation", op_id)].label == number(fo, op_id)
    assert by_key[("check", check_id)].label == number(fo, op_id), "a check is named by its operation"
    assert by_key[("equipment_item", item_id)].label == "NV-0007"
    assert all(i.state == "pending" and i.status is None and i.reason is None for i in items)
    assert [i.created_at for i in items] == sorted(i.created_at for i in items), "oldest first"
    assert all(i.created_at.tzinfo is not None for i in items)
    op = by_key[("operation", op_id)]
    assert (op.op_type, op.op_id) == ("create", op_ids(fo, "operation", op_id)[0])


def test_outbox_items_filter_by_state_and_parse_the_reason(fo: FieldOps, officer: FieldOps) -> None:
    locked, invalid, conflicting, fine = (factories.operation(officer) for _ in range(4))
    answer(fo, op_ids(fo, "operation", locked)[0], "rejected", status="rejected_locked")
    answer(fo, op_ids(fo, "operation", invalid)[0], "rejected", status="rejected_invalid",
           reason="start_at after end_at")
    answer(fo, op_ids(fo, "operation", conflicting)[0], "conflict", status="conflict",
           conflicts=["area_name", "narrative"])
    refused = outbox_items(fo, ("rejected",))
    assert [(i.entity_id, i.status, i.reason) for i in refused] == [
        (locked, "rejected_locked", None), (invalid, "rejected_invalid", "start_at after end_at")]
    [conflict] = outbox_items(fo, ("conflict",))
    assert (conflict.entity_id, conflict.status, conflict.conflicts) == (
        conflicting, "conflict", ("area_name", "narrative"))
    assert {i.entity_id for i in outbox_items(fo)} >= {fine}
    assert len(outbox_items(fo, ("pending", "rejected", "conflict"))) == len(outbox_items(fo)) + 3
    assert len(outbox_items(fo, ("pending",), limit=1)) == 1


def test_a_last_error_that_is_not_json_is_kept_as_the_reason(fo: FieldOps, officer: FieldOps) -> None:
    op_id = factories.operation(officer)
    factories.execute(fo, "UPDATE outbox SET state = 'rejected', last_error = 'boom' WHERE entity_id = :i", i=op_id)
    [item] = outbox_items(fo, ("rejected",))
    assert (item.status, item.reason) == (None, "boom")


def test_items_of_deleted_or_unknown_records_have_no_label(fo: FieldOps, officer: FieldOps) -> None:
    factories.operation(officer)
    factories.execute(fo, "UPDATE outbox SET entity_id = 'gone' WHERE entity = 'operation'")
    items = [i for i in outbox_items(fo) if i.entity == "operation"]
    assert items and all(i.label is None for i in items)


# ---- dismiss ------------------------------------------------------------------------------------------------------
def test_dismissing_a_refused_change_keeps_the_row_and_audits_it(fo: FieldOps, officer: FieldOps) -> None:
    op_id = factories.operation(officer)
    outbox_op = op_ids(fo, "operation", op_id)[0]
    answer(fo, outbox_op, "rejected", status="rejected_immutable")
    audits = int(factories.scalar(fo, "SELECT count(*) FROM audit_event"))
    changes = dismiss_rejected(officer, outbox_op)
    assert changes.concerns("outbox") and changes.outbox_ops == 0, "nothing new to send"
    assert outbox_items(fo, ("rejected",)) == []
    assert status(fo).rejected == 0
    assert factories.rows(fo, "SELECT state, last_error FROM outbox WHERE op_id = :o", o=outbox_op) == [
        ("dismissed", json.dumps({"status": "rejected_immutable"}))], "the row and the reason stay"
    [dismissed] = outbox_items(fo, ("dismissed",))
    assert (dismissed.op_id, dismissed.status) == (outbox_op, "rejected_immutable")
    assert int(factories.scalar(fo, "SELECT count(*) FROM audit_event")) == audits + 1
    actor, entity, entity_id, details = factories.rows(
        fo, "SELECT actor_id, entity, entity_id, details FROM audit_event ORDER BY seq DESC LIMIT 1")[0]
    details = json.loads(details) if isinstance(details, str) else details
    assert (actor, entity, entity_id) == (officer.user.id, "outbox", outbox_op)
    assert details["state"] == "dismissed" and details["status"] == "rejected_immutable"
    assert fo.audit.verify().ok


def test_only_refused_changes_can_be_dismissed(fo: FieldOps, officer: FieldOps) -> None:
    op_id = factories.operation(officer)
    outbox_op = op_ids(fo, "operation", op_id)[0]
    for op in (outbox_op, "no-such-op"):
        with pytest.raises(FieldOpsError) as exc:
            dismiss_rejected(officer, op)
        assert exc.value.code == ErrorCode.NOT_FOUND
    assert factories.scalar(fo, "SELECT state FROM outbox WHERE op_id = :o", o=outbox_op) == "pending"
    answer(fo, outbox_op, "rejected", status="rejected_locked")
    dismiss_rejected(officer, outbox_op)
    with pytest.raises(FieldOpsError) as exc:
        dismiss_rejected(officer, outbox_op)  # twice: it is no longer in the list
    assert exc.value.code == ErrorCode.NOT_FOUND


def test_only_the_author_dismisses_a_refused_change(fo: FieldOps, officer: FieldOps) -> None:
    op_id = factories.operation(officer)
    outbox_op = op_ids(fo, "operation", op_id)[0]
    answer(fo, outbox_op, "rejected", status="rejected_locked")
    [item] = outbox_items(fo, ("rejected",))
    assert (item.actor_id, item.author) == (officer.user.id, officer.user.full_name)
    assert item.is_by(officer.user.id) and not item.is_by(fo.user.id)
    with pytest.raises(FieldOpsError) as exc:
        dismiss_rejected(fo, outbox_op)  # the administrator, not the author
    assert exc.value.code == ErrorCode.NOT_PERMITTED
    factories.execute(fo, "UPDATE outbox SET actor_id = NULL WHERE op_id = :o", o=outbox_op)
    assert outbox_items(fo, ("rejected",))[0].is_by(fo.user.id), "no recorded author: anyone's to read"
    dismiss_rejected(fo, outbox_op)


def test_other_peoples_waiting_changes_are_counted_apart(fo: FieldOps, officer: FieldOps) -> None:
    factories.operation(officer)  # the officer's change; the administrator made the officer's account
    mine, theirs = status(fo), status(officer)
    assert mine.pending == theirs.pending >= 2
    officer_ops = int(factories.scalar(fo, "SELECT count(*) FROM outbox WHERE state = 'pending' AND actor_id = :a",
                                       a=officer.user.id))
    assert mine.pending_others == officer_ops >= 1
    assert theirs.pending_others == theirs.pending - officer_ops


def test_conflicts_resolved_on_the_server_leave_the_conflict_state(fo: FieldOps, officer: FieldOps) -> None:
    first, second = factories.operation(officer), factories.operation(officer)
    a, b = op_ids(fo, "operation", first)[0], op_ids(fo, "operation", second)[0]
    answer(fo, a, "conflict", status="conflict", conflicts=["area_name"])
    answer(fo, b, "conflict", status="conflict", conflicts=["narrative"])
    assert status(fo).conflicts == 2
    assert settle_conflicts(officer, [a, "another-laptops-op"]).concerns("outbox"), "b is no longer open"
    assert status(fo).conflicts == 1
    assert factories.scalar(fo, "SELECT state FROM outbox WHERE op_id = :o", o=b) == "resolved"
    assert factories.scalar(fo, "SELECT state FROM outbox WHERE op_id = :o", o=a) == "conflict"
    assert factories.scalar(fo, "SELECT count(*) FROM audit_event WHERE entity = 'outbox' AND entity_id = :o",
                            o=b) == 1
    assert settle_conflicts(officer, [a]).entities == frozenset(), "nothing else settled, nothing touched"
    settle_conflicts(officer, [])
    assert status(fo).conflicts == 0
    assert fo.audit.verify().ok


# ---- helpers for the conflicts list ------------------------------------------------------------------------------
def test_record_labels_and_local_op_ids(fo: FieldOps, officer: FieldOps, manager: FieldOps) -> None:
    op_id = factories.operation(officer)
    item_id = manager.equipment.create_item(asset_tag="TI-0001", serial_no="SN-1", kind="thermal_imager",
                                            make="Pulsar", model="Axion").created_id
    assert item_id
    labels = record_labels(fo, [("operation", op_id), ("equipment_item", item_id), ("operation", "elsewhere"),
                                ("mystery", "x")])
    assert labels == {("operation", op_id): number(fo, op_id), ("equipment_item", item_id): "TI-0001"}
    factories.execute(fo, "INSERT INTO amendment (id, operation_id, kind, reason, status, changes, created_by, "
                          "created_at, version) VALUES ('am-1', :o, 'void', 'x', 'draft', '{}', :u, :t, 1)",
                      o=op_id, u=officer.user.id, t=factories.utc().isoformat())
    assert record_labels(fo, [("amendment", "am-1")]) == {("amendment", "am-1"): number(fo, op_id)}
    mine = op_ids(fo, "operation", op_id)[0]
    assert local_op_ids(fo, [mine, "from-another-laptop"]) == {mine}
    assert local_op_ids(fo, []) == set()


def test_outbox_item_is_a_plain_value() -> None:
    when = datetime(2026, 1, 5, 21, 40, tzinfo=UTC)
    item = OutboxItem("o", "operation", "e", "update", when, "pending", None, None, "KRP-1")
    assert item.conflicts == () and item.label == "KRP-1"
