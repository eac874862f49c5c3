"""Import inventory from a CSV file: choose the file, see every row and its problems, import all or the good rows.

    dialog = EquipmentImportDialog(parent)      # the desk's "Import CSV…"; dialog.open()
    dialog.imported                             # how many items the import created (0 until it did)

The file is read and checked on the DB thread (`fo.equipment_import.preview`: parsing 5,000 rows takes about
0.1 s, checking their tags against the workspace 25 ms). Nothing is written until "Import": it stays disabled
while any row has a problem, unless "Skip the rows with problems" is ticked; the commit is one transaction
(`fo.equipment_import.commit`), so bad rows are never half-imported. A tag taken between preview and commit
(another laptop's sync) refuses the whole commit; the dialog then checks the file again and shows the row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldops.changes import Changes
from fieldops.equipment_csv import MAX_ROWS, ImportPreview, RowResult
from fieldops.errors import ErrorCode, FieldOpsError
from ui import theme
from ui.errors import message, show_error
from ui.ops import Op, Query
from ui.vocab import equipment_kind
from ui.widgets.forms import FieldError

Index = QModelIndex | QPersistentModelIndex


def field_label(name: str | None) -> str:
    """The column/field name as the manager knows it."""
    labels = {
        "asset_tag": QCoreApplication.translate("EquipmentImport", "Asset tag"),
        "serial_no": QCoreApplication.translate("EquipmentImport", "Serial no."),
        "kind": QCoreApplication.translate("EquipmentImport", "Kind"),
        "make": QCoreApplication.translate("EquipmentImport", "Make"),
        "model": QCoreApplication.translate("EquipmentImport", "Model"),
        "location": QCoreApplication.translate("EquipmentImport", "Location"),
        "project_funded": QCoreApplication.translate("EquipmentImport", "Project-funded"),
        "usage_hours": QCoreApplication.translate("EquipmentImport", "Usage hours"),
        "battery_cycles": QCoreApplication.translate("EquipmentImport", "Battery cycles"),
        "next_service": QCoreApplication.translate("EquipmentImport", "Next service"),
        "service_hours": QCoreApplication.translate("EquipmentImport", "Service every (hours)"),
        "notes": QCoreApplication.translate("EquipmentImport", "Notes"),
        "row": QCoreApplication.translate("EquipmentImport", "Row"),
    }
    return labels.get(name or "", name or "")


def problem_text(exc: FieldOpsError) -> str:
    """One problem of a row, translated: "Kind: This value is not valid: binokulis"."""
    params = exc.params
    if exc.code == ErrorCode.DUPLICATE and params.get("where") == "file":
        text = QCoreApplication.translate(
            "EquipmentImport", "'%1' appears more than once in the file (also line %2).").replace(
            "%1", str(params.get("value", ""))).replace("%2", str(params.get("lines", "")))
    elif exc.code == ErrorCode.DUPLICATE and params.get("where") == "workspace":
        text = QCoreApplication.translate(
            "EquipmentImport", "'%1' is already used by an item or kit in this workspace.").replace(
            "%1", str(params.get("value", "")))
    elif exc.field == "row" and "cells" in params:
        text = QCoreApplication.translate(
            "EquipmentImport", "The row has %1 cells but the header only %2 columns.").replace(
            "%1", str(params["cells"])).replace("%2", str(params["columns"]))
    else:
        text = message(exc)
    return f"{field_label(exc.field)}: {text}" if exc.field else text


def file_problem_text(exc: FieldOpsError) -> str:
    """A problem of the whole file, translated."""
    key = (exc.code, exc.field)
    columns = str(exc.params.get("columns", ""))
    if key == (ErrorCode.REQUIRED, "file"):
        return QCoreApplication.translate("EquipmentImport", "The file is empty.")
    if key == (ErrorCode.OUT_OF_RANGE, "file"):
        return QCoreApplication.translate(
            "EquipmentImport", "The file is larger than 5 MB. Split it into smaller files.")
    if key == (ErrorCode.OUT_OF_RANGE, "rows"):
        return QCoreApplication.translate(
            "EquipmentImport", "The file has more than %1 rows. Split it into smaller files.").replace(
            "%1", QLocale().toString(MAX_ROWS))
    if key == (ErrorCode.REQUIRED, "rows"):
        return QCoreApplication.translate("EquipmentImport", "The file has a header line but no rows.")
    if key == (ErrorCode.INVALID, "columns"):
        return QCoreApplication.translate(
            "EquipmentImport", "Unknown columns: %1. Rename them to a known column name or delete them.").replace(
            "%1", columns)
    if key == (ErrorCode.REQUIRED, "columns"):
        return QCoreApplication.translate("EquipmentImport", "Required columns are missing: %1.").replace(
            "%1", columns)
    if key == (ErrorCode.DUPLICATE, "columns"):
        return QCoreApplication.translate("EquipmentImport", "Columns named twice: %1.").replace("%1", columns)
    return message(exc)


class PreviewModel(QAbstractTableModel):
    """The preview's rows: line, tag, serial, kind, make and model, location, and the problems."""

    COLUMNS = ("line", "asset_tag", "serial_no", "kind", "make_model", "location", "problem")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RowResult] = []

    def set_rows(self, rows: list[RowResult]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "line": QCoreApplication.translate("EquipmentImport", "Line"),
            "asset_tag": QCoreApplication.translate("EquipmentImport", "Asset tag"),
            "serial_no": QCoreApplication.translate("EquipmentImport", "Serial no."),
            "kind": QCoreApplication.translate("EquipmentImport", "Kind"),
            "make_model": QCoreApplication.translate("EquipmentImport", "Make and model"),
            "location": QCoreApplication.translate("EquipmentImport", "Location"),
            "problem": QCoreApplication.translate("EquipmentImport", "Problem"),
        }[self.COLUMNS[section]]

    def text(self, row: RowResult, key: str) -> str:
        raw, values = row.raw, row.values
        if key == "line":
            return str(row.line_no)
        if key == "asset_tag":
            return row.tag
        if key == "kind":
            kind = values.get("kind")
            return equipment_kind(str(kind)) if kind else raw.get("kind", "")
        if key == "make_model":
            return " ".join(p for p in (raw.get("make", ""), raw.get("model", "")) if p)
        if key == "problem":
            return "\n".join(problem_text(p) for p in row.problems)
        return raw.get(key, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and not row.ok:
            return QColor(theme.current().danger)
        if role == Qt.ItemDataRole.FontRole and not row.ok and key in ("line", "problem"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "line":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class EquipmentImportDialog(QDialog):
    """"Import inventory from CSV". `imported` is the number of items created once the import succeeded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.path: Path | None = None
        self.imported = 0
        self.setObjectName("equipmentImport")
        self.setWindowTitle(self.tr("Import inventory from CSV"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "A CSV file with a header line. Required columns: asset tag, serial no., kind, make, model. "
            "Optional: location, project-funded, usage hours, battery cycles, next service, service hours, notes. "
            "Column names may be in English, Latvian or Lithuanian; UTF-8 or Windows-1257; separated by "
            "commas, semicolons or tabs."), objectName="muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        chooser = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose file…"), objectName="chooseFile")
        self.file_label = QLabel(self.tr("No file chosen."), objectName="fileName")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.file_label, 1)
        layout.addLayout(chooser)

        self.file_error = FieldError()
        self.file_error.setObjectName("fileProblems")
        layout.addWidget(self.file_error)
        self.notice = FieldError()  # why the last import was refused
        self.notice.setObjectName("importRefused")
        layout.addWidget(self.notice)

        self.model = PreviewModel(self)
        self.table = QTableView(objectName="previewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((50, 110, 110, 170, 180, 120)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        self.summary = QLabel(objectName="summary")
        layout.addWidget(self.summary)
        self.skip = QCheckBox(objectName="skipBad")
        self.skip.hide()
        layout.addWidget(self.skip)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.skip.toggled.connect(self._on_skip_toggled)
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)

    # ---- choosing and previewing ------------------------------------------------------------------------------
    def _on_choose_clicked(self) -> None:
        start = str(self.path.parent) if self.path else QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the inventory CSV file"), start,
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read and check `path` on the DB thread, then show the preview."""
        self.path = path
        self.file_label.setText(str(path))
        self.preview = None
        self.model.set_rows([])
        self.file_error.show_message("")
        self.notice.show_message("")
        self.summary.setText(self.tr("Reading the file…"))
        self.skip.hide()
        self._set_busy(True)
        Query(self, lambda fo: fo.equipment_import.preview(path)).success(self._on_previewed).failure(
            self._on_preview_failed).run()

    def _on_previewed(self, preview: ImportPreview) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self.show_preview(preview)

    def _on_preview_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self.summary.setText("")
        self.file_error.show_message(file_problem_text(exc) if isinstance(exc, FieldOpsError) else message(exc))

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        self.table.resizeRowsToContents()
        self.file_error.show_message("\n".join(file_problem_text(p) for p in preview.file_problems))
        total, good, bad = len(preview.rows), len(preview.good_rows), len(preview.bad_rows)
        if total:
            self.summary.setText(self.tr("%1: %2, %3").replace("%1", self.tr("%n rows", "", total)).replace(
                "%2", self.tr("%n ready", "", good)).replace("%3", self.tr("%n with problems", "", bad)))
        else:
            self.summary.setText("")
        skippable = bad > 0 and good > 0 and not preview.file_problems
        self.skip.blockSignals(True)
        self.skip.setChecked(False)
        self.skip.blockSignals(False)
        self.skip.setText(self.tr("&Skip the %n rows with problems and import the others", "", bad))
        self.skip.setVisible(skippable)
        if bad:
            first = next(i for i, r in enumerate(preview.rows) if not r.ok)
            self.table.scrollTo(self.model.index(first, 0))
        self._update_import()

    def _on_skip_toggled(self, _checked: bool) -> None:
        self._update_import()

    def _update_import(self) -> None:
        ready = self.preview is not None and self.preview.importable(self.skip.isChecked())
        self.import_button.setEnabled(ready)
        if self.preview is not None and ready:
            count = len(self.preview.good_rows)
            self.import_button.setText(self.tr("&Import %n items", "", count))
        else:
            self.import_button.setText(self.tr("&Import"))

    def _set_busy(self, busy: bool) -> None:
        self.choose_button.setEnabled(not busy)
        self.skip.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)

    # ---- importing ----------------------------------------------------------------------------------------------
    def _on_import(self) -> None:
        preview, skip = self.preview, self.skip.isChecked()
        if preview is None or not preview.importable(skip):
            return
        self._set_busy(True)
        self.summary.setText(self.tr("Importing…"))
        Op(self, lambda fo: fo.equipment_import.commit(preview, skip)).success(
            lambda changes: self._on_imported(changes, len(preview.good_rows))).failure(
            self._on_import_failed).run()

    def _on_imported(self, _changes: Changes, count: int) -> None:
        if not isValid(self):
            return
        self.imported = count
        self._set_busy(False)
        self.accept()

    def _on_import_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        if isinstance(exc, FieldOpsError) and exc.code == ErrorCode.DUPLICATE and self.path is not None:
            # A tag was taken meanwhile: nothing was written; show the file as it stands against the workspace.
            line = exc.params.get("line")
            self.load(self.path)
            self.notice.show_message(
                self.tr("Nothing was imported: line %1 uses a tag that was added meanwhile.").replace(
                    "%1", str(line or "?")))
            return
        self._update_import()
        if self.preview is not None:
            self.show_preview(self.preview)
        show_error(self, exc)
