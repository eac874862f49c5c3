"""R3 (QUALITY.md): the laptop killed at every named point of a sync, then started again from disk: 0 lost ops,
0 duplicated, converged within 2 sync rounds after the restart.

The points: the engine's hooks (before the push is sent, after its reply arrived, after the results were stored,
before a pulled page is applied, after it was), inside a transaction (while storing push results, while applying
a pulled page: what kill -9 leaves is the transaction rolled back), after the server committed but before the
reply arrived ("push.lost_reply"), and right after a user action committed ("action.after_commit"). Each runs
in process and over HTTP against the real server process on PostgreSQL (a restarted laptop signs in again with
its stored refresh token).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from fieldops.app import FieldOps
from fieldops.services.desk import ReturnLine
from tests.reliability.conftest import ReliabilityDb
from tests.reliability.harness import CRASH_POINTS, PASSWORD, Profile, ServerHandle, Template, World

pytestmark = pytest.mark.reliability


def _create(fo: FieldOps, crew: list[str], area: str) -> str:
    start = fo._ctx.clock() - timedelta(hours=3)
    changes = fo.operations.create(type="traffic_monitoring", start_at=start, end_at=start + timedelta(hours=2),
                                   actual=True, crew=crew, area_name=area, vehicle="VP-100")
    assert changes.created_id
    return changes.created_id


def _check(fo: FieldOps, operation_id: str, text: str) -> Any:
    return fo.checks.add(operation_id, kind="other", at=fo._ctx.clock() - timedelta(hours=2), outcome="warning",
                         facts={"category": "assistance", "text": text})


def _version(fo: FieldOps, operation_id: str) -> int:
    return fo.operations.get(operation_id).version


def crash_scenario(world: World, point: str) -> int:
    """Three laptops share an operation; the officer's laptop `a` crashes at `point` while syncing its offline
    work (an edit, checks, a new operation) and the others' changes wait in the feed. Returns the sync rounds
    needed after the restart."""
    t = world.template
    a, b = world.add_client("a", t.accounts["off1"]), world.add_client("b", t.accounts["off2"])
    m = world.add_client("m", t.accounts["mgr1"])
    x = world.perform(a, "create x", lambda fo: _create(fo, [b.user_id], "Nīca"))
    item = world.perform(m, "item", lambda fo: fo.equipment.create_item(
        asset_tag=f"R3-{world.seed}", serial_no="SN", kind="nv_binocular", make="Pulsar", model="T").created_id)
    world.items.append(item)
    for laptop in (a, b, m):
        assert laptop.sync() is not None
    assert a.sync() is not None and b.sync() is not None
    # The others' changes (other fields than a's, so nothing conflicts) wait in the feed for a.
    world.perform(b, "weather", lambda fo: fo.operations.update(x, _version(fo, x), weather="rain"))
    world.perform(b, "check", lambda fo: _check(fo, x, "b's check"))
    world.perform(m, "check out", lambda fo: fo.desk.check_out(a.user_id, [item], acknowledgement=PASSWORD))
    assert b.sync() is not None and m.sync() is not None
    # a's offline work.
    world.perform(a, "edit", lambda fo: fo.operations.update(x, _version(fo, x), narrative="a's narrative",
                                                             vehicle="VP-200"))
    world.perform(a, "check", lambda fo: _check(fo, x, "a's check"))
    y = world.perform(a, "create y", lambda fo: _create(fo, [], "Rucava"))
    world.perform(a, "check on y", lambda fo: _check(fo, y, "on y"))
    world.perform(m, "return", lambda fo: fo.desk.return_items([ReturnLine(item)]))
    assert m.sync() is not None
    if point == "action.after_commit":
        a.crash_restart(point)
    else:
        a.crash_at = (point, 1)
        assert a.sync() is None, f"{point} was not reached"
    assert world.stats[f"crash.{point}"] == 1
    return world.converge()


@pytest.mark.parametrize("transport", ["direct", "http"])
@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_laptop_killed_during_sync_loses_and_duplicates_nothing(
        point: str, transport: str, request: pytest.FixtureRequest, templates: list[Template],
        reliability_db: ReliabilityDb, reliability_root: Path) -> None:
    url = request.getfixturevalue("reliability_live") if transport == "http" else None
    seed = 300_000 + CRASH_POINTS.index(point) + (100 if url else 0)
    world = World(ServerHandle(reliability_db.engine, url), templates[3], reliability_root / f"r3-{seed}", seed,
                  profile=Profile(p_fault=0, p_crash=0, p_interleave=0, final_rounds=2))
    try:
        world.rounds = crash_scenario(world, point)
        world.check()
    finally:
        world.close()
    problems = "\n".join(f"[{k}] {m}" for k, m in world.violations)
    assert not world.violations, f"crash at {point} ({transport}):\n{problems}\nsteps: {' | '.join(world.steps)}"
    assert world.rounds <= 2
    assert world.stats["ops"] >= 8 and not world.stats["result.rejected_invalid"]
