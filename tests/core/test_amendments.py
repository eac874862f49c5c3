"""Amendments after approval: an approved operation refuses edits; a correction or a void with a reason goes
through the same review (queue, return with a comment, resubmit, approve); approving a correction makes the
next version with a new approval hash; the version chain shows every step; nobody reviews their own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest

from fieldops.app import FieldOps
from fieldops.errors import ErrorCode
from fieldops.models.enums import Role
from fieldops.services import reviews
from tests import factories
from tests.core.test_operations_lifecycle import NIGHT, _complete, _op, _raises


@pytest.fixture
def supervisor(fo: FieldOps) -> Iterator[FieldOps]:
    session = factories.login(fo, factories.user(fo, Role.SUPERVISOR, full_name="Ilze Kalniņa"))
    yield session
    session.close()


def _approved(officer: FieldOps, supervisor: FieldOps, checks: int = 0) -> str:
    op_id = _op(officer)
    _complete(officer, op_id, vehicle="VP-1234")
    for n in range(checks):
        officer.checks.add(op_id, kind="other", at=NIGHT + timedelta(hours=1, minutes=n), outcome="no_violation",
                           facts={"category": "assistance", "text": f"Pārbaude {n}"})
    officer.operations.submit(op_id)
    supervisor.reviews.approve(op_id)
    return op_id


def _hash(fo: FieldOps, op_id: str) -> str:
    with fo._ctx.read() as s:
        from fieldops.models import Operation

        op = s.get(Operation, op_id)
        assert op is not None
        return reviews.content_hash(s, op)


def test_an_approved_operation_refuses_edits_and_a_correction_flows_through_review(
        fo: FieldOps, officer: FieldOps, supervisor: FieldOps) -> None:
    op_id = _approved(officer, supervisor)
    first = officer.operations.get(op_id)
    first_hash = factories.scalar(fo, "SELECT approval_hash FROM operation WHERE id = :i", i=op_id)
    assert first.status == "approved" and not first.editable and first_hash == _hash(fo, op_id)
    _raises(ErrorCode.LOCKED, None, officer.operations.update, op_id, first.version, narrative="edited")

    officer.amendments.propose(op_id, "correction", "The car was VP-4321, typed wrongly.",
                               fields={"vehicle": "VP-4321", "narrative": first.narrative})  # narrative: no change
    [am] = officer.amendments.for_operation(op_id)
    assert (am.kind, am.status, am.mine) == ("correction", "submitted", True)
    assert [(c.field, c.before, c.after) for c in am.corrections] == [("vehicle", "VP-1234", "VP-4321")]
    assert officer.operations.get(op_id).vehicle == "VP-1234"  # nothing changes before approval
    _raises(ErrorCode.LOCKED, None, officer.amendments.propose, op_id, "void", "Duplicate.")  # one at a time

    [item] = supervisor.reviews.queue()
    assert (item.id, item.amendment_id, item.amendment_kind, item.can_decide) == (op_id, am.id, "correction", True)
    supervisor.amendments.approve(am.id)
    after = officer.operations.get(op_id)
    new_hash = factories.scalar(fo, "SELECT approval_hash FROM operation WHERE id = :i", i=op_id)
    assert after.vehicle == "VP-4321" and after.status == "approved" and after.version == first.version + 1
    assert new_hash != first_hash and new_hash == _hash(fo, op_id)
    assert supervisor.reviews.queue() == []
    assert officer.amendments.get(am.id).status == "approved"

    chain = officer.amendments.version_chain(op_id)
    assert [e.event for e in chain] == ["created", "approved", "amendment", "amendment_approved"]
    assert [(e.version, e.content_hash) for e in chain if e.version] == [(1, first_hash), (2, new_hash)]
    step = chain[2]
    assert (step.reason, step.kind, step.actor) == ("The car was VP-4321, typed wrongly.", "correction",
                                                    officer.user.full_name)
    assert [(c.field, c.before, c.after) for c in step.corrections] == [("vehicle", "VP-1234", "VP-4321")]
    assert chain[3].actor == "Ilze Kalniņa"
    # The decision travels with the amendment's id; the operation's own decisions stay the crew's list.
    payloads = [json.loads(p) for (p,) in factories.rows(
        fo, "SELECT payload FROM outbox WHERE entity = 'review_decision' ORDER BY rowid")]
    assert payloads[-1]["amendment_id"] == am.id and payloads[-1]["content_hash"] == new_hash
    assert [d.decision for d in officer.reviews.decisions(op_id)] == ["approved"]


def test_a_returned_amendment_is_edited_and_submitted_again(fo: FieldOps, officer: FieldOps,
                                                            supervisor: FieldOps) -> None:
    op_id = _approved(officer, supervisor, checks=2)
    checks = officer.checks.list(op_id)
    officer.amendments.propose(op_id, "correction", "Wrong place.", fields={"area_name": "Rucava"})
    [am] = officer.amendments.for_operation(op_id)
    _raises(ErrorCode.REQUIRED, "comment", supervisor.amendments.return_for_correction, am.id, "  ")
    supervisor.amendments.return_for_correction(am.id, "Say where exactly, and void the test check.")
    back = officer.amendments.get(am.id)
    assert (back.status, back.return_comment, back.mine) == (
        "returned", "Say where exactly, and void the test check.", True)
    assert supervisor.reviews.queue() == []
    _raises(ErrorCode.REQUIRED, "void_reason", officer.amendments.propose, op_id, "correction", "x",
            fields={}, void_checks={checks[0].id: " "}, amendment_id=am.id)
    officer.amendments.propose(op_id, "correction", "Wrong place: Rucava, by the lake.",
                               fields={"area_name": "Rucava, Papes ezers"}, void_checks={checks[0].id: "Test entry."},
                               amendment_id=am.id)
    [item] = supervisor.reviews.queue()
    assert (item.amendment_id, item.returns) == (am.id, 1)
    supervisor.amendments.approve(am.id)
    detail = officer.operations.get(op_id)
    assert detail.area_name == "Rucava, Papes ezers" and detail.check_count == 1
    assert [c.id for c in officer.checks.list(op_id)] == [checks[1].id]
    voided = factories.rows(fo, "SELECT void_reason FROM check_record WHERE id = :i", i=checks[0].id)
    assert voided == [("Test entry.",)]
    assert factories.scalar(fo, "SELECT approval_hash FROM operation WHERE id = :i", i=op_id) == _hash(fo, op_id)
    events = [e.event for e in officer.amendments.version_chain(op_id)]
    assert events == ["created", "approved", "amendment", "amendment_returned", "amendment_resubmitted",
                      "amendment_approved"]
    ops = factories.rows(fo, "SELECT op_type FROM outbox WHERE entity = 'amendment' ORDER BY rowid")
    assert ops == [("create",), ("resubmit",)]


def test_a_void_keeps_the_record_and_takes_it_out_of_the_counts(fo: FieldOps, officer: FieldOps,
                                                                supervisor: FieldOps) -> None:
    op_id = _approved(officer, supervisor, checks=1)
    officer.amendments.propose(op_id, "void", "Logged twice; the other log is KRP-2025-000041.")
    [am] = officer.amendments.for_operation(op_id)
    assert am.corrections == () and am.kind == "void"
    supervisor.amendments.approve(am.id)
    detail = officer.operations.get(op_id)
    assert detail.status == "voided" and not detail.editable
    _raises(ErrorCode.LOCKED, None, officer.amendments.propose, op_id, "correction", "x", fields={"vehicle": "y"})
    from fieldops.services.statistics import StatsFilter

    flt = StatsFilter(NIGHT - timedelta(hours=12), NIGHT + timedelta(hours=12))
    assert sum(n for _night, _type, n in supervisor.statistics.operations_per_night(flt)) == 0


def test_bad_amendments_are_refused_with_the_field_named(fo: FieldOps, officer: FieldOps,
                                                         supervisor: FieldOps) -> None:
    draft = _op(officer)
    _raises(ErrorCode.LOCKED, None, officer.amendments.propose, draft, "void", "Not approved yet.")
    op_id = _approved(officer, supervisor)
    _raises(ErrorCode.REQUIRED, "reason", officer.amendments.propose, op_id, "void", "   ")
    _raises(ErrorCode.INVALID, "kind", officer.amendments.propose, op_id, "delete", "x")
    _raises(ErrorCode.INVALID, "changes", officer.amendments.propose, op_id, "correction", "x",
            fields={"vehicle": "VP-1234"})  # the same value: nothing changes
    _raises(ErrorCode.INVALID, "crew", officer.amendments.propose, op_id, "correction", "x", fields={"crew": []})
    _raises(ErrorCode.INVALID, "actual_end", officer.amendments.propose, op_id, "correction", "x",
            fields={"actual_end": NIGHT - timedelta(hours=1)})
    too_long = _raises(ErrorCode.TOO_LONG, "reason", officer.amendments.propose, op_id, "void", "x" * 4001)
    assert too_long.english() == "At most 4000 characters."
    stranger = factories.login(fo, factories.user(fo, Role.OFFICER))
    try:
        _raises(ErrorCode.NOT_PERMITTED, None, stranger.amendments.propose, op_id, "void", "Not mine.")
    finally:
        stranger.close()
    assert officer.amendments.for_operation(op_id) == []
    assert factories.scalar(fo, "SELECT count(*) FROM outbox WHERE entity = 'amendment'") == 0


def test_nobody_reviews_their_own_amendment(fo: FieldOps, officer: FieldOps, supervisor: FieldOps) -> None:
    op_id = _approved(officer, supervisor)
    crew_supervisor_id = factories.user(fo, Role.SUPERVISOR, Role.OFFICER)
    factories.execute(fo, "INSERT INTO operation_crew (operation_id, user_id, is_lead) VALUES (:o, :u, 0)",
                      o=op_id, u=crew_supervisor_id)
    crew_supervisor = factories.login(fo, crew_supervisor_id)
    try:
        crew_supervisor.amendments.propose(op_id, "correction", "Weather was fog.", fields={"weather": "migla"})
        [am] = crew_supervisor.amendments.for_operation(op_id)
        [item] = crew_supervisor.reviews.queue()
        assert not item.can_decide
        _raises(ErrorCode.SELF_REVIEW, None, crew_supervisor.amendments.approve, am.id)
        _raises(ErrorCode.NOT_PERMITTED, None, officer.amendments.approve, am.id)  # officers do not decide
        supervisor.amendments.approve(am.id)
        assert officer.operations.get(op_id).weather == "migla"
    finally:
        crew_supervisor.close()


def test_the_author_withdraws_an_amendment(fo: FieldOps, officer: FieldOps, supervisor: FieldOps) -> None:
    op_id = _approved(officer, supervisor)
    officer.amendments.propose(op_id, "void", "Mistake.")
    [am] = officer.amendments.for_operation(op_id)
    _raises(ErrorCode.NOT_PERMITTED, None, supervisor.amendments.withdraw, am.id)
    officer.amendments.withdraw(am.id)
    assert officer.amendments.get(am.id).status == "withdrawn" and supervisor.reviews.queue() == []
    _raises(ErrorCode.LOCKED, None, supervisor.amendments.approve, am.id)
    assert [e.event for e in officer.amendments.version_chain(op_id)][-2:] == ["amendment", "amendment_withdrawn"]
    assert factories.rows(fo, "SELECT op_type FROM outbox WHERE entity = 'amendment' ORDER BY rowid") == [
        ("create",), ("withdraw",)]
