"""Sun and moon for one operational night: the night that starts on the evening of a local date.

Events are searched between the local solar noon of `on` and the next solar noon (dusks before solar
midnight, dawns after it), so an event that falls after local midnight (a late nautical or astronomical
dusk in May or July) still belongs to the night that started on `on`. astral's own `dusk()`/`dawn()` match
events to calendar dates and, for Liepāja on 2026-05-20, return the nautical dusk of the *previous* night
(00:18 on the 20th); its `time_of_transit` also skips events near 00:00 UTC. So only astral's solar
position (`sun.elevation`, `sun.noon`) is used and the crossings are found by bisection to the second.

Around midsummer at 56–57°N the sun stays above −12° (nautical twilight all night) and never reaches
−18°: the missing events are None and `dark_hours` is 0.0, never an exception.

The moon: astral's `moon.phase()` is not an age in days but the Moon–Sun elongation on a 0–28 scale,
shifted by half a step (``(elongation + 6.43°) / 360° · 28``). It is turned back into the elongation, and
the fraction of the disc lit is ``(1 − cos elongation) / 2``, at local midnight of the night.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from astral import Observer, SunDirection, moon
from astral.sun import elevation, noon

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.geo import validate_lat_lon
from fieldops.i18n import QT_TRANSLATE_NOOP

# Geometric elevations of the sun's centre (USNO definitions): sunrise/sunset is the upper limb on the
# horizon with standard refraction (16' radius + 34' refraction), twilights are the centre 6°/12°/18° below.
SUNSET = -50.0 / 60
CIVIL, NAUTICAL, ASTRONOMICAL = -6.0, -12.0, -18.0
_PRECISION = timedelta(seconds=1)

MOON_PHASES = ("new", "waxing_crescent", "first_quarter", "waxing_gibbous",
               "full", "waning_gibbous", "last_quarter", "waning_crescent")

MOON_PHASE_NAMES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("night", "New moon"),
    "waxing_crescent": QT_TRANSLATE_NOOP("night", "Waxing crescent"),
    "first_quarter": QT_TRANSLATE_NOOP("night", "First quarter"),
    "waxing_gibbous": QT_TRANSLATE_NOOP("night", "Waxing gibbous"),
    "full": QT_TRANSLATE_NOOP("night", "Full moon"),
    "waning_gibbous": QT_TRANSLATE_NOOP("night", "Waning gibbous"),
    "last_quarter": QT_TRANSLATE_NOOP("night", "Last quarter"),
    "waning_crescent": QT_TRANSLATE_NOOP("night", "Waning crescent"),
}

_ASTRAL_PHASE_CYCLE = 28.0
_ASTRAL_PHASE_SHIFT = 360.0 / 56  # astral adds 6.43° before scaling to 0..28


@dataclass(frozen=True)
class NightContext:
    """The night starting on the evening of `on`. Times are aware UTC datetimes, None when the sun does not
    reach that elevation that night (dusk events on the evening side, dawn events on the morning side)."""

    on: date
    sunset: datetime | None
    civil_dusk: datetime | None
    nautical_dusk: datetime | None
    astronomical_dusk: datetime | None
    astronomical_dawn: datetime | None
    nautical_dawn: datetime | None
    civil_dawn: datetime | None
    sunrise: datetime | None
    moon_illumination: float  # 0.0 (new) … 1.0 (full), fraction of the disc lit at local midnight
    moon_phase_name: str  # a key of MOON_PHASE_NAMES
    dark_hours: float  # nautical dusk → nautical dawn; 0.0 when nautical twilight lasts all night


def night_context(lat: float, lon: float, on: date, tz: str) -> NightContext:
    """Sun events and moon for the night from the evening of `on` to the next morning at (lat, lon).

    `tz` (IANA name, e.g. "Europe/Riga") only defines which night `on` means; results are in UTC.
    Raises OUT_OF_RANGE/INVALID for lat/lon (see `geo.validate_lat_lon`) and INVALID (field "tz")."""
    lat, lon = validate_lat_lon(lat, lon)
    zone = _zone(tz)
    observer = Observer(latitude=lat, longitude=lon, elevation=0.0)
    start = _solar_noon(observer, on, zone)
    end = _solar_noon(observer, on + timedelta(days=1), zone)

    def event(elevation: float, direction: SunDirection) -> datetime | None:
        return _event(observer, elevation, direction, start, end)

    nautical_dusk = event(NAUTICAL, SunDirection.SETTING)
    nautical_dawn = event(NAUTICAL, SunDirection.RISING)
    dark = 0.0
    if nautical_dusk is not None and nautical_dawn is not None and nautical_dawn > nautical_dusk:
        dark = (nautical_dawn - nautical_dusk).total_seconds() / 3600

    midnight = datetime.combine(on + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    elongation = _moon_elongation(midnight)
    return NightContext(
        on=on,
        sunset=event(SUNSET, SunDirection.SETTING),
        civil_dusk=event(CIVIL, SunDirection.SETTING),
        nautical_dusk=nautical_dusk,
        astronomical_dusk=event(ASTRONOMICAL, SunDirection.SETTING),
        astronomical_dawn=event(ASTRONOMICAL, SunDirection.RISING),
        nautical_dawn=nautical_dawn,
        civil_dawn=event(CIVIL, SunDirection.RISING),
        sunrise=event(SUNSET, SunDirection.RISING),
        moon_illumination=(1 - math.cos(math.radians(elongation))) / 2,
        moon_phase_name=moon_phase_code(elongation),
        dark_hours=dark,
    )


def moon_phase_code(elongation: float) -> str:
    """Moon–Sun elongation in degrees (0 new, 90 first quarter, 180 full) → a MOON_PHASE_NAMES key;
    each name covers 45°, centred on its principal phase."""
    return MOON_PHASES[int(((elongation + 22.5) % 360) // 45)]


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise FieldOpsError(ErrorCode.INVALID, field="tz", detail=str(tz)[:40]) from None


def _solar_noon(observer: Observer, day: date, zone: ZoneInfo) -> datetime:
    """The solar noon nearest to 12:00 local clock time on `day` (UTC)."""
    clock = datetime.combine(day, time(12), tzinfo=zone).astimezone(UTC)
    candidates = [noon(observer, clock.date() + timedelta(days=d)) for d in (-1, 0, 1)]
    return min(candidates, key=lambda moment: abs(moment - clock))


def _event(observer: Observer, target: float, direction: SunDirection,
           start: datetime, end: datetime) -> datetime | None:
    """The moment the sun's centre passes the geometric elevation `target` going `direction` between the
    solar noons `start` and `end`, or None if it does not. The elevation falls monotonically from solar
    noon to solar midnight and rises after it, so a bisection on the right half finds the one crossing."""
    midnight = start + (end - start) / 2
    low, high = (start, midnight) if direction is SunDirection.SETTING else (midnight, end)
    above_at_low = _elevation(observer, low) > target
    if above_at_low == (_elevation(observer, high) > target):
        return None  # the sun stays on one side of `target` that half-night
    while high - low > _PRECISION:
        middle = low + (high - low) / 2
        if (_elevation(observer, middle) > target) == above_at_low:
            low = middle
        else:
            high = middle
    return (low + (high - low) / 2).replace(microsecond=0)


def _elevation(observer: Observer, at: datetime) -> float:
    return float(elevation(observer, at, with_refraction=False))


def _moon_elongation(at: datetime) -> float:
    """Moon–Sun elongation in degrees [0, 360) at the UTC instant `at`, from astral's phase."""
    # astral reads the date and time of day of a datetime (as UTC) when given one instead of a date
    phase = moon.phase(at)
    return (phase * 360.0 / _ASTRAL_PHASE_CYCLE - _ASTRAL_PHASE_SHIFT) % 360.0
