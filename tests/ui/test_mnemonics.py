"""Alt+letter keys are unique where they live together, in English, Latvian and Lithuanian: the menu bar with the
Review page and with the editor of an approved operation (its amendment bar), the Reports dialog and the
amendment dialog (whose labelled fields all have one)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from fieldops.models.enums import Role
from tests.ui.conftest import FAST_OPEN, WAIT_MS, Harness, add_person
from tests.ui.test_review_ui import _approved, _review_page
from ui.dialogs.amendment import AmendmentDialog

LANGUAGES = ["en", "lv", "lt"]


def _keys(*roots: QWidget, visible_only: bool = True) -> list[str]:
    found = []
    for root in roots:
        for w in [root, *root.findChildren(QWidget)]:
            if isinstance(w, QLabel | QAbstractButton) and (w.isVisible() or not visible_only):
                match = re.search(r"&(\w)", w.text().replace("&&", ""))
                if match:
                    found.append(match.group(1).lower())
    return found


def _menu_keys(harness: Harness) -> list[str]:
    keys = []
    for action in harness.window.menuBar().actions():
        match = re.search(r"&(\w)", action.text())
        if match:
            keys.append(match.group(1).lower())
    return keys


def _unique(keys: list[str], where: str) -> None:
    assert len(keys) == len(set(keys)), f"{where}: {sorted(keys)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_review_page_and_the_menu_bar(harness: Harness, home: Path, language: str) -> None:
    supervisor = add_person(home, Role.SUPERVISOR, full_name="Dace Ozola")
    harness.start(home, language=language)
    page = _review_page(harness, supervisor.username, supervisor.password)
    _unique(_menu_keys(harness) + _keys(page.approve_button, page.return_button, page.history_button,
                                        visible_only=False), f"review {language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_approved_editor_its_amendment_bar_and_dialog(harness: Harness, home: Path, language: str) -> None:
    officer = add_person(home, Role.OFFICER, full_name="Inese Kalniņa")
    supervisor = add_person(home, Role.SUPERVISOR, full_name="Dace Ozola")
    op_id = _approved(home, officer, supervisor)
    harness.start(home, language=language)
    window = harness.open_as(officer.username, officer.password)
    window.open_operation(op_id)
    editor, bar = window.editor, window.editor.amendment_bar
    harness.qtbot.waitUntil(lambda: editor.detail is not None and bar.isVisible(), timeout=WAIT_MS)
    labels = [lab for lab in editor.findChildren(QLabel) if lab.buddy() is not None]
    _unique(_menu_keys(harness) + _keys(*labels, visible_only=False)
            + _keys(bar.correct, bar.void, bar.history, visible_only=False), f"editor {language}")
    for buttons in ((bar.resume,), (bar.withdraw,)):  # the bar's other buttons, when shown
        _unique(_menu_keys(harness) + _keys(*labels, *buttons, bar.history, visible_only=False), language)
    fo = FAST_OPEN(home, officer.username, officer.password)
    try:
        detail, checks = fo.operations.get(op_id), fo.checks.list(op_id)
    finally:
        fo.close()
    dialog = AmendmentDialog(detail, "correction", checks, None, window)
    dialog.show()
    _unique(_keys(dialog), f"amendment dialog {language}")
    for lab in dialog.findChildren(QLabel):
        if lab.buddy() is not None:
            assert "&" in lab.text(), lab.text()
    dialog.reject()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reports_dialog(harness: Harness, home: Path, language: str) -> None:
    supervisor = add_person(home, Role.SUPERVISOR, full_name="Dace Ozola")
    harness.start(home, language=language)
    window = harness.open_as(supervisor.username, supervisor.password)
    window.act_reports.trigger()
    dialog = window.reports_dialog
    harness.qtbot.waitUntil(lambda: dialog.agency.count() > 0, timeout=WAIT_MS)
    _unique(_keys(dialog, visible_only=False), f"reports {language}")
    dialog.reject()
