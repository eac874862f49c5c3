"""Reports (`fo.reports`): the night report, the period report and the project-indicator report as plain data,
and their CSV and XLSX exports. Qt-free: the UI renders the same `Report` to PDF (`ui/reports/period_pdf.py`).

    report = fo.reports.night(agency_id, date(2024, 11, 10))          # one shift of one agency
    report = fo.reports.period(date(2024, 11, 1), date(2024, 11, 30))   # week / month / custom, with the statistics
    report = fo.reports.project(date(2024, 1, 1), date(2024, 12, 31))  # SCAPE II indicators by partner and type
    fo.reports.export_xlsx(report, Path("nov.xlsx"), "Project reporting")   # DISCLOSURE with the purpose

A report is a title, its agencies and nights, key figures (`summary`), tables with typed cells and chart
series. Cells are text, numbers, dates, aware UTC datetimes (shown in the report's time zone) or `Term`s:
a vocabulary value (an operation type, an outcome …) that the reader's language names (`Labels`).

Nights: the night of date D is D 12:00 to D+1 12:00 local time (a shift from 21:00 to 04:00 is one night,
`fieldops.statistics`' rule too); a period is its first to its last night, both included.

The figures of the period and project reports are those of the statistics service (`fieldops/services/
statistics.py`, `docs/dashboards.md`): one piece of code counts for the dashboards and the reports, so the
counting rules (one driver stopped = one check however many offences; voided checks do not count) hold for
both. The night report lists the night's records (operations, crews, equipment, checks, findings); its key
figures come from the same statistics.

Who may: supervisors and administrators; a supervisor only for their own agency (no agency given: their
own), an administrator for any (no agency given: all). Exports write a temporary file beside the target and
rename it into place in the same unit of work as the DISCLOSURE audit event (what: report kind, nights,
agencies, types, format, file name; the stated purpose), like `AttachmentService.export_to`: if the event
cannot be recorded the file is gone again.

CSV: UTF-8 with a byte order mark, `;` separated, `\\r\\n` line ends (as the audit log's export); every table
in turn: a line with its title, the header line, the rows, an empty line. Numbers with a decimal point,
dates ISO 8601, times as local wall-clock "YYYY-MM-DD HH:MM" in the report's zone. A text cell starting with
`=`, `+`, `-`, `@`, tab or CR gets a leading `'` (no formula runs when a spreadsheet opens it).
XLSX: one sheet per table (`fieldops.xlsx`), plus a first "Report" sheet with the title, nights, agencies
and key figures.
"""

from __future__ import annotations

import calendar
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any

from sqlalchemy import String, select, type_coerce
from sqlmodel import col

from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.dto import AgencyDTO, UserDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.fsutil import export_temp_file, target_disk_errors
from fieldops.i18n import QT_TRANSLATE_NOOP
from fieldops.models import (
    Agency,
    Check,
    EquipmentItem,
    Operation,
    OperationCrew,
    OperationEquipment,
    User,
)
from fieldops.models.enums import CheckKind, OperationType, Outcome, Role
from fieldops.night import NightContext, night_context
from fieldops.progress import CancelToken
from fieldops.services.disclosure import publish
from fieldops.services.report_files import write_csv, write_report_xlsx
from fieldops.services.report_model import (
    ENGLISH,
    Cell,
    Chart,
    Column,
    Figure,
    Labels,
    Report,
    Series,
    Table,
    Term,
    zone,
)
from fieldops.services.statistics import VOIDED_STATUS, StatisticsService, StatsFilter

KINDS = ("night", "period", "project")
FORMATS = ("pdf", "csv", "xlsx")
ENTITY = "report"  # the audit event's entity
MAX_NIGHTS = 366 * 3  # a custom period spans at most three years
MAX_NIGHT_ROWS = 62  # a longer period lists its operations by ISO week instead of by night
MAX_MONTH_ROWS = 36  # the project report's table by month (up to three years)
MAX_WEEK_COLUMNS = 6  # equipment hours get a column per week up to this many weeks
MAX_RULES_CHARTED = 10
NOON = time(12, 0)



# English texts of the report (context "Reports").
T_NIGHT = QT_TRANSLATE_NOOP("Reports", "Night report")
T_PERIOD = QT_TRANSLATE_NOOP("Reports", "Period report")
T_PROJECT = QT_TRANSLATE_NOOP("Reports", "Project indicators (Interreg LV-LT SCAPE II)")
RULE_ONE_CHECK = QT_TRANSLATE_NOOP(
    "Reports", "Counting rule: one person or driver stopped is one check, however many offences; a check with a "
               "violation counts once. Voided checks are not counted.")
RULE_PROJECT = QT_TRANSLATE_NOOP(
    "Reports", "An operation performed with the project equipment is one that lists at least one project-funded "
               "item among the equipment used.")


# ---- nights ------------------------------------------------------------------------------------------------------
def night_bounds(first: date, last: date, tz: str) -> tuple[datetime, datetime]:
    """UTC [start, end) of the nights `first` … `last` (both included) in the zone `tz`."""
    z = zone(tz)
    start = datetime.combine(first, NOON, z).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), NOON, z).astimezone(UTC)
    return start, end


def night_of(moment: datetime, tz: str) -> date:
    """The night (local date of its evening) a moment belongs to."""
    local = moment.astimezone(zone(tz))
    return local.date() if local.time() >= NOON else local.date() - timedelta(days=1)


def week_nights(on: date) -> tuple[date, date]:
    """The nights of the ISO week (Monday to Sunday) that holds `on`."""
    monday = on - timedelta(days=on.weekday())
    return monday, monday + timedelta(days=6)


def month_nights(year: int, month: int) -> tuple[date, date]:
    """The nights of a calendar month."""
    if not 1 <= month <= 12:
        raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field="month", min=1, max=12)
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _check_nights(first: object, last: object) -> tuple[date, date]:
    for name, value in (("first", first), ("last", last)):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise FieldOpsError(ErrorCode.INVALID, field=name, detail="not a date")
    assert isinstance(first, date) and isinstance(last, date)
    if last < first:
        raise FieldOpsError(ErrorCode.INVALID, field="last", detail="before the first night")
    if (last - first).days + 1 > MAX_NIGHTS:
        raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field="last", min=1, max=MAX_NIGHTS)
    return first, last


# ---- the service -------------------------------------------------------------------------------------------------
class ReportService:
    def __init__(self, ctx: Context, statistics: StatisticsService) -> None:
        self._ctx = ctx
        self._stats = statistics

    # ---- who may ------------------------------------------------------------------------------------------
    def _scope(self, agency_ids: Iterable[str]) -> tuple[UserDTO, tuple[AgencyDTO, ...]]:
        """The current user (supervisor or administrator) and the agencies the report covers: those asked
        for (a supervisor's own only), by default the supervisor's own or, for an administrator, all."""
        me = self._ctx.require(Role.SUPERVISOR, Role.ADMINISTRATOR)
        wanted = tuple(dict.fromkeys(str(a) for a in agency_ids))
        agencies = self._agencies()
        known = {a.id: a for a in agencies}
        for agency_id in wanted:
            if agency_id not in known:
                raise FieldOpsError(ErrorCode.NOT_FOUND, field="agency_id")
        admin = me.has_role(Role.ADMINISTRATOR)
        if not admin and any(a != me.agency_id for a in wanted):
            raise FieldOpsError(ErrorCode.NOT_PERMITTED, field="agency_id")
        if not wanted:
            wanted = tuple(a.id for a in agencies) if admin else (me.agency_id,)
        return me, tuple(known[a] for a in wanted)

    def _agencies(self) -> list[AgencyDTO]:
        with self._ctx.read() as s:
            rows = s.execute(select(Agency).order_by(col(Agency.country).desc(), col(Agency.code))).scalars()
            return [AgencyDTO(a.id, a.code, a.name, a.short_name, a.country, a.timezone, a.report_prefix)
                    for a in rows]

    def agencies(self) -> list[AgencyDTO]:
        """The agencies the current user may report on (the dialog's choices)."""
        me = self._ctx.require(Role.SUPERVISOR, Role.ADMINISTRATOR)
        agencies = self._agencies()
        return agencies if me.has_role(Role.ADMINISTRATOR) else [a for a in agencies if a.id == me.agency_id]

    # ---- the night report -----------------------------------------------------------------------------------
    def night(self, agency_id: str, on: date) -> Report:
        """One shift of one agency: the operations that started in the night of `on` (its evening's date,
        the agency's time zone) with crews, times, places, equipment, checks and outcomes, and findings."""
        me, (agency,) = self._scope([agency_id])
        first, last = _check_nights(on, on)
        tz = agency.timezone
        start, end = night_bounds(first, last, tz)
        with self._ctx.read() as s:
            # The bounds compared as the stored text, as the statistics do (bulk-loaded rows have no
            # microseconds): the night's list and its figures count the same operations.
            start_at = type_coerce(col(Operation.start_at), String)
            ops = s.execute(
                select(col(Operation.id), col(Operation.number), col(Operation.type), col(Operation.status),
                       col(Operation.start_at), col(Operation.end_at), col(Operation.area_name),
                       col(Operation.vehicle), col(Operation.lat), col(Operation.lon))
                .where(col(Operation.agency_id) == agency.id, start_at >= _stored(start), start_at < _stored(end),
                       col(Operation.status) != VOIDED_STATUS)
                .order_by(col(Operation.start_at), col(Operation.number))).all()
            ids = [str(o[0]) for o in ops]
            crew: dict[str, list[tuple[str, bool]]] = defaultdict(list)
            equipment: list[tuple[Any, ...]] = []
            checks: list[tuple[Any, ...]] = []
            for chunk in _chunks(ids, 500):
                for op_id, name, lead in s.execute(
                        select(col(OperationCrew.operation_id), col(User.full_name), col(OperationCrew.is_lead))
                        .join(User, col(User.id) == col(OperationCrew.user_id))
                        .where(col(OperationCrew.operation_id).in_(chunk))
                        .order_by(col(OperationCrew.is_lead).desc(), col(User.full_name))).all():
                    crew[str(op_id)].append((str(name), bool(lead)))
                equipment += s.execute(
                    select(col(OperationEquipment.operation_id), col(EquipmentItem.asset_tag),
                           col(EquipmentItem.kind), col(EquipmentItem.make), col(EquipmentItem.model),
                           col(OperationEquipment.hours), col(EquipmentItem.project_funded))
                    .join(EquipmentItem, col(EquipmentItem.id) == col(OperationEquipment.item_id))
                    .where(col(OperationEquipment.operation_id).in_(chunk))).all()
                checks += s.execute(
                    select(col(Check.operation_id), col(Check.at), col(Check.kind), col(Check.outcome),
                           col(Check.violation), col(Check.flags), col(Check.facts))
                    .where(col(Check.operation_id).in_(chunk), col(Check.voided_at).is_(None))).all()
        number = {str(o[0]): str(o[1]) for o in ops}
        order = {op_id: i for i, op_id in enumerate(ids)}
        equipment.sort(key=lambda e: (order[str(e[0])], str(e[1])))
        checks.sort(key=lambda c: (c[1], order[str(c[0])]))
        tags: dict[str, list[str]] = defaultdict(list)
        for e in equipment:
            tags[str(e[0])].append(str(e[1]))
        per_op = Counter(str(c[0]) for c in checks)
        violations_per_op = Counter(str(c[0]) for c in checks if c[4])

        op_rows = tuple(
            (number[str(o[0])], Term("operation_type", str(o[2])), Term("operation_status", str(o[3])),
             _utc(o[4]), _utc(o[5]), str(o[6] or ""), _crew_text(crew.get(str(o[0]), [])), str(o[7] or ""),
             ", ".join(tags.get(str(o[0]), [])), per_op.get(str(o[0]), 0), violations_per_op.get(str(o[0]), 0))
            for o in ops)
        check_rows = tuple(
            (number[str(c[0])], _utc(c[1]), Term("check_kind", str(c[2])), _subject(c[6]),
             Term("outcome", str(c[3])), Term("yes_no", "yes" if c[4] else "no"))
            for c in checks)
        finding_rows: list[tuple[Cell, ...]] = []
        for c in checks:
            codes = _confirmed_violations(c[5])
            if not c[4] and not codes:
                continue
            for code in codes or [""]:
                finding_rows.append((number[str(c[0])], _utc(c[1]), Term("check_kind", str(c[2])),
                                     Term("rule", code), Term("outcome", str(c[3]))))
        equipment_rows = tuple(
            (str(e[1]), Term("equipment_kind", str(e[2])), f"{e[3]} {e[4]}".strip(), number[str(e[0])],
             float(e[5] or 0.0), Term("yes_no", "yes" if e[6] else "no"))
            for e in equipment)

        outcomes = Counter(str(c[3]) for c in checks)
        kinds = Counter(str(c[2]) for c in checks)
        crew_people = {name for names in crew.values() for name, _ in names}
        f = StatsFilter(start, end, (agency.id,))
        categories = self._stats.checks_by_category(f)
        summary: tuple[Figure, ...] = (
            Figure(QT_TRANSLATE_NOOP("Reports", "Operations"), sum(r[2] for r in self._stats.operations_per_night(f))),
            Figure(QT_TRANSLATE_NOOP("Reports", "Officers on duty"), len(crew_people)),
            Figure(QT_TRANSLATE_NOOP("Reports", "Checks"), sum(r[2] for r in categories)),
            Figure(QT_TRANSLATE_NOOP("Reports", "Checks with a violation"), sum(r[3] for r in categories)),
            Figure(QT_TRANSLATE_NOOP("Reports", "Equipment items used"), len({str(e[1]) for e in equipment})),
            Figure(QT_TRANSLATE_NOOP("Reports", "Operations with project equipment"),
             sum(r[3] for r in self._stats.project_indicators(f))),
        )
        tables = (
            Table("operations", QT_TRANSLATE_NOOP("Reports", "Operations"), (
                Column(QT_TRANSLATE_NOOP("Reports", "Number")),
                Column(QT_TRANSLATE_NOOP("Reports", "Type"), "term"),
                Column(QT_TRANSLATE_NOOP("Reports", "Status"), "term"),
                Column(QT_TRANSLATE_NOOP("Reports", "Start"), "datetime"),
                Column(QT_TRANSLATE_NOOP("Reports", "End"), "datetime"),
                Column(QT_TRANSLATE_NOOP("Reports", "Area")),
                Column(QT_TRANSLATE_NOOP("Reports", "Crew")),
                Column(QT_TRANSLATE_NOOP("Reports", "Vehicle")),
                Column(QT_TRANSLATE_NOOP("Reports", "Equipment")),
                Column(QT_TRANSLATE_NOOP("Reports", "Checks"), "int"),
                Column(QT_TRANSLATE_NOOP("Reports", "Violations"), "int"),
            ), op_rows),
            Table("checks", QT_TRANSLATE_NOOP("Reports", "Checks and outcomes"), (
                Column(QT_TRANSLATE_NOOP("Reports", "Operation")),
                Column(QT_TRANSLATE_NOOP("Reports", "Time"), "datetime"),
                Column(QT_TRANSLATE_NOOP("Reports", "Kind"), "term"),
                Column(QT_TRANSLATE_NOOP("Reports", "Subject")),
                Column(QT_TRANSLATE_NOOP("Reports", "Outcome"), "term"),
                Column(QT_TRANSLATE_NOOP("Reports", "Violation"), "term"),
            ), check_rows, RULE_ONE_CHECK),
            Table("findings", QT_TRANSLATE_NOOP("Reports", "Findings"), (
                Column(QT_TRANSLATE_NOOP("Reports", "Operation")),
                Column(QT_TRANSLATE_NOOP("Reports", "Time"), "datetime"),
                Column(QT_TRANSLATE_NOOP("Reports", "Kind"), "term"),
                Column(QT_TRANSLATE_NOOP("Reports", "Finding"), "term"),
                Column(QT_TRANSLATE_NOOP("Reports", "Outcome"), "term"),
            ), tuple(finding_rows)),
            Table("equipment", QT_TRANSLATE_NOOP("Reports", "Equipment used"), (
                Column(QT_TRANSLATE_NOOP("Reports", "Asset tag")),
                Column(QT_TRANSLATE_NOOP("Reports", "Kind"), "term"),
                Column(QT_TRANSLATE_NOOP("Reports", "Make and model")),
                Column(QT_TRANSLATE_NOOP("Reports", "Operation")),
                Column(QT_TRANSLATE_NOOP("Reports", "Hours"), "hours"),
                Column(QT_TRANSLATE_NOOP("Reports", "Project-funded"), "term"),
            ), equipment_rows),
        )
        outcome_keys = [o.value for o in Outcome if outcomes.get(o.value)]
        kind_keys = [k.value for k in CheckKind if kinds.get(k.value)]
        charts = (
            Chart("outcomes", QT_TRANSLATE_NOOP("Reports", "Checks by outcome"), "hbar",
                  tuple(Term("outcome", o) for o in outcome_keys),
                  (Series(QT_TRANSLATE_NOOP("Reports", "Checks"), tuple(float(outcomes[o]) for o in outcome_keys)),),
                  QT_TRANSLATE_NOOP("Reports", "checks")),
            Chart("kinds", QT_TRANSLATE_NOOP("Reports", "Checks by kind"), "bar",
                  tuple(Term("check_kind", k) for k in kind_keys),
                  (Series(QT_TRANSLATE_NOOP("Reports", "Checks"), tuple(float(kinds[k]) for k in kind_keys)),
                   Series(QT_TRANSLATE_NOOP("Reports", "With a violation"),
                          tuple(float(sum(1 for c in checks if c[2] == k and c[4])) for k in kind_keys))),
                  QT_TRANSLATE_NOOP("Reports", "checks")),
        )
        return Report("night", T_NIGHT, (agency,), first, last, start, end, tz, (), summary, tables, charts,
                      self._ctx.clock(), me.full_name, _night_context(agency, ops, on), (RULE_ONE_CHECK,))

    # ---- the period report -------------------------------------------------------------------------------------
    def period(self, first: date, last: date, agency_ids: Iterable[str] = (), types: Iterable[str] = (), *,
               cancel: CancelToken | None = None) -> Report:
        """The nights `first` … `last` (a week, a month or any span up to three years) of the agencies
        (default: see `_scope`), optionally of some operation types only: the statistics' tables and charts."""
        me, agencies = self._scope(agency_ids)
        first, last = _check_nights(first, last)
        wanted = _types(types)
        tz = agencies[0].timezone
        start, end = night_bounds(first, last, tz)
        f = StatsFilter(start, end, tuple(a.id for a in agencies), wanted)
        st = self._stats
        per_night = st.operations_per_night(f, cancel=cancel)
        context = st.night_context(f, cancel=cancel)
        categories = st.checks_by_category(f, cancel=cancel)
        rules_ = st.violations_by_rule(f, cancel=cancel)
        bands = st.alcohol_bands(f, cancel=cancel)
        hunters = st.hunter_checks(f, cancel=cancel)
        hours = st.equipment_hours(f, cancel=cancel)
        project = st.project_indicators(f, cancel=cancel)
        overdue, maintenance = st.equipment_counts(tuple(a.id for a in agencies))

        shown_types = list(wanted) or [t.value for t in OperationType]
        by_type = Counter[str]()
        for _night, op_type, n in per_night:
            by_type[op_type] += n
        operations = sum(by_type.values())
        checks = sum(r[2] for r in categories)
        violations = sum(r[3] for r in categories)
        kinds = [k.value for k in CheckKind]
        by_kind = {k: (sum(r[2] for r in categories if r[0] == k), sum(r[3] for r in categories if r[0] == k))
                   for k in kinds}
        with_equipment = sum(r[3] for r in project)
        summary: tuple[Figure, ...] = (
            Figure(QT_TRANSLATE_NOOP("Reports", "Operations"), operations),
            Figure(QT_TRANSLATE_NOOP("Reports", "Nights with operations"), sum(1 for c in context if c[2])),
            Figure(QT_TRANSLATE_NOOP("Reports", "Checks"), checks),
            Figure(QT_TRANSLATE_NOOP("Reports", "Checks with a violation"), violations),
            Figure(QT_TRANSLATE_NOOP("Reports", "Share of checks with a violation"), _share(violations, checks),
                   "percent"),
            Figure(QT_TRANSLATE_NOOP("Reports", "Traffic checks"), by_kind["traffic"][0]),
            Figure(QT_TRANSLATE_NOOP("Reports", "Hunter checks"), by_kind["hunter"][0]),
            Figure(QT_TRANSLATE_NOOP("Reports", "Operations with project equipment"), with_equipment),
            Figure(QT_TRANSLATE_NOOP("Reports", "Equipment hours"), round(sum(r[2] for r in hours), 1), "hours"),
            Figure(QT_TRANSLATE_NOOP("Reports", "Equipment overdue now"), overdue),
            Figure(QT_TRANSLATE_NOOP("Reports", "Equipment in maintenance now"), maintenance),
        )

        # operations per night (per ISO week for a long period), by type, with the moon and the violations
        weekly = (last - first).days + 1 > MAX_NIGHT_ROWS
        ops_at: dict[tuple[date, str], int] = defaultdict(int)
        for night, op_type, n in per_night:
            ops_at[(_week(night) if weekly else night, op_type)] += n
        moon: dict[date, list[float]] = defaultdict(list)
        night_violations: Counter[date] = Counter()
        for night, lit, _ops, bad in context:
            key = _week(night) if weekly else night
            moon[key].append(lit)
            night_violations[key] += bad
        buckets = sorted({*moon, *(k for k, _t in ops_at)})
        night_rows = tuple(
            (bucket, round(sum(moon[bucket]) / len(moon[bucket]), 4) if moon[bucket] else None,
             *(ops_at.get((bucket, t), 0) for t in shown_types),
             sum(ops_at.get((bucket, t), 0) for t in shown_types), night_violations[bucket])
            for bucket in buckets)
        night_table = Table(
            "operations_by_week" if weekly else "operations_by_night",
            QT_TRANSLATE_NOOP("Reports", "Operations by week") if weekly
            else QT_TRANSLATE_NOOP("Reports", "Operations by night"),
            (Column(QT_TRANSLATE_NOOP("Reports", "Week from") if weekly else QT_TRANSLATE_NOOP("Reports", "Night"),
                    "date"),
             Column(QT_TRANSLATE_NOOP("Reports", "Moon lit"), "percent"),
             *(Column(Term("operation_type", t), "int") for t in shown_types),
             Column(QT_TRANSLATE_NOOP("Reports", "Operations"), "int"),
             Column(QT_TRANSLATE_NOOP("Reports", "Checks with a violation"), "int")),
            night_rows)
        type_table = Table("operations_by_type", QT_TRANSLATE_NOOP("Reports", "Operations by type"), (
            Column(QT_TRANSLATE_NOOP("Reports", "Type"), "term"),
            Column(QT_TRANSLATE_NOOP("Reports", "Operations"), "int"),
            Column(QT_TRANSLATE_NOOP("Reports", "Share"), "percent"),
        ), tuple((Term("operation_type", t), by_type.get(t, 0), _share(by_type.get(t, 0), operations))
                 for t in shown_types))
        category_table = Table("checks_by_category", QT_TRANSLATE_NOOP("Reports", "Checks by kind and category"), (
            Column(QT_TRANSLATE_NOOP("Reports", "Kind"), "term"),
            Column(QT_TRANSLATE_NOOP("Reports", "Category"), "term"),
            Column(QT_TRANSLATE_NOOP("Reports", "Checks"), "int"),
            Column(QT_TRANSLATE_NOOP("Reports", "With a violation"), "int"),
            Column(QT_TRANSLATE_NOOP("Reports", "Share"), "percent"),
        ), tuple((Term("check_kind", k), Term("category", c), n, bad, _share(bad, n))
                 for k, c, n, bad in _ordered_categories(categories)), RULE_ONE_CHECK)
        rule_table = Table("violations_by_rule", QT_TRANSLATE_NOOP("Reports", "Violations by rule"), (
            Column(QT_TRANSLATE_NOOP("Reports", "Country"), "term"),
            Column(QT_TRANSLATE_NOOP("Reports", "Rule"), "term"),
            Column(QT_TRANSLATE_NOOP("Reports", "Checks"), "int"),
        ), tuple((Term("country", country), Term("rule", code), n)
                 for country, code, n in sorted(rules_, key=lambda r: (r[0] != "LV", -r[2], r[1]))),
            QT_TRANSLATE_NOOP("Reports", "Confirmed violation flags of the rule packs; a check with several "
                                         "offences counts once under each rule it broke."))
        traffic = sum(n for _band, n in bands)
        band_table = Table("alcohol_bands", QT_TRANSLATE_NOOP("Reports", "Breath alcohol of traffic checks"), (
            Column(QT_TRANSLATE_NOOP("Reports", "Result"), "term"),
            Column(QT_TRANSLATE_NOOP("Reports", "Checks"), "int"),
            Column(QT_TRANSLATE_NOOP("Reports", "Share"), "percent"),
        ), tuple((Term("alcohol_band", b), n, _share(n, traffic)) for b, n in bands),
            QT_TRANSLATE_NOOP("Reports", "The counted test: the first one in Latvia, the lower of two in "
                                         "Lithuania. Checks without a recorded value are not listed."))
        hunter_table = Table("hunter_checks", QT_TRANSLATE_NOOP("Reports", "Hunter checks by species and sight"), (
            Column(QT_TRANSLATE_NOOP("Reports", "Species"), "term"),
            Column(QT_TRANSLATE_NOOP("Reports", "Sight"), "term"),
            Column(QT_TRANSLATE_NOOP("Reports", "Checks"), "int"),
        ), tuple((Term("species", sp), Term("sight", si), n) for sp, si, n in hunters))
        equipment_table = _equipment_table(hours)
        tables = (night_table, type_table, category_table, rule_table, band_table, hunter_table, equipment_table)

        charts = (
            Chart("operations_per_night",
                  QT_TRANSLATE_NOOP("Reports", "Operations per week") if weekly
                  else QT_TRANSLATE_NOOP("Reports", "Operations per night"), "stacked",
                  tuple(buckets),
                  tuple(Series(Term("operation_type", t), tuple(float(ops_at.get((b, t), 0)) for b in buckets))
                        for t in shown_types),
                  QT_TRANSLATE_NOOP("Reports", "operations")),
            Chart("checks_by_kind", QT_TRANSLATE_NOOP("Reports", "Checks by kind"), "bar",
                  tuple(Term("check_kind", k) for k in kinds),
                  (Series(QT_TRANSLATE_NOOP("Reports", "Checks"), tuple(float(by_kind[k][0]) for k in kinds)),
                   Series(QT_TRANSLATE_NOOP("Reports", "With a violation"),
                          tuple(float(by_kind[k][1]) for k in kinds))),
                  QT_TRANSLATE_NOOP("Reports", "checks")),
            _rule_chart(rules_),
            Chart("alcohol_bands", QT_TRANSLATE_NOOP("Reports", "Breath alcohol of traffic checks"), "bar",
                  tuple(Term("alcohol_band", b) for b, _n in bands),
                  (Series(QT_TRANSLATE_NOOP("Reports", "Checks"), tuple(float(n) for _b, n in bands)),),
                  QT_TRANSLATE_NOOP("Reports", "checks")),
        )
        return Report("period", T_PERIOD, agencies, first, last, start, end, tz, wanted, summary, tables, charts,
                      self._ctx.clock(), me.full_name, None, (RULE_ONE_CHECK,))

    # ---- the project-indicator report -------------------------------------------------------------------------
    def project(self, first: date, last: date, agency_ids: Iterable[str] = (), *,
                cancel: CancelToken | None = None) -> Report:
        """Operations performed with the project equipment, by partner and type, for the cross-border
        programme (SCAPE II), over the nights `first` … `last`; by month too when the period spans several."""
        me, agencies = self._scope(agency_ids)
        first, last = _check_nights(first, last)
        tz = agencies[0].timezone
        start, end = night_bounds(first, last, tz)
        ids = tuple(a.id for a in agencies)
        rows = self._stats.project_indicators(StatsFilter(start, end, ids), cancel=cancel)
        by_code = {a.code: a for a in agencies}
        types = [t.value for t in OperationType]
        found = {(code, t): (n, used) for code, t, n, used in rows}
        total = sum(r[2] for r in rows)
        used_total = sum(r[3] for r in rows)

        def partner(code: str) -> str:
            agency = by_code.get(code)
            return agency.short_name if agency else code

        detail = tuple(
            (partner(a.code), Term("operation_type", t), n, used, _share(used, n))
            for a in agencies for t in types for n, used in [found.get((a.code, t), (0, 0))])
        per_partner = tuple(
            (a.name, n, used, _share(used, n))
            for a in agencies
            for n, used in [(sum(found.get((a.code, t), (0, 0))[0] for t in types),
                             sum(found.get((a.code, t), (0, 0))[1] for t in types))])
        per_type = tuple(
            (Term("operation_type", t), n, used, _share(used, n))
            for t in types
            for n, used in [(sum(found.get((a.code, t), (0, 0))[0] for a in agencies),
                             sum(found.get((a.code, t), (0, 0))[1] for a in agencies))])
        summary: tuple[Figure, ...] = (
            Figure(QT_TRANSLATE_NOOP("Reports", "Operations"), total),
            Figure(QT_TRANSLATE_NOOP("Reports", "Operations with project equipment"), used_total),
            Figure(QT_TRANSLATE_NOOP("Reports", "Share with project equipment"), _share(used_total, total), "percent"),
            Figure(QT_TRANSLATE_NOOP("Reports", "Partners"), len(agencies)),
        )
        columns = (Column(QT_TRANSLATE_NOOP("Reports", "Operations"), "int"),
                   Column(QT_TRANSLATE_NOOP("Reports", "With project equipment"), "int"),
                   Column(QT_TRANSLATE_NOOP("Reports", "Share"), "percent"))
        tables = [
            Table("by_partner", QT_TRANSLATE_NOOP("Reports", "By partner"),
                  (Column(QT_TRANSLATE_NOOP("Reports", "Partner")), *columns), per_partner),
            Table("by_type", QT_TRANSLATE_NOOP("Reports", "By type of operation"),
                  (Column(QT_TRANSLATE_NOOP("Reports", "Type"), "term"), *columns), per_type),
            Table("by_partner_and_type", QT_TRANSLATE_NOOP("Reports", "By partner and type"),
                  (Column(QT_TRANSLATE_NOOP("Reports", "Partner")),
                   Column(QT_TRANSLATE_NOOP("Reports", "Type"), "term"), *columns), detail, RULE_PROJECT),
        ]
        months = _months(first, last)
        if 1 < len(months) <= MAX_MONTH_ROWS:
            month_rows = []
            for m_first, m_last in months:
                m_start, m_end = night_bounds(m_first, m_last, tz)
                m_rows = self._stats.project_indicators(StatsFilter(m_start, m_end, ids), cancel=cancel)
                n, used = sum(r[2] for r in m_rows), sum(r[3] for r in m_rows)
                month_rows.append((m_first, m_last, n, used, _share(used, n)))
            tables.append(Table("by_month", QT_TRANSLATE_NOOP("Reports", "By month"), (
                Column(QT_TRANSLATE_NOOP("Reports", "First night"), "date"),
                Column(QT_TRANSLATE_NOOP("Reports", "Last night"), "date"), *columns), tuple(month_rows)))
        charts = (
            Chart("by_partner", QT_TRANSLATE_NOOP("Reports", "Operations by partner"), "stacked",
                  tuple(a.short_name for a in agencies),
                  (Series(QT_TRANSLATE_NOOP("Reports", "With project equipment"),
                          tuple(float(r[2]) for r in per_partner)),
                   Series(QT_TRANSLATE_NOOP("Reports", "Without project equipment"),
                          tuple(float(r[1] - r[2]) for r in per_partner))),
                  QT_TRANSLATE_NOOP("Reports", "operations")),
            Chart("by_type", QT_TRANSLATE_NOOP("Reports", "Operations with project equipment by type"), "bar",
                  tuple(Term("operation_type", t) for t in types),
                  tuple(Series(a.short_name, tuple(float(found.get((a.code, t), (0, 0))[1]) for t in types))
                        for a in agencies),
                  QT_TRANSLATE_NOOP("Reports", "operations")),
        )
        return Report("project", T_PROJECT, agencies, first, last, start, end, tz, (), summary, tuple(tables),
                      charts, self._ctx.clock(), me.full_name, None, (RULE_PROJECT,))

    # ---- exports ----------------------------------------------------------------------------------------------
    def export_csv(self, report: Report, target: Path | str, purpose: str, *, labels: Labels = ENGLISH) -> Changes:
        """Write every table of `report` to the CSV file `target` and record the DISCLOSURE with `purpose`.

        Errors: NOT_PERMITTED (role, or another agency's report for a supervisor), REQUIRED "purpose",
        TARGET_UNWRITABLE "target" (a folder, folder not found, not writable), DISK_FULL "target"."""
        return self._export(report, Path(target), purpose, "csv", lambda out: write_csv(report, out, labels))

    def export_xlsx(self, report: Report, target: Path | str, purpose: str, *, labels: Labels = ENGLISH) -> Changes:
        """Write `report` as an XLSX workbook (one sheet per table) to `target`; as `export_csv`."""
        return self._export(report, Path(target), purpose, "xlsx", lambda out: write_report_xlsx(report, out, labels))

    def _export(self, report: Report, target: Path, purpose: str, fmt: str,
                write: Callable[[IO[bytes]], None]) -> Changes:
        self._scope(a.id for a in report.agencies)
        purpose = (purpose or "").strip()
        if not purpose:
            raise FieldOpsError(ErrorCode.REQUIRED, field="purpose")
        if target.is_dir():
            raise FieldOpsError(ErrorCode.TARGET_UNWRITABLE, field="target", detail="a folder")
        tmp = export_temp_file(target.parent, ".fieldops-report-")
        try:
            with target_disk_errors(), open(tmp, "wb") as out:
                write(out)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return publish(self._ctx, tmp, target, ENTITY, None, disclosure_details(report, fmt, target.name), purpose)


def disclosure_details(report: Report, fmt: str, filename: str) -> dict[str, Any]:
    """What left the app, for the DISCLOSURE event: the report kind, its nights, agencies and types, the
    format and the file's name (not its folder)."""
    return {"report": report.kind, "format": fmt, "first_night": report.first_night.isoformat(),
            "last_night": report.last_night.isoformat(), "agencies": [a.code for a in report.agencies],
            "types": list(report.types), "file": filename}


# ---- helpers ------------------------------------------------------------------------------------------------------
def _chunks(values: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _utc(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _types(types: Iterable[str]) -> tuple[str, ...]:
    out = []
    for value in dict.fromkeys(str(t) for t in types):
        try:
            out.append(OperationType(value).value)
        except ValueError:
            raise FieldOpsError(ErrorCode.INVALID, field="types", detail=value[:40]) from None
    return tuple(out)


def _stored(value: datetime) -> str:
    """An aware time as the stored text (naive UTC) for comparisons with `start_at`, as the statistics bind it."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _share(part: int | float, whole: int | float) -> float:
    return round(part / whole, 4) if whole else 0.0


def _week(night: date) -> date:
    """The Monday of the ISO week of a night."""
    return night - timedelta(days=night.weekday())


def _months(first: date, last: date) -> list[tuple[date, date]]:
    """The calendar months of the nights first … last, cut to the period."""
    out = []
    at = first
    while at <= last:
        month_end = date(at.year, at.month, calendar.monthrange(at.year, at.month)[1])
        out.append((at, min(month_end, last)))
        at = month_end + timedelta(days=1)
    return out


def _ordered_categories(rows: Sequence[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """Kinds in the form's order, categories in the statistics' order, free-text ones after them."""
    from fieldops.services.statistics import CHECK_CATEGORIES

    kinds = [k.value for k in CheckKind]

    def key(row: tuple[str, str, int, int]) -> tuple[int, int, str]:
        known = CHECK_CATEGORIES.get(row[0], ())
        return (kinds.index(row[0]) if row[0] in kinds else len(kinds),
                known.index(row[1]) if row[1] in known else len(known), row[1])

    return sorted(rows, key=key)


def _equipment_table(hours: Sequence[tuple[str, date, float]]) -> Table:
    """Hours per item: a column per ISO week when there are few, else the weeks used and the total."""
    weeks = sorted({w for _tag, w, _h in hours})
    per_item: dict[str, dict[date, float]] = defaultdict(dict)
    for tag, week, h in hours:
        per_item[tag][week] = per_item[tag].get(week, 0.0) + h
    total_col = Column(QT_TRANSLATE_NOOP("Reports", "Hours"), "hours")
    if len(weeks) <= MAX_WEEK_COLUMNS:
        columns: tuple[Column, ...] = (
            Column(QT_TRANSLATE_NOOP("Reports", "Asset tag")),
            *(Column(w.isoformat(), "hours") for w in weeks), total_col)
        rows: tuple[tuple[Cell, ...], ...] = tuple(
            (tag, *(round(per_item[tag].get(w, 0.0), 2) for w in weeks), round(sum(per_item[tag].values()), 2))
            for tag in sorted(per_item))
        note = QT_TRANSLATE_NOOP("Reports", "Hours the item was used in the operations of the period, by the "
                                            "ISO week (from Monday) of the night.")
    else:
        columns = (Column(QT_TRANSLATE_NOOP("Reports", "Asset tag")),
                   Column(QT_TRANSLATE_NOOP("Reports", "Weeks used"), "int"), total_col)
        rows = tuple((tag, len(per_item[tag]), round(sum(per_item[tag].values()), 2)) for tag in sorted(per_item))
        note = QT_TRANSLATE_NOOP("Reports", "Hours the item was used in the operations of the period.")
    return Table("equipment_hours", QT_TRANSLATE_NOOP("Reports", "Equipment use"), columns, rows, note)


def _rule_chart(rows: Sequence[tuple[str, str, int]]) -> Chart:
    """The most frequent violations (both countries together), largest first."""
    counts: Counter[str] = Counter()
    for _country, code, n in rows:
        counts[code] += n
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_RULES_CHARTED]
    return Chart("violations_by_rule", QT_TRANSLATE_NOOP("Reports", "Most frequent violations"), "hbar",
                 tuple(Term("rule", code) for code, _n in top),
                 (Series(QT_TRANSLATE_NOOP("Reports", "Checks"), tuple(float(n) for _c, n in top)),),
                 QT_TRANSLATE_NOOP("Reports", "checks"))


def _crew_text(members: Sequence[tuple[str, bool]]) -> str:
    """"Lead Name*, Member, Member": the lead first, marked with an asterisk."""
    return ", ".join(f"{name}*" if lead else name for name, lead in members)


def _subject(facts: object) -> str:
    """Who or what was checked, as recorded: a plate, a hunter's name or a category."""
    if not isinstance(facts, dict):
        return ""
    for key in ("plate", "hunter_name", "category"):
        value = facts.get(key)
        if value:
            return str(value)
    return ""


def _confirmed_violations(flags: object) -> list[str]:
    """Codes of the confirmed violation flags of a check (the officer did not override them)."""
    if not isinstance(flags, list):
        return []
    return list(dict.fromkeys(
        str(f.get("code")) for f in flags
        if isinstance(f, dict) and f.get("severity") == "violation" and f.get("decision") == "confirmed"))


def _night_context(agency: AgencyDTO, ops: Sequence[Any], on: date) -> NightContext | None:
    """Sun and moon of the night at the first operation's place, else at the agency's seat."""
    from fieldops.agencies import HOME_POSITIONS

    place = next(((o[8], o[9]) for o in ops if o[8] is not None and o[9] is not None),
                 HOME_POSITIONS.get(agency.code))
    if place is None:
        return None
    try:
        return night_context(float(place[0]), float(place[1]), on, agency.timezone)
    except FieldOpsError:
        return None
