"""`Op` (mutations) and `Query` (reads): run a core call on the DB thread, call back on the GUI thread.

    Op(self, lambda fo: fo.users.set_active(uid, False)).success(self._on_done).run()

After an `Op` succeeds the hub emits `sig_operation_executed(changes, initiator)`, so every view can
refresh if the changes concern it. Failures without a handler go to the one error dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from fieldops.changes import Changes
from ui import state
from ui.errors import show_error

if TYPE_CHECKING:
    from fieldops.app import FieldOps

T = TypeVar("T")


class _Call(Generic[T]):
    def __init__(self, parent: QWidget | None, fn: Callable[[FieldOps], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, cb: Callable[[T], None]) -> _Call[T]:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> _Call[T]:
        self._failure = cb
        return self

    def run(self) -> Future[Any]:
        st = state.get()
        fo = st.require_fo()
        return st.runner.run_db(lambda: self._fn(fo), self._done)

    def _done(self, future: Future[Any]) -> None:
        exc = future.exception()
        if exc is not None:
            if self._failure is not None:
                self._failure(exc)
            else:
                show_error(self._parent, exc)
            return
        result = future.result()
        self._after(result)
        if self._success is not None:
            self._success(result)

    def _after(self, result: T) -> None:
        pass


class Query(_Call[T]):
    """A read: no hub signal."""


class Op(_Call[Changes]):
    """A mutation: emits `sig_operation_executed` before the success callback."""

    def _after(self, result: Changes) -> None:
        if isinstance(result, Changes):
            state.get().hub.sig_operation_executed.emit(result, self._parent)
