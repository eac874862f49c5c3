"""Hybrid logical clock (SYNC.md): (wall ms, counter, device) rendered as a sortable string."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HLC:
    ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.ms:015d}:{self.counter:05d}:{self.device}"

    @classmethod
    def parse(cls, text: str) -> HLC:
        ms, counter, device = text.split(":", 2)
        return cls(int(ms), int(counter), device)

    def tick(self, now_ms: int) -> HLC:
        """The next local event's time: never behind the last one, even if the wall clock went back."""
        if now_ms > self.ms:
            return HLC(now_ms, 0, self.device)
        return HLC(self.ms, self.counter + 1, self.device)

    def receive(self, remote: HLC, now_ms: int) -> HLC:
        """Advance past a pulled change's clock."""
        ms = max(self.ms, remote.ms, now_ms)
        if ms == self.ms == remote.ms:
            counter = max(self.counter, remote.counter) + 1
        elif ms == self.ms:
            counter = self.counter + 1
        elif ms == remote.ms:
            counter = remote.counter + 1
        else:
            counter = 0
        return HLC(ms, counter, self.device)
