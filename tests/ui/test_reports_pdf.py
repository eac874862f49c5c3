"""The night, period and project reports as PDF: Latvian and Lithuanian letters read back from the file (pypdf),
the report language independent of the interface language, charts drawn as vectors, figures in the text; and
the Reports dialog: purpose, file name, generation off the GUI thread, one DISCLOSURE per file."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QFileDialog

from fieldops.app import FieldOps
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.services.audit import AuditService
from fieldops.services.report_model import Report
from fieldops.services.reports import month_nights
from tests import factories
from tests.core.test_reports import LT_AREA, LT_NAMES, LV_AREA, LV_NAMES, NOVEMBER, Data, build
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, FAST_OPEN, WAIT_MS, Harness, Person
from ui.dialogs.disclosure import PurposeDialog
from ui.dialogs.reports import ReportsDialog
from ui.main_window import MainWindow
from ui.reports.period_pdf import PALETTE, ReportLanguage, render_page_image, render_report_pdf, write_report_pdf

LV_LETTERS = "āčēģīķļņšūž"
LT_LETTERS = "ąčęėįšųūž"


# ---- data ---------------------------------------------------------------------------------------------------------
@pytest.fixture
def data(home: Path) -> Data:
    admin = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    try:
        return build(admin)
    finally:
        admin.close()


def session(home: Path, user_id: str | None = None) -> Iterator[FieldOps]:
    admin = FAST_OPEN(home, ADMIN, ADMIN_PASSWORD)
    if user_id is None:
        yield admin
        admin.close()
        return
    try:
        fo = factories.login(admin, user_id)
    finally:
        admin.close()
    yield fo
    fo.close()


def report_of(home: Path, user_id: str | None, make: Any) -> Report:
    for fo in session(home, user_id):
        return make(fo)  # type: ignore[no-any-return]
    raise AssertionError


def pdf_text(data: bytes) -> str:
    """All pages' text, whitespace collapsed (Qt positions words separately; pypdf joins them with tabs)."""
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def filled_in(data: bytes, colour: str) -> int:
    """How many rectangles are filled in `colour` (#rrggbb) in the PDF's page content: vector chart bars."""
    want = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    count = 0
    for page in PdfReader(io.BytesIO(data)).pages:
        contents = page.get_contents()
        assert contents is not None
        fill: tuple[int, ...] | None = None
        rect = False
        for line in contents.get_data().decode("latin-1").splitlines():
            parts = line.split()
            if not parts:
                continue
            if parts[-1] in ("scn", "rg") and len(parts) == 4:
                fill = tuple(round(float(p) * 255) for p in parts[:3])
            elif parts[-1] == "re":
                rect = True
            elif parts[-1] == "f" and rect:
                count += fill == want
                rect = False
    return count


def images(data: bytes) -> list[tuple[int, int]]:
    """(width, height) of every raster image in the PDF."""
    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                out.append((int(obj["/Width"]), int(obj["/Height"])))
    return out


# ---- the PDF ------------------------------------------------------------------------------------------------------
def test_latvian_night_report_reads_back_with_latvian_letters(qapp: Any, home: Path, data: Data) -> None:
    report = report_of(home, data.supervisor_lv, lambda fo: fo.reports.night(fo.user.agency_id, date(2024, 11, 10)))
    pdf, pages = render_report_pdf(report, ReportLanguage("lv"), "Zane Ozola", "Iekšējā pārbaude: Nr. 7")
    assert pdf.startswith(b"%PDF-") and pages >= 1
    text = pdf_text(pdf)
    for name in (*LV_NAMES, LV_AREA, "Valsts policijas Kurzemes reģiona pārvalde", "Bārta, medību platība"):
        assert squeezed(name) in squeezed(text), name
    assert all(letter in text for letter in LV_LETTERS), [c for c in LV_LETTERS if c not in text]
    assert "Nakts no 10.11.2024" in text, "the operation report's Latvian labels are reused"
    assert "Satiksmes uzraudzība" in text and "Medību uzraudzība" in text, "vocabularies in Latvian"
    assert "Izdrukāja Zane Ozola" in text and "mērķis: Iekšējā pārbaude: Nr. 7" in text
    assert f"1. lapa no {pages}" in text
    assert "19:00" in text and "01:30" in text, "times in the agency's zone"
    assert "AB-1236" not in text, "the voided check is not printed"
    assert not re.search("[\ufb00-\ufb06]", text), "no ligature glyphs"


def test_lithuanian_reports_read_back_with_lithuanian_letters(qapp: Any, home: Path, data: Data) -> None:
    night = report_of(home, data.supervisor_lt, lambda fo: fo.reports.night(fo.user.agency_id, date(2024, 11, 10)))
    text = pdf_text(render_report_pdf(night, ReportLanguage("lt"), "Rūta Žukauskienė", "Vidaus patikra")[0])
    for name in (*LT_NAMES, LT_AREA, "Klaipėdos apskrities vyriausiasis policijos komisariatas"):
        assert squeezed(name) in squeezed(text), name
    assert all(letter in text for letter in LT_LETTERS), [c for c in LT_LETTERS if c not in text]
    assert "Naktis nuo 10.11.2024" in text or "Naktis nuo 2024-11-10" in text
    assert "Eismo priežiūra" in text and "Atspausdino Rūta Žukauskienė" in text and "psl. iš" in text

    period = report_of(home, None, lambda fo: fo.reports.period(*NOVEMBER))  # every partner
    text = pdf_text(render_report_pdf(period, ReportLanguage("lt"), "Jānis Bērziņš", "Projekto ataskaita")[0])
    for name in ("Valsts policijas Kurzemes reģiona pārvalde", "Liepājas pilsētas Pašvaldības policija",
                 "Klaipėdos apskrities vyriausiasis policijos komisariatas", "Palangos miesto savivaldybė"):
        assert squeezed(name) in squeezed(text), name


def test_report_language_does_not_follow_the_interface(qapp: Any, home: Path, data: Data) -> None:
    assert QCoreApplication.translate("vocab", "Traffic monitoring") == "Traffic monitoring"  # UI in English
    report = report_of(home, None, lambda fo: fo.reports.period(*NOVEMBER))
    lv, lt, en = (pdf_text(render_report_pdf(report, ReportLanguage(code), "A", "B")[0]) for code in ("lv", "lt", "en"))
    assert "Satiksmes uzraudzība" in lv and "Eismo priežiūra" in lt and "Traffic monitoring" in en
    assert "Period report" in en and "Page 1 of" in en
    assert QCoreApplication.translate("vocab", "Traffic monitoring") == "Traffic monitoring", "the UI is untouched"
    with pytest.raises(ValueError):
        ReportLanguage("de")


def test_charts_are_vector_drawings(qapp: Any, home: Path, data: Data) -> None:
    report = report_of(home, None, lambda fo: fo.reports.period(*NOVEMBER))
    pdf, _pages = render_report_pdf(report, ReportLanguage("en"), "A", "B")
    assert filled_in(pdf, PALETTE[0]) >= 5, "bars are filled rectangles in the first series' colour"
    assert filled_in(pdf, PALETTE[1]) >= 2, "the second series (hunter control, with a violation)"
    assert all(size == (1, 1) for size in images(pdf)), "no raster chart: only the 1 px placeholders"
    text = pdf_text(pdf)
    for title in ("Operations per night", "Checks by kind", "Most frequent violations",
                  "Breath alcohol of traffic checks"):
        assert title in text
    # an empty period still draws its chart frames, saying so
    empty = report_of(home, None, lambda fo: fo.reports.period(date(2023, 1, 2), date(2023, 1, 8)))
    pdf, _pages = render_report_pdf(empty, ReportLanguage("en"), "A", "B")
    assert "No data" in pdf_text(pdf) and filled_in(pdf, PALETTE[0]) == 0, "no bars, no legend"


def test_pdf_figures_match_the_report(qapp: Any, home: Path, data: Data) -> None:
    report = report_of(home, data.supervisor_lv, lambda fo: fo.reports.project(*NOVEMBER))
    text = pdf_text(render_report_pdf(report, ReportLanguage("en"), "A", "B")[0])
    assert "Project indicators" in text and "Operations with project equipment 2" in text
    assert "Share with project equipment 40.0 %" in text
    night = report_of(home, data.supervisor_lv, lambda fo: fo.reports.night(fo.user.agency_id, date(2024, 11, 10)))
    text = pdf_text(render_report_pdf(night, ReportLanguage("en"), "A", "B")[0])
    assert "Checks 6" in text and "Checks with a violation 4" in text and "Officers on duty 2" in text


def test_a_long_report_has_its_footer_on_every_page_and_tables_split(qapp: Any, home: Path, data: Data,
                                                                     tmp_path: Path) -> None:
    report = report_of(home, None, lambda fo: fo.reports.period(date(2023, 1, 1), date(2024, 12, 31)))
    target = tmp_path / "long.pdf"
    pages = write_report_pdf(report, target, ReportLanguage("lv"), "Jānis Bērziņš", "Projekta atskaite")
    reader = PdfReader(str(target))
    assert pages == len(reader.pages) > 1
    for index, page in enumerate(reader.pages, start=1):
        assert f"{index}. lapa no {pages}" in re.sub(r"\s+", " ", page.extract_text())
    assert not list(tmp_path.glob(".*.part"))


def test_page_preview_is_painted_by_the_same_code(qapp: Any, home: Path, data: Data) -> None:
    report = report_of(home, None, lambda fo: fo.reports.period(*NOVEMBER))
    image = render_page_image(report, ReportLanguage("lv"), 0, 60)
    assert (image.width(), image.height()) == (496, 702)
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, 400, 3)}
    assert PALETTE[0] in colours, "the first chart's bars on the first page"


# ---- the dialog -----------------------------------------------------------------------------------------------------
class Answers:
    def __init__(self) -> None:
        self.purpose_shown = 0
        self.saved_as: list[str] = []


def answer(monkeypatch: pytest.MonkeyPatch, *, purpose: str | None, save_to: Path | None) -> Answers:
    seen = Answers()

    def purpose_exec(self: PurposeDialog) -> int:
        seen.purpose_shown += 1
        if purpose is None:
            return QDialog.DialogCode.Rejected.value
        self.choice.setCurrentIndex(self.choice.findText(purpose))
        return QDialog.DialogCode.Accepted.value

    def save_name(_parent: Any, _title: str, default: str, _filter: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        seen.saved_as.append(default)
        return (str(save_to) if save_to else "", "")

    monkeypatch.setattr(PurposeDialog, "exec", purpose_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return seen


def read_sheet_names(path: Path) -> list[str]:
    import zipfile
    from xml.etree import ElementTree as ET

    with zipfile.ZipFile(path) as z:
        book = ET.fromstring(z.read("xl/workbook.xml"))
    return [str(sheet.get("name")) for sheet in book.iter() if sheet.tag.endswith("}sheet")]


def disclosures(home: Path) -> list[tuple[str, str, dict[str, Any], str]]:
    for fo in session(home):
        return [(str(e), str(p), json.loads(d), str(a)) for e, p, d, a in factories.rows(
            fo, "SELECT entity, purpose, details, actor_id FROM audit_event WHERE action = 'disclosure' ORDER BY seq")]
    raise AssertionError


def person(home: Path, user_id: str) -> Person:
    for fo in session(home):
        user = fo.users.get(user_id)
        return Person(user.id, user.username, user.full_name, factories.PASSWORD)
    raise AssertionError


def open_dialog(harness: Harness, home: Path, who: Person) -> tuple[MainWindow, ReportsDialog]:
    harness.start(home)
    window = harness.open_as(who.username, who.password)
    assert window.act_reports.isVisible()
    window.act_reports.trigger()
    dialog = window.reports_dialog
    harness.qtbot.waitUntil(lambda: dialog.agency.count() > 0, timeout=WAIT_MS)
    return window, dialog


def choose(dialog: ReportsDialog, *, kind: str, language: str, fmt: str, month: tuple[int, int] | None = None,
           night: date | None = None) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    if night is not None:
        dialog.night.setDate(QDate(night.year, night.month, night.day))
    if month is not None:
        dialog.span.setCurrentIndex(dialog.span.findData("month"))
        dialog.day.setDate(QDate(month[0], month[1], 15))


@pytest.mark.parametrize("fmt", ["pdf", "csv", "xlsx"])
def test_dialog_writes_the_report_and_records_one_disclosure(harness: Harness, home: Path, data: Data,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             fmt: str) -> None:
    supervisor = person(home, data.supervisor_lv)
    window, dialog = open_dialog(harness, home, supervisor)
    choose(dialog, kind="period", language="lt", fmt=fmt, month=(2024, 11))
    assert dialog.nights_chosen() == month_nights(2024, 11)
    target = tmp_path / "out" / f"lapkritis.{fmt}"
    target.parent.mkdir()
    seen = answer(monkeypatch, purpose="Project reporting", save_to=target)

    dialog.create_button.click()
    harness.qtbot.waitUntil(lambda: dialog.saved_path is not None or dialog.error.isVisible(), timeout=WAIT_MS)
    harness.settle()

    assert not dialog.error.isVisible(), dialog.error.text()
    assert dialog.saved_path == target and target.exists()
    assert seen.purpose_shown == 1
    assert Path(seen.saved_as[0]).name == f"report-period-VP-KRP-2024-11-01_2024-11-30.{fmt}"
    assert str(target) in window.statusBar().currentMessage()
    [(entity, purpose, details, actor)] = disclosures(home)
    assert (entity, purpose, actor) == ("report", "Project reporting", supervisor.id)
    assert details == {"report": "period", "format": fmt, "first_night": "2024-11-01", "last_night": "2024-11-30",
                       "agencies": ["VP-KRP"], "types": [], "file": target.name}
    if fmt == "pdf":
        text = pdf_text(target.read_bytes())
        assert "Eismo priežiūra" in text and "Valsts policijas Kurzemes reģiona pārvalde" in text
    elif fmt == "csv":
        assert "Eismo priežiūra" in target.read_bytes().decode("utf-8-sig"), "CSV in the chosen language"
    assert not list(target.parent.glob(".*.part"))


def test_dialog_night_report_for_the_chosen_night(harness: Harness, home: Path, data: Data, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    supervisor = person(home, data.supervisor_lv)
    _window, dialog = open_dialog(harness, home, supervisor)
    choose(dialog, kind="night", language="lv", fmt="pdf", night=date(2024, 11, 10))
    assert not dialog.form.isRowVisible(dialog.span) and dialog.form.isRowVisible(dialog.night)
    assert dialog.agency.findData("") < 0, "a night report is one agency's"
    target = tmp_path / "nakts.pdf"
    answer(monkeypatch, purpose="Case file", save_to=target)
    dialog.create_button.click()
    harness.qtbot.waitUntil(lambda: dialog.saved_path is not None or dialog.error.isVisible(), timeout=WAIT_MS)
    harness.settle()
    text = pdf_text(target.read_bytes())
    assert squeezed(LV_NAMES[0]) in squeezed(text) and "Nakts no 10.11.2024" in text
    [(_entity, _purpose, details, _actor)] = disclosures(home)
    assert (details["report"], details["first_night"]) == ("night", "2024-11-10")


@pytest.mark.parametrize("cancel", ["purpose", "file"])
def test_cancelling_writes_and_records_nothing(harness: Harness, home: Path, data: Data, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, cancel: str) -> None:
    _window, dialog = open_dialog(harness, home, person(home, data.supervisor_lv))
    target = tmp_path / "never.pdf"
    seen = answer(monkeypatch, purpose=None if cancel == "purpose" else "Case file",
                  save_to=None if cancel == "file" else target)
    dialog.create_button.click()
    harness.settle()
    assert seen.purpose_shown == 1 and len(seen.saved_as) == (0 if cancel == "purpose" else 1)
    assert dialog.saved_path is None and not target.exists() and disclosures(home) == []


def test_a_failing_audit_record_deletes_the_pdf(harness: Harness, home: Path, data: Data, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _window, dialog = open_dialog(harness, home, person(home, data.supervisor_lv))
    target = tmp_path / "report.pdf"
    answer(monkeypatch, purpose="Internal review", save_to=target)
    written: list[bool] = []

    def refuse(self: AuditService, *args: Any, **kwargs: Any) -> Any:
        written.append(target.exists())
        raise FieldOpsError(ErrorCode.NOT_PERMITTED)

    monkeypatch.setattr(AuditService, "record_disclosure", refuse)
    dialog.create_button.click()
    harness.qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    harness.settle()
    assert written == [True], "the file was there when the record was attempted"
    assert not target.exists() and dialog.saved_path is None
    assert "deleted" in dialog.error.text()


def test_administrator_may_report_on_all_partners(harness: Harness, home: Path, data: Data, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    harness.start(home)
    window = harness.open_as(ADMIN, ADMIN_PASSWORD)
    window.act_reports.trigger()
    dialog = window.reports_dialog
    harness.qtbot.waitUntil(lambda: dialog.agency.count() > 1, timeout=WAIT_MS)
    choose(dialog, kind="project", language="en", fmt="xlsx", month=(2024, 11))
    dialog.agency.setCurrentIndex(dialog.agency.findData(""))
    assert dialog.agency.currentText() == "All partners" and dialog.agency_ids() == ()
    target = tmp_path / "project.xlsx"
    answer(monkeypatch, purpose="Project reporting", save_to=target)
    dialog.create_button.click()
    harness.qtbot.waitUntil(lambda: dialog.saved_path is not None or dialog.error.isVisible(), timeout=WAIT_MS)
    harness.settle()
    [(_entity, _purpose, details, _actor)] = disclosures(home)
    assert details["report"] == "project" and sorted(details["agencies"]) == ["KAVPK", "LPP", "PMS", "VP-KRP"]
    assert "By partner and type" in read_sheet_names(target)


def test_officers_have_no_reports_action(harness: Harness, home: Path, data: Data) -> None:
    harness.start(home)
    officer = person(home, data.officers[LV_NAMES[0]])
    window = harness.open_as(officer.username, officer.password)
    assert not window.act_reports.isVisible()


def test_supervisor_role_only_sees_own_agency(harness: Harness, home: Path, data: Data) -> None:
    _window, dialog = open_dialog(harness, home, person(home, data.supervisor_lt))
    assert [dialog.agency.itemData(i) for i in range(dialog.agency.count())] == [
        next(a.id for a in dialog.agencies if a.code == "KAVPK")]
    dialog.kind.setCurrentIndex(dialog.kind.findData("period"))
    assert dialog.agency.findData("") < 0, "no 'All partners' for a supervisor"
