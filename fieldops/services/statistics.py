"""Statistics for the supervisor's dashboards and the reports: aggregates over operations, checks and equipment.

Counting rules (the same for every function, the dashboards and the reports):

- An operation counts when its start time (`start_at`: actual start, else the planned one) lies in
  `[StatsFilter.start, StatsFilter.end)` and it is not voided. Drafts, submitted, returned and approved
  operations all count: the dashboards show the work done, not only the reviewed work (a report that needs
  approved operations only filters on its own). A voided operation (status "voided", an amendment) never counts.
- One check is one driver or hunter stopped, however many offences (flags) it has. Voided checks never count.
  "With a violation" is the check's recorded outcome (anything but "no violation"), as in the overview and
  `operation.violation_count`.
- A flag counts in `violations_by_rule` when it has the severity "violation" and the officer confirmed it
  (an overridden flag is the officer's documented "no"; warnings such as an unknown plate format are not
  violations); a check with the same code twice (two missing documents) counts once for that code.
- A night runs from noon to noon in the operation's agency's time zone: an operation starting at 01:30 on
  the 12th belongs to the night of the 11th. Weeks are ISO weeks (Monday) of the night.

Who sees what: supervisors their own agency, administrators every agency; officers and equipment managers
get NOT_PERMITTED. All heavy work is one SQL statement each: a GROUP BY over the covering indexes of
migration 0008 (operations by agency and start; checks by operation with their JSON facts as indexed
expressions), so a call reads the index entries of the period, never the whole history or a check's JSON;
see docs/dashboards.md for the figures at 1,000,000 operations.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any, Final, cast
from zoneinfo import ZoneInfo

from fieldops import rules
from fieldops.agencies import HOME_POSITIONS
from fieldops.context import Context
from fieldops.dto import AgencyDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import OperationType, Role
from fieldops.progress import Cancelled, CancelToken

__all__ = ["ALCOHOL_BANDS", "CHECK_CATEGORIES", "UNSPECIFIED", "VOIDED_STATUS", "StatisticsService", "StatsFilter"]

UNSPECIFIED: Final = "unspecified"  # a fact the officer did not record
VOIDED_STATUS: Final = "voided"
# Band label keys of `alcohol_bands`, in order. Boundaries (‰, values stored rounded to 0.01): 0 exactly;
# (0, 0.2] up to the LV novice/professional limit; (0.2, 0.5] up to the LV general limit (LT general 0.4 is
# inside it); (0.5, 1.5] up to the criminal threshold of both countries; above 1.5 criminal. "refused": the
# driver refused the test and no value was recorded.
ALCOHOL_BANDS: Final = ("0", "0.01-0.2", "0.21-0.5", "0.51-1.5", ">1.5", "refused")
# Categories of `checks_by_category` per check kind: traffic by the rule packs' driver category (absent =
# general, as the rule engine judges it); hunter by the sight class the packs regulate (night_vision and
# thermal are "night_sight"); other by the category recorded on the form.
CHECK_CATEGORIES: Final = {
    "traffic": ("general", "novice", "professional"),
    "hunter": ("night_sight", "optical", "no_sight", UNSPECIFIED),
    "other": ("public_order", "suspicious_vehicle", "border_area", "assistance", "other", UNSPECIFIED),
}
# The indexed expressions of ix_check_record_stats (migration 0008): written exactly as there, so SQLite reads
# the values from the index instead of each check's JSON (tests assert the plans are covering).
_FACT: Final = {
    "driver": "c.facts ->> '$.driver_category'", "sight": "c.facts ->> '$.sight'",
    "species": "c.facts ->> '$.species'", "category": "c.facts ->> '$.category'",
    "alcohol0": "c.facts ->> '$.alcohol_permille[0]'", "alcohol1": "c.facts ->> '$.alcohol_permille[1]'",
    "refused": "c.facts ->> '$.refused_test'",
}
_OPS: Final = "operation o INDEXED BY ix_operation_stats"
_CHECKS: Final = "check_record c INDEXED BY ix_check_record_stats ON c.operation_id = o.id"
_CANCEL_CHECK_OPS = 20_000  # SQLite VM instructions between two looks at the cancel token
_NOON = 12 * 3600


@dataclass(frozen=True)
class StatsFilter:
    """What to count: operations starting in [start, end) of the given agencies and types."""

    start: datetime  # aware, inclusive (operation start time)
    end: datetime  # aware, exclusive
    agency_ids: tuple[str, ...] = ()  # () = every agency the user may see (own agency; administrators: all)
    types: tuple[str, ...] = ()  # operation types; () = all


@dataclass(frozen=True)
class _Scope:
    where: str  # SQL conditions on `operation o`
    params: dict[str, Any]
    agencies: tuple[AgencyDTO, ...]  # the agencies counted
    night: str  # SQL: the night (local date, noon to noon) of o.start_at
    week: str  # SQL: the ISO week's Monday of that night


class StatisticsService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # ---- the agencies a user may count -------------------------------------------------------------------
    def agencies(self) -> list[AgencyDTO]:
        """The agencies this user's statistics may cover (own agency; administrators: all)."""
        user = self._ctx.require(Role.SUPERVISOR, Role.ADMINISTRATOR)
        every = self._all_agencies()
        if user.has_role(Role.ADMINISTRATOR):
            return every
        return [a for a in every if a.id == user.agency_id]

    # ---- operations ------------------------------------------------------------------------------------
    def operations_per_night(self, f: StatsFilter, *, cancel: CancelToken | None = None
                             ) -> list[tuple[date, str, int]]:
        """(night date in the agency's time zone, operation type, operations), by night then type."""
        s = self._scope(f)
        sql = (f"SELECT {s.night} AS night, o.type, count(*) FROM {_OPS} WHERE {s.where} "
               "GROUP BY night, o.type ORDER BY night, o.type")
        return [(date.fromisoformat(r[0]), str(r[1]), int(r[2])) for r in self._rows(sql, s.params, cancel)]

    def project_indicators(self, f: StatsFilter, *, cancel: CancelToken | None = None
                           ) -> list[tuple[str, str, int, int]]:
        """(agency code, operation type, operations, operations that used project-funded equipment): the
        Interreg project's indicators by partner and type."""
        s = self._scope(f)
        sql = ("SELECT a.code, o.type, count(*), sum(EXISTS (SELECT 1 FROM operation_equipment oe "
               "JOIN equipment_item i ON i.id = oe.item_id WHERE oe.operation_id = o.id AND i.project_funded)) "
               f"FROM {_OPS} JOIN agency a ON a.id = o.agency_id WHERE {s.where} "
               "GROUP BY a.code, o.type ORDER BY a.code, o.type")
        return [(str(r[0]), str(r[1]), int(r[2]), int(r[3] or 0)) for r in self._rows(sql, s.params, cancel)]

    # ---- checks -----------------------------------------------------------------------------------------
    # The counted operations are first collected sorted by id (`_sorted_ops`), so the checks' index, ordered by
    # operation id, is read in order: each page is decrypted once instead of once per operation (2-4x faster at
    # 1,000,000 operations). The facts are read in a subquery that SQLite runs as a co-routine over the covering
    # index (LIMIT -1 keeps it from being merged into the outer GROUP BY, which would make SQLite read every
    # check's row and parse its JSON again: 5-10x slower).
    def checks_by_category(self, f: StatsFilter, *, cancel: CancelToken | None = None
                           ) -> list[tuple[str, str, int, int]]:
        """(check kind, category, checks, checks with a violation); categories: `CHECK_CATEGORIES`
        (an "other" check keeps the category text it was recorded with)."""
        s = self._scope(f)
        sql = (f"{_sorted_ops(s)} SELECT kind, CASE kind WHEN 'traffic' THEN coalesce(driver, 'general') "
               "WHEN 'hunter' THEN CASE sight WHEN 'night_vision' THEN 'night_sight' WHEN 'thermal' THEN 'night_sight' "
               f"WHEN 'optical' THEN 'optical' WHEN 'none' THEN 'no_sight' ELSE '{UNSPECIFIED}' END "
               f"ELSE coalesce(category, '{UNSPECIFIED}') END AS cat, count(*), sum(violation) "
               f"FROM (SELECT c.kind AS kind, c.violation AS violation, {_FACT['driver']} AS driver, "
               f"{_FACT['sight']} AS sight, {_FACT['category']} AS category FROM ops o CROSS JOIN {_CHECKS} "
               "WHERE c.voided_at IS NULL LIMIT -1) GROUP BY kind, cat ORDER BY kind, cat")
        return [(str(r[0]), str(r[1]), int(r[2]), int(r[3] or 0)) for r in self._rows(sql, s.params, cancel)]

    def violations_by_rule(self, f: StatsFilter, *, cancel: CancelToken | None = None
                           ) -> list[tuple[str, str, int]]:
        """(country "LV"/"LT", flag code, checks with that confirmed violation flag), by country then code."""
        s = self._scope(f)
        sql = (f"{_sorted_ops(s)} SELECT country, j.value ->> '$.code' AS flag_code, count(DISTINCT c.rowid) "
               "FROM ops o CROSS JOIN check_record c INDEXED BY ix_check_record_flags ON c.operation_id = o.id "
               "JOIN json_each(c.flags) j WHERE c.voided_at IS NULL AND c.flags <> '[]' "
               "AND j.value ->> '$.severity' = 'violation' "
               "AND coalesce(j.value ->> '$.decision', 'confirmed') = 'confirmed' "
               "GROUP BY country, flag_code ORDER BY country, flag_code")
        return [(str(r[0]), str(r[1]), int(r[2])) for r in self._rows(sql, s.params, cancel) if r[1] is not None]

    def alcohol_bands(self, f: StatsFilter, *, cancel: CancelToken | None = None) -> list[tuple[str, int]]:
        """(band label key of `ALCOHOL_BANDS`, traffic checks), every band in order (zeros included). The
        counted value is the one the rule pack in force counts: the first test (LV) or the lower of two (LT)."""
        s = self._scope(f)
        value = f"CASE WHEN a1 IS NOT NULL AND a1 < a0 AND ({_lower_test_sql()}) THEN a1 ELSE a0 END"
        sql = (f"{_sorted_ops(s)} SELECT CASE WHEN v IS NULL THEN CASE WHEN refused THEN 'refused' END "
               "WHEN v <= 0 THEN '0' WHEN v <= 0.2 THEN '0.01-0.2' WHEN v <= 0.5 THEN '0.21-0.5' "
               f"WHEN v <= 1.5 THEN '0.51-1.5' ELSE '>1.5' END AS band, count(*) FROM (SELECT {value} AS v, refused "
               f"FROM (SELECT o.country AS country, o.start_at AS start_at, {_FACT['alcohol0']} AS a0, "
               f"{_FACT['alcohol1']} AS a1, {_FACT['refused']} AS refused FROM ops o CROSS JOIN {_CHECKS} "
               "WHERE c.voided_at IS NULL AND c.kind = 'traffic' LIMIT -1)) GROUP BY band")
        found = {str(r[0]): int(r[1]) for r in self._rows(sql, s.params, cancel) if r[0] is not None}
        return [(band_key, found.get(band_key, 0)) for band_key in ALCOHOL_BANDS]

    def hunter_checks(self, f: StatsFilter, *, cancel: CancelToken | None = None) -> list[tuple[str, str, int]]:
        """(species, sight type, hunter checks); `UNSPECIFIED` where the fact was not recorded."""
        s = self._scope(f)
        sql = (f"{_sorted_ops(s)} SELECT coalesce(species, '{UNSPECIFIED}') AS sp, "
               f"coalesce(sight, '{UNSPECIFIED}') AS si, count(*) FROM (SELECT {_FACT['species']} AS species, "
               f"{_FACT['sight']} AS sight FROM ops o CROSS JOIN {_CHECKS} "
               "WHERE c.voided_at IS NULL AND c.kind = 'hunter' LIMIT -1) GROUP BY sp, si ORDER BY sp, si")
        return [(str(r[0]), str(r[1]), int(r[2])) for r in self._rows(sql, s.params, cancel)]

    # ---- equipment ----------------------------------------------------------------------------------------
    def equipment_hours(self, f: StatsFilter, *, cancel: CancelToken | None = None
                        ) -> list[tuple[str, date, float]]:
        """(asset tag, the Monday of the night's ISO week, hours the item was used in counted operations)."""
        s = self._scope(f)
        sql = (f"SELECT i.asset_tag, {s.week} AS week, sum(oe.hours) FROM {_OPS} "
               "JOIN operation_equipment oe ON oe.operation_id = o.id JOIN equipment_item i ON i.id = oe.item_id "
               f"WHERE {s.where} GROUP BY i.asset_tag, week ORDER BY i.asset_tag, week")
        return [(str(r[0]), date.fromisoformat(r[1]), round(float(r[2] or 0.0), 2))
                for r in self._rows(sql, s.params, cancel)]

    def equipment_counts(self, agency_ids: Sequence[str] = ()) -> tuple[int, int]:
        """(items overdue now: checked out past their due time, items in maintenance now) of the agencies
        (default: every agency the user may see)."""
        agencies = self._agencies(tuple(agency_ids))
        params: dict[str, Any] = {"now": _sql_time(self._ctx.clock())}
        marks = _bind(params, "a", [a.id for a in agencies])
        sql = ("SELECT sum(status = 'checked_out' AND due_at < :now), sum(status = 'maintenance') "
               f"FROM equipment_item WHERE agency_id IN ({marks}) AND status IN ('checked_out', 'maintenance')")
        row = self._rows(sql, params, None)[0]
        return int(row[0] or 0), int(row[1] or 0)

    # ---- night context ---------------------------------------------------------------------------------
    def night_context(self, f: StatsFilter, *, cancel: CancelToken | None = None
                      ) -> list[tuple[date, float, int, int]]:
        """(night, moon illumination 0..1, operations, checks with a violation) for every night of the
        period, nights without operations included. The moon is the fraction lit at local midnight of the
        night (`fieldops.night`) at the first counted agency's seat (it differs by < 0.01 across the region)."""
        s = self._scope(f)
        sql = (f"SELECT {s.night} AS night, count(*), sum(o.violation_count) FROM {_OPS} "
               f"WHERE {s.where} GROUP BY night")
        found = {date.fromisoformat(r[0]): (int(r[1]), int(r[2] or 0)) for r in self._rows(sql, s.params, cancel)}
        home = s.agencies[0] if s.agencies else None
        tz = home.timezone if home else "Europe/Riga"
        lat, lon = HOME_POSITIONS.get(home.code, (56.5, 21.0)) if home else (56.5, 21.0)
        first, last = _night_of(f.start, tz), _night_of(f.end - timedelta(microseconds=1), tz)
        nights = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        nights = sorted(set(nights) | set(found))
        return [(n, _moon(n, round(lat, 1), round(lon, 1), tz), *found.get(n, (0, 0))) for n in nights]

    # ---- helpers -----------------------------------------------------------------------------------------
    def _all_agencies(self) -> list[AgencyDTO]:
        sql = "SELECT id, code, name, short_name, country, timezone, report_prefix FROM agency ORDER BY code"
        return [AgencyDTO(*(str(v) for v in r)) for r in self._rows(sql, {}, None)]

    def _agencies(self, wanted: tuple[str, ...]) -> list[AgencyDTO]:
        """The agencies to count: `wanted` (each one the user may see) or all the user may see."""
        visible = self.agencies()
        if not wanted:
            return visible
        by_id = {a.id: a for a in visible}
        if any(w not in by_id for w in wanted):
            if self._ctx.require_user().has_role(Role.ADMINISTRATOR):
                raise FieldOpsError(ErrorCode.INVALID, field="agency_ids", detail="unknown agency")
            raise FieldOpsError(ErrorCode.NOT_PERMITTED, field="agency_ids")
        return [by_id[w] for w in dict.fromkeys(wanted)]

    def _scope(self, f: StatsFilter) -> _Scope:
        if not isinstance(f.start, datetime) or not isinstance(f.end, datetime) or f.start.tzinfo is None \
                or f.end.tzinfo is None:
            raise FieldOpsError(ErrorCode.INVALID, field="start", detail="time without time zone")
        if f.end <= f.start:
            raise FieldOpsError(ErrorCode.INVALID, field="end", detail="end not after start")
        known = {t.value for t in OperationType}
        if any(t not in known for t in f.types):
            raise FieldOpsError(ErrorCode.INVALID, field="types", detail=", ".join(sorted(set(f.types) - known)))
        agencies = self._agencies(tuple(f.agency_ids))
        params: dict[str, Any] = {"start": _sql_time(f.start), "end": _sql_time(f.end)}
        where = [f"o.agency_id IN ({_bind(params, 'a', [a.id for a in agencies])})",
                 "o.start_at >= :start", "o.start_at < :end", f"o.status <> '{VOIDED_STATUS}'"]
        if f.types:
            where.append(f"o.type IN ({_bind(params, 't', list(dict.fromkeys(f.types)))})")
        shift = _shift_sql(agencies, f.start, f.end, params)
        return _Scope(" AND ".join(where), params, tuple(agencies), f"date(o.start_at, {shift})",
                      f"date(o.start_at, {shift}, '-6 days', 'weekday 1')")

    def _rows(self, sql: str, params: dict[str, Any], cancel: CancelToken | None) -> list[tuple[Any, ...]]:
        """Run one statement on the driver's cursor; `cancel` interrupts it within milliseconds (SQLite's
        progress handler looks at the token), raising `Cancelled`."""
        if cancel is not None:
            cancel.raise_if_cancelled()
        with self._ctx.engine.connect() as conn:
            raw = cast(Any, conn.connection.dbapi_connection)
            cursor = raw.cursor()
            if cancel is not None:
                raw.set_progress_handler(lambda: cancel.cancelled, _CANCEL_CHECK_OPS)
            try:
                cursor.execute(sql, params)
                return [tuple(r) for r in cursor.fetchall()]
            except Exception:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled from None  # SQLite's "interrupted"
                raise
            finally:
                cursor.close()
                if cancel is not None:
                    raw.set_progress_handler(None, 0)


# ---- SQL building blocks -------------------------------------------------------------------------------------
def _sorted_ops(s: _Scope) -> str:
    """A CTE `ops` (id, country, start_at) of the counted operations in id order (see the checks section)."""
    return (f"WITH ops AS MATERIALIZED (SELECT o.id AS id, a.country AS country, o.start_at AS start_at "
            f"FROM {_OPS} JOIN agency a ON a.id = o.agency_id WHERE {s.where} ORDER BY o.id)")


def _sql_time(value: datetime) -> str:
    """An aware time as the stored text (naive UTC, like `UTCDateTime`); without microseconds when whole, so
    it sorts before both the services' "…:00.000000" and the bulk loader's "…:00"."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _bind(params: dict[str, Any], prefix: str, values: Iterable[str]) -> str:
    keys = []
    for i, value in enumerate(values):
        params[f"{prefix}{i}"] = value
        keys.append(f":{prefix}{i}")
    return ", ".join(keys) or "NULL"


def _shift_sql(agencies: Sequence[AgencyDTO], start: datetime, end: datetime, params: dict[str, Any]) -> str:
    """An SQL modifier for `date(o.start_at, …)` that yields the night: the agency's UTC offset at that
    moment minus 12 hours (noon to noon). SQLite knows no time zones, so the offsets over the period come from
    zoneinfo as a CASE over the daylight-saving transitions (two a year), per time zone of the agencies."""
    by_zone: dict[str, list[str]] = {}
    for agency in agencies:
        by_zone.setdefault(agency.timezone, []).append(agency.id)
    cases = {zone: _zone_case(zone, start, end) for zone in by_zone}
    if len(set(cases.values())) <= 1:
        return next(iter(cases.values()), "'-43200 seconds'")
    parts = []
    for n, (zone, ids) in enumerate(by_zone.items()):
        parts.append(f"WHEN o.agency_id IN ({_bind(params, f'z{n}_', ids)}) THEN {cases[zone]}")
    return "CASE " + " ".join(parts) + " END"


@lru_cache(maxsize=64)
def _zone_case(zone: str, start: datetime, end: datetime) -> str:
    tz = ZoneInfo(zone)
    segments = _offsets(tz, start - timedelta(days=1), end + timedelta(days=1))
    modifiers = [(until, f"'{offset - _NOON:+d} seconds'") for until, offset in segments]
    if len(modifiers) == 1:
        return modifiers[0][1]
    whens = " ".join(f"WHEN o.start_at < '{_sql_time(until)}' THEN {mod}" for until, mod in modifiers[:-1])
    return f"CASE {whens} ELSE {modifiers[-1][1]} END"


def _offsets(tz: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """[(until, UTC offset in seconds before `until`)] covering start..end; found by daily steps and a
    bisection to the second at each change."""
    def offset(at: datetime) -> int:
        delta = at.astimezone(tz).utcoffset()
        return int(delta.total_seconds()) if delta is not None else 0

    segments: list[tuple[datetime, int]] = []
    at, current = start.astimezone(UTC), offset(start)
    while at < end:
        step = min(at + timedelta(days=1), end)
        if offset(step) != current:
            low, high = at, step
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if offset(middle) == current else (low, middle)
            segments.append((high, current))
            current = offset(high)
            step = high
        at = step
    segments.append((end, current))
    return segments


def _night_of(moment: datetime, tz: str) -> date:
    return (moment.astimezone(ZoneInfo(tz)) - timedelta(hours=12)).date()


@lru_cache(maxsize=8192)
def _moon(on: date, lat: float, lon: float, tz: str) -> float:
    from fieldops.night import night_context

    value = night_context(lat, lon, on, tz).moon_illumination
    return round(value, 4) if math.isfinite(value) else 0.0


@lru_cache(maxsize=1)
def _lower_test_sql() -> str:
    """SQL over (country, start_at): does the rule pack in force count the lower of two breath tests (LT)
    rather than the first (LV)? From the packs' periods (by the operation's start in UTC: a law change is
    placed to within the hours of the time zone offset)."""
    periods = []
    for pack in rules.default_book().packs:
        if pack.traffic.alcohol.counted_test != "lower":
            continue
        term = f"country = '{pack.country}' AND start_at >= '{pack.effective_from.isoformat()}'"
        if pack.effective_to is not None:
            term += f" AND start_at < '{pack.effective_to.isoformat()}'"
        periods.append(f"({term})")
    return " OR ".join(periods) or "0"
