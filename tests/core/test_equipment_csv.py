"""CSV import of inventory: the preview names every bad row's line, field and code before anything is written;
the commit writes all good rows in one transaction or nothing. Encodings, delimiters, header aliases, file
limits, tags repeated in the file or already in the workspace, and a tag taken between preview and commit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from fieldops import equipment_csv
from fieldops.app import FieldOps
from fieldops.equipment_csv import ImportPreview, parse
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import Role
from fieldops.services.equipment import ItemFilter
from tests import factories

HEADER = "asset_tag,serial_no,kind,make,model,location,project_funded,usage_hours,battery_cycles,next_service,notes"
GOOD = [
    f"NV-{n:04d},SN-{n:05d},nv_binocular,Pulsar,Merger LRF XT50,Skapis {n},yes,{n * 1.5},{n * 3},2027-03-0{n % 9 + 1},"
    for n in range(1, 9)
] + [
    'TI-0001,TI-SN-1,Thermal imager,"Hikmicro","Condor CQ35L",Liepāja,no,0,0,,"Kaste ar lādētāju, 2 akumulatori"',
    "VC-0001,VC-SN-1,video_camera,Sony,FDR-AX43,Nīca,,12,,15.01.2027,",
]
# Three rows with one precise problem each (line numbers: header is line 1, so these are lines 5, 9 and 13).
BAD = {
    5: ("NV-0100,SN-00100,binokulis,Pulsar,Merger LRF XT50,,,,,,", "kind", ErrorCode.INVALID),
    9: ("NV-0101,,nv_binocular,Pulsar,Merger LRF XT50,,,,,,", "serial_no", ErrorCode.REQUIRED),
    13: ("NV-0102,SN-00102,nv_binocular,Pulsar,Merger LRF XT50,,,-5,,,", "usage_hours", ErrorCode.OUT_OF_RANGE),
}
FIXED = {
    5: "NV-0100,SN-00100,nv_binocular,Pulsar,Merger LRF XT50,,,,,,",
    9: "NV-0101,SN-00101,nv_binocular,Pulsar,Merger LRF XT50,,,,,,",
    13: "NV-0102,SN-00102,nv_binocular,Pulsar,Merger LRF XT50,,,5,,,",
}


def sample_csv(fixed: bool = False) -> str:
    """13 data rows after a header: 10 good ones and, unless `fixed`, 3 bad ones on lines 5, 9 and 13."""
    lines = [HEADER]
    good = iter(GOOD)
    for line_no in range(2, 15):
        if line_no in BAD:
            lines.append(FIXED[line_no] if fixed else BAD[line_no][0])
        else:
            lines.append(next(good))
    return "\n".join(lines) + "\n"


@pytest.fixture
def manager(fo: FieldOps) -> Iterator[FieldOps]:
    """An equipment manager's session on `fo`'s workspace."""
    session = factories.login(fo, factories.user(fo, Role.EQUIPMENT_MANAGER, full_name="Ilze Kalniņa"))
    yield session
    session.close()


def _write(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def _items(fo: FieldOps) -> int:
    return len(fo.equipment.items(ItemFilter(include_retired=True)))


def _codes(preview: ImportPreview) -> list[tuple[int, str | None, ErrorCode]]:
    return [(line, p.field, p.code) for line, p in preview.problems]


# ---- the acceptance case ------------------------------------------------------------------------------------------
def test_ten_good_three_bad_rows_show_three_precise_errors_and_import_nothing_until_fixed(
        manager: FieldOps, tmp_path: Path) -> None:
    path = _write(tmp_path, "inventory.csv", sample_csv())
    preview = manager.equipment_import.preview(path)
    assert not preview.file_problems
    assert len(preview.rows) == 13 and len(preview.good_rows) == 10 and len(preview.bad_rows) == 3
    assert _codes(preview) == [(line, fld, code) for line, (_row, fld, code) in sorted(BAD.items())]
    assert not preview.importable() and preview.importable(skip_bad=True)
    before = factories.table_counts(manager, "equipment_item", "outbox", "audit_event")

    with pytest.raises(FieldOpsError) as refused:
        manager.equipment_import.commit(preview)
    assert refused.value.code == ErrorCode.INVALID and refused.value.field == "rows"
    assert refused.value.params["count"] == 3
    assert factories.table_counts(manager, "equipment_item", "outbox", "audit_event") == before
    assert _items(manager) == 0

    fixed = manager.equipment_import.preview(_write(tmp_path, "inventory-fixed.csv", sample_csv(fixed=True)))
    assert not fixed.problems and fixed.importable()
    changes = manager.equipment_import.commit(fixed)
    assert changes.concerns("equipment_item")
    assert _items(manager) == 13
    nv = {i.asset_tag: i for i in manager.equipment.items()}
    assert nv["NV-0003"].project_funded and nv["NV-0003"].usage_hours == 4.5 and nv["NV-0003"].battery_cycles == 9
    assert nv["NV-0003"].next_service == date(2027, 3, 4) and nv["NV-0003"].location == "Skapis 3"
    assert nv["TI-0001"].kind == "thermal_imager" and nv["TI-0001"].notes == "Kaste ar lādētāju, 2 akumulatori"
    assert nv["VC-0001"].next_service == date(2027, 1, 15) and not nv["VC-0001"].project_funded
    sources = factories.rows(manager, "SELECT count(*) FROM audit_event WHERE details LIKE :s",
                             s="%csv:inventory-fixed.csv%")
    assert sources == [(13,)]


def test_skipping_the_bad_rows_imports_exactly_the_good_ones_in_one_go(manager: FieldOps, tmp_path: Path) -> None:
    preview = manager.equipment_import.preview(_write(tmp_path, "inventory.csv", sample_csv()))
    equipment_csv.commit(manager, preview, skip_bad=True)
    assert _items(manager) == 10
    assert manager.equipment.items(ItemFilter(text="NV-0100")) == []

    # The whole fixed file again: the 10 imported rows are now the workspace's tags; the 3 fixed ones are fine.
    again = manager.equipment_import.preview(_write(tmp_path, "inventory-fixed.csv", sample_csv(fixed=True)))
    assert len(again.bad_rows) == 10
    assert {(p.code, p.params.get("where")) for _line, p in again.problems} == {(ErrorCode.DUPLICATE, "workspace")}
    equipment_csv.commit(manager, again, skip_bad=True)
    assert _items(manager) == 13


def test_a_tag_taken_between_preview_and_commit_refuses_the_whole_commit(
        manager: FieldOps, fo: FieldOps, tmp_path: Path) -> None:
    preview = manager.equipment_import.preview(_write(tmp_path, "inventory.csv", sample_csv(fixed=True)))
    other = factories.login(fo, factories.user(fo, Role.EQUIPMENT_MANAGER))
    try:
        other.equipment.create_item(asset_tag="vc-0001", serial_no="X", kind="video_camera", make="Sony", model="A")
    finally:
        other.close()
    before = factories.table_counts(manager, "equipment_item", "outbox", "audit_event")
    with pytest.raises(FieldOpsError) as taken:
        manager.equipment_import.commit(preview)
    assert taken.value.code == ErrorCode.DUPLICATE and taken.value.field == "asset_tag"
    assert taken.value.params == {"value": "VC-0001", "line": 14, "where": "workspace"}
    assert factories.table_counts(manager, "equipment_item", "outbox", "audit_event") == before
    assert _codes(manager.equipment_import.check(preview)) == [(14, "asset_tag", ErrorCode.DUPLICATE)]


def test_only_equipment_managers_import(fo: FieldOps, officer: FieldOps) -> None:
    preview = parse(sample_csv(fixed=True), filename="inventory.csv")
    for session in (fo, officer):  # the administrator and an officer
        with pytest.raises(FieldOpsError) as refused:
            session.equipment_import.commit(preview)
        assert refused.value.code == ErrorCode.NOT_PERMITTED
        with pytest.raises(FieldOpsError):
            session.equipment_import.preview(sample_csv().encode())
    assert factories.scalar(fo, "SELECT count(*) FROM equipment_item") == 0


def test_nothing_to_import_is_refused(manager: FieldOps) -> None:
    only_bad = parse(HEADER + "\n" + BAD[5][0] + "\n")
    with pytest.raises(FieldOpsError) as refused:
        manager.equipment_import.commit(only_bad, skip_bad=True)
    assert refused.value.field == "rows" and refused.value.params["count"] == 0
    empty = parse("")
    with pytest.raises(FieldOpsError) as refused:
        manager.equipment_import.commit(empty, skip_bad=True)
    assert (refused.value.code, refused.value.field) == (ErrorCode.REQUIRED, "file")


# ---- encodings, delimiters, aliases -----------------------------------------------------------------------------
def test_utf8_bom_semicolons_and_latvian_headers(manager: FieldOps, tmp_path: Path) -> None:
    text = ("Inventāra Nr.;Sērijas nr.;Veids;Ražotājs;Modelis;Vieta;Projekts;Stundas;Cikli;Nākamā apkope;"
            "Piezīmes\n"
            "nv-0200;SN 1;NV binocular;Ražotājs Rīga;Ūdens-3;Liepājas PP noliktava;jā;1,5;3;01.02.2027;"
            '"Šķērsgriezums; ļoti labs"\n')
    path = _write(tmp_path, "latviski.csv", "\ufeff" + text)
    preview = manager.equipment_import.preview(path)
    assert (preview.encoding, preview.delimiter) == ("utf-8-sig", ";")
    assert preview.columns[0] == "asset_tag" and None not in preview.columns
    assert not preview.problems and not preview.file_problems
    row = preview.rows[0].values
    assert row["asset_tag"] == "NV-0200" and row["kind"] == "nv_binocular" and row["make"] == "Ražotājs Rīga"
    assert row["project_funded"] is True and row["usage_hours"] == 1.5 and row["next_service"] == date(2027, 2, 1)
    assert row["notes"] == "Šķērsgriezums; ļoti labs"
    manager.equipment_import.commit(preview)
    assert manager.equipment.items()[0].location == "Liepājas PP noliktava"


def test_windows_1257_file_with_latvian_and_lithuanian_letters(tmp_path: Path) -> None:
    text = ("Inventorinis nr.,Serijos nr.,Rūšis,Gamintojas,Modelis,Vieta,Pastabos\r\n"
            "KL-0001,SN-1,thermal_imager,Ražotājs,Ąžuolas ČĘĖĮŠŲŪŽ,Klaipėda,Ķēķis ģērbj ļņ\r\n")
    path = _write(tmp_path, "baltic.csv", text, "cp1257")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    preview = parse(path)
    assert preview.encoding == "cp1257" and preview.filename == "baltic.csv"
    assert not preview.problems and not preview.file_problems
    values = preview.rows[0].values
    assert values["make"] == "Ražotājs" and values["model"] == "Ąžuolas ČĘĖĮŠŲŪŽ"
    assert values["location"] == "Klaipėda" and values["notes"] == "Ķēķis ģērbj ļņ"


def test_tabs_lithuanian_headers_and_utf16_as_excel_writes_unicode_text(tmp_path: Path) -> None:
    text = ("Inventorinis nr.\tSerijos nr.\tTipas\tGamintojas\tModelis\tValandos\tPastabos\n"
            "LT-7\tS7\tbattery\tSaft\tLS 14500\t2\tįkrauta\n")
    for encoding in ("utf-8", "utf-16"):
        preview = parse(_write(tmp_path, f"lt-{encoding}.txt", text, encoding))
        assert preview.delimiter == "\t" and not preview.problems and not preview.file_problems
        assert preview.rows[0].values["notes"] == "įkrauta" and preview.rows[0].values["usage_hours"] == 2.0


def test_header_names_and_aliases_map_to_fields() -> None:
    cases = {"asset_tag": ("Tag", "ASSET TAG", "inventara nr", "Inventorinis nr."),
             "serial_no": ("serial", "Sērijas Nr.", "serijos nr"), "kind": ("type", "Veids", "rūšis"),
             "make": ("Ražotājs", "gamintojas"), "model": ("Modelis",), "location": ("Vieta",),
             "project_funded": ("project", "project_funded"), "usage_hours": ("hours", "usage_hours"),
             "battery_cycles": ("cycles", "battery_cycles"), "next_service": ("next service", "Next_Service"),
             "service_hours": ("service hours",), "notes": ("Notes", "piezīmes", "pastabos")}
    for name, headers in cases.items():
        for header in headers:
            assert equipment_csv.column_field(header) == name, header
    assert equipment_csv.column_field("kit_id") is None
    assert equipment_csv.column_field("colour") is None


@pytest.mark.parametrize(("written", "kind"), [("NV binocular", "nv_binocular"), ("Thermal-Imager", "thermal_imager"),
                                               ("MEMORY_CARD", "memory_card"), ("Night-vision binocular",
                                                                                "nv_binocular")])
def test_kind_values_are_tolerant(written: str, kind: str) -> None:
    preview = parse(f"tag,serial,kind,make,model\nA-1,S,{written},M,X\n")
    assert preview.rows[0].values["kind"] == kind


# ---- file-level problems ---------------------------------------------------------------------------------------
def test_unknown_columns_are_listed_not_dropped(manager: FieldOps) -> None:
    preview = parse("tag,serial,kind,make,model,colour,Weight kg\nA-1,S,case,M,X,red,2\n")
    assert [(p.code, p.field, p.params["columns"]) for p in preview.file_problems] == [
        (ErrorCode.INVALID, "columns", "colour, Weight kg")]
    assert len(preview.rows) == 1 and preview.rows[0].ok  # the rows still show …
    assert not preview.importable(skip_bad=True)  # … but the file is refused until the column goes
    with pytest.raises(FieldOpsError) as refused:
        manager.equipment_import.commit(preview, skip_bad=True)
    assert refused.value.field == "columns"
    assert _items(manager) == 0


def test_trailing_empty_header_cells_are_not_unknown_columns() -> None:
    preview = parse("tag;serial;kind;make;model;;\nA-1;S;case;M;X;;\n")
    assert not preview.file_problems and preview.rows[0].ok


def test_missing_required_columns() -> None:
    preview = parse("tag,kind,make\nA-1,case,M\n")
    assert [(p.code, p.field, p.params["columns"]) for p in preview.file_problems] == [
        (ErrorCode.REQUIRED, "columns", "serial_no, model")]
    assert preview.rows == [] and not preview.importable(skip_bad=True)


def test_a_column_named_twice() -> None:
    preview = parse("tag,serial,kind,make,model,Inventāra nr.\nA-1,S,case,M,X,A-2\n")
    assert [(p.code, p.field, p.params["columns"]) for p in preview.file_problems] == [
        (ErrorCode.DUPLICATE, "columns", "asset_tag")]


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\xef\xbb\xbf", b";;;\r\n;;;\r\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    preview = parse(_write(tmp_path, "empty.csv", content))
    assert [(p.code, p.field) for p in preview.file_problems] == [(ErrorCode.REQUIRED, "file")]
    assert preview.rows == [] and not preview.importable(skip_bad=True)


def test_a_header_without_rows() -> None:
    preview = parse(HEADER + "\n\n")
    assert [(p.code, p.field) for p in preview.file_problems] == [(ErrorCode.REQUIRED, "rows")]


def test_a_missing_file_and_a_binary_file(tmp_path: Path) -> None:
    missing = parse(tmp_path / "nope.csv")
    assert [(p.code, p.field) for p in missing.file_problems] == [(ErrorCode.MEDIA_UNREADABLE, "file")]
    binary = parse(_write(tmp_path, "photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert [(p.code, p.field) for p in binary.file_problems] == [(ErrorCode.MEDIA_UNREADABLE, "file")]


def test_limits_rows_and_bytes(tmp_path: Path) -> None:
    rows = "\n".join(f"T-{n},S,case,M,X" for n in range(equipment_csv.MAX_ROWS))
    at_limit = parse("tag,serial,kind,make,model\n" + rows + "\n")
    assert not at_limit.file_problems and len(at_limit.good_rows) == equipment_csv.MAX_ROWS
    over = parse("tag,serial,kind,make,model\n" + rows + "\nT-X,S,case,M,X\n")
    assert [(p.code, p.field, p.params["max"]) for p in over.file_problems] == [
        (ErrorCode.OUT_OF_RANGE, "rows", equipment_csv.MAX_ROWS)]
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.write(b"tag,serial,kind,make,model,notes\n")
        handle.truncate(equipment_csv.MAX_BYTES + 1)
    too_big = parse(big)
    assert [(p.code, p.field) for p in too_big.file_problems] == [(ErrorCode.OUT_OF_RANGE, "file")]
    assert too_big.rows == []


# ---- row problems ------------------------------------------------------------------------------------------------
def test_duplicate_tags_inside_the_file_flag_every_copy() -> None:
    preview = parse("tag,serial,kind,make,model\nA-1,S1,case,M,X\nB-1,S2,case,M,X\na-1,S3,case,M,X\n")
    assert _codes(preview) == [(2, "asset_tag", ErrorCode.DUPLICATE), (4, "asset_tag", ErrorCode.DUPLICATE)]
    assert [p.params for _line, p in preview.problems] == [{"value": "A-1", "where": "file", "lines": "4"},
                                                           {"value": "A-1", "where": "file", "lines": "2"}]
    assert [r.tag for r in preview.good_rows] == ["B-1"]


def test_duplicate_tags_against_the_workspace_items_and_kits(manager: FieldOps) -> None:
    item = manager.equipment.create_item(asset_tag="OLD-1", serial_no="S", kind="case", make="M", model="X")
    assert item.created_id
    manager.equipment.create_kit("KIT-1", "Komplekts", [item.created_id])
    preview = manager.equipment_import.preview(
        b"tag,serial,kind,make,model\nold-1,S1,case,M,X\nKIT-1,S2,case,M,X\nNEW-1,S3,case,M,X\n")
    assert preview.checked
    assert _codes(preview) == [(2, "asset_tag", ErrorCode.DUPLICATE), (3, "asset_tag", ErrorCode.DUPLICATE)]
    assert {p.params["where"] for _line, p in preview.problems} == {"workspace"}
    # check_against is idempotent (re-checking does not stack the same problem twice)
    assert _codes(equipment_csv.check_against(manager, preview)) == _codes(preview)


def test_every_problem_of_a_row_is_listed_and_quoted_newlines_keep_line_numbers() -> None:
    text = ('tag,serial,kind,make,model,notes,next_service,cycles\n'
            'A-1,S1,case,M,X,"two\nlines",,\n'
            'bad tag!,,rocket,,X,,31.02.2027,many,extra\n')
    preview = parse(text)
    assert preview.rows[0].ok and preview.rows[0].values["notes"] == "two\nlines"
    assert _codes(preview) == [(4, "asset_tag", ErrorCode.INVALID), (4, "serial_no", ErrorCode.REQUIRED),
                               (4, "kind", ErrorCode.INVALID), (4, "make", ErrorCode.REQUIRED),
                               (4, "battery_cycles", ErrorCode.INVALID), (4, "next_service", ErrorCode.INVALID),
                               (4, "row", ErrorCode.INVALID)]
    assert preview.rows[1].tag == "bad tag!"  # as written, for the preview table


def test_short_rows_count_missing_cells_as_empty() -> None:
    preview = parse("tag,serial,kind,make,model,notes,location\nA-1,S,case,M,X\n")
    assert preview.rows[0].ok and preview.rows[0].values["notes"] == ""
