"""The operation editor's bad paths: every problem is shown at its field and nothing is saved half-way."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fieldops.models.enums import Role
from tests.ui.conftest import FAST_OPEN, WAIT_MS, Harness, add_person
from ui.views.operation_editor import OperationEditor


def _editor(harness: Harness, home: Path) -> tuple[OperationEditor, str, object]:
    officer = add_person(home, Role.OFFICER, full_name="Andris Kalnins")
    fo = FAST_OPEN(home, officer.username, officer.password)
    op_id = fo.operations.create(type="traffic_monitoring", start_at=datetime.now(UTC) - timedelta(hours=1),
                                 actual=True).created_id
    fo.close()
    harness.start(home)
    window = harness.open_as(officer.username, officer.password)
    assert op_id
    window.open_operation(op_id)
    editor = window.editor
    harness.qtbot.waitUntil(lambda: editor.detail is not None, timeout=WAIT_MS)
    harness.settle()
    return editor, op_id, officer


def _visible(editor: OperationEditor) -> dict[str, str]:
    return {k: e.text() for k, e in editor.errors.items() if not e.isHidden() and e.text()}


def test_submit_shows_every_missing_field_and_stays_a_draft(harness: Harness, home: Path) -> None:
    editor, _op_id, _officer = _editor(harness, home)
    editor._on_submit_clicked()
    harness.qtbot.waitUntil(lambda: "narrative" in _visible(editor), timeout=WAIT_MS)
    assert set(_visible(editor)) >= {"area_name", "position", "actual_end", "narrative"}
    assert "Fill in before submitting" in editor.form_error.text()
    assert editor.detail is not None and editor.detail.status == "draft"


def test_malformed_position_and_impossible_times_are_shown_as_you_type(harness: Harness, home: Path) -> None:
    editor, _op_id, _officer = _editor(harness, home)
    editor.position.setText("56,5 somewhere")
    assert "position" in _visible(editor)
    editor.position.setText("56.5047, 21.0108")
    assert "position" not in _visible(editor) and "LKS-92" in editor.position_info.text()
    start = editor.actual_start.value()
    assert start is not None
    editor.actual_end.set_value(start - timedelta(minutes=5))
    editor._on_times_changed()
    assert "actual_end" in _visible(editor)
    editor.actual_end.set_value(start + timedelta(hours=25))
    editor._on_times_changed()
    assert "24 hours" in _visible(editor)["actual_end"]


def test_a_refused_save_keeps_nothing_and_explains_at_the_field(harness: Harness, home: Path) -> None:
    editor, op_id, officer = _editor(harness, home)
    version = editor.detail.version if editor.detail else 0
    editor.area_name.setText("Nica")
    start = editor.actual_start.value()
    assert start is not None
    editor.actual_end.set_value(start + timedelta(hours=30))
    editor._on_save_clicked()
    harness.qtbot.waitUntil(lambda: "actual_end" in _visible(editor), timeout=WAIT_MS)
    fo = FAST_OPEN(home, officer.username, officer.password)  # type: ignore[attr-defined]
    try:
        stored = fo.operations.get(op_id)
        assert stored.version == version and stored.area_name == "", "nothing of the refused save was written"
    finally:
        fo.close()
