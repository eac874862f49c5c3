"""Day/night theme and the interface language, switched live and remembered in ui.ini; Preferences."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QSpinBox

from fieldops.models.enums import Role
from fieldops.settings import SETTINGS
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, FAST_OPEN, WAIT_MS, Harness, Person
from ui import theme
from ui.dialogs.preferences import PreferencesDialog, can_edit_workspace
from ui.main_window import MainWindow
from ui.models.users import Column
from ui.prefs import Prefs
from ui.resources import translation_path

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def window_colour(app: QApplication) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


# ---- theme ---------------------------------------------------------------------------------------------------
def test_night_theme_changes_the_palette_and_is_remembered(harness: Harness, home: Path,
                                                           admin_window: MainWindow, qapp: QApplication) -> None:
    assert window_colour(qapp) == QColor(theme.DAY.window).name()
    changed: list[str] = []
    harness.c.st.hub.sig_theme_changed.connect(changed.append)

    harness.c.apply_theme("night")
    assert window_colour(qapp) == QColor(theme.NIGHT.window).name()
    assert qapp.palette().color(QPalette.ColorRole.WindowText).name() == QColor(theme.NIGHT.text).name()
    assert theme.current() is theme.NIGHT
    assert Prefs(home).get("ui.theme") == "night", "a new Prefs reads it back from ui.ini"
    assert admin_window.act_night.isChecked(), "the menu shows the theme in use"
    assert changed == ["night"]

    harness.c.apply_theme("day")
    assert window_colour(qapp) == QColor(theme.DAY.window).name()
    assert Prefs(home).get("ui.theme") == "day"
    assert not admin_window.act_night.isChecked()


def test_view_menu_night_action_toggles_the_theme(harness: Harness, home: Path, admin_window: MainWindow,
                                                  qapp: QApplication) -> None:
    admin_window.act_night.trigger()
    assert theme.current().name == "night" and window_colour(qapp) == QColor(theme.NIGHT.window).name()
    assert Prefs(home).get("ui.theme") == "night"
    admin_window.act_night.trigger()
    assert theme.current().name == "day" and Prefs(home).get("ui.theme") == "day"


def test_ctrl_shift_n_switches_to_night(harness: Harness, admin_window: MainWindow) -> None:
    window = harness.activate()
    harness.qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    assert theme.current().name == "night" and window.act_night.isChecked()
    harness.qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    assert theme.current().name == "day" and not window.act_night.isChecked()


def test_theme_survives_a_restart(harness: Harness, home: Path, qapp: QApplication) -> None:
    harness.start(home)
    harness.c.apply_theme("night")
    harness.shutdown()
    assert theme.current().name == "day", "the harness resets the app between runs"
    from ui.app import Controller

    harness.controller = Controller(qapp, home)
    assert theme.current().name == "night"
    assert window_colour(qapp) == QColor(theme.NIGHT.window).name()


def test_night_button_on_the_sign_in_dialog(harness: Harness, controller: Any, home: Path,
                                            qapp: QApplication) -> None:
    dialog = harness.show_login()
    assert not dialog.night.isChecked()
    harness.qtbot.mouseClick(dialog.night, Qt.MouseButton.LeftButton)
    assert theme.current().name == "night" and Prefs(home).get("ui.theme") == "night"
    assert window_colour(qapp) == QColor(theme.NIGHT.window).name()


# ---- language --------------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def lv_catalog() -> Path:
    """The Latvian .qm, built from the .ts like `make` does when it is missing or older than its source."""
    qm = translation_path("lv")
    ts = qm.with_suffix(".ts")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        fd, tmp = tempfile.mkstemp(suffix=".qm", dir=qm.parent)
        os.close(fd)
        try:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", tmp], check=True, timeout=60)
            os.chmod(tmp, 0o644)
            os.replace(tmp, qm)  # atomic: a concurrent run never loads half a file
        finally:
            Path(tmp).unlink(missing_ok=True)
    return qm


@pytest.fixture(scope="session")
def lv(lv_catalog: Path) -> Any:
    """translate(context, text) in Latvian, straight from the catalog (the expected texts)."""
    translator = QTranslator()
    assert translator.load(str(lv_catalog))

    def translate(context: str, text: str) -> str:
        result = translator.translate(context, text)
        assert result and result != text, f"{context}/{text!r} has no Latvian translation"
        return result
    return translate


def test_language_switch_retranslates_the_main_window_live(harness: Harness, home: Path, admin_window: MainWindow,
                                                           lv: Any) -> None:
    window = admin_window
    assert window.menu_file.title() == "&File"
    harness.c.apply_language("lv")
    harness.qtbot.waitUntil(lambda: window.menu_file.title() != "&File", timeout=WAIT_MS)
    assert window.menu_file.title() == lv("MainWindow", "&File")
    assert window.menu_view.title() == lv("MainWindow", "&View")
    assert window.nav.item(0).text() == lv("MainWindow", "Overview")
    assert window.act_lock.text() == lv("MainWindow", "&Lock")
    assert Prefs(home).get("ui.language") == "lv"
    assert [a.data() for a in window.language_group.actions() if a.isChecked()] == ["lv"]

    harness.c.apply_language("en")
    harness.qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=WAIT_MS)
    assert window.nav.item(0).text() == "Overview"
    assert Prefs(home).get("ui.language") == "en"


def test_language_switch_retranslates_pages_and_table_headers(harness: Harness, admin_window: MainWindow,
                                                              lv: Any) -> None:
    admin = admin_window.page("admin")
    overview = admin_window.page("overview")
    assert admin is not None and overview is not None
    harness.c.apply_language("lv")
    harness.qtbot.waitUntil(lambda: admin_window.menu_file.title() != "&File", timeout=WAIT_MS)
    harness.settle()
    assert overview.operations.caption.text() == lv("OverviewView", "Night operations")
    assert admin.act_new.text() == lv("AdminView", "New user")
    header = admin.proxy.headerData(Column.STATUS, Qt.Orientation.Horizontal)
    assert header == lv("UsersModel", "Status")
    status = admin.proxy.data(admin.proxy.index(0, Column.STATUS))
    assert status == lv("UsersModel", "Active")
    assert admin.proxy.data(admin.proxy.index(0, Column.ROLES)) == lv("vocab", "Administrator")


def test_language_menu_switches_the_language(harness: Harness, admin_window: MainWindow, lv: Any) -> None:
    lv_action = next(a for a in admin_window.language_group.actions() if a.data() == "lv")
    lv_action.trigger()
    harness.qtbot.waitUntil(lambda: admin_window.menu_file.title() == lv("MainWindow", "&File"), timeout=WAIT_MS)
    assert harness.c.language == "lv"


def test_sign_in_dialog_follows_the_language_choice(harness: Harness, controller: Any, lv: Any) -> None:
    dialog = harness.show_login()
    assert dialog.ok.text() == "Sign in"
    dialog.language.setCurrentIndex(dialog.language.findData("lv"))
    harness.qtbot.waitUntil(lambda: dialog.ok.text() != "Sign in", timeout=WAIT_MS)
    assert dialog.ok.text() == lv("LoginDialog", "Sign in")
    assert dialog.windowTitle() == lv("LoginDialog", "fieldops – sign in")
    assert controller.language == "lv" and controller.prefs.get("ui.language") == "lv"


def test_errors_are_translated(harness: Harness, controller: Any, lv: Any) -> None:
    controller.apply_language("lv")
    dialog = harness.show_login()
    harness.type_login(ADMIN, "not-the-password")
    harness.qtbot.waitUntil(lambda: dialog.errors["password"].isVisible(), timeout=WAIT_MS)
    harness.settle()
    assert dialog.errors["password"].text() == lv("errors", "Wrong user name or password.")


def test_sign_in_remembers_the_language_for_the_next_start(harness: Harness, home: Path, lv: Any,
                                                           qapp: QApplication) -> None:
    harness.start(home, language="lv")
    assert QCoreApplication.translate("MainWindow", "&File") == lv("MainWindow", "&File")
    window = harness.open_as(ADMIN, ADMIN_PASSWORD)
    assert window.menu_file.title() == lv("MainWindow", "&File")


# ---- preferences -----------------------------------------------------------------------------------------------
@pytest.fixture
def preferences(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """PreferencesDialog.exec(): record the dialog, apply `changes` to its editors, return `result`."""
    box: dict[str, Any] = {"dialogs": [], "changes": {}, "result": 0}

    def run(self: PreferencesDialog) -> int:
        box["dialogs"].append(self)
        for key, value in box["changes"].items():
            editor = self.editors[key]
            if isinstance(editor, QSpinBox):
                editor.setValue(value)
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(editor.findData(value))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(value)
        return int(box["result"])

    monkeypatch.setattr(PreferencesDialog, "exec", run)
    return box


def open_preferences(harness: Harness, window: MainWindow, preferences: dict[str, Any]) -> PreferencesDialog:
    window.act_prefs.trigger()
    harness.qtbot.waitUntil(lambda: len(preferences["dialogs"]) == 1, timeout=WAIT_MS)
    harness.settle()
    dialog: PreferencesDialog = preferences["dialogs"][0]
    return dialog


def test_preferences_has_an_editor_per_setting(harness: Harness, admin_window: MainWindow,
                                               preferences: dict[str, Any]) -> None:
    dialog = open_preferences(harness, admin_window, preferences)
    assert set(dialog.editors) == {d.key for d in SETTINGS}
    for d in SETTINGS:
        editor = dialog.editors[d.key]
        if d.kind == "int":
            assert isinstance(editor, QSpinBox)
            assert (editor.minimum(), editor.maximum()) == (d.minimum, d.maximum)
        elif d.kind == "choice":
            assert isinstance(editor, QComboBox)
            assert [editor.itemData(i) for i in range(editor.count())] == [c for c, _ in d.choices]
        assert editor.isEnabled(), f"{d.key}: an administrator edits every setting"
    assert dialog.values() == {"ui.theme": "day", "ui.language": "en", "ui.font_size": 10,
                               "session.idle_lock_minutes": 15, "media.chunk_mib": 8, "media.upload_kbps": 0,
                               "media.keep_sent_days": 14, "media.low_disk_mib": 2048}


def test_workspace_policy_is_read_only_for_an_officer(harness: Harness, home: Path, officer: Person,
                                                      preferences: dict[str, Any]) -> None:
    harness.start(home)
    window = harness.open_as(officer.username, officer.password)
    dialog = open_preferences(harness, window, preferences)
    assert set(dialog.editors) == {d.key for d in SETTINGS}
    for d in SETTINGS:
        assert dialog.editors[d.key].isEnabled() == (d.scope == "ui"), d.key
    assert not can_edit_workspace(frozenset({Role.OFFICER, Role.SUPERVISOR}))
    assert can_edit_workspace(frozenset({Role.ADMINISTRATOR}))


def test_accepted_preferences_are_applied(harness: Harness, home: Path, admin_window: MainWindow,
                                          preferences: dict[str, Any], qapp: QApplication) -> None:
    preferences["changes"] = {"ui.theme": "night", "ui.font_size": 13, "session.idle_lock_minutes": 5}
    preferences["result"] = 1
    open_preferences(harness, admin_window, preferences)
    harness.qtbot.waitUntil(lambda: admin_window.idle_minutes == 5, timeout=WAIT_MS)
    harness.settle()
    assert theme.current().name == "night" and window_colour(qapp) == QColor(theme.NIGHT.window).name()
    prefs = Prefs(home)
    assert (prefs.get("ui.theme"), prefs.get("ui.font_size")) == ("night", 13)
    assert "font-size: 13pt" in qapp.styleSheet()
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        assert fo.settings.get("session.idle_lock_minutes") == 5
    finally:
        fo.close()


def test_cancelled_preferences_change_nothing(harness: Harness, home: Path, admin_window: MainWindow,
                                              preferences: dict[str, Any]) -> None:
    preferences["changes"] = {"ui.theme": "night", "session.idle_lock_minutes": 5}
    preferences["result"] = 0
    open_preferences(harness, admin_window, preferences)
    assert theme.current().name == "day" and Prefs(home).get("ui.theme") == "day"
    assert admin_window.idle_minutes == 15
