"""Bootstrap: QApplication, preferences, theme and language, then sign-in → main window (→ sign out)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog

from fieldops import paths
from ui import i18n, state, theme
from ui.dialogs.login import LoginDialog
from ui.errors import show_error
from ui.events import EventHub
from ui.gc_guard import GuiThreadCollector
from ui.ops import Op, Query
from ui.prefs import Prefs
from ui.resources import register_search_paths
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from fieldops.app import FieldOps
    from ui.main_window import MainWindow
    from ui.sync_controller import SyncController

log = logging.getLogger("fieldops.ui")
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


class Controller(QObject):
    """Owns the app-wide objects and the sign-in / main window / sign-out cycle."""

    def __init__(self, app: QApplication, home: Path, demo: bool = False) -> None:
        super().__init__(app)
        self.app = app
        self.home = home
        self.demo = demo
        self.prefs = Prefs(home)
        self.st = state.install(state.AppState(TaskRunner(self), EventHub(self)))
        self.collector = GuiThreadCollector(self)  # Qt objects are freed on the GUI thread only
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None
        self.sync: SyncController | None = None
        # Builds the sync controller for the signed-in user (tests inject fakes for the server and engine).
        self.sync_factory: Callable[..., SyncController] | None = None
        self.language = str(self.prefs.get("ui.language"))
        self.apply_theme(str(self.prefs.get("ui.theme")))
        i18n.set_language(app, self.language)
        app.installEventFilter(self)

    # ---- appearance ---------------------------------------------------------------------------------------
    def apply_theme(self, name: str) -> None:
        theme.apply(self.app, name, int(self.prefs.get("ui.font_size")))
        self.prefs.set("ui.theme", name)
        if self.window is not None:
            self.window.restyle()
        self.st.hub.sig_theme_changed.emit(name)

    def apply_language(self, language: str) -> None:
        self.language = language
        self.prefs.set("ui.language", language)
        i18n.set_language(self.app, language)
        if self.window is not None:
            self.window.set_language_mark(language)
        if self.login is not None:
            self.login.set_language_choice(language)
        self.st.hub.sig_language_changed.emit(language)

    # ---- sign-in cycle -----------------------------------------------------------------------------------
    def show_login(self) -> None:
        hint = None
        if self.demo:
            from fieldops.demo import DEMO_LOGINS, DEMO_PASSWORD, DEMO_PIN

            hint = self.tr("Demo workspace. Sign in as %1 with the password %2. Desk PIN of every demo user: %3.") \
                .replace("%1", ", ".join(DEMO_LOGINS)).replace("%2", DEMO_PASSWORD).replace("%3", DEMO_PIN)
        self.login = LoginDialog(self.home, self.st.runner, demo_hint=hint)
        self.login.set_language_choice(self.language)
        self.login.sig_language_requested.connect(self.apply_language)
        self.login.sig_theme_requested.connect(self.apply_theme)
        if self.demo:
            self.login.username.setText(str(self.prefs.value("login/last_user", "admin")))
            self.login.password.setFocus()
        self.login.finished.connect(self._on_login_finished)
        self.login.show()
        # While the officer types, load the database stack and the main window on the DB thread.
        self.st.runner.run_db(_prefetch, lambda _f: None)

    def _on_login_finished(self, result: int) -> None:
        dialog, self.login = self.login, None
        if result != QDialog.DialogCode.Accepted or dialog is None or dialog.fo is None:
            self.app.quit()
            return
        self.st.fo = dialog.fo
        self.prefs.set_value("login/last_user", dialog.fo.user.username)
        password = dialog.password.text()  # handed once to the online sign-in, never stored
        dialog.password.clear()
        dialog.deleteLater()
        self.open_main_window(password)

    def open_main_window(self, password: str | None = None) -> None:
        from ui.main_window import MainWindow

        self.sync = sync = self._make_sync(self.st.require_fo())
        self.st.media = getattr(sync, "media", None)
        window = MainWindow(sync=sync)
        window.set_language_mark(self.language)
        window.sig_theme_requested.connect(self.apply_theme)
        window.sig_language_requested.connect(self.apply_language)
        window.sig_preferences_requested.connect(self.show_preferences)
        window.sig_sign_out_requested.connect(self.sign_out)
        geometry, window_state = self.prefs.window_state()
        if geometry is not None:
            window.restoreGeometry(geometry)
        else:
            window.resize(1180, 740)
        if window_state is not None:
            window.restoreState(window_state)
        self.window = window
        Query(window, lambda fo: fo.settings.get("session.idle_lock_minutes")).success(self._on_idle_loaded).run()
        window.show()
        # The password typed at sign-in serves the online sign-in only: the controller keeps it in memory until
        # that sign-in is done (or refused, or the user signs out) and never writes it anywhere.
        sync.start(password)

    def _make_sync(self, fo: FieldOps) -> SyncController:
        from ui.sync_controller import SyncController

        factory = self.sync_factory or SyncController
        return factory(fo, self.st.runner, self.st.hub, parent=self)

    def _stop_sync(self) -> None:
        sync, self.sync = self.sync, None
        self.st.media = None
        if sync is not None:
            sync.stop()
            sync.deleteLater()

    def _on_idle_loaded(self, minutes: Any) -> None:
        if self.window is not None:
            self.window.idle_minutes = int(minutes)

    def sign_out(self) -> None:
        self._close_window()
        self.show_login()

    def _close_window(self) -> None:
        self._stop_sync()
        window, self.window = self.window, None
        if window is not None:
            self.prefs.save_window_state(window.saveGeometry(), window.saveState())
            window.close()
            window.deleteLater()
        fo, self.st.fo = self.st.fo, None
        if fo is not None:
            self.st.runner.run_db(fo.close, lambda _f: None)

    def shutdown(self) -> None:
        self._stop_sync()
        if self.window is not None:
            self.prefs.save_window_state(self.window.saveGeometry(), self.window.saveState())
        fo, self.st.fo = self.st.fo, None
        if fo is not None:
            self.st.runner.run_db(fo.close, lambda _f: None)
        self.st.runner.shutdown()
        self.collector.stop()

    # ---- preferences ---------------------------------------------------------------------------------------
    def show_preferences(self) -> None:
        from fieldops.settings import SETTINGS

        keys = [d.key for d in SETTINGS if d.scope == "workspace"]
        Query(self.window, lambda fo: {k: fo.settings.get(k) for k in keys}).success(
            self._show_preferences_with).run()

    def _show_preferences_with(self, policy: dict[str, Any]) -> None:
        from fieldops.settings import SETTINGS
        from ui.dialogs.preferences import PreferencesDialog, can_edit_workspace

        values = {d.key: self.prefs.get(d.key) for d in SETTINGS if d.scope == "ui"}
        values.update(policy)
        fo = self.st.require_fo()
        dialog = PreferencesDialog(values, can_edit_workspace(fo.user.roles), self.window)
        if not dialog.exec():
            return
        new = dialog.values()
        if new["ui.font_size"] != values["ui.font_size"]:
            self.prefs.set("ui.font_size", new["ui.font_size"])
        if new["ui.theme"] != values["ui.theme"] or new["ui.font_size"] != values["ui.font_size"]:
            self.apply_theme(new["ui.theme"])
        if new["ui.language"] != values["ui.language"]:
            self.apply_language(new["ui.language"])
        changed = {k: v for k, v in new.items() if k in policy and v != policy[k]}
        if not changed:
            return

        def save(fo: Any) -> Any:
            for key, value in changed.items():
                fo.settings.set(key, value)
            return changed

        Op(self.window, save).success(lambda _c: self._on_policy_saved(changed)).run()

    def _on_policy_saved(self, changed: dict[str, Any]) -> None:
        if "session.idle_lock_minutes" in changed:
            self._on_idle_loaded(changed["session.idle_lock_minutes"])

    # ---- idle tracking -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.window is not None:
            self.window.note_input()
        return False


def _prefetch() -> None:
    import importlib

    for name in ("fieldops.app", "ui.main_window", "ui.dialogs.preferences", "ui.views.tonight",
                 "ui.views.operations", "ui.dialogs.check_entry", "fieldops.sync.session", "ui.sync_controller"):
        importlib.import_module(name)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fieldops-app")
    parser.add_argument("--home", help="workspace folder (default: $FIELDOPS_HOME or the user data dir)")
    parser.add_argument("--demo", action="store_true", help="show the demo logins on the sign-in screen")
    parser.add_argument("--lang", choices=["lv", "lt", "en"], help="override the interface language")
    parser.add_argument("--self-test", action="store_true", help="check this installation offscreen and exit")
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)  # tests/packaging timing
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.self_test or args.startup_probe:  # before any QApplication: the self-test runs offscreen
        from ui.selftest import run_self_test

        return run_self_test(probe=args.startup_probe)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("fieldops")
    app.setOrganizationName("fieldops")
    register_search_paths()
    home = paths.resolve_home(args.home)
    controller = Controller(app, home, demo=args.demo)
    if args.lang:
        controller.apply_language(args.lang)
    sys.excepthook = lambda t, e, tb: show_error(controller.window, e)
    controller.show_login()
    app.aboutToQuit.connect(controller.shutdown)
    return int(app.exec())

