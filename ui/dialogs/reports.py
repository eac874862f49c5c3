"""Reports (Tools → Reports…, supervisors and administrators): the night report, the period report or the
project-indicator report as a PDF, CSV or XLSX file, in Latvian, Lithuanian or English.

    dialog = ReportsDialog(parent); dialog.open()
    dialog.saved_path          # the file written last (None until one was)

The supervisor picks the report, the agency (administrators may take all partners for the period and project
reports), the night or the period (a week, a month, a year or custom nights), the language and the format,
then "Create…": the purpose of the disclosure (`PurposeDialog`), then the file name. Nothing is read or
written before both are given.

Generation never runs on the GUI thread: the report's data is assembled on the DB thread (`fo.reports`), the
PDF is rendered on the task runner's worker pool (`ui.reports.period_pdf`) and written through a temporary
file and a rename, then the disclosure is recorded (`fo.audit.record_disclosure`); if it cannot be recorded
the file is deleted again, as the operation report's export does. CSV and XLSX are written and recorded by
the core in one step (`fo.reports.export_csv` / `export_xlsx`: the rename and the audit event succeed or fail
together).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from concurrent.futures import Future
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldops.dto import AgencyDTO
from fieldops.errors import FieldOpsError
from fieldops.models.enums import OperationType, Role
from fieldops.services.report_model import Report
from fieldops.services.reports import ENTITY, disclosure_details, month_nights, night_of, week_nights
from ui import state, vocab
from ui.dialogs.disclosure import ask_purpose, ask_save_path
from ui.errors import message, show_error
from ui.ops import Op, Query
from ui.reports.period_pdf import LANGUAGE_NAMES, LANGUAGES, ReportLanguage, write_report_pdf
from ui.widgets.forms import FieldError

if TYPE_CHECKING:
    from fieldops.app import FieldOps

KINDS = ("night", "period", "project")
FORMATS = ("pdf", "csv", "xlsx")
SPANS = ("week", "month", "year", "custom")
STATUS_MS = 10_000
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsDialog(QDialog):
    sig_saved = Signal(str)  # the path of a report written and recorded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsDialog")
        self.setMinimumWidth(480)
        self.saved_path: Path | None = None
        self.agencies: list[AgencyDTO] = []
        self._busy = False
        fo = state.get().require_fo()
        self._admin = fo.user.has_role(Role.ADMINISTRATOR)
        self._own_agency = fo.user.agency_id
        self._printed_by = fo.user.full_name

        layout = QVBoxLayout(self)
        self.intro = QLabel(objectName="intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.kind = QComboBox(objectName="reportKind")
        for key in KINDS:
            self.kind.addItem("", key)
        self.agency = QComboBox(objectName="reportAgency")
        self.night = QDateEdit(objectName="nightDate")
        self.night.setCalendarPopup(True)
        self.span = QComboBox(objectName="periodSpan")
        for key in SPANS:
            self.span.addItem("", key)
        self.day = QDateEdit(objectName="periodDate")
        self.day.setCalendarPopup(True)
        self.first = QDateEdit(objectName="periodFrom")
        self.first.setCalendarPopup(True)
        self.last = QDateEdit(objectName="periodTo")
        self.last.setCalendarPopup(True)
        self.type = QComboBox(objectName="reportType")
        self.type.addItem("", "")
        for op_type in OperationType:
            self.type.addItem("", op_type.value)
        self.language = QComboBox(objectName="reportLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        ui_language = str(QCoreApplication.instance().property("fieldops_language") or "en")  # type: ignore[union-attr]
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language)))
        self.format = QComboBox(objectName="reportFormat")
        for key in FORMATS:
            self.format.addItem(key.upper(), key)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("kind", self.kind), ("agency", self.agency), ("night", self.night),
                            ("span", self.span), ("day", self.day), ("first", self.first), ("last", self.last),
                            ("type", self.type), ("language", self.language), ("format", self.format)):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        self.form = form
        layout.addLayout(form)
        self.nights = QLabel(objectName="reportNights")  # what the choice covers: "Nights 4.11.2024 – 10.11.2024"
        self.nights.setProperty("role", "muted")
        layout.addWidget(self.nights)
        self.status = QLabel(objectName="reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)
        self.error = FieldError()
        self.error.setObjectName("reportError")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.setObjectName("createReport")
        self.create_button.setDefault(True)
        layout.addWidget(self.buttons)

        today = datetime.now().astimezone()
        last_night = night_of(today - timedelta(hours=12), "Europe/Riga")
        self.night.setDate(_qdate(last_night))
        self.day.setDate(_qdate(last_night))
        month_first, _month_last = month_nights(last_night.year, last_night.month)
        self.first.setDate(_qdate(month_first))
        self.last.setDate(_qdate(last_night))
        self.span.setCurrentIndex(self.span.findData("month"))

        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.span.currentIndexChanged.connect(self._on_choice_changed)
        for edit in (self.night, self.day, self.first, self.last):
            edit.dateChanged.connect(self._on_choice_changed)
        self.agency.currentIndexChanged.connect(self._on_choice_changed)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._on_choice_changed()
        Query(self, lambda fo: fo.reports.agencies()).success(self._on_agencies_loaded).run()

    # ---- texts ---------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reports"))
        self.intro.setText(self.tr("A report leaves the app as a file: you will be asked for its purpose, which is "
                                   "recorded in the audit log with your name."))
        names = {"night": self.tr("Night report (one shift)"), "period": self.tr("Period report"),
                 "project": self.tr("Project indicators (SCAPE II)")}
        for i in range(self.kind.count()):
            self.kind.setItemText(i, names[self.kind.itemData(i)])
        spans = {"week": self.tr("Week"), "month": self.tr("Month"), "year": self.tr("Year"),
                 "custom": self.tr("Custom nights")}
        for i in range(self.span.count()):
            self.span.setItemText(i, spans[self.span.itemData(i)])
        self.type.setItemText(0, self.tr("All types"))
        for i in range(1, self.type.count()):
            self.type.setItemText(i, vocab.operation_type(self.type.itemData(i)))
        for key, text in (("kind", self.tr("&Report")), ("agency", self.tr("&Agency")),
                          ("night", self.tr("&Night of")), ("span", self.tr("&Period")),
                          ("day", self.tr("&Within")), ("first", self.tr("F&irst night")),
                          ("last", self.tr("La&st night")), ("type", self.tr("Operation &type")),
                          ("language", self.tr("&Language")), ("format", self.tr("&Format"))):
            self.labels[key].setText(text)
        self.create_button.setText(self.tr("&Create…"))
        self._fill_agencies()
        self._on_choice_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- choices -------------------------------------------------------------------------------------------------
    def _on_agencies_loaded(self, agencies: list[AgencyDTO]) -> None:
        if not isValid(self):
            return
        self.agencies = list(agencies)
        self._fill_agencies()
        self._on_choice_changed()

    def _fill_agencies(self) -> None:
        """One agency for a night report; administrators also get "All partners" for the others."""
        current = self.agency.currentData()
        self.agency.blockSignals(True)
        self.agency.clear()
        if self._admin and self.kind_key() != "night" and len(self.agencies) > 1:
            self.agency.addItem(self.tr("All partners"), "")
        for agency in self.agencies:
            self.agency.addItem(agency.name, agency.id)
        index = self.agency.findData(current) if current is not None else -1
        if index < 0:
            index = self.agency.findData(self._own_agency)
        self.agency.setCurrentIndex(max(0, index))
        self.agency.blockSignals(False)

    def kind_key(self) -> str:
        return str(self.kind.currentData() or "night")

    def span_key(self) -> str:
        return str(self.span.currentData() or "month")

    def nights_chosen(self) -> tuple[date, date]:
        """The first and last night the current choice covers."""
        if self.kind_key() == "night":
            night = _pydate(self.night.date())
            return night, night
        span, day = self.span_key(), _pydate(self.day.date())
        if span == "week":
            return week_nights(day)
        if span == "month":
            return month_nights(day.year, day.month)
        if span == "year":
            return date(day.year, 1, 1), date(day.year, 12, 31)
        return _pydate(self.first.date()), _pydate(self.last.date())

    def agency_ids(self) -> tuple[str, ...]:
        value = self.agency.currentData()
        return (str(value),) if value else ()

    def _on_kind_changed(self, _index: int) -> None:
        self._fill_agencies()
        self._on_choice_changed()

    def _on_choice_changed(self, *_args: object) -> None:
        night = self.kind_key() == "night"
        custom = self.span_key() == "custom"
        visible = {"night": night, "span": not night, "day": not night and not custom,
                   "first": not night and custom, "last": not night and custom,
                   "type": self.kind_key() == "period"}
        for key, shown in visible.items():
            self.form.setRowVisible(self.labels[key], shown)
        self.day.setDisplayFormat({"month": "MM.yyyy", "year": "yyyy"}.get(self.span_key(), "dd.MM.yyyy"))
        first, last = self.nights_chosen()
        if first == last:
            text = self.tr("Night of %1").replace("%1", self.locale().toString(_qdate(first), "dd.MM.yyyy"))
        else:
            text = (self.tr("Nights %1 – %2").replace("%1", self.locale().toString(_qdate(first), "dd.MM.yyyy"))
                    .replace("%2", self.locale().toString(_qdate(last), "dd.MM.yyyy")))
        self.nights.setText(text)
        wrong = last < first
        self.error.show_message(self.tr("The last night is before the first one.") if wrong else "")
        self.create_button.setEnabled(not wrong and not self._busy and (bool(self.agencies) or self._admin))

    # ---- creating ------------------------------------------------------------------------------------------------
    def default_path(self, fmt: str) -> Path:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        first, last = self.nights_chosen()
        agency = next((a.code for a in self.agencies if a.id in self.agency_ids()), "all")
        span = first.isoformat() if first == last else f"{first.isoformat()}_{last.isoformat()}"
        name = _UNSAFE.sub("-", f"report-{self.kind_key()}-{agency}-{span}")
        return Path(documents or Path.home()) / f"{name}.{fmt}"

    def _what(self, fmt: str) -> str:
        return (self.tr("The %1 (%2) as a %3 file").replace("%1", self.kind.currentText().lower())
                .replace("%2", self.nights.text()).replace("%3", fmt.upper()))

    def _on_create_clicked(self) -> None:
        if self._busy or not self.create_button.isEnabled():
            return
        fmt = str(self.format.currentData())
        purpose = ask_purpose(self._what(fmt), self)
        if purpose is None:
            return
        filters = {"pdf": self.tr("PDF documents (*.pdf)"), "csv": self.tr("CSV files (*.csv)"),
                   "xlsx": self.tr("Excel workbooks (*.xlsx)")}
        path = ask_save_path(self, self.tr("Save the report"), self.default_path(fmt), filters[fmt])
        if path is not None:
            self.make_report(path, purpose, fmt)

    def request(self) -> Callable[[FieldOps], Report]:
        """The report the current choices ask for, as a call for the DB thread."""
        kind, (first, last), agencies = self.kind_key(), self.nights_chosen(), self.agency_ids()
        if kind == "night":
            agency = agencies[0] if agencies else self._own_agency
            return lambda fo: fo.reports.night(agency, first)
        if kind == "project":
            return lambda fo: fo.reports.project(first, last, agencies)
        types = (str(self.type.currentData()),) if self.type.currentData() else ()
        return lambda fo: fo.reports.period(first, last, agencies, types)

    def make_report(self, path: Path, purpose: str, fmt: str) -> None:
        """Assemble, write and record the report (`fmt` pdf, csv or xlsx) without blocking the GUI thread."""
        make, language = self.request(), str(self.language.currentData())
        self._set_busy(True)
        self.status.setText(self.tr("Creating the report…"))
        self.status.show()
        if fmt == "pdf":
            Query(self, make).success(lambda report: self._render(report, path, purpose, language)).failure(
                self._on_failed).run()
            return
        Op(self, lambda fo: self._export(fo, make(fo), path, purpose, language, fmt)).success(
            lambda _changes: self._on_saved(path)).failure(self._on_failed).run()

    @staticmethod
    def _export(fo: FieldOps, report: Report, path: Path, purpose: str, language: str, fmt: str) -> Any:
        labels = ReportLanguage(language)
        if fmt == "csv":
            return fo.reports.export_csv(report, path, purpose, labels=labels)
        return fo.reports.export_xlsx(report, path, purpose, labels=labels)

    def _render(self, report: Report, path: Path, purpose: str, language: str) -> None:
        if not isValid(self):
            return
        printed_by = self._printed_by
        state.get().runner.run_net(
            lambda: write_report_pdf(report, path, ReportLanguage(language), printed_by, purpose),
            lambda future: self._on_rendered(future, report, path, purpose))

    def _on_rendered(self, future: Future[Any], report: Report, path: Path, purpose: str) -> None:
        exc = future.exception()
        if exc is not None:
            if isValid(self):
                self._on_failed(exc, path)
            return
        details = disclosure_details(report, "pdf", path.name)
        Op(self if isValid(self) else None, lambda fo: fo.audit.record_disclosure(ENTITY, None, purpose, details)
           ).success(lambda _changes: self._on_saved(path)).failure(
            lambda error: self._not_recorded(path, error)).run()

    def _on_saved(self, path: Path) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self.saved_path = path
        self.status.setText(self.tr("Report saved: %1").replace("%1", str(path)))
        self.status.show()
        parent = self.parentWidget()
        status_bar = getattr(parent.window(), "statusBar", None) if parent is not None else None
        if callable(status_bar):
            status_bar().showMessage(self.tr("Report saved: %1").replace("%1", str(path)), STATUS_MS)
        self.sig_saved.emit(str(path))

    def _on_failed(self, exc: BaseException, path: Path | None = None) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self.status.hide()
        if isinstance(exc, OSError):
            self.error.show_message(self.tr("The report could not be saved to %1: %2. Nothing was recorded.")
                                    .replace("%1", str(path or "")).replace("%2", exc.strerror or str(exc)))
        elif isinstance(exc, FieldOpsError):
            self.error.show_message(message(exc))
        else:
            show_error(self, exc)

    def _not_recorded(self, path: Path, exc: BaseException) -> None:
        """No disclosure without its audit record: the file goes again."""
        from ui.reports.export import discard_unrecorded

        deleted = discard_unrecorded(path, exc)
        if not isValid(self):
            return
        self._set_busy(False)
        self.status.hide()
        if deleted:
            text = self.tr("The report could not be recorded in the audit log, so the file was deleted.")
        else:
            text = self.tr("The report could not be recorded in the audit log. Delete %1 yourself: it must not "
                           "be passed on.").replace("%1", str(path))
        self.error.show_message(f"{text} {message(exc)}")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.kind, self.agency, self.night, self.span, self.day, self.first, self.last, self.type,
                       self.language, self.format):
            widget.setEnabled(not busy)
        with contextlib.suppress(RuntimeError):
            self._on_choice_changed()
