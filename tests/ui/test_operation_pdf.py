"""The printable operation report: HTML content and escaping, the PDF's text (LV/LT letters, outcomes, the
footer on every page), the purpose dialog, and the export's order of writing and audit recording."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialog, QFileDialog

from fieldops.dto import CheckDTO, CrewMember, EquipmentUse, OperationDetail, PersonRef
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.night import night_context
from fieldops.services.audit import AuditService
from tests import factories
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, FAST_OPEN, WAIT_MS, Harness, MessageBoxes, Person
from ui import theme, vocab
from ui.dialogs.disclosure import PurposeDialog
from ui.main_window import MainWindow
from ui.reports import export
from ui.reports.export import export_operation_pdf, load_report_data, night_for
from ui.reports.operation_pdf import footer_text, operation_html, render_pdf, write_operation_pdf

LV_LETTERS = "āčēģīķļņšūž"
LT_LETTERS = "ąčęėįšųūž"
NARRATIVE = f"Šventoji, {LT_LETTERS}, {LV_LETTERS}\n<script>alert('x')</script> & more.\n\nSecond paragraph."
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8  # JPEG magic + payload
PHOTO_SHA = hashlib.sha256(PHOTO).hexdigest()
SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


# ---- data ----------------------------------------------------------------------------------------------------
def build_operation(home: Path, officer: Person, extra_checks: int = 0) -> str:
    """An operation logged by `officer` through the core: Nīca, position, times, narrative, checks."""
    admin = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    fo = factories.login(admin, officer.id)
    try:
        op_id = factories.operation(fo, hours_ago=3)
        detail = fo.operations.get(op_id)
        fo.operations.update(op_id, detail.version, actual_start=factories.utc(3), actual_end=factories.utc(0.5),
                             lat=56.3456, lon=21.0678, narrative=NARRATIVE, weather="skaidrs, −3 °C",
                             visibility="moderate", vehicle="VP-123")
        fo.checks.add(op_id, kind="traffic", at=factories.utc(2.5), outcome="administrative_protocol",
                      lat=56.35, lon=21.07,
                      facts={"plate": "AB 1234", "driver_category": "novice", "alcohol_permille": [0.3],
                             "speed_measured": 92, "speed_limit": 50},
                      overrides={"plate_format_unknown": "Diplomatic plate, checked"})
        fo.checks.add(op_id, kind="hunter", at=factories.utc(2), outcome="no_violation",
                      facts={"species": "wild_boar", "sight": "thermal", "position": "stand",
                             "boar_harvested": True, "boar_marker": "LV-778812"})
        fo.checks.add(op_id, kind="other", at=factories.utc(1.5), outcome="warning",
                      facts={"category": "suspicious vehicle", "text": "Parked by the forest road near Rucava"})
        photo = home.parent / "Nīcas_ceļš_01.jpg"
        photo.write_bytes(PHOTO)
        fo.attachments.add("operation", op_id, photo)
        for i in range(extra_checks):
            fo.checks.add(op_id, kind="traffic", at=factories.utc(2.9) + timedelta(minutes=i),
                          outcome="no_violation", facts={"plate": f"AB-{1000 + i}", "alcohol_permille": [0.0]})
        return op_id
    finally:
        fo.close()
        admin.close()


def report_pdf(home: Path, officer: Person, op_id: str, path: Path, purpose: str = "Case file") -> int:
    fo = FAST_OPEN(home, officer.username, officer.password)
    try:
        data = load_report_data(fo, op_id)
    finally:
        fo.close()
    html = operation_html(data.detail, data.checks, data.attachments, data.night, agency_name=data.agency_name)
    return write_operation_pdf(html, path, data.printed_by, purpose, timezone=data.detail.timezone,
                               title=data.detail.number)


def pages_text(path: Path) -> list[str]:
    """The text of each page, whitespace collapsed (Qt positions words separately; pypdf joins them with tabs
    or newlines)."""
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(str(path)).pages]


def number_of(home: Path, op_id: str) -> str:
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        return fo.operations.get(op_id).number
    finally:
        fo.close()


def disclosures(home: Path) -> list[tuple[Any, ...]]:
    fo = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        return factories.rows(fo, "SELECT entity, entity_id, purpose, details, actor_id FROM audit_event "
                                  "WHERE action = 'disclosure' ORDER BY seq")
    finally:
        fo.close()


def sample_detail(country: str = "LV", **changes: Any) -> OperationDetail:
    start = datetime(2024, 11, 10, 17, 30, tzinfo=UTC)
    values: dict[str, Any] = dict(
        id="op1", number="KRP-2024-000123", type="hunter_control", status="submitted", version=3, agency_id="a1",
        agency_short="VP Kurzeme", country=country, timezone="Europe/Riga" if country == "LV" else "Europe/Vilnius",
        lead_id="u1",
        crew=(CrewMember(PersonRef("u1", "Inese Kalniņa", "B00012", "VP Kurzeme"), True),
              CrewMember(PersonRef("u2", "Jonas Petrauskas", None, "Klaipėdos AVPK"), False)),
        equipment=(EquipmentUse("e1", "KRP-TI-004", "Pulsar Helion XP50", "thermal_imager", 7.5),),
        vehicle="VP-123", area_name="Nīca", lat=56.3456, lon=21.0678, planned_start=start,
        planned_end=start + timedelta(hours=8), actual_start=start, actual_end=start + timedelta(hours=7),
        weather="skaidrs", visibility="good", narrative=NARRATIVE, check_count=1, violation_count=0,
        created_by="u1", submitted_at=None, editable=False,
        review_comments=((start + timedelta(days=1), "Zane Ozola", "Add the <marker> number."),))
    values.update(changes)
    return OperationDetail(**values)


def sample_check(**changes: Any) -> CheckDTO:
    values: dict[str, Any] = dict(
        id="c1", operation_id="op1", kind="traffic", at=datetime(2024, 11, 10, 19, 5, tzinfo=UTC), lat=None,
        lon=None, outcome="administrative_protocol", violation=True,
        facts={"plate": "AB 1234", "alcohol_permille": [0.3], "driver_category": "novice"},
        flags=({"code": "alcohol_over_limit", "severity": "violation", "field": "alcohol_permille",
                "params": {"permille": 0.3, "limit": 0.2, "category": "novice"}, "decision": "confirmed",
                "reason": None},
               {"code": "plate_format_unknown", "severity": "warning", "field": "plate",
                "params": {"plate": "AB 1234", "country": "LV", "example": "AB-1234"}, "decision": "overridden",
                "reason": "Diplomatic <plate>"}),
        rule_pack="lv-2023-04-01@1", version=1, voided=False)
    values.update(changes)
    return CheckDTO(**values)


# ---- the HTML ---------------------------------------------------------------------------------------------------
def test_html_escapes_user_text(qapp: Any) -> None:
    detail = sample_detail(area_name="Nīca <b>", vehicle="<img src=x>")
    attachment = SimpleNamespace(filename="<evil>.jpg", size=10, sha256=SHA)
    html = operation_html(detail, [sample_check()], [attachment], None)
    assert "<script>" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more." in html
    assert "Nīca &lt;b&gt;" in html and "&lt;img src=x&gt;" in html and "&lt;evil&gt;.jpg" in html
    assert "Diplomatic &lt;plate&gt;" in html, "override reasons are escaped"
    assert "Add the &lt;marker&gt; number." in html, "review comments are escaped"
    assert "<img" not in html


def test_html_lists_facts_crew_equipment_night_checks_and_attachments(qapp: Any) -> None:
    night = night_context(56.3456, 21.0678, date(2024, 11, 10), "Europe/Riga")
    attachment = SimpleNamespace(filename="IMG_0001.jpg", size=2_345_678, sha256=SHA)
    html = operation_html(sample_detail(), [sample_check()], [attachment], night,
                          agency_name="Valsts policijas Kurzemes reģiona pārvalde")
    assert "Valsts policijas Kurzemes reģiona pārvalde" in html and "KRP-2024-000123" in html
    assert vocab.operation_type("hunter_control") in html and vocab.operation_status("submitted") in html
    assert "Europe/Riga" in html and "19:30 EET" in html, "times in the agency's zone, with the zone"
    assert "56.34560° N, 21.06780° E" in html and "LKS-92: E " in html
    assert "Inese Kalniņa · badge B00012" in html and "— <b>lead</b>" in html and "Jonas Petrauskas" in html
    assert "KRP-TI-004" in html and "7.5 h" in html
    assert "Sunset" in html and "nautical dusk" in html and "Nautical dawn" in html and "sunrise" in html
    assert re.search(r"Moon: \d+ % lit", html)
    assert "Plate AB 1234" in html and "Alcohol 0.30 ‰" in html
    assert "Alcohol 0.30 ‰ is over the limit of 0.20 ‰ for a novice driver." in html
    assert "confirmed" in html and "overridden: Diplomatic" in html and "lv-2023-04-01@1" in html
    assert vocab.outcome_name("administrative_protocol") in html
    assert SHA in html and "IMG_0001.jpg" in html
    assert "Zane Ozola" in html


def test_lithuanian_operation_gets_lks94(qapp: Any) -> None:
    detail = sample_detail("LT", lat=55.9175, lon=21.0686)
    html = operation_html(detail, [], [], None)
    assert "LKS-94: E " in html and "LKS-92" not in html
    assert "No checks were logged." in html and "No attachments." in html


def test_night_is_that_of_the_evening_before_an_after_midnight_start(qapp: Any) -> None:
    late = datetime(2024, 11, 10, 23, 30, tzinfo=UTC)  # 01:30 on the 11th in Riga
    night = night_for(sample_detail(actual_start=late))
    assert night is not None and night.on == date(2024, 11, 10)
    assert night_for(sample_detail(lat=None, lon=None)) is None


# ---- the PDF ----------------------------------------------------------------------------------------------------
def test_pdf_text_has_number_letters_outcomes_and_footer(qapp: Any, home: Path, officer: Person,
                                                          tmp_path: Path) -> None:
    op_id = build_operation(home, officer)
    target = tmp_path / "report.pdf"
    assert report_pdf(home, officer, op_id, target, purpose="Court / prosecutor request") == 1
    [text] = pages_text(target)
    assert number_of(home, op_id) in text
    assert "Nīca" in text
    assert f"Šventoji, {LT_LETTERS}, {LV_LETTERS}" in text, "LV and LT letters are real text in the PDF"
    assert "Inese Kalniņa" in text
    for outcome in ("administrative_protocol", "no_violation", "warning"):
        assert vocab.outcome_name(outcome) in text
    assert "Diplomatic plate, checked" in text, "the override reason is printed"
    assert "LV-778812" in text
    assert "Nīcas_ceļš_01.jpg" in text and PHOTO_SHA in text, "attachments with their SHA-256 fingerprint"
    assert "Printed by Inese Kalniņa on " in text and "purpose: Court / prosecutor request" in text
    assert "Page 1 of 1" in text
    assert not list(tmp_path.glob(".*.part")), "no temporary file is left"


def test_long_report_has_the_footer_on_every_page(qapp: Any, home: Path, officer: Person, tmp_path: Path) -> None:
    op_id = build_operation(home, officer, extra_checks=60)
    target = tmp_path / "long.pdf"
    pages = report_pdf(home, officer, op_id, target)
    texts = pages_text(target)
    assert pages > 1 and len(texts) == pages
    for index, text in enumerate(texts, start=1):
        assert f"Page {index} of {pages}" in text
        assert "Printed by Inese Kalniņa" in text and "purpose: Case file" in text
    assert "AB-1059" in " ".join(texts)
    assert not re.search("[\ufb00-\ufb06]", " ".join(texts)), "no ligature glyphs: 'file', 'traffic' stay searchable"


def test_pdf_is_black_on_white_in_the_night_theme(qapp: Any) -> None:
    theme.apply(qapp, "night")
    try:
        data, _pages = render_pdf(operation_html(sample_detail(), [sample_check()], [], None), "A", "B")
    finally:
        theme.apply(qapp, "day")
    content = PdfReader(io.BytesIO(data)).pages[0].get_contents()
    assert content is not None
    stream = content.get_data().decode("latin-1")
    red = " ".join(f"{c / 255:.6f}".rstrip("0") for c in (0xD4, 0x2A, 0x2A))
    assert "0.831" not in stream and red not in stream, "the night theme's red text never reaches paper"


def test_a_long_purpose_is_shortened_in_the_footer_only(qapp: Any) -> None:
    purpose = "Prosecutor's request no. 11/2024 " + "x" * 600
    text = footer_text("Inese Kalniņa", datetime(2024, 11, 10, 21, 5, tzinfo=UTC), purpose, "Europe/Riga")
    assert text.startswith("Printed by Inese Kalniņa on ") and "23:05 EET" in text
    assert "purpose: Prosecutor's request no. 11/2024 x" in text and text.endswith("…")
    assert len(text) < 300
    data, pages = render_pdf("<p>short</p>", "Inese Kalniņa", purpose)
    assert pages == 1 and data.startswith(b"%PDF-")


# ---- the purpose dialog -------------------------------------------------------------------------------------------
def test_purpose_dialog_needs_a_choice_and_details_for_other(qtbot: Any) -> None:
    dialog = PurposeDialog("Operation X as PDF")
    qtbot.addWidget(dialog)
    assert "Operation X as PDF" in dialog.intro.text()
    assert dialog.choice.currentIndex() == -1 and not dialog.ok_button.isEnabled()
    dialog.choice.setCurrentIndex(dialog.choice.findData("case_file"))
    assert dialog.ok_button.isEnabled() and dialog.purpose() == "Case file"
    dialog.details.setText("  2024/118  ")
    assert dialog.purpose() == "Case file: 2024/118"
    dialog.details.clear()
    dialog.choice.setCurrentIndex(dialog.choice.findData("other"))
    assert not dialog.ok_button.isEnabled() and dialog.purpose() == ""
    assert dialog.hint.text()
    dialog._on_ok()
    assert dialog.result() != QDialog.DialogCode.Accepted.value, "OK without a purpose does nothing"
    dialog.details.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.details.setText("Press office asked for statistics")
    assert dialog.ok_button.isEnabled() and dialog.purpose() == "Press office asked for statistics"
    assert [dialog.choice.itemText(i) for i in range(dialog.choice.count())] == [
        "Case file", "Court / prosecutor request", "Internal review", "Project reporting", "Other (describe)"]


# ---- the export -------------------------------------------------------------------------------------------------
class Dialogs:
    def __init__(self) -> None:
        self.purpose_shown = 0
        self.save_asked: list[str] = []


@pytest.fixture
def dialogs() -> Dialogs:
    return Dialogs()


def answer(monkeypatch: pytest.MonkeyPatch, seen: Dialogs, *, purpose: str | None, save_to: Path | None) -> None:
    """Patch the two modal questions: the purpose (None = Cancel) and the file name (None = Cancel)."""

    def purpose_exec(self: PurposeDialog) -> int:
        seen.purpose_shown += 1
        if purpose is None:
            return QDialog.DialogCode.Rejected.value
        self.choice.setCurrentIndex(self.choice.findText(purpose))
        assert self.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted.value

    def save_name(_parent: Any, _title: str, default: str, _filter: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        seen.save_asked.append(default)
        return (str(save_to) if save_to else "", "")

    monkeypatch.setattr(PurposeDialog, "exec", purpose_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))


def start(harness: Harness, home: Path, officer: Person) -> MainWindow:
    harness.start(home)
    return harness.open_as(officer.username, officer.password)


def test_export_writes_the_pdf_and_records_one_disclosure(harness: Harness, home: Path, officer: Person,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          dialogs: Dialogs) -> None:
    op_id = build_operation(home, officer)
    number = number_of(home, op_id)
    window = start(harness, home, officer)
    target = tmp_path / "out" / "export.pdf"
    target.parent.mkdir()
    answer(monkeypatch, dialogs, purpose="Court / prosecutor request", save_to=target)

    export_operation_pdf(window, op_id)
    harness.qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=WAIT_MS)

    assert dialogs.purpose_shown == 1
    assert dialogs.save_asked and Path(dialogs.save_asked[0]).name == f"{number}.pdf"
    assert target.exists() and number in " ".join(pages_text(target))
    assert str(target) in window.statusBar().currentMessage()
    [(entity, entity_id, purpose, details, actor)] = disclosures(home)
    assert (entity, entity_id, purpose, actor) == ("operation", op_id, "Court / prosecutor request", officer.id)
    assert '"format": "pdf"' in details and '"file": "export.pdf"' in details, "the file name only, no folder"
    assert str(tmp_path) not in details


def test_cancel_at_the_purpose_writes_and_records_nothing(harness: Harness, home: Path, officer: Person,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         dialogs: Dialogs) -> None:
    op_id = build_operation(home, officer)
    window = start(harness, home, officer)
    answer(monkeypatch, dialogs, purpose=None, save_to=tmp_path / "never.pdf")

    export_operation_pdf(window, op_id)
    harness.settle()

    assert dialogs.purpose_shown == 1 and dialogs.save_asked == [], "no file name is asked after a cancel"
    assert not (tmp_path / "never.pdf").exists()
    assert disclosures(home) == []


def test_cancel_at_the_file_name_records_nothing(harness: Harness, home: Path, officer: Person,
                                                 monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    op_id = build_operation(home, officer)
    window = start(harness, home, officer)
    answer(monkeypatch, dialogs, purpose="Case file", save_to=None)

    export_operation_pdf(window, op_id)
    harness.settle()

    assert len(dialogs.save_asked) == 1
    assert disclosures(home) == []


@pytest.mark.parametrize("where", ["missing folder", "a folder in the way"])
def test_a_failing_write_records_nothing(harness: Harness, home: Path, officer: Person, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs,
                                         message_boxes: MessageBoxes, where: str) -> None:
    op_id = build_operation(home, officer)
    window = start(harness, home, officer)
    if where == "missing folder":
        target = tmp_path / "no-such-folder" / "x.pdf"
    else:
        target = tmp_path / "blocked.pdf"
        target.mkdir()  # os.replace cannot put a file where a folder is (even as root)
    answer(monkeypatch, dialogs, purpose="Case file", save_to=target)

    export_operation_pdf(window, op_id)
    harness.qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=WAIT_MS)
    harness.settle()

    [(kind, _title, text)] = message_boxes.take()
    assert kind == "warning" and "could not be saved" in text and str(target) in text
    assert disclosures(home) == []
    assert not target.is_file()
    assert not list(tmp_path.rglob("*.part")), "the temporary file is removed"
    assert not window.statusBar().currentMessage()


def test_a_failing_audit_record_deletes_the_written_file(harness: Harness, home: Path, officer: Person,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         dialogs: Dialogs, message_boxes: MessageBoxes) -> None:
    op_id = build_operation(home, officer)
    window = start(harness, home, officer)
    target = tmp_path / "export.pdf"
    answer(monkeypatch, dialogs, purpose="Internal review", save_to=target)
    written: list[bool] = []

    def refuse(self: AuditService, *args: Any, **kwargs: Any) -> Any:
        written.append(target.exists())  # the file is there when the record is attempted
        raise FieldOpsError(ErrorCode.NOT_PERMITTED)

    monkeypatch.setattr(AuditService, "record_disclosure", refuse)

    export_operation_pdf(window, op_id)
    harness.qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=WAIT_MS)

    assert written == [True]
    assert not target.exists(), "no disclosure without its audit record"
    [(kind, _title, text)] = message_boxes.take()
    assert kind == "warning" and "PDF was deleted" in text
    assert disclosures(home) == []


def test_default_file_name_is_safe(qapp: Any) -> None:
    assert export.default_path("KRP/2024:7").name == "KRP-2024-7.pdf"
    assert export.default_path("...").name == "operation.pdf"


def test_report_follows_the_ui_language(qapp: Any, tmp_path: Path) -> None:
    """Labels come from the installed translators (a tiny Latvian catalogue built here, so the test does not
    depend on the state of resources/i18n)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "report_lv.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="lv_LV">'
        "<context><name>OperationReport</name>"
        "<message><source>Operation report</source><translation>Operācijas atskaite</translation></message>"
        "<message><source>Page %1 of %2</source><translation>%1. lapa no %2</translation></message>"
        "</context></TS>", encoding="utf-8")
    qm = tmp_path / "report_lv.qm"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        html = operation_html(sample_detail(), [sample_check()], [], None)
        target = tmp_path / "lv.pdf"
        write_operation_pdf(html, target, "Inese Kalniņa", "Lietas materiāli")
    finally:
        qapp.removeTranslator(translator)
    [text] = pages_text(target)
    assert "Operācijas atskaite" in text and "1. lapa no 1" in text
    assert "purpose: Lietas materiāli" in text
