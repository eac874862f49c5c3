"""P7 reports: a month's period report over 10,000 operations, with its charts, as a PDF (QUALITY.md: < 5 s).

The workspace is built once and cached under bench/out/ (p7-reports-vN-10000): the four partners, 10 officers
each and a supervisor (Latvian and Lithuanian names), 60 equipment items (40 % project-funded) created through
the services, then 10,000 operations in November 2024 (the demo command spreads its operations over a year,
so this benchmark writes its own month) inserted raw in bulk, as the demo does: crews, 0–6 checks each (about
27,000) judged by the real rule packs (the confirmed violation flags feed the "violations by rule" table and
chart; 1 % of the checks voided), equipment used by 60 % of the operations.

One run is what the Reports dialog does for "Period report, November 2024, all partners, PDF": the report's
data assembled by `fo.reports.period` (the statistics service's queries: operations per night, checks by
category, violations by rule, alcohol bands, hunter checks, equipment hours, project indicators, night
context) and the PDF rendered with its four charts and seven tables (`ui.reports.period_pdf`), written
through a temporary file. Timed separately for information: the same month as XLSX and CSV (data + file +
DISCLOSURE), the project-indicator report, and the night report of the busiest night (every operation
listed); and, as the in-run baseline of this machine's speed, a bare one-page PDF with one line of text.

    python -m bench.p7_reports [--operations 10000] [--runs 3] [--profile]

Prints one JSON line per figure (`bench.common.report`); exit status 1 only if the median month report takes
more than twice the 5 s target.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bench.common import OUT, report
from fieldops import paths, rules
from fieldops.app import FieldOps
from fieldops.ids import uuid7
from fieldops.keyslots import FAST_KDF
from fieldops.models.enums import Role

VERSION = 1  # bump when the workspace changes: the cached one is rebuilt
PASSWORD = "bench-pass-1"
MONTH = (date(2024, 11, 1), date(2024, 11, 30))
TARGET_S = 5.0
ITEMS = 60
AGENCY_SHARE = {"VP-KRP": 0.35, "LPP": 0.15, "KAVPK": 0.35, "PMS": 0.15}
TYPES = [("traffic_monitoring", 45), ("hunter_control", 30), ("public_order", 15), ("other", 10)]
LV_FIRST = ["Jānis", "Ģirts", "Māris", "Līga", "Ilze", "Kristīne", "Artūrs", "Edgars", "Zane", "Dace"]
LV_LAST = ["Bērziņš", "Ķēniņš", "Kalniņa", "Ozoliņš", "Lāčplēse", "Čakste", "Zariņš", "Šmits", "Krūmiņa", "Vītols"]
LT_FIRST = ["Jonas", "Kęstutis", "Gėlė", "Rūta", "Eglė", "Žygimantas", "Aušra", "Tomas", "Agnė", "Darius"]
LT_LAST = ["Kazlauskas", "Žąsinas", "Įsiūtė", "Petrauskienė", "Stankevičius", "Šimkutė", "Butkus", "Jankauskaitė",
           "Vasiliauskas", "Paulauskienė"]
AREAS = {"LV": [("Nīca", 56.345, 21.064), ("Rucava", 56.162, 21.163), ("Grobiņa", 56.537, 21.166),
                ("Liepāja, Karosta", 56.547, 21.017), ("Bārta, medību platība", 56.366, 21.272)],
         "LT": [("Kretinga", 55.889, 21.242), ("Šventoji", 56.025, 21.083), ("Palanga, centras", 55.918, 21.068),
                ("Gargždai", 55.712, 21.395), ("Girkalnio miškas", 55.65, 21.45)]}
SPECIES = ["wild_boar", "fox", "raccoon_dog", "roe_deer", "red_deer", "moose"]
SIGHTS = ["optical", "night_vision", "thermal"]


# ---- the workspace ----------------------------------------------------------------------------------------------
def workspace(operations: int) -> Path:
    home = OUT / f"p7-reports-v{VERSION}-{operations}"
    if not paths.exists(home):
        staging = home.with_name(home.name + ".building")
        shutil.rmtree(staging, ignore_errors=True)
        started = time.perf_counter()
        print(f"building the P7 workspace with {operations:,} operations in November 2024 in {home} …",
              file=sys.stderr, flush=True)
        _build(staging, operations)
        shutil.rmtree(home, ignore_errors=True)
        staging.rename(home)
        print(f"  built in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return home


def _ts(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _build(home: Path, operations: int) -> None:
    rng = random.Random(7)
    fo = FieldOps.create(home, username="admin", full_name="Administrators Sistēmas", password=PASSWORD,
                         kdf=FAST_KDF)
    try:
        agencies = {a.code: a for a in fo.users.agencies()}
        people: dict[str, list[str]] = {code: [] for code in agencies}
        managers: dict[str, str] = {}
        for n, (code, agency) in enumerate(agencies.items()):
            lv = agency.country == "LV"
            first, last = (LV_FIRST, LV_LAST) if lv else (LT_FIRST, LT_LAST)
            for i in range(10):
                changes = fo.users.create(username=f"o{n}{i}", full_name=f"{first[i]} {last[(i + n) % 10]}",
                                          agency_id=agency.id, roles=[Role.OFFICER], badge_no=f"B{n}{i:03d}")
                assert changes.created_id
                people[code].append(changes.created_id)
            manager = fo.users.create(username=f"manager{n}", full_name=f"{first[n]} {last[n]}", agency_id=agency.id,
                                      roles=[Role.EQUIPMENT_MANAGER], password=PASSWORD).created_id
            assert manager
            managers[code] = manager
        fo.users.create(username="supervisor", full_name="Zane Ozola", agency_id=agencies["VP-KRP"].id,
                        roles=[Role.SUPERVISOR], password=PASSWORD)
    finally:
        fo.close()
    items: dict[str, list[str]] = {}
    kinds = [("nv_binocular", "NV"), ("thermal_imager", "TI"), ("video_camera", "VC"), ("ir_illuminator", "IR"),
             ("tripod", "TR")]
    for n, code in enumerate(agencies):
        fo = FieldOps.open(home, f"manager{n}", PASSWORD, kdf=FAST_KDF)
        try:
            rows = []
            for i in range(ITEMS // len(agencies)):
                kind, prefix = kinds[i % len(kinds)]
                rows.append({"asset_tag": f"{code[:2]}-{prefix}-{i + 1:03d}", "serial_no": f"SN{n}{i:05d}",
                             "kind": kind, "make": "Pulsar", "model": "Merger LRF XT50", "project_funded": i % 5 < 2})
            fo.equipment.create_items(rows)
            items[code] = [i.id for i in fo.equipment.items() if i.agency_id == agencies[code].id]
        finally:
            fo.close()
    fo = FieldOps.open(home, "admin", PASSWORD, kdf=FAST_KDF)
    try:
        _operations(fo, rng, agencies, people, items, operations)
    finally:
        fo.close()


def _operations(fo: FieldOps, rng: random.Random, agencies: dict[str, Any], people: dict[str, list[str]],
                items: dict[str, list[str]], total: int) -> None:
    book = rules.default_book()
    codes = list(AGENCY_SHARE)
    weights = [AGENCY_SHARE[c] for c in codes]
    types = [t for t, w in TYPES for _ in range(w)]
    numbers = dict.fromkeys(codes, 0)
    ops: list[tuple[Any, ...]] = []
    crew: list[tuple[Any, ...]] = []
    checks: list[tuple[Any, ...]] = []
    used: list[tuple[Any, ...]] = []
    first, last = MONTH
    nights = (last - first).days + 1
    judged: dict[str, tuple[str, str, bool]] = {}  # facts json → (flags json, pack, violation flag present)
    for _ in range(total):
        code = rng.choices(codes, weights)[0]
        agency = agencies[code]
        lv = agency.country == "LV"
        zone = ZoneInfo(agency.timezone)
        numbers[code] += 1
        op_type = rng.choice(types)
        night = first + timedelta(days=rng.randrange(nights))
        start = datetime(night.year, night.month, night.day, 18, tzinfo=zone) + timedelta(minutes=rng.randint(0, 420))
        end = start + timedelta(minutes=rng.randint(120, 480))
        area, lat, lon = rng.choice(AREAS[agency.country])
        officers = people[code]
        lead = rng.choice(officers)
        members = {lead, *rng.sample(officers, k=rng.randint(0, 2))}
        oid = uuid7()
        n = rng.choice((0, 1, 2, 2, 3, 3, 3, 4, 5, 6)) if op_type != "public_order" else rng.randint(0, 2)
        violations = 0
        for _c in range(n):
            kind, facts, outcome = _check(rng, op_type, lv)
            at = start + timedelta(minutes=rng.randint(0, int((end - start).total_seconds() // 60)))
            key = json.dumps([kind, agency.country, facts], sort_keys=True)
            if key not in judged:
                clean = rules.validate_facts(book, kind, agency.country, facts, night)
                evaluation = rules.evaluate(book, kind, agency.country, night, clean)
                flags = [{**f.as_dict(), "decision": "confirmed", "reason": None} for f in evaluation.flags]
                judged[key] = (json.dumps(flags, ensure_ascii=False),
                               f"{evaluation.pack_id}@{evaluation.pack_version}",
                               any(f["severity"] == "violation" for f in flags))
            flags_json, pack, flagged = judged[key]
            if flagged and outcome == "no_violation":
                outcome = "administrative_protocol"
            violation = outcome != "no_violation"
            voided = _ts(at + timedelta(minutes=5)) if rng.random() < 0.01 else None
            violations += violation and voided is None
            checks.append((uuid7(), oid, kind, _ts(at), lat, lon, outcome, violation,
                           json.dumps(facts, ensure_ascii=False), flags_json, pack, lead, _ts(at), voided,
                           "Ievadīts divreiz" if voided else None))
        ops.append((oid, f"{agency.report_prefix}-2024-{numbers[code]:06d}", agency.id, op_type,
                    rng.choice(["approved"] * 6 + ["submitted"] * 2 + ["draft", "returned"]), lead,
                    f"{'VP' if lv else 'LT'}-{rng.randint(100, 999)}", area, lat, lon, _ts(start), _ts(end),
                    _ts(start), _ts(end), "skaidrs" if lv else "giedra", "good", f"Darbs {area}",
                    n - sum(1 for c in checks[-n:] if c[13]) if n else 0, violations, lead, _ts(end), _ts(end), 1,
                    None, _ts(start), _ts(end), _ts(end)))
        crew.extend((oid, m, m == lead) for m in members)
        if items[code] and rng.random() < 0.6:
            used.append((oid, rng.choice(items[code]), round((end - start).total_seconds() / 3600, 1)))
    raw = fo.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN IMMEDIATE")
        cur.executemany(
            "INSERT INTO operation (id, number, agency_id, type, status, lead_id, vehicle, area_name, lat, lon, "
            "planned_start, planned_end, start_at, end_at, weather, visibility, narrative, check_count, "
            "violation_count, created_by, created_at, updated_at, version, approval_hash, actual_start, actual_end, "
            "submitted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ops)
        cur.executemany("INSERT INTO operation_crew VALUES (?,?,?)", crew)
        cur.executemany("INSERT INTO operation_equipment VALUES (?,?,?)", used)
        cur.executemany(
            "INSERT INTO check_record (id, operation_id, kind, at, lat, lon, outcome, violation, facts, flags, "
            "rule_pack, created_by, created_at, voided_at, void_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            checks)
        raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
    print(f"  {len(ops):,} operations, {len(checks):,} checks, {len(used):,} equipment uses", file=sys.stderr)


def _check(rng: random.Random, op_type: str, lv: bool) -> tuple[str, dict[str, Any], str]:
    """(kind, facts, outcome) of one check, facts as the check form records them."""
    if op_type == "traffic_monitoring" or (op_type == "other" and rng.random() < 0.5):
        alcohol = 0.0 if rng.random() < 0.8 else round(rng.choice([0.1, 0.2, 0.3, 0.45, 0.6, 0.9, 1.2, 1.8]), 2)
        facts: dict[str, Any] = {"driver_category": rng.choice(["general"] * 8 + ["novice", "professional"]),
                                 "speed_measured": rng.randint(40, 120), "speed_limit": rng.choice([50, 70, 90])}
        if rng.random() < 0.02:
            facts["refused_test"] = True
            return "traffic", facts, "refused_test"
        facts["alcohol_permille"] = [alcohol] if lv else [alcohol, max(0.0, round(alcohol - 0.05, 2))]
        return "traffic", facts, rng.choice(["no_violation"] * 8 + ["warning"])
    if op_type == "hunter_control":
        return "hunter", {"species": rng.choice(SPECIES), "sight": rng.choice(SIGHTS),
                          "position": rng.choice(["stand", "on_foot"]), "sober": rng.random() > 0.02}, \
            rng.choice(["no_violation"] * 8 + ["warning"])
    return "other", {"category": rng.choice(["public_order", "suspicious_vehicle", "border_area", "assistance"])}, \
        rng.choice(["no_violation"] * 5 + ["warning"])


# ---- timing -----------------------------------------------------------------------------------------------------
def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def _baseline_pdf(folder: Path) -> float:
    """A bare one-page A4 PDF with one line of text through QPdfWriter (this machine's speed)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    started = time.perf_counter()
    writer = QPdfWriter(str(folder / "baseline.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    painter.drawText(QPointF(300, 300), "Ģirts Ķēniņš, Kęstutis Žąsinas")
    painter.end()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0], allow_abbrev=False)
    parser.add_argument("--operations", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtGui import QGuiApplication

    from ui.reports.period_pdf import ReportLanguage, write_report_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    assert app is not None
    cached = workspace(args.operations)
    scratch = Path(tempfile.mkdtemp(prefix="p7-"))
    home = scratch / "ws"
    shutil.copytree(cached, home)  # the exports' audit events never pile up in the cache
    fo = FieldOps.open(home, "admin", PASSWORD, kdf=FAST_KDF)
    try:
        baseline = statistics.median(_baseline_pdf(scratch) for _ in range(5))
        runs: list[tuple[float, float, float, int]] = []  # (total, data, pdf, pages)
        profiler = cProfile.Profile() if args.profile else None
        for n in range(args.runs):
            target = scratch / f"november-{n}.pdf"
            if profiler:
                profiler.enable()
            data_s, month = _timed(lambda: fo.reports.period(*MONTH))
            pdf_s, pages = _timed(lambda m=month, t=target: write_report_pdf(  # type: ignore[misc]
                m, t, ReportLanguage("lv"), "Administrators Sistēmas", "P7 benchmark"))
            if profiler:
                profiler.disable()
            runs.append((data_s + pdf_s, data_s, pdf_s, int(pages)))
        totals = [r[0] for r in runs]
        median = statistics.median(totals)
        pick = sorted(runs)[len(runs) // 2]
        size = (scratch / "november-0.pdf").stat().st_size
        report("p7_month_report_pdf", {
            "operations": int(month.figure("Operations") or 0), "checks": int(month.figure("Checks") or 0),
            "pages": pick[3], "charts": len(month.charts), "tables": len(month.tables), "pdf_kb": size // 1024,
            "first_s": round(totals[0], 3), "median_s": round(median, 3), "data_s": round(pick[1], 3),
            "pdf_s": round(pick[2], 3), "baseline_pdf_ms": round(baseline * 1000, 1),
            "x_baseline": round(median / baseline, 1)}, median, TARGET_S)

        xlsx = statistics.median(_timed(lambda i=i: fo.reports.export_xlsx(  # type: ignore[misc]
            fo.reports.period(*MONTH), scratch / f"n{i}.xlsx", "P7 benchmark"))[0] for i in range(args.runs))
        csv_s = statistics.median(_timed(lambda i=i: fo.reports.export_csv(  # type: ignore[misc]
            fo.reports.period(*MONTH), scratch / f"n{i}.csv", "P7 benchmark"))[0] for i in range(args.runs))
        project = statistics.median(_timed(lambda i=i: write_report_pdf(  # type: ignore[misc]
            fo.reports.project(*MONTH), scratch / f"p{i}.pdf", ReportLanguage("lt"), "A", "P7"))[0]
            for i in range(args.runs))
        busiest = max(fo.statistics.night_context(_month_filter(fo)), key=lambda r: r[2])
        agency = next(a for a in fo.reports.agencies() if a.code == "VP-KRP")
        night_runs = []
        for i in range(args.runs):
            seconds, night_pages = _timed(lambda i=i: write_report_pdf(  # type: ignore[misc]
                fo.reports.night(agency.id, busiest[0]), scratch / f"night{i}.pdf", ReportLanguage("lv"), "A", "P7"))
            night_runs.append((seconds, night_pages))
        night_report = fo.reports.night(agency.id, busiest[0])
        report("p7_other_reports", {
            "month_xlsx_s": round(xlsx, 3), "month_csv_s": round(csv_s, 3), "project_pdf_s": round(project, 3),
            "night": busiest[0].isoformat(), "night_operations": len(night_report.table("operations").rows),
            "night_checks": len(night_report.table("checks").rows),
            "night_pdf_s": round(statistics.median(r[0] for r in night_runs), 3),
            "night_pages": int(night_runs[0][1])}, max(xlsx, csv_s, project), TARGET_S)
        if profiler:
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
            print(out.getvalue(), file=sys.stderr)
    finally:
        fo.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return 1 if median > 2 * TARGET_S else 0


def _month_filter(fo: FieldOps) -> Any:
    from fieldops.services.reports import night_bounds
    from fieldops.services.statistics import StatsFilter

    start, end = night_bounds(*MONTH, "Europe/Riga")
    return StatsFilter(start, end)


if __name__ == "__main__":
    raise SystemExit(main())
