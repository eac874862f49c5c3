"""English texts of the rule flags, marked for lupdate (context "rules").

The UI translates a template with `QCoreApplication.translate("rules", FLAG_MESSAGES[code])` and then fills
it with `.format(**params)`; vocabulary values in params (species, sight, document, driver category) have
their own translatable labels in VALUE_LABELS. `english()` does the same without Qt (CLI, logs, reports).
"""

from __future__ import annotations

from typing import Any

from fieldops.i18n import QT_TRANSLATE_NOOP
from fieldops.rules.engine import Flag

FLAG_MESSAGES: dict[str, str] = {
    # traffic
    "alcohol_over_limit": QT_TRANSLATE_NOOP(
        "rules", "Alcohol {permille} ‰ is over the limit of {limit} ‰ for a {category} driver."),
    "alcohol_criminal": QT_TRANSLATE_NOOP(
        "rules", "Alcohol {permille} ‰ is above {threshold} ‰: criminal liability."),
    "speeding": QT_TRANSLATE_NOOP(
        "rules", "Speed {measured} km/h where {limit} km/h is allowed ({over_kmh} km/h over)."),
    "refused_test": QT_TRANSLATE_NOOP("rules", "The driver refused the alcohol test."),
    "document_missing": QT_TRANSLATE_NOOP("rules", "Missing document: {which}."),
    "plate_format_unknown": QT_TRANSLATE_NOOP(
        "rules", "The plate '{plate}' does not have the {country} format (like {example}); check it."),
    # hunter
    "night_sight_species_not_allowed": QT_TRANSLATE_NOOP(
        "rules", "A {sight} sight may not be used to hunt {species}."),
    "night_sight_not_from_stand": QT_TRANSLATE_NOOP(
        "rules", "At night a {sight} sight may only be used from an elevated stand."),
    "weapon_loaded_moving_night_sight": QT_TRANSLATE_NOOP(
        "rules", "A weapon with a {sight} sight was loaded while the hunter was moving in the dark."),
    "uncased_night_sight_weapon_in_vehicle": QT_TRANSLATE_NOOP(
        "rules", "A weapon with a {sight} sight was not in a case in the vehicle at night."),
    "hunter_document_missing": QT_TRANSLATE_NOOP("rules", "Missing hunting document: {which}."),
    "safety_check_expired": QT_TRANSLATE_NOOP(
        "rules", "The safety-check mark of {safety_check_date} is {max_years} years old or older."),
    "hunting_sheet_missing": QT_TRANSLATE_NOOP("rules", "No hunting sheet naming the hunt leader."),
    "not_sober": QT_TRANSLATE_NOOP("rules", "The hunter was under the influence of alcohol or drugs."),
    "boar_marker_missing": QT_TRANSLATE_NOOP(
        "rules", "A harvested or wounded wild boar has no marker number registered in the Mednis app."),
    "vest_missing_driven_hunt": QT_TRANSLATE_NOOP(
        "rules", "No orange or yellow vest or headwear in a driven hunt."),
}

VALUE_LABELS: dict[str, str] = {
    "wild_boar": QT_TRANSLATE_NOOP("rules", "wild boar"),
    "fox": QT_TRANSLATE_NOOP("rules", "fox"),
    "raccoon_dog": QT_TRANSLATE_NOOP("rules", "raccoon dog"),
    "common_raccoon": QT_TRANSLATE_NOOP("rules", "common raccoon"),
    "american_mink": QT_TRANSLATE_NOOP("rules", "American mink"),
    "nutria": QT_TRANSLATE_NOOP("rules", "nutria"),
    "muskrat": QT_TRANSLATE_NOOP("rules", "muskrat"),
    "roe_deer": QT_TRANSLATE_NOOP("rules", "roe deer"),
    "red_deer": QT_TRANSLATE_NOOP("rules", "red deer"),
    "fallow_deer": QT_TRANSLATE_NOOP("rules", "fallow deer"),
    "moose": QT_TRANSLATE_NOOP("rules", "moose"),
    "hare": QT_TRANSLATE_NOOP("rules", "hare"),
    "beaver": QT_TRANSLATE_NOOP("rules", "beaver"),
    "wolf": QT_TRANSLATE_NOOP("rules", "wolf"),
    "lynx": QT_TRANSLATE_NOOP("rules", "lynx"),
    "badger": QT_TRANSLATE_NOOP("rules", "badger"),
    "waterfowl": QT_TRANSLATE_NOOP("rules", "waterfowl"),
    "night_vision": QT_TRANSLATE_NOOP("rules", "night-vision"),
    "thermal": QT_TRANSLATE_NOOP("rules", "thermal"),
    "general": QT_TRANSLATE_NOOP("rules", "general"),
    "novice": QT_TRANSLATE_NOOP("rules", "novice"),
    "professional": QT_TRANSLATE_NOOP("rules", "professional"),
    "driving_licence": QT_TRANSLATE_NOOP("rules", "driving licence"),
    "registration": QT_TRANSLATE_NOOP("rules", "vehicle registration certificate"),
    "insurance": QT_TRANSLATE_NOOP("rules", "compulsory insurance"),
    "hunter_certificate": QT_TRANSLATE_NOOP("rules", "hunter's certificate"),
    "seasonal_card": QT_TRANSLATE_NOOP("rules", "seasonal card"),
    "firearm_permit": QT_TRANSLATE_NOOP("rules", "firearm permit"),
    "hunting_permit": QT_TRANSLATE_NOOP("rules", "hunting permit"),
    "hunter_ticket": QT_TRANSLATE_NOOP("rules", "hunter's ticket"),
    "weapon_permit": QT_TRANSLATE_NOOP("rules", "weapon permit"),
}

_LABELLED = ("species", "sight", "category", "which")


def english(flag: Flag) -> str:
    """The English text of `flag` (vocabulary values replaced by their English labels)."""
    params: dict[str, Any] = dict(flag.params)
    for key in _LABELLED:
        if key in params:
            value = params[key]
            params[key] = "-" if value is None else VALUE_LABELS.get(str(value), str(value))
    template = FLAG_MESSAGES.get(flag.code, flag.code)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return f"{flag.code} {flag.params}"
