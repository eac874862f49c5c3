"""The four partner agencies of the LV-LT project (DOMAIN.md). Seeded into every new workspace."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PartnerAgency:
    code: str
    name: str
    short_name: str
    country: str
    timezone: str
    report_prefix: str


PARTNERS: tuple[PartnerAgency, ...] = (
    PartnerAgency("VP-KRP", "Valsts policijas Kurzemes reģiona pārvalde", "VP Kurzeme", "LV", "Europe/Riga", "KRP"),
    PartnerAgency("LPP", "Liepājas pilsētas Pašvaldības policija", "Liepājas PP", "LV", "Europe/Riga", "LPP"),
    PartnerAgency("KAVPK", "Klaipėdos apskrities vyriausiasis policijos komisariatas", "Klaipėdos AVPK", "LT",
                  "Europe/Vilnius", "KAV"),
    PartnerAgency("PMS", "Palangos miesto savivaldybė", "Palanga", "LT", "Europe/Vilnius", "PAL"),
)
