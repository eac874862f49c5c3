"""R2 (QUALITY.md): the checker has teeth. Each known sync bug is switched back on (the engine's test-only
`BUGS` flags; the server-side ones simulated by the in-process transport) and random schedules run until the
checker reports it; it must be caught within MAX_SCHEDULES, by the violation that bug causes (its signature:
not any violation, so a different, pre-existing fault cannot stand in for it).

- outbox_cleared_before_ack: ops marked sent before the server answered → a lost request loses them ("lost");
- cursor_before_apply: the cursor is stored before the page is applied → a crash in between skips changes for
  good ("missing": records that never arrive);
- rejected_edits_discarded: a rejected op is marked sent, its reason dropped ("rejected_dropped");
- pending_overwritten: a pull overwrites a record with a change still pending here ("pending_overwritten");
- wall_clock_order: pulled changes do not advance the HLC → with ±24 h clock skew, an edit made after seeing
  the current value loses to it ("edit_dropped");
- no_op_dedupe (server): every request's ops are new to the server → a resent op is applied twice
  ("duplicate_apply");
- gapped_feed (server): the reader passes over rows that commit after it read ("missing").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldops.sync import engine as sync_engine
from tests.reliability.conftest import ReliabilityDb
from tests.reliability.harness import (
    ENGINE_BUGS,
    SERVER_BUGS,
    Profile,
    ScheduleResult,
    ServerHandle,
    Template,
    run_schedule,
)

pytestmark = pytest.mark.reliability

MAX_SCHEDULES = 40
SEEDS = 200_000

SIGNATURES: dict[str, set[str]] = {
    "outbox_cleared_before_ack": {"lost"},
    "cursor_before_apply": {"missing"},
    "rejected_edits_discarded": {"rejected_dropped"},
    "pending_overwritten": {"pending_overwritten"},
    "wall_clock_order": {"edit_dropped"},
    "no_op_dedupe": {"duplicate_apply"},
    "gapped_feed": {"missing"},
}
# Schedules shaped to reach each bug's trigger often (the checker is the same for all).
PROFILES: dict[str, Profile] = {
    "outbox_cleared_before_ack": Profile(p_fault=0.8, faults=("lost_request", "server_error")),
    "cursor_before_apply": Profile(p_crash=0.8, crash_points=("pull.after_cursor", "pull.before_apply",
                                                              "pull.mid_apply")),
    "rejected_edits_discarded": Profile(p_review_phase=1.0),
    "pending_overwritten": Profile(p_interleave=0.9),
    "wall_clock_order": Profile(p_skew=1.0),
    "no_op_dedupe": Profile(p_fault=0.8, faults=("duplicate", "lost_reply")),
    "gapped_feed": Profile(),
}


def test_every_listed_bug_has_a_signature() -> None:
    assert set(SIGNATURES) == set(ENGINE_BUGS) | set(SERVER_BUGS) == set(PROFILES)


@pytest.mark.parametrize("bug", [*ENGINE_BUGS, *SERVER_BUGS])
def test_the_checker_catches(bug: str, templates: list[Template], reliability_db: ReliabilityDb,
                             reliability_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server = ServerHandle(reliability_db.engine)
    template = templates[3]  # an agency of its own: nothing else reads or writes its feed meanwhile
    tried: list[ScheduleResult] = []
    caught: ScheduleResult | None = None
    for n in range(MAX_SCHEDULES):
        result = run_schedule(server, template, reliability_root / f"r2-{bug}", SEEDS + n, profile=PROFILES[bug],
                              bugs=[bug])
        tried.append(result)
        assert not sync_engine.BUGS, "the flag must be switched off after the schedule"
        if result.kinds() & SIGNATURES[bug]:
            caught = result
            break
    with capsys.disabled():
        found = f"caught after {len(tried)} schedule(s), seed {caught.seed}" if caught else "NOT caught"
        detail = next((m for k, m in caught.violations if k in SIGNATURES[bug]), "") if caught else ""
        print(f"\nR2 {bug}: {found}" + (f": {detail[:200]}" if caught else ""))
    assert caught is not None, (
        f"{bug} was not caught in {MAX_SCHEDULES} schedules; violations seen: "
        f"{sorted({k for r in tried for k in r.kinds()})}")
