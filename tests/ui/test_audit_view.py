"""The Audit log page: who has it, filters, lazy paging, the chain check and the CSV export."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from fieldops.models.enums import Role
from tests import factories
from tests.ui.conftest import (
    ADMIN,
    ADMIN_PASSWORD,
    FAST_OPEN,
    WAIT_MS,
    Harness,
    MessageBoxes,
    Person,
    add_person,
)
from ui import state, theme
from ui.dialogs.disclosure import PurposeDialog
from ui.main_window import MainWindow
from ui.views.audit import PAGE_SIZE, AuditView, Column

PURPOSE = "Court / prosecutor request"


# ---- helpers -------------------------------------------------------------------------------------------------
def nav_keys(window: MainWindow) -> list[str]:
    return [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]


def consult(home: Path, count: int, prefix: str = "op") -> None:
    """`count` consultations by the administrator, before the app starts."""
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        for i in range(count):
            fo.audit.record_consultation("operation", f"{prefix}-{i}")
        fo.audit.record_disclosure("operation", f"{prefix}-0", "Internal review", {"format": "pdf"})
    finally:
        fo.close()


def sql(query: str, **params: object) -> Any:
    """A raw read through the app's open workspace (opening another session would add a sign-in event)."""
    return factories.scalar(state.get().require_fo(), query, **params)


def seq_of(home: Path, entity_id: str) -> int:
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        return int(factories.scalar(fo, "SELECT seq FROM audit_event WHERE entity_id = :e", e=entity_id))
    finally:
        fo.close()


def tamper(home: Path, seq: int) -> None:
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        factories.execute(fo, "UPDATE audit_event SET details = :d WHERE seq = :s", d='{"forged":true}', s=seq)
    finally:
        fo.close()


def open_page(harness: Harness, window: MainWindow) -> AuditView:
    window.go(nav_keys(window).index("audit"))
    view = window.page("audit")
    assert isinstance(view, AuditView)
    harness.qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 0, timeout=WAIT_MS)
    harness.settle()
    return view


def actions_shown(view: AuditView) -> set[str]:
    return {e.action for e in (view.model.event_at(r) for r in range(view.model.rowCount())) if e is not None}


@pytest.fixture
def admin_view(harness: Harness, home: Path) -> AuditView:
    consult(home, 5)
    harness.start(home)
    return open_page(harness, harness.open_as(ADMIN, ADMIN_PASSWORD))


# ---- who has the page ------------------------------------------------------------------------------------------
def test_officers_do_not_have_the_page(harness: Harness, home: Path, officer: Person) -> None:
    harness.start(home)
    window = harness.open_as(officer.username, officer.password)
    assert "audit" not in nav_keys(window)
    assert window.page("audit") is None


def test_equipment_managers_do_not_have_the_page(harness: Harness, home: Path) -> None:
    manager = add_person(home, Role.EQUIPMENT_MANAGER, full_name="Aivars Liepa")
    harness.start(home)
    window = harness.open_as(manager.username, manager.password)
    assert "audit" not in nav_keys(window) and window.page("audit") is None


def test_administrators_have_the_page_with_every_event(harness: Harness, home: Path) -> None:
    consult(home, 3)
    harness.start(home)
    window = harness.open_as(ADMIN, ADMIN_PASSWORD)
    assert "audit" in nav_keys(window)
    assert window.nav.item(nav_keys(window).index("audit")).text() == "Audit log"
    view = open_page(harness, window)
    assert view.model.rowCount() == sql("SELECT count(*) FROM audit_event")
    assert view.model.exhausted and view.heading.text() == "Audit log"
    assert view.model.data(view.model.index(0, Column.SEQ)) == str(view.model.rowCount())  # newest first


def test_supervisors_have_the_page_with_their_agencys_events(harness: Harness, home: Path) -> None:
    supervisor = add_person(home, Role.SUPERVISOR, full_name="Dace Liepa")
    lt = add_person(home, Role.OFFICER, full_name="Tomas Petrauskas")
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        lt_agency = factories.agency_id(fo, "KAVPK")
        fo.users.update(lt.id, full_name=lt.full_name, agency_id=lt_agency, roles=[Role.OFFICER])
    finally:
        fo.close()
    lt_fo = FAST_OPEN(home, lt.username, lt.password)  # a sign-in by someone of another agency
    lt_fo.close()
    harness.start(home)
    window = harness.open_as(supervisor.username, supervisor.password)
    assert "audit" in nav_keys(window)
    view = open_page(harness, window)
    actors = {e.actor_id for e in (view.model.event_at(r) for r in range(view.model.rowCount())) if e}
    assert supervisor.id in actors and lt.id not in actors and None not in actors
    assert "VP Kurzeme" in view.subheading.text()
    harness.qtbot.waitUntil(lambda: view.person_combo.count() > 1, timeout=WAIT_MS)
    people = {view.person_combo.itemData(i) for i in range(1, view.person_combo.count())}
    assert supervisor.id in people and lt.id not in people


# ---- filters and paging ----------------------------------------------------------------------------------------
def test_filtering_by_action_changes_the_rows(harness: Harness, admin_view: AuditView, home: Path) -> None:
    view = admin_view
    assert {"consultation", "disclosure", "login"} <= actions_shown(view)
    view.action_combo.setCurrentIndex(view.action_combo.findData("disclosure"))
    harness.qtbot.waitUntil(lambda: not view.model.loading and actions_shown(view) == {"disclosure"},
                            timeout=WAIT_MS)
    assert view.model.rowCount() == sql("SELECT count(*) FROM audit_event WHERE action = 'disclosure'") == 1
    view.clear_filters()
    harness.qtbot.waitUntil(lambda: not view.model.loading and "login" in actions_shown(view), timeout=WAIT_MS)


def test_text_and_person_filters(harness: Harness, admin_view: AuditView) -> None:
    view = admin_view
    harness.qtbot.keyClicks(view.search, "op-3")
    harness.qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 1
                            and view.model.event_at(0) is not None and view.model.event_at(0).entity_id == "op-3",
                            timeout=WAIT_MS)
    view.search.clear()
    harness.qtbot.waitUntil(lambda: view.person_combo.count() > 1, timeout=WAIT_MS)
    view.person_combo.setCurrentIndex(view.person_combo.findData(view.user.id))
    harness.qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 0, timeout=WAIT_MS)
    harness.settle()
    events = [view.model.event_at(r) for r in range(view.model.rowCount())]
    assert {e.actor_id for e in events if e} == {view.user.id}


def test_scrolling_to_the_end_loads_the_next_page(harness: Harness, home: Path) -> None:
    consult(home, PAGE_SIZE + 40)
    harness.start(home)
    view = open_page(harness, harness.open_as(ADMIN, ADMIN_PASSWORD))
    total = sql("SELECT count(*) FROM audit_event")
    assert view.model.rowCount() == PAGE_SIZE and not view.model.exhausted
    assert "more as you scroll" in view.count_label.text()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    harness.qtbot.keyClick(view.table, Qt.Key.Key_End)  # the keyboard's way to the end of the list
    harness.qtbot.waitUntil(lambda: view.model.rowCount() == total, timeout=WAIT_MS)
    harness.settle()
    seqs = [view.model.event_at(r).seq for r in range(view.model.rowCount())]  # type: ignore[union-attr]
    assert seqs == sorted(set(seqs), reverse=True) and seqs[-1] == 1
    assert view.model.exhausted and "more as you scroll" not in view.count_label.text()


def test_the_selected_event_shows_its_details(harness: Harness, admin_view: AuditView) -> None:
    view = admin_view
    row = next(r for r in range(view.model.rowCount()) if view.model.event_at(r).action == "disclosure")  # type: ignore[union-attr]
    view.table.setCurrentIndex(view.model.index(row, 0))
    event = view.model.event_at(row)
    assert event is not None
    assert view.detail_title.text() == f"Event #{event.seq}"
    assert view.fields["purpose"][1].text() == "Internal review"
    assert view.fields["hash"][1].text() == event.hash and len(event.hash) == 64
    assert view.fields["device"][1].text() == event.device_id
    assert '"format": "pdf"' in view.details.toPlainText()  # pretty-printed JSON
    assert "Jānis Bērziņš" in view.fields["person"][1].text()


def test_keyboard_find_and_refresh(harness: Harness, admin_view: AuditView) -> None:
    view = admin_view
    harness.activate()
    view.table.setFocus()
    harness.qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    before = view.model.rowCount()
    state.get().require_fo().audit.record_consultation("operation", "while-browsing")  # (test thread: the DB is idle)
    assert view.model.rowCount() == before, "the list does not jump by itself"
    view.table.setFocus()
    harness.qtbot.keyClick(view.table, Qt.Key.Key_F5)
    harness.qtbot.waitUntil(lambda: view.model.rowCount() == before + 1, timeout=WAIT_MS)
    first = view.model.event_at(0)
    assert first is not None and first.entity_id == "while-browsing"


# ---- verify ------------------------------------------------------------------------------------------------------
def test_verify_shows_ok_with_the_count(harness: Harness, admin_view: AuditView, home: Path) -> None:
    view = admin_view
    harness.qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    harness.qtbot.waitUntil(lambda: view.status_state() == "ok", timeout=WAIT_MS)
    total = sql("SELECT count(*) FROM audit_event")
    assert f"{total} event" in view.status_label.text() and "intact" in view.status_label.text()
    assert view.verify_button.isEnabled()


def test_verify_shows_the_broken_event_and_selects_it(harness: Harness, home: Path) -> None:
    consult(home, 5)
    seq = seq_of(home, "op-2")
    tamper(home, seq)
    harness.start(home)
    view = open_page(harness, harness.open_as(ADMIN, ADMIN_PASSWORD))
    view.verify()
    harness.qtbot.waitUntil(lambda: view.status_state() == "broken", timeout=WAIT_MS)
    assert f"#{seq}" in view.status_label.text()
    selected = view.selected()
    assert selected is not None and selected.seq == seq
    assert view.model.broken_seq == seq and not view.show_broken.isVisible()
    assert '"forged": true' in view.details.toPlainText()


def test_a_broken_event_not_loaded_can_be_shown(harness: Harness, home: Path) -> None:
    consult(home, PAGE_SIZE + 20)
    tamper(home, 3)
    harness.start(home)
    view = open_page(harness, harness.open_as(ADMIN, ADMIN_PASSWORD))
    view.verify()
    harness.qtbot.waitUntil(lambda: view.status_state() == "broken", timeout=WAIT_MS)
    assert view.model.row_of(3) < 0 and view.show_broken.isVisible()
    harness.qtbot.mouseClick(view.show_broken, Qt.MouseButton.LeftButton)
    harness.qtbot.waitUntil(lambda: view.selected() is not None and view.selected().seq == 3,  # type: ignore[union-attr]
                            timeout=WAIT_MS)
    assert not view.show_broken.isVisible()


# ---- export ------------------------------------------------------------------------------------------------------
@dataclass
class Dialogs:
    purposes: list[str] = field(default_factory=list)  # the "what" each PurposeDialog named
    files: int = 0


def answer(monkeypatch: pytest.MonkeyPatch, purpose: str | None, save_to: Path | None) -> Dialogs:
    seen = Dialogs()

    def purpose_exec(self: PurposeDialog) -> int:
        seen.purposes.append(self.intro.text())
        if purpose is None:
            return QDialog.DialogCode.Rejected.value
        self.choice.setCurrentIndex(self.choice.findText(purpose))
        self.details.setText("17/2024")
        assert self.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted.value

    def save_name(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        seen.files += 1
        return (str(save_to), "") if save_to is not None else ("", "")

    monkeypatch.setattr(PurposeDialog, "exec", purpose_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return seen


def no_dialog_open() -> bool:
    return not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_export_asks_the_purpose_and_writes_the_file(harness: Harness, admin_view: AuditView, home: Path,
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = admin_view
    view.action_combo.setCurrentIndex(view.action_combo.findData("consultation"))
    harness.qtbot.waitUntil(lambda: not view.model.loading and actions_shown(view) == {"consultation"},
                            timeout=WAIT_MS)
    target = tmp_path / "exports" / "audit"  # no suffix: ".csv" is added
    target.parent.mkdir()
    seen = answer(monkeypatch, PURPOSE, target)
    harness.qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    harness.qtbot.waitUntil(lambda: view.status_state() == "exported", timeout=WAIT_MS)
    harness.settle()
    written = target.with_suffix(".csv")
    assert len(seen.purposes) == 1 and "CSV" in seen.purposes[0] and seen.files == 1
    with written.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert len(rows) == sql("SELECT count(*) FROM audit_event WHERE action = 'consultation'") == 5
    assert {r["action"] for r in rows} == {"consultation"}
    assert sql("SELECT purpose FROM audit_event WHERE entity = 'audit_log' AND action = 'disclosure'") == (
        f"{PURPOSE}: 17/2024")
    assert str(written) in view.status_label.text()
    assert [p.name for p in written.parent.iterdir()] == ["audit.csv"]
    assert no_dialog_open()


def test_cancelling_the_purpose_exports_nothing(harness: Harness, admin_view: AuditView, home: Path,
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = admin_view
    before = sql("SELECT count(*) FROM audit_event")
    seen = answer(monkeypatch, None, tmp_path / "never.csv")
    view.export()
    harness.settle()
    assert len(seen.purposes) == 1 and seen.files == 0
    assert not (tmp_path / "never.csv").exists()
    assert sql("SELECT count(*) FROM audit_event") == before
    assert view.status_state() == "" and no_dialog_open()


def test_an_export_error_is_shown_in_the_page(harness: Harness, admin_view: AuditView, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch, message_boxes: MessageBoxes) -> None:
    view = admin_view
    answer(monkeypatch, PURPOSE, tmp_path / "missing" / "audit.csv")
    view.export()
    harness.qtbot.waitUntil(lambda: view.status_state() == "export_failed", timeout=WAIT_MS)
    assert "cannot be written there" in view.status_label.text()
    assert view.export_button.isEnabled() and no_dialog_open()
    assert message_boxes.shown == []


def test_the_page_follows_the_night_theme(harness: Harness, admin_view: AuditView) -> None:
    view = admin_view
    view.verify()
    harness.qtbot.waitUntil(lambda: view.status_state() == "ok", timeout=WAIT_MS)
    assert theme.DAY.success in view.status_label.text()
    harness.c.apply_theme("night")  # the window restyles its pages
    assert theme.NIGHT.success in view.status_label.text()
