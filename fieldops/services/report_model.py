"""The report model (`Report`: title, agencies, nights, key figures, typed tables, chart series), the
vocabularies its `Term` cells name, and `Labels`, how a reader's language names them. Qt-free; built by
`fieldops.services.reports`, written by `fieldops.services.report_files` (CSV, XLSX) and `ui/reports` (PDF)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fieldops.dto import AgencyDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.i18n import QT_TRANSLATE_NOOP
from fieldops.models.enums import CheckKind, EquipmentKind, OperationStatus, OperationType, Outcome
from fieldops.night import NightContext
from fieldops.rules.messages import VALUE_LABELS
from fieldops.services.statistics import UNSPECIFIED


# ---- the report model -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Term:
    """A vocabulary value the reader's language names: `vocab` is one of TERMS' keys (operation_type,
    operation_status, check_kind, outcome, equipment_kind, rule, …), `value` the stored code."""

    vocab: str
    value: str


Cell = str | int | float | bool | date | datetime | Term | None


@dataclass(frozen=True)
class Column:
    """`title` is an English source text (context "Reports") or a `Term` (a column per operation type);
    `kind` says how cells are shown: text, term, int, float (2 decimals), hours (1 decimal), percent (a
    fraction 0..1), date, datetime (local time)."""

    title: str | Term
    kind: str = "text"

    def text(self, labels: Labels) -> str:
        """The title in the language of `labels`."""
        return labels.term(self.title) if isinstance(self.title, Term) else labels.text(self.title)


@dataclass(frozen=True)
class Table:
    key: str  # stable id: CSV section and XLSX sheet order, tests
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""  # a counting rule or a remark printed under the table (English source text)

    def column(self, title: str | Term) -> list[Cell]:
        """The cells of the column titled `title` (tests, exports)."""
        index = next(i for i, c in enumerate(self.columns) if c.title == title)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class Figure:
    """A key figure: `label` an English source text, `kind` as a Column's (int, float, hours, percent)."""

    label: str
    value: Cell
    kind: str = "int"


@dataclass(frozen=True)
class Series:
    name: Cell
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """`kind`: "bar" (grouped vertical bars), "stacked" (stacked vertical bars), "hbar" (horizontal bars, one
    series) or "line". `categories` label the x axis (or the rows of an hbar chart)."""

    key: str
    title: str
    kind: str
    categories: tuple[Cell, ...]
    series: tuple[Series, ...]
    unit: str = ""  # an English source text for the value axis


@dataclass(frozen=True)
class Report:
    kind: str  # night | period | project
    title: str  # English source text (context "Reports")
    agencies: tuple[AgencyDTO, ...]
    first_night: date
    last_night: date
    start: datetime  # UTC: the first night's noon …
    end: datetime  # … to the noon after the last night (exclusive)
    timezone: str  # the zone times are shown in
    types: tuple[str, ...]  # operation types the report is limited to (empty: all)
    summary: tuple[Figure, ...]  # key figures
    tables: tuple[Table, ...]
    charts: tuple[Chart, ...]
    generated_at: datetime
    generated_by: str
    night: NightContext | None = None  # the night report: sun and moon at the agency's seat
    notes: tuple[str, ...] = field(default=())  # counting rules and remarks (English source texts)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def chart(self, key: str) -> Chart:
        return next(c for c in self.charts if c.key == key)

    def figure(self, label: str) -> Cell:
        return next(f.value for f in self.summary if f.label == label)


# ---- names of the vocabularies (English; the UI translates each in its context) ------------------------------------
def _v(text: str) -> tuple[str, str]:
    return "vocab", text


def _r(text: str) -> tuple[str, str]:
    return "Reports", text


def _rules(text: str) -> tuple[str, str]:
    return "rules", text


TERMS: dict[str, dict[str, tuple[str, str]]] = {
    "operation_type": {
        OperationType.TRAFFIC.value: _v(QT_TRANSLATE_NOOP("vocab", "Traffic monitoring")),
        OperationType.HUNTER.value: _v(QT_TRANSLATE_NOOP("vocab", "Hunter control")),
        OperationType.PUBLIC_ORDER.value: _v(QT_TRANSLATE_NOOP("vocab", "Public order / event")),
        OperationType.OTHER.value: _v(QT_TRANSLATE_NOOP("vocab", "Other operational activity")),
    },
    "operation_status": {
        OperationStatus.DRAFT.value: _v(QT_TRANSLATE_NOOP("vocab", "Draft")),
        OperationStatus.SUBMITTED.value: _v(QT_TRANSLATE_NOOP("vocab", "Submitted")),
        OperationStatus.RETURNED.value: _v(QT_TRANSLATE_NOOP("vocab", "Returned")),
        OperationStatus.APPROVED.value: _v(QT_TRANSLATE_NOOP("vocab", "Approved")),
        OperationStatus.VOIDED.value: _v(QT_TRANSLATE_NOOP("vocab", "Voided")),
    },
    "check_kind": {
        CheckKind.TRAFFIC.value: _v(QT_TRANSLATE_NOOP("vocab", "Traffic")),
        CheckKind.HUNTER.value: _v(QT_TRANSLATE_NOOP("vocab", "Hunter")),
        CheckKind.OTHER.value: _v(QT_TRANSLATE_NOOP("vocab", "Other")),
    },
    "outcome": {
        Outcome.NO_VIOLATION.value: _v(QT_TRANSLATE_NOOP("vocab", "No violation")),
        Outcome.WARNING.value: _v(QT_TRANSLATE_NOOP("vocab", "Warning")),
        Outcome.ADMIN_PROTOCOL.value: _v(QT_TRANSLATE_NOOP("vocab", "Fine / administrative protocol")),
        Outcome.LICENCE_WITHDRAWN.value: _v(QT_TRANSLATE_NOOP("vocab", "Licence withdrawn")),
        Outcome.VEHICLE_DETAINED.value: _v(QT_TRANSLATE_NOOP("vocab", "Vehicle detained")),
        Outcome.SEIZED.value: _v(QT_TRANSLATE_NOOP("vocab", "Weapon / trophy / device seized")),
        Outcome.CRIMINAL_CASE.value: _v(QT_TRANSLATE_NOOP("vocab", "Criminal case")),
        Outcome.REFUSED_TEST.value: _v(QT_TRANSLATE_NOOP("vocab", "Refused the test")),
    },
    "equipment_kind": {
        EquipmentKind.NV_BINOCULAR.value: _v(QT_TRANSLATE_NOOP("vocab", "Night-vision binocular")),
        EquipmentKind.THERMAL_IMAGER.value: _v(QT_TRANSLATE_NOOP("vocab", "Thermal imager")),
        EquipmentKind.VIDEO_CAMERA.value: _v(QT_TRANSLATE_NOOP("vocab", "Video camera")),
        EquipmentKind.IR_ILLUMINATOR.value: _v(QT_TRANSLATE_NOOP("vocab", "IR illuminator")),
        EquipmentKind.BATTERY.value: _v(QT_TRANSLATE_NOOP("vocab", "Battery")),
        EquipmentKind.CHARGER.value: _v(QT_TRANSLATE_NOOP("vocab", "Charger")),
        EquipmentKind.CASE.value: _v(QT_TRANSLATE_NOOP("vocab", "Case")),
        EquipmentKind.MEMORY_CARD.value: _v(QT_TRANSLATE_NOOP("vocab", "Memory card")),
        EquipmentKind.TRIPOD.value: _v(QT_TRANSLATE_NOOP("vocab", "Tripod")),
    },
    # `StatisticsService.checks_by_category`: traffic by driver category, hunter by sight class, other by the
    # category on the form (free text recorded elsewhere is shown as it is).
    "category": {
        "general": _rules(QT_TRANSLATE_NOOP("rules", "general")),
        "novice": _rules(QT_TRANSLATE_NOOP("rules", "novice")),
        "professional": _rules(QT_TRANSLATE_NOOP("rules", "professional")),
        "night_sight": _r(QT_TRANSLATE_NOOP("Reports", "night-vision or thermal sight")),
        "optical": _v(QT_TRANSLATE_NOOP("vocab", "optical")),
        "no_sight": _v(QT_TRANSLATE_NOOP("vocab", "no sight")),
        "public_order": _v(QT_TRANSLATE_NOOP("vocab", "Public order")),
        "suspicious_vehicle": _v(QT_TRANSLATE_NOOP("vocab", "Suspicious vehicle")),
        "border_area": _v(QT_TRANSLATE_NOOP("vocab", "Border area")),
        "assistance": _v(QT_TRANSLATE_NOOP("vocab", "Assistance")),
        "other": _v(QT_TRANSLATE_NOOP("vocab", "Other category")),
        UNSPECIFIED: _r(QT_TRANSLATE_NOOP("Reports", "not recorded")),
    },
    "sight": {
        "optical": _v(QT_TRANSLATE_NOOP("vocab", "optical")),
        "night_vision": _v(QT_TRANSLATE_NOOP("vocab", "night-vision")),
        "thermal": _v(QT_TRANSLATE_NOOP("vocab", "thermal")),
        "none": _v(QT_TRANSLATE_NOOP("vocab", "no sight")),
        UNSPECIFIED: _r(QT_TRANSLATE_NOOP("Reports", "not recorded")),
    },
    "species": {**{k: _rules(v) for k, v in VALUE_LABELS.items()},
                UNSPECIFIED: _r(QT_TRANSLATE_NOOP("Reports", "not recorded"))},
    "alcohol_band": {  # `StatisticsService.alcohol_bands`' keys (the counted breath test, ‰)
        "0": _r(QT_TRANSLATE_NOOP("Reports", "0.00 ‰")),
        "0.01-0.2": _r(QT_TRANSLATE_NOOP("Reports", "0.01–0.20 ‰")),
        "0.21-0.5": _r(QT_TRANSLATE_NOOP("Reports", "0.21–0.50 ‰")),
        "0.51-1.5": _r(QT_TRANSLATE_NOOP("Reports", "0.51–1.50 ‰")),
        ">1.5": _r(QT_TRANSLATE_NOOP("Reports", "over 1.50 ‰")),
        "refused": _v(QT_TRANSLATE_NOOP("vocab", "Refused the test")),
    },
    "country": {"LV": _r(QT_TRANSLATE_NOOP("Reports", "Latvia")),
                "LT": _r(QT_TRANSLATE_NOOP("Reports", "Lithuania"))},
    "rule": {k: _r(v) for k, v in {  # short names of the rule flags (the check form shows the full message)
        "alcohol_over_limit": QT_TRANSLATE_NOOP("Reports", "Alcohol over the limit"),
        "alcohol_criminal": QT_TRANSLATE_NOOP("Reports", "Alcohol over the criminal threshold"),
        "speeding": QT_TRANSLATE_NOOP("Reports", "Speeding"),
        "refused_test": QT_TRANSLATE_NOOP("Reports", "Refused the alcohol test"),
        "document_missing": QT_TRANSLATE_NOOP("Reports", "Driving document missing"),
        "plate_format_unknown": QT_TRANSLATE_NOOP("Reports", "Plate format unknown"),
        "night_sight_species_not_allowed": QT_TRANSLATE_NOOP("Reports", "Night sight on a protected species"),
        "night_sight_not_from_stand": QT_TRANSLATE_NOOP("Reports", "Night sight not from a stand"),
        "weapon_loaded_moving_night_sight": QT_TRANSLATE_NOOP("Reports", "Loaded night-sight weapon while moving"),
        "uncased_night_sight_weapon_in_vehicle": QT_TRANSLATE_NOOP(
            "Reports", "Uncased night-sight weapon in a vehicle"),
        "hunter_document_missing": QT_TRANSLATE_NOOP("Reports", "Hunting document missing"),
        "safety_check_expired": QT_TRANSLATE_NOOP("Reports", "Safety check expired"),
        "hunting_sheet_missing": QT_TRANSLATE_NOOP("Reports", "No hunting sheet"),
        "not_sober": QT_TRANSLATE_NOOP("Reports", "Hunter not sober"),
        "boar_marker_missing": QT_TRANSLATE_NOOP("Reports", "Wild boar not registered"),
        "vest_missing_driven_hunt": QT_TRANSLATE_NOOP("Reports", "No vest in a driven hunt"),
        "": QT_TRANSLATE_NOOP("Reports", "Outcome without a rule flag"),
    }.items()},
    "yes_no": {"yes": _r(QT_TRANSLATE_NOOP("Reports", "yes")), "no": _r(QT_TRANSLATE_NOOP("Reports", "no"))},
}


def term_source(term: Term) -> tuple[str, str]:
    """(translation context, English text) of a term; an unknown value is its own text."""
    return TERMS.get(term.vocab, {}).get(term.value, ("", term.value))


class Labels(Protocol):
    """How a report's texts read in one language: the UI passes one per chosen language; `ENGLISH` is the
    core's default (the source texts)."""

    def text(self, source: str) -> str: ...

    def term(self, term: Term) -> str: ...


class EnglishLabels:
    def text(self, source: str) -> str:
        return source

    def term(self, term: Term) -> str:
        return term_source(term)[1]


ENGLISH = EnglishLabels()


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise FieldOpsError(ErrorCode.INVALID, field="timezone", detail=str(name)[:40]) from None
