"""Check entry dialog: keyboard-only entry, live rule flags, confirm/override, outcome, core errors at their
field, "Save and next", editing with base_version, mnemonics, night theme."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from fieldops.dto import CheckDTO, OperationDetail
from fieldops.errors import MESSAGES, ErrorCode
from fieldops.models.enums import Role
from fieldops.rules import Evaluation
from tests import factories
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, FAST_OPEN, WAIT_MS, Harness, MessageBoxes
from ui import theme
from ui.dialogs import check_entry
from ui.dialogs.check_entry import CheckDialog

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
LV_POS = (56.5123, 21.0123)
LT_POS = (55.7033, 21.1443)


@dataclass
class Setup:
    home: Path
    username: str
    detail: OperationDetail


def _operation(home: Path, code: str, position: tuple[float, float]) -> Setup:
    """An officer of agency `code` and their draft operation with a position (through the core)."""
    admin = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        uid = factories.user(admin, Role.OFFICER, code=code)
        username = admin.users.get(uid).username
    finally:
        admin.close()
    fo = FAST_OPEN(home, username, factories.PASSWORD)
    try:
        op_id = factories.operation(fo)
        detail = fo.operations.get(op_id)
        fo.operations.update(op_id, detail.version, lat=position[0], lon=position[1])
        return Setup(home, username, fo.operations.get(op_id))
    finally:
        fo.close()


def stored(s: Setup) -> list[CheckDTO]:
    fo = FAST_OPEN(s.home, s.username, factories.PASSWORD)
    try:
        return fo.checks.list(s.detail.id)
    finally:
        fo.close()


@pytest.fixture
def lv(home: Path) -> Setup:
    return _operation(home, "VP-KRP", LV_POS)


@pytest.fixture
def lt(home: Path) -> Setup:
    return _operation(home, "KAVPK", LT_POS)


def open_dialog(harness: Harness, s: Setup, kind: str, check: CheckDTO | None = None) -> CheckDialog:
    if harness.controller is None:
        harness.start(s.home)
        harness.open_as(s.username, factories.PASSWORD)
    dialog = CheckDialog(s.detail, kind, check, parent=harness.window)
    dialog.show()
    harness.qtbot.waitExposed(dialog)
    dialog.activateWindow()
    harness.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_(harness: Harness, text: str) -> None:
    harness.qtbot.keyClicks(focused(), text)


def press(harness: Harness, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    harness.qtbot.keyClick(focused(), key, mods)


def tab_to(harness: Harness, name: str) -> None:
    press(harness, Qt.Key.Key_Tab)
    assert focused().objectName() == name


def set_time(dialog: CheckDialog, year: int, month: int, day: int, hour: int = 22, minute: int = 0) -> None:
    dialog.time.setDateTime(QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone.utc()))


def codes(dialog: CheckDialog) -> list[str]:
    dialog.evaluate_now()
    return [f.code for f in dialog.visible_flags()]


def saved(harness: Harness, dialog: CheckDialog) -> None:
    harness.settle()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def error_text(dialog: CheckDialog, key: str) -> str:
    error = dialog.errors[key]
    return error.text() if not error.isHidden() else ""


# ---- traffic, keyboard only ---------------------------------------------------------------------------------
def test_traffic_check_entered_with_the_keyboard_only(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    saves: list[Any] = []
    dialog.sig_check_saved.connect(saves.append)
    assert focused() is dialog.plate  # time and position are prefilled: the plate comes first
    assert dialog.position.text() == "56.51230° N, 21.01230° E"
    type_(harness, "ab-1234")
    assert dialog.plate.text() == "AB-1234"
    press(harness, Qt.Key.Key_Return)  # Enter moves on, it does not save half a check
    assert focused() is dialog.category
    type_(harness, "n")
    assert dialog.category.currentData() == "novice"
    tab_to(harness, "driver_document")
    type_(harness, "AT1234567")
    tab_to(harness, "stop_reason")
    type_(harness, "speed control")
    tab_to(harness, "speed_measured")
    type_(harness, "92")
    tab_to(harness, "speed_limit")
    type_(harness, "70")
    tab_to(harness, "alcohol1")
    type_(harness, "0.1")
    tab_to(harness, "refused_test")  # LV counts the first test: no second test
    assert not dialog.second_test.isVisible()
    tab_to(harness, "doc:driving_licence")
    tab_to(harness, "doc:registration")
    tab_to(harness, "doc:insurance")
    press(harness, Qt.Key.Key_Space)  # no insurance
    assert not dialog.doc_boxes["insurance"].isChecked()
    assert codes(dialog) == ["speeding", "document_missing"]
    assert dialog.outcome.currentData() == "administrative_protocol"  # suggested by the confirmed violations
    tab_to(harness, "confirm:speeding")
    press(harness, Qt.Key.Key_Tab)
    assert focused().objectName() in ("override:speeding", "confirm:document_missing")
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    [check] = stored(lv)
    assert check.kind == "traffic" and check.outcome == "administrative_protocol" and check.violation
    assert check.lat == pytest.approx(LV_POS[0]) and check.lon == pytest.approx(LV_POS[1])
    assert check.facts["plate"] == "AB-1234" and check.facts["driver_category"] == "novice"
    assert check.facts["speed_measured"] == 92 and check.facts["speed_limit"] == 70
    assert check.facts["alcohol_permille"] == [0.1]
    assert check.facts["documents"] == {"driving_licence": True, "registration": True, "insurance": False}
    assert check.facts["driver_document"] == "AT1234567" and check.facts["stop_reason"] == "speed control"
    assert [(f["code"], f["decision"]) for f in check.flags] == [("speeding", "confirmed"),
                                                                 ("document_missing", "confirmed")]
    assert len(saves) == 1


def test_enter_on_the_outcome_saves(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    type_(harness, "AB-1234")
    dialog.outcome.setFocus()
    press(harness, Qt.Key.Key_Return)
    saved(harness, dialog)
    [check] = stored(lv)
    assert check.outcome == "no_violation" and check.facts["plate"] == "AB-1234"
    assert "alcohol_permille" not in check.facts and "speed_measured" not in check.facts  # not measured


# ---- alcohol: flag, outcome error, override ----------------------------------------------------------------
def test_novice_over_limit_needs_an_outcome_or_an_override(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    dialog.category.setCurrentIndex(dialog.category.findData("novice"))
    dialog.alcohol1.setFocus()
    type_(harness, "0.3")
    # judged while typing (debounced), without saving
    harness.qtbot.waitUntil(lambda: dialog.flag_row("alcohol_over_limit") is not None, timeout=WAIT_MS)
    assert [f.code for f in dialog.visible_flags()] == ["alcohol_over_limit"]
    row = dialog.flag_row("alcohol_over_limit")
    assert row is not None
    assert row.text.text() == "Alcohol 0.3 ‰ is over the limit of 0.2 ‰ for a novice driver."
    assert row.property("severity") == "violation" and row.confirm.isChecked()
    assert dialog.outcome.currentData() == "administrative_protocol"
    # the officer insists on "no violation" without overriding: the core refuses, the error is at the outcome
    press(harness, Qt.Key.Key_U, ALT)
    assert focused() is dialog.outcome
    press(harness, Qt.Key.Key_Home)
    assert dialog.outcome.currentData() == "no_violation"
    press(harness, Qt.Key.Key_Return, CTRL)
    harness.settle()
    assert dialog.isVisible() and stored(lv) == []
    assert "alcohol_over_limit" in error_text(dialog, "outcome")
    assert focused() is dialog.outcome
    # override without a reason: the core's REQUIRED error appears under the reason
    press(harness, Qt.Key.Key_1, ALT)
    harness.qtbot.waitUntil(row.override.isChecked, timeout=WAIT_MS)
    assert row.reason.isVisible()
    press(harness, Qt.Key.Key_Return, CTRL)
    harness.settle()
    assert stored(lv) == [] and row.error.text() == MESSAGES[ErrorCode.REQUIRED]
    assert focused() is row.reason
    type_(harness, "device not calibrated")
    assert row.error.isHidden()
    assert dialog.outcome.currentData() == "no_violation"  # the officer's choice is kept
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    [check] = stored(lv)
    assert check.outcome == "no_violation" and not check.violation
    [flag] = check.flags
    assert flag["code"] == "alcohol_over_limit" and flag["decision"] == "overridden"
    assert flag["reason"] == "device not calibrated"


def test_criminal_alcohol_suggests_a_criminal_case(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    dialog.alcohol1.setFocus()
    type_(harness, "1.8")
    assert codes(dialog) == ["alcohol_over_limit", "alcohol_criminal"]
    assert dialog.outcome.currentData() == "criminal_case"
    row = dialog.flag_row("alcohol_criminal")
    assert row is not None
    row.override.setChecked(True)  # overriding the criminal flag leaves the over-limit one confirmed
    assert dialog.outcome.currentData() == "administrative_protocol"


def test_alcohol_above_five_cannot_be_typed_and_core_fact_errors_show_at_the_field(
        harness: Harness, lv: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    dialog.alcohol1.setFocus()
    type_(harness, "5.5")
    assert dialog.alcohol1.maximum() == 5.0 and dialog.alcohol1.value() <= 5.0
    assert dialog.alcohol1.text() != "5.50"
    # whatever slips past the form, the core judges again: its error comes back under the field
    monkeypatch.setattr(check_entry, "evaluate", lambda *_a: Evaluation("lv-2023-04-01", 1, ()))
    monkeypatch.setattr(CheckDialog, "_traffic_facts", lambda self: {"alcohol_permille": [5.5]})
    dialog.outcome.setFocus()
    press(harness, Qt.Key.Key_Return, CTRL)
    harness.settle()
    assert dialog.isVisible() and stored(lv) == []
    assert error_text(dialog, "alcohol_permille") == "The value must be between 0 and 5."
    assert focused() is dialog.alcohol1


def test_decimal_comma_is_accepted(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    dialog.alcohol1.setFocus()
    type_(harness, "0,25")
    assert dialog.alcohol1.permille() == 0.25


def test_lithuanian_second_test_counts_the_lower_result(harness: Harness, lt: Setup) -> None:
    dialog = open_dialog(harness, lt, "traffic")
    dialog.alcohol1.setFocus()
    type_(harness, "0.5")
    assert codes(dialog) == ["alcohol_over_limit"]
    press(harness, Qt.Key.Key_Tab)
    assert focused() is dialog.second_test
    press(harness, Qt.Key.Key_Space)
    assert focused() is dialog.alcohol2  # ticking "second test" goes straight to its value
    type_(harness, "0.3")
    assert codes(dialog) == []
    assert dialog.outcome.currentData() == "no_violation"  # the suggestion follows the flags back
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    [check] = stored(lt)
    assert check.facts["alcohol_permille"] == [0.5, 0.3] and check.flags == ()


def test_refused_test(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    dialog.alcohol1.setFocus()
    type_(harness, "0.9")
    dialog.refused.setFocus()
    press(harness, Qt.Key.Key_Space)
    assert not dialog.alcohol1.isEnabled()
    assert codes(dialog) == ["refused_test"]
    assert dialog.outcome.currentData() == "refused_test"
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    [check] = stored(lv)
    assert check.facts["refused_test"] is True and "alcohol_permille" not in check.facts


# ---- plate warning, position, time -------------------------------------------------------------------------
def test_plate_matching_neither_country_shows_a_warning_not_an_error(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    type_(harness, "abc 123")  # a Lithuanian plate in Latvia: fine for the form, a warning flag of the pack
    dialog.evaluate_now()
    assert dialog.plate_warning.isHidden()
    assert codes(dialog) == ["plate_format_unknown"]
    row = dialog.flag_row("plate_format_unknown")
    assert row is not None and row.property("severity") == "warning" and not row.choice.isVisible()
    dialog.plate.clear()
    type_(harness, "x1")
    dialog.evaluate_now()
    assert dialog.plate_warning.text() == ("Neither a Latvian (like AB-1234) nor a Lithuanian (like ABC 123) "
                                           "plate: check it.")
    assert dialog.plate_warning.property("role") == "warning" and error_text(dialog, "plate") == ""
    press(harness, Qt.Key.Key_Return, CTRL)  # a warning does not stop saving
    saved(harness, dialog)
    [check] = stored(lv)
    assert check.facts["plate"] == "X1" and check.flags[0]["severity"] == "warning"


def test_bad_position_is_explained_as_typed_and_blocks_saving(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    press(harness, Qt.Key.Key_O, ALT)
    assert focused() is dialog.position
    press(harness, Qt.Key.Key_A, CTRL)
    type_(harness, "56.5x")
    assert error_text(dialog, "geo").startswith("This value is not valid")
    assert dialog.position.property("invalid") is True
    press(harness, Qt.Key.Key_Return, CTRL)
    harness.settle()
    assert dialog.isVisible() and stored(lv) == [] and focused() is dialog.position
    dialog.position.clear()
    type_(harness, "N 56 30 44.3 E 21 00 44.3")
    assert error_text(dialog, "geo") == ""
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    [check] = stored(lv)
    assert check.lat == pytest.approx(56.512306, abs=1e-5) and check.lon == pytest.approx(21.012306, abs=1e-5)


def test_empty_position_is_not_recorded(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    dialog.position.clear()
    assert error_text(dialog, "geo") == ""
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    [check] = stored(lv)
    assert check.lat is None and check.lon is None


def test_time_is_agency_local_and_alt_n_sets_now(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    set_time(dialog, 2024, 11, 10, 23, 30)  # Riga, winter: UTC+2
    assert dialog.at() == datetime(2024, 11, 10, 21, 30, tzinfo=UTC)
    set_time(dialog, 2020, 1, 1)
    press(harness, Qt.Key.Key_N, ALT)  # a button's mnemonic clicks it (animated: the click comes a moment later)
    harness.qtbot.waitUntil(lambda: abs(dialog.at() - datetime.now(UTC)) < timedelta(minutes=2), timeout=WAIT_MS)
    assert focused() is dialog.plate  # Alt+N does not move the cursor


def test_date_without_a_rule_pack_is_an_error_at_the_time(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    set_time(dialog, 2009, 6, 1)
    dialog.evaluate_now()
    assert "no LV rule pack is in force on 2009-06-01" in error_text(dialog, "time")
    press(harness, Qt.Key.Key_Return, CTRL)
    harness.settle()
    assert dialog.isVisible() and stored(lv) == [] and focused() is dialog.time


# ---- hunter ------------------------------------------------------------------------------------------------
def hunter_fox_thermal(harness: Harness, dialog: CheckDialog) -> None:
    assert focused() is dialog.hunter_name
    type_(harness, "Jonas Petraitis")
    tab_to(harness, "species")
    type_(harness, "fox")
    tab_to(harness, "weapon")
    assert dialog.species.currentText() == "Fox"
    type_(harness, "Sauer 404 .308")
    tab_to(harness, "sight")
    type_(harness, "t")
    assert dialog.sight.currentData() == "thermal"
    tab_to(harness, "position")
    type_(harness, "f")
    assert dialog.place.currentData() == "stand"


def test_lithuanian_fox_with_a_thermal_sight_by_the_law_of_the_date(harness: Harness, lt: Setup) -> None:
    dialog = open_dialog(harness, lt, "hunter")
    hunter_fox_thermal(harness, dialog)
    # LT documents: hunter's ticket and weapon permit, hunting sheet, safety-check date; no LV boar marker
    assert sorted(n for n, b in dialog.doc_boxes.items() if b.isVisible()) == ["hunter_ticket", "weapon_permit"]
    assert dialog.sheet_box.isVisible() and dialog.safety.isVisible() and not dialog.boar.isVisible()
    tab_to(harness, "doc:hunter_ticket")
    tab_to(harness, "docno:hunter_ticket")
    type_(harness, "MB-1234")
    tab_to(harness, "doc:weapon_permit")
    tab_to(harness, "docno:weapon_permit")
    tab_to(harness, "hunting_sheet_shown")
    tab_to(harness, "hunting_sheet")
    type_(harness, "LS-77 Petras Jonaitis")
    tab_to(harness, "safety_check_date")
    type_(harness, "2023-06-01")
    set_time(dialog, 2023, 11, 10)
    assert codes(dialog) == ["night_sight_species_not_allowed"]
    row = dialog.flag_row("night_sight_species_not_allowed")
    assert row is not None and row.text.text() == "A thermal sight may not be used to hunt fox."
    assert dialog.outcome.currentData() == "administrative_protocol"
    set_time(dialog, 2025, 11, 10)
    assert codes(dialog) == []
    assert dialog.outcome.currentData() == "no_violation"
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    [check] = stored(lt)
    assert check.rule_pack == "lt-2024-05-01@1" and check.flags == ()
    f = check.facts
    assert (f["species"], f["sight"], f["position"]) == ("fox", "thermal", "stand")
    assert f["documents"] == {"hunter_ticket": True, "weapon_permit": True}
    assert f["document_numbers"] == {"hunter_ticket": "MB-1234"}
    assert f["hunting_sheet"] == "LS-77 Petras Jonaitis" and f["safety_check_date"] == "2023-06-01"
    assert f["hunter_name"] == "Jonas Petraitis" and f["weapon"] == "Sauer 404 .308" and f["sober"] is True


def test_unknown_species_cannot_be_entered(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "hunter")
    dialog.species.setFocus()
    type_(harness, "zebra")
    assert dialog.species.currentText().casefold() not in ("zebra", "")
    assert "z" not in dialog.species.currentText().casefold()  # letters outside every species name are refused
    dialog.species.setEditText("unicorn")  # even if it got in (pasted), it is never saved
    press(harness, Qt.Key.Key_Return, CTRL)
    harness.settle()
    assert dialog.isVisible() and stored(lv) == []
    assert error_text(dialog, "species") == "Choose a species from the list."
    assert focused() is dialog.species
    dialog.species.setEditText("Roe deer")
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    [check] = stored(lv)
    assert check.facts["species"] == "roe_deer"


def test_latvian_documents_follow_species_and_boar_marker(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "hunter")
    dialog.evaluate_now()
    visible = sorted(n for n, b in dialog.doc_boxes.items() if b.isVisible())
    assert visible == ["firearm_permit", "hunter_certificate", "seasonal_card"]
    assert not dialog.sheet_box.isVisible() and not dialog.safety.isVisible() and dialog.boar.isVisible()
    dialog.species.setEditText("Moose")
    dialog.evaluate_now()
    assert dialog.doc_boxes["hunting_permit"].isVisible()
    dialog.doc_boxes["hunting_permit"].setChecked(False)
    dialog.boar.setChecked(True)
    assert dialog.marker.isEnabled()
    assert codes(dialog) == ["hunter_document_missing", "boar_marker_missing"]
    row = dialog.flag_row("hunter_document_missing")
    assert row is not None and row.text.text() == "Missing hunting document: hunting permit."
    set_time(dialog, 2020, 11, 10)  # before the Mednis rule (and roe deer still needed a permit)
    assert codes(dialog) == ["hunter_document_missing"]
    assert not dialog.boar.isVisible()


def test_hunting_sheet_shown_needs_its_number_and_not_shown_is_flagged(harness: Harness, lt: Setup) -> None:
    dialog = open_dialog(harness, lt, "hunter")
    press(harness, Qt.Key.Key_Return, CTRL)
    harness.settle()
    assert error_text(dialog, "hunting_sheet") == MESSAGES[ErrorCode.REQUIRED] and stored(lt) == []
    assert focused() is dialog.sheet
    dialog.sheet_box.setChecked(False)
    assert codes(dialog) == ["hunting_sheet_missing"]
    assert error_text(dialog, "hunting_sheet") == ""


def test_bad_safety_check_date_is_shown_at_the_field(harness: Harness, lt: Setup) -> None:
    dialog = open_dialog(harness, lt, "hunter")
    dialog.sheet.setText("LS-1")
    dialog.safety.setText("2022-13-01")
    dialog.evaluate_now()
    assert "expected a date YYYY-MM-DD" in error_text(dialog, "safety_check_date")
    dialog.safety.setText("2019-01-01")
    set_time(dialog, 2024, 11, 10)
    assert codes(dialog) == ["safety_check_expired"]


def test_vehicle_and_driven_hunt_facts_only_when_they_apply(harness: Harness, lt: Setup) -> None:
    dialog = open_dialog(harness, lt, "hunter")
    assert not dialog.cased.isEnabled() and not dialog.vest.isEnabled()
    dialog.driven.setChecked(True)
    assert dialog.vest.isEnabled()
    dialog.sheet.setText("LS-1")
    assert codes(dialog) == ["vest_missing_driven_hunt"]
    dialog.vest.setChecked(True)
    dialog.place.setCurrentIndex(dialog.place.findData("vehicle"))
    assert dialog.cased.isEnabled()
    facts = dialog.facts()
    assert facts["weapon_cased_in_vehicle"] is False and facts["vest"] is True
    dialog.sober.setChecked(False)
    assert codes(dialog) == ["not_sober"]


# ---- other -------------------------------------------------------------------------------------------------
def test_other_check_category_and_text(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "other")
    assert dialog.outcome.currentData() == "no_violation"
    assert error_text(dialog, "category") == ""  # "required" waits for a save attempt
    press(harness, Qt.Key.Key_Return, CTRL)
    harness.settle()
    assert error_text(dialog, "category") == MESSAGES[ErrorCode.REQUIRED] and stored(lv) == []
    assert focused() is dialog.other_category
    type_(harness, "b")
    assert dialog.other_category.currentData() == "border_area"
    tab_to(harness, "text")
    dialog.text.setPlainText("x" * 2001)
    dialog.evaluate_now()
    assert error_text(dialog, "text") == "At most 2000 characters."
    dialog.text.setPlainText("")
    type_(harness, "Car parked at the border road")
    press(harness, Qt.Key.Key_Tab)  # Tab leaves the text; it does not insert a tab
    assert dialog.text.toPlainText() == "Car parked at the border road"
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    [check] = stored(lv)
    assert check.facts == {"category": "border_area", "text": "Car parked at the border road"}
    assert check.outcome == "no_violation"


# ---- save and next, editing --------------------------------------------------------------------------------
def test_save_and_next_keeps_time_and_position_and_clears_the_rest(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    saves: list[Any] = []
    dialog.sig_check_saved.connect(saves.append)
    set_time(dialog, 2024, 11, 10, 23, 5)
    dialog.position.setText("56.6, 21.1")
    dialog.plate.setFocus()
    type_(harness, "AB-1")
    dialog.alcohol1.setFocus()
    type_(harness, "0.7")
    assert codes(dialog) == ["alcohol_over_limit"]
    press(harness, Qt.Key.Key_Return, CTRL_SHIFT)
    harness.settle()
    assert dialog.isVisible() and len(saves) == 1 and len(stored(lv)) == 1
    assert dialog.at() == datetime(2024, 11, 10, 21, 5, tzinfo=UTC)
    assert dialog.position.text() == "56.6, 21.1"
    assert dialog.plate.text() == "" and dialog.alcohol1.permille() is None
    assert dialog.outcome.currentData() == "no_violation" and codes(dialog) == []
    assert focused() is dialog.plate
    type_(harness, "CD-2")
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    first, second = stored(lv)
    assert [first.facts["plate"], second.facts["plate"]] == ["AB-1", "CD-2"]
    assert first.at == second.at and first.lat == second.lat == pytest.approx(56.6)
    assert first.outcome == "administrative_protocol" and second.outcome == "no_violation"
    assert len(saves) == 2


def _logged(s: Setup, **facts: Any) -> CheckDTO:
    fo = FAST_OPEN(s.home, s.username, factories.PASSWORD)
    try:
        fo.checks.add(s.detail.id, kind="traffic", at=datetime(2024, 11, 10, 20, 0, tzinfo=UTC),
                      outcome="administrative_protocol", facts=facts, lat=56.5, lon=21.0)
        [check] = fo.checks.list(s.detail.id)
        return check
    finally:
        fo.close()


def test_editing_a_check_updates_it_with_its_base_version(harness: Harness, lv: Setup) -> None:
    check = _logged(lv, plate="AB-1234", speed_measured=90, speed_limit=70, device="LTI 20/20")
    dialog = open_dialog(harness, lv, "traffic", check)
    assert "Edit traffic check" in dialog.windowTitle() and not dialog.next_button.isVisible()
    assert dialog.at() == check.at and dialog.position.text() == "56.50000° N, 21.00000° E"
    assert dialog.plate.text() == "AB-1234" and dialog.speed_measured.value() == 90
    assert dialog.outcome.currentData() == "administrative_protocol"
    dialog.speed_measured.setFocus()
    press(harness, Qt.Key.Key_A, CTRL)
    type_(harness, "65")
    assert codes(dialog) == []
    assert dialog.outcome.currentData() == "administrative_protocol"  # a stored outcome is not re-suggested
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("no_violation"))
    press(harness, Qt.Key.Key_Return, CTRL_SHIFT)  # no "next" when editing: saves and closes
    saved(harness, dialog)
    [after] = stored(lv)
    assert after.id == check.id and after.version == check.version + 1
    assert after.facts["speed_measured"] == 65 and after.outcome == "no_violation" and after.flags == ()
    assert after.facts["device"] == "LTI 20/20"  # facts the form does not show are kept


def test_editing_a_check_changed_meanwhile_is_refused(harness: Harness, lv: Setup,
                                                      message_boxes: MessageBoxes) -> None:
    check = _logged(lv, plate="AB-1234")
    dialog = open_dialog(harness, lv, "traffic", check)
    fo = FAST_OPEN(lv.home, lv.username, factories.PASSWORD)
    try:
        fo.checks.update(check.id, check.version, at=check.at, outcome="warning", facts=check.facts)
    finally:
        fo.close()
    press(harness, Qt.Key.Key_Return, CTRL)
    harness.settle()
    assert dialog.isVisible()
    assert message_boxes.take() == [("exec", "fieldops", MESSAGES[ErrorCode.STALE])]
    assert dialog.save_button.isEnabled()


def test_overrides_of_an_edited_check_are_kept(harness: Harness, lv: Setup) -> None:
    fo = FAST_OPEN(lv.home, lv.username, factories.PASSWORD)
    try:
        fo.checks.add(lv.detail.id, kind="traffic", at=datetime(2024, 11, 10, 20, 0, tzinfo=UTC),
                      outcome="warning", facts={"speed_measured": 75, "speed_limit": 70},
                      overrides={"speeding": "within device tolerance"})
        [check] = fo.checks.list(lv.detail.id)
    finally:
        fo.close()
    dialog = open_dialog(harness, lv, "traffic", check)
    row = dialog.flag_row("speeding")
    assert row is not None and row.overridden and row.reason.text() == "within device tolerance"
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    [after] = stored(lv)
    assert after.flags[0]["decision"] == "overridden" and after.version == 2


# ---- keyboard and looks ------------------------------------------------------------------------------------
def _mnemonics(dialog: CheckDialog) -> list[str]:
    found = []
    for w in dialog.findChildren(QWidget):
        if isinstance(w, QLabel | QAbstractButton) and w.isVisible():
            match = re.search(r"&(\w)", w.text())
            if match:
                found.append(match.group(1).lower())
    return found


@pytest.mark.parametrize("kind", ["traffic", "hunter", "other"])
def test_mnemonics_are_unique_and_every_labelled_field_has_one(harness: Harness, lv: Setup, lt: Setup,
                                                                kind: str) -> None:
    for s in (lv, lt):
        dialog = open_dialog(harness, s, kind)
        if kind == "traffic":
            dialog.alcohol1.setValue(2.0)  # two violations on screen: Override (1), Override (2)
            dialog.refused.setChecked(False)
        dialog.evaluate_now()
        keys = _mnemonics(dialog)
        assert len(keys) == len(set(keys)), f"{s.detail.country} {kind}: {sorted(keys)}"
        for lab in dialog.findChildren(QLabel):
            if lab.buddy() is not None and lab.isVisible():
                assert "&" in lab.text(), lab.text()
        dialog.reject()


def test_night_theme_colours_come_from_the_tokens(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    assert theme.DAY.danger in dialog.styleSheet()
    harness.c.apply_theme("night")
    assert theme.NIGHT.danger in dialog.styleSheet() and theme.NIGHT.warning in dialog.styleSheet()
    assert theme.DAY.danger not in dialog.styleSheet()
    dialog.alcohol1.setValue(0.9)
    dialog.evaluate_now()
    row = dialog.flag_row("alcohol_over_limit")
    assert row is not None and row.text.property("severity") == "violation"


def test_time_typed_with_the_keyboard_and_tab_leaves_it(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    press(harness, Qt.Key.Key_T, ALT)
    assert focused() is dialog.time
    type_(harness, "10.11.2024 23:30")
    assert dialog.at() == datetime(2024, 11, 10, 21, 30, tzinfo=UTC)
    dialog.position.setFocus()
    press(harness, Qt.Key.Key_T, ALT)
    type_(harness, "5.1.2024 1:05")  # short sections: the separator moves on
    assert dialog.at() == datetime(2024, 1, 4, 23, 5, tzinfo=UTC)
    tab_to(harness, "geo")
    tab_to(harness, "plate")
    press(harness, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    press(harness, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is dialog.time


def test_flags_of_one_code_share_one_decision(harness: Harness, lv: Setup) -> None:
    dialog = open_dialog(harness, lv, "traffic")
    for box in dialog.doc_boxes.values():
        box.setChecked(False)
    assert codes(dialog) == ["document_missing"] * 3
    row = dialog.flag_row("document_missing")
    assert row is not None and row.text.text().splitlines() == [
        "Missing document: driving licence.", "Missing document: vehicle registration certificate.",
        "Missing document: compulsory insurance."]
    assert row.override.text() == "Override (&1)"
    row.set_override("documents shown later at the station")
    press(harness, Qt.Key.Key_Return, CTRL)
    saved(harness, dialog)
    [check] = stored(lv)
    assert [f["decision"] for f in check.flags] == ["overridden"] * 3 and check.outcome == "no_violation"
