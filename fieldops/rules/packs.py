"""Rule packs: one JSON file per country and law version in `resources/rules/`, loaded into a `RuleBook`.

A pack applies to checks dated in [effective_from, effective_to); packs of one country must not overlap.
Every malformed file is reported as `FieldOpsError(ErrorCode.INVALID, detail=...)` naming the file and the
key (also in the `file` and `key` params), never as a bare KeyError or ValueError.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.rules import vocab

ENV_RULES_DIR = "FIELDOPS_RULES_DIR"
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class AlcoholRules:
    limits: dict[str, float]  # driver category -> highest permitted value in permille
    criminal_above: float
    counted_test: str  # "first" | "lower"


@dataclass(frozen=True)
class TrafficRules:
    alcohol: AlcoholRules
    speeding_tolerance_kmh: int
    required_documents: tuple[str, ...]


@dataclass(frozen=True)
class NightSightRules:
    allowed_species: frozenset[str]
    stand_only_at_night: bool
    unloaded_when_moving: bool
    cased_in_vehicle: bool


@dataclass(frozen=True)
class HunterRules:
    night_sights: NightSightRules
    required_documents: tuple[str, ...]
    species_documents: dict[str, frozenset[str]]  # document -> species for which it is required
    sobriety_required: bool
    boar_marker_required: bool
    safety_check_max_years: int | None
    hunting_sheet_required: bool
    vest_in_driven_hunt: bool


@dataclass(frozen=True)
class Pack:
    id: str
    country: str
    version: int
    effective_from: date
    effective_to: date | None  # exclusive
    title: str
    sources: tuple[str, ...]
    plate_pattern: re.Pattern[str]
    plate_example: str
    traffic: TrafficRules
    hunter: HunterRules
    path: Path

    def covers(self, on: date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on < self.effective_to)


class _Reader:
    """Typed access to one JSON object of a pack; every failure names the file and the dotted key."""

    def __init__(self, file: str, data: object, prefix: str = "") -> None:
        self.file, self.prefix = file, prefix
        if not isinstance(data, dict):
            raise self.error(prefix.rstrip(".") or "(top level)", "must be a JSON object")
        self.data: dict[str, Any] = data

    def error(self, key: str, problem: str) -> FieldOpsError:
        return FieldOpsError(ErrorCode.INVALID, detail=f"{self.file}: {key}: {problem}", file=self.file, key=key)

    def only(self, *keys: str) -> None:
        for key in self.data:
            if key not in keys and key != "notes":
                raise self.error(self.prefix + key, "unknown key")

    def raw(self, key: str) -> Any:
        if key not in self.data:
            raise self.error(self.prefix + key, "missing")
        return self.data[key]

    def section(self, key: str) -> _Reader:
        return _Reader(self.file, self.raw(key), f"{self.prefix}{key}.")

    def text(self, key: str, pattern: re.Pattern[str] | None = None) -> str:
        value = self.raw(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(self.prefix + key, "must be a non-empty string")
        if pattern and not pattern.match(value):
            raise self.error(self.prefix + key, f"'{value}' does not match {pattern.pattern}")
        return value

    def boolean(self, key: str) -> bool:
        value = self.raw(key)
        if not isinstance(value, bool):
            raise self.error(self.prefix + key, "must be true or false")
        return value

    def integer(self, key: str, low: int, high: int, optional: bool = False) -> int | None:
        value = self.raw(key)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(self.prefix + key, f"must be an integer from {low} to {high}")
        return value

    def number(self, key: str, low: float, high: float) -> float:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise self.error(self.prefix + key, f"must be a number from {low} to {high}")
        return float(value)

    def day(self, key: str, optional: bool = False) -> date | None:
        value = self.raw(key)
        if value is None and optional:
            return None
        try:
            if not isinstance(value, str) or not _DATE_RE.match(value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise self.error(self.prefix + key, "must be an ISO date YYYY-MM-DD"
                             + (" or null" if optional else "")) from None

    def names(self, key: str, allowed: Iterable[str] | None = None, non_empty: bool = False) -> tuple[str, ...]:
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.error(self.prefix + key, "must be a list of strings")
        if non_empty and not value:
            raise self.error(self.prefix + key, "must not be empty")
        for v in value:
            if allowed is not None and v not in allowed:
                raise self.error(self.prefix + key, f"unknown value '{v}'")
            if allowed is None and not _NAME_RE.match(v):
                raise self.error(self.prefix + key, f"'{v}' is not a snake_case name")
        if len(set(value)) != len(value):
            raise self.error(self.prefix + key, "duplicate values")
        return tuple(value)

    def choice(self, key: str, allowed: Iterable[str]) -> str:
        value = self.raw(key)
        options = tuple(allowed)
        if value not in options:
            raise self.error(self.prefix + key, f"must be one of {', '.join(options)}")
        return str(value)


def _traffic(r: _Reader) -> TrafficRules:
    r.only("alcohol", "speeding_tolerance_kmh", "required_documents")
    a = r.section("alcohol")
    a.only("limits", "criminal_above", "counted_test")
    lim = a.section("limits")
    lim.only(*vocab.DRIVER_CATEGORIES)
    limits = {c: lim.number(c, 0.0, vocab.ALCOHOL_MAX) for c in vocab.DRIVER_CATEGORIES}
    alcohol = AlcoholRules(limits, a.number("criminal_above", 0.0, vocab.ALCOHOL_MAX),
                           a.choice("counted_test", vocab.COUNTED_TESTS))
    tolerance = r.integer("speeding_tolerance_kmh", 0, 50)
    assert tolerance is not None
    return TrafficRules(alcohol, tolerance, r.names("required_documents"))


def _hunter(r: _Reader) -> HunterRules:
    r.only("night_sights", "required_documents", "species_documents", "sobriety_required",
           "boar_marker_required", "safety_check_max_years", "hunting_sheet_required", "vest_in_driven_hunt")
    ns = r.section("night_sights")
    ns.only("allowed_species", "stand_only_at_night", "unloaded_when_moving", "cased_in_vehicle")
    night = NightSightRules(frozenset(ns.names("allowed_species", vocab.SPECIES)), ns.boolean("stand_only_at_night"),
                            ns.boolean("unloaded_when_moving"), ns.boolean("cased_in_vehicle"))
    sd = r.section("species_documents")
    for doc in sd.data:
        if doc != "notes" and not _NAME_RE.match(doc):
            raise sd.error(sd.prefix + doc, "document names are snake_case")
    species_docs = {doc: frozenset(sd.names(doc, vocab.SPECIES, non_empty=True)) for doc in sd.data if doc != "notes"}
    return HunterRules(night, r.names("required_documents"), species_docs, r.boolean("sobriety_required"),
                       r.boolean("boar_marker_required"), r.integer("safety_check_max_years", 1, 20, optional=True),
                       r.boolean("hunting_sheet_required"), r.boolean("vest_in_driven_hunt"))


def load_pack(path: Path) -> Pack:
    """Read and check one pack file."""
    name = path.name
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise FieldOpsError(ErrorCode.INVALID, detail=f"{name}: cannot read: {exc}", file=name, key=None) from None
    except json.JSONDecodeError as exc:
        raise FieldOpsError(ErrorCode.INVALID, detail=f"{name}: not valid JSON (line {exc.lineno}: {exc.msg})",
                            file=name, key=None) from None
    r = _Reader(name, data)
    r.only("id", "country", "version", "effective_from", "effective_to", "title", "sources", "vehicle_plate",
           "traffic", "hunter")
    pack_id = r.text("id")
    if pack_id != path.stem:
        raise r.error("id", f"'{pack_id}' must equal the file name without .json ('{path.stem}')")
    start, end = r.day("effective_from"), r.day("effective_to", optional=True)
    assert start is not None
    if end is not None and end <= start:
        raise r.error("effective_to", "must be after effective_from")
    sources = r.raw("sources")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and s.strip() for s in sources):
        raise r.error("sources", "must be a non-empty list of law references")
    plate = r.section("vehicle_plate")
    plate.only("pattern", "example")
    try:
        pattern = re.compile(plate.text("pattern"))
    except re.error as exc:
        raise plate.error("vehicle_plate.pattern", f"not a valid regular expression: {exc}") from None
    example = plate.text("example")
    if not pattern.fullmatch(example):
        raise plate.error("vehicle_plate.example", f"'{example}' does not match the pattern")
    version = r.integer("version", 1, 10_000)
    assert version is not None
    return Pack(pack_id, r.text("country", _COUNTRY_RE), version, start, end, r.text("title"), tuple(sources),
                pattern, example, _traffic(r.section("traffic")), _hunter(r.section("hunter")), path)


class RuleBook:
    """All packs of a rules directory, checked for overlaps per country."""

    def __init__(self, packs: Iterable[Pack]) -> None:
        self.packs: tuple[Pack, ...] = tuple(sorted(packs, key=lambda p: (p.country, p.effective_from)))
        seen: dict[str, Pack] = {}
        for prev, nxt in zip(self.packs, self.packs[1:], strict=False):
            if prev.country == nxt.country and (prev.effective_to is None or prev.effective_to > nxt.effective_from):
                raise FieldOpsError(
                    ErrorCode.INVALID, file=nxt.path.name, key="effective_from",
                    detail=f"{nxt.path.name}: effective_from: {nxt.effective_from} overlaps {prev.path.name} "
                           f"({prev.effective_from} to {prev.effective_to or 'open end'})")
        for pack in self.packs:
            if pack.id in seen:
                raise FieldOpsError(ErrorCode.INVALID, detail=f"{pack.path.name}: id: duplicate of "
                                    f"{seen[pack.id].path.name}", file=pack.path.name, key="id")
            seen[pack.id] = pack

    @classmethod
    def load(cls, directory: Path | str) -> RuleBook:
        folder = Path(directory)
        if not folder.is_dir():
            raise FieldOpsError(ErrorCode.INVALID, detail=f"rules directory {folder} does not exist",
                                file=str(folder), key=None)
        return cls(load_pack(p) for p in sorted(folder.glob("*.json")))

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(sorted({p.country for p in self.packs}))

    def pack_for(self, country: str, on: date) -> Pack:
        """The pack of `country` in force on `on`; a typed error naming the field if there is none."""
        if country not in self.countries:
            raise FieldOpsError(ErrorCode.INVALID, field="country",
                                detail=f"no rule packs for country '{country}' (known: {', '.join(self.countries)})")
        for pack in self.packs:
            if pack.country == country and pack.covers(on):
                return pack
        raise FieldOpsError(ErrorCode.INVALID, field="date",
                            detail=f"no {country} rule pack is in force on {on.isoformat()}")


def rules_dir() -> Path:
    """FIELDOPS_RULES_DIR, else resources/rules next to the frozen executable's data or the source tree."""
    if os.environ.get(ENV_RULES_DIR):
        return Path(os.environ[ENV_RULES_DIR]).expanduser()
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "resources" / "rules"
    import fieldops

    return Path(fieldops.__file__).resolve().parent.parent / "resources" / "rules"
