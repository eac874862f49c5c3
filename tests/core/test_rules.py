"""Rule packs, the rule engine, fact validation and `fieldops rules` (table-driven where it can be)."""

from __future__ import annotations

import json
import random
import shutil
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fieldops import cli, demo
from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.models.enums import OperationType
from fieldops.rules import FLAG_CODES, RuleBook, default_book, evaluate, rules_dir, validate_facts
from fieldops.rules import packs as packs_module
from fieldops.rules.messages import FLAG_MESSAGES, VALUE_LABELS, english
from fieldops.rules.vocab import SPECIES

RULES = Path(__file__).resolve().parents[2] / "resources" / "rules"
PACK_IDS = ["lt-2018-01-01", "lt-2024-05-01", "lv-2010-01-01", "lv-2014-07-22", "lv-2023-04-01"]


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load(RULES)


def _case(case_id: str, kind: str, country: str, on: str, facts: dict[str, Any], codes: list[str],
          pack: str | None = None, params: dict[str, Any] | None = None) -> Any:
    return pytest.param(kind, country, date.fromisoformat(on), facts, codes, pack, params or {}, id=case_id)


NS = {"species": "wild_boar", "sight": "night_vision", "position": "stand"}  # a lawful LV night hunt
CASES = [
    # --- traffic: alcohol limits by country and driver category
    _case("lv-novice-0.3", "traffic", "LV", "2024-11-10", {"driver_category": "novice", "alcohol_permille": [0.3]},
          ["alcohol_over_limit"], "lv-2023-04-01", {"permille": 0.3, "limit": 0.2, "category": "novice"}),
    _case("lv-general-0.3", "traffic", "LV", "2024-11-10", {"driver_category": "general", "alcohol_permille": [0.3]},
          []),
    _case("lv-no-category-is-general-0.5", "traffic", "LV", "2024-11-10", {"alcohol_permille": 0.5}, []),
    _case("lv-general-0.51", "traffic", "LV", "2024-11-10", {"alcohol_permille": [0.51]}, ["alcohol_over_limit"],
          params={"limit": 0.5, "category": "general"}),
    _case("lv-professional-0.3", "traffic", "LV", "2016-03-01",
          {"driver_category": "professional", "alcohol_permille": [0.3]}, ["alcohol_over_limit"], "lv-2014-07-22"),
    _case("lv-first-of-two-counts", "traffic", "LV", "2024-11-10", {"alcohol_permille": [0.55, 0.3]},
          ["alcohol_over_limit"], params={"permille": 0.55}),
    _case("lt-novice-0.1", "traffic", "LT", "2024-11-10", {"driver_category": "novice", "alcohol_permille": [0.1]},
          ["alcohol_over_limit"], "lt-2024-05-01", {"permille": 0.1, "limit": 0.0, "category": "novice"}),
    _case("lt-professional-0.05", "traffic", "LT", "2020-02-02",
          {"driver_category": "professional", "alcohol_permille": [0.05]}, ["alcohol_over_limit"], "lt-2018-01-01"),
    _case("lt-general-0.4", "traffic", "LT", "2024-11-10", {"alcohol_permille": [0.4]}, []),
    _case("lt-lower-of-two-first-high", "traffic", "LT", "2024-11-10", {"alcohol_permille": [0.45, 0.38]}, []),
    _case("lt-lower-of-two-second-high", "traffic", "LT", "2024-11-10", {"alcohol_permille": [0.38, 0.45]}, []),
    _case("lt-lower-of-two-both-high", "traffic", "LT", "2024-11-10", {"alcohol_permille": [0.9, 0.62]},
          ["alcohol_over_limit"], params={"permille": 0.62}),
    _case("lv-criminal-1.6", "traffic", "LV", "2024-11-10", {"alcohol_permille": [1.6]},
          ["alcohol_over_limit", "alcohol_criminal"], params={"permille": 1.6}),
    _case("lv-1.5-not-criminal", "traffic", "LV", "2024-11-10", {"alcohol_permille": [1.5]}, ["alcohol_over_limit"]),
    _case("lt-criminal-lower-1.51", "traffic", "LT", "2024-11-10", {"alcohol_permille": [1.7, 1.51]},
          ["alcohol_over_limit", "alcohol_criminal"], params={"permille": 1.51, "threshold": 1.5}),
    _case("lt-lower-saves-from-criminal", "traffic", "LT", "2024-11-10", {"alcohol_permille": [1.6, 1.49]},
          ["alcohol_over_limit"]),
    # --- traffic: speed, refusal, documents, plate
    _case("speeding", "traffic", "LV", "2024-11-10", {"speed_measured": 92, "speed_limit": 70}, ["speeding"],
          params={"measured": 92, "limit": 70, "over_kmh": 22}),
    _case("speed-at-limit", "traffic", "LT", "2024-11-10", {"speed_measured": 90, "speed_limit": 90}, []),
    _case("refused-test", "traffic", "LT", "2024-11-10", {"refused_test": True}, ["refused_test"]),
    _case("insurance-missing", "traffic", "LV", "2024-11-10",
          {"documents": {"driving_licence": True, "registration": True, "insurance": False}}, ["document_missing"],
          params={"which": "insurance"}),
    _case("unrecorded-or-unknown-documents-not-judged", "traffic", "LT", "2024-11-10",
          {"documents": {"driving_licence": True, "tachograph_card": False}}, []),
    _case("lv-plate-ok", "traffic", "LV", "2024-11-10", {"plate": "ab-12"}, []),
    _case("lv-plate-lt-format", "traffic", "LV", "2024-11-10", {"plate": "ABC 123"}, ["plate_format_unknown"],
          params={"plate": "ABC 123", "country": "LV"}),
    _case("lt-plate-no-space-ok", "traffic", "LT", "2024-11-10", {"plate": "ABC123"}, []),
    _case("lt-plate-lv-format", "traffic", "LT", "2024-11-10", {"plate": "AB-1234"}, ["plate_format_unknown"]),
    # --- hunter: night sights, judged by the pack in force on the date
    _case("lt-fox-thermal-2023", "hunter", "LT", "2023-11-10", {"species": "fox", "sight": "thermal"},
          ["night_sight_species_not_allowed"], "lt-2018-01-01", {"species": "fox", "sight": "thermal"}),
    _case("lt-fox-thermal-2024", "hunter", "LT", "2024-11-10", {"species": "fox", "sight": "thermal"}, [],
          "lt-2024-05-01"),
    _case("lt-muskrat-night-vision-on-foot-2024", "hunter", "LT", "2024-11-10",
          {"species": "muskrat", "sight": "night_vision", "position": "on_foot"}, []),
    _case("lt-roe-deer-thermal-2024", "hunter", "LT", "2024-11-10", {"species": "roe_deer", "sight": "thermal"},
          ["night_sight_species_not_allowed"]),
    _case("lt-optical-any-species", "hunter", "LT", "2023-11-10", {"species": "moose", "sight": "optical"}, []),
    _case("lv-boar-night-vision-2013", "hunter", "LV", "2013-12-01", NS, ["night_sight_species_not_allowed"],
          "lv-2010-01-01"),
    _case("lv-night-sight-2013-species-not-recorded", "hunter", "LV", "2013-12-01", {"sight": "thermal"},
          ["night_sight_species_not_allowed"], params={"species": None}),
    _case("lv-boar-night-vision-2015", "hunter", "LV", "2015-01-10", NS, [], "lv-2014-07-22"),
    _case("lv-red-deer-thermal", "hunter", "LV", "2024-11-10", {**NS, "species": "red_deer", "sight": "thermal"},
          ["night_sight_species_not_allowed"], params={"species": "red_deer"}),
    _case("lv-night-sight-on-foot", "hunter", "LV", "2024-11-10", {**NS, "position": "on_foot"},
          ["night_sight_not_from_stand"]),
    _case("lv-night-sight-on-foot-by-day", "hunter", "LV", "2024-11-10", {**NS, "position": "on_foot", "night": False},
          []),
    _case("lv-loaded-moving", "hunter", "LV", "2024-11-10", {**NS, "weapon_loaded_moving": True},
          ["weapon_loaded_moving_night_sight"]),
    _case("lv-loaded-moving-optical", "hunter", "LV", "2024-11-10",
          {**NS, "sight": "optical", "weapon_loaded_moving": True}, []),
    _case("lv-uncased-in-vehicle", "hunter", "LV", "2024-11-10",
          {**NS, "position": "vehicle", "weapon_cased_in_vehicle": False}, ["uncased_night_sight_weapon_in_vehicle"]),
    _case("lv-cased-in-vehicle", "hunter", "LV", "2024-11-10",
          {**NS, "position": "vehicle", "weapon_cased_in_vehicle": True}, []),
    # --- hunter: documents, safety check, sheet, sobriety, boar marker, vest
    _case("lv-moose-without-permit", "hunter", "LV", "2024-11-10",
          {"species": "moose", "documents": {"hunter_certificate": True, "hunting_permit": False}},
          ["hunter_document_missing"], params={"which": "hunting_permit"}),
    _case("lv-fox-permit-not-needed", "hunter", "LV", "2024-11-10",
          {"species": "fox", "documents": {"hunting_permit": False}}, []),
    _case("lv-roe-deer-permit-2020", "hunter", "LV", "2020-10-10",
          {"species": "roe_deer", "documents": {"hunting_permit": False}}, ["hunter_document_missing"]),
    _case("lv-roe-deer-permit-2024", "hunter", "LV", "2024-10-10",
          {"species": "roe_deer", "documents": {"hunting_permit": False}}, []),
    _case("lv-seasonal-card-missing", "hunter", "LV", "2024-10-10", {"documents": {"seasonal_card": False}},
          ["hunter_document_missing"], params={"which": "seasonal_card"}),
    _case("lt-hunter-ticket-missing", "hunter", "LT", "2024-10-10", {"documents": {"hunter_ticket": False}},
          ["hunter_document_missing"], params={"which": "hunter_ticket"}),
    _case("lt-safety-check-over-3-years", "hunter", "LT", "2024-11-10", {"safety_check_date": "2021-11-09"},
          ["safety_check_expired"], params={"safety_check_date": "2021-11-09", "max_years": 3}),
    _case("lt-safety-check-exactly-3-years", "hunter", "LT", "2024-11-10", {"safety_check_date": "2021-11-10"},
          ["safety_check_expired"]),
    _case("lt-safety-check-under-3-years", "hunter", "LT", "2024-11-10", {"safety_check_date": "2021-11-11"}, []),
    _case("lt-safety-check-29-february", "hunter", "LT", "2023-03-01", {"safety_check_date": "2020-02-29"},
          ["safety_check_expired"]),
    _case("lv-no-safety-check-rule", "hunter", "LV", "2024-11-10", {"safety_check_date": "2001-01-01"}, []),
    _case("lt-hunting-sheet-blank", "hunter", "LT", "2024-11-10", {"hunting_sheet": "   "}, ["hunting_sheet_missing"]),
    _case("lt-hunting-sheet-named", "hunter", "LT", "2024-11-10", {"hunting_sheet": "Vadovas: Jonas Butkus"}, []),
    _case("lv-no-hunting-sheet-rule", "hunter", "LV", "2024-11-10", {"hunting_sheet": ""}, []),
    _case("lv-not-sober", "hunter", "LV", "2024-11-10", {"sober": False}, ["not_sober"]),
    _case("lt-not-sober", "hunter", "LT", "2019-11-10", {"sober": False}, ["not_sober"]),
    _case("lv-boar-without-marker-2023", "hunter", "LV", "2023-11-10", {"boar_harvested": True},
          ["boar_marker_missing"], "lv-2023-04-01"),
    _case("lv-boar-blank-marker", "hunter", "LV", "2023-11-10", {"boar_harvested": True, "boar_marker": " "},
          ["boar_marker_missing"]),
    _case("lv-boar-with-marker", "hunter", "LV", "2023-11-10", {"boar_harvested": True, "boar_marker": "LV123456"},
          []),
    _case("lv-boar-without-marker-2022", "hunter", "LV", "2022-11-10", {"boar_harvested": True}, [],
          "lv-2014-07-22"),
    _case("lt-driven-hunt-no-vest", "hunter", "LT", "2024-11-10", {"driven_hunt": True, "vest": False},
          ["vest_missing_driven_hunt"]),
    _case("lt-driven-hunt-vest", "hunter", "LT", "2024-11-10", {"driven_hunt": True, "vest": True}, []),
    _case("lt-individual-hunt-no-vest", "hunter", "LT", "2024-11-10", {"driven_hunt": False, "vest": False}, []),
    _case("lv-several-at-once", "hunter", "LV", "2024-11-10",
          {"species": "moose", "sight": "thermal", "position": "on_foot", "sober": False},
          ["night_sight_species_not_allowed", "night_sight_not_from_stand", "not_sober"]),
    _case("other-has-no-flags", "other", "LV", "2024-11-10", {"category": "assistance", "text": "Palīdzība"}, []),
]


@pytest.mark.parametrize(("kind", "country", "on", "facts", "codes", "pack", "params"), CASES)
def test_evaluate(book: RuleBook, kind: str, country: str, on: date, facts: dict[str, Any], codes: list[str],
                  pack: str | None, params: dict[str, Any]) -> None:
    result = evaluate(book, kind, country, on, facts)
    assert list(result.codes) == codes
    assert result.pack_version == 1
    if pack:
        assert result.pack_id == pack
    if params:
        assert {k: result.flags[-1].params[k] for k in params} == params  # of the last flag
    assert result.violation == any(c != "plate_format_unknown" for c in codes)
    for flag in result.flags:
        text = english(flag)
        assert "{" not in text and flag.code not in text, text
        json.dumps(flag.as_dict())  # JSON-serialisable for reports and the CLI


def test_every_flag_code_has_a_case_and_a_message() -> None:
    covered = {code for case in CASES for code in case.values[4]}
    assert covered == set(FLAG_CODES) == set(FLAG_MESSAGES)
    assert set(SPECIES) <= set(VALUE_LABELS)


def test_plate_warning_is_not_a_violation(book: RuleBook) -> None:
    result = evaluate(book, "traffic", "LV", date(2024, 1, 1), {"plate": "XYZ 999"})
    assert [f.severity for f in result.flags] == ["warning"] and not result.violation


@pytest.mark.parametrize(("country", "on", "pack_id"), [
    ("LV", "2010-01-01", "lv-2010-01-01"), ("LV", "2014-07-21", "lv-2010-01-01"),
    ("LV", "2014-07-22", "lv-2014-07-22"), ("LV", "2023-03-31", "lv-2014-07-22"),
    ("LV", "2023-04-01", "lv-2023-04-01"), ("LV", "2099-12-31", "lv-2023-04-01"),
    ("LT", "2018-01-01", "lt-2018-01-01"), ("LT", "2024-04-30", "lt-2018-01-01"),
    ("LT", "2024-05-01", "lt-2024-05-01"),
])
def test_pack_for_picks_by_date(book: RuleBook, country: str, on: str, pack_id: str) -> None:
    assert book.pack_for(country, date.fromisoformat(on)).id == pack_id


@pytest.mark.parametrize(("country", "on", "field"), [
    ("LT", "2017-12-31", "date"), ("LV", "2009-12-31", "date"), ("EE", "2024-01-01", "country"),
])
def test_no_pack_is_a_typed_error(book: RuleBook, country: str, on: str, field: str) -> None:
    with pytest.raises(FieldOpsError) as exc:
        book.pack_for(country, date.fromisoformat(on))
    assert exc.value.code is ErrorCode.INVALID and exc.value.field == field
    with pytest.raises(FieldOpsError):
        evaluate(book, "traffic", country, date.fromisoformat(on), {})


def test_shipped_packs_load_from_the_default_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(packs_module.ENV_RULES_DIR, raising=False)
    default_book.cache_clear()
    try:
        assert rules_dir().resolve() == RULES
        loaded = default_book()
        assert [p.id for p in loaded.packs] == PACK_IDS and loaded.countries == ("LT", "LV")
        assert all(p.path.stem == p.id and p.sources for p in loaded.packs)
        assert default_book() is loaded
    finally:
        default_book.cache_clear()


def test_rules_dir_env_and_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(packs_module.ENV_RULES_DIR, str(tmp_path))
    assert rules_dir() == tmp_path
    monkeypatch.delenv(packs_module.ENV_RULES_DIR)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert rules_dir() == tmp_path / "resources" / "rules"


def _pack_dir(tmp_path: Path, edit: dict[str, Any] | None = None, name: str = "lv-2014-07-22") -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    if edit is not None:
        path = folder / f"{name}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        for dotted, value in edit.items():
            *parents, last = dotted.split(".")
            target = data
            for key in parents:
                target = target[key]
            if value is _DELETE:
                del target[last]
            else:
                target[last] = value
        path.write_text(json.dumps(data), encoding="utf-8")
    return folder


_DELETE = object()


@pytest.mark.parametrize(("edit", "file", "key"), [
    pytest.param({"effective_to": "2023-06-01"}, "lv-2023-04-01.json", "effective_from", id="overlap"),
    pytest.param({"effective_to": None}, "lv-2023-04-01.json", "effective_from", id="open-end-overlap"),
    pytest.param({"traffic.alcohol.criminal_above": _DELETE}, "lv-2014-07-22.json", "traffic.alcohol.criminal_above",
                 id="missing-key"),
    pytest.param({"hunter.night_sights.allowed_species": ["wild_boar", "elk"]}, "lv-2014-07-22.json",
                 "hunter.night_sights.allowed_species", id="unknown-species"),
    pytest.param({"traffic.alcohol.limits.general": "0.5"}, "lv-2014-07-22.json", "traffic.alcohol.limits.general",
                 id="limit-not-a-number"),
    pytest.param({"efective_to": None}, "lv-2014-07-22.json", "efective_to", id="misspelt-key"),
    pytest.param({"id": "lv-2014"}, "lv-2014-07-22.json", "id", id="id-not-file-name"),
    pytest.param({"effective_to": "2014-07-01"}, "lv-2014-07-22.json", "effective_to", id="ends-before-start"),
    pytest.param({"effective_from": "22.07.2014"}, "lv-2014-07-22.json", "effective_from", id="bad-date"),
    pytest.param({"vehicle_plate.pattern": "([A-Z"}, "lv-2014-07-22.json", "vehicle_plate.pattern",
                 id="bad-regex"),
    pytest.param({"traffic.alcohol.counted_test": "average"}, "lv-2014-07-22.json", "traffic.alcohol.counted_test",
                 id="bad-choice"),
])
def test_malformed_pack_is_a_typed_error(tmp_path: Path, edit: dict[str, Any], file: str, key: str) -> None:
    folder = _pack_dir(tmp_path, edit)
    with pytest.raises(FieldOpsError) as exc:
        RuleBook.load(folder)
    assert exc.value.code is ErrorCode.INVALID
    assert exc.value.params["file"] == file and exc.value.params["key"] == key
    assert file in exc.value.english() and key in exc.value.english()


def test_malformed_json_names_the_file(tmp_path: Path) -> None:
    folder = _pack_dir(tmp_path)
    (folder / "lt-2030-01-01.json").write_text('{"id": "lt-2030-01-01", ', encoding="utf-8")
    with pytest.raises(FieldOpsError) as exc:
        RuleBook.load(folder)
    assert exc.value.code is ErrorCode.INVALID and "lt-2030-01-01.json" in exc.value.english()
    with pytest.raises(FieldOpsError) as missing:
        RuleBook.load(tmp_path / "nowhere")
    assert "nowhere" in missing.value.english()


def test_a_new_pack_closes_the_previous_one(tmp_path: Path) -> None:
    folder = _pack_dir(tmp_path, {"effective_to": "2026-01-01"}, name="lt-2024-05-01")
    data = json.loads((folder / "lt-2024-05-01.json").read_text(encoding="utf-8"))
    data.update(id="lt-2026-01-01", effective_from="2026-01-01", effective_to=None)
    data["traffic"]["alcohol"]["limits"]["general"] = 0.2
    (folder / "lt-2026-01-01.json").write_text(json.dumps(data), encoding="utf-8")
    new = RuleBook.load(folder)
    facts = {"alcohol_permille": [0.3]}
    assert evaluate(new, "traffic", "LT", date(2025, 12, 31), facts).codes == ()
    assert evaluate(new, "traffic", "LT", date(2026, 1, 1), facts).codes == ("alcohol_over_limit",)


BAD_FACTS = [
    pytest.param("traffic", {"alcohol_permille": [-0.1]}, ErrorCode.OUT_OF_RANGE, "alcohol_permille", id="alc-neg"),
    pytest.param("traffic", {"alcohol_permille": [5.1]}, ErrorCode.OUT_OF_RANGE, "alcohol_permille", id="alc-5.1"),
    pytest.param("traffic", {"alcohol_permille": [0.1, 0.2, 0.3]}, ErrorCode.OUT_OF_RANGE, "alcohol_permille",
                 id="alc-three-tests"),
    pytest.param("traffic", {"alcohol_permille": ["0.3"]}, ErrorCode.INVALID, "alcohol_permille", id="alc-text"),
    pytest.param("traffic", {"alcohol_permille": True}, ErrorCode.INVALID, "alcohol_permille", id="alc-bool"),
    pytest.param("traffic", {"driver_category": "taxi"}, ErrorCode.INVALID, "driver_category", id="category"),
    pytest.param("traffic", {"speed_measured": 301}, ErrorCode.OUT_OF_RANGE, "speed_measured", id="speed-301"),
    pytest.param("traffic", {"speed_limit": -1}, ErrorCode.OUT_OF_RANGE, "speed_limit", id="limit-negative"),
    pytest.param("traffic", {"speed_measured": 50.5}, ErrorCode.INVALID, "speed_measured", id="speed-fraction"),
    pytest.param("traffic", {"speed_limit": "50"}, ErrorCode.INVALID, "speed_limit", id="speed-text"),
    pytest.param("traffic", {"refused_test": "yes"}, ErrorCode.INVALID, "refused_test", id="refused-text"),
    pytest.param("traffic", {"documents": {"insurance": "no"}}, ErrorCode.INVALID, "documents", id="doc-text"),
    pytest.param("traffic", {"documents": ["insurance"]}, ErrorCode.INVALID, "documents", id="docs-list"),
    pytest.param("traffic", {"plate": 1234}, ErrorCode.INVALID, "plate", id="plate-number"),
    pytest.param("traffic", {"plate": "A" * 21}, ErrorCode.TOO_LONG, "plate", id="plate-long"),
    pytest.param("hunter", {"species": "elk"}, ErrorCode.INVALID, "species", id="species"),
    pytest.param("hunter", {"species": 3}, ErrorCode.INVALID, "species", id="species-number"),
    pytest.param("hunter", {"sight": "laser"}, ErrorCode.INVALID, "sight", id="sight"),
    pytest.param("hunter", {"position": "tree"}, ErrorCode.INVALID, "position", id="position"),
    pytest.param("hunter", {"night": 1}, ErrorCode.INVALID, "night", id="night-int"),
    pytest.param("hunter", {"sober": "no"}, ErrorCode.INVALID, "sober", id="sober-text"),
    pytest.param("hunter", {"safety_check_date": "2024-11-11"}, ErrorCode.INVALID, "safety_check_date",
                 id="date-future"),
    pytest.param("hunter", {"safety_check_date": "10.11.2021"}, ErrorCode.INVALID, "safety_check_date",
                 id="date-format"),
    pytest.param("hunter", {"boar_marker": ["x"]}, ErrorCode.INVALID, "boar_marker", id="marker-list"),
    pytest.param("other", {"category": "assistance", "text": "x" * 2001}, ErrorCode.TOO_LONG, "text", id="text"),
    pytest.param("other", {"text": "no category"}, ErrorCode.REQUIRED, "category", id="other-no-category"),
    pytest.param("parking", {}, ErrorCode.INVALID, "kind", id="kind"),
    pytest.param("traffic", ["not", "an", "object"], ErrorCode.INVALID, "facts", id="facts-list"),
]


@pytest.mark.parametrize(("kind", "facts", "code", "field"), BAD_FACTS)
def test_validate_facts_refuses(book: RuleBook, kind: str, facts: Any, code: ErrorCode, field: str) -> None:
    with pytest.raises(FieldOpsError) as exc:
        validate_facts(book, kind, "LT", facts, on=date(2024, 11, 10))
    assert (exc.value.code, exc.value.field) == (code, field)
    if code is ErrorCode.OUT_OF_RANGE and field == "alcohol_permille":
        assert (exc.value.params["min"], exc.value.params["max"]) == (0, 5)
    exc.value.english()  # the message formats with the params given
    with pytest.raises(FieldOpsError):  # evaluate validates first
        evaluate(book, kind, "LT", date(2024, 11, 10), facts)


def test_validate_facts_unknown_country(book: RuleBook) -> None:
    with pytest.raises(FieldOpsError) as exc:
        validate_facts(book, "traffic", "EE", {})
    assert exc.value.field == "country"


def test_validate_facts_normalises_and_keeps_unknown_keys(book: RuleBook) -> None:
    extra = {"nested": [1, {"a": "ā"}], "speed_device": "LTI 20/20"}
    facts = {"alcohol_permille": 0.333, "driver_category": " Novice ", "plate": " ab-12 ", "speed_measured": 72.0,
             "speed_limit": 0, "documents": {"Insurance": False}, "refused_test": None, **extra}
    clean = validate_facts(book, "traffic", "LV", facts, on=date(2024, 1, 1))
    assert clean == {"alcohol_permille": [0.33], "driver_category": "novice", "plate": "AB-12", "speed_measured": 72,
                     "speed_limit": 0, "documents": {"insurance": False}, "refused_test": None, **extra}
    assert facts["alcohol_permille"] == 0.333  # the input is not modified
    edges = validate_facts(book, "traffic", "LT", {"alcohol_permille": [0, 5], "speed_measured": 300})
    assert edges["alcohol_permille"] == [0.0, 5.0] and edges["speed_measured"] == 300
    hunter = validate_facts(book, "hunter", "LT", {"species": " Wild_Boar", "safety_check_date": "2024-11-10"},
                            on=date(2024, 11, 10))
    assert hunter == {"species": "wild_boar", "safety_check_date": "2024-11-10"}


def test_demo_facts_validate_and_evaluate(book: RuleBook) -> None:
    rng = random.Random(3)
    for i in range(300):
        op_type = [OperationType.TRAFFIC, OperationType.HUNTER, OperationType.OTHER][i % 3]
        lv = i % 2 == 0
        kind, _outcome, facts = demo._check(rng, op_type, lv)
        result = evaluate(book, kind, "LV" if lv else "LT", date(2024, 11, 10), facts)
        assert "plate_format_unknown" not in result.codes, facts


def _run_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], checks: Any, *extra: str) -> tuple[int, Any]:
    path = tmp_path / "checks.json"
    path.write_text(json.dumps(checks, ensure_ascii=False), encoding="utf-8")
    code = cli.main(["rules", "evaluate", *extra, str(path)])
    captured = capsys.readouterr()
    if captured.out:
        assert captured.err == ""
        return code, json.loads(captured.out)
    return code, captured.err


def test_cli_evaluate_one_bad_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    checks = [
        {"id": "a", "kind": "traffic", "country": "LV", "date": "2024-11-10",
         "facts": {"driver_category": "novice", "alcohol_permille": [0.3], "plate": "Jūrmala 1"}},
        {"id": 2, "kind": "traffic", "country": "LT", "date": "2024-11-10", "facts": {"alcohol_permille": [5.1]}},
        {"kind": "hunter", "country": "LT", "date": "2023-11-10", "facts": {"species": "fox", "sight": "thermal"}},
    ]
    code, out = _run_cli(tmp_path, capsys, checks)
    assert code == 1 and len(out) == 3
    assert out[0]["id"] == "a" and out[0]["error"] is None
    assert out[0]["pack"] == {"id": "lv-2023-04-01", "version": 1, "effective_from": "2023-04-01"}
    assert [f["code"] for f in out[0]["flags"]] == ["alcohol_over_limit", "plate_format_unknown"]
    assert out[0]["flags"][1] == {"code": "plate_format_unknown", "severity": "warning", "field": "plate",
                                  "params": {"plate": "JŪRMALA 1", "country": "LV", "example": "AB-1234"}}
    assert out[1]["id"] == 2 and out[1]["flags"] == []
    assert out[1]["error"] == {"code": "validation.out_of_range", "field": "alcohol_permille",
                               "message": "The value must be between 0 and 5."}
    assert out[2]["id"] is None and out[2]["pack"]["id"] == "lt-2018-01-01" and out[2]["error"] is None
    assert [f["code"] for f in out[2]["flags"]] == ["night_sight_species_not_allowed"]


@pytest.mark.parametrize(("entry", "field"), [
    pytest.param("not an object", None, id="not-object"),
    pytest.param({"country": "LV", "date": "2024-01-01"}, "kind", id="no-kind"),
    pytest.param({"kind": "traffic", "country": "LV", "date": "2024-13-01"}, "date", id="bad-date"),
    pytest.param({"kind": "traffic", "country": "LT", "date": "2001-01-01"}, "date", id="no-pack"),
    pytest.param({"kind": "traffic", "country": "EE", "date": "2024-01-01"}, "country", id="country"),
    pytest.param({"kind": "hunter", "country": "LV", "date": "2024-01-01", "facts": {"species": "elk"}}, "species",
                 id="species"),
])
def test_cli_entry_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: Any, field: str | None) -> None:
    good = {"id": 1, "kind": "other", "country": "LT", "date": "2024-01-01", "facts": {"category": "assistance"}}
    code, out = _run_cli(tmp_path, capsys, [entry, good])
    assert code == 1
    assert out[0]["error"]["field"] == field and out[0]["error"]["message"] and out[0]["flags"] == []
    assert out[1]["error"] is None and out[1]["pack"]["id"] == "lt-2018-01-01"


def test_cli_all_good_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run_cli(tmp_path, capsys, [{"kind": "traffic", "country": "LT", "date": "2024-11-10", "facts": {}}])
    assert code == 0 and out == [{"id": None, "pack": {"id": "lt-2024-05-01", "version": 1,
                                                       "effective_from": "2024-05-01"}, "flags": [], "error": None}]


@pytest.mark.parametrize("content", [pytest.param("[{", id="not-json"), pytest.param('{"kind": "x"}', id="object"),
                                     pytest.param(None, id="missing")])
def test_cli_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None) -> None:
    path = tmp_path / "checks.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert cli.main(["rules", "evaluate", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "checks.json" in captured.err


def test_cli_malformed_pack_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _pack_dir(tmp_path, {"country": "Latvia"})
    code, err = _run_cli(tmp_path, capsys, [], "--rules-dir", str(folder))
    assert code == 2 and "lv-2014-07-22.json: country" in err


def test_cli_rules_list(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(packs_module.ENV_RULES_DIR, str(RULES))
    assert cli.main(["rules", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == PACK_IDS
    assert "2014-07-22 .. 2023-04-01" in lines[3]
    assert cli.main(["rules", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[1]["effective_to"] is None and rows[2]["effective_to"] == "2014-07-22"
