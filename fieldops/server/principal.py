"""Who is calling: the user and the enrolled device a token was issued to (never taken from a payload)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Principal:
    user_id: str
    device_id: str
    agency_id: str
    roles: frozenset[str]
    username: str = ""

    def has(self, role: str) -> bool:
        return role in self.roles

    @property
    def is_admin(self) -> bool:
        return "administrator" in self.roles
