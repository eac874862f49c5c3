"""The running app's shared objects: the open workspace, the task runner and the event hub."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ui.events import EventHub
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the DB stack loads after the sign-in window shows (start-up time, P1)
    from fieldops.app import FieldOps


@dataclass
class AppState:
    runner: TaskRunner
    hub: EventHub
    fo: FieldOps | None = None
    media: Any = None  # the MediaController of the open window (uploads, "Download from server"), else None

    def require_fo(self) -> FieldOps:
        if self.fo is None:
            raise RuntimeError("no workspace is open")
        return self.fo


_state: AppState | None = None


def install(state: AppState) -> AppState:
    global _state
    _state = state
    return state


def get() -> AppState:
    if _state is None:
        raise RuntimeError("ui.state.install() was not called")
    return _state
