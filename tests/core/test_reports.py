"""Reports (`fo.reports`): the night, period and project-indicator reports' figures against counts computed
here from the same rows (one driver stopped = one check however many offences; voided checks and voided
operations never count; nights from noon to noon), the CSV and XLSX exports read back, the DISCLOSURE event
of every export, who may report on what, and the minimal XLSX writer."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET
from zoneinfo import ZoneInfo

import pytest

from fieldops.app import FieldOps
from fieldops.context import UnitOfWork
from fieldops.dto import AgencyDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import Role
from fieldops.services import reports as reports_module
from fieldops.services.report_files import plain_cell, write_csv
from fieldops.services.report_model import ENGLISH, Column, Figure, Report, Table, Term
from fieldops.services.reports import month_nights, night_bounds, night_of, week_nights
from fieldops.xlsx import XlsxSheet, column_letter, serial, sheet_names, write_xlsx
from tests import factories

NOVEMBER = month_nights(2024, 11)
RIGA, VILNIUS = ZoneInfo("Europe/Riga"), ZoneInfo("Europe/Vilnius")
LV_NAMES = ("Ģirts Ķēniņš", "Līga Lāčplēse-Čūdaļa")  # ā č ē ģ ī ķ ļ ņ š ū (ž in the area)
LT_NAMES = ("Kęstutis Žąsinas", "Gėlė Įsiūtė-Kučinskaitė")  # ą č ę ė ū ž (į ų š in the area)
LV_AREA, LT_AREA = "Žāņu ceļš, Nīca", "Šventųjų miškas prie įlankos"
SS_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def at(zone: ZoneInfo, y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=zone).astimezone(UTC)


@dataclass
class Data:
    supervisor_lv: str
    supervisor_lt: str
    officers: dict[str, str]  # full name → id
    manager_lv: str
    operations: dict[str, str]  # letter → id
    voided_check: str


def _operation(fo: FieldOps, op_type: str, start: datetime, end: datetime, area: str, lead: str,
               crew: tuple[str, ...] = (), equipment: tuple[str, ...] = (), lat: float = 56.34,
               lon: float = 21.06) -> str:
    op_id = fo.operations.create(type=op_type, start_at=start, end_at=end, actual=True, area_name=area,
                                 lead_id=lead, crew=crew, vehicle="VP-231").created_id
    assert op_id
    detail = fo.operations.get(op_id)
    fo.operations.update(op_id, detail.version, equipment=list(equipment), lat=lat, lon=lon)
    return op_id


def build(admin: FieldOps) -> Data:
    """November 2024 for VP Kurzeme (LV) and Klaipėdos AVPK (LT), logged through the services."""
    sup_lv = factories.user(admin, Role.SUPERVISOR, full_name="Zane Ozola")
    sup_lt = factories.user(admin, Role.SUPERVISOR, code="KAVPK", full_name="Rūta Žukauskienė")
    officers = {name: factories.user(admin, Role.OFFICER, full_name=name) for name in LV_NAMES}
    officers |= {name: factories.user(admin, Role.OFFICER, code="KAVPK", full_name=name) for name in LT_NAMES}
    mgr_lv = factories.user(admin, Role.EQUIPMENT_MANAGER, full_name="Laura Kalniņa")
    mgr_lt = factories.user(admin, Role.EQUIPMENT_MANAGER, code="KAVPK", full_name="Agnė Butkutė")
    items: dict[str, str] = {}
    for manager, rows in ((mgr_lv, [("NV-0001", "nv_binocular", True), ("TR-0001", "tripod", False)]),
                          (mgr_lt, [("TI-0001", "thermal_imager", True)])):
        session = factories.login(admin, manager)
        try:
            session.equipment.create_items([
                {"asset_tag": tag, "serial_no": f"S-{tag}", "kind": kind, "make": "Pulsar", "model": "XP50",
                 "project_funded": funded} for tag, kind, funded in rows])
            items |= {i.asset_tag: i.id for i in session.equipment.items()}
        finally:
            session.close()

    lv1, lv2 = (officers[n] for n in LV_NAMES)
    lt1, lt2 = (officers[n] for n in LT_NAMES)
    ops: dict[str, str] = {}
    lv = factories.login(admin, lv1)
    try:
        # A: the night of 10 November, traffic, project binocular
        ops["A"] = a = _operation(lv, "traffic_monitoring", at(RIGA, 2024, 11, 10, 19), at(RIGA, 2024, 11, 11, 3),
                                  LV_AREA, lv1, (lv2,), (items["NV-0001"],))
        t = at(RIGA, 2024, 11, 10, 19, 30)
        lv.checks.add(a, kind="traffic", at=t, outcome="administrative_protocol",  # two offences, one check
                      facts={"plate": "AB-1234", "driver_category": "novice", "alcohol_permille": [0.31],
                             "speed_measured": 92, "speed_limit": 50})
        lv.checks.add(a, kind="traffic", at=t + timedelta(minutes=30), outcome="no_violation",
                      facts={"plate": "AB-1235", "alcohol_permille": [0.0]})
        voided = lv.checks.add(a, kind="traffic", at=t + timedelta(minutes=60), outcome="administrative_protocol",
                               facts={"plate": "AB-1236", "alcohol_permille": [0.8]}).created_id
        assert voided
        lv.checks.void(voided, "Logged twice")
        lv.checks.add(a, kind="traffic", at=t + timedelta(minutes=90), outcome="refused_test",
                      facts={"plate": "AB-1237", "refused_test": True})
        lv.checks.add(a, kind="traffic", at=t + timedelta(minutes=150), outcome="criminal_case",
                      facts={"plate": "AB-1238", "alcohol_permille": [1.7]})
        # B: 01:30 on the 11th belongs to the night of the 10th; hunter control with a tripod (not project)
        ops["B"] = b = _operation(lv, "hunter_control", at(RIGA, 2024, 11, 11, 1, 30), at(RIGA, 2024, 11, 11, 5),
                                  "Bārta, medību platība", lv2, (), (items["TR-0001"],))
        lv.checks.add(b, kind="hunter", at=at(RIGA, 2024, 11, 11, 2), outcome="seized",
                      facts={"species": "roe_deer", "sight": "thermal", "position": "stand"})
        lv.checks.add(b, kind="hunter", at=at(RIGA, 2024, 11, 11, 3), outcome="no_violation",
                      facts={"species": "wild_boar", "sight": "thermal", "position": "stand",
                             "boar_harvested": True, "boar_marker": "LV-778812"})
        # C and D: the night of the 11th (12:30 is after noon: that evening's night)
        ops["C"] = _operation(lv, "public_order", at(RIGA, 2024, 11, 11, 20), at(RIGA, 2024, 11, 11, 23),
                              "Liepāja, Karosta", lv1)
        ops["D"] = d = _operation(lv, "other", at(RIGA, 2024, 11, 11, 12, 30), at(RIGA, 2024, 11, 11, 16),
                                  "Rucava", lv2)
        lv.checks.add(d, kind="other", at=at(RIGA, 2024, 11, 11, 13), outcome="warning",
                      facts={"category": "border_area", "text": "Parked near the border"})
        # E: the night of 31 October (not November); F: 11:00 on 1 December is the night of 30 November
        ops["E"] = e = _operation(lv, "traffic_monitoring", at(RIGA, 2024, 10, 31, 22), at(RIGA, 2024, 11, 1, 2),
                                  "Grobiņa", lv1)
        lv.checks.add(e, kind="traffic", at=at(RIGA, 2024, 10, 31, 23), outcome="warning",
                      facts={"plate": "AB-2000", "alcohol_permille": [0.1]})
        ops["F"] = f = _operation(lv, "traffic_monitoring", at(RIGA, 2024, 12, 1, 11), at(RIGA, 2024, 12, 1, 11, 30),
                                  "Grobiņa", lv1, (), (items["NV-0001"],))
        lv.checks.add(f, kind="traffic", at=at(RIGA, 2024, 12, 1, 11, 10), outcome="no_violation",
                      facts={"plate": "AB-2001", "alcohol_permille": [0.0]})
    finally:
        lv.close()
    lt = factories.login(admin, lt1)
    try:
        ops["G"] = g = _operation(lt, "traffic_monitoring", at(VILNIUS, 2024, 11, 10, 20),
                                  at(VILNIUS, 2024, 11, 11, 2), LT_AREA, lt1, (lt2,), (items["TI-0001"],),
                                  lat=56.02, lon=21.08)
        lt.checks.add(g, kind="traffic", at=at(VILNIUS, 2024, 11, 10, 21), outcome="no_violation",
                      facts={"driver_category": "general", "alcohol_permille": [0.5, 0.3]})  # LT: the lower counts
        lt.checks.add(g, kind="traffic", at=at(VILNIUS, 2024, 11, 10, 22), outcome="administrative_protocol",
                      facts={"driver_category": "novice", "alcohol_permille": [0.1]})
        ops["H"] = _operation(lt, "hunter_control", at(VILNIUS, 2024, 11, 20, 21), at(VILNIUS, 2024, 11, 21, 1),
                              "Girkalnio miškas", lt2, lat=55.65, lon=21.45)
    finally:
        lt.close()
    return Data(sup_lv, sup_lt, officers, mgr_lv, ops, voided)


@pytest.fixture
def data(fo: FieldOps) -> Data:
    return build(fo)


@pytest.fixture
def supervisor(fo: FieldOps, data: Data) -> Any:
    session = factories.login(fo, data.supervisor_lv)
    yield session
    session.close()


# ---- counts computed here from the raw rows -------------------------------------------------------------------
@dataclass
class Raw:
    operations: list[dict[str, Any]]
    checks: list[dict[str, Any]]  # not voided, of operations that count
    all_checks: list[dict[str, Any]]


def raw_rows(fo: FieldOps, first: date, last: date, agency_codes: tuple[str, ...]) -> Raw:
    """The operations and live checks of the nights first … last (noon to noon, the agency's zone)."""
    ops = []
    for (op_id, code, tz, op_type, status, start, number, area) in factories.rows(
            fo, "SELECT o.id, a.code, a.timezone, o.type, o.status, o.start_at, o.number, o.area_name "
                "FROM operation o JOIN agency a ON a.id = o.agency_id"):
        local = datetime.fromisoformat(str(start)).replace(tzinfo=UTC).astimezone(ZoneInfo(tz))
        night = (local - timedelta(hours=12)).date()
        if code in agency_codes and first <= night <= last and status != "voided":
            ops.append({"id": op_id, "code": code, "type": op_type, "night": night, "number": number,
                        "area": area})
    ids = {o["id"] for o in ops}
    checks = []
    for (op_id, kind, outcome, violation, voided, facts, flags) in factories.rows(
            fo, "SELECT operation_id, kind, outcome, violation, voided_at, facts, flags FROM check_record"):
        if op_id in ids:
            checks.append({"op": op_id, "kind": kind, "outcome": outcome, "violation": bool(violation),
                           "voided": voided is not None, "facts": json.loads(facts), "flags": json.loads(flags)})
    return Raw(ops, [c for c in checks if not c["voided"]], checks)


def test_period_report_figures_match_counts_from_the_rows(fo: FieldOps, supervisor: FieldOps, data: Data) -> None:
    report = supervisor.reports.period(*NOVEMBER)
    raw = raw_rows(fo, *NOVEMBER, ("VP-KRP",))

    assert [a.code for a in report.agencies] == ["VP-KRP"], "a supervisor's own agency by default"
    assert report.figure("Operations") == len(raw.operations) == 5, "A B C D F (E is October's)"
    assert report.figure("Checks") == len(raw.checks) == 8, "the voided check does not count"
    assert report.figure("Checks with a violation") == sum(c["violation"] for c in raw.checks) == 5
    assert report.figure("Traffic checks") == sum(c["kind"] == "traffic" for c in raw.checks) == 5
    assert report.figure("Hunter checks") == 2
    assert report.figure("Share of checks with a violation") == pytest.approx(5 / 8, abs=1e-4)
    assert report.figure("Nights with operations") == len({o["night"] for o in raw.operations}) == 3

    # per night and type
    per_night = Counter((o["night"], o["type"]) for o in raw.operations)
    table = report.table("operations_by_night")
    titles = [c.text(ENGLISH) for c in table.columns]
    assert titles[:2] == ["Night", "Moon lit"] and titles[-2:] == ["Operations", "Checks with a violation"]
    assert [r[0] for r in table.rows] == [NOVEMBER[0] + timedelta(days=i) for i in range(30)]
    type_columns = {"Traffic monitoring": "traffic_monitoring", "Hunter control": "hunter_control",
                    "Public order / event": "public_order", "Other operational activity": "other"}
    for row in table.rows:
        for title, op_type in type_columns.items():
            assert row[titles.index(title)] == per_night[(row[0], op_type)]
        assert row[titles.index("Operations")] == sum(per_night[(row[0], t)] for t in type_columns.values())
    by_night = {r[0]: r for r in table.rows}
    assert by_night[date(2024, 11, 10)][titles.index("Operations")] == 2, "01:30 on the 11th is the 10th's night"
    assert by_night[date(2024, 11, 11)][titles.index("Operations")] == 2, "12:30 is that evening's night"
    assert by_night[date(2024, 11, 30)][titles.index("Operations")] == 1, "11:00 on 1 December: 30 November"
    violations_per_night = Counter(o["night"] for o in raw.operations for c in raw.checks
                                   if c["op"] == o["id"] and c["violation"])
    assert {r[0]: r[-1] for r in table.rows if r[-1]} == dict(violations_per_night)

    types = report.table("operations_by_type")
    assert {t.value: n for t, n, _share in types.rows} == {  # type: ignore[union-attr]
        t: sum(o["type"] == t for o in raw.operations) for t in type_columns.values()}

    # checks by kind and category: one check per person stopped
    categories = Counter()
    bad = Counter()
    for c in raw.checks:
        if c["kind"] == "traffic":
            category = c["facts"].get("driver_category") or "general"
        elif c["kind"] == "hunter":
            category = {"thermal": "night_sight", "night_vision": "night_sight"}.get(c["facts"].get("sight"),
                                                                                     c["facts"].get("sight"))
        else:
            category = c["facts"].get("category")
        categories[(c["kind"], category)] += 1
        bad[(c["kind"], category)] += c["violation"]
    rows = report.table("checks_by_category").rows
    assert {(k.value, cat.value): (n, v) for k, cat, n, v, _s in rows} == {  # type: ignore[union-attr]
        key: (n, bad[key]) for key, n in categories.items()}
    assert {(k.value, cat.value): n for k, cat, n, _v, _s in rows}[("traffic", "novice")] == 1, \
        "the novice driver with two offences is one check"  # type: ignore[union-attr]

    # violations by rule: each confirmed violation flag once per check
    rules = Counter(f["code"] for c in raw.checks for f in {f["code"]: f for f in c["flags"]}.values()
                    if f["severity"] == "violation" and f["decision"] == "confirmed")
    assert rules["speeding"] == 1 and rules["alcohol_over_limit"] == 2, "a1 (with speeding) and a5 (1.7 ‰)"
    assert {(c.value, r.value): n for c, r, n in report.table("violations_by_rule").rows} == {  # type: ignore[union-attr]
        ("LV", code): n for code, n in rules.items()}

    # alcohol: the counted test of traffic checks
    def band(c: dict[str, Any]) -> str | None:
        values = c["facts"].get("alcohol_permille")
        if not values:
            return "refused" if c["facts"].get("refused_test") else None
        v = values[0]
        return "0" if v <= 0 else "0.01-0.2" if v <= 0.2 else "0.21-0.5" if v <= 0.5 else \
            "0.51-1.5" if v <= 1.5 else ">1.5"

    bands = Counter(band(c) for c in raw.checks if c["kind"] == "traffic")
    assert {b.value: n for b, n, _s in report.table("alcohol_bands").rows} == {  # type: ignore[union-attr]
        b: bands.get(b, 0) for b in ("0", "0.01-0.2", "0.21-0.5", "0.51-1.5", ">1.5", "refused")}

    hunters = Counter((c["facts"]["species"], c["facts"]["sight"]) for c in raw.checks if c["kind"] == "hunter")
    assert {(s.value, t.value): n for s, t, n in report.table("hunter_checks").rows} == dict(hunters)  # type: ignore[union-attr]

    # equipment: A (8 h) and F (0.5 h) used NV-0001, B (3.5 h) the tripod
    equipment = report.table("equipment_hours")
    assert {r[0]: r[-1] for r in equipment.rows} == {"NV-0001": 8.5, "TR-0001": 3.5}
    assert report.figure("Equipment hours") == 12.0
    assert report.figure("Operations with project equipment") == 2, "A and F used the project binocular"

    # the charts show the same figures
    chart = report.chart("operations_per_night")
    assert chart.kind == "stacked" and len(chart.categories) == 30
    assert sum(sum(s.values) for s in chart.series) == len(raw.operations)
    kinds = report.chart("checks_by_kind")
    assert kinds.series[0].values == (5.0, 2.0, 1.0) and kinds.series[1].values == (3.0, 1.0, 1.0)
    assert sum(report.chart("alcohol_bands").series[0].values) == 5


def test_period_report_of_one_type_and_of_a_week(fo: FieldOps, supervisor: FieldOps, data: Data) -> None:
    week = supervisor.reports.period(*week_nights(date(2024, 11, 13)), types=["traffic_monitoring"])
    assert (week.first_night, week.last_night) == (date(2024, 11, 11), date(2024, 11, 17))
    assert week.figure("Operations") == 0 and week.figure("Checks") == 0
    night10 = supervisor.reports.period(date(2024, 11, 4), date(2024, 11, 10), types=["traffic_monitoring"])
    assert night10.types == ("traffic_monitoring",)
    assert night10.figure("Operations") == 1 and night10.figure("Checks") == 4, "only A: hunter checks left out"
    assert night10.table("operations_by_night").columns[2].title == Term("operation_type", "traffic_monitoring")
    assert len(night10.table("operations_by_night").columns) == 5, "one type column"


def test_a_long_period_is_counted_by_week(fo: FieldOps, data: Data) -> None:
    report = fo.reports.period(date(2024, 9, 2), date(2024, 12, 29))
    table = report.table("operations_by_week")
    assert all(r[0].weekday() == 0 for r in table.rows)  # type: ignore[union-attr]
    assert sum(r[-2] for r in table.rows) == report.figure("Operations") == 8  # type: ignore[misc]
    raw = raw_rows(fo, date(2024, 9, 2), date(2024, 12, 29), ("VP-KRP", "LPP", "KAVPK", "PMS"))
    assert len(raw.operations) == 8


def test_night_report_lists_the_shift(fo: FieldOps, supervisor: FieldOps, data: Data) -> None:
    agency = supervisor.user.agency_id
    report = supervisor.reports.night(agency, date(2024, 11, 10))
    raw = raw_rows(fo, date(2024, 11, 10), date(2024, 11, 10), ("VP-KRP",))
    numbers = {o["id"]: o["number"] for o in raw.operations}
    assert set(numbers) == {data.operations["A"], data.operations["B"]}

    operations = report.table("operations")
    assert operations.column("Number") == [numbers[data.operations["A"]], numbers[data.operations["B"]]]
    assert operations.column("Area") == [LV_AREA, "Bārta, medību platība"]
    assert operations.column("Crew") == [f"{LV_NAMES[0]}*, {LV_NAMES[1]}", f"{LV_NAMES[1]}*"]
    assert operations.column("Equipment") == ["NV-0001", "TR-0001"]
    assert operations.column("Start") == [at(RIGA, 2024, 11, 10, 19), at(RIGA, 2024, 11, 11, 1, 30)]
    assert operations.column("Checks") == [4, 2] and operations.column("Violations") == [3, 1]

    checks = report.table("checks")
    assert len(checks.rows) == len(raw.checks) == 6, "the voided check is not listed"
    assert "AB-1236" not in checks.column("Subject")
    assert checks.column("Violation").count(Term("yes_no", "yes")) == sum(c["violation"] for c in raw.checks) == 4
    findings = report.table("findings")
    codes = Counter(t.value for t in findings.column("Finding"))  # type: ignore[union-attr]
    assert codes["speeding"] == 1 and codes["alcohol_over_limit"] == 2, "each offence of a1 (and a5's)"
    assert codes["alcohol_criminal"] == 1
    assert codes["night_sight_species_not_allowed"] == 1
    assert {r[0] for r in findings.rows} == set(numbers.values())
    equipment = report.table("equipment")
    assert equipment.column("Asset tag") == ["NV-0001", "TR-0001"]
    assert equipment.column("Project-funded") == [Term("yes_no", "yes"), Term("yes_no", "no")]
    assert equipment.column("Hours") == [8.0, 3.5]

    assert report.figure("Operations") == 2 and report.figure("Checks") == 6
    assert report.figure("Checks with a violation") == 4 and report.figure("Officers on duty") == 2
    assert report.figure("Operations with project equipment") == 1
    outcomes = report.chart("outcomes")
    assert sum(outcomes.series[0].values) == 6
    assert dict(zip((t.value for t in outcomes.categories), outcomes.series[0].values, strict=True)) == {  # type: ignore[union-attr]
        k: float(v) for k, v in Counter(c["outcome"] for c in raw.checks).items()}
    assert report.night is not None and report.night.on == date(2024, 11, 10)
    assert (report.start, report.end) == night_bounds(date(2024, 11, 10), date(2024, 11, 10), "Europe/Riga")


def test_project_indicators_by_partner_and_type(fo: FieldOps, data: Data) -> None:
    report = fo.reports.project(*NOVEMBER)  # the administrator: every partner
    raw = raw_rows(fo, *NOVEMBER, ("VP-KRP", "LPP", "KAVPK", "PMS"))
    funded = {str(r[0]) for r in factories.rows(
        fo, "SELECT DISTINCT oe.operation_id FROM operation_equipment oe JOIN equipment_item i "
            "ON i.id = oe.item_id WHERE i.project_funded")}
    expected: dict[tuple[str, str], tuple[int, int]] = defaultdict(lambda: (0, 0))
    for o in raw.operations:
        n, used = expected[(o["code"], o["type"])]
        expected[(o["code"], o["type"])] = (n + 1, used + (o["id"] in funded))
    short = {a.short_name: a.code for a in report.agencies}
    detail = report.table("by_partner_and_type")
    got = {(short[p], t.value): (n, used) for p, t, n, used, _s in detail.rows if n}  # type: ignore[union-attr]
    assert got == dict(expected)
    assert got[("VP-KRP", "traffic_monitoring")] == (2, 2) and got[("KAVPK", "traffic_monitoring")] == (1, 1)
    assert got[("VP-KRP", "hunter_control")] == (1, 0), "the tripod is not project equipment"
    assert report.figure("Operations") == len(raw.operations) == 7
    assert report.figure("Operations with project equipment") == 3
    per_partner = {p: (n, used) for p, n, used, _s in report.table("by_partner").rows}
    assert per_partner["Valsts policijas Kurzemes reģiona pārvalde"] == (5, 2)
    assert per_partner["Klaipėdos apskrities vyriausiasis policijos komisariatas"] == (2, 1)
    assert per_partner["Palangos miesto savivaldybė"] == (0, 0), "every partner is listed"
    chart = report.chart("by_partner")
    assert chart.series[0].values[[a.code for a in report.agencies].index("VP-KRP")] == 2.0

    year = fo.reports.project(date(2024, 1, 1), date(2024, 12, 31), [factories.agency_id(fo, "VP-KRP")])
    months = year.table("by_month")
    assert len(months.rows) == 12
    assert {r[0].month: r[2] for r in months.rows if r[2]} == {10: 1, 11: 5}  # type: ignore[union-attr]
    assert year.figure("Operations") == sum(r[2] for r in months.rows) == 6  # type: ignore[misc]


def test_a_voided_operation_does_not_count(fo: FieldOps, supervisor: FieldOps, data: Data) -> None:
    before = supervisor.reports.period(*NOVEMBER)
    factories.execute(fo, "UPDATE operation SET status = 'voided' WHERE id = :id", id=data.operations["C"])
    after = supervisor.reports.period(*NOVEMBER)
    assert after.figure("Operations") == before.figure("Operations") - 1  # type: ignore[operator]
    night = supervisor.reports.night(supervisor.user.agency_id, date(2024, 11, 11))
    assert len(night.table("operations").rows) == 1 and night.figure("Operations") == 1


# ---- who may ------------------------------------------------------------------------------------------------------
def test_officers_and_equipment_managers_are_refused(fo: FieldOps, data: Data) -> None:
    for user_id in (data.officers[LV_NAMES[0]], data.manager_lv):
        session = factories.login(fo, user_id)
        try:
            for call in (lambda s: s.reports.night(s.user.agency_id, date(2024, 11, 10)),
                         lambda s: s.reports.period(*NOVEMBER), lambda s: s.reports.project(*NOVEMBER),
                         lambda s: s.reports.agencies()):
                with pytest.raises(FieldOpsError) as exc:
                    call(session)
                assert exc.value.code == ErrorCode.NOT_PERMITTED
        finally:
            session.close()


def test_a_supervisor_reports_on_their_own_agency_only(fo: FieldOps, supervisor: FieldOps, data: Data,
                                                       tmp_path: Path) -> None:
    lt = factories.agency_id(fo, "KAVPK")
    for call in (lambda: supervisor.reports.night(lt, date(2024, 11, 10)),
                 lambda: supervisor.reports.period(*NOVEMBER, agency_ids=[lt]),
                 lambda: supervisor.reports.project(*NOVEMBER, agency_ids=[supervisor.user.agency_id, lt])):
        with pytest.raises(FieldOpsError) as exc:
            call()
        assert (exc.value.code, exc.value.field) == (ErrorCode.NOT_PERMITTED, "agency_id")
    assert [a.code for a in supervisor.reports.agencies()] == ["VP-KRP"]
    # a report of another agency handed to the export is refused too, and nothing is written
    other = fo.reports.period(*NOVEMBER, agency_ids=[lt])
    before = factories.table_counts(fo, "audit_event")
    out = outdir(tmp_path)
    with pytest.raises(FieldOpsError) as exc:
        supervisor.reports.export_csv(other, out / "x.csv", "Internal review")
    assert exc.value.code == ErrorCode.NOT_PERMITTED
    assert factories.table_counts(fo, "audit_event") == before and not list(out.iterdir())


@pytest.mark.parametrize(("args", "field"), [
    ((date(2024, 11, 30), date(2024, 11, 1)), "last"),
    ((date(2021, 1, 1), date(2024, 12, 31)), "last"),
    (("2024-11-01", date(2024, 11, 30)), "first"),
    ((datetime(2024, 11, 1, tzinfo=UTC), date(2024, 11, 30)), "first"),
])
def test_bad_periods_are_refused(fo: FieldOps, args: tuple[Any, Any], field: str) -> None:
    with pytest.raises(FieldOpsError) as exc:
        fo.reports.period(*args)
    assert exc.value.field == field


def test_bad_agencies_and_types_are_refused(fo: FieldOps) -> None:
    with pytest.raises(FieldOpsError) as exc:
        fo.reports.period(*NOVEMBER, agency_ids=["no-such-agency"])
    assert (exc.value.code, exc.value.field) == (ErrorCode.NOT_FOUND, "agency_id")
    with pytest.raises(FieldOpsError) as exc:
        fo.reports.period(*NOVEMBER, types=["poaching"])
    assert (exc.value.code, exc.value.field) == (ErrorCode.INVALID, "types")
    with pytest.raises(FieldOpsError):
        fo.reports.night("no-such-agency", date(2024, 11, 10))


# ---- exports --------------------------------------------------------------------------------------------------------
def outdir(tmp_path: Path) -> Path:
    """A folder of its own for the exported files (the workspace is in tmp_path too)."""
    out = tmp_path / "out"
    out.mkdir()
    return out


def read_csv_sections(path: Path) -> dict[str, list[list[str]]]:
    """Title → [header, rows…] of every section of a report CSV."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte order mark"
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    sections: dict[str, list[list[str]]] = {}
    i = 0
    while i < len(rows):
        if not rows[i]:
            i += 1
            continue
        title = rows[i][0]
        j = i + 1
        while j < len(rows) and rows[j]:
            j += 1
        sections[title] = rows[i + 1:j]
        i = j
    return sections


def read_xlsx(path: Path) -> dict[str, list[list[Any]]]:
    """Sheet name → rows of cell values (text, float, bool; dates as (serial, style)) of an XLSX file."""
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        assert {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml"} <= names
        types = ET.fromstring(z.read("[Content_Types].xml"))
        overrides = {o.get("PartName") for o in types}
        book = ET.fromstring(z.read("xl/workbook.xml"))
        rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
        styles = ET.fromstring(z.read("xl/styles.xml"))
        xfs = styles.find(f"{SS_NS}cellXfs")
        assert xfs is not None
        bold_fonts = {i for i, font in enumerate(styles.find(f"{SS_NS}fonts") or []) if font.find(f"{SS_NS}b")
                      is not None}
        bold_styles = {i for i, xf in enumerate(xfs) if int(xf.get("fontId", "0")) in bold_fonts}
        out: dict[str, list[list[Any]]] = {}
        sheets = book.find(f"{SS_NS}sheets")
        assert sheets is not None
        for sheet in sheets:
            rid = sheet.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
            target = f"xl/{rels[rid]}"
            assert f"/{target}" in overrides, "every sheet has its content type"
            root = ET.fromstring(z.read(target))
            rows: list[list[Any]] = []
            data = root.find(f"{SS_NS}sheetData")
            assert data is not None
            for r_index, row in enumerate(data, start=1):
                assert row.get("r") == str(r_index)
                values: list[Any] = []
                for cell in row:
                    ref = cell.get("r") or ""
                    column = re.match(r"[A-Z]+", ref)
                    assert column and ref == f"{column.group()}{r_index}"
                    index = sum((ord(ch) - 64) * 26 ** k for k, ch in enumerate(reversed(column.group()))) - 1
                    values += [None] * (index - len(values))
                    kind, style = cell.get("t"), int(cell.get("s", "0"))
                    if r_index == 1:
                        assert style in bold_styles, "a bold header row"
                    if kind == "inlineStr":
                        values.append("".join(t.text or "" for t in cell.iter(f"{SS_NS}t")))
                    elif kind == "b":
                        values.append(cell.findtext(f"{SS_NS}v") == "1")
                    else:
                        value = float(cell.findtext(f"{SS_NS}v") or "nan")
                        num_fmt = int(xfs[style].get("numFmtId", "0"))
                        values.append(("date", value) if num_fmt in (164, 165) else value)
                rows.append(values)
            out[str(sheet.get("name"))] = rows
    return out


def disclosure_rows(fo: FieldOps) -> list[tuple[str, str | None, str, dict[str, Any], str]]:
    return [(str(e), i, str(p), json.loads(d), str(a)) for e, i, p, d, a in factories.rows(
        fo, "SELECT entity, entity_id, purpose, details, actor_id FROM audit_event WHERE action = 'disclosure' "
            "ORDER BY seq")]


def expected_text(report: Report, table: Table) -> list[list[str]]:
    """A table's cells as the CSV writes them (English)."""
    out = []
    for row in table.rows:
        cells = []
        for value, column in zip(row, table.columns, strict=True):
            v = plain_cell(value, column.kind, report.timezone, ENGLISH)
            if v is None:
                cells.append("")
            elif isinstance(v, datetime):
                cells.append(v.strftime("%Y-%m-%d %H:%M"))
            elif isinstance(v, date):
                cells.append(v.isoformat())
            else:
                cells.append(str(v))
        out.append(cells)
    return out


def test_csv_export_round_trip_and_disclosure(fo: FieldOps, supervisor: FieldOps, data: Data, tmp_path: Path) -> None:
    report = supervisor.reports.night(supervisor.user.agency_id, date(2024, 11, 10))
    target = tmp_path / "night.csv"
    supervisor.reports.export_csv(report, target, "  Case file: 2024/118  ")
    sections = read_csv_sections(target)
    assert list(sections) == [t.title for t in report.tables]
    for table in report.tables:
        header, *rows = sections[table.title]
        assert header == [c.text(ENGLISH) for c in table.columns]
        assert rows == expected_text(report, table)
    ops = sections["Operations"]
    assert ops[1][ops[0].index("Start")] == "2024-11-10 19:00", "local wall-clock time of the agency"
    assert ops[1][ops[0].index("Crew")] == f"{LV_NAMES[0]}*, {LV_NAMES[1]}"
    assert ops[1][ops[0].index("Type")] == "Traffic monitoring"
    assert not list(tmp_path.glob(".*.part")), "no temporary file is left"
    [(entity, entity_id, purpose, details, actor)] = disclosure_rows(fo)
    assert (entity, entity_id, purpose, actor) == ("report", None, "Case file: 2024/118", data.supervisor_lv)
    assert details == {"report": "night", "format": "csv", "first_night": "2024-11-10", "last_night": "2024-11-10",
                       "agencies": ["VP-KRP"], "types": [], "file": "night.csv"}


def test_xlsx_export_round_trip_and_disclosure(fo: FieldOps, supervisor: FieldOps, data: Data,
                                               tmp_path: Path) -> None:
    report = supervisor.reports.period(*NOVEMBER)
    target = tmp_path / "november.xlsx"
    supervisor.reports.export_xlsx(report, target, "Project reporting")
    book = read_xlsx(target)
    assert list(book) == ["Report", *(t.title[:31] for t in report.tables)]
    first = {row[0]: row[1] for row in book["Report"][1:]}
    assert first["Report"] == "Period report" and first["First night"] == ("date", serial(NOVEMBER[0]))
    assert first["Operations"] == 5.0 and first["Checks"] == 8.0
    assert first["Share of checks with a violation"] == pytest.approx(0.625)
    for table in report.tables:
        header, *rows = book[table.title[:31]]
        assert header == [c.text(ENGLISH) for c in table.columns]
        assert len(rows) == len(table.rows)
        for got, row in zip(rows, table.rows, strict=True):
            for value, cell, column in zip(got + [None] * (len(row) - len(got)), row, table.columns, strict=True):
                plain = plain_cell(cell, column.kind, report.timezone, ENGLISH)
                if isinstance(plain, bool):
                    assert value is plain
                elif isinstance(plain, int | float):
                    assert value == pytest.approx(float(plain)), "numbers are numbers"
                elif isinstance(plain, date):
                    assert value == ("date", serial(plain))
                elif plain is None:
                    assert value is None
                else:
                    assert value == str(plain)
    [(entity, _id, purpose, details, _actor)] = disclosure_rows(fo)
    assert (entity, purpose, details["report"], details["format"]) == ("report", "Project reporting", "period", "xlsx")
    assert (details["first_night"], details["last_night"], details["file"]) == ("2024-11-01", "2024-11-30",
                                                                              "november.xlsx")


def test_exports_translate_through_the_labels_given(supervisor: FieldOps, data: Data, tmp_path: Path) -> None:
    class Upper:
        def text(self, source: str) -> str:
            return source.upper()

        def term(self, term: Term) -> str:
            return f"<{term.value}>"

    report = supervisor.reports.night(supervisor.user.agency_id, date(2024, 11, 10))
    supervisor.reports.export_csv(report, tmp_path / "x.csv", "Internal review", labels=Upper())
    sections = read_csv_sections(tmp_path / "x.csv")
    assert sections["OPERATIONS"][0][0] == "NUMBER" and sections["OPERATIONS"][1][1] == "<traffic_monitoring>"
    supervisor.reports.export_xlsx(report, tmp_path / "x.xlsx", "Internal review", labels=Upper())
    assert "OPERATIONS" in read_xlsx(tmp_path / "x.xlsx")


@pytest.mark.parametrize("purpose", ["", "   "])
def test_an_export_needs_a_purpose(fo: FieldOps, supervisor: FieldOps, data: Data, tmp_path: Path,
                                   purpose: str) -> None:
    report = supervisor.reports.period(*NOVEMBER)
    out = outdir(tmp_path)
    with pytest.raises(FieldOpsError) as exc:
        supervisor.reports.export_xlsx(report, out / "x.xlsx", purpose)
    assert (exc.value.code, exc.value.field) == (ErrorCode.REQUIRED, "purpose")
    assert not list(out.iterdir()) and disclosure_rows(fo) == []


@pytest.mark.parametrize("where", ["folder", "missing folder"])
def test_an_unwritable_target_writes_and_records_nothing(fo: FieldOps, supervisor: FieldOps, data: Data,
                                                         tmp_path: Path, where: str) -> None:
    report = supervisor.reports.period(*NOVEMBER)
    target = tmp_path / "x.csv" if where == "folder" else tmp_path / "nowhere" / "x.csv"
    if where == "folder":
        target.mkdir()
    with pytest.raises(FieldOpsError) as exc:
        supervisor.reports.export_csv(report, target, "Case file")
    assert (exc.value.code, exc.value.field) == (ErrorCode.TARGET_UNWRITABLE, "target")
    assert disclosure_rows(fo) == [] and not list(tmp_path.rglob("*.part"))


def test_a_failed_audit_record_leaves_no_file(fo: FieldOps, supervisor: FieldOps, data: Data, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    report = supervisor.reports.period(*NOVEMBER)

    def fail(self: UnitOfWork, *args: Any, **kwargs: Any) -> None:
        raise FieldOpsError(ErrorCode.STORE_BUSY)

    out = outdir(tmp_path)
    monkeypatch.setattr(UnitOfWork, "audit", fail)
    with pytest.raises(FieldOpsError):
        supervisor.reports.export_xlsx(report, out / "x.xlsx", "Case file")
    monkeypatch.undo()
    assert not list(out.iterdir()), "neither the file nor its temporary copy"
    assert disclosure_rows(fo) == []


def test_a_failed_rename_records_nothing(fo: FieldOps, supervisor: FieldOps, data: Data, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    report = supervisor.reports.period(*NOVEMBER)

    def refuse(_src: Any, _dst: Any) -> None:
        raise PermissionError("read-only")

    out = outdir(tmp_path)
    monkeypatch.setattr(reports_module.os, "replace", refuse)
    with pytest.raises(FieldOpsError) as exc:
        supervisor.reports.export_csv(report, out / "x.csv", "Case file")
    monkeypatch.undo()
    assert exc.value.code == ErrorCode.TARGET_UNWRITABLE
    assert disclosure_rows(fo) == [] and not list(out.iterdir())


def test_csv_neutralises_formulas_and_keeps_letters(tmp_path: Path) -> None:
    agency = AgencyDTO("a1", "VP-KRP", "Valsts policijas Kurzemes reģiona pārvalde", "VP Kurzeme", "LV",
                       "Europe/Riga", "KRP")
    start, end = night_bounds(date(2024, 11, 10), date(2024, 11, 10), "Europe/Riga")
    table = Table("t", "Things", (Column("Text"), Column("Number", "int"), Column("When", "datetime"),
                                  Column("Share", "percent")),
                  (("=HYPERLINK(\"x\")", -3, at(RIGA, 2024, 11, 10, 21, 5), 0.33333), ("Ūdrupe; \"ceļš\"\nline", 0,
                                                                                        None, 1.0)))
    report = Report("night", "Night report", (agency,), date(2024, 11, 10), date(2024, 11, 10), start, end,
                    "Europe/Riga", (), (Figure("Operations", 1),), (table,), (), start, "Zane Ozola")
    buffer = io.BytesIO()
    write_csv(report, buffer)
    [header, first, second] = read_csv_sections_bytes(buffer.getvalue())["Things"]
    assert header == ["Text", "Number", "When", "Share"]
    assert first == ["'=HYPERLINK(\"x\")", "-3", "2024-11-10 21:05", "0.3333"], "text formulas neutralised, numbers not"
    assert second == ["Ūdrupe; \"ceļš\"\nline", "0", "", "1.0"]


def read_csv_sections_bytes(raw: bytes) -> dict[str, list[list[str]]]:
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    out: dict[str, list[list[str]]] = {}
    title = None
    for row in rows:
        if not row:
            title = None
        elif title is None:
            title = row[0]
            out[title] = []
        else:
            out[title].append(row)
    return out


# ---- nights ----------------------------------------------------------------------------------------------------------
def test_nights_run_from_noon_to_noon() -> None:
    assert night_of(at(RIGA, 2024, 11, 11, 1, 30), "Europe/Riga") == date(2024, 11, 10)
    assert night_of(at(RIGA, 2024, 11, 11, 12, 0), "Europe/Riga") == date(2024, 11, 11)
    start, end = night_bounds(date(2024, 10, 26), date(2024, 10, 27), "Europe/Riga")  # across the DST change
    assert start == datetime(2024, 10, 26, 9, tzinfo=UTC) and end == datetime(2024, 10, 28, 10, tzinfo=UTC)
    assert week_nights(date(2024, 11, 13)) == (date(2024, 11, 11), date(2024, 11, 17))
    assert month_nights(2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    with pytest.raises(FieldOpsError):
        month_nights(2024, 13)


# ---- the XLSX writer -----------------------------------------------------------------------------------------------
def test_xlsx_writer_types_names_and_escaping(tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    rows: list[list[Any]] = [
        ["Ģirts <Ķēniņš> & \"co\"", 3, 2.5, True, date(2024, 11, 10), datetime(2024, 11, 10, 21, 30), None,
         "  two\nlines \x01"],
        ["=1+1", -7, 0.0, False, date(1900, 3, 1), datetime(2024, 2, 29, 0, 0), float("nan"), ""],
    ]
    with open(target, "wb") as out:
        write_xlsx(out, [XlsxSheet("Data: [1/2]?", ["Name", "N", "X", "OK", "Day", "When", "Empty", "Note"], rows),
                         XlsxSheet("data- 1-2-", ["A"], []), XlsxSheet("", ["x"], [])])
    book = read_xlsx(target)
    assert list(book) == ["Data 1 2", "data- 1-2-", "Sheet"]
    first = book["Data 1 2"]
    day = serial(date(2024, 11, 10))
    assert first[1][:6] == ["Ģirts <Ķēniņš> & \"co\"", 3.0, 2.5, True, ("date", day), ("date", day + 21.5 / 24)]
    assert first[1][7] == "  two\nlines ", "control characters dropped, spaces and line breaks kept"
    assert first[2][0] == "=1+1", "an inline string is never a formula"
    assert first[2][4] == ("date", 61.0) and len(first[2]) == 8 and first[2][6] is None
    with zipfile.ZipFile(target) as z:
        assert z.namelist()[0] == "[Content_Types].xml"
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet and 'state="frozen"' in sheet and "<autoFilter" in sheet


def test_xlsx_sheet_names_and_columns() -> None:
    names = sheet_names(["Operations by kind and category of the night", "Operations by kind and category of "
                         "the night", "a/b", "'quoted'", "   "])
    assert all(len(n) <= 31 for n in names) and len({n.casefold() for n in names}) == 5
    assert names[0] == "Operations by kind and category" and names[1].endswith("(2)")
    assert names[2] == "a b" and names[3] == "quoted" and names[4] == "Sheet"
    assert [column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702)] == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]
    with pytest.raises(ValueError):
        write_xlsx(io.BytesIO(), [])
