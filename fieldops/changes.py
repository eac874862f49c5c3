"""`Changes`: what a mutation touched, so each view refreshes only when it is concerned."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    entities: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    outbox_ops: int = 0
    created_id: str | None = None  # the new record's id when the mutation created one

    def concerns(self, *entities: str) -> bool:
        return any(e in self.entities for e in entities)


@dataclass
class ChangeCollector:
    entities: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    outbox_ops: int = 0
    created_id: str | None = None

    def touch(self, entity: str, entity_id: str | None = None) -> None:
        self.entities.add(entity)
        if entity_id:
            self.ids.add(entity_id)

    def freeze(self) -> Changes:
        return Changes(frozenset(self.entities), frozenset(self.ids), self.outbox_ops, self.created_id)
