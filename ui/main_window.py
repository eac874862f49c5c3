"""Main window: role-based navigation, menus with shortcuts, status bar, lock screen."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldops.audit_chain import ChainReport
from fieldops.changes import Changes
from fieldops.dto import AgencyDTO
from fieldops.models.enums import Role
from fieldops.settings import BY_KEY
from fieldops.sync.status import SyncStatus, status
from ui import state, theme, timefmt
from ui.dialogs.unlock import LockScreen
from ui.ops import Query
from ui.views.admin import AdminView
from ui.views.dashboard import DashboardView
from ui.views.operation_editor import OperationEditor
from ui.views.overview import OverviewView
from ui.widgets.lock_cover import LockCover, cover_dialogs, uncover

if TYPE_CHECKING:
    from ui.sync_controller import SyncController


@dataclass(frozen=True)
class Page:
    key: str
    icon: str
    roles: tuple[Role, ...]  # empty: everyone
    factory: Callable[[], QWidget]


def _operations_view() -> QWidget:
    from ui.views.operations import OperationsView

    return OperationsView()


def _tonight_view() -> QWidget:
    from ui.views.tonight import TonightView

    return TonightView()


def _desk_view() -> QWidget:
    from ui.views.desk import DeskView

    return DeskView()


def _review_view() -> QWidget:
    from ui.views.review import ReviewView

    return ReviewView()


def _sync_view() -> QWidget:
    from ui.views.sync import SyncView

    return SyncView()


def _audit_view() -> QWidget:
    from ui.views.audit import AuditView

    return AuditView()


PAGES = (
    Page("tonight", "night", (Role.OFFICER,), _tonight_view),
    Page("desk", "binoculars", (Role.EQUIPMENT_MANAGER,), _desk_view),
    Page("review", "review", (Role.SUPERVISOR,), _review_view),
    Page("operations", "operations", (Role.OFFICER, Role.SUPERVISOR), _operations_view),
    Page("overview", "overview", (), OverviewView),
    Page("admin", "admin", (Role.ADMINISTRATOR,), AdminView),
    Page("audit", "shield", (Role.SUPERVISOR, Role.ADMINISTRATOR), _audit_view),
    Page("dashboard", "overview", (Role.SUPERVISOR, Role.ADMINISTRATOR), DashboardView),
    Page("sync", "sync", (), _sync_view),
)


class SyncIndicator(QLabel):
    """The status bar's sync state; a click opens the Sync page."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusWaiting")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
            event.accept()
            return
        super().mousePressEvent(event)


class MainWindow(QMainWindow):
    sig_theme_requested = Signal(str)
    sig_language_requested = Signal(str)
    sig_preferences_requested = Signal()
    sig_sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None, sync: SyncController | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(theme.icon("app", None, 64))
        self.fo = state.get().require_fo()
        self.sync = sync
        self.sync_state: str | None = None  # None: the controller has not reported yet
        self.sync_status: SyncStatus | None = None
        self.sync_message = ""
        self.idle_minutes = 15
        self.last_input = time.monotonic()
        self.pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, tuple[QWidget, Page]] = {}
        self._covers: list[tuple[QDialog, LockCover]] = []
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self.retranslate()
        self.nav.setCurrentRow(0)
        self._timezone: QTimeZone | None = None
        self._tz_name = "Europe/Riga"
        Query(self, lambda fo: fo.users.agencies()).success(self._on_agencies_loaded).run()
        self._clock = QTimer(self, interval=15_000)
        self._clock.timeout.connect(self._on_clock_tick)
        self._clock.start()
        self._on_clock_tick()
        state.get().hub.sig_operation_executed.connect(self._on_operation_executed)
        if sync is not None:
            sync.sig_state.connect(self._on_sync_state)
            sync.sig_warning.connect(self._on_sync_warning)
            media = getattr(sync, "media", None)
            if media is not None:
                media.sig_progress.connect(self._on_media_progress)
                media.sig_finished.connect(self._on_media_finished)
                media.sig_disk.connect(self._on_disk)
        self.refresh_status()

    # ---- construction --------------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.root = QStackedWidget()
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        self.brand = QLabel("fieldops", objectName="brand")
        self.nav = QListWidget(objectName="sidebar")
        self.nav.setFixedWidth(210)
        self.brand.setFixedWidth(210)
        side_layout.addWidget(self.brand)
        side_layout.addWidget(self.nav, 1)
        self.stack = QStackedWidget()
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        for page in PAGES:
            if page.roles and not any(self.fo.user.has_role(r) for r in page.roles):
                continue  # screens a role may not use are absent, not disabled
            # Pages are built when first shown (start-up time, P1); an empty placeholder holds the place.
            placeholder = QWidget()
            self._placeholders[page.key] = (placeholder, page)
            self.stack.addWidget(placeholder)
            item = QListWidgetItem(theme.icon(page.icon, theme.current().sidebar_text), "")
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self._editor: OperationEditor | None = None  # built on the first opened operation (start-up time)
        if self.nav.count():
            self.page(self.nav.item(0).data(Qt.ItemDataRole.UserRole))
        self.lock_screen = LockScreen()
        self.lock_screen.sig_unlocked.connect(self.unlock)
        self.lock_screen.sig_switch_user.connect(self.sig_sign_out_requested.emit)
        self.root.addWidget(workspace)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.act_sync = self._add(self.menu_file, QKeySequence("Ctrl+Shift+Y"), self.sync_now)
        self.menu_file.addSeparator()
        self.act_lock = self._add(self.menu_file, QKeySequence("Ctrl+L"), self.lock)
        self.act_sign_out = self._add(self.menu_file, QKeySequence("Ctrl+Shift+L"), self.sig_sign_out_requested.emit)
        self.menu_file.addSeparator()
        self.act_quit = self._add(self.menu_file, QKeySequence.StandardKey.Quit, self.close)
        self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))

        self.menu_view = bar.addMenu("")
        self.act_night = self._add(self.menu_view, QKeySequence("Ctrl+Shift+N"), None)
        self.act_night.setCheckable(True)
        self.act_night.setChecked(theme.current().name == "night")
        self.act_night.toggled.connect(lambda on: self.sig_theme_requested.emit("night" if on else "day"))
        self.menu_language = self.menu_view.addMenu("")
        self.language_group = QActionGroup(self)
        for code, name in BY_KEY["ui.language"].choices:
            act = QAction(name, self, checkable=True)
            act.setData(code)
            self.language_group.addAction(act)
            self.menu_language.addAction(act)
        self.language_group.triggered.connect(lambda a: self.sig_language_requested.emit(a.data()))
        self.menu_view.addSeparator()
        self.nav_actions: list[QAction] = []
        for i in range(self.nav.count()):
            act = self._add(self.menu_view, QKeySequence(f"Ctrl+{i + 1}"), lambda _=False, row=i: self.go(row))
            self.nav_actions.append(act)

        self.menu_tools = bar.addMenu("")
        self.act_prefs = self._add(self.menu_tools, QKeySequence("Ctrl+,"), self.sig_preferences_requested.emit)
        self.act_verify = self._add(self.menu_tools, QKeySequence(), self._on_verify_triggered)
        self.act_desk_pin = self._add(self.menu_tools, QKeySequence(), self._on_desk_pin_triggered)
        self.act_reports = self._add(self.menu_tools, QKeySequence("Ctrl+Shift+R"), self._on_reports_triggered)
        self.act_reports.setVisible(self.fo.user.has_role(Role.ADMINISTRATOR) or self.fo.user.has_role(Role.SUPERVISOR))
        self.act_verify.setEnabled(self.fo.user.has_role(Role.ADMINISTRATOR) or self.fo.user.has_role(Role.SUPERVISOR))

        self.menu_help = bar.addMenu("")
        self.act_about = self._add(self.menu_help, QKeySequence(Qt.Key.Key_F1), self._on_about_triggered)

    def _add(self, menu: object, shortcut: QKeySequence | QKeySequence.StandardKey,
             slot: Callable[..., object] | None) -> QAction:
        act = QAction("", self)
        act.setShortcut(shortcut)
        if slot is not None:
            act.triggered.connect(slot)
        menu.addAction(act)  # type: ignore[attr-defined]
        return act

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_user = QLabel(objectName="statusUser")
        self.status_waiting = SyncIndicator()  # the sync state, with what is waiting to be sent
        self.status_waiting.clicked.connect(self.show_sync_page)
        self.status_clock = QLabel(objectName="statusClock")
        bar.addWidget(self.status_user, 1)
        self.status_media = QLabel(objectName="statusMedia")  # the file being sent; a low-disk warning
        self.status_media.hide()
        bar.addPermanentWidget(self.status_media)
        bar.addPermanentWidget(self.status_waiting)
        bar.addPermanentWidget(self.status_clock)
        self._media_sending: tuple[str, int, int] | None = None
        self._disk: tuple[int, bool] | None = None

    # ---- texts ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        user = self.fo.user
        title = self.tr("fieldops – %1 – %2")
        self.setWindowTitle(title.replace("%1", user.agency_short).replace("%2", user.full_name))
        titles = {"overview": self.tr("Overview"), "admin": self.tr("Admin"), "tonight": self.tr("Tonight"),
                  "operations": self.tr("Operations"), "desk": self.tr("Equipment desk"), "sync": self.tr("Sync"),
                  "review": self.tr("Review")}
        titles["audit"] = self.tr("Audit log")
        titles["dashboard"] = self.tr("Dashboard")
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            item.setText(titles[item.data(Qt.ItemDataRole.UserRole)])
            self.nav_actions[i].setText(self.tr("Go to %1").replace("%1", item.text()))
        self.menu_file.setTitle(self.tr("&File"))
        self.act_sync.setText(self.tr("&Sync now"))
        self.act_lock.setText(self.tr("&Lock"))
        self.act_sign_out.setText(self.tr("Sign &out"))
        self.act_quit.setText(self.tr("&Quit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.act_night.setText(self.tr("&Night theme (red on black)"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.act_prefs.setText(self.tr("&Preferences…"))
        self.act_verify.setText(self.tr("&Verify audit log"))
        self.act_desk_pin.setText(self.tr("&Desk PIN…"))
        self.act_reports.setText(self.tr("&Reports…"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_about.setText(self.tr("&About fieldops"))
        self.status_user.setText(f"{user.full_name} · {user.agency_short}")
        for act in self.language_group.actions():
            act.setChecked(act.data() == self.property("language"))
        self.refresh_status()

    def set_language_mark(self, language: str) -> None:
        self.setProperty("language", language)
        for act in self.language_group.actions():
            act.setChecked(act.data() == language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def restyle(self) -> None:
        """Icons are painted in the theme's colours: repaint them after a theme switch."""
        self.act_night.blockSignals(True)
        self.act_night.setChecked(theme.current().name == "night")
        self.act_night.blockSignals(False)
        icons = {p.key: p.icon for p in PAGES}
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            item.setIcon(theme.icon(icons[item.data(Qt.ItemDataRole.UserRole)], theme.current().sidebar_text))
        for widget in self.pages.values():
            widget.changeEvent(QEvent(QEvent.Type.StyleChange))
        self._render_sync()  # the counts are painted in the theme's warning colour

    # ---- operations --------------------------------------------------------------------------------------------
    def _wire(self, key: str, page: QWidget) -> None:
        if key in ("tonight", "operations"):
            page.sig_open_requested.connect(self.open_operation)  # type: ignore[attr-defined]
            page.sig_new_requested.connect(self.new_operation)  # type: ignore[attr-defined]
        if key == "tonight":
            page.sig_check_requested.connect(self.quick_check)  # type: ignore[attr-defined]
        if key == "sync":
            page.attach(self.sync)  # type: ignore[attr-defined]

    @property
    def editor(self) -> OperationEditor:
        if self._editor is None:
            self._editor = OperationEditor()
            self.stack.addWidget(self._editor)
            self._editor.sig_back_requested.connect(self._on_editor_back)
        return self._editor

    def open_operation(self, operation_id: str) -> None:
        self.editor.open_operation(operation_id)
        self.stack.setCurrentWidget(self.editor)
        self.editor.area_name.setFocus()  # keyboard users start typing where the form starts

    def new_operation(self) -> None:
        from ui.dialogs.new_operation import NewOperationDialog

        dialog = NewOperationDialog(self._tz_name, self)
        dialog.accepted.connect(lambda: dialog.created_id and self.open_operation(dialog.created_id))
        dialog.open()

    def quick_check(self, operation_id: str, kind: str) -> None:
        """A check added straight from Tonight, without leaving it."""
        from ui.dialogs.check_entry import CheckDialog

        def opened(detail: object) -> None:
            CheckDialog(detail, kind, None, self).open()  # type: ignore[arg-type]

        Query(self, lambda fo: fo.operations.get(operation_id)).success(opened).run()

    def _on_nav_row_changed(self, row: int) -> None:
        if row >= 0:
            self.page(self.nav.item(row).data(Qt.ItemDataRole.UserRole))
            self.stack.setCurrentIndex(row)

    def _on_editor_back(self) -> None:
        self.stack.setCurrentIndex(max(0, self.nav.currentRow()))

    # ---- navigation, status, lock -------------------------------------------------------------------------
    def go(self, row: int) -> None:
        if self.root.currentWidget() is not self.lock_screen:
            self.nav.setCurrentRow(row)
            if 0 <= row < self.nav.count():
                self.page(self.nav.item(row).data(Qt.ItemDataRole.UserRole))
                self.stack.setCurrentIndex(row)

    def page(self, key: str) -> QWidget | None:
        """The page `key`, built on first use; None if the user's roles do not include it."""
        if key not in self.pages and key in self._placeholders:
            placeholder, spec = self._placeholders.pop(key)
            index = self.stack.indexOf(placeholder)
            current = self.stack.currentIndex()
            widget = spec.factory()
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self.pages[key] = widget
            self._wire(key, widget)
        return self.pages.get(key)

    def refresh_status(self) -> None:
        Query(self, status).success(self._on_status_loaded).run()

    def _on_status_loaded(self, data: SyncStatus) -> None:
        self.sync_status = self.sync.as_seen(data) if self.sync is not None else data
        self._render_sync()

    # ---- sync --------------------------------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()

    def show_sync_page(self) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == "sync":
                self.go(row)
                return

    def _on_sync_state(self, sync_state: str, payload: object) -> None:
        self.sync_state = sync_state
        if isinstance(payload, SyncStatus):
            self.sync_status = payload
        elif sync_state == "error":
            self.sync_message = str(payload or "")
        self._render_sync()

    # ---- media -------------------------------------------------------------------------------------------------
    def _on_media_progress(self, _sha256: str, name: str, done: int, size: int) -> None:
        self._media_sending = (name, int(done), int(size)) if done < size else None
        self._render_media()

    def _on_media_finished(self, _report: object) -> None:
        self._media_sending = None
        self._render_media()
        self.refresh_status()

    def _on_disk(self, free: int, low: bool) -> None:
        self._disk = (int(free), bool(low))
        self._render_media()

    def media_text(self) -> str:
        parts = []
        if self._media_sending is not None:
            name, done, size = self._media_sending
            short = name if len(name) <= 28 else name[:25] + "…"
            percent = QLocale().toString(min(99, done * 100 // max(size, 1)))
            parts.append(self.tr("Sending %1: %2 %").replace("%1", short).replace("%2", percent))
        if self._disk is not None and self._disk[1]:
            parts.append(self.tr("Low disk space: %1 free").replace("%1", QLocale().formattedDataSize(self._disk[0])))
        return " · ".join(parts)

    def _render_media(self) -> None:
        text = self.media_text()
        low = self._disk is not None and self._disk[1]
        warning = f"<span style='color:{theme.current().warning}; font-weight:600'>{escape(text)}</span>"
        self.status_media.setText(warning if low else escape(text))
        self.status_media.setToolTip(self.tr("Free some space: photos and videos are stored here until the regional "
                                             "server confirms them.") if low else "")
        self.status_media.setVisible(bool(text))

    def _on_sync_warning(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Sync"), text)

    def sync_text(self) -> tuple[str, str]:
        """The indicator's plain text and its tooltip."""
        s, st = self.sync_status, self.sync_state
        pending = s.pending if s is not None else 0
        if st is None:
            st = "unlinked" if s is None or not s.linked else None
        if st == "unlinked":
            text = self.tr("Not connected to a server") + " · " + self.tr("%n change(s) waiting", "", pending)
            tip = self.tr("This laptop is not enrolled with a regional server: changes stay here.")
        elif st == "offline":
            text = self.tr("Offline") + " · " + self.tr("%n change(s) waiting", "", pending)
            tip = self.tr("The server cannot be reached; changes are sent as soon as it answers.")
        elif st == "syncing":
            text = self.tr("Syncing…")
            tip = self.tr("Sending this laptop's changes and fetching the others'.")
        elif st == "synced":
            when = timefmt.clock(s.last_ok, self._tz_name) if s is not None else "–"
            text = self.tr("Synced at %1").replace("%1", when)
            if pending:
                text += " · " + self.tr("%n waiting", "", pending)
            tip = self.tr("The last sync with the regional server succeeded.")
        elif st == "error":
            short = self.sync_message if len(self.sync_message) <= 60 else self.sync_message[:57].rstrip() + "…"
            text = self.tr("Sync error: %1").replace("%1", short)
            tip = self.sync_message
            detail = self.sync.detail if self.sync is not None else ""
            if detail:
                tip += "\n" + detail
        else:  # linked, the controller has not reported yet
            text = self.tr("%n change(s) waiting to be sent", "", pending)
            tip = ""
        if s is not None and s.pending_others:
            tip += "\n" + self.tr("%n of the waiting changes were made by other people: they are sent when those "
                                  "people sync.", "", s.pending_others)
        if s is not None and s.files_waiting:
            text += " · " + self.tr("%n file(s) waiting", "", s.files_waiting)
        if s is not None and s.server_url:
            tip += "\n" + self.tr("Server: %1").replace("%1", s.server_url)
        tip += "\n" + self.tr("Click to open the Sync page.")
        return text, tip.strip()

    def attention_text(self) -> str:
        s = self.sync_status
        if s is None:
            return ""
        parts = []
        if s.rejected:
            parts.append(self.tr("%n refused", "", s.rejected))
        if s.conflicts:
            parts.append(self.tr("%n conflict(s)", "", s.conflicts))
        return " · ".join(parts)

    def _render_sync(self) -> None:
        text, tip = self.sync_text()
        html = escape(text)
        attention = self.attention_text()
        if attention:
            html += f" <span style='color:{theme.current().warning}; font-weight:600'>· {escape(attention)}</span>"
        self.status_waiting.setText(html)
        self.status_waiting.setToolTip(tip)
        self.act_sync.setEnabled(self.sync is not None and self.sync_state != "syncing")

    def _on_operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.outbox_ops or changes.concerns("outbox") or changes.concerns("media"):
            self.refresh_status()

    def _on_clock_tick(self) -> None:
        now = QDateTime.currentDateTime()
        if self._timezone is not None:
            now = now.toTimeZone(self._timezone)
        self.status_clock.setText(now.toString("HH:mm"))
        if self.idle_minutes and time.monotonic() - self.last_input > self.idle_minutes * 60:
            self.lock()

    def _on_agencies_loaded(self, agencies: list[AgencyDTO]) -> None:
        """The clock shows the agency's local time (Europe/Riga or Europe/Vilnius), not the laptop's."""
        agency = next((a for a in agencies if a.id == self.fo.user.agency_id), None)
        if agency is not None:
            self._tz_name = agency.timezone
            self._timezone = QTimeZone(agency.timezone.encode())
            self._on_clock_tick()
            self._render_sync()

    def note_input(self) -> None:
        self.last_input = time.monotonic()

    @property
    def locked(self) -> bool:
        return self.root.currentWidget() is self.lock_screen

    def lock(self) -> None:
        if self.locked:
            return
        self.lock_screen.prepare()
        self._covers = cover_dialogs(self)
        self.root.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.lock_screen.password.setFocus()

    def unlock(self) -> None:
        self.note_input()
        uncover(self._covers)
        self._covers = []
        self.root.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.nav.setFocus()

    # ---- tools -----------------------------------------------------------------------------------------------
    def _on_verify_triggered(self) -> None:
        Query(self, lambda fo: fo.audit.verify()).success(self._on_verified).run()

    def _on_verified(self, report: ChainReport) -> None:
        if report.ok:
            QMessageBox.information(self, self.tr("Audit log"), self.tr(
                "The audit log is intact: %n event(s) verified.", "", report.checked))
        else:
            QMessageBox.critical(self, self.tr("Audit log"), self.tr(
                "The audit log has been altered at event #%1. Report this to your supervisor and IT.").replace(
                "%1", str(report.first_broken_seq)))

    def _on_desk_pin_triggered(self) -> None:
        from ui.dialogs.desk_pin import DeskPinDialog

        dialog = DeskPinDialog(self)
        self.desk_pin_dialog = dialog
        dialog.open()

    def _on_reports_triggered(self) -> None:
        from ui.dialogs.reports import ReportsDialog

        dialog = ReportsDialog(self)
        self.reports_dialog = dialog
        dialog.open()

    def _on_about_triggered(self) -> None:
        from fieldops import __version__

        QMessageBox.about(self, self.tr("About fieldops"), self.tr(
            "<b>fieldops %1</b><br>Night operations log and equipment desk for the Latvian–Lithuanian border "
            "police partners.<br>Workspace: %2").replace("%1", __version__).replace("%2", str(self.fo.home)))

    def closeEvent(self, event: QCloseEvent) -> None:
        st = state.get()
        st.hub.sig_operation_executed.disconnect(self._on_operation_executed)
        super().closeEvent(event)
