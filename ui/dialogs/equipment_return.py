"""Return at the desk: what came back (scan or tick), in what condition and charge, what is missing, damage
with photos, and the holder's acknowledgement. One core call records it all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fieldops import scan
from fieldops.changes import Changes
from fieldops.dto import ItemDTO
from fieldops.errors import FieldOpsError
from fieldops.services.desk import CONDITIONS, ReturnLine
from ui.errors import message, show_error
from ui.ops import Op
from ui.timefmt import short
from ui.vocab import condition_name
from ui.widgets.forms import FieldError, with_error

RETURNED, MISSING, STAYS = "returned", "missing", "stays"


class ReturnDialog(QDialog):
    def __init__(self, held: list[ItemDTO], scanned: ItemDTO, tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.held = held
        self.result_text = ""
        self.photos: list[Path] = []
        holder = scanned.holder_name or "?"
        self.setWindowTitle(self.tr("Return from %1").replace("%1", holder))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Scan or tick what came back. Items of the same kit that did not come back are "
                               "marked missing and stay open as incidents."))
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        self.scan = QLineEdit(objectName="returnScan")
        self.scan.setPlaceholderText(self.tr("Scan returned items here"))
        layout.addWidget(self.scan)
        self.table = QTableWidget(len(held), 6, objectName="returnItems")
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Make and model"), self.tr("Due back"),
                                              self.tr("Back?"), self.tr("Condition"), self.tr("Battery")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.states: list[QComboBox] = []
        self.conditions: list[QComboBox] = []
        self.batteries: list[QSpinBox] = []
        same_kit = {i.id for i in held if scanned.kit_id and i.kit_id == scanned.kit_id} | {scanned.id}
        for row, item in enumerate(held):
            self.table.setCellWidget(row, 0, QLabel(f"<b>{item.asset_tag}</b>"))
            self.table.setCellWidget(row, 1, QLabel(item.name))
            due = QLabel(short(item.due_at, tz) if item.due_at else "–")
            if item.overdue:
                due.setProperty("role", "error")
            self.table.setCellWidget(row, 2, due)
            st = QComboBox(objectName=f"state_{item.asset_tag}")
            st.addItem(self.tr("Returned"), RETURNED)
            st.addItem(self.tr("Missing"), MISSING)
            st.addItem(self.tr("Stays out"), STAYS)
            st.setCurrentIndex(0 if item.id == scanned.id else (1 if item.id in same_kit else 2))
            cond = QComboBox(objectName=f"condition_{item.asset_tag}")
            for c in CONDITIONS:
                cond.addItem(condition_name(c), c)
            bat = QSpinBox(objectName=f"battery_{item.asset_tag}", minimum=-1, maximum=100, value=-1, suffix=" %")
            bat.setSpecialValueText("–")
            st.currentIndexChanged.connect(lambda _i, r=row: self._on_state_changed(r))
            self.table.setCellWidget(row, 3, st)
            self.table.setCellWidget(row, 4, cond)
            self.table.setCellWidget(row, 5, bat)
            self.states.append(st)
            self.conditions.append(cond)
            self.batteries.append(bat)
            self._on_state_changed(row)
        layout.addWidget(self.table)
        self.items_error = FieldError()
        layout.addWidget(self.items_error)
        form = QFormLayout()
        self.damage = QPlainTextEdit(objectName="damage")
        self.damage.setPlaceholderText(self.tr("What is damaged, how it happened (required for damaged items)"))
        self.damage.setFixedHeight(70)
        damage_box, self.damage_error = with_error(self.damage)
        form.addRow(self.tr("&Damage"), damage_box)
        photos_row = QHBoxLayout()
        self.photo_list = QListWidget(objectName="photos")
        self.photo_list.setFixedHeight(54)
        self.add_photo = QPushButton(self.tr("Add &photo…"), objectName="addPhoto")
        photos_row.addWidget(self.photo_list, 1)
        photos_row.addWidget(self.add_photo)
        photos_widget = QWidget()
        photos_widget.setLayout(photos_row)
        photos_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Photos"), photos_widget)
        self.notes = QLineEdit(objectName="returnNotes")
        form.addRow(self.tr("No&tes"), self.notes)
        self.absent = QCheckBox(self.tr("The holder is not present (return not acknowledged)"), objectName="absent")
        form.addRow("", self.absent)
        self.pin = QLineEdit(objectName="returnPin", echoMode=QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN or password, typed by %1").replace("%1", holder))
        pin_box, self.pin_error = with_error(self.pin)
        form.addRow(self.tr("Holder's &PIN"), pin_box)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Record return"))
        self.ok.setObjectName("recordReturn")
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.add_photo.clicked.connect(self._on_add_photo)
        self.absent.toggled.connect(lambda on: self.pin.setEnabled(not on))
        self.scan.returnPressed.connect(self._on_scan)
        self.pin.returnPressed.connect(self.submit)
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_state_changed(self, row: int) -> None:
        back = self.states[row].currentData() == RETURNED
        self.conditions[row].setEnabled(back)
        self.batteries[row].setEnabled(back)

    def _on_scan(self) -> None:
        readings = scan.candidates(self.scan.text())
        self.scan.clear()
        for row, item in enumerate(self.held):
            if item.asset_tag.upper() in readings:
                self.states[row].setCurrentIndex(0)
                self.items_error.show_message("")
                return
        self.items_error.show_message(self.tr("%1 is not among this holder's items.")
                                      .replace("%1", readings[0] if readings else "–"))

    def _on_add_photo(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos of the damage"), "",
                                                self.tr("Images (*.jpg *.jpeg *.png *.webp *.heic);;All files (*)"))
        self.add_photos([Path(p) for p in paths])

    def add_photos(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.photos:
                self.photos.append(path)
                self.photo_list.addItem(path.name)

    def set_state(self, tag: str, value: str, condition: str = "good", battery: int | None = None) -> None:
        for row, item in enumerate(self.held):
            if item.asset_tag == tag:
                self.states[row].setCurrentIndex(self.states[row].findData(value))
                self.conditions[row].setCurrentIndex(self.conditions[row].findData(condition))
                self.batteries[row].setValue(-1 if battery is None else battery)

    def submit(self) -> None:
        lines, missing = [], []
        for row, item in enumerate(self.held):
            choice = self.states[row].currentData()
            if choice == RETURNED:
                battery = self.batteries[row].value()
                lines.append(ReturnLine(item.id, self.conditions[row].currentData(), None if battery < 0 else battery))
            elif choice == MISSING:
                missing.append(item.id)
        for e in (self.items_error, self.damage_error, self.pin_error):
            e.show_message("")
        if not lines and not missing:
            self.items_error.show_message(self.tr("Mark at least one item as returned or missing."))
            return
        pin = None if self.absent.isChecked() else self.pin.text()
        if pin == "":
            self.pin_error.show_message(self.tr("The holder types their PIN, or tick that they are not present."))
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        damage, photos, notes = self.damage.toPlainText(), list(self.photos), self.notes.text()
        self.ok.setEnabled(False)
        n_back, n_missing = len(lines), len(missing)
        self._summary = (n_back, n_missing)
        Op(self, lambda fo: fo.desk.return_items(lines, acknowledgement=pin, damage=damage, missing=missing,
                                                 photos=photos, notes=notes)) \
            .success(self._on_done).failure(self._on_failed).run()

    def _on_done(self, _changes: Changes) -> None:
        n_back, n_missing = self._summary
        text = self.tr("Returned %n item(s).", "", n_back)
        if n_missing:
            text += " " + self.tr("%n missing: incident opened.", "", n_missing)
        self.result_text = text
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        if not isinstance(exc, FieldOpsError):
            show_error(self, exc)
            return
        target = {"acknowledgement": self.pin_error, "damage": self.damage_error, "file": self.items_error,
                  "items": self.items_error}.get(exc.field or "")
        if target is None:
            show_error(self, exc)
            return
        target.show_message(message(exc))
        if exc.field == "acknowledgement":
            self.pin.clear()
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
        elif exc.field == "damage":
            self.damage.setFocus(Qt.FocusReason.OtherFocusReason)
