"""Equipment desk dialogs: the CSV import preview (3 bad rows of 13 block the import until skipped or fixed) and
the asset-tag label sheet (pages, searchable LV/LT text, a full QR code whose drawn modules are the tag's)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from fieldops import labels
from fieldops.app import FieldOps
from fieldops.dto import ItemDTO
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.labels import LAYOUTS, QUIET_ZONE, page_count, positions, qr_code, qr_matrix
from fieldops.models.enums import Role
from fieldops.services.equipment import ItemFilter
from tests import factories
from tests.core.test_equipment_csv import BAD, sample_csv
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, FAST_OPEN, WAIT_MS, Harness, number_in
from ui import theme
from ui.dialogs.equipment_import import EquipmentImportDialog
from ui.dialogs.equipment_labels import EquipmentLabelsDialog
from ui.main_window import MainWindow
from ui.reports.labels import EDGE_MM, geometry, render_labels, render_page_image

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "equipment-labels.png"
NAMES = ("Ražotājs Ūdensdrošais", "Pulsar Merger LRF XT50", "Hikmicro Condor CQ35L", "Šiaulių Optika Žvaigždė")


def manager_session(home: Path) -> tuple[str, str]:
    """An equipment manager of Liepājas PP (user name, password), created by the administrator."""
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        uid = factories.user(fo, Role.EQUIPMENT_MANAGER, code="LPP", full_name="Ilze Kalniņa")
        return fo.users.get(uid).username, factories.PASSWORD
    finally:
        fo.close()


@pytest.fixture
def manager(home: Path) -> tuple[str, str]:
    return manager_session(home)


@pytest.fixture
def desk_window(harness: Harness, home: Path, manager: tuple[str, str]) -> MainWindow:
    harness.start(home)
    return harness.open_as(*manager)


def open_as(home: Path, manager: tuple[str, str]) -> FieldOps:
    return FAST_OPEN(home, *manager)


def item_count(home: Path, manager: tuple[str, str]) -> int:
    fo = open_as(home, manager)
    try:
        return len(fo.equipment.items(ItemFilter(include_retired=True)))
    finally:
        fo.close()


def make_items(home: Path, manager: tuple[str, str], count: int) -> list[ItemDTO]:
    fo = open_as(home, manager)
    try:
        fo.equipment.create_items([{"asset_tag": f"NV-{n:04d}", "serial_no": f"SN-{n}", "kind": "nv_binocular",
                                    "make": NAMES[n % len(NAMES)].split()[0],
                                    "model": " ".join(NAMES[n % len(NAMES)].split()[1:])}
                                   for n in range(1, count + 1)])
        return fo.equipment.items()
    finally:
        fo.close()


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    asked: list[str] = []

    def get_open(_parent: Any, title: str, *_args: Any, **_kwargs: Any) -> tuple[str, str]:
        asked.append(title)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    return asked


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    asked: list[str] = []

    def get_save(_parent: Any, title: str, *_args: Any, **_kwargs: Any) -> tuple[str, str]:
        asked.append(title)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    return asked


def pages_text(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(str(path)).pages]


# ---- CSV import -----------------------------------------------------------------------------------------------
def open_import(harness: Harness, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                path: Path) -> EquipmentImportDialog:
    dialog = EquipmentImportDialog(window)
    harness.qtbot.addWidget(dialog)
    dialog.show()
    choose_file(monkeypatch, path)
    dialog.choose_button.click()
    harness.qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    harness.settle()
    return dialog


def test_import_shows_three_problems_and_imports_the_ten_good_rows_only_when_skipped(
        harness: Harness, desk_window: MainWindow, home: Path, manager: tuple[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "inventory.csv"
    path.write_text(sample_csv(), encoding="utf-8")
    dialog = open_import(harness, desk_window, monkeypatch, path)
    model = dialog.model
    assert model.rowCount() == 13
    problem_col = model.COLUMNS.index("problem")
    problems = {int(model.text(r, "line")): model.text(r, "problem") for r in model.rows if not r.ok}
    assert sorted(problems) == sorted(BAD)
    assert problems[5].startswith("Kind: This value is not valid: binokulis")
    assert problems[9] == "Serial no.: This field is required."
    assert problems[13] == "Usage hours: The value must be between 0 and 100000."
    bad_row = next(n for n, r in enumerate(model.rows) if not r.ok)
    assert model.data(model.index(bad_row, problem_col)) == problems[5]
    assert QColor(model.data(model.index(bad_row, 1), 9)) == QColor(theme.current().danger)  # ForegroundRole
    assert model.data(model.index(0, 1), 9) is None  # a good row keeps the normal colour
    assert "13 rows" in dialog.summary.text() and "10 ready" in dialog.summary.text()
    assert "3 with problems" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.skip.isVisibleTo(dialog) and number_in(dialog.skip.text()) == 3

    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled() and number_in(dialog.import_button.text()) == 10
    dialog.skip.setChecked(False)
    assert not dialog.import_button.isEnabled()
    assert item_count(home, manager) == 0

    dialog.skip.setChecked(True)
    dialog.import_button.click()
    harness.qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted.value, timeout=WAIT_MS)
    harness.settle()
    assert dialog.imported == 10
    assert item_count(home, manager) == 10


def test_fixed_file_imports_all_thirteen(harness: Harness, desk_window: MainWindow, home: Path,
                                         manager: tuple[str, str], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "inventory.csv"
    path.write_text(sample_csv(fixed=True), encoding="utf-8")
    dialog = open_import(harness, desk_window, monkeypatch, path)
    assert all(r.ok for r in dialog.model.rows) and not dialog.skip.isVisibleTo(dialog)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    harness.qtbot.waitUntil(lambda: dialog.imported == 13, timeout=WAIT_MS)
    assert item_count(home, manager) == 13


def test_file_problems_are_shown_and_block_the_import(harness: Harness, desk_window: MainWindow,
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "krāsas.csv"
    path.write_bytes("Inventāra nr.;Sērijas nr.;Veids;Ražotājs;Modelis;Krāsa\nA-1;S;case;M;X;sarkana\n"
                     .encode("cp1257"))
    dialog = open_import(harness, desk_window, monkeypatch, path)
    assert dialog.file_error.isVisibleTo(dialog)
    assert dialog.file_error.text() == (
        "Unknown columns: Krāsa. Rename them to a known column name or delete them.")
    assert dialog.model.rowCount() == 1 and not dialog.import_button.isEnabled()
    assert not dialog.skip.isVisibleTo(dialog)

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    choose_file(monkeypatch, empty)
    dialog.choose_button.click()
    harness.qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    harness.settle()
    assert dialog.file_error.text() == "The file is empty." and not dialog.import_button.isEnabled()


def test_a_tag_taken_meanwhile_refuses_the_import_and_shows_the_row(
        harness: Harness, desk_window: MainWindow, home: Path, manager: tuple[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "inventory.csv"
    path.write_text(sample_csv(fixed=True), encoding="utf-8")
    dialog = open_import(harness, desk_window, monkeypatch, path)
    fo = open_as(home, manager)
    try:
        fo.equipment.create_item(asset_tag="NV-0002", serial_no="X", kind="case", make="M", model="X")
    finally:
        fo.close()
    dialog.import_button.click()
    harness.qtbot.waitUntil(lambda: dialog.notice.isVisibleTo(dialog), timeout=WAIT_MS)
    harness.qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    harness.settle()
    assert "line 3" in dialog.notice.text()
    assert [r.line_no for r in dialog.model.rows if not r.ok] == [3]
    assert "already used" in dialog.model.text(dialog.model.rows[1], "problem")
    assert item_count(home, manager) == 1 and dialog.result() == 0


# ---- labels ---------------------------------------------------------------------------------------------------
def label_rows(count: int) -> list[tuple[str, str, str]]:
    return [(f"NV-{n:04d}", NAMES[n % len(NAMES)], "Liepājas PP" if n % 2 else "Klaipėdos AVPK")
            for n in range(1, count + 1)]


def test_layouts_fit_a4_and_positions_fill_rows_then_sheets() -> None:
    for code, sheet in LAYOUTS.items():
        assert sheet.fits(), code
        gap = sheet.pitch_x_mm - sheet.width_mm
        assert abs(2 * sheet.left_mm + sheet.columns * sheet.width_mm + (sheet.columns - 1) * gap - 210) < 0.01
        assert abs(2 * sheet.top_mm + sheet.rows * sheet.pitch_y_mm - 297) < 0.01
    assert [(c.columns, c.rows, c.width_mm, c.height_mm) for c in LAYOUTS.values()] == [
        (3, 7, 63.5, 38.1), (2, 7, 99.1, 38.1), (3, 8, 63.5, 33.9), (5, 13, 38.1, 21.2)]
    l7160 = LAYOUTS["L7160"]
    placed = positions(l7160, 25)
    assert placed[0] == (0, 7.25, 15.15) and placed[1] == (0, 73.25, 15.15) and placed[3] == (0, 7.25, 53.25)
    assert placed[20] == (0, 139.25, 243.75) and placed[21] == (1, 7.25, 15.15)
    assert [p.page for p in placed].count(1) == 4
    assert positions(l7160, 2, skip=20) == [(0, 139.25, 243.75), (1, 7.25, 15.15)]
    assert page_count(l7160, 25) == 2 and page_count(l7160, 25, skip=20) == 3 and page_count(l7160, 0) == 0


@pytest.mark.parametrize(("count", "skip"), [(1, -1), (1, 21), (-1, 0)])
def test_bad_positions_are_refused(count: int, skip: int) -> None:
    with pytest.raises(FieldOpsError) as refused:
        positions(LAYOUTS["L7160"], count, skip)
    assert refused.value.code == ErrorCode.OUT_OF_RANGE


def test_bad_label_input_is_refused(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(FieldOpsError) as unknown:
        labels.layout("L9999")
    assert (unknown.value.code, unknown.value.field) == (ErrorCode.INVALID, "layout")
    for rows in ([], [("  ", "Name", "VP Kurzeme")]):
        with pytest.raises(FieldOpsError) as refused:
            render_labels(tmp_path / "x.pdf", rows, LAYOUTS["L7160"])
        assert refused.value.code == ErrorCode.REQUIRED
    assert not list(tmp_path.iterdir())


def test_label_pdf_for_25_items_on_l7160_has_two_pages_with_searchable_text(qapp: QApplication,
                                                                             tmp_path: Path) -> None:
    path = tmp_path / "labels.pdf"
    assert render_labels(path, label_rows(25), LAYOUTS["L7160"]) == 2
    text = pages_text(path)
    assert len(text) == 2
    assert "NV-0001" in text[0] and "NV-0021" in text[0] and "NV-0022" in text[1] and "NV-0025" in text[1]
    assert "Ražotājs Ūdensdrošais" in text[0] and "Liepājas PP" in text[0] and "Klaipėdos AVPK" in text[0]
    assert "Žvaigždė" in " ".join(text)
    assert not list(tmp_path.glob("*.part"))


def test_skip_moves_the_labels_onto_a_third_sheet(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "labels.pdf"
    assert render_labels(path, label_rows(25), LAYOUTS["L7160"], skip=20) == 3
    assert [t.count("NV-") for t in pages_text(path)] == [1, 21, 3]
    for code in ("L7163", "L7159", "L7651"):
        assert render_labels(tmp_path / f"{code}.pdf", label_rows(25), LAYOUTS[code]) == len(
            PdfReader(str(tmp_path / f"{code}.pdf")).pages)


def test_the_qr_code_is_a_full_qr_code_and_is_drawn_module_by_module(qapp: QApplication) -> None:
    tag = "NV-0001"
    code = qr_code(tag)
    assert not code.is_micro and isinstance(code.version, int) and code.version >= 1
    assert code.error in ("M", "Q", "H")  # at least M (segno raises it when the symbol does not grow)
    matrix = qr_matrix(tag)
    assert len(matrix) == 17 + 4 * code.version == len(matrix[0])
    assert qr_matrix(" nv-0001 ") == matrix  # the content is the tag as printed: trimmed, upper case

    # Read the symbol back from the rendered sheet: the module centres of label 1 must be the tag's matrix.
    layout, dpi = LAYOUTS["L7160"], 600
    image = render_page_image(label_rows(1), layout, dpi=dpi, outlines=False)
    pos = positions(layout, 1)[0]
    px = dpi / 25.4
    side = geometry(layout).qr_side_mm * px
    module = side / (len(matrix) + 2 * QUIET_ZONE)
    left = (pos.x_mm + EDGE_MM) * px + QUIET_ZONE * module
    top = pos.y_mm * px + (layout.height_mm * px - side) / 2 + QUIET_ZONE * module
    read = [[QColor(image.pixel(int(left + (c + 0.5) * module), int(top + (r + 0.5) * module))).value() < 128
             for c in range(len(matrix))] for r in range(len(matrix))]
    assert read == matrix
    quiet = [QColor(image.pixel(int(left - (k + 0.5) * module), int(top + 3.5 * module))).value()
             for k in range(QUIET_ZONE)]
    assert min(quiet) > 200  # the quiet zone is white


def test_a_failed_write_leaves_no_file(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "labels.pdf"
    with pytest.raises(OSError):
        render_labels(target, label_rows(3), LAYOUTS["L7160"])
    assert not target.exists() and not target.parent.exists()


def test_labels_dialog_saves_the_sheet_and_offers_to_open_it(
        harness: Harness, desk_window: MainWindow, home: Path, manager: tuple[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    items = make_items(home, manager, 25)
    dialog = EquipmentLabelsDialog(items, desk_window)
    harness.qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.model().rowCount() == 25 and number_in(dialog.count_label.text()) == 25
    assert dialog.layout_combo.currentData() == "L7160"
    assert dialog.layout_combo.currentText() == "L7160 — 21 per sheet (3 × 7), 63.5 × 38.1 mm"
    assert number_in(dialog.summary.text()) == 2
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("L7651"))
    assert dialog.skip.maximum() == 64 and number_in(dialog.summary.text()) == 1
    dialog.skip.setValue(50)
    assert number_in(dialog.summary.text()) == 2
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("L7160"))
    assert dialog.skip.maximum() == 20
    dialog.skip.setValue(0)

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    assert save_to(monkeypatch, None) is not None
    dialog.save_button.click()  # cancelled: nothing written
    assert dialog.saved_path is None and not dialog.open_button.isVisibleTo(dialog)

    target = tmp_path / "uzlīmes"
    asked = save_to(monkeypatch, target)
    dialog.save_button.click()
    harness.qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=WAIT_MS)
    harness.settle()
    assert asked == ["Save the label sheet"]
    assert dialog.saved_path == target.with_suffix(".pdf") and dialog.saved_pages == 2
    text = pages_text(target.with_suffix(".pdf"))
    assert len(text) == 2 and "NV-0001" in text[0] and "Liepājas PP" in text[0] and "Ražotājs" in text[0]
    assert dialog.open_button.isVisibleTo(dialog) and "2 pages" in dialog.status.text()
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(target.with_suffix(".pdf")))]


def test_labels_dialog_shows_a_write_failure(harness: Harness, desk_window: MainWindow, home: Path,
                                             manager: tuple[str, str], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    items = make_items(home, manager, 2)
    dialog = EquipmentLabelsDialog(items, desk_window)
    harness.qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "no-such-folder" / "labels.pdf"
    save_to(monkeypatch, target)
    dialog.save_button.click()
    harness.qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=WAIT_MS)
    harness.settle()
    assert dialog.error.text().startswith(f"The PDF could not be saved to {target}")
    assert dialog.saved_path is None and not target.exists() and dialog.save_button.isEnabled()


@pytest.mark.skipif(os.environ.get("FIELDOPS_SCREENSHOTS") != "1", reason="set FIELDOPS_SCREENSHOTS=1")
def test_screenshot_of_the_label_sheet(qapp: QApplication) -> None:
    """docs/screenshots/equipment-labels.png: sheet 1 of an L7160 PDF (3 labels already used), painted by the
    PDF's own code at 90 dpi (pdftoppm is not needed)."""
    rows = [(f"NV-{n:04d}", NAMES[n % len(NAMES)], "Liepājas PP") for n in range(1, 13)]
    rows += [(f"BAT-{n:03d}", "Saft LS 14500 akumulators", "VP Kurzeme") for n in range(1, 7)]
    image: QImage = render_page_image(rows, LAYOUTS["L7160"], skip=3, dpi=90)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SCREENSHOT), "PNG")
