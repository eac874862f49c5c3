"""CSV import of inventory: parse and preview every row's problems first, then write all good rows at once.

    preview = fo.equipment_import.preview(Path("inventory.csv"))   # parse + check against the workspace
    for row in preview.bad_rows: print(row.line_no, [(p.field, p.code) for p in row.problems])
    fo.equipment_import.commit(preview)                  # refused while any row has a problem
    fo.equipment_import.commit(preview, skip_bad=True)   # only the good rows, one transaction

`parse()` is pure (no workspace): encoding (UTF-8 with or without BOM, UTF-16 with BOM as Excel's "Unicode
text" writes it, else Windows-1257), delimiter (`,` `;` or tab, counted in the header line outside quotes),
header names (the `ITEM_FIELDS` names or English / Latvian / Lithuanian aliases, compared case- and
diacritic-insensitively), and every row through `equipment.validate_item`, plus asset tags repeated inside
the file. `EquipmentImport.check()` adds the tags the workspace already uses (`EquipmentService.taken_tags`).

Problems are typed `FieldOpsError`s (no new codes): a row's problem names its field (`asset_tag`, `kind`, …);
a file-level problem has field "file" (unreadable, empty, too big), "columns" (unknown, missing, repeated
columns: param `columns`) or "rows" (too many rows, no data rows). A repeated tag carries `where` ("file" or
"workspace") and, inside the file, `lines` (the other line numbers).

`commit()` writes nothing while a row has a problem (unless `skip_bad`), and imports the good rows with
`EquipmentService.create_items` in one transaction that checks the tags again: a tag taken meanwhile (another
laptop's sync, a second import) refuses the whole commit with DUPLICATE naming the line.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldops.changes import Changes
from fieldops.context import Context
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import EquipmentKind, Role
from fieldops.services.equipment import REQUIRED_ITEM_FIELDS, EquipmentService, validate_item

if TYPE_CHECKING:
    from fieldops.app import FieldOps

MAX_ROWS = 5_000
MAX_BYTES = 5 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
# Columns a CSV file may carry: the item fields a manager edits, except `kit_id` (an internal id; kits are
# built on the desk after the import).
IMPORT_FIELDS = ("asset_tag", "serial_no", "kind", "make", "model", "location", "project_funded", "usage_hours",
                 "battery_cycles", "next_service", "service_hours", "notes")

# Header aliases (English, Latvian, Lithuanian), compared after `_header_key` (lower case, no diacritics,
# "_" "-" "." ":" "#" as spaces, single spaces): "Inventāra Nr." and "inventara nr" both match.
ALIASES: dict[str, tuple[str, ...]] = {
    "asset_tag": ("tag", "asset tag", "asset no", "asset number", "inventory no", "inventory number", "inv nr",
                  "inv no", "inventāra nr", "inventāra numurs", "inventārs", "inventorinis nr",
                  "inventorinis numeris", "inventorinis"),
    "serial_no": ("serial", "serial no", "serial number", "s/n", "sn", "sērijas nr", "sērijas numurs",
                  "rūpnīcas nr", "serijos nr", "serijos numeris", "gamyklinis nr", "gamyklinis numeris"),
    "kind": ("kind", "type", "category", "veids", "tips", "kategorija", "rūšis", "tipas"),
    "make": ("make", "manufacturer", "brand", "ražotājs", "zīmols", "gamintojas"),
    "model": ("model", "modelis"),
    "location": ("location", "storage", "storage location", "vieta", "glabāšanas vieta", "atrašanās vieta",
                 "saugojimo vieta", "buvimo vieta"),
    "project_funded": ("project", "project funded", "funded", "projekts", "projekta", "no projekta",
                       "projektas", "projekto"),
    "usage_hours": ("hours", "usage hours", "used hours", "stundas", "lietošanas stundas", "darba stundas",
                    "valandos", "naudojimo valandos"),
    "battery_cycles": ("cycles", "battery cycles", "charge cycles", "cikli", "akumulatora cikli",
                       "uzlādes cikli", "ciklai", "baterijos ciklai", "įkrovimo ciklai"),
    "next_service": ("next service", "service date", "next service date", "nākamā apkope", "apkope",
                     "apkopes datums", "kita priežiūra", "priežiūra", "priežiūros data", "kitas aptarnavimas"),
    "service_hours": ("service hours", "service interval", "service every", "apkopes stundas",
                      "apkope pēc stundām", "priežiūros valandos", "aptarnavimo valandos"),
    "notes": ("notes", "note", "comment", "comments", "remarks", "piezīmes", "piezīme", "komentārs",
              "komentāri", "pastabos", "pastaba", "komentaras", "komentarai"),
}
# Kind values besides the enum values themselves ("NV binocular", "nv-binocular", "NV_BINOCULAR" already match).
KIND_ALIASES: dict[str, str] = {
    "night vision binocular": EquipmentKind.NV_BINOCULAR, "night-vision binocular": EquipmentKind.NV_BINOCULAR,
    "nv": EquipmentKind.NV_BINOCULAR, "binocular": EquipmentKind.NV_BINOCULAR,
    "thermal": EquipmentKind.THERMAL_IMAGER, "thermal camera": EquipmentKind.THERMAL_IMAGER,
    "camera": EquipmentKind.VIDEO_CAMERA, "ir": EquipmentKind.IR_ILLUMINATOR,
    "sd card": EquipmentKind.MEMORY_CARD,
}


@dataclass(frozen=True)
class RowResult:
    """One data row: its first line in the file, the clean values, and every problem found."""

    line_no: int
    values: dict[str, Any]  # clean values of the valid fields (the dict create_items gets)
    problems: list[FieldOpsError] = field(default_factory=list)
    raw: dict[str, str] = field(default_factory=dict)  # the cells as written, by field (for the preview)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def tag(self) -> str:
        """The asset tag as cleaned, or as written when it is not valid."""
        return str(self.values.get("asset_tag") or self.raw.get("asset_tag", "")).strip()


@dataclass(frozen=True)
class ImportPreview:
    filename: str
    encoding: str = "utf-8"
    delimiter: str = ","
    columns: tuple[str | None, ...] = ()  # the field each file column maps to (None: unknown)
    headers: tuple[str, ...] = ()  # the header cells as written
    file_problems: list[FieldOpsError] = field(default_factory=list)
    rows: list[RowResult] = field(default_factory=list)
    checked: bool = False  # True once the workspace's tags were checked (EquipmentImport.check)

    @property
    def good_rows(self) -> list[RowResult]:
        return [r for r in self.rows if r.ok]

    @property
    def bad_rows(self) -> list[RowResult]:
        return [r for r in self.rows if not r.ok]

    @property
    def problems(self) -> list[tuple[int, FieldOpsError]]:
        """Every row problem as (line number, error), in file order."""
        return [(r.line_no, p) for r in self.rows for p in r.problems]

    def importable(self, skip_bad: bool = False) -> bool:
        """Whether `commit` would write: no file problem, some good rows, and no bad row unless skipped."""
        if self.file_problems or not self.good_rows:
            return False
        return skip_bad or not self.bad_rows


# ---- reading --------------------------------------------------------------------------------------------------
def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field="file", min=0, max=MAX_BYTES, size=size)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise FieldOpsError(ErrorCode.MEDIA_UNREADABLE, field="file", detail=exc.strerror or str(exc)) from exc
    return data


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name): UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1257 (Baltic)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise FieldOpsError(ErrorCode.MEDIA_UNREADABLE, field="file", detail="UTF-16") from None
    if b"\x00" in data:
        raise FieldOpsError(ErrorCode.MEDIA_UNREADABLE, field="file", detail="not a text file")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise FieldOpsError(ErrorCode.MEDIA_UNREADABLE, field="file", detail="UTF-8") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1257"), "cp1257"
    except UnicodeDecodeError:
        raise FieldOpsError(ErrorCode.MEDIA_UNREADABLE, field="file",
                            detail="not UTF-8 or Windows-1257") from None


def detect_delimiter(line: str) -> str:
    """The delimiter of a header line: the most frequent of `,` `;` tab outside quotes (`,` when none)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: the earlier one (`,`, then `;`)
    return best if counts[best] else ","


def _fold(text: str) -> str:
    """Lower case without diacritics ("Ražotājs" → "razotajs")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _header_key(text: str) -> str:
    text = _fold(text.strip().lstrip("\ufeff"))
    text = re.sub(r"[_\-.:#()]+", " ", text)
    return " ".join(text.split())


_HEADER_INDEX: dict[str, str] = {}
for _name in IMPORT_FIELDS:
    _HEADER_INDEX[_header_key(_name)] = _name
for _name, _aliases in ALIASES.items():
    for _alias in _aliases:
        _HEADER_INDEX.setdefault(_header_key(_alias), _name)


def column_field(header: str) -> str | None:
    """The item field a header cell names, or None."""
    return _HEADER_INDEX.get(_header_key(header))


def normalise_kind(value: str) -> str:
    """'NV binocular' / 'nv-binocular' / 'Thermal imager' → the enum value; anything else unchanged (lower)."""
    text = " ".join(value.strip().lower().split())
    if text in KIND_ALIASES:
        return str(KIND_ALIASES[text])
    return re.sub(r"[\s\-]+", "_", text)


# ---- parsing --------------------------------------------------------------------------------------------------
def parse(source: Path | os.PathLike[str] | str | bytes, *, filename: str | None = None) -> ImportPreview:
    """The preview of a CSV file: `Path` (a file), `bytes` (its contents) or `str` (its text).

    Never raises for bad input: file-level problems go to `file_problems` (then `rows` is empty unless the
    problem concerns columns), row problems to each row. The workspace is not consulted (see `check`)."""
    if isinstance(source, os.PathLike):
        path = Path(source)
        name = filename or path.name
        try:
            data = _read_bytes(path)
        except FieldOpsError as exc:
            return ImportPreview(name, file_problems=[exc])
        return _parse_bytes(data, name)
    if isinstance(source, bytes):
        return _parse_bytes(source, filename or "")
    return _parse_text(source, filename or "", "text")


def _parse_bytes(data: bytes, name: str) -> ImportPreview:
    if len(data) > MAX_BYTES:
        return ImportPreview(name, file_problems=[
            FieldOpsError(ErrorCode.OUT_OF_RANGE, field="file", min=0, max=MAX_BYTES, size=len(data))])
    try:
        text, encoding = decode(data)
    except FieldOpsError as exc:
        return ImportPreview(name, file_problems=[exc])
    return _parse_text(text, name, encoding)


def _parse_text(text: str, name: str, encoding: str) -> ImportPreview:
    text = text.lstrip("\ufeff")
    if len(text) > MAX_BYTES:  # text given as str: the same bound in characters
        return ImportPreview(name, encoding, file_problems=[
            FieldOpsError(ErrorCode.OUT_OF_RANGE, field="file", min=0, max=MAX_BYTES, size=len(text))])
    first = next((line for line in io.StringIO(text) if line.strip()), "")
    if not first:
        return ImportPreview(name, encoding, file_problems=[FieldOpsError(ErrorCode.REQUIRED, field="file")])
    delimiter = detect_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True,
                        skipinitialspace=False, strict=False)
    header: list[str] | None = None
    records: list[tuple[int, list[str]]] = []
    last = 0
    try:
        for cells in reader:
            start, last = last + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue  # empty lines (and lines of empty cells, as spreadsheets export them)
            if header is None:
                header = cells
                continue
            records.append((start, cells))
            if len(records) > MAX_ROWS:
                return ImportPreview(name, encoding, delimiter, file_problems=[
                    FieldOpsError(ErrorCode.OUT_OF_RANGE, field="rows", min=1, max=MAX_ROWS)])
    except csv.Error as exc:
        return ImportPreview(name, encoding, delimiter, file_problems=[
            FieldOpsError(ErrorCode.MEDIA_UNREADABLE, field="file", detail=f"line {reader.line_num}: {exc}")])
    if header is None:  # only delimiters and blanks
        return ImportPreview(name, encoding, delimiter, file_problems=[FieldOpsError(ErrorCode.REQUIRED, field="file")])
    headers = tuple(h.strip().lstrip("\ufeff") for h in header)
    columns = tuple(column_field(h) if h else None for h in headers)
    problems = _column_problems(headers, columns)
    if not problems and not records:
        problems.append(FieldOpsError(ErrorCode.REQUIRED, field="rows"))
    # Unknown columns alone still show the rows (the file is refused until the column is renamed or removed);
    # missing or repeated columns would only flag every row again.
    blocking = [p for p in problems if p.code != ErrorCode.INVALID]
    rows = [] if blocking else [_row(line_no, cells, columns) for line_no, cells in records]
    _mark_file_duplicates(rows)
    return ImportPreview(name, encoding, delimiter, columns, headers, problems, rows)


def _column_problems(headers: Sequence[str], columns: Sequence[str | None]) -> list[FieldOpsError]:
    problems: list[FieldOpsError] = []
    unknown = [h or f"#{i + 1}" for i, (h, c) in enumerate(zip(headers, columns, strict=True)) if c is None]
    # A trailing run of nameless, empty header cells (a spreadsheet's ";;;") is not a column.
    while unknown and unknown[-1].startswith("#") and not headers[int(unknown[-1][1:]) - 1]:
        unknown.pop()
    if unknown:
        problems.append(FieldOpsError(ErrorCode.INVALID, field="columns", detail="unknown columns: "
                                      + ", ".join(unknown), columns=", ".join(unknown)))
    seen = [c for c in columns if c]
    twice = sorted({c for c in seen if seen.count(c) > 1})
    if twice:
        problems.append(FieldOpsError(ErrorCode.DUPLICATE, field="columns", value=", ".join(twice),
                                      columns=", ".join(twice)))
    missing = [f for f in REQUIRED_ITEM_FIELDS if f not in seen]
    if missing:
        problems.append(FieldOpsError(ErrorCode.REQUIRED, field="columns", detail="missing columns: "
                                      + ", ".join(missing), columns=", ".join(missing)))
    return problems


def _row(line_no: int, cells: Sequence[str], columns: Sequence[str | None]) -> RowResult:
    raw: dict[str, str] = {}
    for index, name in enumerate(columns):
        if name is not None:
            raw[name] = cells[index].strip() if index < len(cells) else ""
    values: dict[str, object] = dict(raw)
    if "kind" in values:
        values["kind"] = normalise_kind(raw["kind"])
    clean, problems = validate_item(values)
    extra = [c for c in cells[len(columns):] if c.strip()]
    if extra:
        problems.append(FieldOpsError(ErrorCode.INVALID, field="row",
                                      detail=f"{len(columns) + len(extra)} cells, the header has {len(columns)}",
                                      cells=len(columns) + len(extra), columns=len(columns)))
    bad = {p.field for p in problems}
    return RowResult(line_no, {k: v for k, v in clean.items() if k not in bad}, problems, raw)


def _mark_file_duplicates(rows: list[RowResult]) -> None:
    lines: dict[str, list[int]] = {}
    for r in rows:
        tag = r.values.get("asset_tag")
        if tag:
            lines.setdefault(str(tag), []).append(r.line_no)
    for r in rows:
        tag = r.values.get("asset_tag")
        others = [n for n in lines.get(str(tag), []) if n != r.line_no] if tag else []
        if others:
            r.problems.append(FieldOpsError(ErrorCode.DUPLICATE, field="asset_tag", value=tag, where="file",
                                            lines=", ".join(map(str, others))))


def with_taken(preview: ImportPreview, taken: Iterable[str]) -> ImportPreview:
    """A copy of `preview` whose rows with a tag in `taken` (upper case) carry a DUPLICATE problem."""
    taken_set = {t.upper() for t in taken}
    rows = []
    for r in preview.rows:
        tag = str(r.values.get("asset_tag") or "")
        problems = [p for p in r.problems if p.params.get("where") != "workspace"]
        if tag and tag.upper() in taken_set:
            problems.append(FieldOpsError(ErrorCode.DUPLICATE, field="asset_tag", value=tag, where="workspace"))
        rows.append(dataclasses.replace(r, problems=problems))
    return dataclasses.replace(preview, rows=rows, checked=True)


# ---- against the workspace ------------------------------------------------------------------------------------
class EquipmentImport:
    """The import's workspace side (`fo.equipment_import`): tags already used, and the one-transaction commit."""

    def __init__(self, ctx: Context, equipment: EquipmentService) -> None:
        self._ctx = ctx
        self._equipment = equipment

    def preview(self, source: Path | os.PathLike[str] | str | bytes, *,
                filename: str | None = None) -> ImportPreview:
        """`parse` + `check`: what the dialog shows (runs on the DB thread)."""
        self._ctx.require(Role.EQUIPMENT_MANAGER)
        return self.check(parse(source, filename=filename))

    def check(self, preview: ImportPreview) -> ImportPreview:
        """The preview with the tags an item or kit of the workspace already uses marked as duplicates."""
        self._ctx.require(Role.EQUIPMENT_MANAGER)
        tags = [str(r.values["asset_tag"]) for r in preview.rows if r.values.get("asset_tag")]
        with self._ctx.read() as s:
            taken = EquipmentService.taken_tags(s, tags)
        return with_taken(preview, taken)

    def commit(self, preview: ImportPreview, skip_bad: bool = False) -> Changes:
        """Create the preview's items in one transaction, or nothing.

        Refused (nothing written) with the file's first problem; with INVALID on field "rows" when rows have
        problems and `skip_bad` is False (param `count`), or when no row is left to import; with DUPLICATE
        on "asset_tag" (params `value`, `line`, `where`="workspace") when a tag was taken meanwhile."""
        self._ctx.require(Role.EQUIPMENT_MANAGER)
        if preview.file_problems:
            raise preview.file_problems[0]
        bad = preview.bad_rows
        if bad and not skip_bad:
            raise FieldOpsError(ErrorCode.INVALID, field="rows", detail=f"{len(bad)} rows have problems",
                                count=len(bad))
        good = preview.good_rows
        if not good:
            raise FieldOpsError(ErrorCode.INVALID, field="rows", detail="no rows to import", count=0)
        line_of = {str(r.values["asset_tag"]).upper(): r.line_no for r in good}
        source = f"csv:{preview.filename}" if preview.filename else "csv"
        try:
            return self._equipment.create_items([_for_create(r.values) for r in good], source=source)
        except FieldOpsError as exc:
            if exc.code == ErrorCode.DUPLICATE and exc.field == "asset_tag":
                tag = str(exc.params.get("value", ""))
                raise FieldOpsError(ErrorCode.DUPLICATE, field="asset_tag", value=tag,
                                    line=line_of.get(tag.upper()), where="workspace") from exc
            raise


def _for_create(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k in IMPORT_FIELDS}


# ---- façade helpers (the brief's functional form) ----------------------------------------------------------------
def check_against(fo: FieldOps | EquipmentImport, preview: ImportPreview) -> ImportPreview:
    service = fo if isinstance(fo, EquipmentImport) else fo.equipment_import
    return service.check(preview)


def commit(fo: FieldOps | EquipmentImport, preview: ImportPreview, skip_bad: bool = False) -> Changes:
    service = fo if isinstance(fo, EquipmentImport) else fo.equipment_import
    return service.commit(preview, skip_bad)
