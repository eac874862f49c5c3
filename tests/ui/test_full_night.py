"""Acceptance: a full night driven from the keyboard — start an operation on Tonight, fill the editor,
log 3 traffic and 2 hunter checks, attach a photo, submit — and the rule pack flags exactly the expected
violations (the table of cases below; both countries and older pack dates are in tests/core/test_rules.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from fieldops.models.enums import Role
from tests.ui.conftest import FAST_OPEN, WAIT_MS, Harness, add_person
from ui.dialogs.check_entry import CheckDialog
from ui.dialogs.new_operation import NewOperationDialog
from ui.views.operation_editor import OperationEditor

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

# (kind, what is typed, expected flags, expected outcome)
TRAFFIC = [
    ({"plate": "AB-1234", "category": "n", "alcohol": "0.3"}, ["alcohol_over_limit"], "administrative_protocol"),
    ({"plate": "GH-118", "category": "g", "alcohol": "0"}, [], "no_violation"),
    ({"plate": "JK-4312", "category": "g", "alcohol": "1.7"}, ["alcohol_over_limit", "alcohol_criminal"],
     "criminal_case"),
]
HUNTER = [
    ({"name": "Rimants Ozols", "species": "wild boar", "sight": "t"}, [], "no_violation"),
    ({"name": "Edgars Liepa", "species": "roe deer", "sight": "n"}, ["night_sight_species_not_allowed"], None),
]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def active_dialog(harness: Harness, kind: type) -> Any:
    harness.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or QApplication.activeWindow(), kind)
                            or any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets()),
                            timeout=WAIT_MS)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())
    dialog.activateWindow()
    harness.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    harness.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
    return dialog


def keys(harness: Harness, text: str) -> None:
    harness.qtbot.keyClicks(focused(), text)


def key(harness: Harness, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    harness.qtbot.keyClick(focused(), k, mods)


def back_to(harness: Harness, window: QWidget) -> None:
    """After a dialog closes the window manager re-activates the main window; offscreen Qt needs a nudge."""
    window.activateWindow()
    harness.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                            and QApplication.focusWidget().window() is window, timeout=WAIT_MS)


def tab_until(harness: Harness, name: str, limit: int = 40) -> None:
    for _ in range(limit):
        if focused().objectName() == name:
            return
        key(harness, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r} (at {focused().objectName()!r})")


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fae"))
    path = tmp_path / "IMG_0231.jpg"
    assert image.save(str(path), "JPEG")
    return path


def test_a_full_night_with_the_keyboard(harness: Harness, home: Path, photo: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    officer = add_person(home, Role.OFFICER, full_name="Inese Krumina")
    harness.start(home)
    window = harness.open_as(officer.username, officer.password)
    harness.activate()
    assert window.stack.currentWidget() is window.page("tonight")

    # Start tonight's operation: Ctrl+N, type the area, Enter.
    harness.qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    new = active_dialog(harness, NewOperationDialog)
    assert focused() is new.area
    keys(harness, "A11 Liepaja-Rucava, Nica turn")
    key(harness, Qt.Key.Key_Return)
    editor: OperationEditor = window.editor
    harness.qtbot.waitUntil(lambda: editor.detail is not None and window.stack.currentWidget() is editor,
                            timeout=WAIT_MS)
    harness.settle()
    window.activateWindow()
    harness.qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.area_name, timeout=WAIT_MS)

    # Position, narrative and actual end, through the labels' mnemonics.
    key(harness, Qt.Key.Key_P, ALT)
    assert focused() is editor.position
    keys(harness, "56.3451, 21.0642")
    key(harness, Qt.Key.Key_N, ALT)
    assert focused() is editor.narrative
    keys(harness, "Night traffic control with the NV binocular.")
    key(harness, Qt.Key.Key_E, ALT)
    assert focused() is editor.actual_end.enabled_box
    key(harness, Qt.Key.Key_Space)
    tab_until(harness, "nowButton")
    key(harness, Qt.Key.Key_Space)
    key(harness, Qt.Key.Key_S, CTRL)
    harness.qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.lat is not None, timeout=WAIT_MS)

    # Three traffic checks.
    for typed, _flags, outcome in TRAFFIC:
        key(harness, Qt.Key.Key_T, CTRL)
        dialog: CheckDialog = active_dialog(harness, CheckDialog)
        assert focused() is dialog.plate
        keys(harness, typed["plate"])
        key(harness, Qt.Key.Key_Return)
        keys(harness, typed["category"])
        tab_until(harness, "alcohol1")
        keys(harness, typed["alcohol"])
        dialog.evaluate_now()
        assert dialog.outcome.currentData() == outcome
        key(harness, Qt.Key.Key_Return, CTRL)
        harness.qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=WAIT_MS)
        harness.settle()
        back_to(harness, window)

    # Two hunter checks.
    for typed, _flags, outcome in HUNTER:
        key(harness, Qt.Key.Key_H, CTRL)
        dialog = active_dialog(harness, CheckDialog)
        tab_until(harness, "hunter_name")
        keys(harness, typed["name"])
        tab_until(harness, "species")
        keys(harness, typed["species"])
        key(harness, Qt.Key.Key_Return)
        tab_until(harness, "sight")
        keys(harness, typed["sight"])
        dialog.evaluate_now()
        if outcome is None:  # a confirmed violation: take the suggested outcome
            assert dialog.outcome.currentData() != "no_violation"
        key(harness, Qt.Key.Key_Return, CTRL)
        harness.qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=WAIT_MS)
        harness.settle()
        back_to(harness, window)

    # A photo: Ctrl+Shift+A opens the file picker (answered here), the file is stored encrypted.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    key(harness, Qt.Key.Key_A, CTRL | SHIFT)
    harness.qtbot.waitUntil(lambda: editor.attachments is not None and len(editor.attachments.items) == 1,
                            timeout=WAIT_MS)

    # Submit.
    key(harness, Qt.Key.Key_S, CTRL | SHIFT)
    harness.qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.status == "submitted",
                            timeout=WAIT_MS)
    assert not editor.add_traffic.isEnabled(), "a submitted operation is locked for its author"

    fo = FAST_OPEN(home, officer.username, officer.password)
    try:
        op_id = editor.detail.id
        checks = fo.checks.list(op_id)
        assert [c.kind for c in checks] == ["traffic"] * 3 + ["hunter"] * 2
        expected = [flags for _t, flags, _o in TRAFFIC] + [flags for _t, flags, _o in HUNTER]
        assert [[f["code"] for f in c.flags] for c in checks] == expected
        assert all(f["decision"] == "confirmed" for c in checks for f in c.flags)
        assert [c.outcome for c in checks][:3] == [o for _t, _f, o in TRAFFIC]
        assert checks[0].facts["plate"] == "AB-1234" and checks[3].facts["species"] == "wild_boar"
        [attachment] = fo.attachments.list("operation", op_id)
        assert attachment.filename == "IMG_0231.jpg" and attachment.has_thumbnail
        assert fo.media.verify(attachment.sha256)
        detail = fo.operations.get(op_id)
        assert detail.status == "submitted" and detail.lat == pytest.approx(56.3451)
        assert detail.violation_count == 3 and detail.check_count == 5
    finally:
        fo.close()
