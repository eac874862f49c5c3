"""R1 (QUALITY.md): randomized multi-laptop schedules converge: 0 divergence, 0 lost ops, 0 duplicate applies,
0 changed approved records, 0 silent overwrites.

Quick mode (`make test`): 200 schedules in process (DirectTransport, two worker processes, one agency each) and
30 schedules over HTTP against the real server process on PostgreSQL. Long mode (`--reliability-long` or
FIELDOPS_RELIABILITY_LONG=1): 5,000 in process and 500 over HTTP.

A failing schedule prints its seed; replay it alone with its full step log:
    FIELDOPS_RELIABILITY_SEED=123 pytest tests/reliability/test_r1_convergence.py::test_replay_one_schedule -s
    FIELDOPS_RELIABILITY_SEED=100004:http ...        (a schedule of the HTTP part)
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability.conftest import ReliabilityDb, long_mode
from tests.reliability.harness import (
    ScheduleResult,
    ServerHandle,
    Template,
    format_figures,
    run_many,
    run_schedule,
    summarize,
)

pytestmark = pytest.mark.reliability

QUICK_DIRECT, QUICK_HTTP = 200, 30
LONG_DIRECT, LONG_HTTP = 5000, 500
HTTP_SEEDS = 100_000  # HTTP schedules' seeds start here (distinct from the in-process ones)
WORKERS = 2


def report(capsys: pytest.CaptureFixture[str], title: str, results: list[ScheduleResult]) -> None:
    figures = summarize(results)
    with capsys.disabled():
        print("\n" + format_figures(title, figures))


def failures(results: list[ScheduleResult], http: bool = False) -> str:
    bad = [r for r in results if not r.ok]
    hint = (f"replay: FIELDOPS_RELIABILITY_SEED={bad[0].seed}{':http' if http else ''} pytest "
            "tests/reliability/test_r1_convergence.py::test_replay_one_schedule -s") if bad else ""
    return f"{len(bad)} of {len(results)} schedules failed (seeds {[r.seed for r in bad][:30]})\n" + \
        "\n\n".join(r.describe() for r in bad[:4]) + f"\n{hint}"


def test_r1_schedules_converge_in_process(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str],
                                          templates: list[Template], reliability_db: ReliabilityDb,
                                          reliability_root: Path) -> None:
    count = LONG_DIRECT if long_mode(request.config) else QUICK_DIRECT
    results = run_many(reliability_db.url, templates[:WORKERS], reliability_root / "r1-direct", range(count),
                       workers=WORKERS)
    report(capsys, f"R1 in process: {count} schedules", results)
    assert len(results) == count
    assert all(r.ok for r in results), failures(results)


def test_r1_schedules_converge_over_http(request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str],
                                         templates: list[Template], reliability_db: ReliabilityDb,
                                         reliability_live: str, reliability_root: Path) -> None:
    """The same schedules through the real path: HttpTransport, ServerSession tokens, `fieldops server` on
    PostgreSQL (crash restarts resume the session from the stored refresh token)."""
    count = LONG_HTTP if long_mode(request.config) else QUICK_HTTP
    seeds = range(HTTP_SEEDS, HTTP_SEEDS + count)
    results = run_many(reliability_db.url, templates[2:3], reliability_root / "r1-http", seeds,
                       live_url=reliability_live)
    report(capsys, f"R1 over HTTP (fieldops server on PostgreSQL): {count} schedules", results)
    assert len(results) == count
    assert all(r.ok for r in results), failures(results, http=True)


@pytest.mark.skipif(not os.environ.get("FIELDOPS_RELIABILITY_SEED"), reason="set FIELDOPS_RELIABILITY_SEED")
def test_replay_one_schedule(capsys: pytest.CaptureFixture[str], templates: list[Template],
                             reliability_db: ReliabilityDb, reliability_root: Path,
                             request: pytest.FixtureRequest) -> None:
    seed_text, _, mode = os.environ["FIELDOPS_RELIABILITY_SEED"].partition(":")
    url = request.getfixturevalue("reliability_live") if mode == "http" else None
    template = templates[2] if mode == "http" else templates[int(seed_text) % WORKERS]
    result = run_schedule(ServerHandle(reliability_db.engine, url), template, reliability_root / "replay",
                          int(seed_text))
    with capsys.disabled():
        print("\n" + "\n".join(result.log))
        print(result.describe(50))
    assert result.ok, result.describe()
