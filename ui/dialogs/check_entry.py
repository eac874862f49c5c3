"""Enter one check of an operation (traffic stop, hunter control, other observation), keyboard first.

    dialog = CheckDialog(detail, "traffic", parent=self)          # a new check
    dialog = CheckDialog(detail, check.kind, check, parent=self)  # correct a logged check
    dialog.sig_check_saved.connect(...)                            # every successful save (also "Save and next")
    dialog.exec()                                                  # Accepted after "Save", Rejected on Esc

Used about twenty times a night in a dark patrol car: every field has a mnemonic, the tab order runs top to
bottom, Enter moves to the next field (on the outcome, the last field, it saves), Ctrl+Enter saves from
anywhere, Ctrl+Shift+Enter saves and clears the form for the next car (time and position are kept), Alt+N sets
the time to now.

While the officer types, the facts are judged (debounced, on the GUI thread: the rule engine is pure CPU and
takes well under a millisecond) by the rule pack in force on the check's local date in the operation's country.
Fact errors appear under their field; the pack's flags appear on the right, each violation with "Confirm"
(default) or "Override" with a reason, and the outcome follows the confirmed violations until the officer
picks one. Saving runs on the DB thread (`Op`); the core judges the facts again and its errors come back under
their field (`FieldOpsError.field`: a fact, "outcome", "override:<code>") or in the error dialog.

Facts written besides the rule-pack schema (kept by the core as they are): traffic `driver_document`,
`stop_reason`; hunter `hunter_name`, `weapon`, `document_numbers` (document name -> number).
"""

from __future__ import annotations

import functools
import itertools
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCollator,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldops import geo
from fieldops.changes import Changes
from fieldops.dto import CheckDTO, OperationDetail
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import CheckKind, Outcome
from fieldops.rules import Evaluation, Flag, Pack, default_book, evaluate
from fieldops.rules import vocab as rules_vocab
from fieldops.rules.validate import FACTS
from ui import state, theme
from ui.errors import message, show_error
from ui.ops import Op
from ui.rules_text import flag_text, rules_label
from ui.vocab import OTHER_CATEGORIES, hunter_position, other_category, outcome_name, sight
from ui.widgets.forms import FieldError, mark_invalid, with_error

DEBOUNCE_MS = 200
TIME_FORMAT = "dd.MM.yyyy HH:mm"
NOT_TESTED = -0.01  # the alcohol spin boxes' "not tested" value (shown as text, never stored)

# Facts this dialog writes besides the rule-pack schema (the core keeps unknown keys as they are).
EXTRA_FACTS: dict[str, tuple[str, ...]] = {
    "traffic": ("driver_document", "stop_reason"),
    "hunter": ("hunter_name", "weapon", "document_numbers"),
    "other": (),
}
OUTCOMES: dict[str, tuple[Outcome, ...]] = {
    "traffic": (Outcome.NO_VIOLATION, Outcome.WARNING, Outcome.ADMIN_PROTOCOL, Outcome.LICENCE_WITHDRAWN,
                Outcome.VEHICLE_DETAINED, Outcome.CRIMINAL_CASE, Outcome.REFUSED_TEST),
    "hunter": (Outcome.NO_VIOLATION, Outcome.WARNING, Outcome.ADMIN_PROTOCOL, Outcome.SEIZED,
               Outcome.CRIMINAL_CASE),
    "other": tuple(Outcome),
}


def suggested_outcome(confirmed: list[str]) -> Outcome:
    """The outcome that usually follows the confirmed violations (the officer may choose another)."""
    if "alcohol_criminal" in confirmed:
        return Outcome.CRIMINAL_CASE
    if "refused_test" in confirmed:
        return Outcome.REFUSED_TEST
    return Outcome.ADMIN_PROTOCOL if confirmed else Outcome.NO_VIOLATION


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---- small widgets -----------------------------------------------------------------------------------------------
class PermilleSpin(QDoubleSpinBox):
    """0.00-5.00 per mille in steps of 0.01; below 0 it reads "not tested". Accepts "." and "," as the decimal
    separator whatever the language (the numeric keypad sends either)."""

    def __init__(self, not_tested: str, parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setDecimals(2)
        self.setRange(NOT_TESTED, float(rules_vocab.ALCOHOL_MAX))
        self.setSingleStep(0.01)
        self.setSpecialValueText(not_tested)
        self.setValue(NOT_TESTED)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)  # arrow keys and PgUp/PgDn still step
        self.setAccelerated(True)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        _select_on_focus(self, event)

    def validate(self, text: str, pos: int) -> object:
        point = self.locale().decimalPoint()
        other = "," if point == "." else "."
        return super().validate(text.replace(other, point), pos)

    def permille(self) -> float | None:
        value = self.value()
        return None if value < 0 else round(value, 2)

    def set_permille(self, value: float | None) -> None:
        self.setValue(NOT_TESTED if value is None else float(value))


class SpeedSpin(QSpinBox):
    """Whole km/h 0-300; 0 reads as `special` ("not measured") and is not recorded."""

    def __init__(self, special: str, parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setRange(0, rules_vocab.SPEED_MAX)
        self.setSpecialValueText(special)
        self.setSingleStep(10)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        _select_on_focus(self, event)


def _select_on_focus(spin: QAbstractSpinBox, event: QFocusEvent) -> None:
    """Typing replaces the value when the field is reached by keyboard (Tab, mnemonic) or shows its special
    text; a click keeps the cursor where it was put."""
    special = spin.specialValueText() and spin.text() == spin.specialValueText()
    if special or event.reason() != Qt.FocusReason.MouseFocusReason:
        spin.selectAll()


class TimeEdit(QDateTimeEdit):
    """Date and time; Tab leaves the field (sections are reached by typing the separators or with the arrow
    keys), so the tab order runs through the form, not through day, month, year, hour and minute."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)

    _auto_advanced = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # "10.11.2024 23:30" or "5.1.2024 1:05" typed in one go: a separator moves to the next section, unless
        # the digits before it filled their section and Qt has already moved on.
        text = event.text()
        if text and text in ".:-/ ,":
            if not self._auto_advanced:
                index = self.currentSectionIndex()
                if index < self.sectionCount() - 1:
                    self.interpretText()
                    self.setSelectedSection(self.sectionAt(index + 1))
            self._auto_advanced = False
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._auto_advanced = text.isdigit() and self.currentSectionIndex() != before


class _ListValidator(QValidator):
    """Only text that is (part of) one of `names` can be typed: nothing outside the list gets in."""

    def __init__(self, names: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = [n.casefold() for n in names]

    def validate(self, text: str, pos: int) -> object:
        wanted = text.casefold()
        if not wanted or wanted in self._names:
            return QValidator.State.Acceptable, text, pos
        if any(wanted in n for n in self._names):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


class _FormScroll(QScrollArea):
    """Scrolls the form vertically only, so it asks for the width its fields need."""

    def _with_form_width(self, hint: QSize, form: QSize) -> QSize:
        extra = self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), form.width() + extra), hint.height())

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        hint = super().minimumSizeHint()
        return self._with_form_width(hint, inner.minimumSizeHint()) if inner else hint

    def sizeHint(self) -> QSize:
        inner = self.widget()
        hint = super().sizeHint()
        return self._with_form_width(hint, inner.sizeHint()) if inner else hint


class _FlagRow(QFrame):
    """One flag of the rule pack: its text, and for a violation Confirm / Override (+ reason)."""

    sig_decision_changed = Signal()

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.severity = "violation"
        self.setObjectName("flagRow")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(4)
        self.text = QLabel(objectName="flagText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text)
        self.choice = QWidget()
        choice = QHBoxLayout(self.choice)
        choice.setContentsMargins(0, 0, 0, 0)
        self.confirm = QRadioButton(objectName=f"confirm:{code}")
        self.override = QRadioButton(objectName=f"override:{code}")
        self.group = QButtonGroup(self)
        self.group.addButton(self.confirm)
        self.group.addButton(self.override)
        self.confirm.setChecked(True)
        choice.addWidget(self.confirm)
        choice.addWidget(self.override)
        choice.addStretch(1)
        layout.addWidget(self.choice)
        self.reason = QLineEdit(objectName=f"reason:{code}")
        self.reason.setMaxLength(500)
        self.reason.hide()
        layout.addWidget(self.reason)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        self.override.toggled.connect(self._on_override_toggled)
        self.reason.textChanged.connect(lambda _text: self.error.show_message(""))

    def set_flags(self, flags: list[Flag], number: int | None) -> None:
        """The flags of this code (several for missing documents: one decision covers them all)."""
        flag = flags[0]
        if self.severity != flag.severity or self.property("severity") is None:
            self.severity = flag.severity
            for widget in (self, self.text):
                widget.setProperty("severity", flag.severity)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.text.setText("\n".join(flag_text(f.code, f.params) for f in flags))
        violation = flag.severity == "violation"
        self.choice.setVisible(violation)
        self.reason.setVisible(violation and self.override.isChecked())
        self.confirm.setText(self.tr("Confirm"))
        self.override.setText(self.tr("Override (&%1)").replace("%1", str(number)) if number and number <= 9
                              else self.tr("Override"))
        self.reason.setPlaceholderText(self.tr("Reason for overriding (required)"))

    @property
    def overridden(self) -> bool:
        return self.severity == "violation" and self.override.isChecked()

    def set_override(self, reason: str) -> None:
        self.override.setChecked(True)
        self.reason.setText(reason)

    def _on_override_toggled(self, on: bool) -> None:
        self.reason.setVisible(on and self.severity == "violation")
        self.error.show_message("")
        self.sig_decision_changed.emit()


# ---- the dialog --------------------------------------------------------------------------------------------------
class CheckDialog(QDialog):
    """Log (or correct) one check of `detail`'s operation. `kind`: traffic, hunter or other (ignored when
    `check` is given: its kind is used)."""

    sig_check_saved = Signal(object)  # Changes of each successful save

    def __init__(self, detail: OperationDetail, kind: str, check: CheckDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.check = check
        self.kind = CheckKind(check.kind if check is not None else kind).value
        self.country = detail.country
        self._zone = ZoneInfo(detail.timezone)
        self._book = default_book()
        self._packs = [p for p in self._book.packs if p.country == self.country]
        self._managed = set(FACTS[self.kind]) | set(EXTRA_FACTS[self.kind])
        self.errors: dict[str, FieldError] = {}  # error key (a fact, "time", "geo", "outcome") -> its line
        self._focus_of: dict[str, QWidget] = {}  # error key -> the field to focus
        self._rows: dict[str, _FlagRow] = {}
        self._row_order: tuple[str, ...] = ()
        self._evaluation: Evaluation | None = None
        self._local_errors: dict[str, str] = {}
        self._lat_lon: tuple[float, float] | None = None
        self._geo_error = ""
        self._tried_save = False
        self._busy = False
        self._loading = True
        self._outcome_touched = check is not None
        self._seed_overrides: dict[str, str] = {}
        self._chain: list[QWidget] = []  # the kind's fields in tab order
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.evaluate_now)

        titles = {
            ("traffic", False): self.tr("New traffic check"), ("traffic", True): self.tr("Edit traffic check"),
            ("hunter", False): self.tr("New hunter check"), ("hunter", True): self.tr("Edit hunter check"),
            ("other", False): self.tr("New check"), ("other", True): self.tr("Edit check"),
        }
        self.setWindowTitle(self.tr("%1 · operation %2").replace("%1", titles[(self.kind, check is not None)])
                            .replace("%2", detail.number))
        self.setMinimumHeight(520)
        root = QVBoxLayout(self)
        columns = QHBoxLayout()
        root.addLayout(columns, 1)

        # left: the form (scrolls on small screens; the focused field is scrolled into view)
        self.scroll = _FormScroll()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.form = QFormLayout(inner)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scroll.setWidget(inner)
        columns.addWidget(self.scroll, 3)
        self._build_common()
        {"traffic": self._build_traffic, "hunter": self._build_hunter, "other": self._build_other}[self.kind]()

        # right: the rule check and the outcome
        right = QVBoxLayout()
        columns.addLayout(right, 2)
        self.flags_box = QGroupBox(self.tr("Rule check"))
        self.flags_box.setMinimumWidth(320)
        flags_layout = QVBoxLayout(self.flags_box)
        self.pack_label = QLabel(objectName="muted")
        self.pack_label.setWordWrap(True)
        flags_layout.addWidget(self.pack_label)
        self.general_error = FieldError()
        flags_layout.addWidget(self.general_error)
        self.no_flags = QLabel(objectName="muted")
        self.no_flags.setWordWrap(True)
        flags_layout.addWidget(self.no_flags)
        rows = QWidget()
        self.rows_layout = QVBoxLayout(rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(6)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(rows)
        holder_layout.addStretch(1)
        self.flags_scroll = QScrollArea()  # many flags scroll; the focused choice is scrolled into view
        self.flags_scroll.setWidgetResizable(True)
        self.flags_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.flags_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flags_scroll.setWidget(holder)
        flags_layout.addWidget(self.flags_scroll, 1)
        self._rows_parent = rows
        right.addWidget(self.flags_box, 1)
        outcome_form = QFormLayout()
        self.outcome = QComboBox(objectName="outcome")
        for value in OUTCOMES[self.kind]:
            self.outcome.addItem(outcome_name(value), value.value)
        self._field_row(outcome_form, self.tr("O&utcome"), self.outcome, "outcome")
        right.addLayout(outcome_form)
        self.outcome.activated.connect(self._on_outcome_activated)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.next_button = QPushButton(self.tr("Save and ne&xt"), objectName="saveNext")
        self.next_button.setToolTip(self.tr("Save this check and start the next one (Ctrl+Shift+Enter)"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.setVisible(check is None)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(lambda: self.save())
        self.next_button.clicked.connect(lambda: self.save(and_next=True))
        self.cancel_button.clicked.connect(self.reject)
        root.addWidget(self.buttons)

        for keys, and_next in (((Qt.Key.Key_Return, Qt.Key.Key_Enter), False),
                               ((Qt.Key.Key_Return, Qt.Key.Key_Enter), True)):
            for key in keys:
                mods = Qt.KeyboardModifier.ControlModifier | (
                    Qt.KeyboardModifier.ShiftModifier if and_next else Qt.KeyboardModifier.NoModifier)
                shortcut = QShortcut(QKeySequence(mods | key), self)
                shortcut.activated.connect(functools.partial(self.save, and_next=and_next and check is None))

        self._set_defaults()
        if check is not None:
            self._load(check)
        else:
            self.set_now()
            if detail.lat is not None and detail.lon is not None:
                self.position.setText(geo.format_wgs84(detail.lat, detail.lon))
        self._on_geo_changed(self.position.text())
        self._loading = False
        self._apply_tab_order()
        self._restyle()
        with_hub = _hub()
        if with_hub is not None:
            with_hub.sig_theme_changed.connect(self._on_theme_changed)
        self.evaluate_now()
        self.resize(max(self.sizeHint().width(), 940), 660)
        self._first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- building ------------------------------------------------------------------------------------------
    def _field_row(self, form: QFormLayout, label: str, field: QWidget, key: str | None,
                   focus: QWidget | None = None, buddy: bool = True) -> tuple[QLabel, QWidget]:
        """A labelled row with an error line; the label's mnemonic focuses `focus` (default: `field`).
        `buddy=False` for a heading over check boxes that carry their own mnemonics."""
        box, error = with_error(field)
        target = focus or field
        if key:
            self.errors[key] = error
            self._focus_of[key] = target
        lab = QLabel(label)
        if buddy:
            lab.setBuddy(target)
        form.addRow(lab, box)
        return lab, box

    def _watch(self, *widgets: QWidget) -> None:
        """Fields in tab order: changes re-judge the facts, Enter moves on."""
        for w in widgets:
            self._chain.append(w)
            w.installEventFilter(self)
            if isinstance(w, QLineEdit):
                w.textChanged.connect(self._schedule)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._schedule)
                if w.isEditable():
                    w.editTextChanged.connect(self._schedule)
            elif isinstance(w, QSpinBox | QDoubleSpinBox):
                w.valueChanged.connect(self._schedule)
            elif isinstance(w, QAbstractButton):
                w.toggled.connect(self._schedule)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self._schedule)

    def _build_common(self) -> None:
        self.time = TimeEdit(objectName="time")
        self.time.setTimeZone(QTimeZone.utc())  # holds the agency's wall-clock time; converted with zoneinfo
        self.time.setDisplayFormat(TIME_FORMAT)
        self.time.setCalendarPopup(True)
        self.now_button = QPushButton(self.tr("&Now"), objectName="now")
        self.now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+N; not a stop in the tab order
        self.now_button.setToolTip(self.tr("Set the time to now (Alt+N)"))
        self.now_button.clicked.connect(self.set_now)
        zone = QLabel(self.detail.timezone, objectName="muted")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.time, 1)
        line.addWidget(zone)
        line.addWidget(self.now_button)
        self._field_row(self.form, self.tr("&Time"), row, "time", self.time)
        self.time.dateTimeChanged.connect(self._schedule)
        self.time.installEventFilter(self)

        self.position = QLineEdit(objectName="geo")
        self.position.setMaxLength(geo.MAX_INPUT)
        self.position.setPlaceholderText("56.51230° N, 21.01230° E")
        self.position.setToolTip(self.tr("Decimal degrees (56.5123, 21.0123), degrees-minutes-seconds "
                                         "(56°30'44\"N 21°0'44\"E) or degrees and decimal minutes"))
        self._field_row(self.form, self.tr("P&osition"), self.position, "geo")
        self.position.textChanged.connect(self._on_geo_changed)
        self.position.installEventFilter(self)

    def _build_traffic(self) -> None:
        form = self.form
        self.plate = QLineEdit(objectName="plate")
        self.plate.setMaxLength(20)
        self.plate.textEdited.connect(self._on_plate_edited)
        box, error = with_error(self.plate)
        self.plate_warning = FieldError(box)
        self.plate_warning.setProperty("role", "warning")
        self.plate_warning.setObjectName("plateWarning")
        box.layout().addWidget(self.plate_warning)
        lab = QLabel(self.tr("Vehicle &registration no."))
        lab.setBuddy(self.plate)
        form.addRow(lab, box)
        self.errors["plate"], self._focus_of["plate"] = error, self.plate

        self.category = QComboBox(objectName="driver_category")
        for value, text in (("general", self.tr("General")),
                            ("novice", self.tr("Novice (under 2 years' experience)")),
                            ("professional", self.tr("Professional (bus, taxi, heavy vehicle ...)"))):
            self.category.addItem(text, value)
        self._field_row(form, self.tr("Driver &category"), self.category, "driver_category")
        self.driver_document = QLineEdit(objectName="driver_document")
        self.driver_document.setMaxLength(40)
        self._field_row(form, self.tr("Driver's &document no."), self.driver_document, "driver_document")
        self.stop_reason = QLineEdit(objectName="stop_reason")
        self.stop_reason.setMaxLength(200)
        self._field_row(form, self.tr("Reason for the sto&p"), self.stop_reason, "stop_reason")

        self.speed_measured = SpeedSpin(self.tr("not measured"), objectName="speed_measured")
        self.speed_limit = SpeedSpin(self.tr("not set"), objectName="speed_limit")
        for spin in (self.speed_measured, self.speed_limit):
            spin.setSuffix(self.tr(" km/h"))
        self._field_row(form, self.tr("&Measured speed"), self.speed_measured, "speed_measured")
        self._field_row(form, self.tr("Speed &limit"), self.speed_limit, "speed_limit")

        self.alcohol1 = PermilleSpin(self.tr("not tested"), objectName="alcohol1")
        self.second_test = QCheckBox(self.tr("S&econd test"), objectName="second_test")
        self.second_test.setToolTip(self.tr("A second breath test 15-30 minutes later; the lower result counts"))
        self.alcohol2 = PermilleSpin(self.tr("not tested"), objectName="alcohol2")
        self.alcohol2.setAccessibleName(self.tr("Second alcohol test (‰)"))
        self.refused = QCheckBox(self.tr("Re&fused test"), objectName="refused_test")
        alcohol = QWidget()
        line = QHBoxLayout(alcohol)
        line.setContentsMargins(0, 0, 0, 0)
        for w in (self.alcohol1, self.second_test, self.alcohol2, self.refused):
            line.addWidget(w)
        line.addStretch(1)
        self._field_row(form, self.tr("&Alcohol test (‰)"), alcohol, "alcohol_permille", self.alcohol1)
        self._focus_of["refused_test"] = self.refused
        self.second_test.toggled.connect(self._on_second_test_toggled)
        self.refused.toggled.connect(self._update_enabled)

        docs = QWidget()
        grid = QVBoxLayout(docs)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        labels = {"driving_licence": self.tr("Dri&ving licence"),
                  "registration": self.tr("Re&gistration certificate"),
                  "insurance": self.tr("&Insurance")}
        self.doc_boxes: dict[str, QCheckBox] = {}
        for name in _union(p.traffic.required_documents for p in self._packs):
            box_ = QCheckBox(labels.get(name, _capital(rules_label(name))), objectName=f"doc:{name}")
            self.doc_boxes[name] = box_
            grid.addWidget(box_)
        self._field_row(form, self.tr("Documents shown"), docs, "documents",
                        next(iter(self.doc_boxes.values()), None), buddy=False)
        self._watch(self.plate, self.category, self.driver_document, self.stop_reason, self.speed_measured,
                    self.speed_limit, self.alcohol1, self.second_test, self.alcohol2, self.refused,
                    *self.doc_boxes.values())

    def _build_hunter(self) -> None:
        form = self.form
        self.hunter_name = QLineEdit(objectName="hunter_name")
        self.hunter_name.setMaxLength(120)
        self._field_row(form, self.tr("Hunter's na&me"), self.hunter_name, "hunter_name")

        self.species = QComboBox(objectName="species")
        self.species.setEditable(True)
        self.species.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        collator = QCollator()
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        names = sorted(((_capital(rules_label(s)), s) for s in rules_vocab.SPECIES),
                       key=functools.cmp_to_key(lambda a, b: collator.compare(a[0], b[0])))
        for text, value in names:
            self.species.addItem(text, value)
        self.species.setValidator(_ListValidator([t for t, _v in names], self.species))
        completer = QCompleter(self.species.model(), self.species)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.species.setCompleter(completer)
        self.species.lineEdit().setPlaceholderText(self.tr("type to filter"))
        app = QApplication.instance()
        if isinstance(app, QApplication):  # focus-out of the combo is not sent while the completer's popup shows
            app.focusChanged.connect(self._on_focus_changed)
        self._field_row(form, self.tr("Sp&ecies"), self.species, "species")

        self.weapon = QLineEdit(objectName="weapon")
        self.weapon.setMaxLength(120)
        self.weapon.setPlaceholderText(self.tr("make, model, calibre, number"))
        self._field_row(form, self.tr("&Weapon"), self.weapon, "weapon")
        self.sight = QComboBox(objectName="sight")
        self.sight.addItem(self.tr("– not recorded –"), None)
        for value in rules_vocab.SIGHTS:
            self.sight.addItem(_capital(sight(value)), value)
        self._field_row(form, self.tr("Sight t&ype"), self.sight, "sight")
        self.place = QComboBox(objectName="position")
        self.place.addItem(self.tr("– not recorded –"), None)
        for value in rules_vocab.POSITIONS:
            self.place.addItem(_capital(hunter_position(value)), value)
        self._field_row(form, self.tr("Shooting p&lace"), self.place, "position")

        # documents the country's packs know (shown as the pack in force and the species require)
        group = QWidget()
        grid = QGridLayout(group)
        grid.setContentsMargins(0, 0, 0, 0)
        labels = {"hunter_certificate": self.tr("Hunter's &certificate"), "seasonal_card": self.tr("Seasonal c&ard"),
                  "hunting_permit": self.tr("Hunting pe&rmit"), "firearm_permit": self.tr("&Firearm permit"),
                  "hunter_ticket": self.tr("Hunter's tic&ket"), "weapon_permit": self.tr("Weapon &permit")}
        self.doc_boxes = {}
        self.doc_numbers: dict[str, QLineEdit] = {}
        names_ = _union([*p.hunter.required_documents, *p.hunter.species_documents] for p in self._packs)
        chain: list[QWidget] = []
        for i, name in enumerate(names_):
            box_ = QCheckBox(labels.get(name, _capital(rules_label(name))), objectName=f"doc:{name}")
            number = QLineEdit(objectName=f"docno:{name}")
            number.setMaxLength(64)
            number.setPlaceholderText(self.tr("number"))
            number.setAccessibleName(self.tr("%1: number").replace("%1", _capital(rules_label(name))))
            box_.toggled.connect(number.setEnabled)
            grid.addWidget(box_, i, 0)
            grid.addWidget(number, i, 1)
            self.doc_boxes[name], self.doc_numbers[name] = box_, number
            chain += [box_, number]
        row = len(names_)
        self.sheet_box = QCheckBox(self.tr("&Hunting sheet"), objectName="hunting_sheet_shown")
        self.sheet_box.setToolTip(self.tr("The hunting sheet naming the hunt leader was shown"))
        self.sheet = QLineEdit(objectName="hunting_sheet")
        self.sheet.setMaxLength(200)
        self.sheet.setPlaceholderText(self.tr("number or hunt leader"))
        self.sheet.setAccessibleName(self.tr("Hunting sheet: number or hunt leader"))
        self.sheet_box.toggled.connect(self.sheet.setEnabled)
        grid.addWidget(self.sheet_box, row, 0)
        grid.addWidget(self.sheet, row, 1)
        self.sheet_error = FieldError(group)
        grid.addWidget(self.sheet_error, row + 1, 0, 1, 2)
        self.safety_label = QLabel(self.tr("Safety-&check date"))
        self.safety = QLineEdit(objectName="safety_check_date")
        self.safety.setMaxLength(10)
        self.safety.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.safety_label.setBuddy(self.safety)
        grid.addWidget(self.safety_label, row + 2, 0)
        grid.addWidget(self.safety, row + 2, 1)
        self.safety_error = FieldError(group)
        grid.addWidget(self.safety_error, row + 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self._field_row(form, self.tr("Documents shown"), group, "documents", chain[0] if chain else None,
                        buddy=False)
        self.errors["hunting_sheet"], self._focus_of["hunting_sheet"] = self.sheet_error, self.sheet
        self.errors["safety_check_date"], self._focus_of["safety_check_date"] = self.safety_error, self.safety

        self.sober = QCheckBox(self.tr("So&ber"), objectName="sober")
        self.loaded_moving = QCheckBox(self.tr("Weapon loaded while movin&g"), objectName="weapon_loaded_moving")
        self.cased = QCheckBox(self.tr("Weapon cased in &vehicle"), objectName="weapon_cased_in_vehicle")
        self.cased.setToolTip(self.tr("Recorded when the hunter was in a vehicle"))
        self.driven = QCheckBox(self.tr("Dr&iven hunt"), objectName="driven_hunt")
        self.vest = QCheckBox(self.tr("Orange/yellow vest or hea&dwear"), objectName="vest")
        self.vest.setToolTip(self.tr("Recorded in a driven hunt"))
        self.boar = QCheckBox(self.tr("Wild boar &harvested or wounded"), objectName="boar_harvested")
        self.marker = QLineEdit(objectName="boar_marker")
        self.marker.setMaxLength(64)
        self.marker.setPlaceholderText(self.tr("marker no. (Mednis)"))
        self.marker.setAccessibleName(self.tr("Wild boar marker number"))
        conduct = QWidget()
        lines = QVBoxLayout(conduct)
        lines.setContentsMargins(0, 0, 0, 0)
        for w in (self.sober, self.loaded_moving, self.cased):
            lines.addWidget(w)
        hunt = QHBoxLayout()
        hunt.addWidget(self.driven)
        hunt.addWidget(self.vest)
        hunt.addStretch(1)
        lines.addLayout(hunt)
        self._field_row(form, self.tr("Conduct"), conduct, "sober", self.sober, buddy=False)
        for key, w in (("weapon_loaded_moving", self.loaded_moving), ("weapon_cased_in_vehicle", self.cased),
                       ("driven_hunt", self.driven), ("vest", self.vest)):
            self.errors[key], self._focus_of[key] = self.errors["sober"], w
        boar = QWidget()
        line = QHBoxLayout(boar)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.boar)
        line.addWidget(self.marker, 1)
        _lab, self.boar_row = self._field_row(form, self.tr("Wild boar"), boar, "boar_marker", self.boar,
                                              buddy=False)
        self._focus_of["boar_marker"] = self.marker
        self.errors["boar_harvested"], self._focus_of["boar_harvested"] = self.errors["boar_marker"], self.boar
        for w in (self.place, self.driven, self.boar, self.sheet_box):
            (w.currentIndexChanged if isinstance(w, QComboBox) else w.toggled).connect(self._update_enabled)
        self._watch(self.hunter_name, self.species, self.weapon, self.sight, self.place, *chain, self.sheet_box,
                    self.sheet, self.safety, self.sober, self.loaded_moving, self.cased, self.driven, self.vest,
                    self.boar, self.marker)

    def _build_other(self) -> None:
        self.other_category = QComboBox(objectName="category")
        self.other_category.addItem(self.tr("– choose –"), None)
        for value in OTHER_CATEGORIES:
            self.other_category.addItem(other_category(value), value)
        self._field_row(self.form, self.tr("&Category"), self.other_category, "category")
        self.text = QPlainTextEdit(objectName="text")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What was observed or done (at most %1 characters)")
                                     .replace("%1", str(rules_vocab.TEXT_MAX)))
        self.text.setMinimumHeight(140)
        self._field_row(self.form, self.tr("&Description"), self.text, "text")
        self._watch(self.other_category, self.text)
        self.text.removeEventFilter(self)  # Enter starts a new line there

    # ---- values ---------------------------------------------------------------------------------------------
    def _set_defaults(self) -> None:
        """The kind's fields as for a new check (time and position are not touched)."""
        if self.kind == "traffic":
            for w in (self.plate, self.driver_document, self.stop_reason):
                w.clear()
            self.category.setCurrentIndex(0)
            self.speed_measured.setValue(0)
            self.speed_limit.setValue(0)
            self.alcohol1.set_permille(None)
            self.alcohol2.set_permille(None)
            self.second_test.setChecked(False)
            self.refused.setChecked(False)
            for box in self.doc_boxes.values():
                box.setChecked(True)
        elif self.kind == "hunter":
            for w in (self.hunter_name, self.weapon, self.sheet, self.safety, self.marker):
                w.clear()
            self.species.setCurrentIndex(-1)
            self.species.setEditText("")
            self.sight.setCurrentIndex(0)
            self.place.setCurrentIndex(0)
            for name, box in self.doc_boxes.items():
                box.setChecked(True)
                self.doc_numbers[name].clear()
            self.sheet_box.setChecked(True)
            self.sober.setChecked(True)
            for b in (self.loaded_moving, self.cased, self.driven, self.vest, self.boar):
                b.setChecked(False)
        else:
            self.other_category.setCurrentIndex(0)
            self.text.clear()
        self.outcome.setCurrentIndex(0)
        self._update_enabled()

    def _load(self, check: CheckDTO) -> None:
        self._set_at(check.at)
        if check.lat is not None and check.lon is not None:
            self.position.setText(geo.format_wgs84(check.lat, check.lon))
        f: dict[str, Any] = dict(check.facts)
        if self.kind == "traffic":
            self.plate.setText(str(f.get("plate") or ""))
            self.category.setCurrentIndex(max(0, self.category.findData(f.get("driver_category") or "general")))
            self.driver_document.setText(str(f.get("driver_document") or ""))
            self.stop_reason.setText(str(f.get("stop_reason") or ""))
            self.speed_measured.setValue(int(f.get("speed_measured") or 0))
            self.speed_limit.setValue(int(f.get("speed_limit") or 0))
            tests = f.get("alcohol_permille")
            tests = tests if isinstance(tests, list) else [] if tests is None else [tests]
            self.alcohol1.set_permille(tests[0] if tests else None)
            self.second_test.setChecked(len(tests) > 1)
            self.alcohol2.set_permille(tests[1] if len(tests) > 1 else None)
            self.refused.setChecked(f.get("refused_test") is True)
            self._load_documents(f.get("documents"))
        elif self.kind == "hunter":
            self.hunter_name.setText(str(f.get("hunter_name") or ""))
            index = self.species.findData(f.get("species"))
            self.species.setCurrentIndex(index)
            if index < 0:
                self.species.setEditText("")
            self.weapon.setText(str(f.get("weapon") or ""))
            self.sight.setCurrentIndex(max(0, self.sight.findData(f.get("sight"))))
            self.place.setCurrentIndex(max(0, self.place.findData(f.get("position"))))
            self._load_documents(f.get("documents"))
            numbers = f.get("document_numbers") if isinstance(f.get("document_numbers"), dict) else {}
            for name, edit in self.doc_numbers.items():
                edit.setText(str(numbers.get(name) or ""))
            sheet_ = f.get("hunting_sheet")
            self.sheet_box.setChecked(sheet_ != "")
            self.sheet.setText(str(sheet_ or ""))
            self.safety.setText(str(f.get("safety_check_date") or ""))
            self.sober.setChecked(f.get("sober") is not False)
            for box, key in ((self.loaded_moving, "weapon_loaded_moving"), (self.cased, "weapon_cased_in_vehicle"),
                             (self.driven, "driven_hunt"), (self.vest, "vest"), (self.boar, "boar_harvested")):
                box.setChecked(f.get(key) is True)
            self.marker.setText(str(f.get("boar_marker") or ""))
        else:
            category = f.get("category")
            index = self.other_category.findData(category)
            if index < 0 and category:
                self.other_category.addItem(str(category), category)
                index = self.other_category.count() - 1
            self.other_category.setCurrentIndex(max(0, index))
            self.text.setPlainText(str(f.get("text") or ""))
        index = self.outcome.findData(check.outcome)
        if index < 0:
            self.outcome.addItem(outcome_name(check.outcome), check.outcome)
            index = self.outcome.count() - 1
        self.outcome.setCurrentIndex(index)
        self._seed_overrides = {str(fl.get("code")): str(fl.get("reason") or "") for fl in check.flags
                                if fl.get("decision") == "overridden"}
        self._update_enabled()

    def _load_documents(self, documents: object) -> None:
        if isinstance(documents, dict):
            for name, box in self.doc_boxes.items():
                if name in documents:
                    box.setChecked(documents[name] is not False)

    def at(self) -> datetime:
        """The check time (aware UTC) from the agency wall-clock time in the time field."""
        value = self.time.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._zone).astimezone(UTC)

    def local_date(self) -> date:
        return self.time.dateTime().date().toPython()  # type: ignore[no-any-return]

    def _set_at(self, value: datetime) -> None:
        local = value.astimezone(self._zone)
        self.time.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute),
                                        QTimeZone.utc()))

    def set_now(self) -> None:
        self._set_at(datetime.now(UTC))

    def facts(self) -> dict[str, Any]:
        """The facts for the core: the form's facts over those of the edited check it does not manage.
        Fields the form cannot turn into a fact (a species not in the list ...) are left out and noted in
        `_local_errors`."""
        self._local_errors = {}
        kept = {k: v for k, v in (self.check.facts if self.check else {}).items() if k not in self._managed}
        own = {"traffic": self._traffic_facts, "hunter": self._hunter_facts, "other": self._other_facts}[self.kind]()
        return kept | own

    def _traffic_facts(self) -> dict[str, Any]:
        f: dict[str, Any] = {"driver_category": self.category.currentData()}
        for key, edit in (("plate", self.plate), ("driver_document", self.driver_document),
                          ("stop_reason", self.stop_reason)):
            if edit.text().strip():
                f[key] = edit.text().strip()
        for key, spin in (("speed_measured", self.speed_measured), ("speed_limit", self.speed_limit)):
            if spin.value() > 0:
                f[key] = spin.value()
        if self.refused.isChecked():
            f["refused_test"] = True
        else:
            tests = [v for v in (self.alcohol1.permille(),) if v is not None]
            second = self.alcohol2.permille()
            if tests and self.second_test.isVisibleTo(self) and self.second_test.isChecked() and second is not None:
                tests.append(second)
            if tests:
                f["alcohol_permille"] = tests
        docs = {name: box.isChecked() for name, box in self.doc_boxes.items() if box.isVisibleTo(self)}
        if docs:
            f["documents"] = docs
        return f

    def _species_value(self) -> str | None:
        text = self.species.currentText().strip()
        if not text:
            return None
        for i in range(self.species.count()):
            if self.species.itemText(i).casefold() == text.casefold():
                return str(self.species.itemData(i))
        self._local_errors["species"] = self.tr("Choose a species from the list.")
        return None

    def _hunter_facts(self) -> dict[str, Any]:
        f: dict[str, Any] = {}
        for key, edit in (("hunter_name", self.hunter_name), ("weapon", self.weapon)):
            if edit.text().strip():
                f[key] = edit.text().strip()
        species = self._species_value()
        if species:
            f["species"] = species
        for key, combo in (("sight", self.sight), ("position", self.place)):
            if combo.currentData() is not None:
                f[key] = combo.currentData()
        shown = [name for name, box in self.doc_boxes.items() if box.isVisibleTo(self)]
        if shown:
            f["documents"] = {name: self.doc_boxes[name].isChecked() for name in shown}
            numbers = {name: self.doc_numbers[name].text().strip() for name in shown
                       if self.doc_boxes[name].isChecked() and self.doc_numbers[name].text().strip()}
            if numbers:
                f["document_numbers"] = numbers
        if self.sheet_box.isVisibleTo(self):
            if not self.sheet_box.isChecked():
                f["hunting_sheet"] = ""  # recorded as not shown
            elif self.sheet.text().strip():
                f["hunting_sheet"] = self.sheet.text().strip()
            else:
                self._local_errors["hunting_sheet"] = message(FieldOpsError(ErrorCode.REQUIRED))
        if self.safety.isVisibleTo(self) and self.safety.text().strip():
            f["safety_check_date"] = self.safety.text().strip()
        f["sober"] = self.sober.isChecked()
        f["weapon_loaded_moving"] = self.loaded_moving.isChecked()
        if self.cased.isEnabled():
            f["weapon_cased_in_vehicle"] = self.cased.isChecked()
        f["driven_hunt"] = self.driven.isChecked()
        if self.vest.isEnabled():
            f["vest"] = self.vest.isChecked()
        if self.boar.isVisibleTo(self):
            f["boar_harvested"] = self.boar.isChecked()
            if self.boar.isChecked() and self.marker.text().strip():
                f["boar_marker"] = self.marker.text().strip()
        return f

    def _other_facts(self) -> dict[str, Any]:
        f: dict[str, Any] = {}
        if self.other_category.currentData() is not None:
            f["category"] = self.other_category.currentData()
        if self.text.toPlainText().strip():
            f["text"] = self.text.toPlainText().strip()
        return f

    def overrides(self) -> dict[str, str]:
        """code -> reason for every violation the officer chose to override (a blank reason is the core's
        REQUIRED error at `override:<code>`)."""
        return {code: self._rows[code].reason.text() for code in self._row_order if self._rows[code].overridden}

    # ---- live rule evaluation -------------------------------------------------------------------------------
    def _schedule(self, *_args: object) -> None:
        if not self._loading:
            self._timer.start()

    def evaluate_now(self) -> Evaluation | None:
        """Judge the current facts now (the debounce timer does this ~200 ms after the last change)."""
        self._timer.stop()
        for key, error in self.errors.items():
            if key not in ("geo", "outcome"):
                error.show_message("")
        self.general_error.show_message("")
        on = self.local_date()
        try:
            pack = self._book.pack_for(self.country, on)
        except FieldOpsError as exc:
            self._show_field_error(exc.field, message(exc))
            self._set_flags(None, None)
            return None
        self._apply_pack(pack)
        facts = self.facts()
        for key, text in self._local_errors.items():
            if key != "hunting_sheet" or self._tried_save:
                self._show_field_error(key, text)
        if self.kind == "traffic":
            self._update_plate_warning(on)
        try:
            evaluation = evaluate(self._book, self.kind, self.country, on, facts)
        except FieldOpsError as exc:
            if exc.code is not ErrorCode.REQUIRED or self._tried_save:
                self._show_field_error(exc.field, message(exc))
            self._set_flags(None, pack)
            return None
        self._set_flags(evaluation, pack)
        return evaluation

    def _apply_pack(self, pack: Pack) -> None:
        """Show the fields the pack in force asks for (documents, second breath test, LT/LV extras)."""
        if self.kind == "traffic":
            self.second_test.setVisible(pack.traffic.alcohol.counted_test == "lower")
            self.alcohol2.setVisible(pack.traffic.alcohol.counted_test == "lower")
            for name, box in self.doc_boxes.items():
                box.setVisible(name in pack.traffic.required_documents)
        elif self.kind == "hunter":
            rules = pack.hunter
            species = self._species_value()
            for name, box in self.doc_boxes.items():
                needed = name in rules.required_documents or (
                    species is not None and species in rules.species_documents.get(name, frozenset()))
                box.setVisible(needed)
                self.doc_numbers[name].setVisible(needed)
            for w in (self.sheet_box, self.sheet):
                w.setVisible(rules.hunting_sheet_required)
            for w in (self.safety_label, self.safety):
                w.setVisible(rules.safety_check_max_years is not None)
            self.form.setRowVisible(self.boar_row, rules.boar_marker_required)

    def _update_plate_warning(self, on: date) -> None:
        plate = " ".join(self.plate.text().upper().split())
        packs = {}
        for country in ("LV", "LT"):
            try:
                packs[country] = self._book.pack_for(country, on)
            except FieldOpsError:
                continue
        if not plate or not packs or any(p.plate_pattern.fullmatch(plate) for p in packs.values()):
            self.plate_warning.show_message("")
            return
        examples = {c: p.plate_example for c, p in packs.items()}
        self.plate_warning.show_message(
            self.tr("Neither a Latvian (like %1) nor a Lithuanian (like %2) plate: check it.")
            .replace("%1", examples.get("LV", "–")).replace("%2", examples.get("LT", "–")))

    def _set_flags(self, evaluation: Evaluation | None, pack: Pack | None) -> None:
        self._evaluation = evaluation
        self.pack_label.setText(self.tr("Rule pack %1, version %2").replace("%1", pack.id)
                                .replace("%2", str(pack.version)) if pack else "")
        flags = evaluation.flags if evaluation else ()
        by_code: dict[str, list[Flag]] = {}
        for flag in flags:
            by_code.setdefault(flag.code, []).append(flag)
        order = tuple(by_code)
        number = 0
        for code, same in by_code.items():
            row = self._rows.get(code)
            if row is None:
                row = self._rows[code] = _FlagRow(code, self._rows_parent)
                row.sig_decision_changed.connect(self._suggest_outcome)
                row.override.installEventFilter(self)
                row.confirm.installEventFilter(self)
                row.reason.installEventFilter(self)
                reason = self._seed_overrides.get(code)
                if reason is not None:
                    row.set_override(reason)
            violation = same[0].severity == "violation"
            number += violation
            row.set_flags(same, number if violation else None)
        if order != self._row_order:
            focus = self.focusWidget()
            for row in self._rows.values():
                self.rows_layout.removeWidget(row)
            for code in order:
                self.rows_layout.addWidget(self._rows[code])
            for code, row in self._rows.items():
                row.setVisible(code in order)
            self._row_order = order
            self._apply_tab_order()
            if focus is not None and focus.isVisibleTo(self):
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if evaluation is None:
            self.no_flags.setText(self.tr("Correct the marked field to see what the rule pack says.")
                                  if pack else "")
        else:
            self.no_flags.setText("" if flags else self.tr("No flags: the rule pack finds nothing to object to."))
        self.no_flags.setVisible(bool(self.no_flags.text()))
        self._suggest_outcome()

    def visible_flags(self) -> list[Flag]:
        return list(self._evaluation.flags) if self._evaluation else []

    def flag_row(self, code: str) -> _FlagRow | None:
        row = self._rows.get(code)
        return row if row is not None and code in self._row_order else None

    def _suggest_outcome(self) -> None:
        if self._outcome_touched:
            return
        confirmed = [code for code in self._row_order
                     if self._rows[code].severity == "violation" and not self._rows[code].overridden]
        index = self.outcome.findData(suggested_outcome(confirmed).value)
        if index >= 0:
            self.outcome.setCurrentIndex(index)

    def _on_outcome_activated(self, _index: int) -> None:
        self._outcome_touched = True  # the officer's choice; no more suggestions
        self.errors["outcome"].show_message("")

    # ---- field behaviour -----------------------------------------------------------------------------------
    def _on_geo_changed(self, text: str) -> None:
        self._lat_lon, self._geo_error = None, ""
        if text.strip():
            try:
                self._lat_lon = geo.parse_position(text)
            except FieldOpsError as exc:
                self._geo_error = message(exc)
        self.errors["geo"].show_message(self._geo_error)
        mark_invalid(self.position, bool(self._geo_error))

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is self.species and new is not self.species:
            self._on_species_finished()

    def _on_species_finished(self) -> None:
        """"fox" typed in full becomes the list's "Fox"."""
        text = self.species.currentText().strip().casefold()
        for i in range(self.species.count()):
            if self.species.itemText(i).casefold() == text and self.species.currentText() != self.species.itemText(i):
                self.species.setCurrentIndex(i)
                self.species.setEditText(self.species.itemText(i))
                return

    def _on_plate_edited(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            pos = self.plate.cursorPosition()
            self.plate.setText(upper)
            self.plate.setCursorPosition(pos)

    def _on_second_test_toggled(self, on: bool) -> None:
        self._update_enabled()
        if on and not self._loading:
            self.alcohol2.setFocus(Qt.FocusReason.OtherFocusReason)
            self.alcohol2.selectAll()

    def _update_enabled(self, *_args: object) -> None:
        if self.kind == "traffic":
            refused = self.refused.isChecked()
            self.alcohol1.setEnabled(not refused)
            self.second_test.setEnabled(not refused)
            self.alcohol2.setEnabled(not refused and self.second_test.isChecked())
        elif self.kind == "hunter":
            self.cased.setEnabled(self.place.currentData() == "vehicle")
            self.vest.setEnabled(self.driven.isChecked())
            self.marker.setEnabled(self.boar.isChecked())
            self.sheet.setEnabled(self.sheet_box.isChecked())
            for name, box in self.doc_boxes.items():
                self.doc_numbers[name].setEnabled(box.isChecked())

    def _first_field(self) -> QWidget:
        return self._chain[0] if self._chain else self.time

    def _apply_tab_order(self) -> None:
        chain: list[QWidget] = [self.time, self.position, *self._chain]
        for code in self._row_order:
            row = self._rows[code]
            chain += [row.confirm, row.override, row.reason]
        chain += [self.outcome, self.save_button, self.next_button, self.cancel_button]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a field moves to the next one; on the outcome (the last field) it saves."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
                if isinstance(watched, QComboBox) and watched.view().isVisible():
                    return False
                if watched is self.outcome:
                    self.save()
                else:
                    self.focusNextChild()
                return True
        return super().eventFilter(watched, event)

    # ---- errors ---------------------------------------------------------------------------------------------
    def _error_key(self, field: str | None) -> str | None:
        if not field:
            return None
        if field in ("lat", "lon") or (field == "position" and self.kind != "hunter"):
            return "geo"
        if field in ("at", "date"):
            return "time"
        return field

    def _show_field_error(self, field: str | None, text: str) -> QWidget | None:
        """Show `text` under the field the core named; returns the widget to focus (None: shown in the
        general line of the rule panel)."""
        if field and field.startswith("override:"):
            row = self.flag_row(field.split(":", 1)[1])
            if row is not None:
                row.error.show_message(text)
                return row.reason if row.reason.isVisible() else row.override
        key = self._error_key(field)
        error = self.errors.get(key) if key else None
        if error is None:
            self.general_error.show_message(text)
            return None
        error.show_message(text)
        return self._focus_of.get(key or "")

    def _first_error(self) -> QWidget | None:
        """The first field (in tab order) with an error under it."""
        if self._geo_error:
            return self.position
        for key, error in self.errors.items():
            if error.text() and not error.isHidden() and key != "outcome":
                return self._focus_of.get(key)
        if self.general_error.text() and not self.general_error.isHidden():
            return self._first_field()
        return None

    # ---- saving ---------------------------------------------------------------------------------------------
    def save(self, and_next: bool = False) -> None:
        """Judge once more, then log (or correct) the check on the DB thread."""
        if self._busy:
            return
        self._tried_save = True
        self.errors["outcome"].show_message("")
        for row in self._rows.values():
            row.error.show_message("")
        self.evaluate_now()
        blocker = self._first_error()
        if blocker is not None or self._local_errors:
            (blocker or self._first_field()).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        at, outcome, facts, overrides = self.at(), str(self.outcome.currentData()), self.facts(), self.overrides()
        lat, lon = self._lat_lon if self._lat_lon else (None, None)
        if self.check is None:
            op_id, kind = self.detail.id, self.kind
            op = Op(self, lambda fo: fo.checks.add(op_id, kind=kind, at=at, outcome=outcome, facts=facts, lat=lat,
                                                   lon=lon, overrides=overrides))
        else:
            check_id, base_version = self.check.id, self.check.version
            op = Op(self, lambda fo: fo.checks.update(check_id, base_version, at=at, outcome=outcome, facts=facts,
                                                      lat=lat, lon=lon, overrides=overrides))
        self._set_busy(True)
        op.success(functools.partial(self._on_saved, and_next=and_next)).failure(self._on_failed).run()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.save_button, self.next_button):
            button.setEnabled(not busy)

    def _on_saved(self, changes: Changes, and_next: bool = False) -> None:
        self._set_busy(False)
        self.sig_check_saved.emit(changes)
        if and_next:
            self.reset_for_next()
        else:
            self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, FieldOpsError) and exc.field:
            target = self._show_field_error(exc.field, message(exc))
            if target is not None or self.general_error.text():
                (target or self._first_field()).setFocus(Qt.FocusReason.OtherFocusReason)
                return
        show_error(self, exc)

    def reset_for_next(self) -> None:
        """Clear the form for the next check of the same kind; the time and the position stay."""
        self._loading = True
        for row in self._rows.values():
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self._rows.clear()
        self._row_order = ()
        self._seed_overrides = {}
        self._set_defaults()
        self._tried_save = False
        self._outcome_touched = False
        self._loading = False
        self.evaluate_now()
        self._apply_tab_order()
        self._first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- appearance -----------------------------------------------------------------------------------------
    def _on_theme_changed(self, _name: str) -> None:
        self._restyle()

    def _restyle(self) -> None:
        """Severity colours, focus rings and spin boxes from the theme's tokens (night: red on black)."""
        t = theme.current()
        self.setStyleSheet(
            f'QFrame#flagRow {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 6px; }}'
            f'QFrame#flagRow[severity="violation"] {{ border-left: 4px solid {t.danger}; }}'
            f'QFrame#flagRow[severity="warning"] {{ border-left: 4px solid {t.warning}; }}'
            f'QLabel#flagText[severity="violation"] {{ color: {t.danger}; font-weight: 600; }}'
            f'QLabel#flagText[severity="warning"] {{ color: {t.warning}; }}'
            f'QLabel[role="warning"] {{ color: {t.warning}; }}'
            f'QAbstractSpinBox {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 5px;'
            f' padding: 4px 6px; selection-background-color: {t.accent}; selection-color: {t.accent_text}; }}'
            f'QAbstractSpinBox:focus, QPlainTextEdit:focus {{ border: 1px solid {t.focus}; }}'
            f'QAbstractSpinBox:disabled, QLineEdit:disabled {{ color: {t.muted}; }}'
            f'QCheckBox, QRadioButton {{ border: 1px solid transparent; border-radius: 4px; padding: 2px 4px; }}'
            f'QCheckBox:focus, QRadioButton:focus {{ border-color: {t.focus}; }}'
            f'QCheckBox:disabled, QRadioButton:disabled {{ color: {t.muted}; }}'
            f'QCheckBox::indicator:unchecked {{ border: 1px solid {t.muted}; border-radius: 3px;'
            f' background: {t.surface}; }}'
            f'QRadioButton::indicator:unchecked {{ border: 1px solid {t.muted}; border-radius: 7px;'
            f' background: {t.surface}; }}')


def _union(groups: Any) -> list[str]:
    """Names of all `groups` in first-seen order."""
    seen: dict[str, None] = {}
    for group in groups:
        for name in group:
            seen.setdefault(name, None)
    return list(seen)


def _hub() -> Any:
    try:
        return state.get().hub
    except RuntimeError:
        return None
