"""Print asset-tag labels: the chosen items on an A4 label sheet as a PDF (QR code, tag, name, agency).

    dialog = EquipmentLabelsDialog(items, parent)   # items: the desk's selected ItemDTOs; dialog.open()
    dialog.saved_path                               # the PDF written last (None until one was)

The manager picks the sheet (Avery/Herma L7160, L7163, L7159, L7651: `fieldops.labels.LAYOUTS`) and how many
labels of the first sheet are already used, then "Save PDF…". Rendering runs on the task runner's worker pool
(about 3 ms per label, mostly the QR encoding: `ui.reports.labels`), never on the GUI thread; the file is
written through a temporary file and a rename. Once saved, "Open PDF" opens it in the system's viewer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldops.dto import ItemDTO
from fieldops.errors import FieldOpsError
from fieldops.labels import DEFAULT_LAYOUT, LAYOUTS, LabelLayout, page_count
from ui import state
from ui.errors import message, show_error
from ui.reports.labels import render_labels
from ui.widgets.forms import FieldError

Index = QModelIndex | QPersistentModelIndex
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class _ItemList(QAbstractListModel):
    """The items to label: "NV-0012 — Pulsar Merger LRF XT50 (VP Kurzeme)"."""

    def __init__(self, items: Sequence[ItemDTO], parent: Any = None) -> None:
        super().__init__(parent)
        self.items = list(items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        return f"{item.asset_tag} — {item.name} ({item.agency_short})"


class EquipmentLabelsDialog(QDialog):
    """"Print labels" for `items` (ItemDTOs, in the order they are printed)."""

    def __init__(self, items: Sequence[ItemDTO], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = list(items)
        self.saved_path: Path | None = None
        self.saved_pages = 0
        self._rendering = False
        self.setObjectName("equipmentLabels")
        self.setWindowTitle(self.tr("Print labels"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        self.count_label = QLabel(self.tr("%n labels", "", len(self.items)), objectName="labelCount")
        layout.addWidget(self.count_label)
        self.list = QListView(objectName="labelItems")
        self.list.setModel(_ItemList(self.items, self))
        self.list.setMaximumHeight(180)
        layout.addWidget(self.list)

        form = QFormLayout()
        self.layout_combo = QComboBox(objectName="labelLayout")
        for code, sheet in LAYOUTS.items():
            self.layout_combo.addItem(self.layout_name(sheet), code)
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(DEFAULT_LAYOUT)))
        form.addRow(self.tr("&Label sheet"), self.layout_combo)
        self.skip = QSpinBox(objectName="skipLabels")
        self.skip.setToolTip(self.tr("Labels of the first sheet that were used already; printing starts after "
                                     "them (left to right, top to bottom)."))
        form.addRow(self.tr("&Skip first labels"), self.skip)
        layout.addLayout(form)

        self.summary = QLabel(objectName="sheetSummary")
        layout.addWidget(self.summary)
        self.status = QLabel(objectName="labelStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)
        self.error = FieldError()
        self.error.setObjectName("labelError")
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("savePdf")
        self.save_button.setDefault(True)
        self.open_button = self.buttons.addButton(self.tr("&Open PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openPdf")
        self.open_button.hide()
        layout.addWidget(self.buttons)

        self.layout_combo.currentIndexChanged.connect(self._on_layout_changed)
        self.skip.valueChanged.connect(self._on_skip_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.buttons.rejected.connect(self.reject)
        self._on_layout_changed()

    # ---- texts ----------------------------------------------------------------------------------------------
    def layout_name(self, sheet: LabelLayout) -> str:
        """"L7160 — 21 per sheet (3 × 7), 63.5 × 38.1 mm" in the locale's number format."""
        loc = QLocale()

        def mm(value: float) -> str:
            return loc.toString(value, "f", 1)

        return (self.tr("%1 — %2 per sheet (%3 × %4), %5 × %6 mm")
                .replace("%1", sheet.code).replace("%2", loc.toString(sheet.per_page))
                .replace("%3", loc.toString(sheet.columns)).replace("%4", loc.toString(sheet.rows))
                .replace("%5", mm(sheet.width_mm)).replace("%6", mm(sheet.height_mm)))

    def sheet(self) -> LabelLayout:
        return LAYOUTS[str(self.layout_combo.currentData())]

    def _on_layout_changed(self, _index: int = 0) -> None:
        sheet = self.sheet()
        self.skip.setRange(0, sheet.per_page - 1)
        self._update_summary()

    def _on_skip_changed(self, _value: int) -> None:
        self._update_summary()

    def _update_summary(self) -> None:
        pages = page_count(self.sheet(), len(self.items), self.skip.value())
        self.summary.setText(self.tr("%n sheets", "", pages))
        self.save_button.setEnabled(bool(self.items) and not self._rendering)

    # ---- saving ---------------------------------------------------------------------------------------------
    def default_path(self) -> Path:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        first = _UNSAFE.sub("-", self.items[0].asset_tag).strip(" .") if self.items else ""
        name = f"labels-{first}" if len(self.items) == 1 else "labels"
        return Path(documents or Path.home()) / f"{name}-{self.sheet().code}.pdf"

    def _on_save_clicked(self) -> None:
        if not self.items or self._rendering:
            return
        start = self.saved_path.parent / self.default_path().name if self.saved_path else self.default_path()
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the label sheet"), str(start),
                                                      self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".pdf")
        self.save(path)

    def save(self, path: Path) -> None:
        """Render the labels into `path` on a worker thread."""
        rows = [(i.asset_tag, i.name, i.agency_short) for i in self.items]
        sheet, skip = self.sheet(), self.skip.value()
        self._set_rendering(True)
        self.error.show_message("")
        self.status.setText(self.tr("Creating the labels…"))
        self.status.show()
        self.open_button.hide()
        state.get().runner.run_net(lambda: render_labels(path, rows, sheet, skip),
                                   lambda future: self._on_rendered(future, path))

    def _set_rendering(self, busy: bool) -> None:
        self._rendering = busy
        for widget in (self.layout_combo, self.skip):
            widget.setEnabled(not busy)
        self.save_button.setEnabled(not busy and bool(self.items))

    def _on_rendered(self, future: Future[Any], path: Path) -> None:
        if not isValid(self):
            return
        self._set_rendering(False)
        exc = future.exception()
        if exc is None:
            self.saved_path, self.saved_pages = path, int(future.result())
            self.status.setText(self.tr("Saved %1 (%n pages).", "", self.saved_pages).replace("%1", str(path)))
            self.open_button.show()
            self.open_button.setFocus()
            return
        self.status.hide()
        if isinstance(exc, OSError):
            self.error.show_message(self.tr("The PDF could not be saved to %1: %2").replace(
                "%1", str(path)).replace("%2", exc.strerror or str(exc)))
        elif isinstance(exc, FieldOpsError):
            self.error.show_message(message(exc))
        else:
            show_error(self, exc)

    def _on_open_clicked(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))
