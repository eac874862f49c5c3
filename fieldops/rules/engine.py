"""Judge the facts of one check against the rule pack in force on its date.

`evaluate()` validates the facts first (typed errors naming the field), picks the pack for the country
and date, and returns the flags in a fixed order. A fact that was not recorded (absent or null) is not
judged: the engine flags what the officer recorded, it does not guess. Flag codes are stable strings
(reports and the UI key on them); their English texts are in `fieldops.rules.messages`.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from typing import Any, Literal

from fieldops.rules import vocab
from fieldops.rules.packs import HunterRules, Pack, RuleBook, TrafficRules
from fieldops.rules.validate import validate_facts

Severity = Literal["violation", "warning"]

FLAG_CODES: tuple[str, ...] = (
    "alcohol_over_limit", "alcohol_criminal", "speeding", "refused_test", "document_missing",
    "plate_format_unknown",
    "night_sight_species_not_allowed", "night_sight_not_from_stand", "weapon_loaded_moving_night_sight",
    "uncased_night_sight_weapon_in_vehicle", "hunter_document_missing", "safety_check_expired",
    "hunting_sheet_missing", "not_sober", "boar_marker_missing", "vest_missing_driven_hunt",
)


@dataclass(frozen=True)
class Flag:
    code: str
    severity: Severity
    field: str | None
    params: dict[str, Any] = dc_field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "field": self.field, "params": dict(self.params)}


@dataclass(frozen=True)
class Evaluation:
    pack_id: str
    pack_version: int
    flags: tuple[Flag, ...]

    @property
    def violation(self) -> bool:
        """True if any flag is a violation (warnings alone are not)."""
        return any(f.severity == "violation" for f in self.flags)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.flags)


def evaluate(book: RuleBook, kind: str, country: str, on: date, facts: object) -> Evaluation:
    """Validate `facts`, pick the `country` pack in force on `on` and return its flags."""
    clean = validate_facts(book, kind, country, facts, on)
    pack = book.pack_for(country, on)
    flags: list[Flag] = []
    if kind == "traffic":
        flags = _traffic(pack, pack.traffic, clean)
    elif kind == "hunter":
        flags = _hunter(pack.hunter, clean, on)
    return Evaluation(pack.id, pack.version, tuple(flags))


def _violation(code: str, field: str | None, **params: Any) -> Flag:
    return Flag(code, "violation", field, params)


def _missing_documents(code: str, required: tuple[str, ...], documents: dict[str, bool] | None) -> list[Flag]:
    """A required document recorded as false is flagged; one not recorded at all is not judged."""
    if documents is None:
        return []
    return [_violation(code, "documents", which=name) for name in required if documents.get(name) is False]


def _traffic(pack: Pack, rules: TrafficRules, facts: dict[str, Any]) -> list[Flag]:
    flags: list[Flag] = []
    tests: list[float] = facts.get("alcohol_permille") or []
    if tests:
        permille = min(tests) if rules.alcohol.counted_test == "lower" else tests[0]
        category = facts.get("driver_category") or "general"
        limit = rules.alcohol.limits[category]
        if permille > limit:
            flags.append(_violation("alcohol_over_limit", "alcohol_permille", permille=permille, limit=limit,
                                    category=category))
        if permille > rules.alcohol.criminal_above:
            flags.append(_violation("alcohol_criminal", "alcohol_permille", permille=permille,
                                    threshold=rules.alcohol.criminal_above))
    measured, limit_kmh = facts.get("speed_measured"), facts.get("speed_limit")
    if measured is not None and limit_kmh is not None and measured > limit_kmh + rules.speeding_tolerance_kmh:
        flags.append(_violation("speeding", "speed_measured", measured=measured, limit=limit_kmh,
                                over_kmh=measured - limit_kmh))
    if facts.get("refused_test") is True:
        flags.append(_violation("refused_test", "refused_test"))
    flags += _missing_documents("document_missing", rules.required_documents, facts.get("documents"))
    plate = facts.get("plate")
    if plate and not pack.plate_pattern.fullmatch(plate):
        flags.append(Flag("plate_format_unknown", "warning", "plate",
                          {"plate": plate, "country": pack.country, "example": pack.plate_example}))
    return flags


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February -> 1 March
        return date(day.year + years, 3, 1)


def _hunter(rules: HunterRules, facts: dict[str, Any], on: date) -> list[Flag]:
    flags: list[Flag] = []
    species, sight = facts.get("species"), facts.get("sight")
    night = facts.get("night") is not False  # a hunter check is at night unless recorded otherwise
    ns = rules.night_sights
    if sight in vocab.NIGHT_SIGHTS:
        # Forbidden for every species: no species needed. Otherwise judge the recorded species.
        if not ns.allowed_species or (species is not None and species not in ns.allowed_species):
            flags.append(_violation("night_sight_species_not_allowed", "species", species=species, sight=sight))
        if night and ns.stand_only_at_night and facts.get("position") == "on_foot":
            flags.append(_violation("night_sight_not_from_stand", "position", sight=sight))
        if night and ns.unloaded_when_moving and facts.get("weapon_loaded_moving") is True:
            flags.append(_violation("weapon_loaded_moving_night_sight", "weapon_loaded_moving", sight=sight))
        if night and ns.cased_in_vehicle and facts.get("weapon_cased_in_vehicle") is False:
            flags.append(_violation("uncased_night_sight_weapon_in_vehicle", "weapon_cased_in_vehicle",
                                    sight=sight))
    documents: dict[str, bool] | None = facts.get("documents")
    needed = rules.required_documents + tuple(
        doc for doc, kinds in rules.species_documents.items() if species in kinds and doc not in
        rules.required_documents)
    flags += _missing_documents("hunter_document_missing", needed, documents)
    checked = facts.get("safety_check_date")
    years = rules.safety_check_max_years
    if years and checked and on >= _add_years(date.fromisoformat(checked), years):
        flags.append(_violation("safety_check_expired", "safety_check_date", safety_check_date=checked,
                                max_years=years))
    if rules.hunting_sheet_required and facts.get("hunting_sheet") == "":
        flags.append(_violation("hunting_sheet_missing", "hunting_sheet"))
    if rules.sobriety_required and facts.get("sober") is False:
        flags.append(_violation("not_sober", "sober"))
    if rules.boar_marker_required and facts.get("boar_harvested") is True and not facts.get("boar_marker"):
        flags.append(_violation("boar_marker_missing", "boar_marker"))
    if rules.vest_in_driven_hunt and facts.get("driven_hunt") is True and facts.get("vest") is False:
        flags.append(_violation("vest_missing_driven_hunt", "vest"))
    return flags
