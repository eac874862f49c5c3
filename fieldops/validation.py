"""Small field validators shared by the services; each raises a typed error naming the field."""

from __future__ import annotations

import re

from fieldops.errors import ErrorCode, FieldOpsError

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def required_text(value: str | None, field: str, max_length: int) -> str:
    text = (value or "").strip()
    if not text:
        raise FieldOpsError(ErrorCode.REQUIRED, field=field)
    return max_text(text, field, max_length)


def max_text(value: str | None, field: str, max_length: int) -> str:
    text = (value or "").strip()
    if len(text) > max_length:
        raise FieldOpsError(ErrorCode.TOO_LONG, field=field, max_length=max_length)
    return text


def username(value: str | None) -> str:
    name = required_text(value, "username", 64).lower()
    if not USERNAME_RE.match(name):
        raise FieldOpsError(ErrorCode.INVALID, field="username",
                            detail="a-z 0-9 . _ - (2-64)")
    return name


def int_range(value: object, field: str, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise FieldOpsError(ErrorCode.INVALID, field=field, detail=repr(value)[:40])
    try:
        number = int(value)
    except ValueError:
        raise FieldOpsError(ErrorCode.INVALID, field=field, detail=str(value)[:40]) from None
    if not minimum <= number <= maximum:
        raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field=field, min=minimum, max=maximum)
    return number
