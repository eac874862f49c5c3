"""Statistics for dashboards and reports: every aggregate against counts computed here in plain Python from
the same data (read back through the services), the counting rules (one stopped driver = one check however
many offences, voided checks and operations never count), nights from noon to noon in the agency's zone,
authorization and agency scope, and covering query plans."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from fieldops.agencies import HOME_POSITIONS
from fieldops.app import FieldOps
from fieldops.dto import CheckDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.keyslots import FAST_KDF
from fieldops.models.enums import Role
from fieldops.night import night_context
from fieldops.progress import Cancelled, CancelToken
from fieldops.services import statistics as stats_module
from fieldops.services.statistics import ALCOHOL_BANDS, UNSPECIFIED, StatsFilter
from tests import factories

RIGA, VILNIUS = ZoneInfo("Europe/Riga"), ZoneInfo("Europe/Vilnius")
PERIOD = StatsFilter(datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    admin: FieldOps
    supervisor: FieldOps  # VP-KRP (LV)
    officer: FieldOps  # VP-KRP
    lt_officer: FieldOps  # KAVPK (LT)
    ops: dict[str, tuple[str, str, datetime, str]] = field(default_factory=dict)  # id -> (agency, type, start, tz)
    voided_ops: set[str] = field(default_factory=set)
    items: dict[str, tuple[str, bool]] = field(default_factory=dict)  # id -> (asset tag, project funded)
    three_offences: str = ""
    voided_check: str = ""

    def checks(self) -> list[tuple[str, CheckDTO]]:
        """(operation id, check) of every operation, voided checks included."""
        return [(op_id, c) for op_id in self.ops for c in self.admin.checks.list(op_id, include_voided=True)]


def _op(w: World, session: FieldOps, type_: str, local: datetime, hours: float = 6.0,
        equipment: tuple[str, ...] = ()) -> str:
    start = local.astimezone(UTC)
    op_id = session.operations.create(type=type_, start_at=start, end_at=start + timedelta(hours=hours),
                                      actual=True, area_name="Nīca").created_id
    assert op_id
    if equipment:
        session.operations.update(op_id, 1, equipment=list(equipment))
    code = "KAVPK" if session is w.lt_officer else "VP-KRP"
    w.ops[op_id] = (code, type_, start, str(local.tzinfo))
    return op_id


def _check(w: World, session: FieldOps, op_id: str, kind: str, outcome: str, facts: dict[str, Any],
           overrides: dict[str, str] | None = None) -> str:
    changes = session.checks.add(op_id, kind=kind, at=w.ops[op_id][2] + timedelta(minutes=30), outcome=outcome,
                                 facts=facts, overrides=overrides)
    assert changes.created_id
    return changes.created_id


def _session(fo: FieldOps, *roles: Role, code: str = "VP-KRP", clock: Clock | None = None) -> FieldOps:
    user_id = factories.user(fo, *roles, code=code)
    return FieldOps.open(fo.home, fo.users.get(user_id).username, factories.PASSWORD, kdf=FAST_KDF,
                         clock=clock or (lambda: datetime.now(UTC)))


@pytest.fixture
def world(fo: FieldOps) -> Iterator[World]:
    now = datetime.now(UTC)
    sessions = [_session(fo, Role.SUPERVISOR, clock=Clock(now + timedelta(hours=3))),
                _session(fo, Role.OFFICER), _session(fo, Role.OFFICER, code="KAVPK"),
                _session(fo, Role.EQUIPMENT_MANAGER), _session(fo, Role.EQUIPMENT_MANAGER, code="KAVPK")]
    supervisor, officer, lt_officer, manager, lt_manager = sessions
    w = World(fo, supervisor, officer, lt_officer)
    try:
        for mgr, tag, funded in ((manager, "NV-1", True), (manager, "NV-2", False), (manager, "TI-3", True),
                                 (manager, "TI-4", True), (lt_manager, "LT-1", True), (lt_manager, "LT-2", False)):
            item_id = mgr.equipment.create_item(asset_tag=tag, serial_no=f"SN-{tag}", kind="nv_binocular",
                                                make="Pulsar", model="Merger", project_funded=funded).created_id
            assert item_id
            w.items[item_id] = (tag, funded)
        tag = {t: i for i, (t, _f) in w.items.items()}
        _build_lv(w, tag)
        _build_lt(w, tag)
        # Equipment right now: TI-3 out to the LV officer and due in an hour (the supervisor's clock is 3 hours
        # ahead: overdue for them); TI-4 and LT-2 in maintenance.
        manager.desk.check_out(officer.user.id, [tag["TI-3"]], acknowledgement=factories.PASSWORD,
                               due_at=now + timedelta(hours=1))
        manager.desk.maintenance_in(tag["TI-4"], "lens cleaning")
        lt_manager.desk.maintenance_in(tag["LT-2"], "battery contacts")
        yield w
    finally:
        for session in sessions:
            session.close()


def _build_lv(w: World, tag: dict[str, str]) -> None:
    o = w.officer
    traffic = _op(w, o, "traffic_monitoring", datetime(2026, 11, 10, 21, 0, tzinfo=RIGA),
                  equipment=(tag["NV-1"], tag["NV-2"]))
    _check(w, o, traffic, "traffic", "administrative_protocol",
           {"driver_category": "novice", "alcohol_permille": [0.3]})
    # One driver, three offences: one check (three flags).
    w.three_offences = _check(w, o, traffic, "traffic", "administrative_protocol", {
        "alcohol_permille": [0.8], "speed_measured": 120, "speed_limit": 90, "documents": {"driving_licence": False}})
    _check(w, o, traffic, "traffic", "no_violation", {"alcohol_permille": [0.0], "plate": "XYZ 123"})  # a warning only
    _check(w, o, traffic, "traffic", "refused_test", {"refused_test": True})
    _check(w, o, traffic, "traffic", "no_violation", {"speed_measured": 95, "speed_limit": 90},
           overrides={"speeding": "escorting an ambulance"})
    w.voided_check = _check(w, o, traffic, "traffic", "criminal_case", {"alcohol_permille": [2.0]})
    o.checks.void(w.voided_check, "logged twice")
    # 01:30 local on the 11th belongs to the night of the 10th.
    hunt = _op(w, o, "hunter_control", datetime(2026, 11, 11, 1, 30, tzinfo=RIGA), hours=4, equipment=(tag["NV-2"],))
    _check(w, o, hunt, "hunter", "no_violation", {"species": "wild_boar", "sight": "thermal", "position": "stand"})
    _check(w, o, hunt, "hunter", "seized", {"species": "roe_deer", "sight": "night_vision", "position": "stand"})
    _check(w, o, hunt, "hunter", "no_violation", {"sight": "optical"})
    other = _op(w, o, "other", datetime(2026, 11, 17, 20, 0, tzinfo=RIGA))
    _check(w, o, other, "other", "warning", {"category": "assistance", "text": "Helped a stranded driver"})
    _check(w, o, other, "other", "no_violation", {"category": "border_area"})
    # Outside the period (still counted by a wider filter) and a voided operation (never counted).
    _op(w, o, "public_order", datetime(2026, 10, 20, 22, 0, tzinfo=RIGA))
    voided = _op(w, o, "traffic_monitoring", datetime(2026, 11, 12, 22, 0, tzinfo=RIGA), equipment=(tag["NV-1"],))
    _check(w, o, voided, "traffic", "criminal_case", {"alcohol_permille": [1.9]})
    factories.execute(w.admin, "UPDATE operation SET status = 'voided' WHERE id = :id", id=voided)
    w.voided_ops.add(voided)


def _build_lt(w: World, tag: dict[str, str]) -> None:
    o = w.lt_officer
    traffic = _op(w, o, "traffic_monitoring", datetime(2026, 11, 12, 22, 0, tzinfo=VILNIUS), hours=5,
                  equipment=(tag["LT-1"],))
    # LT counts the lower of two tests: 0.45 (over 0.4), in band 0.21-0.5 (the first, 0.6, would be 0.51-1.5).
    _check(w, o, traffic, "traffic", "administrative_protocol", {"alcohol_permille": [0.6, 0.45]})
    _check(w, o, traffic, "traffic", "administrative_protocol",
           {"driver_category": "novice", "alcohol_permille": [0.1]})
    hunt = _op(w, o, "hunter_control", datetime(2026, 11, 20, 23, 0, tzinfo=VILNIUS))
    _check(w, o, hunt, "hunter", "no_violation", {"species": "fox", "sight": "thermal", "position": "stand"})


# ---- the same counts in plain Python ---------------------------------------------------------------------------
def _night(start: datetime, tz: str) -> date:
    return (start.astimezone(ZoneInfo(tz)) - timedelta(hours=12)).date()


def _counted_ops(w: World, f: StatsFilter, agencies: set[str]) -> dict[str, tuple[str, str, datetime, str]]:
    return {op_id: v for op_id, v in w.ops.items() if op_id not in w.voided_ops and v[0] in agencies
            and f.start <= v[2] < f.end and (not f.types or v[1] in f.types)}


def _counted_checks(w: World, f: StatsFilter, agencies: set[str]) -> list[tuple[str, CheckDTO]]:
    ops = _counted_ops(w, f, agencies)
    return [(op_id, c) for op_id, c in w.checks() if op_id in ops and not c.voided]


def _category(c: CheckDTO) -> str:
    if c.kind == "traffic":
        return str(c.facts.get("driver_category") or "general")
    if c.kind == "hunter":
        sight = c.facts.get("sight")
        return {"night_vision": "night_sight", "thermal": "night_sight", "optical": "optical",
                "none": "no_sight"}.get(str(sight), UNSPECIFIED)
    return str(c.facts.get("category") or UNSPECIFIED)


def _band(country: str, c: CheckDTO) -> str | None:
    tests = c.facts.get("alcohol_permille")
    if not isinstance(tests, list) or not tests:
        return "refused" if c.facts.get("refused_test") is True else None
    value = min(tests) if country == "LT" else tests[0]
    for limit, band in ((0, "0"), (0.2, "0.01-0.2"), (0.5, "0.21-0.5"), (1.5, "0.51-1.5")):
        if value <= limit:
            return band
    return ">1.5"


LV_ONLY, ALL = {"VP-KRP"}, {"VP-KRP", "KAVPK"}
COUNTRY = {"VP-KRP": "LV", "KAVPK": "LT"}


def _expected(w: World, f: StatsFilter, agencies: set[str]) -> dict[str, Any]:
    ops = _counted_ops(w, f, agencies)
    checks = _counted_checks(w, f, agencies)
    per_night = Counter((_night(start, tz), type_) for _a, type_, start, tz in ops.values())
    categories: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    rules: Counter[tuple[str, str]] = Counter()
    bands: Counter[str] = Counter()
    hunters: Counter[tuple[str, str]] = Counter()
    night_violations: Counter[date] = Counter()
    for op_id, c in checks:
        agency, _type, start, tz = ops[op_id]
        key = (c.kind, _category(c))
        categories[key][0] += 1
        categories[key][1] += int(c.violation)
        codes = {str(fl["code"]) for fl in c.flags if fl["severity"] == "violation" and fl["decision"] == "confirmed"}
        rules.update((COUNTRY[agency], code) for code in codes)
        if c.kind == "traffic" and (band := _band(COUNTRY[agency], c)) is not None:
            bands[band] += 1
        if c.kind == "hunter":
            hunters[(str(c.facts.get("species") or UNSPECIFIED), str(c.facts.get("sight") or UNSPECIFIED))] += 1
        night_violations[_night(start, tz)] += int(c.violation)
    return {"per_night": sorted((n, t, k) for (n, t), k in per_night.items()),
            "categories": sorted((k, cat, n, v) for (k, cat), (n, v) in categories.items()),
            "rules": sorted((c, code, n) for (c, code), n in rules.items()),
            "bands": [(b, bands[b]) for b in ALCOHOL_BANDS],
            "hunters": sorted((s, si, n) for (s, si), n in hunters.items()),
            "night_ops": Counter(_night(start, tz) for _a, _t, start, tz in ops.values()),
            "night_violations": night_violations}


def _equipment(w: World, f: StatsFilter, agencies: set[str]) -> tuple[list[tuple[str, date, float]],
                                                                       list[tuple[str, str, int, int]]]:
    ops = _counted_ops(w, f, agencies)
    hours: Counter[tuple[str, date]] = Counter()
    indicators: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for op_id, (agency, type_, start, tz) in ops.items():
        used = w.admin.operations.get(op_id).equipment
        night = _night(start, tz)
        for use in used:
            hours[(use.asset_tag, night - timedelta(days=night.weekday()))] += use.hours
        indicators[(agency, type_)][0] += 1
        indicators[(agency, type_)][1] += int(any(w.items[u.item_id][1] for u in used))
    return (sorted((t, wk, round(h, 2)) for (t, wk), h in hours.items()),
            sorted((a, t, n, p) for (a, t), (n, p) in indicators.items()))


# ---- the tests ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("who", ["supervisor", "admin"])
def test_every_aggregate_matches_plain_python(world: World, who: str) -> None:
    session = world.supervisor if who == "supervisor" else world.admin
    agencies = LV_ONLY if who == "supervisor" else ALL
    st = session.statistics
    exp = _expected(world, PERIOD, agencies)
    assert st.operations_per_night(PERIOD) == exp["per_night"]
    assert st.checks_by_category(PERIOD) == exp["categories"]
    assert st.violations_by_rule(PERIOD) == exp["rules"]
    assert st.alcohol_bands(PERIOD) == exp["bands"]
    assert st.hunter_checks(PERIOD) == exp["hunters"]
    hours, indicators = _equipment(world, PERIOD, agencies)
    assert st.equipment_hours(PERIOD) == hours
    codes = {a: a for a in agencies}
    assert st.project_indicators(PERIOD) == [(codes[a], t, n, p) for a, t, n, p in indicators]
    nights = st.night_context(PERIOD)
    assert [n for n, *_ in nights] == [date(2026, 10, 31) + timedelta(days=i) for i in range(31)]
    assert {n: ops for n, _m, ops, _v in nights if ops} == dict(exp["night_ops"])
    assert {n: v for n, _m, _o, v in nights if v} == {n: v for n, v in exp["night_violations"].items() if v}


def test_the_fixture_covers_the_counting_rules(world: World) -> None:
    """The hand-made data hits each rule, and the figures are the ones a person would count."""
    st = world.admin.statistics
    by_category = {(k, c): (n, v) for k, c, n, v in st.checks_by_category(PERIOD)}
    # LV traffic: novice 0.3; general: three offences, warning-only, refused, overridden (voided one not counted)
    assert by_category[("traffic", "general")] == (4 + 1, 2 + 1)  # + the LT driver with 0.6/0.45
    assert by_category[("traffic", "novice")] == (2, 2)
    assert by_category[("hunter", "night_sight")] == (3, 1)
    assert by_category[("hunter", "optical")] == (1, 0)
    assert by_category[("other", "assistance")] == (1, 1)
    rules = {(c, code): n for c, code, n in st.violations_by_rule(PERIOD)}
    assert rules == {("LV", "alcohol_over_limit"): 2, ("LV", "speeding"): 1, ("LV", "document_missing"): 1,
                     ("LV", "refused_test"): 1, ("LV", "night_sight_species_not_allowed"): 1,
                     ("LT", "alcohol_over_limit"): 2}
    assert dict(st.alcohol_bands(PERIOD)) == {"0": 1, "0.01-0.2": 1, "0.21-0.5": 2, "0.51-1.5": 1, ">1.5": 0,
                                              "refused": 1}
    # The three-offence check is one check with a violation: 3 confirmed flags, counted once per kind.
    three = world.admin.checks.get(world.three_offences)
    assert len([f for f in three.flags if f["severity"] == "violation"]) == 3
    per_night = st.operations_per_night(PERIOD)
    assert (date(2026, 11, 10), "hunter_control", 1) in per_night  # 01:30 on the 11th: the night of the 10th
    assert all(n != date(2026, 11, 12) or t != "traffic_monitoring" or k == 1 for n, t, k in per_night)


def test_a_voided_check_and_a_voided_operation_never_count(world: World) -> None:
    st = world.admin.statistics
    total = sum(n for _k, _c, n, _v in st.checks_by_category(PERIOD))
    live = [c for op_id, c in world.checks() if op_id not in world.voided_ops and not c.voided
            and PERIOD.start <= world.ops[op_id][2] < PERIOD.end]
    assert total == len(live) == 13
    assert dict(st.alcohol_bands(PERIOD))[">1.5"] == 0  # the voided 2.0 check and the voided operation's 1.9
    assert sum(k for _n, _t, k in st.operations_per_night(PERIOD)) == 5


def test_filters_by_type_period_and_agency(world: World) -> None:
    st = world.admin.statistics
    kavpk = factories.agency_id(world.admin, "KAVPK")
    hunter = StatsFilter(PERIOD.start, PERIOD.end, types=("hunter_control",))
    assert st.checks_by_category(hunter) == _expected(world, hunter, ALL)["categories"]
    assert {t for _n, t, _k in st.operations_per_night(hunter)} == {"hunter_control"}
    lt = StatsFilter(PERIOD.start, PERIOD.end, agency_ids=(kavpk,))
    assert st.checks_by_category(lt) == _expected(world, lt, {"KAVPK"})["categories"]
    assert [c for c, _code, _n in st.violations_by_rule(lt)] == ["LT"]
    wide = StatsFilter(datetime(2026, 10, 1, tzinfo=UTC), PERIOD.end)
    assert sum(k for _n, _t, k in st.operations_per_night(wide)) == 6  # October's public-order operation
    assert st.operations_per_night(wide) == _expected(world, wide, ALL)["per_night"]
    empty = StatsFilter(datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 1, 2, tzinfo=UTC))
    assert st.checks_by_category(empty) == [] and dict(st.alcohol_bands(empty)) == dict.fromkeys(ALCOHOL_BANDS, 0)
    assert [(n, o, v) for n, _m, o, v in st.night_context(empty)] == [(date(2024, 12, 31), 0, 0),
                                                                      (date(2025, 1, 1), 0, 0)]


def test_a_supervisor_sees_only_their_agency(world: World) -> None:
    st = world.supervisor.statistics
    kavpk = factories.agency_id(world.admin, "KAVPK")
    assert [a.code for a in st.agencies()] == ["VP-KRP"]
    assert all(c == "LV" for c, _code, _n in st.violations_by_rule(PERIOD))
    assert {a for a, *_ in st.project_indicators(PERIOD)} == {"VP-KRP"}
    assert all(not tag.startswith("LT") for tag, _w, _h in st.equipment_hours(PERIOD))
    with pytest.raises(FieldOpsError) as exc:
        st.checks_by_category(StatsFilter(PERIOD.start, PERIOD.end, agency_ids=(kavpk,)))
    assert (exc.value.code, exc.value.field) == (ErrorCode.NOT_PERMITTED, "agency_ids")
    with pytest.raises(FieldOpsError):
        st.equipment_counts((kavpk,))
    assert [a.code for a in world.admin.statistics.agencies()] == ["KAVPK", "LPP", "PMS", "VP-KRP"]


def test_equipment_counts_now(world: World) -> None:
    assert world.supervisor.statistics.equipment_counts() == (1, 1)  # TI-3 overdue by their clock; TI-4
    assert world.admin.statistics.equipment_counts() == (0, 2)  # TI-3 is not due yet; TI-4, LT-2
    kavpk = factories.agency_id(world.admin, "KAVPK")
    assert world.admin.statistics.equipment_counts((kavpk,)) == (0, 1)


@pytest.mark.parametrize("name", ["operations_per_night", "checks_by_category", "violations_by_rule",
                                  "alcohol_bands", "hunter_checks", "equipment_hours", "night_context",
                                  "project_indicators"])
def test_officers_and_equipment_managers_are_refused(fo: FieldOps, officer: FieldOps, name: str) -> None:
    for session in (officer, _session(fo, Role.EQUIPMENT_MANAGER)):
        with pytest.raises(FieldOpsError) as exc:
            getattr(session.statistics, name)(PERIOD)
        assert exc.value.code == ErrorCode.NOT_PERMITTED
        with pytest.raises(FieldOpsError):
            session.statistics.equipment_counts()
        if session is not officer:
            session.close()


def test_bad_filters_are_typed_errors(fo: FieldOps) -> None:
    st = fo.statistics
    start = datetime(2026, 11, 1, tzinfo=UTC)
    for bad, field_ in ((StatsFilter(start, start), "end"), (StatsFilter(start, start - timedelta(days=1)), "end"),
                        (StatsFilter(datetime(2026, 11, 1), start + timedelta(days=1)), "start"),
                        (StatsFilter(start, start + timedelta(days=1), types=("speeding",)), "types"),
                        (StatsFilter(start, start + timedelta(days=1), agency_ids=("nope",)), "agency_ids")):
        with pytest.raises(FieldOpsError) as exc:
            st.operations_per_night(bad)
        assert (exc.value.code, exc.value.field) == (ErrorCode.INVALID, field_)


def test_nights_follow_daylight_saving_time(fo: FieldOps, officer: FieldOps) -> None:
    """Summer time starts on 2026-03-29 at 01:00 UTC: 09:30 UTC is 11:30 local the day before (the previous
    night) and 12:30 local that day (the new night)."""
    supervisor = factories.login(fo, factories.user(fo, Role.SUPERVISOR))
    try:
        for day in (28, 29):
            officer.operations.create(type="other", start_at=datetime(2026, 3, day, 9, 30, tzinfo=UTC))
        f = StatsFilter(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))
        assert supervisor.statistics.operations_per_night(f) == [(date(2026, 3, 27), "other", 1),
                                                                 (date(2026, 3, 29), "other", 1)]
        assert supervisor.statistics.equipment_hours(f) == []
    finally:
        supervisor.close()


def test_moon_illumination_is_the_night_context(world: World) -> None:
    lat, lon = HOME_POSITIONS["VP-KRP"]
    for night, moon, _ops, _v in world.supervisor.statistics.night_context(PERIOD)[::7]:
        assert moon == pytest.approx(night_context(lat, lon, night, "Europe/Riga").moon_illumination, abs=2e-3)
        assert 0.0 <= moon <= 1.0


def test_a_cancelled_query_raises_cancelled(fo: FieldOps) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        fo.statistics.checks_by_category(PERIOD, cancel=token)


def test_check_queries_read_only_the_covering_indexes(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The facts are read from ix_check_record_stats (migration 0008), never from each check's JSON: the
    expressions in the queries must stay exactly those of the index."""
    seen: list[tuple[str, dict[str, Any]]] = []
    real = stats_module.StatisticsService._rows

    def spy(self: Any, sql: str, params: dict[str, Any], cancel: CancelToken | None) -> list[tuple[Any, ...]]:
        seen.append((sql, params))
        return real(self, sql, params, cancel)

    monkeypatch.setattr(stats_module.StatisticsService, "_rows", spy)
    st = world.admin.statistics
    for name in ("operations_per_night", "checks_by_category", "alcohol_bands", "hunter_checks", "night_context",
                 "violations_by_rule"):
        seen.clear()
        getattr(st, name)(PERIOD)
        sql, params = seen[-1]
        with world.admin.engine.connect() as conn:
            plan = [str(r[3]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
        # ("SCAN o" alone is the sorted list of counted operations, see statistics._sorted_ops)
        searches = [p for p in plan if p.startswith(("SEARCH o", "SEARCH c", "SCAN c", "SCAN o USING"))]
        assert searches and all("COVERING INDEX" in p for p in searches), (name, plan)
