"""The equipment desk driven like at the counter: a USB scanner types codes and Enter into the scan field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from fieldops.models.enums import Role
from tests import factories
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, FAST_OPEN, Harness
from ui.dialogs.equipment_return import ReturnDialog
from ui.views.desk import DeskView

PIN = "2468"


@dataclass
class Counter:
    manager: str
    officer: str
    officer_name: str
    badge: str
    items: dict[str, str]  # tag -> id
    kit: str


@pytest.fixture
def counter(home: Path) -> Counter:
    admin = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        manager = factories.user(admin, Role.EQUIPMENT_MANAGER, full_name="Dace Liepa")
        officer = factories.user(admin, Role.OFFICER, full_name="Ilze Kalniņa")
        badge = admin.users.get(officer).badge_no or ""
        manager_name = admin.users.get(manager).username
        officer_name = admin.users.get(officer).username
    finally:
        admin.close()
    session = FAST_OPEN(home, officer_name, factories.PASSWORD)
    session.desk.set_desk_pin(PIN, factories.PASSWORD)
    session.close()
    fo = FAST_OPEN(home, manager_name, factories.PASSWORD)
    items: dict[str, str] = {}
    try:
        for tag, kind in (("NV-0012", "nv_binocular"), ("TC-0003", "thermal_imager"), ("NV-0020", "nv_binocular"),
                          ("BA-0001", "battery"), ("BA-0002", "battery"), ("CH-0001", "charger"),
                          ("CS-0001", "case"), ("VC-0001", "video_camera")):
            created = fo.equipment.create_item(asset_tag=tag, serial_no=f"S-{tag}", kind=kind, make="Pulsar",
                                               model="Merger LRF XT50").created_id
            assert created
            items[tag] = created
        kit = fo.equipment.create_kit("KIT-001", "Merger komplekts", [items[t] for t in (
            "NV-0020", "BA-0001", "BA-0002", "CH-0001", "CS-0001")]).created_id
        assert kit
        fo.desk.maintenance_in(items["VC-0001"], "Mount broken")
        start = datetime.now(UTC) - timedelta(hours=1)
        fo.equipment.reserve(items["TC-0003"], start, start + timedelta(hours=12), holder_id=officer,
                             note="Hunter control, Nīca forest")
    finally:
        fo.close()
    return Counter(manager_name, officer, "Ilze Kalniņa", badge, items, kit)


def _desk(harness: Harness, home: Path, counter: Counter) -> DeskView:
    harness.start(home)
    window = harness.open_as(counter.manager, factories.PASSWORD)
    page = window.page("desk")
    assert isinstance(page, DeskView)
    window.go([window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())].index("desk"))
    harness.qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    harness.settle()
    return page


def _type(widget: Any, text: str) -> None:
    """Key events as a USB scanner sends them: one per character, with the text the keyboard layout made
    of the key (QTest.keyClicks cannot type characters outside Latin-1, such as ą or “)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _scan(harness: Harness, page: DeskView, code: str, field: Any = None) -> None:
    target = field or page.scan
    _type(target, code)
    harness.qtbot.keyClick(target, Qt.Key.Key_Return)
    harness.settle()


def _core(home: Path, counter: Counter, clock: Any = None) -> Any:
    fo = FAST_OPEN(home, counter.manager, factories.PASSWORD)
    if clock is not None:
        fo._ctx.clock = clock
    return fo


def test_a_check_out_done_by_scanning_only(harness: Harness, home: Path, counter: Counter) -> None:
    page = _desk(harness, home, counter)
    assert page.scan.hasFocus() or QApplication.focusWidget() is page.scan
    _scan(harness, page, counter.badge)
    assert page.holder is not None and page.holder.id == counter.officer
    _scan(harness, page, "NV-““ąč")  # NV-0012 typed by the scanner on a Lithuanian keyboard layout
    _scan(harness, page, "tc-0003")
    assert [p.asset_tag for p in page.pending] == ["NV-0012", "TC-0003"]
    assert page.reservation.count() == 2 and page.reservation.currentData()  # TC-0003 was reserved for her
    _scan(harness, page, "")  # Enter on the empty field: confirm → the holder's PIN
    assert page.pin.hasFocus() or QApplication.focusWidget() is page.pin
    _scan(harness, page, PIN, page.pin)
    assert page.holder is None and page.pending == []
    assert "Checked out 2 item" in page.feedback.text()
    fo = _core(home, counter)
    try:
        held = {i.asset_tag for i in fo.equipment.holdings(counter.officer)}
        events = fo.equipment.history(item_id=counter.items["NV-0012"])
        linked = factories.scalar(fo, "SELECT count(*) FROM custody_event WHERE reservation_id IS NOT NULL")
    finally:
        fo.close()
    assert held == {"NV-0012", "TC-0003"}
    assert events[0].acknowledged and events[0].battery_pct == 100
    assert linked == 2  # both items' check-out facts name the reservation the desk chose
    assert page.scan.hasFocus() or QApplication.focusWidget() is page.scan


def test_a_check_out_with_a_photo_of_the_condition(harness: Harness, home: Path, counter: Counter,
                                                   tmp_path: Path) -> None:
    page = _desk(harness, home, counter)
    _scan(harness, page, counter.badge)
    _scan(harness, page, "NV-0012")
    photo = tmp_path / "IMG_0007.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 4000)
    page.add_photos([photo, photo])  # added once
    assert page.photos == [photo] and page.photo_button.text().startswith("1 photo")
    _scan(harness, page, "")
    _scan(harness, page, PIN, page.pin)
    assert "Checked out 1 item" in page.feedback.text() and page.photos == []
    assert page.photo_button.text().replace("&", "") == "Add photo…"
    fo = _core(home, counter)
    try:
        [event] = fo.equipment.history(item_id=counter.items["NV-0012"])
    finally:
        fo.close()
    assert (event.kind, event.photos) == ("check_out", 1)


def test_refusals_are_shown_and_nothing_is_written(harness: Harness, home: Path, counter: Counter) -> None:
    page = _desk(harness, home, counter)
    _scan(harness, page, counter.badge)
    _scan(harness, page, "VC-0001")  # in maintenance
    assert page.pending == []
    assert "VC-0001" in page.feedback.text() and "maintenance" in page.feedback.text()
    _scan(harness, page, "XX-404")
    assert "Unknown code: XX-404" in page.feedback.text()
    _scan(harness, page, "NV-0012")
    _scan(harness, page, "")
    _scan(harness, page, "0000", page.pin)  # wrong PIN
    harness.qtbot.waitUntil(lambda: "wrong PIN" in page.pin_error.text(), timeout=5000)
    assert page.pending and page.pin.text() == ""
    fo = _core(home, counter)
    try:
        assert fo.equipment.item(counter.items["NV-0012"]).status == "available"
    finally:
        fo.close()


def test_a_return_with_damage_and_a_photo(harness: Harness, home: Path, counter: Counter, tmp_path: Path) -> None:
    fo = _core(home, counter)
    fo.desk.check_out(counter.officer, [counter.items["NV-0012"]], acknowledgement=PIN)
    fo.close()
    page = _desk(harness, home, counter)
    _scan(harness, page, "NV-0012")  # out: starts its return
    harness.qtbot.waitUntil(lambda: isinstance(getattr(page, "return_dialog", None), ReturnDialog), timeout=5000)
    dialog = page.return_dialog
    harness.qtbot.waitExposed(dialog)
    dialog.set_state("NV-0012", "returned", condition="damaged", battery=35)
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 4000)
    dialog.add_photos([photo])
    dialog.submit()  # no PIN yet: asked for, nothing written
    assert "PIN" in dialog.pin_error.text()
    harness.qtbot.keyClicks(dialog.pin, PIN)
    dialog.submit()  # damaged without a description: the core says so next to the field
    harness.qtbot.waitUntil(lambda: dialog.damage_error.text() != "", timeout=5000)
    harness.qtbot.keyClicks(dialog.damage, "Objective lens cracked")
    harness.qtbot.keyClicks(dialog.pin, PIN) if not dialog.pin.text() else None
    dialog.submit()
    harness.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    harness.settle()
    assert "Returned 1 item" in page.feedback.text()
    assert page.incident_model.rowCount() == 1
    fo = _core(home, counter)
    try:
        item = fo.equipment.item(counter.items["NV-0012"])
        last = fo.equipment.history(item_id=item.id)[0]
        [incident] = fo.desk.incidents()
    finally:
        fo.close()
    assert (item.status, item.open_incidents) == ("available", 1)
    assert (last.kind, last.condition, last.battery_pct, last.photos) == ("return", "damaged", 35, 1)
    assert (incident.kind, incident.description) == ("damage", "Objective lens cracked")
    # The item's custody history shows the return's photo, with its way to the server.
    page.open_item(item.id)
    item_dialog = page.item_dialog
    harness.qtbot.waitUntil(lambda: item_dialog.history_model.rowCount() > 0, timeout=5000)
    row = next(i for i, e in enumerate(item_dialog.history_model.rows) if e.kind == "return")
    item_dialog.history.setCurrentIndex(item_dialog.history_model.index(row, 0))
    panel = item_dialog.history_photos
    harness.qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    assert not panel.isHidden() and panel.state_texts() == ["waiting to be sent"] and not panel.add.isEnabled()
    item_dialog.close()
    harness.settle()


def test_a_kit_returned_incomplete(harness: Harness, home: Path, counter: Counter) -> None:
    kit_items = [counter.items[t] for t in ("NV-0020", "BA-0001", "BA-0002", "CH-0001", "CS-0001")]
    fo = _core(home, counter)
    fo.desk.check_out(counter.officer, kit_items, acknowledgement=PIN)
    fo.close()
    page = _desk(harness, home, counter)
    _scan(harness, page, "KIT-001")
    harness.qtbot.waitUntil(lambda: isinstance(getattr(page, "return_dialog", None), ReturnDialog), timeout=5000)
    dialog = page.return_dialog
    states = {item.asset_tag: combo.currentData() for item, combo in zip(dialog.held, dialog.states, strict=True)}
    assert states == {"NV-0020": "returned", "BA-0001": "missing", "BA-0002": "missing", "CH-0001": "missing",
                      "CS-0001": "missing"}  # accessories count only when scanned or ticked
    for tag in ("BA-0001", "CH-0001", "CS-0001"):
        _scan(harness, page, tag, dialog.scan)
    harness.qtbot.keyClicks(dialog.pin, PIN)
    harness.qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    harness.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    harness.settle()
    assert "1 missing" in page.feedback.text()
    fo = _core(home, counter)
    try:
        statuses = {fo.equipment.item(i).asset_tag: fo.equipment.item(i).status for i in kit_items}
        [incident] = fo.desk.incidents()
    finally:
        fo.close()
    assert statuses == {"NV-0020": "available", "BA-0001": "available", "BA-0002": "lost", "CH-0001": "available",
                        "CS-0001": "available"}
    assert (incident.kind, incident.asset_tag) == ("missing", "BA-0002")


def test_an_overdue_item_appears_after_its_due_time(harness: Harness, home: Path, counter: Counter) -> None:
    now = datetime.now(UTC)
    fo = _core(home, counter)
    fo.desk.check_out(counter.officer, [counter.items["TC-0003"]], acknowledgement=PIN,
                      due_at=now + timedelta(hours=1))
    fo.close()
    page = _desk(harness, home, counter)
    row = next(r for r in page.item_model.rows if r.asset_tag == "TC-0003")
    assert not row.overdue and "overdue" not in page.counts.text()
    harness.c.st.require_fo()._ctx.clock = lambda: now + timedelta(hours=1, minutes=5)  # the clock moves on
    page.refresh()
    harness.settle()
    row_index = next(n for n, r in enumerate(page.item_model.rows) if r.asset_tag == "TC-0003")
    row = page.item_model.rows[row_index]
    assert row.overdue
    assert "1 overdue" in page.counts.text()
    status = page.item_model.data(page.item_model.index(row_index, 3))
    assert status == "Overdue"
    color = page.item_model.data(page.item_model.index(row_index, 0), Qt.ItemDataRole.ForegroundRole)
    from ui import theme

    assert color.name() == theme.current().danger
    page.status_filter.setCurrentIndex(page.status_filter.findData("overdue"))
    harness.settle()
    assert [r.asset_tag for r in page.item_model.rows] == ["TC-0003"]


def test_an_officer_sets_a_desk_pin(harness: Harness, home: Path, counter: Counter) -> None:
    from ui.dialogs.desk_pin import DeskPinDialog

    admin = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        officer_name = admin.users.get(counter.officer).username
    finally:
        admin.close()
    harness.start(home)
    window = harness.open_as(officer_name, factories.PASSWORD)
    window.act_desk_pin.trigger()
    dialog = window.desk_pin_dialog
    assert isinstance(dialog, DeskPinDialog)
    harness.qtbot.keyClicks(dialog.pin, "12")
    harness.qtbot.keyClicks(dialog.repeat, "12")
    harness.qtbot.keyClicks(dialog.password, factories.PASSWORD)
    dialog.submit()
    harness.qtbot.waitUntil(lambda: dialog.pin_error.text() != "", timeout=5000)
    for field, text in ((dialog.pin, "97531"), (dialog.repeat, "97531"), (dialog.password, "not-my-password")):
        field.clear()
        harness.qtbot.keyClicks(field, text)
    dialog.submit()
    harness.qtbot.waitUntil(lambda: dialog.password_error.text() != "", timeout=5000)
    dialog.password.clear()
    harness.qtbot.keyClicks(dialog.password, factories.PASSWORD)
    dialog.submit()
    harness.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    fo = _core(home, counter)
    try:
        fo.desk.check_out(counter.officer, [counter.items["NV-0012"]], acknowledgement="97531")
        assert fo.equipment.item(counter.items["NV-0012"]).holder_id == counter.officer
    finally:
        fo.close()


def test_items_are_created_opened_and_sent_to_maintenance(harness: Harness, home: Path, counter: Counter) -> None:
    from ui.dialogs.equipment_item import ItemDialog, KitDialog
    from ui.dialogs.equipment_note import NoteDialog

    page = _desk(harness, home, counter)
    page.new_button.click()
    dialog = page.item_dialog
    assert isinstance(dialog, ItemDialog)
    harness.qtbot.keyClicks(dialog.fields["asset_tag"], "IR 1")  # a space is not allowed in a tag
    for key, text in (("serial_no", "IR-778"), ("make", "Pulsar"), ("model", "Ultra X850S")):
        harness.qtbot.keyClicks(dialog.fields[key], text)
    dialog.save_button.click()
    harness.qtbot.waitUntil(lambda: dialog.errors["asset_tag"].text() != "", timeout=5000)
    dialog.fields["asset_tag"].clear()  # type: ignore[attr-defined]
    harness.qtbot.keyClicks(dialog.fields["asset_tag"], "IR-0001")
    dialog.save_button.click()
    harness.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    harness.settle()
    assert "IR-0001" in [r.asset_tag for r in page.item_model.rows]
    # Scanning an item with no officer chosen opens it.
    _scan(harness, page, "NV-0012")
    opened = page.item_dialog
    assert isinstance(opened, ItemDialog) and opened is not dialog
    harness.qtbot.waitUntil(lambda: opened.item is not None, timeout=5000)
    assert opened.actions["maintenance_in"].isEnabled() and not opened.actions["found"].isEnabled()
    opened.actions["maintenance_in"].click()
    note = opened.note_dialog
    assert isinstance(note, NoteDialog)
    note.submit()  # a note is required
    harness.qtbot.waitUntil(lambda: note.error.text() != "", timeout=5000)
    harness.qtbot.keyClicks(note.note, "Eyepiece fogging")
    note.submit()
    harness.qtbot.waitUntil(lambda: not note.isVisible(), timeout=5000)
    harness.settle()
    assert opened.item is not None and opened.item.status == "maintenance"
    assert opened.history_model.rows[0].kind == "maintenance_in"
    assert opened.actions["maintenance_out"].isEnabled()
    opened.reject()
    # A kit from two selected items.
    page.inventory.clearSelection()
    for n, row in enumerate(page.item_model.rows):
        if row.asset_tag in ("IR-0001", "TC-0003"):
            page.inventory.selectionModel().select(page.item_model.index(n, 0),
                                                   page.inventory.selectionModel().SelectionFlag.Select
                                                   | page.inventory.selectionModel().SelectionFlag.Rows)
    page.kit_action.trigger()
    kit = page.kit_dialog
    assert isinstance(kit, KitDialog) and len(kit.items) == 2
    harness.qtbot.keyClicks(kit.tag, "KIT-900")
    kit.submit()
    harness.qtbot.waitUntil(lambda: not kit.isVisible(), timeout=5000)
    harness.settle()
    assert {r.asset_tag: r.kit_tag for r in page.item_model.rows}["IR-0001"] == "KIT-900"
