"""The supervisor's review: the queue (own agency and joint operations, oldest submission first), comments per
field, what changed since the last review, and the decision history the crew reads."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import Role
from tests import factories
from tests.core.test_operations_lifecycle import NIGHT, _complete, _op


@pytest.fixture
def supervisor(fo: FieldOps) -> Iterator[FieldOps]:
    session = factories.login(fo, factories.user(fo, Role.SUPERVISOR))
    yield session
    session.close()


def _submitted(officer: FieldOps, n: int = 1, **extra: object) -> list[str]:
    ids = []
    for _ in range(n):
        op_id = _op(officer)
        _complete(officer, op_id, **extra)
        officer.operations.submit(op_id)
        ids.append(op_id)
    return ids


def test_the_queue_holds_submitted_operations_oldest_submission_first(fo: FieldOps, officer: FieldOps,
                                                                      supervisor: FieldOps) -> None:
    draft = _op(officer)
    first, second = _submitted(officer, 2)
    factories.execute(fo, "UPDATE operation SET submitted_at = :t WHERE id = :i", t=NIGHT - timedelta(hours=1),
                      i=second)
    queue = supervisor.reviews.queue()
    assert [q.id for q in queue] == [second, first] and draft not in {q.id for q in queue}
    assert all(q.can_decide and q.returns == 0 for q in queue)
    assert supervisor.reviews.queue(op_type="hunter_control") == []
    number = officer.operations.get(first).number
    assert [q.id for q in supervisor.reviews.queue(text=number)] == [first]
    with pytest.raises(FieldOpsError) as err:
        officer.reviews.queue()
    assert err.value.code == ErrorCode.NOT_PERMITTED


def test_another_agencys_queue_is_not_mine_but_a_joint_operation_is(fo: FieldOps, officer: FieldOps) -> None:
    [op_id] = _submitted(officer)
    lithuanian = factories.login(fo, factories.user(fo, Role.SUPERVISOR, code="KAVPK"))
    try:
        assert lithuanian.reviews.queue() == []
        lt_officer = factories.user(fo, Role.OFFICER, code="KAVPK")
        factories.execute(fo, "INSERT INTO operation_crew (operation_id, user_id, is_lead) VALUES (:o, :u, 0)",
                          o=op_id, u=lt_officer)
        [joint] = lithuanian.reviews.queue()
        assert joint.id == op_id and not joint.can_decide  # the owning agency's supervisor decides
    finally:
        lithuanian.close()


def test_comments_per_field_reach_the_crew_and_unknown_fields_are_refused(officer: FieldOps,
                                                                          supervisor: FieldOps) -> None:
    [op_id] = _submitted(officer)
    with pytest.raises(FieldOpsError) as err:
        supervisor.reviews.return_for_correction(op_id, "", {"password": "x"})
    assert err.value.field == "fields"
    with pytest.raises(FieldOpsError) as err:
        supervisor.reviews.return_for_correction(op_id, " ", {"vehicle": "  "})
    assert (err.value.code, err.value.field) == (ErrorCode.REQUIRED, "comment")
    supervisor.reviews.return_for_correction(op_id, "", {"vehicle": "Which patrol car?", "narrative": "Too short."})
    [decision] = officer.reviews.decisions(op_id)
    assert (decision.decision, decision.overall, decision.fields) == (
        "returned", "", {"vehicle": "Which patrol car?", "narrative": "Too short."})
    assert supervisor.reviews.queue() == []  # returned: the crew's turn


def test_the_second_review_shows_what_changed_since_the_first(officer: FieldOps, supervisor: FieldOps) -> None:
    [op_id] = _submitted(officer, vehicle="VP-1")
    assert supervisor.reviews.changes_since_last_review(op_id) == []  # a first review: nothing to compare
    supervisor.reviews.return_for_correction(op_id, "Vehicle number and one more check, please.")
    d = officer.operations.get(op_id)
    officer.operations.update(op_id, d.version, vehicle="VP-231")
    officer.checks.add(op_id, kind="other", at=NIGHT + timedelta(hours=1), outcome="no_violation",
                       facts={"category": "assistance", "text": "Palīdzēts autovadītājam"})
    officer.operations.submit(op_id)
    changes = supervisor.reviews.changes_since_last_review(op_id)
    by_field = {c.field: c for c in changes}
    assert (by_field["vehicle"].before, by_field["vehicle"].after) == ("VP-1", "VP-231")
    assert [c.after for c in changes if c.field == "check"] == ["added"]
    assert [q.returns for q in supervisor.reviews.queue()] == [1]
    supervisor.reviews.approve(op_id)
    assert [d.decision for d in officer.reviews.decisions(op_id)] == ["returned", "approved"]
    assert officer.reviews.decisions(op_id)[-1].content_hash
