"""A minimal XLSX (Office Open XML spreadsheet) writer: one sheet per table, no dependency.

    write_xlsx(handle, [XlsxSheet("Operations", ["Night", "Operations"], [(date(2024, 11, 1), 312), ...])])

What it writes is the smallest package Excel, LibreOffice and openpyxl open without a repair prompt:
`[Content_Types].xml`, the package and workbook relationships, `xl/workbook.xml`, `xl/styles.xml` and one
`xl/worksheets/sheetN.xml` per sheet. Text is written as inline strings (no shared-string table to keep in
step), numbers as numbers, booleans as booleans, dates and times as serial numbers with a date format, so a
spreadsheet can sum and sort them. The first row is the header: bold, frozen while scrolling, with an
autofilter. Column widths are estimated from the longest value (Excel has no "fit" on open).

Datetimes are written as the wall-clock time they carry (a spreadsheet has no time zones): the caller
converts them to the zone the reader expects first. Characters XML 1.0 cannot carry (control characters other
than tab and line breaks) are dropped; sheet names are made valid and unique (`sheet_names`).
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO
from xml.sax.saxutils import escape, quoteattr

XlsxCell = str | int | float | bool | date | datetime | None

MAX_SHEET_NAME = 31
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_TEXT = 32_767  # characters in one cell
_EPOCH = date(1899, 12, 30)  # serial 0 in the 1900 date system (Excel's 1900 leap-year bug is before March 1900)
_BAD_NAME = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_CT_BOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"

# cellXfs indexes in styles.xml
_STYLE_HEADER, _STYLE_DATE, _STYLE_DATETIME, _STYLE_DECIMAL, _STYLE_WRAP = 1, 2, 3, 4, 5

_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{_NS}">
<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>\
<numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/><numFmt numFmtId="166" formatCode="0.0#"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FFE8E8E8"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" \
vertical="top"/></xf></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
"""


@dataclass(frozen=True)
class XlsxSheet:
    """One worksheet: `name` (made valid and unique when written), a header row and the data rows."""

    name: str
    header: Sequence[str]
    rows: Sequence[Sequence[XlsxCell]]


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA …"""
    if not 0 <= index < MAX_COLUMNS:
        raise ValueError(f"column {index} out of range")
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def sheet_names(names: Iterable[str]) -> list[str]:
    """Valid, unique sheet names (≤ 31 characters, none of []:*?/\\, not blank, no leading/trailing
    apostrophe, unique ignoring case), in order."""
    out: list[str] = []
    taken: set[str] = set()
    for raw in names:
        base = " ".join(_BAD_NAME.sub(" ", str(raw)).split()).strip("'").strip() or "Sheet"
        base = base[:MAX_SHEET_NAME].rstrip()
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            suffix = f" ({n})"
            name = base[:MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
        taken.add(name.casefold())
        out.append(name)
    return out


def clean_text(value: str) -> str:
    """`value` without the characters XML 1.0 cannot hold, at most MAX_TEXT characters."""
    return _BAD_XML.sub("", value)[:MAX_TEXT]


def serial(value: date | datetime) -> float:
    """The spreadsheet serial number of a date or (wall-clock) datetime."""
    if isinstance(value, datetime):
        day = (value.date() - _EPOCH).days
        seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        return day + seconds / 86400
    return float((value - _EPOCH).days)


def _text_cell(ref: str, text: str, style: int = 0) -> str:
    text = clean_text(text)
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    if "\n" in text and not style:
        style = _STYLE_WRAP
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def _cell(ref: str, value: XlsxCell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        style = f' s="{_STYLE_DECIMAL}"' if value != int(value) else ""
        return f'<c r="{ref}"{style}><v>{value!r}</v></c>'
    if isinstance(value, datetime):
        return f'<c r="{ref}" s="{_STYLE_DATETIME}"><v>{serial(value)!r}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}" s="{_STYLE_DATE}"><v>{serial(value):.0f}</v></c>'
    return _text_cell(ref, str(value))


def _width(value: XlsxCell) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:.2f}")
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _sheet_xml(sheet: XlsxSheet) -> str:
    header = [str(h) for h in sheet.header]
    rows = [list(r) for r in sheet.rows]
    if len(rows) + 1 > MAX_ROWS:
        raise ValueError(f"sheet {sheet.name!r}: {len(rows)} rows (at most {MAX_ROWS - 1})")
    columns = max(1, len(header), *(len(r) for r in rows))
    if columns > MAX_COLUMNS:
        raise ValueError(f"sheet {sheet.name!r}: {columns} columns")
    widths = [len(h) for h in header] + [0] * (columns - len(header))
    for row in rows:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], _width(value))
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_NS}">']
    last = f"{column_letter(columns - 1)}{len(rows) + 1}"
    parts.append(f'<dimension ref="A1:{last}"/>')
    if header:
        parts.append('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                     'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>')
    parts.append("<cols>" + "".join(
        f'<col min="{i + 1}" max="{i + 1}" width="{min(60, max(8, w + 2))}" customWidth="1"/>'
        for i, w in enumerate(widths)) + "</cols>")
    parts.append("<sheetData>")
    number = 0
    if header:
        number = 1
        parts.append('<row r="1">' + "".join(
            _text_cell(f"{column_letter(i)}1", h, _STYLE_HEADER) for i, h in enumerate(header)) + "</row>")
    for row in rows:
        number += 1
        parts.append(f'<row r="{number}">' + "".join(
            _cell(f"{column_letter(i)}{number}", v) for i, v in enumerate(row)) + "</row>")
    parts.append("</sheetData>")
    if header and rows:
        parts.append(f'<autoFilter ref="A1:{column_letter(len(header) - 1)}{number}"/>')
    parts.append("</worksheet>")
    return "".join(parts)


def write_xlsx(handle: IO[bytes], sheets: Sequence[XlsxSheet]) -> None:
    """Write the workbook with `sheets` (at least one) to the binary file `handle`."""
    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    names = sheet_names(s.name for s in sheets)
    n = len(sheets)
    content_types = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="{_CT_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CT_BOOK}"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_CT_STYLES}"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_CT_SHEET}"/>'
                  for i in range(1, n + 1))
        + "</Types>")
    package_rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_NS}" xmlns:r="{_REL_NS}">'
        "<sheets>" + "".join(f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
                             for i, name in enumerate(names, start=1))
        + "</sheets></workbook>")
    workbook_rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL_NS}">'
        + "".join(f'<Relationship Id="rId{i}" Type="{_REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                  for i in range(1, n + 1))
        + f'<Relationship Id="rId{n + 1}" Type="{_REL_NS}/styles" Target="styles.xml"/></Relationships>')
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", package_rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        z.writestr("xl/styles.xml", _STYLES)
        for i, sheet in enumerate(sheets, start=1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", _sheet_xml(sheet))
