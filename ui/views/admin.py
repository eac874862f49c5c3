"""Admin: users and roles of the workspace, their logins on this laptop, activation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldops.changes import Changes
from fieldops.dto import AgencyDTO, UserDTO
from ui import state, theme
from ui.dialogs.password import PasswordDialog
from ui.dialogs.user_edit import UserDialog
from ui.models.users import ROW_ROLE, SORT_ROLE, Column, UsersModel
from ui.ops import Op, Query


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

    # ---- actions -----------------------------------------------------------------------------------------
    def _on_new_triggered(self) -> None:
        UserDialog(self.agencies, None, self).exec()

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
            Op(self, lambda fo: fo.users.set_password(uid, password)).run()

    def _on_active_triggered(self) -> None:
        user = self.selected()
        if user is not None:
            uid, active = user.id, not user.active
            Op(self, lambda fo: fo.users.set_active(uid, active)).run()
