"""Check and normalise the facts of one check before the engine judges them.

Every problem is a `FieldOpsError` naming the fact (`field`), so the UI can show it next to the input.
Known facts are normalised (strings trimmed, vocabulary lower-cased, a single alcohol value turned into a
list, values rounded); a known fact with the wrong JSON type raises INVALID; `None` means "not recorded";
unknown keys are returned untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.rules import vocab
from fieldops.rules.packs import RuleBook

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _invalid(field: str, detail: str) -> FieldOpsError:
    return FieldOpsError(ErrorCode.INVALID, field=field, detail=detail)


def _boolean(value: object, field: str, _on: date) -> bool:
    if not isinstance(value, bool):
        raise _invalid(field, f"expected true or false, got {value!r:.40}")
    return value


def _choice(options: tuple[str, ...]) -> Callable[[object, str, date], str]:
    def check(value: object, field: str, _on: date) -> str:
        if not isinstance(value, str):
            raise _invalid(field, f"expected one of {', '.join(options)}, got {value!r:.40}")
        word = value.strip().lower()
        if word not in options:
            raise _invalid(field, f"unknown value '{value:.40}' (allowed: {', '.join(options)})")
        return word
    return check


def _text(max_length: int, upper: bool = False) -> Callable[[object, str, date], str]:
    def check(value: object, field: str, _on: date) -> str:
        if not isinstance(value, str):
            raise _invalid(field, f"expected text, got {value!r:.40}")
        text = " ".join(value.split())
        if len(text) > max_length:
            raise FieldOpsError(ErrorCode.TOO_LONG, field=field, max_length=max_length)
        return text.upper() if upper else text
    return check


def _speed(value: object, field: str, _on: date) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or (
            isinstance(value, float) and not value.is_integer()):
        raise _invalid(field, f"expected whole km/h, got {value!r:.40}")
    if not 0 <= value <= vocab.SPEED_MAX:
        raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field=field, min=0, max=vocab.SPEED_MAX)
    return int(value)


def _alcohol(value: object, field: str, _on: date) -> list[float]:
    values = value if isinstance(value, list) else [value]
    if len(values) > vocab.ALCOHOL_TESTS_MAX:
        raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field=field, min=0, max=vocab.ALCOHOL_MAX,
                            max_tests=vocab.ALCOHOL_TESTS_MAX)
    result = []
    for v in values:
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise _invalid(field, f"expected a number in per mille, got {v!r:.40}")
        if not 0 <= v <= vocab.ALCOHOL_MAX:  # also refuses NaN
            raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field=field, min=0, max=vocab.ALCOHOL_MAX)
        result.append(round(float(v), 2))
    return result


def _documents(value: object, field: str, _on: date) -> dict[str, bool]:
    if not isinstance(value, dict):
        raise _invalid(field, "expected an object of document name -> true/false")
    for name, present in value.items():
        if not isinstance(present, bool):
            raise _invalid(field, f"'{name}' must be true or false, got {present!r:.40}")
    return {str(k).strip().lower(): v for k, v in value.items()}


def _past_date(value: object, field: str, on: date) -> str:
    try:
        if not isinstance(value, str) or not _DATE_RE.match(value.strip()):
            raise ValueError
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise _invalid(field, f"expected a date YYYY-MM-DD, got {value!r:.40}") from None
    if day > on:
        raise _invalid(field, f"{day.isoformat()} is after the check date {on.isoformat()}")
    return day.isoformat()


Check = Callable[[object, str, date], Any]
FACTS: dict[str, dict[str, Check]] = {
    "traffic": {
        "driver_category": _choice(vocab.DRIVER_CATEGORIES),
        "alcohol_permille": _alcohol,
        "refused_test": _boolean,
        "speed_measured": _speed,
        "speed_limit": _speed,
        "documents": _documents,
        "plate": _text(20, upper=True),
    },
    "hunter": {
        "species": _choice(vocab.SPECIES),
        "sight": _choice(vocab.SIGHTS),
        "night": _boolean,
        "position": _choice(vocab.POSITIONS),
        "weapon_loaded_moving": _boolean,
        "weapon_cased_in_vehicle": _boolean,
        "sober": _boolean,
        "documents": _documents,
        "safety_check_date": _past_date,
        "hunting_sheet": _text(200),
        "driven_hunt": _boolean,
        "vest": _boolean,
        "boar_harvested": _boolean,
        "boar_marker": _text(64),
    },
    "other": {
        "category": _text(64),
        "text": _text(vocab.TEXT_MAX),
    },
}


def validate_facts(book: RuleBook, kind: str, country: str, facts: object,
                   on: date | None = None) -> dict[str, Any]:
    """Return a normalised copy of `facts` for a check of `kind` in `country` dated `on` (default today).

    Raises FieldOpsError naming the field: INVALID (wrong type, unknown vocabulary, a date after `on`),
    OUT_OF_RANGE (alcohol outside 0-5 per mille or more than two tests, speed outside 0-300 km/h),
    TOO_LONG (text), REQUIRED (`category` of an "other" check)."""
    if kind not in vocab.KINDS:
        raise _invalid("kind", f"unknown kind '{kind!s:.40}' (allowed: {', '.join(vocab.KINDS)})")
    if country not in book.countries:
        raise _invalid("country", f"no rule packs for country '{country!s:.40}' "
                                  f"(known: {', '.join(book.countries)})")
    if not isinstance(facts, dict):
        raise _invalid("facts", "expected a JSON object")
    on = on or date.today()
    checks = FACTS[kind]
    result: dict[str, Any] = dict(facts)
    for key, check in checks.items():
        if result.get(key) is not None:
            result[key] = check(result[key], key, on)
    if kind == "other" and not result.get("category"):
        raise FieldOpsError(ErrorCode.REQUIRED, field="category")
    return result
