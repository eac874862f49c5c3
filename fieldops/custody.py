"""Who holds what, derived from insert-only custody facts (SYNC.md "Conflict policy").

Check-outs, returns, maintenance, loss and retirement are facts recorded once and never edited; the state of
an item is a fold over its facts in time order. The desk keeps the folded state on the item row (so a scan
never replays the log) and advances it one fact at a time with `step()`; when facts arrive from another
laptop, the item is re-folded from all of its facts with `derive()`. A second check-out of an item that is
already out (two laptops offline, the same binocular issued twice) is not an overwrite: both holders are
kept and the fold reports an anomaly, which becomes an incident for the equipment manager.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from fieldops.models.enums import CustodyKind, EquipmentStatus


@dataclass(frozen=True)
class Fact:
    id: str
    kind: str
    at: datetime
    holder_id: str | None = None
    due_at: datetime | None = None
    hlc: str | None = None

    @property
    def order(self) -> tuple[str, str]:
        """Causal order: the recording laptop's HLC; facts from before HLCs existed, their time as one."""
        return (self.hlc or f"{int(self.at.timestamp() * 1000):015d}:00000:", self.id)


@dataclass(frozen=True)
class Holding:
    holder_id: str | None
    event_id: str
    due_at: datetime | None


@dataclass(frozen=True)
class Anomaly:
    kind: str  # double_checkout | checkout_unavailable
    event_id: str
    holders: tuple[str | None, ...]


@dataclass(frozen=True)
class ItemState:
    status: str = EquipmentStatus.AVAILABLE.value
    holdings: tuple[Holding, ...] = ()

    @property
    def holder_id(self) -> str | None:
        return self.holdings[-1].holder_id if self.holdings else None

    @property
    def out_event_id(self) -> str | None:
        return self.holdings[-1].event_id if self.holdings else None

    @property
    def due_at(self) -> datetime | None:
        dues = [h.due_at for h in self.holdings if h.due_at is not None]
        return min(dues) if dues else None


OUT = EquipmentStatus.CHECKED_OUT.value
_UNAVAILABLE = (EquipmentStatus.MAINTENANCE.value, EquipmentStatus.LOST.value, EquipmentStatus.RETIRED.value)


def step(state: ItemState, fact: Fact) -> tuple[ItemState, Anomaly | None]:
    """The state after `fact`, and the anomaly it reveals (if any). Never raises: facts happened."""
    kind = fact.kind
    if kind == CustodyKind.CHECK_OUT:
        holding = Holding(fact.holder_id, fact.id, fact.due_at)
        anomaly = None
        if state.status == OUT:
            anomaly = Anomaly("double_checkout", fact.id,
                              (*tuple(h.holder_id for h in state.holdings), fact.holder_id))
        elif state.status in _UNAVAILABLE:
            anomaly = Anomaly("checkout_unavailable", fact.id, (fact.holder_id,))
        return ItemState(OUT, (*state.holdings, holding)), anomaly
    if kind == CustodyKind.RETURN:
        if state.status == EquipmentStatus.RETIRED:
            return replace(state, holdings=()), None
        return ItemState(EquipmentStatus.AVAILABLE.value), None
    if kind == CustodyKind.MAINTENANCE_IN:
        return ItemState(EquipmentStatus.MAINTENANCE.value), None
    if kind in (CustodyKind.MAINTENANCE_OUT, CustodyKind.FOUND):
        return ItemState(EquipmentStatus.AVAILABLE.value), None
    if kind == CustodyKind.LOST:
        return ItemState(EquipmentStatus.LOST.value), None
    if kind == CustodyKind.RETIRE:
        return ItemState(EquipmentStatus.RETIRED.value), None
    return state, None  # unknown kinds (a newer app's facts) do not change custody


def derive(facts: Iterable[Fact]) -> tuple[ItemState, list[Anomaly]]:
    """Fold all facts of one item in causal (HLC) order: the same facts give the same state on every laptop."""
    state, anomalies = ItemState(), []
    for fact in sorted(facts, key=lambda f: f.order):
        state, anomaly = step(state, fact)
        if anomaly is not None:
            anomalies.append(anomaly)
    return state, anomalies
