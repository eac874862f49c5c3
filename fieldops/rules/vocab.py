"""Closed vocabularies shared by the pack loader, the fact validator and the engine."""

from __future__ import annotations

from typing import Final

KINDS: Final = ("traffic", "hunter", "other")
SPECIES: Final = (
    "wild_boar", "fox", "raccoon_dog", "common_raccoon", "american_mink", "nutria", "muskrat", "roe_deer",
    "red_deer", "fallow_deer", "moose", "hare", "beaver", "wolf", "lynx", "badger", "waterfowl",
)
SIGHTS: Final = ("optical", "night_vision", "thermal", "none")
NIGHT_SIGHTS: Final = frozenset({"night_vision", "thermal"})
POSITIONS: Final = ("stand", "on_foot", "vehicle")
DRIVER_CATEGORIES: Final = ("general", "novice", "professional")
COUNTED_TESTS: Final = ("first", "lower")

ALCOHOL_MAX: Final = 5  # per mille
ALCOHOL_TESTS_MAX: Final = 2
SPEED_MAX: Final = 300
TEXT_MAX: Final = 2000
