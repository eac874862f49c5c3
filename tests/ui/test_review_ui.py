"""The Review page (pytest-qt, offscreen): a supervisor clears a queue of 5 from the keyboard (approve 3, return 2
with comments), sees what changed since the last review, and cannot decide on an operation they took part in."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldops.models.enums import Role
from tests import factories
from tests.core.test_operations_lifecycle import NIGHT, _complete
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, FAST_OPEN, WAIT_MS, Harness, add_person
from ui.views.review import ReturnDialog, ReviewView


def _submit(home: Path, username: str, password: str, n: int) -> list[str]:
    fo = FAST_OPEN(home, username, password)
    ids = []
    try:
        for i in range(n):
            op_id = fo.operations.create(type="traffic_monitoring", start_at=NIGHT + timedelta(minutes=i),
                                         actual=True).created_id
            assert op_id
            _complete(fo, op_id, vehicle=f"VP-{i}")
            fo.operations.submit(op_id)
            ids.append(op_id)
    finally:
        fo.close()
    return ids


def _review_page(harness: Harness, username: str, password: str) -> ReviewView:
    window = harness.open_as(username, password)
    keys = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    window.go(keys.index("review"))
    page = window.page("review")
    assert isinstance(page, ReviewView)
    harness.settle()
    return page


def _key(harness: Harness, page: ReviewView, combo: str) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    seq = QKeySequence(combo)[0]
    target = QApplication.focusWidget() or page
    QTest.keyClick(target, seq.key(), seq.keyboardModifiers())
    harness.settle()


def test_a_supervisor_clears_a_queue_of_five_with_the_keyboard(harness: Harness, home: Path) -> None:
    officer = add_person(home, Role.OFFICER, full_name="Inese Kalniņa")
    supervisor = add_person(home, Role.SUPERVISOR, full_name="Dace Ozola")
    ids = _submit(home, officer.username, officer.password, 5)
    harness.start(home)
    page = _review_page(harness, supervisor.username, supervisor.password)
    harness.qtbot.waitUntil(lambda: len(page.items) == 5 and page.detail is not None, timeout=WAIT_MS)
    assert [it.id for it in page.items] == ids  # oldest submission first
    page.queue.setFocus()
    for n in range(5):
        harness.qtbot.waitUntil(lambda: page.detail is not None and page.approve_button.isEnabled(), timeout=WAIT_MS)
        current = page.current
        assert current is not None
        if n % 2 == 0:  # approve 1st, 3rd, 5th
            _key(harness, page, "Ctrl+Return")
        else:  # return 2nd and 4th, with an overall and a field comment
            _key(harness, page, "Ctrl+R")
            harness.qtbot.waitUntil(lambda: isinstance(page.return_dialog, ReturnDialog), timeout=WAIT_MS)
            dialog = page.return_dialog
            assert dialog is not None
            dialog.activateWindow()  # (offscreen has no window manager to activate it)
            harness.qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
            harness.qtbot.keyClicks(dialog.overall, "Add the patrol car number.")
            dialog.field.setCurrentIndex(dialog.field.findData("vehicle"))
            harness.qtbot.keyClicks(dialog.field_comment, "Which car?")
            _key(harness, page, "Ctrl+Return")
        harness.qtbot.waitUntil(lambda cur=current: all(it.id != cur.id for it in page.items), timeout=WAIT_MS)
        if QApplication.activeWindow() is not harness.window:
            harness.activate()  # (offscreen: nothing gives the main window back its activation)
        page.queue.setFocus()
        harness.qtbot.waitUntil(lambda: QApplication.focusWidget() is page.queue, timeout=WAIT_MS)
    assert page.items == [] and page.count.text() == "0 waiting"
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        statuses = [fo.operations.get(i).status for i in ids]
        returned = fo.reviews.decisions(ids[1])[-1]
    finally:
        fo.close()
    assert statuses == ["approved", "returned", "approved", "returned", "approved"]
    assert (returned.overall, returned.fields) == ("Add the patrol car number.",
                                                   {"vehicle": "Which car?"})


def test_no_decision_on_an_operation_one_took_part_in(harness: Harness, home: Path) -> None:
    both = add_person(home, Role.OFFICER, Role.SUPERVISOR, full_name="Jānis Bērziņš")
    [op_id] = _submit(home, both.username, both.password, 1)
    harness.start(home)
    page = _review_page(harness, both.username, both.password)
    harness.qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    assert [it.id for it in page.items] == [op_id] and not page.items[0].can_decide
    assert not page.approve_button.isEnabled() and not page.return_button.isEnabled()
    _key(harness, page, "Ctrl+Return")
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        assert fo.operations.get(op_id).status == "submitted"
    finally:
        fo.close()


def test_the_review_shows_what_changed_since_it_was_returned(harness: Harness, home: Path) -> None:
    officer = add_person(home, Role.OFFICER, full_name="Inese Kalniņa")
    supervisor = add_person(home, Role.SUPERVISOR, full_name="Dace Ozola")
    [op_id] = _submit(home, officer.username, officer.password, 1)
    fo = FAST_OPEN(home, supervisor.username, supervisor.password)
    fo.reviews.return_for_correction(op_id, "Vehicle?")
    fo.close()
    fo = FAST_OPEN(home, officer.username, officer.password)
    d = fo.operations.get(op_id)
    fo.operations.update(op_id, d.version, vehicle="VP-231")
    fo.operations.submit(op_id)
    fo.close()
    harness.start(home)
    page = _review_page(harness, supervisor.username, supervisor.password)
    harness.qtbot.waitUntil(lambda: page.detail is not None and page.changes.isVisible(), timeout=WAIT_MS)
    assert "VP-0 → VP-231" in page.changes.text()
    assert "Vehicle?" in page.decisions.text()
    assert factories.PASSWORD  # (the shared test password is what add_person used)


def test_the_crew_reads_the_comments_per_field_in_the_editor(harness: Harness, home: Path) -> None:
    officer = add_person(home, Role.OFFICER, full_name="Inese Kalniņa")
    supervisor = add_person(home, Role.SUPERVISOR, full_name="Dace Ozola")
    [op_id] = _submit(home, officer.username, officer.password, 1)
    fo = FAST_OPEN(home, supervisor.username, supervisor.password)
    fo.reviews.return_for_correction(op_id, "", {"vehicle": "Which patrol car?"})
    fo.close()
    harness.start(home)
    window = harness.open_as(officer.username, officer.password)
    window.open_operation(op_id)
    editor = window.editor
    harness.qtbot.waitUntil(lambda: editor.detail is not None and editor.banner.isVisible(), timeout=WAIT_MS)
    assert "Returned for correction" in editor.banner.text() and "Vehicle: Which patrol car?" in editor.banner.text()
    harness.settle()


def _approved(home: Path, officer: object, supervisor: object) -> str:
    [op_id] = _submit(home, officer.username, officer.password, 1)  # type: ignore[attr-defined]
    fo = FAST_OPEN(home, supervisor.username, supervisor.password)  # type: ignore[attr-defined]
    try:
        fo.reviews.approve(op_id)
    finally:
        fo.close()
    return op_id


def test_an_approved_record_refuses_edits_and_the_crew_proposes_a_correction(harness: Harness, home: Path) -> None:
    from ui.dialogs.amendment import AmendmentDialog

    officer = add_person(home, Role.OFFICER, full_name="Inese Kalniņa")
    supervisor = add_person(home, Role.SUPERVISOR, full_name="Dace Ozola")
    op_id = _approved(home, officer, supervisor)
    harness.start(home)
    window = harness.open_as(officer.username, officer.password)
    window.open_operation(op_id)
    editor, bar = window.editor, window.editor.amendment_bar
    harness.qtbot.waitUntil(lambda: editor.detail is not None and bar.isVisible(), timeout=WAIT_MS)
    assert not editor.save.isEnabled() and not editor.vehicle.isEnabled() and editor.narrative.isReadOnly()
    assert "Approved and locked" in bar.text.text() and bar.correct.isVisible() and not bar.withdraw.isVisible()
    bar.correct.click()
    harness.qtbot.waitUntil(lambda: isinstance(bar.dialog, AmendmentDialog), timeout=WAIT_MS)
    dialog = bar.dialog
    assert dialog.inputs["vehicle"].text() == "VP-0"
    dialog.send.click()  # no reason: refused next to the field, nothing sent
    harness.settle()
    assert dialog.isVisible() and dialog.errors["reason"].text() == "This field is required."
    dialog.reason.setPlainText("The car was VP-4321.")
    dialog.send.click()  # a reason but nothing changed
    harness.settle()
    assert dialog.isVisible() and "Nothing would change" in dialog.form_error.text()
    dialog.inputs["vehicle"].setText("VP-4321")
    dialog.send.click()
    harness.qtbot.waitUntil(lambda: bar.dialog is None, timeout=WAIT_MS)
    harness.qtbot.waitUntil(lambda: "waiting for a supervisor" in bar.text.text(), timeout=WAIT_MS)
    assert not bar.correct.isVisible() and bar.withdraw.isVisible()
    assert editor.detail is not None and editor.detail.vehicle == "VP-0"  # unchanged until approved
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        [am] = fo.amendments.for_operation(op_id)
        assert (am.status, am.reason, [(c.field, c.after) for c in am.corrections]) == (
            "submitted", "The car was VP-4321.", [("vehicle", "VP-4321")])
    finally:
        fo.close()


def test_a_supervisor_approves_an_amendment_from_the_queue_and_reads_the_version_chain(
        harness: Harness, home: Path) -> None:
    from ui.dialogs.version_chain import VersionChainDialog

    officer = add_person(home, Role.OFFICER, full_name="Inese Kalniņa")
    supervisor = add_person(home, Role.SUPERVISOR, full_name="Dace Ozola")
    op_id = _approved(home, officer, supervisor)
    fo = FAST_OPEN(home, officer.username, officer.password)
    try:
        fo.amendments.propose(op_id, "correction", "Typo in the car number.", fields={"vehicle": "VP-4321"})
    finally:
        fo.close()
    harness.start(home)
    page = _review_page(harness, supervisor.username, supervisor.password)
    harness.qtbot.waitUntil(lambda: page.detail is not None and page.changes.isVisible(), timeout=WAIT_MS)
    [item] = page.items
    assert item.amendment_id and "correction of an approved log" in page.queue.item(0).text()
    assert "Reason: Typo in the car number." in page.changes.text() and "VP-0 → VP-4321" in page.changes.text()
    page.queue.setFocus()
    _key(harness, page, "Ctrl+Return")
    harness.qtbot.waitUntil(lambda: page.items == [], timeout=WAIT_MS)
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        assert fo.operations.get(op_id).vehicle == "VP-4321"
    finally:
        fo.close()
    dialog = VersionChainDialog(op_id, "X", "Europe/Riga", page)
    harness.qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 4, timeout=WAIT_MS)
    steps = [dialog.tree.topLevelItem(i).text(1) for i in range(4)]
    assert steps == ["Created", "Approved", "Amendment proposed (correction)", "Amendment approved (correction)"]
    assert [dialog.tree.topLevelItem(i).text(3) for i in range(4)] == ["", "1", "", "2"]
    details = [dialog.tree.topLevelItem(2).child(i).text(0) for i in range(dialog.tree.topLevelItem(2).childCount())]
    assert details[:2] == ["Reason: Typo in the car number.", "Vehicle: VP-0 → VP-4321"]
    assert details[2].startswith("Made against the approved content ")
    dialog.close()


def test_the_amendment_dialog_sends_only_what_was_changed(harness: Harness, home: Path) -> None:
    """A time stored to the second and a position to more decimals than the form shows are not 'corrected' to
    what the form shows when the officer changes something else."""
    from ui.dialogs.amendment import AmendmentDialog

    officer = add_person(home, Role.OFFICER, full_name="Inese Kalniņa")
    supervisor = add_person(home, Role.SUPERVISOR, full_name="Dace Ozola")
    op_id = _approved(home, officer, supervisor)
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        factories.execute(fo, "UPDATE operation SET actual_start = :t, lat = 56.3451234 WHERE id = :i",
                          t=(NIGHT + timedelta(seconds=37)).isoformat(), i=op_id)
    finally:
        fo.close()
    harness.start(home)
    fo = FAST_OPEN(home, officer.username, officer.password)
    try:
        detail, checks = fo.operations.get(op_id), fo.checks.list(op_id)
        assert detail.actual_start is not None and detail.actual_start.second == 37
        dialog = AmendmentDialog(detail, "correction", checks)
        assert dialog.values() == ({}, {})
        dialog.inputs["vehicle"].setText("VP-9")
        assert dialog.values() == ({"vehicle": "VP-9"}, {})
        dialog.inputs["position"].setText("56.35, 21.07")
        assert dialog.values()[0] == {"vehicle": "VP-9", "lat": 56.35, "lon": 21.07}
        dialog.reject()
    finally:
        fo.close()
