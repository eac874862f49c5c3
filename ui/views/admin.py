"""Admin: users and roles of the workspace, their logins on this laptop, activation; the laptop's link to the
regional server (connect with an enrollment code) and the server accounts of users created here."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldops.changes import Changes
from fieldops.dto import AgencyDTO, UserDTO
from fieldops.errors import ErrorCode, FieldOpsError
from ui import state, theme
from ui.dialogs.password import PasswordDialog
from ui.dialogs.server_link import ServerLinkDialog
from ui.dialogs.user_edit import UserDialog
from ui.errors import message
from ui.models.users import ROW_ROLE, SORT_ROLE, Column, UsersModel
from ui.ops import Op, Query

if TYPE_CHECKING:
    from fieldops.app import FieldOps
    from fieldops.sync.session import ServerLink, ServerSession


def _server_state(fo: FieldOps) -> tuple[ServerLink | None, bool]:
    """The link and whether the signed-in user has an online session on this laptop (DB thread)."""
    from fieldops.sync.session import has_refresh, load_link

    link = load_link(fo)
    return link, link is not None and has_refresh(fo, fo.user.id)


def _prepare_account(fo: FieldOps, find: Callable[[FieldOps], UserDTO | None]
                     ) -> tuple[UserDTO, str, ServerSession | None] | None:
    """What creating a user's server account needs (DB thread): None if the laptop has no server link."""
    from fieldops.sync.session import ServerSession, load_link

    if load_link(fo) is None:
        return None
    user = find(fo)
    if user is None:
        return None
    code = next((a.code for a in fo.users.agencies() if a.id == user.agency_id), "")
    return user, code, ServerSession.resume(fo)


class AdminView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agencies: list[AgencyDTO] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.heading = QLabel(objectName="title")
        self.subheading = QLabel(objectName="muted")
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)

        bar = QHBoxLayout()
        self.act_new = self._action("user-plus", QKeySequence.StandardKey.New, self._on_new_triggered)
        self.act_edit = self._action("edit", QKeySequence(Qt.Key.Key_F2), self._on_edit_triggered)
        self.act_password = self._action("key", QKeySequence("Ctrl+P"), self._on_password_triggered)
        self.act_active = self._action("user-off", QKeySequence(Qt.Key.Key_Delete), self._on_active_triggered)
        for act in (self.act_new, self.act_edit, self.act_password, self.act_active):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            bar.addWidget(button)
        bar.addStretch(1)
        self.search = QLineEdit(objectName="search", clearButtonEnabled=True)
        self.search.setMinimumWidth(240)
        bar.addWidget(self.search)
        layout.addLayout(bar)

        self.model = UsersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView(objectName="usersTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(Column.ROLES, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)

        self.server_box = QGroupBox(objectName="serverGroup")
        server_layout = QHBoxLayout(self.server_box)
        self.server_status = QLabel(objectName="serverStatus")
        self.server_status.setWordWrap(True)
        self.server_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        server_layout.addWidget(self.server_status, 1)
        self.connect_button = QPushButton(objectName="connectServer")
        self.connect_button.clicked.connect(self._on_connect_clicked)
        server_layout.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.server_box)
        self.server_link: ServerLink | None = None
        self.signed_in = False
        self.sign_in_problem = ""
        self.server_note = ""

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.doubleClicked.connect(lambda _i: self._on_edit_triggered())
        self.table.activated.connect(lambda _i: self._on_edit_triggered())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        state.get().hub.sig_operation_executed.connect(self._on_operation_executed)
        self.retranslate()
        self.refresh()

    def _action(self, icon: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: object) -> QAction:
        act = QAction(theme.icon(icon), "", self)
        act.setShortcut(shortcut)
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Users and roles"))
        self.subheading.setText(self.tr("Who works with this workspace, in which agency and role, and who can "
                                        "sign in on this laptop."))
        self.act_new.setText(self.tr("New user"))
        self.act_edit.setText(self.tr("Edit"))
        self.act_password.setText(self.tr("Set password"))
        self.search.setPlaceholderText(self.tr("Filter by name, user name, badge, agency…"))
        self._update_actions()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self.model.layoutChanged.emit()
        self.server_box.setTitle(self.tr("Regional server"))
        self.connect_button.setText(self.tr("Connect this laptop…"))
        self._show_server()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StyleChange:
            for act, name in ((self.act_new, "user-plus"), (self.act_edit, "edit"), (self.act_password, "key"),
                              (self.act_active, "user-off")):
                act.setIcon(theme.icon(name))
        super().changeEvent(event)

    # ---- data --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        Query(self, lambda fo: (fo.users.agencies(), fo.users.list())).success(self._on_loaded).run()
        self.refresh_server()

    def refresh_server(self) -> None:
        Query(self, _server_state).success(self._on_server_loaded).run()

    def _on_server_loaded(self, result: tuple[ServerLink | None, bool]) -> None:
        self.server_link, self.signed_in = result
        self._show_server()

    def _on_loaded(self, result: tuple[list[AgencyDTO], list[UserDTO]]) -> None:
        current = self.selected()
        self.agencies, users = result
        self.model.set_rows(users)
        self.subheading.setText(self.tr("%n user(s) in the workspace.", "", len(users)))
        if current:
            self.select_user(current.id)
        self._update_actions()

    def _on_operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.concerns("user"):
            self.refresh()
        elif changes.concerns("server_link") or changes.concerns("sync"):
            self.refresh_server()

    def selected(self) -> UserDTO | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        user = self.proxy.data(index, ROW_ROLE)
        return user if isinstance(user, UserDTO) else None

    def select_user(self, user_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            user = self.proxy.data(index, ROW_ROLE)
            if user.id == user_id:
                self.table.setCurrentIndex(index)
                return

    def _on_current_changed(self, _cur: QModelIndex, _prev: QModelIndex) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        user = self.selected()
        for act in (self.act_edit, self.act_password, self.act_active):
            act.setEnabled(user is not None)
        self.act_active.setText(self.tr("Activate") if user and not user.active else self.tr("Deactivate"))

    # ---- the regional server ----------------------------------------------------------------------------
    def _show_server(self) -> None:
        link = self.server_link
        if link is None:
            lines = [self.tr("Not connected. Records stay on this laptop until it is connected to the regional "
                             "server with an enrollment code.")]
        else:
            agency = next((a.short_name for a in self.agencies if a.code == link.agency_code), link.agency_code)
            lines = [self.tr("Connected to {url} as device {device} ({agency}).").format(
                url=link.url, device=link.device_id, agency=agency or "–")]
            if self.sign_in_problem:
                lines.append(self.tr("Signing in to the server failed: {reason}").format(reason=self.sign_in_problem))
            elif self.signed_in:
                lines.append(self.tr("You are signed in to the server: users you create with a password here also "
                                     "get their server accounts."))
            else:
                lines.append(self.tr("You have not signed in to the server on this laptop yet: users you create "
                                     "here must also be created on the server."))
        if self.server_note:
            lines.append(self.server_note)
        self.server_status.setText("\n".join(lines))

    def _on_connect_clicked(self) -> None:
        dialog = ServerLinkDialog(state.get().require_fo().user.username, self)
        dialog.sig_linked.connect(self._on_linked)
        dialog.exec()

    def _on_linked(self, link: ServerLink, sign_in_error: BaseException | None) -> None:
        self.server_link = link
        self.sign_in_problem = message(sign_in_error) if sign_in_error is not None else ""
        self.server_note = ""
        self.refresh_server()

    def _server_account(self, find: Callable[[FieldOps], UserDTO | None], password: str) -> None:
        """After a local user got a password: create or update their server account with the same id and set the
        password there, if this laptop is connected. Says so when it cannot (the local user is kept as it is)."""
        Query(self, lambda fo: _prepare_account(fo, find)).success(
            lambda prepared: self._on_account_prepared(prepared, password)).failure(self._on_account_failed).run()

    def _on_account_prepared(self, prepared: tuple[UserDTO, str, ServerSession | None] | None,
                             password: str) -> None:
        if prepared is None:
            return
        user, code, session = prepared
        if session is None:
            self._account_not_created(user, self.tr("This laptop is not signed in to the regional server."))
            return
        from fieldops.sync.session import push_account

        def push() -> UserDTO:
            try:
                push_account(session, user.id, username=user.username, full_name=user.full_name,
                             badge_no=user.badge_no, agency_code=code, roles=sorted(r.value for r in user.roles),
                             active=user.active, password=password)
            finally:
                session.close()
            return user

        state.get().runner.run_net(push, lambda future: self._on_account_pushed(future, user))

    def _on_account_pushed(self, future: Future[Any], user: UserDTO) -> None:
        exc = future.exception()
        if exc is None:
            self.server_note = self.tr("{name} can also sign in on the regional server.").format(name=user.full_name)
            self._show_server()
            return
        self._account_not_created(user, message(exc))
        if isinstance(exc, FieldOpsError) and exc.code in (ErrorCode.SERVER_AUTH, ErrorCode.DEVICE_REVOKED):
            self.refresh_server()

    def _on_account_failed(self, exc: BaseException) -> None:
        from ui.errors import show_error

        show_error(self, exc)

    def _account_not_created(self, user: UserDTO, reason: str) -> None:
        self.server_note = self.tr("{name} has no server account yet.").format(name=user.full_name)
        self._show_server()
        QMessageBox.information(
            self, self.tr("Regional server"),
            self.tr("{name} was saved on this laptop, but the server account was not created or updated: {reason}\n\n"
                    "Create it on the regional server later (or set the password here again when connected)."
                    ).format(name=user.full_name, reason=reason))

    # ---- actions -----------------------------------------------------------------------------------------
    def _on_new_triggered(self) -> None:
        dialog = UserDialog(self.agencies, None, self)
        dialog.accepted.connect(lambda: self._on_user_created(dialog))
        dialog.exec()

    def _on_user_created(self, dialog: UserDialog) -> None:
        password = dialog.password.text()
        if not password:
            return  # no online password to give: the account reaches the server with the user's sync
        username = dialog.username.text().strip().lower()

        def find(fo: FieldOps) -> UserDTO | None:
            return next((u for u in fo.users.list() if u.username == username), None)

        self._server_account(find, password)

    def _on_edit_triggered(self) -> None:
        user = self.selected()
        if user:
            UserDialog(self.agencies, user, self).exec()

    def _on_password_triggered(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(user.full_name, self)
        if dialog.exec():
            password, uid = dialog.value(), user.id
            Op(self, lambda fo: fo.users.set_password(uid, password)).success(
                lambda _changes: self._server_account(lambda fo: fo.users.get(uid), password)).run()

    def _on_active_triggered(self) -> None:
        user = self.selected()
        if user is not None:
            uid, active = user.id, not user.active
            Op(self, lambda fo: fo.users.set_active(uid, active)).run()
