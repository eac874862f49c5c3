"""Create or edit a user: name, user name, badge, agency, roles, and optionally a login on this laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldops.changes import Changes
from fieldops.dto import AgencyDTO, UserDTO
from fieldops.errors import FieldOpsError
from fieldops.keyslots import MIN_PASSWORD
from fieldops.models.enums import Role
from ui.errors import message
from ui.ops import Op
from ui.vocab import ROLE_ORDER, role_name
from ui.widgets.forms import FieldError, mark_invalid, with_error


class UserDialog(QDialog):
    def __init__(self, agencies: list[AgencyDTO], user: UserDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("Edit user") if user else self.tr("New user"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors: dict[str, FieldError] = {}
        self.full_name = QLineEdit(user.full_name if user else "", objectName="full_name")
        self.username = QLineEdit(user.username if user else "", objectName="username")
        self.username.setEnabled(user is None)
        self.badge = QLineEdit((user.badge_no or "") if user else "", objectName="badge_no")
        self.agency = QComboBox(objectName="agency_id")
        for a in agencies:
            self.agency.addItem(f"{a.short_name} ({a.country})", a.id)
        if user:
            self.agency.setCurrentIndex(max(0, self.agency.findData(user.agency_id)))
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_box = QGroupBox(self.tr("Roles"))
        roles_layout = QVBoxLayout(roles_box)
        for role in ROLE_ORDER:
            box = QCheckBox(role_name(role), objectName=f"role_{role.value}")
            box.setChecked(bool(user and role in user.roles) or (user is None and role is Role.OFFICER))
            self.role_boxes[role] = box
            roles_layout.addWidget(box)
        self.errors["roles"] = FieldError()
        roles_layout.addWidget(self.errors["roles"])
        rows = [("full_name", self.tr("Full name"), self.full_name), ("username", self.tr("User name"), self.username),
                ("badge_no", self.tr("Badge no."), self.badge), ("agency_id", self.tr("Agency"), self.agency)]
        for key, label, widget in rows:
            box, self.errors[key] = with_error(widget)
            form.addRow(label, box)
        layout.addLayout(form)
        layout.addWidget(roles_box)
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        if user is None:
            login = QGroupBox(self.tr("Login on this laptop (optional)"))
            login_form = QFormLayout(login)
            box, self.errors["password"] = with_error(self.password)
            login_form.addRow(self.tr("Password"), box)
            note = QLabel(self.tr("Without a password the person exists in the workspace but cannot sign in on "
                                  "this laptop."), objectName="muted")
            note.setWordWrap(True)
            login_form.addRow(note)
            layout.addWidget(login)
            self.password.textChanged.connect(self._on_password_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.full_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_password_changed(self, text: str) -> None:
        short = 0 < len(text) < MIN_PASSWORD
        self.errors["password"].show_message(self.tr("At least %n characters.", "", MIN_PASSWORD) if short else "")
        mark_invalid(self.password, short)

    def roles(self) -> list[Role]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def _on_save(self) -> None:
        for error in self.errors.values():
            error.show_message("")
        name, badge, agency, roles = self.full_name.text(), self.badge.text(), self.agency.currentData(), self.roles()
        if self.user is None:
            username, password = self.username.text(), self.password.text() or None
            op = Op(self, lambda fo: fo.users.create(username=username, full_name=name, agency_id=agency,
                                                     roles=roles, badge_no=badge, password=password))
        else:
            uid = self.user.id
            op = Op(self, lambda fo: fo.users.update(uid, full_name=name, agency_id=agency, roles=roles,
                                                     badge_no=badge))
        self.buttons.setEnabled(False)
        op.success(self._on_saved).failure(self._on_failed).run()

    def _on_saved(self, _changes: Changes) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        field = exc.field if isinstance(exc, FieldOpsError) else None
        target = self.errors.get(str(field)) if field else None
        if target is None:
            from ui.errors import show_error

            show_error(self, exc)
            return
        target.show_message(message(exc))
