"""Transverse Mercator on the GRS80 ellipsoid, for the two national grids (`fieldops.geo`): LKS-92 / Latvia TM
(EPSG:3059) and LKS-94 / Lithuania TM (EPSG:3346). Both are TM on 24°E over ETRS89, which agrees with WGS84 to
well under a metre in the Baltics (the EPSG transformation between them is the null one).

The forward and inverse series are Krüger's, in the form and to the 6th order in n given by C. F. F. Karney,
"Transverse Mercator with an accuracy of a few nanometers", J. Geodesy 85 (2011) 475–485, eqs. (6)-(11) and
(35)-(36): accurate to a few nanometres within 3,900 km of the central meridian. Checked against PROJ (pyproj,
a test dependency only) over the whole region: `tests/core/test_geo.py`.

Why not pyproj at run time: two projections do not need PROJ and its database; the installed app is ~23 MB
smaller (`docs/installer.md`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# GRS80
A = 6_378_137.0
F = 1 / 298.257222101
N = F / (2 - F)
_N2, _N3, _N4, _N5, _N6 = N**2, N**3, N**4, N**5, N**6
# The rectifying radius A/(1+n) · (1 + n²/4 + n⁴/64 + n⁶/256)
RECTIFYING = A / (1 + N) * (1 + _N2 / 4 + _N4 / 64 + _N6 / 256)
E = math.sqrt(F * (2 - F))  # first eccentricity

ALPHA = (  # Karney (35)
    N / 2 - 2 * _N2 / 3 + 5 * _N3 / 16 + 41 * _N4 / 180 - 127 * _N5 / 288 + 7891 * _N6 / 37800,
    13 * _N2 / 48 - 3 * _N3 / 5 + 557 * _N4 / 1440 + 281 * _N5 / 630 - 1983433 * _N6 / 1935360,
    61 * _N3 / 240 - 103 * _N4 / 140 + 15061 * _N5 / 26880 + 167603 * _N6 / 181440,
    49561 * _N4 / 161280 - 179 * _N5 / 168 + 6601661 * _N6 / 7257600,
    34729 * _N5 / 80640 - 3418889 * _N6 / 1995840,
    212378941 * _N6 / 319334400,
)
BETA = (  # Karney (36)
    N / 2 - 2 * _N2 / 3 + 37 * _N3 / 96 - _N4 / 360 - 81 * _N5 / 512 + 96199 * _N6 / 604800,
    _N2 / 48 + _N3 / 15 - 437 * _N4 / 1440 + 46 * _N5 / 105 - 1118711 * _N6 / 3870720,
    17 * _N3 / 480 - 37 * _N4 / 840 - 209 * _N5 / 4480 + 5569 * _N6 / 90720,
    4397 * _N4 / 161280 - 11 * _N5 / 504 - 830251 * _N6 / 7257600,
    4583 * _N5 / 161280 - 108847 * _N6 / 3991680,
    20648693 * _N6 / 638668800,
)


@dataclass(frozen=True)
class Grid:
    """A Transverse Mercator grid: central meridian (degrees), scale on it, false easting and northing (m)."""

    lon0: float
    k0: float
    false_easting: float
    false_northing: float

    def forward(self, lat: float, lon: float) -> tuple[float, float]:
        """Latitude and longitude (degrees) → (easting, northing) in metres; ValueError for a point 90° or more
        of longitude from the central meridian."""
        offset = (lon - self.lon0 + 180.0) % 360.0 - 180.0
        if abs(offset) >= 90.0:  # the other hemisphere: no national grid holds it (ValueError, like PROJ's error)
            raise ValueError("more than 90° of longitude from the central meridian")
        phi = math.radians(lat)
        lam = math.radians(offset)
        # conformal latitude, through tan χ (Karney 7-9)
        tau = math.tan(phi)
        sigma = math.sinh(E * math.atanh(E * tau / math.sqrt(1 + tau * tau)))
        tau_p = tau * math.sqrt(1 + sigma * sigma) - sigma * math.sqrt(1 + tau * tau)
        xi_p = math.atan2(tau_p, math.cos(lam))
        eta_p = math.asinh(math.sin(lam) / math.hypot(tau_p, math.cos(lam)))
        xi, eta = xi_p, eta_p
        for j, a in enumerate(ALPHA, start=1):
            xi += a * math.sin(2 * j * xi_p) * math.cosh(2 * j * eta_p)
            eta += a * math.cos(2 * j * xi_p) * math.sinh(2 * j * eta_p)
        scale = self.k0 * RECTIFYING
        return self.false_easting + scale * eta, self.false_northing + scale * xi

    def inverse(self, easting: float, northing: float) -> tuple[float, float]:
        """(easting, northing) in metres → latitude and longitude (degrees)."""
        scale = self.k0 * RECTIFYING
        xi = (northing - self.false_northing) / scale
        eta = (easting - self.false_easting) / scale
        xi_p, eta_p = xi, eta
        for j, b in enumerate(BETA, start=1):
            xi_p -= b * math.sin(2 * j * xi) * math.cosh(2 * j * eta)
            eta_p -= b * math.cos(2 * j * xi) * math.sinh(2 * j * eta)
        tau_p = math.sin(xi_p) / math.hypot(math.sinh(eta_p), math.cos(xi_p))
        lam = math.atan2(math.sinh(eta_p), math.cos(xi_p))
        tau = tau_p  # Newton's method for τ from τ′ (Karney 19-21): converges in 2-3 steps
        for _ in range(6):
            sigma = math.sinh(E * math.atanh(E * tau / math.sqrt(1 + tau * tau)))
            tau_i = tau * math.sqrt(1 + sigma * sigma) - sigma * math.sqrt(1 + tau * tau)
            step = ((tau_p - tau_i) / math.sqrt(1 + tau_i * tau_i)
                    * (1 + (1 - E * E) * tau * tau) / ((1 - E * E) * math.sqrt(1 + tau * tau)))
            tau += step
            if abs(step) < 1e-14:
                break
        return math.degrees(math.atan(tau)), self.lon0 + math.degrees(lam)


LKS92 = Grid(lon0=24.0, k0=0.9996, false_easting=500_000.0, false_northing=-6_000_000.0)  # EPSG:3059
LKS94 = Grid(lon0=24.0, k0=0.9998, false_easting=500_000.0, false_northing=0.0)  # EPSG:3346
