"""A report as files: CSV (UTF-8 with BOM, `;`, every table in turn) and XLSX (a "Report" sheet, then a sheet
per table). Cells as spreadsheet values: terms named in the reader's language, times as local wall-clock
times of the report's zone, text that would start a formula quoted."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import IO

from fieldops.i18n import QT_TRANSLATE_NOOP
from fieldops.services.report_model import ENGLISH, Cell, Labels, Report, Term, zone
from fieldops.xlsx import XlsxCell, XlsxSheet, write_xlsx

CSV_DELIMITER = ";"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# ---- writing the tables ---------------------------------------------------------------------------------------------
def local_time(value: datetime, tz: str) -> datetime:
    """An aware datetime as the naive wall-clock time of `tz` (spreadsheets have no zones)."""
    return value.astimezone(zone(tz)).replace(tzinfo=None, second=0, microsecond=0)


def plain_cell(value: Cell, kind: str, tz: str, labels: Labels) -> XlsxCell:
    """A cell as a spreadsheet value: terms named, datetimes local, percentages as fractions."""
    if isinstance(value, Term):
        return labels.term(value)
    if isinstance(value, datetime):
        return local_time(value, tz)
    if isinstance(value, float) and kind in ("float", "hours", "percent"):
        return round(value, 4 if kind == "percent" else 2)
    return value


def _csv_text(value: XlsxCell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(report: Report, out: IO[bytes], labels: Labels = ENGLISH) -> None:
    """Every table of `report` in turn: title line, header line, rows, empty line."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for table in report.tables:
            writer.writerow([_csv_text(labels.text(table.title))])
            writer.writerow([_csv_text(c.text(labels)) for c in table.columns])
            for row in table.rows:
                writer.writerow([_csv_text(plain_cell(v, c.kind, report.timezone, labels))
                                 for v, c in zip(row, table.columns, strict=True)])
            writer.writerow([])
        text.flush()
    finally:
        text.detach()


def write_report_xlsx(report: Report, out: IO[bytes], labels: Labels = ENGLISH) -> None:
    """A "Report" sheet (title, nights, agencies, key figures), then one sheet per table."""
    first: list[tuple[str, XlsxCell]] = [
        (labels.text(QT_TRANSLATE_NOOP("Reports", "Report")), labels.text(report.title)),
        (labels.text(QT_TRANSLATE_NOOP("Reports", "First night")), report.first_night),
        (labels.text(QT_TRANSLATE_NOOP("Reports", "Last night")), report.last_night),
        (labels.text(QT_TRANSLATE_NOOP("Reports", "Agencies")), ", ".join(a.name for a in report.agencies)),
        (labels.text(QT_TRANSLATE_NOOP("Reports", "Time zone")), report.timezone),
    ]
    if report.types:
        first.append((labels.text(QT_TRANSLATE_NOOP("Reports", "Operation types")),
                      ", ".join(labels.term(Term("operation_type", t)) for t in report.types)))
    first += [(labels.text(f.label), plain_cell(f.value, f.kind, report.timezone, labels)) for f in report.summary]
    first += [(labels.text(QT_TRANSLATE_NOOP("Reports", "Note")), labels.text(note)) for note in report.notes]
    sheets = [XlsxSheet(labels.text(QT_TRANSLATE_NOOP("Reports", "Report")),
                        [labels.text(QT_TRANSLATE_NOOP("Reports", "Item")),
                         labels.text(QT_TRANSLATE_NOOP("Reports", "Value"))], first)]
    for table in report.tables:
        sheets.append(XlsxSheet(labels.text(table.title), [c.text(labels) for c in table.columns],
                                [[plain_cell(v, c.kind, report.timezone, labels)
                                  for v, c in zip(row, table.columns, strict=True)] for row in table.rows]))
    write_xlsx(out, sheets)
