"""Sun and moon for an operational night: known Baltic dates, the white nights, the moon, bad inputs."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.night import MOON_PHASE_NAMES, MOON_PHASES, NightContext, moon_phase_code, night_context

RIGA_TZ = "Europe/Riga"
LOCAL = ZoneInfo(RIGA_TZ)
LIEPAJA = (56.5047, 21.0108)
SITES = {  # the border region, west to east, Latvia and Lithuania
    "Liepāja": (56.5047, 21.0108, "Europe/Riga"),
    "Rīga": (56.9496, 24.1052, "Europe/Riga"),
    "Valka": (57.7752, 26.0174, "Europe/Riga"),
    "Zilupe": (56.3870, 28.1220, "Europe/Riga"),
    "Klaipėda": (55.7033, 21.1443, "Europe/Vilnius"),
    "Druskininkai": (54.0159, 23.9850, "Europe/Vilnius"),
}
SUN_EVENTS = ("sunset", "civil_dusk", "nautical_dusk", "astronomical_dusk",
              "astronomical_dawn", "nautical_dawn", "civil_dawn", "sunrise")  # in the order of the night


def _local(moment: datetime | None) -> datetime:
    assert moment is not None
    return moment.astimezone(LOCAL)


def _between(moment: datetime | None, day: date, earliest: str, latest: str) -> bool:
    local = _local(moment)
    return local.date() == day and time.fromisoformat(earliest) <= local.time() <= time.fromisoformat(latest)


def _present(night: NightContext) -> list[datetime]:
    return [moment for name in SUN_EVENTS if (moment := getattr(night, name)) is not None]


def test_winter_solstice_in_liepaja() -> None:
    on = date(2026, 12, 21)
    night = night_context(*LIEPAJA, on, RIGA_TZ)
    assert night.on == on
    assert _between(night.sunset, on, "15:50", "16:05")
    assert _between(night.civil_dusk, on, "16:35", "17:00")
    assert _between(night.nautical_dusk, on, "17:25", "17:50")
    assert _between(night.astronomical_dusk, on, "18:10", "18:35")
    morning = on + timedelta(days=1)
    assert _between(night.astronomical_dawn, morning, "06:30", "06:55")
    assert _between(night.nautical_dawn, morning, "07:20", "07:45")
    assert _between(night.civil_dawn, morning, "08:10", "08:35")
    assert _between(night.sunrise, morning, "09:00", "09:15")
    assert 13.5 < night.dark_hours < 14.3
    assert _present(night) == sorted(_present(night)) and len(_present(night)) == 8


def test_times_are_aware_utc() -> None:
    night = night_context(*LIEPAJA, date(2026, 3, 15), RIGA_TZ)
    for moment in _present(night):
        assert moment.tzinfo is not None and moment.utcoffset() == timedelta(0)


@pytest.mark.parametrize("on", [date(2026, 6, 21), date(2026, 6, 10), date(2026, 7, 1), date(2027, 6, 21)])
def test_white_nights_have_no_nautical_darkness(on: date) -> None:
    night = night_context(*LIEPAJA, on, RIGA_TZ)
    assert night.nautical_dusk is None and night.nautical_dawn is None
    assert night.astronomical_dusk is None and night.astronomical_dawn is None
    assert night.dark_hours == 0.0
    assert _between(night.sunset, on, "22:15", "22:40")  # the sun still sets and civil twilight ends
    assert night.civil_dusk is not None and night.civil_dawn is not None
    assert _between(night.sunrise, on + timedelta(days=1), "04:35", "05:00")


def test_a_nautical_dusk_after_local_midnight_belongs_to_the_evening_before() -> None:
    """astral's own dusk() returns 00:18 on 20 May here (the previous night's dusk); the night of 20 May
    ends its nautical twilight at about 00:23 on the 21st."""
    on = date(2026, 5, 20)
    night = night_context(*LIEPAJA, on, RIGA_TZ)
    assert _between(night.nautical_dusk, on + timedelta(days=1), "00:05", "00:40")
    assert _between(night.nautical_dawn, on + timedelta(days=1), "02:25", "03:00")
    assert _local(night.sunset).date() == on
    assert _present(night) == sorted(_present(night))
    assert 1.8 < night.dark_hours < 2.8


def test_astronomical_night_shortly_before_it_disappears() -> None:
    """Late April: the dawn falls near 00:00 UTC, where astral's date-based transit search skips a day."""
    on = date(2026, 4, 25)
    night = night_context(*LIEPAJA, on, RIGA_TZ)
    assert _between(night.astronomical_dusk, on + timedelta(days=1), "00:00", "00:25")
    assert _between(night.astronomical_dawn, on + timedelta(days=1), "02:40", "03:10")
    assert _present(night) == sorted(_present(night)) and len(_present(night)) == 8


@pytest.mark.parametrize("site", sorted(SITES))
def test_every_night_of_a_year_is_consistent(site: str) -> None:
    lat, lon, tz = SITES[site]
    nights = [night_context(lat, lon, date(2026, 1, 1) + timedelta(days=d), tz) for d in range(0, 366, 3)]
    for night in nights:
        assert night.sunset is not None and night.sunrise is not None  # no polar day or night this far south
        assert night.civil_dusk is not None and night.civil_dawn is not None
        present = _present(night)
        assert present == sorted(present)
        noon = datetime.combine(night.on, time(12), tzinfo=ZoneInfo(tz))
        assert noon < present[0] and present[-1] < noon + timedelta(days=1)
        assert (night.nautical_dusk is None) == (night.nautical_dawn is None)
        assert (night.astronomical_dusk is None) == (night.astronomical_dawn is None)
        if night.nautical_dusk is None:
            assert night.dark_hours == 0.0
        else:
            assert night.nautical_dawn is not None
            hours = (night.nautical_dawn - night.nautical_dusk).total_seconds() / 3600
            assert night.dark_hours == pytest.approx(hours) and 0 < hours < 18
        assert 0.0 <= night.moon_illumination <= 1.0
        assert night.moon_phase_name in MOON_PHASE_NAMES
    assert any(n.nautical_dusk is None for n in nights) == (lat > 54.5)  # white nights in the north only
    assert any(n.astronomical_dusk is None for n in nights)


def test_polar_regions_do_not_crash() -> None:
    summer = night_context(78.22, 15.65, date(2026, 6, 21), "Arctic/Longyearbyen")
    assert _present(summer) == [] and summer.dark_hours == 0.0
    winter = night_context(78.22, 15.65, date(2026, 12, 21), "Arctic/Longyearbyen")
    assert winter.sunset is None and winter.sunrise is None and winter.dark_hours > 20


def test_full_moon() -> None:
    night = night_context(*LIEPAJA, date(2026, 11, 24), RIGA_TZ)  # full moon 2026-11-24 14:53 UTC
    assert night.moon_illumination > 0.98
    assert night.moon_phase_name == "full"


def test_new_moon() -> None:
    night = night_context(*LIEPAJA, date(2026, 12, 8), RIGA_TZ)  # new moon 2026-12-09 00:52 UTC
    assert night.moon_illumination < 0.02
    assert night.moon_phase_name == "new"


def test_the_moon_waxes_from_new_to_full() -> None:
    lit = [night_context(*LIEPAJA, date(2026, 12, 9) + timedelta(days=d), RIGA_TZ).moon_illumination
           for d in range(15)]
    assert lit == sorted(lit)
    assert lit[0] < 0.05 and lit[-1] > 0.95


@pytest.mark.parametrize(
    ("elongation", "code"),
    [
        (0.0, "new"), (22.4, "new"), (350.0, "new"), (359.9, "new"),
        (22.5, "waxing_crescent"), (45.0, "waxing_crescent"),
        (90.0, "first_quarter"), (135.0, "waxing_gibbous"),
        (180.0, "full"), (157.5, "full"), (202.4, "full"),
        (225.0, "waning_gibbous"), (270.0, "last_quarter"), (315.0, "waning_crescent"), (337.4, "waning_crescent"),
        (360.0, "new"), (-10.0, "new"),
    ],
)
def test_moon_phase_codes(elongation: float, code: str) -> None:
    assert moon_phase_code(elongation) == code


def test_every_phase_code_has_an_english_name() -> None:
    assert set(MOON_PHASE_NAMES) == set(MOON_PHASES)
    assert all(MOON_PHASE_NAMES.values())


def test_night_context_is_frozen() -> None:
    night = night_context(*LIEPAJA, date(2026, 12, 21), RIGA_TZ)
    with pytest.raises(dataclasses.FrozenInstanceError):
        night.dark_hours = 1.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("lat", "lon", "tz", "code", "field"),
    [
        (91.0, 21.0, RIGA_TZ, ErrorCode.OUT_OF_RANGE, "lat"),
        (56.5, 181.0, RIGA_TZ, ErrorCode.OUT_OF_RANGE, "lon"),
        (float("nan"), 21.0, RIGA_TZ, ErrorCode.INVALID, "lat"),
        (56.5, 21.0, "Europe/Atlantis", ErrorCode.INVALID, "tz"),
        (56.5, 21.0, "", ErrorCode.INVALID, "tz"),
        (56.5, 21.0, "../../etc/passwd", ErrorCode.INVALID, "tz"),
    ],
)
def test_bad_inputs(lat: float, lon: float, tz: str, code: ErrorCode, field: str) -> None:
    with pytest.raises(FieldOpsError) as exc:
        night_context(lat, lon, date(2026, 12, 21), tz)
    assert (exc.value.code, exc.value.field) == (code, field)
