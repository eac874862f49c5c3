"""Positions: every accepted input format, every refused one, range checks, and the LKS-92/LKS-94 grids."""

from __future__ import annotations

import math
import random

import pytest
from pyproj import Transformer

from fieldops import geo
from fieldops.errors import ErrorCode, FieldOpsError

DMS = (56 + 30 / 60 + 44.3 / 3600, 21 + 0 / 60 + 44.3 / 3600)  # 56°30'44.3"N 21°0'44.3"E
DDM = (56 + 30.738 / 60, 21 + 0.738 / 60)  # 56°30.738'N 21°00.738'E
DD = (56.5123, 21.0123)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # decimal degrees, decimal point
        ("56.5123, 21.0123", DD),
        ("56.5123 21.0123", DD),
        ("56.5123,21.0123", DD),
        ("56.5123;21.0123", DD),
        ("56.5123 / 21.0123", DD),
        ("  56.5123,   21.0123  ", DD),
        ("+56.5123, +21.0123", DD),
        ("56, 21", (56.0, 21.0)),
        ("-33.8688, 151.2093", (-33.8688, 151.2093)),
        ("90, -180", (90.0, -180.0)),
        # decimal comma
        ("56,5123; 21,0123", DD),
        ("56,5123;21,0123", DD),
        ("56,5123 21,0123", DD),
        ("56,5123, 21,0123", DD),
        # degrees-minutes-seconds
        ("56°30'44.3\"N 21°0'44.3\"E", DMS),
        ("56°30'44.3\"N, 21°0'44.3\"E", DMS),
        ("56°30'44,3\"N 21°0'44,3\"E", DMS),
        ("56°30′44.3″N 21°0′44.3″E", DMS),  # typographic prime marks
        ("56º30’44.3”N 21º0’44.3”E", DMS),  # ordinal sign and curly quotes as pasted from documents
        ("56°30'44.3''N 21°0'44.3''E", DMS),  # two apostrophes for seconds
        ("N 56 30 44.3 E 21 00 44.3", DMS),
        ("n 56 30 44.3 e 21 00 44.3", DMS),
        ("56 30 44.3 N 21 0 44.3 E", DMS),
        ("56 30 44.3 21 0 44.3", DMS),
        ("56°30'44.3\" 21°0'44.3\"", DMS),
        # degrees-decimal-minutes
        ("56°30.738'N 21°00.738'E", DDM),
        ("N56°30.738' E021°00.738'", DDM),
        ("N56 30.738 E21 00.738", DDM),
        ("56 30.738 21 00.738", DDM),
        ("56°30,738'N 21°00,738'E", DDM),
        # decimal degrees with hemisphere letters, any order
        ("56.5123° N, 21.0123° E", DD),
        ("56.5123N 21.0123E", DD),
        ("21.0123 E 56.5123 N", DD),
        ("E 21°00.738' N 56°30.738'", DDM),
        ("33.8688 S, 151.2093 E", (-33.8688, 151.2093)),
        ("40.7 N 74.0 W", (40.7, -74.0)),
        # Lithuanian Š (šiaurė) / R (rytai) and Latvian Z (ziemeļi) / A (austrumi)
        ("Š 56 30.738 R 21 00.738", DDM),
        ("š56.5123 r21.0123", DD),
        ("56°30'44.3\"Z 21°0'44.3\"A", DMS),
        ("56,5123 Z; 21,0123 A", DD),
    ],
)
def test_accepted_formats(text: str, expected: tuple[float, float]) -> None:
    lat, lon = geo.parse_position(text)
    assert lat == pytest.approx(expected[0], abs=1e-9)
    assert lon == pytest.approx(expected[1], abs=1e-9)


@pytest.mark.parametrize(
    ("text", "code", "field"),
    [
        ("", ErrorCode.REQUIRED, "position"),
        ("   ", ErrorCode.REQUIRED, "position"),
        ("abc", ErrorCode.INVALID, "position"),
        ("56.5123", ErrorCode.INVALID, "position"),  # one coordinate only
        ("56 30 21", ErrorCode.INVALID, "position"),  # odd number of components
        ("56.5x21.0", ErrorCode.INVALID, "position"),
        ("56.5 - 21.0", ErrorCode.INVALID, "position"),
        ("geo:56.5,21.0", ErrorCode.INVALID, "position"),
        ("56,5123,21,0123", ErrorCode.INVALID, "position"),  # decimal commas need ";" or a space between
        ("56;21;3", ErrorCode.INVALID, "position"),
        ("; 21", ErrorCode.INVALID, "position"),
        ("56.5, 21.0, 3", ErrorCode.INVALID, "position"),
        ("56 61 21 00", ErrorCode.INVALID, "position"),  # minutes >= 60
        ("56 30 60 21 00 00", ErrorCode.INVALID, "position"),  # seconds >= 60
        ("56.5 30 21 00", ErrorCode.INVALID, "position"),  # only the last component may have a fraction
        ("56 -30 21 00", ErrorCode.INVALID, "position"),  # a sign on the minutes
        ("56°30\" 21°", ErrorCode.INVALID, "position"),  # seconds without minutes
        ("30' 56° 21° 0'", ErrorCode.INVALID, "position"),  # units out of order
        ("°56 21", ErrorCode.INVALID, "position"),
        ("56°° 21", ErrorCode.INVALID, "position"),
        ("56 N 21 N", ErrorCode.INVALID, "position"),  # two latitudes
        ("E 56 E 21", ErrorCode.INVALID, "position"),
        ("56.5N 21.0", ErrorCode.INVALID, "position"),  # a letter on one coordinate only
        ("-56.5 N 21.0 E", ErrorCode.INVALID, "position"),  # a sign and a letter
        ("N 56.5 E", ErrorCode.INVALID, "position"),
        ("NE 56 21", ErrorCode.INVALID, "position"),
        ("N E", ErrorCode.INVALID, "position"),
        ("56.5 N! 21.0 E", ErrorCode.INVALID, "position"),
        ("lat 56.5 lon 21.0", ErrorCode.INVALID, "position"),
        ("5" * 101, ErrorCode.INVALID, "position"),
        ("91, 21", ErrorCode.OUT_OF_RANGE, "lat"),
        ("-90.0001, 21", ErrorCode.OUT_OF_RANGE, "lat"),
        ("90 30 21 0", ErrorCode.OUT_OF_RANGE, "lat"),
        ("56, 181", ErrorCode.OUT_OF_RANGE, "lon"),
        ("56, -180.5", ErrorCode.OUT_OF_RANGE, "lon"),
        ("181 E 56 N", ErrorCode.OUT_OF_RANGE, "lon"),
    ],
)
def test_refused_inputs(text: str, code: ErrorCode, field: str) -> None:
    with pytest.raises(FieldOpsError) as exc:
        geo.parse_position(text)
    assert exc.value.code == code
    assert exc.value.field == field
    exc.value.english()  # the message formats with the given params
    if code == ErrorCode.OUT_OF_RANGE:
        limit = 90 if field == "lat" else 180
        assert exc.value.params == {"min": -limit, "max": limit}
    if code == ErrorCode.INVALID:
        assert 0 < len(exc.value.params["detail"]) <= 40


@pytest.mark.parametrize(
    ("lat", "lon", "code", "field"),
    [
        (90.5, 0.0, ErrorCode.OUT_OF_RANGE, "lat"),
        (-91.0, 0.0, ErrorCode.OUT_OF_RANGE, "lat"),
        (0.0, 180.01, ErrorCode.OUT_OF_RANGE, "lon"),
        (0.0, -200.0, ErrorCode.OUT_OF_RANGE, "lon"),
        (math.nan, 21.0, ErrorCode.INVALID, "lat"),
        (56.0, math.inf, ErrorCode.INVALID, "lon"),
        (True, 21.0, ErrorCode.INVALID, "lat"),
        ("56", 21.0, ErrorCode.INVALID, "lat"),
    ],
)
def test_validate_lat_lon_refuses(lat: float, lon: float, code: ErrorCode, field: str) -> None:
    with pytest.raises(FieldOpsError) as exc:
        geo.validate_lat_lon(lat, lon)
    assert (exc.value.code, exc.value.field) == (code, field)


def test_validate_lat_lon_accepts_the_limits_and_returns_floats() -> None:
    assert geo.validate_lat_lon(90, -180) == (90.0, -180.0)
    assert geo.validate_lat_lon(-90.0, 180.0) == (-90.0, 180.0)
    assert all(type(v) is float for v in geo.validate_lat_lon(56, 21))


@pytest.mark.parametrize(
    ("lat", "lon", "text"),
    [
        (56.5123, 21.0123, "56.51230° N, 21.01230° E"),
        (-33.8688, 151.2093, "33.86880° S, 151.20930° E"),
        (40.7, -74.0, "40.70000° N, 74.00000° W"),
        (-0.000001, -0.000001, "0.00000° N, 0.00000° E"),  # no "S"/"W" for a value that rounds to zero
    ],
)
def test_format_wgs84_and_read_it_back(lat: float, lon: float, text: str) -> None:
    assert geo.format_wgs84(lat, lon) == text
    back = geo.parse_position(text)
    assert back == pytest.approx((lat, lon), abs=6e-6)


LATVIA = {
    "Rīga": (56.9496, 24.1052),
    "Liepāja": (56.5047, 21.0108),
    "Ventspils": (57.3894, 21.5606),
    "Daugavpils": (55.8714, 26.5161),
    "Valka": (57.7752, 26.0174),
    "Zilupe": (56.3870, 28.1220),
}
LITHUANIA = {
    "Vilnius": (54.6872, 25.2797),
    "Kaunas": (54.8985, 23.9036),
    "Klaipėda": (55.7033, 21.1443),
    "Druskininkai": (54.0159, 23.9850),
    "Biržai": (56.2010, 24.7560),
    "Zarasai": (55.7319, 26.2465),
}
GRIDS = {  # country → (EPSG, label, sites, easting range, northing range)
    "LV": ("EPSG:3059", "LKS-92", LATVIA, (300_000, 770_000), (130_000, 450_000)),  # false northing −6 000 000
    "LT": ("EPSG:3346", "LKS-94", LITHUANIA, (300_000, 680_000), (5_970_000, 6_260_000)),
}


@pytest.mark.parametrize(
    ("country", "site"),
    [(country, site) for country, grid in GRIDS.items() for site in grid[2]],
)
def test_national_grid_in_range_and_round_trips(country: str, site: str) -> None:
    epsg, label, sites, (e_min, e_max), (n_min, n_max) = GRIDS[country]
    lat, lon = sites[site]
    easting, northing, got_label = geo.to_national(lat, lon, country)
    assert got_label == label
    assert e_min <= easting <= e_max
    assert n_min <= northing <= n_max
    back_lon, back_lat = Transformer.from_crs(epsg, "EPSG:4326", always_xy=True).transform(easting, northing)
    assert back_lat == pytest.approx(lat, abs=1e-6)
    assert back_lon == pytest.approx(lon, abs=1e-6)


def test_grid_definitions_on_the_central_meridian() -> None:
    """Both grids are Transverse Mercator on 24°E with a false easting of 500 000 m; LKS-92 has a false
    northing of −6 000 000 m, LKS-94 none."""
    assert geo.to_national(0.0, 24.0, "LV")[:2] == pytest.approx((500_000, -6_000_000), abs=1e-3)
    assert geo.to_national(0.0, 24.0, "LT")[:2] == pytest.approx((500_000, 0), abs=1e-3)


@pytest.mark.parametrize("site", [*LATVIA.values(), *LITHUANIA.values()])
def test_the_two_grids_differ_only_by_scale_and_false_northing(site: tuple[float, float]) -> None:
    """Same ellipsoid and meridian, scale 0.9996 (LKS-92) vs 0.9998 (LKS-94): an independent cross-check that
    the labels sit on the right EPSG codes and that easting/northing are not swapped."""
    e92, n92, _ = geo.to_national(*site, "LV")
    e94, n94, _ = geo.to_national(*site, "LT")
    assert (e92 - 500_000) / 0.9996 == pytest.approx((e94 - 500_000) / 0.9998, abs=0.01)
    assert (n92 + 6_000_000) / 0.9996 == pytest.approx(n94 / 0.9998, abs=0.01)


def test_riga_in_lks92() -> None:
    easting, northing, label = geo.to_national(56.9496, 24.1052, "lv")  # the country code is case-insensitive
    assert (round(easting), round(northing), label) == (506399, 311781, "LKS-92")
    assert geo.format_national(easting, northing, label) == "LKS-92: E 506399 m, N 311781 m"


def test_format_national_is_whole_metres_with_explicit_axes() -> None:
    assert geo.format_national(316039.56, 6267510.5, "LKS-94") == "LKS-94: E 316040 m, N 6267510 m"


@pytest.mark.parametrize("country", ["EE", "", "Latvia", "PL"])
def test_to_national_refuses_unknown_country(country: str) -> None:
    with pytest.raises(FieldOpsError) as exc:
        geo.to_national(56.5, 21.0, country)
    assert (exc.value.code, exc.value.field) == (ErrorCode.INVALID, "country")


@pytest.mark.parametrize(("lat", "lon", "field"), [(91.0, 21.0, "lat"), (56.0, 181.0, "lon")])
def test_to_national_validates_lat_lon(lat: float, lon: float, field: str) -> None:
    with pytest.raises(FieldOpsError) as exc:
        geo.to_national(lat, lon, "LV")
    assert (exc.value.code, exc.value.field) == (ErrorCode.OUT_OF_RANGE, field)


@pytest.mark.parametrize(("country", "epsg"), [("LV", "EPSG:3059"), ("LT", "EPSG:3346")])
def test_the_grids_agree_with_proj_to_the_millimetre_over_the_region(country: str, epsg: str) -> None:
    """`fieldops.tm` against PROJ (pyproj, a test dependency only) at 5,000 random points of 53–59°N, 19–30°E,
    both ways."""
    from fieldops.tm import LKS92, LKS94

    grid = {"LV": LKS92, "LT": LKS94}[country]
    forward = Transformer.from_crs("EPSG:4326", epsg, always_xy=True)
    rng = random.Random(3059)
    worst_m, worst_deg = 0.0, 0.0
    for _ in range(5000):
        lat, lon = rng.uniform(53.0, 59.0), rng.uniform(19.0, 30.0)
        easting, northing = forward.transform(lon, lat)
        got = geo.to_national(lat, lon, country)
        worst_m = max(worst_m, abs(got[0] - easting), abs(got[1] - northing))
        back = grid.inverse(easting, northing)
        worst_deg = max(worst_deg, abs(back[0] - lat), abs(back[1] - lon))
    assert worst_m < 0.001 and worst_deg < 1e-9, (worst_m, worst_deg)


def test_a_point_the_grid_cannot_hold_is_refused() -> None:
    with pytest.raises(FieldOpsError) as exc:
        geo.to_national(0.0, -156.0, "LV")  # on the equator, 180° from the central meridian
    assert (exc.value.code, exc.value.params.get("detail")) == (ErrorCode.INVALID, "LKS-92")
