"""Progress reporting and cooperative cancellation for long core calls (media import and export).

The UI runs such a call on the DB thread and keeps a `CancelToken`; its Cancel button calls `cancel()` from
the GUI thread, and the core checks `raise_if_cancelled()` between chunks. `Cancelled` is not a
`FieldOpsError`: it is the user's own decision, not a failure to report next to a field.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

# progress(fraction 0.0-1.0, label): label is the file's base name (for "Importing IMG_0042.jpg … 40 %").
Progress = Callable[[float, str], None]


class Cancelled(Exception):  # noqa: N818 (a user decision, not an error)
    """The operation was cancelled through its `CancelToken`; it left nothing behind."""


class CancelToken:
    """Set once from any thread, read by the worker between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled
