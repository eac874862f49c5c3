"""The four partner agencies of the LV-LT project (DOMAIN.md). Seeded into every new workspace."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

# Agency ids are the same on every laptop and on the server: derived from the agency's code.
_AGENCY_NS = uuid.UUID("0f1e2d3c-4b5a-4678-9abc-def012345678")


def agency_id(code: str) -> str:
    return str(uuid.uuid5(_AGENCY_NS, code))


@dataclass(frozen=True)
class PartnerAgency:
    code: str
    name: str
    short_name: str
    country: str
    timezone: str
    report_prefix: str


# Where each partner's night context is computed when an operation has no position yet (its seat).
HOME_POSITIONS: dict[str, tuple[float, float]] = {
    "VP-KRP": (56.5047, 21.0108), "LPP": (56.5110, 21.0136), "KAVPK": (55.7033, 21.1443), "PMS": (55.9175, 21.0686),
}

PARTNERS: tuple[PartnerAgency, ...] = (
    PartnerAgency("VP-KRP", "Valsts policijas Kurzemes reģiona pārvalde", "VP Kurzeme", "LV", "Europe/Riga", "KRP"),
    PartnerAgency("LPP", "Liepājas pilsētas Pašvaldības policija", "Liepājas PP", "LV", "Europe/Riga", "LPP"),
    PartnerAgency("KAVPK", "Klaipėdos apskrities vyriausiasis policijos komisariatas", "Klaipėdos AVPK", "LT",
                  "Europe/Vilnius", "KAV"),
    PartnerAgency("PMS", "Palangos miesto savivaldybė", "Palanga", "LT", "Europe/Vilnius", "PAL"),
)
