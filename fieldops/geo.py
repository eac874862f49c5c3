"""Positions: parse what an officer types or pastes, validate it, and convert it to the national grids.

Accepted input (`parse_position`), case-insensitive, surrounding whitespace ignored:

* decimal degrees, latitude first: ``56.5123, 21.0123`` · ``56.5123 21.0123`` · ``56.5123;21.0123`` ·
  ``56.5123,21.0123`` · ``-33.9, 151.2`` (a sign means S/W);
* decimal comma: ``56,5123; 21,0123`` · ``56,5123 21,0123`` · ``56,5123, 21,0123``. A comma between two
  digits is a decimal comma only when the text holds no ``.``; otherwise commas separate the coordinates;
* degrees-minutes-seconds: ``56°30'44.3"N 21°0'44.3"E`` · ``N 56 30 44.3 E 21 00 44.3`` · ``56 30 44.3 21 0 44.3``;
* degrees-decimal-minutes: ``56°30.738'N 21°00.738'E`` · ``N56 30.738 E21 00.738``;
* decimal degrees with hemispheres: ``56.51230° N, 21.01230° E`` (the output of `format_wgs84`).

Separators between the two coordinates: ``,`` ``;`` ``/`` or whitespace. Unit marks: ``°`` (also ``º`` ``˚``),
``'`` (also ``′ ’ ‘ ´``), ``"`` (also ``″ “ ” ''``). Only the last of degrees/minutes/seconds may have a
fraction; minutes and seconds must be below 60.

Hemisphere letters, before or after each coordinate: ``N`` ``S`` ``E`` ``W``, plus the Lithuanian ``Š``
(šiaurė, north) and ``R`` (rytai, east) and the Latvian ``Z`` (ziemeļi, north) and ``A`` (austrumi, east).
``R`` always means east: Latvian "rietumi" (west) is not accepted, no Baltic position lies west of Greenwich.
With letters the order is free (``21°E 56°N``); give a letter on both coordinates or on neither, and never
together with a sign. Without letters the latitude comes first.

National grids (`to_national`): LV → LKS-92 / Latvia TM (EPSG:3059), LT → LKS-94 / Lithuania TM (EPSG:3346).
Both EPSG definitions name the northing "X" and the easting "Y" (the surveyors' convention); to avoid
that trap `to_national` returns ``(easting, northing, label)`` and `format_national` prints explicit
``E``/``N``: ``LKS-92: E 316040 m, N 266257 m``. Note that LKS-92 has a false northing of −6 000 000 m, so
Latvian northings are about 130 000–440 000 m, while LKS-94 northings are about 5 970 000–6 260 000 m. The
projection is `fieldops.tm` (Transverse Mercator, checked against PROJ in the tests).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TypeAlias

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.tm import LKS92, LKS94, Grid

FIELD = "position"
MAX_INPUT = 100

LAT_LETTERS = {"N": 1, "S": -1, "Š": 1, "Z": 1}
LON_LETTERS = {"E": 1, "W": -1, "R": 1, "A": 1}
HEMISPHERES = {**LAT_LETTERS, **LON_LETTERS}

#: country code → (EPSG code of the national grid, label shown to the user)
NATIONAL_CRS: dict[str, tuple[str, str]] = {
    "LV": ("EPSG:3059", "LKS-92"),
    "LT": ("EPSG:3346", "LKS-94"),
}
_GRIDS: dict[str, Grid] = {"LV": LKS92, "LT": LKS94}

_TRANSLATE = str.maketrans({
    "º": "°", "˚": "°",
    "′": "'", "’": "'", "‘": "'", "´": "'", "`": "'",
    "″": '"', "“": '"', "”": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
})
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_TOKEN = re.compile(
    r"""(?P<num>[+-]?\d+(?:\.\d+)?)
      | (?P<unit>[°'"])
      | (?P<letter>[NSEWŠRZA])
      | (?P<sep>[;,/])
      | (?P<space>\s+)""",
    re.VERBOSE,
)
_UNIT_RANK = {"°": 0, "'": 1, '"': 2}


@dataclass
class _Number:
    text: str
    unit: str | None = None


_Token: TypeAlias = _Number | str  # a number, a hemisphere letter, or the separator ";"


def _invalid(detail: str) -> FieldOpsError:
    return FieldOpsError(ErrorCode.INVALID, field=FIELD, detail=detail[:40])


def validate_lat_lon(lat: float, lon: float) -> tuple[float, float]:
    """Return ``(lat, lon)`` as floats; raise INVALID (not a finite number) or OUT_OF_RANGE (field "lat"/"lon")."""
    for name, value, limit in (("lat", lat, 90), ("lon", lon, 180)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise FieldOpsError(ErrorCode.INVALID, field=name, detail=repr(value)[:40])
        if not -limit <= value <= limit:
            raise FieldOpsError(ErrorCode.OUT_OF_RANGE, field=name, min=-limit, max=limit)
    return float(lat), float(lon)


def parse_position(text: str) -> tuple[float, float]:
    """Parse a typed or pasted position into WGS84 ``(lat, lon)`` in decimal degrees (see the module doc).

    Raises REQUIRED (empty), INVALID (field "position", ``detail`` = the offending part or the input, at most
    40 characters) or OUT_OF_RANGE (field "lat"/"lon", ``min``/``max``)."""
    raw = (text or "").strip()
    if not raw:
        raise FieldOpsError(ErrorCode.REQUIRED, field=FIELD)
    if len(raw) > MAX_INPUT:
        raise _invalid(raw)
    norm = raw.translate(_TRANSLATE).replace("''", '"').upper()
    if "." not in norm:
        norm = _DECIMAL_COMMA.sub(".", norm)
    tokens = _tokenize(norm, raw)
    first, second = _split(tokens, raw)
    (axis1, value1), (axis2, value2) = _coordinate(first, raw), _coordinate(second, raw)
    if axis1 is None and axis2 is None:
        axis1, axis2 = "lat", "lon"
    if axis1 == axis2 or None in (axis1, axis2):  # "56N 21N", or a letter on one coordinate only
        raise _invalid(raw)
    lat, lon = (value1, value2) if axis1 == "lat" else (value2, value1)
    return validate_lat_lon(lat, lon)


def _tokenize(norm: str, raw: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(norm):
        match = _TOKEN.match(norm, pos)
        if match is None:
            raise _invalid(raw)
        pos = match.end()
        kind, value = match.lastgroup, match.group()
        if kind == "num":
            tokens.append(_Number(value))
        elif kind == "unit":
            previous = tokens[-1] if tokens else None
            if not isinstance(previous, _Number) or previous.unit is not None:
                raise _invalid(raw)
            previous.unit = value
        elif kind in ("letter", "sep"):
            tokens.append(";" if kind == "sep" else value)
    return tokens


def _split(tokens: list[_Token], raw: str) -> tuple[list[_Token], list[_Token]]:
    """Split the tokens into the two coordinates: at the separator, else at the hemisphere letters, else
    before the second number marked with °, else in the middle of an even count of numbers."""
    seps = [i for i, token in enumerate(tokens) if token == ";"]
    if len(seps) > 1:
        raise _invalid(raw)
    if seps:
        return tokens[: seps[0]], tokens[seps[0] + 1:]
    letters = [i for i, token in enumerate(tokens) if isinstance(token, str)]
    if len(letters) == 2:
        if letters[0] == 0:  # prefix letters: "N 56 30 E 21 00"
            return tokens[: letters[1]], tokens[letters[1]:]
        if letters[1] == len(tokens) - 1:  # suffix letters: "56°30'N 21°00'E"
            return tokens[: letters[0] + 1], tokens[letters[0] + 1:]
        raise _invalid(raw)
    if letters:
        raise _invalid(raw)
    degrees = [i for i, token in enumerate(tokens) if isinstance(token, _Number) and token.unit == "°"]
    if len(degrees) == 2 and degrees[0] == 0:
        return tokens[: degrees[1]], tokens[degrees[1]:]
    if len(tokens) in (2, 4, 6):
        half = len(tokens) // 2
        return tokens[:half], tokens[half:]
    raise _invalid(raw)


def _coordinate(tokens: list[_Token], raw: str) -> tuple[str | None, float]:
    """One coordinate → (axis "lat"/"lon" or None when no letter, signed decimal degrees)."""
    shown = " ".join(t if isinstance(t, str) else t.text + (t.unit or "") for t in tokens) or raw
    letter: str | None = None
    if tokens and isinstance(tokens[0], str):
        letter, tokens = tokens[0], tokens[1:]
    elif tokens and isinstance(tokens[-1], str):
        letter, tokens = tokens[-1], tokens[:-1]
    numbers = [t for t in tokens if isinstance(t, _Number)]
    if not 1 <= len(numbers) <= 3 or len(numbers) != len(tokens):
        raise _invalid(shown)
    ranks = [_UNIT_RANK[n.unit] if n.unit else i for i, n in enumerate(numbers)]
    if ranks != list(range(len(numbers))):
        raise _invalid(shown)
    if any(n.text[0] in "+-" for n in numbers[1:]) or any("." in n.text for n in numbers[:-1]):
        raise _invalid(shown)
    signed = numbers[0].text[0] in "+-"
    if letter is not None and signed:
        raise _invalid(shown)
    parts = [float(n.text) for n in numbers]
    if any(part >= 60 for part in parts[1:]):
        raise _invalid(shown)
    sign = -1.0 if numbers[0].text.startswith("-") else 1.0
    value = abs(parts[0]) + sum(part / 60**i for i, part in enumerate(parts[1:], start=1))
    axis: str | None = None
    if letter is not None:
        axis = "lat" if letter in LAT_LETTERS else "lon"
        sign = float(HEMISPHERES[letter])
    return axis, sign * value


def to_national(lat: float, lon: float, country: str) -> tuple[float, float, str]:
    """WGS84 → the national grid of `country` ("LV" or "LT"): ``(easting m, northing m, label)``.

    The grids stay accurate a little across the border (a Latvian patrol may give an LKS-92 position just
    inside Lithuania); only a point the projection cannot represent raises INVALID (detail = the label)."""
    lat, lon = validate_lat_lon(lat, lon)
    key = (country or "").strip().upper()
    if key not in NATIONAL_CRS:
        raise FieldOpsError(ErrorCode.INVALID, field="country", detail=str(country)[:40])
    _epsg, label = NATIONAL_CRS[key]
    try:
        easting, northing = _GRIDS[key].forward(lat, lon)
    except (ValueError, OverflowError):  # a point on the far side of the globe from the meridian
        raise FieldOpsError(ErrorCode.INVALID, field=FIELD, detail=label) from None
    if not (math.isfinite(easting) and math.isfinite(northing)):
        raise FieldOpsError(ErrorCode.INVALID, field=FIELD, detail=label)
    return float(easting), float(northing), label


def format_national(easting: float, northing: float, label: str) -> str:
    """``LKS-92: E 316040 m, N 266257 m`` — whole metres, explicit E/N (see the module doc)."""
    return f"{label}: E {round(easting)} m, N {round(northing)} m"


def format_wgs84(lat: float, lon: float) -> str:
    """``56.50470° N, 21.01080° E`` — five decimals (about 1 m); `parse_position` reads it back."""
    lat_r, lon_r = round(lat, 5), round(lon, 5)
    return (f"{abs(lat_r):.5f}° {'S' if lat_r < 0 else 'N'}, "
            f"{abs(lon_r):.5f}° {'W' if lon_r < 0 else 'E'}")
