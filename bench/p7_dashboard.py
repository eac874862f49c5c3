"""P7 dashboard: the Dashboard page's aggregates and the page itself over a year of 1,000,000 operations.

Targets. QUALITY.md has no dashboard target (its P7 is the month's PDF report). The one bar that applies
is P2's "never stalls the GUI thread > 50 ms" (QUALITY.md), used here for the page: ratio = the longest
GUI-thread stall / 50 ms, target 1.0. The aggregates have no budget anywhere; their lines are ours and
informational: ratio = the eight aggregates' time / eight bare passes over the same rows (4 over the
operations, 4 over the checks; BARE_TARGET 3.0 is ours), with the absolute seconds alongside
(docs/dashboards.md, "Performance at 1,000,000 operations").

Workspace: `bench.common.workspace(N)` (the demo: N operations spread over the year before its build date,
2.6 checks each), copied once to bench/out/p7-dashboard-vV-N and cached there, with the flags the demo does
not write: every traffic and hunter check judged by the real rule packs (`rules.evaluate`, the pack in force
on the check's local date, as `fieldops.services.checks.judge` does) and its flags stored in the check
service's format (`{code, severity, field, params, decision, reason}`) with its pack id. A violation flag on
a check whose recorded outcome is a violation is "confirmed"; on a check the demo recorded as "no violation"
it is "overridden" with a reason, as the check service requires (it refuses a confirmed violation flag with
a "no violation" outcome), so the service's counting rule decides, not the bench. Warnings are confirmed.
"Now" is the demo's build time (its last operation, tonight's, starts two hours before it), so the periods
stay the same nights whenever the cached workspace is measured.

Aggregates: for a supervisor of VP-KRP (one agency) and the administrator (all agencies), for the periods the
page defines (`ui.views.dashboard.period_bounds` in the user's agency time zone, as the page picks it):
this night, the last 7 nights, this month, the last 12 months. Each of the eight `fo.statistics` aggregates
(the page's seven and `project_indicators` of the reports) is called alone, once untimed (warm-up: moon
cache, pages in the OS cache), then timed --runs times (median); the year --year-runs times. In-run
baselines through the same connection: one bare GROUP BY over the period's operations (`type`, the
operations index the operation-level aggregates read) and one over their non-voided checks (`kind`, the
checks index, operations sorted by id like the service). `equipment_counts` (not a period figure) is timed
too.

Page: offscreen, signed in as the administrator, a fresh `DashboardView` per run with its period set before the
first show (its clock pinned to the same "now"), measured from `show()` until every chart and the two numbers
hold the period's data, with a 5 ms heartbeat timer on the GUI thread (the longest gap between two beats is the
longest stall), split into the stall until the first chart's data arrives (the seven charts built one per
event-loop turn, laid out and drawn empty) and the stall while the data arrives and is drawn. First a page on
"this night" (it imports pyqtgraph and numpy), then the last 7 nights and this month (--runs each) and the last
12 months (--year-runs), then a filter change while the year still loads: back to the last 7 nights one second
into the year's queries. Before each, the longest heartbeat gap of 3 s of an idle event loop (a plain widget
shown) tells how noisy the machine is at that moment. Each closed page's reference cycles are collected on the
GUI thread.

    python -m bench.p7_dashboard [--operations N] [--runs 3] [--year-runs 1]

Prints one JSON line per figure (`bench.common.report`); exit status 1 only if a page's longest GUI stall
exceeds 100 ms (twice the 50 ms bar), never on the aggregates' times.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bench.common import OUT, report
from bench.common import workspace as demo_workspace

VERSION = 1  # bump when the flags written or the copy change: the cached workspace is rebuilt
STALL_MS = 50.0  # QUALITY.md P2: never stalls the GUI thread > 50 ms
BARE_TARGET = 3.0  # ours, informational: the eight aggregates within 3x eight bare passes over the same rows
PERIODS = {"night": "this night", "7d": "last 7 nights", "month": "this month", "12m": "last 12 months"}
AGGREGATES = ("operations_per_night", "night_context", "equipment_hours", "project_indicators",
              "checks_by_category", "alcohol_bands", "hunter_checks", "violations_by_rule")
USERS = (("supervisor.lv", "supervisor VP-KRP"), ("admin", "administrator, all agencies"))
OVERRIDE_REASON = "Pārbaudē pārkāpums netika konstatēts"  # the officer's documented "no" (demo outcome)
CHUNK = 50_000


# ---- the workspace ----------------------------------------------------------------------------------------
def workspace(operations: int) -> tuple[Path, datetime]:
    """The cached copy of the demo workspace with the rule packs' flags, and the demo's "now"."""
    from fieldops import paths

    home = OUT / f"p7-dashboard-v{VERSION}-{operations}"
    meta = home.with_name(home.name + ".json")
    if not paths.exists(home) or not meta.exists():
        source = demo_workspace(operations)
        staging = home.with_name(home.name + ".building")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)
        started = time.perf_counter()
        print(f"copying {source} to {home} and writing the rule packs' flags …", file=sys.stderr, flush=True)
        shutil.copytree(source, staging)
        facts = _write_flags(staging)
        staging.rename(home)
        meta.write_text(json.dumps({**facts, "seconds": round(time.perf_counter() - started, 1)}, indent=1))
        print(f"  done in {time.perf_counter() - started:.1f} s: {facts}", file=sys.stderr, flush=True)
    facts = json.loads(meta.read_text())
    return home, datetime.fromisoformat(facts["now"])


def _write_flags(home: Path) -> dict[str, Any]:
    from fieldops import rules
    from fieldops.app import FieldOps
    from fieldops.demo import DEMO_PASSWORD

    book = rules.default_book()
    zones: dict[str, ZoneInfo] = {}
    counts = {"checks_judged": 0, "checks_with_flags": 0, "checks_confirmed_violation": 0,
              "checks_overridden_only": 0}
    fo = FieldOps.open(home, "admin", DEMO_PASSWORD)
    try:
        raw = fo.engine.raw_connection()
        try:
            cur = raw.cursor()
            latest = cur.execute("SELECT max(start_at) FROM operation").fetchone()[0]
            now = datetime.fromisoformat(latest).replace(tzinfo=UTC) + timedelta(hours=2)  # demo._tonight
            last = cur.execute("SELECT max(rowid) FROM check_record").fetchone()[0] or 0
            cur.execute("BEGIN IMMEDIATE")
            for low in range(0, last + 1, CHUNK):
                rows = cur.execute(
                    "SELECT c.rowid, c.kind, c.at, c.facts, c.violation, a.country, a.timezone FROM check_record c "
                    "JOIN operation o ON o.id = c.operation_id JOIN agency a ON a.id = o.agency_id "
                    "WHERE c.rowid >= ? AND c.rowid < ? AND c.flags = '[]' AND c.kind IN ('traffic', 'hunter')",
                    (low, low + CHUNK)).fetchall()
                updates = []
                for rowid, kind, at, facts, violation, country, tz in rows:
                    zone = zones.setdefault(tz, ZoneInfo(tz))
                    on = datetime.fromisoformat(at).replace(tzinfo=UTC).astimezone(zone).date()
                    clean = rules.validate_facts(book, kind, country, json.loads(facts), on)
                    evaluation = rules.evaluate(book, kind, country, on, clean)
                    counts["checks_judged"] += 1
                    if not evaluation.flags:
                        continue
                    flags = []
                    for flag in evaluation.flags:
                        overridden = flag.severity == "violation" and not violation
                        flags.append({**flag.as_dict(), "decision": "overridden" if overridden else "confirmed",
                                      "reason": OVERRIDE_REASON if overridden else None})
                    counts["checks_with_flags"] += 1
                    if any(f["severity"] == "violation" and f["decision"] == "confirmed" for f in flags):
                        counts["checks_confirmed_violation"] += 1
                    elif any(f["decision"] == "overridden" for f in flags):
                        counts["checks_overridden_only"] += 1
                    updates.append((json.dumps(flags, ensure_ascii=False),
                                    f"{evaluation.pack_id}@{evaluation.pack_version}", rowid))
                cur.executemany("UPDATE check_record SET flags = ?, rule_pack = ? WHERE rowid = ?", updates)
            raw.commit()
            cur.execute("ANALYZE ix_check_record_flags")  # empty when the demo ran ANALYZE
            raw.commit()
        finally:
            raw.close()
    finally:
        fo.close()
    return {"now": now.isoformat(), **counts}


# ---- the aggregates -----------------------------------------------------------------------------------------
def _sql_time(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _raw_rows(fo: Any, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """One statement on the driver's cursor, as `StatisticsService._rows` runs it."""
    with fo.engine.connect() as conn:
        cursor = conn.connection.dbapi_connection.cursor()
        try:
            cursor.execute(sql, params)
            return [tuple(r) for r in cursor.fetchall()]
        finally:
            cursor.close()


def _bare(fo: Any, agency_ids: list[str], f: Any) -> tuple[Callable[[], Any], Callable[[], Any]]:
    """The baselines: a bare GROUP BY over the period's operations, and one over their checks."""
    params: dict[str, Any] = {"start": _sql_time(f.start), "end": _sql_time(f.end)}
    for i, agency in enumerate(agency_ids):
        params[f"a{i}"] = agency
    where = (f"o.agency_id IN ({', '.join(f':a{i}' for i in range(len(agency_ids)))}) AND o.start_at >= :start "
             "AND o.start_at < :end AND o.status <> 'voided'")
    ops_sql = f"SELECT o.type, count(*) FROM operation o INDEXED BY ix_operation_stats WHERE {where} GROUP BY o.type"
    checks_sql = (f"WITH ops AS MATERIALIZED (SELECT o.id AS id FROM operation o INDEXED BY ix_operation_stats "
                  f"WHERE {where} ORDER BY o.id) SELECT c.kind, count(*) FROM ops o CROSS JOIN check_record c "
                  "INDEXED BY ix_check_record_stats ON c.operation_id = o.id WHERE c.voided_at IS NULL "
                  "GROUP BY c.kind")
    return (lambda: _raw_rows(fo, ops_sql, params)), (lambda: _raw_rows(fo, checks_sql, params))


def _median_s(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """(untimed warm-up's seconds, median seconds of `runs` timed calls, the last result)."""
    started = time.perf_counter()
    result = fn()
    first = time.perf_counter() - started
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - started)
    return first, statistics.median(samples), result


def user_tz(fo: Any) -> tuple[str, list[Any]]:
    """The time zone the page counts nights in (`DashboardView._on_agencies_loaded`) and the user's agencies."""
    agencies = fo.statistics.agencies()
    own = next((a for a in agencies if a.id == fo.user.agency_id), agencies[0] if agencies else None)
    return (own.timezone if own else "Europe/Riga"), agencies


def measure_aggregates(home: Path, now: datetime, runs: int, year_runs: int) -> None:
    from fieldops.app import FieldOps
    from fieldops.demo import DEMO_PASSWORD
    from fieldops.services.statistics import StatsFilter
    from ui.views.dashboard import period_bounds

    for login, who in USERS:
        fo = FieldOps.open(home, login, DEMO_PASSWORD)
        try:
            tz, agencies = user_tz(fo)
            counts_s = _median_s(fo.statistics.equipment_counts, runs)[1]
            for period, label in PERIODS.items():
                n = year_runs if period == "12m" else runs
                f = StatsFilter(*period_bounds(period, now, tz))
                times: dict[str, float] = {}
                first_total = 0.0
                results: dict[str, Any] = {}
                for name in AGGREGATES:
                    call = getattr(fo.statistics, name)
                    first, times[name], results[name] = _median_s(lambda c=call, f=f: c(f), n)  # type: ignore[misc]
                    first_total += first
                    print(f"  {who}, {label}: {name} {times[name]:.3f} s (first {first:.3f} s)",
                          file=sys.stderr, flush=True)
                bare_ops, bare_checks = _bare(fo, [a.id for a in agencies], f)
                ops_s = _median_s(bare_ops, n)[1]
                checks_s, check_rows = _median_s(bare_checks, n)[1:]
                total = sum(times.values())
                bare = 4 * ops_s + 4 * checks_s
                figures: dict[str, float | int | str] = {
                    "user": who, "period": label, "nights": f"{f.start.isoformat()} .. {f.end.isoformat()}",
                    "operations": sum(r[2] for r in results["project_indicators"]),
                    "checks": sum(r[2] for r in results["checks_by_category"]),
                    "checks_with_confirmed_violation_flag_rows": sum(r[2] for r in results["violations_by_rule"]),
                    **{f"{name}_s": round(times[name], 4) for name in AGGREGATES},
                    "all_8_s": round(total, 3), "all_8_first_call_s": round(first_total, 3),
                    "bare_ops_group_by_s": round(ops_s, 4), "bare_checks_group_by_s": round(checks_s, 4),
                    "bare_checks_rows": sum(r[1] for r in check_rows),
                    "equipment_counts_ms": round(counts_s * 1000, 2), "runs": n}
                report(f"P7 dashboard aggregates: {who}, {label}", figures, total / bare if bare else 0.0,
                       BARE_TARGET)
        finally:
            fo.close()


# ---- the page -----------------------------------------------------------------------------------------------
def measure_page(home: Path, now: datetime, runs: int, year_runs: int) -> float:
    """The page's figures; returns the longest stall of all (ms)."""
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.p2_operations_list import Heartbeat, pump, until
    from fieldops.app import FieldOps
    from fieldops.demo import DEMO_PASSWORD
    from ui import i18n, state, theme
    from ui.events import EventHub
    from ui.resources import register_search_paths
    from ui.tasks import TaskRunner
    from ui.views import dashboard
    from ui.views.dashboard import CHARTS, DashboardView
    from ui.views.dashboard import PERIODS as PAGE_PERIODS

    errors: list[BaseException] = []
    dashboard.show_error = lambda _parent, exc: errors.append(exc)  # type: ignore[attr-defined,assignment]  # no modal
    app = QApplication(sys.argv[:1])
    register_search_paths()
    i18n.set_language(app, "en")
    theme.apply(app, "day")
    st = state.install(state.AppState(TaskRunner(), EventHub()))
    st.fo = FieldOps.open(home, "admin", DEMO_PASSWORD)
    beat = Heartbeat()
    full = {*CHARTS, "counts"}
    charted = set(CHARTS)
    worst = 0.0

    def filled(view: DashboardView) -> bool:
        return view.loaded >= full

    def new_page(period: str) -> DashboardView:
        view = DashboardView()
        pinned = DashboardView.current_filter
        view.current_filter = lambda at=None: pinned(view, at or now)  # type: ignore[method-assign,assignment]
        view.period.setCurrentIndex(PAGE_PERIODS.index(period))  # before the first show: counted first
        view.resize(1280, 900)
        return view

    def close(view: DashboardView) -> None:
        until(lambda: not st.runner.busy)
        failed = [k for k, c in view.charts.items() if c.state.text() == view.tr("Failed")]
        if failed or errors:
            raise SystemExit(f"charts failed: {failed} {errors!r}")
        view.close()
        view.deleteLater()
        pump(50)

    def collect() -> None:
        """Collect the closed page's reference cycles (pyqtgraph's) here, on the GUI thread: left to the cyclic
        GC they may be collected on the DB thread, which then destroys Qt objects off the GUI thread
        ("QBasicTimer::start: Timers cannot be started from another thread") and deadlocked this process."""
        gc.collect()

    def first_show(period: str) -> tuple[float, float, float, float]:
        """(seconds to every chart filled, longest stall, longest stall until the first chart's data arrives
        (the charts built, laid out and drawn empty), longest stall after that) of a fresh page, closed."""
        view = new_page(period)
        beat.start()
        started = time.perf_counter()
        view.show()
        until(lambda: bool(view.loaded & charted), 600)
        built = time.perf_counter() - started  # the charts are built, laid out and drawn empty
        until(lambda: filled(view), 600)
        pump(0)  # the last chart's paint
        total = time.perf_counter() - started
        stall = beat.stop()
        building, loading, at = 0.0, 0.0, 0.0
        for gap in beat.gaps:  # each gap ends `at` seconds after the start
            at += gap
            if at - gap < built:
                building = max(building, gap * 1000.0)
            else:
                loading = max(loading, gap * 1000.0)
        close(view)
        return total, stall, building, loading

    def idle_stall() -> float:
        """The longest heartbeat gap over 3 s of an idle event loop with a plain widget shown: this machine's
        scheduling noise at the moment (the heartbeat cannot be steadier than this)."""
        plain = QWidget()
        plain.resize(1280, 900)
        plain.show()
        pump(100)
        beat.start()
        pump(3000)
        gap = beat.stop()
        plain.close()
        plain.deleteLater()
        return gap

    def switch() -> tuple[float, float, int]:
        """A change of filter while the year's queries run (their cancellation, then the 7 nights): (seconds
        from the change back to every chart filled, longest stall from the first change on, aggregates of
        the year shown before it)."""
        view = new_page("7d")
        view.show()
        until(lambda: filled(view), 600)
        beat.start()
        view.period.setCurrentIndex(PAGE_PERIODS.index("12m"))
        pump(1000)
        year_loaded = len(view.loaded)
        started = time.perf_counter()
        view.period.setCurrentIndex(PAGE_PERIODS.index("7d"))
        until(lambda: filled(view), 600)
        pump(0)
        seconds = time.perf_counter() - started
        stall = beat.stop()
        close(view)
        return seconds, stall, year_loaded

    def line(name: str, totals: list[float], stalls: list[float], **extra: Any) -> None:
        nonlocal worst
        stall = max(stalls)
        worst = max(worst, stall)
        report(f"P7 dashboard page (administrator): {name}", {
            "total_s": round(statistics.median(totals), 3), "max_total_s": round(max(totals), 3),
            "longest_stall_ms": round(stall, 1), "target_ms": STALL_MS, "runs": len(totals), **extra},
            stall / STALL_MS, 1.0)

    try:
        for period in ("night", "7d", "month", "12m"):
            idle = idle_stall()
            rows = []
            for _ in range(1 if period == "night" else year_runs if period == "12m" else runs):
                rows.append(first_show(period))
                collect()
                print(f"  page {PERIODS[period]}: {rows[-1][0]:.2f} s, stall {rows[-1][1]:.1f} ms "
                      f"(until the first data {rows[-1][2]:.1f}, after {rows[-1][3]:.1f}; idle loop {idle:.1f})",
                      file=sys.stderr, flush=True)
            name = ("first show, this night (imports pyqtgraph and numpy)" if period == "night"
                    else f"first show to every chart filled, {PERIODS[period]}")
            line(name, [r[0] for r in rows], [r[1] for r in rows],
                 stall_until_the_first_chart_data_ms=round(max(r[2] for r in rows), 1),
                 stall_while_the_data_arrives_ms=round(max(r[3] for r in rows), 1),
                 idle_loop_stall_ms=round(idle, 1))
        idle = idle_stall()
        switch_s, switch_stall, year_loaded = switch()
        collect()
        line("last 12 months -> last 7 nights one second into the year's load", [switch_s], [switch_stall],
             year_aggregates_loaded_before_the_switch=year_loaded, idle_loop_stall_ms=round(idle, 1))
    finally:
        until(lambda: not st.runner.busy)
        st.runner.shutdown()
        st.fo.close()
    return worst


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0], allow_abbrev=False)
    parser.add_argument("--operations", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3, help="timed runs of the short periods (median)")
    parser.add_argument("--year-runs", type=int, default=1, help="timed runs of the last 12 months (median)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home, now = workspace(args.operations)
    print(f"workspace {home}, now = {now.isoformat()}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    measure_aggregates(home, now, args.runs, args.year_runs)
    worst = measure_page(home, now, args.runs, args.year_runs)
    print(f"measured in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 1 if worst > 2 * STALL_MS else 0


if __name__ == "__main__":
    raise SystemExit(main())
