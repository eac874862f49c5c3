"""The operations list model: a `QAbstractTableModel` over an `array('q')` of rowids (8 bytes a row, so
1,000,000 operations cost 8 MB), rows fetched lazily on the DB thread and kept in an LRU cache.

- `data()` never touches the database. A row not cached yet shows a placeholder and asks for a fetch; the
  requests of one paint are coalesced by a zero-timer into ONE `Query` for a window of rows around them.
- `set_filter(filter, order)` shows the first page (ids and rows in one DB call) at once, then replaces the
  ids with the full ordered list fetched in the background. A generation counter discards the answers of
  an older filter that arrive after a newer request.
- Sorting and filtering are SQL (`fo.operation_list`); `sort()` maps a column to an `Order` key. Columns
  sort by the stored value: type and status by their code, agency and lead by their id (rows of one agency
  or lead stay together), not by the translated or displayed name.
- Start times are shown in the time zone of the operation's agency (`set_timezones`, agency short name →
  IANA zone; Europe/Riga or Europe/Vilnius), because that is the local time of the night it happened in,
  whichever laptop shows it. Agencies missing from the map fall back to the default zone (the user's).
"""

from __future__ import annotations

import time
from array import array
from collections import OrderedDict
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QColor
from shiboken6 import isValid

from fieldops.dto import OperationRow
from fieldops.models.enums import OperationStatus
from fieldops.progress import CancelToken
from fieldops.services.operation_list import OperationFilter, Order
from ui import theme
from ui.ops import Query
from ui.vocab import operation_status, operation_type

if TYPE_CHECKING:
    from fieldops.app import FieldOps

ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the operation's id (str), None while the row is not loaded
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the OperationRow, None while not loaded
PLACEHOLDER = "…"
FIRST_PAGE = 200
FETCH_WINDOW = 200  # rows fetched around the requested ones (one DB call)
FETCH_BEHIND = 40  # of which before the first requested row (scrolling back)
MAX_FETCH = 2000  # fo.operation_list.rows() limit
CACHE_SIZE = 5000
PACK_SLICE = 50_000
_Index = QModelIndex | QPersistentModelIndex

# data() runs thousands of times per frame: roles as plain ints, compared without enum attribute lookups.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ID = int(ID_ROLE)
_ROW = int(ROW_ROLE)
_HANDLED = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGNMENT, _ID, _ROW))
_STATUS_COLUMN, _START_COLUMN, _VIOLATIONS_COLUMN = 3, 1, 8
_NUMERIC = frozenset((7, 8))  # checks, violations: right-aligned
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)


class Column(IntEnum):
    NUMBER = 0
    START = 1
    TYPE = 2
    STATUS = 3
    AGENCY = 4
    LEAD = 5
    AREA = 6
    CHECKS = 7
    VIOLATIONS = 8


# Column → `fieldops.services.operation_list.SORT_COLUMNS` key.
SORT_KEYS = {
    Column.NUMBER: "number", Column.START: "start_at", Column.TYPE: "type", Column.STATUS: "status",
    Column.AGENCY: "agency", Column.LEAD: "lead", Column.AREA: "area_name", Column.CHECKS: "checks",
    Column.VIOLATIONS: "violations",
}
assert (Column.STATUS, Column.START, Column.VIOLATIONS) == (_STATUS_COLUMN, _START_COLUMN, _VIOLATIONS_COLUMN)
assert {Column.CHECKS, Column.VIOLATIONS} == _NUMERIC


def header(column: Column) -> str:
    return {
        Column.NUMBER: QCoreApplication.translate("OperationsModel", "Number"),
        Column.START: QCoreApplication.translate("OperationsModel", "Start"),
        Column.TYPE: QCoreApplication.translate("OperationsModel", "Type"),
        Column.STATUS: QCoreApplication.translate("OperationsModel", "Status"),
        Column.AGENCY: QCoreApplication.translate("OperationsModel", "Agency"),
        Column.LEAD: QCoreApplication.translate("OperationsModel", "Lead"),
        Column.AREA: QCoreApplication.translate("OperationsModel", "Area"),
        Column.CHECKS: QCoreApplication.translate("OperationsModel", "Checks"),
        Column.VIOLATIONS: QCoreApplication.translate("OperationsModel", "Violations"),
    }[column]


def status_hint(status: str) -> str:
    return {
        OperationStatus.DRAFT: QCoreApplication.translate("OperationsModel", "Draft: the crew is still writing it."),
        OperationStatus.SUBMITTED: QCoreApplication.translate(
            "OperationsModel", "Submitted: waiting for a supervisor's review; locked for the crew."),
        OperationStatus.RETURNED: QCoreApplication.translate(
            "OperationsModel", "Returned by a supervisor for corrections."),
        OperationStatus.APPROVED: QCoreApplication.translate(
            "OperationsModel", "Approved: final; corrections are recorded as amendments."),
        OperationStatus.VOIDED: QCoreApplication.translate(
            "OperationsModel", "Voided by an approved amendment: kept on record, never counted."),
    }.get(status, status)  # type: ignore[call-overload]


class _Entry:
    """A cached row, its display texts (built on first paint, dropped on a language change) and the cache
    epoch it was fetched in (an older epoch is shown but fetched again: the data may have changed)."""

    __slots__ = ("epoch", "row", "texts")

    def __init__(self, row: OperationRow | None, epoch: int) -> None:
        self.row = row  # None: the operation no longer exists
        self.epoch = epoch
        self.texts: tuple[str, ...] | None = None


def _packed(ids: list[int]) -> array[int]:
    """`ids` as an array('q'), built (and the list freed) in slices on the DB thread: one C loop over
    1,000,000 ints holds the GIL for ~50 ms, a visible stall of the GUI thread; between slices it runs."""
    out = array("q")
    for start in range(0, len(ids), PACK_SLICE):
        out.fromlist(ids[start:start + PACK_SLICE])
        time.sleep(0)  # releases the GIL
    while ids:
        del ids[-PACK_SLICE:]
        time.sleep(0)
    return out


class OperationsModel(QAbstractTableModel):
    sig_first_page_loaded = Signal(int)  # rows shown so far (the first page, ids and contents)
    sig_ids_loaded = Signal(int)  # the full number of matching operations
    sig_rows_fetched = Signal(int)  # a lazy fetch came back with this many rows
    sig_load_failed = Signal(object)  # the exception of a failed filter query

    def __init__(self, parent: Any = None, *, first_page: int = FIRST_PAGE, cache_size: int = CACHE_SIZE) -> None:
        super().__init__(parent)
        self._ids = array("q")
        self._filter: OperationFilter = OperationFilter()
        self._order: Order = Order()
        self._generation = 0  # bumped by every set_filter: older answers are discarded
        self._cancel = CancelToken()  # of the current generation's queries
        self._complete = False  # the full id list of the current generation is in
        self._started = False
        self._first_page = first_page
        self._cache: OrderedDict[int, _Entry] = OrderedDict()
        self._cache_size = cache_size
        self._epoch = 0  # bumped by refresh(): cached rows are fetched again when shown
        self._inflight: set[int] = set()
        self._fetching = False
        self._want_lo = self._want_hi = self._want_last = -1
        self._fetch_timer = QTimer(self, singleShot=True, interval=0)
        self._fetch_timer.timeout.connect(self._on_fetch_timer_timeout)
        self._zones: dict[str, QTimeZone] = {}
        self._zone_names: dict[str, str] = {}
        self._default_zone = QTimeZone(b"UTC")
        self._default_zone_name = "UTC"
        self._locale = QLocale()
        self._date_format = ""
        self._colors: dict[str, QColor] | None = None
        self.retranslate()

    # ---- what is shown ---------------------------------------------------------------------------------
    @property
    def filter(self) -> OperationFilter:
        return self._filter

    @property
    def order(self) -> Order:
        return self._order

    @property
    def complete(self) -> bool:
        """True once the full id list of the current filter is in (rowCount() is the total)."""
        return self._complete

    @property
    def generation(self) -> int:
        return self._generation

    def set_timezones(self, by_agency: dict[str, str], default: str | None = None) -> None:
        """Agency short name → IANA zone name for the start column; `default` for any other agency."""
        self._zone_names = dict(by_agency)
        self._zones = {short: QTimeZone(name.encode()) for short, name in by_agency.items()}
        if default:
            self._default_zone, self._default_zone_name = QTimeZone(default.encode()), default
        self._drop_texts()

    def retranslate(self) -> None:
        """After a language change: headers, vocabularies and the date format follow the new locale."""
        self._locale = QLocale()
        fmt = self._locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")  # two-digit years are ambiguous in a record
        self._date_format = f"{fmt} HH:mm"
        self._drop_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def restyle(self) -> None:
        """After a theme change: the status and violation colours come from the theme's tokens."""
        self._colors = None
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1),
                                  [Qt.ItemDataRole.ForegroundRole])

    def _drop_texts(self) -> None:
        for entry in self._cache.values():
            entry.texts = None
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    # ---- loading ---------------------------------------------------------------------------------------
    def set_filter(self, filter_: OperationFilter, order: Order | None = None, *, _keep_tail: bool = False) -> int:
        """Show the operations matching `filter_` in `order` (default: the current one). Returns the
        generation of this request."""
        self._filter = filter_
        if order is not None:
            self._order = order
        self._started = True
        self._generation += 1
        self._cancel.cancel()  # the previous filter's reads stop where they are (the DB thread is shared)
        self._cancel = cancel = CancelToken()
        self._complete = False
        self._want_lo = self._want_hi = self._want_last = -1
        generation, f, o, page = self._generation, self._filter, self._order, self._first_page

        def first_page(fo: FieldOps) -> tuple[array[int], list[OperationRow]] | None:
            if cancel.cancelled:
                return None  # a newer filter was asked for while this one waited for the DB thread
            ids = fo.operation_list.find_ids(f, o, limit=page, cancel=cancel)
            return array("q", ids), fo.operation_list.rows(ids)

        def all_ids(fo: FieldOps) -> array[int] | None:
            if cancel.cancelled:
                return None
            return _packed(fo.operation_list.find_ids(f, o, cancel=cancel))

        epoch = self._epoch
        (Query(None, first_page)
         .success(lambda r: self._on_first_page_loaded(generation, epoch, _keep_tail, r))
         .failure(lambda e: self._on_load_failed(generation, e)).run())
        (Query(None, all_ids)
         .success(lambda r: self._on_ids_loaded(generation, r))
         .failure(lambda e: self._on_load_failed(generation, e)).run())
        return generation

    def refresh(self) -> int:
        """Run the current filter again (data changed): the rows on screen stay until their new contents
        arrive, the position is kept when the list did not change around it."""
        self._epoch += 1
        return self.set_filter(self._filter, self._order, _keep_tail=True)

    def clear_cache(self) -> None:
        """Forget every fetched row (benchmarks measure cold fetches)."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def _on_first_page_loaded(self, generation: int, epoch: int, keep_tail: bool,
                              result: tuple[array[int], list[OperationRow]] | None) -> None:
        if result is None or generation != self._generation or not isValid(self):
            return  # an older filter's answer, or the list was closed meanwhile
        ids, rows = result
        self._store(ids, rows, epoch)
        n_page, n_old = len(ids), len(self._ids)
        if self._ids[:n_page] != ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif n_old > n_page and not (keep_tail and n_page == self._first_page):
            # Same first rows, fewer operations: drop the old tail (a refresh keeps it until the full list
            # is in, so the scroll position survives an edit).
            self.beginRemoveRows(QModelIndex(), n_page, n_old - 1)
            self._ids = ids
            self.endRemoveRows()
        if n_page:
            self.dataChanged.emit(self.index(0, 0), self.index(n_page - 1, len(Column) - 1))
        self.sig_first_page_loaded.emit(n_page)

    def _on_ids_loaded(self, generation: int, ids: array[int] | None) -> None:
        if ids is None or generation != self._generation or not isValid(self):
            return
        current = self._ids
        n_old, n_new = len(current), len(ids)
        if n_new >= n_old and ids[:n_old] == current:
            if n_new > n_old:
                self.beginInsertRows(QModelIndex(), n_old, n_new - 1)
                self._ids = ids
                self.endInsertRows()
        elif n_new == n_old:
            self._relayout(ids)
        else:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        self._complete = True
        self.sig_ids_loaded.emit(n_new)

    def _relayout(self, ids: array[int]) -> None:
        """Same number of rows in another order (a refresh after an edit moved rows): keep the selection
        on the same operations."""
        self.layoutAboutToBeChanged.emit()
        old = self._ids
        moves = []
        for index in self.persistentIndexList():
            rowid = old[index.row()] if 0 <= index.row() < len(old) else None
            try:
                row = ids.index(rowid) if rowid is not None else -1
            except ValueError:
                row = -1
            moves.append((index, self.index(row, index.column()) if row >= 0 else QModelIndex()))
        self._ids = ids
        for before, after in moves:
            self.changePersistentIndex(before, after)
        self.layoutChanged.emit()

    def _on_load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation and isValid(self):
            self.sig_load_failed.emit(exc)

    # ---- lazy rows ---------------------------------------------------------------------------------------
    def _store(self, rowids: Any, rows: list[OperationRow], epoch: int) -> None:
        cache = self._cache
        found = {r.rowid: r for r in rows}
        for rowid in rowids:
            row = found.get(rowid)
            entry = _Entry(row, epoch)
            cache[rowid] = entry
            cache.move_to_end(rowid)
        while len(cache) > self._cache_size:
            cache.popitem(last=False)

    def _want(self, row: int) -> None:
        if self._want_lo < 0 or row < self._want_lo:
            self._want_lo = row
        if row > self._want_hi:
            self._want_hi = row
        self._want_last = row
        if not self._fetching and not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _on_fetch_timer_timeout(self) -> None:
        if self._fetching or self._want_last < 0:
            return
        lo, hi, last = self._want_lo, self._want_hi, self._want_last
        self._want_lo = self._want_hi = self._want_last = -1
        most = min(MAX_FETCH, self._cache_size // 2)  # a fetch never evicts its own rows
        if hi - lo >= most:  # requests piled up while scrolling fast: serve where the view is now
            lo = hi = last
        n = len(self._ids)
        start = max(0, lo - min(FETCH_BEHIND, most // 4))
        stop = min(n, max(hi + 1, start + min(FETCH_WINDOW, most)), start + most)
        epoch, cache, inflight = self._epoch, self._cache, self._inflight
        wanted = []
        for rowid in self._ids[start:stop]:
            entry = cache.get(rowid)
            if (entry is None or entry.epoch != epoch) and rowid not in inflight:
                wanted.append(rowid)
        if not wanted:
            return
        self._fetching = True
        inflight.update(wanted)
        ids = self._ids
        (Query(None, lambda fo: fo.operation_list.rows(wanted))
         .success(lambda rows: self._on_rows_fetched(wanted, rows, epoch, (ids, start, stop)))
         .failure(lambda exc: self._on_rows_failed(wanted, exc)).run())

    def _on_rows_fetched(self, rowids: list[int], rows: list[OperationRow], epoch: int,
                         span: tuple[array[int], int, int]) -> None:
        self._fetching = False
        self._inflight.difference_update(rowids)
        if not isValid(self):
            return
        self._store(rowids, rows, epoch)
        ids, start, stop = span
        if ids is not self._ids:  # the list changed meanwhile: the rows may be anywhere in it
            start, stop = 0, len(self._ids)
        if stop > start:
            self.dataChanged.emit(self.index(start, 0), self.index(stop - 1, len(Column) - 1))
        self.sig_rows_fetched.emit(len(rows))
        if self._want_last >= 0:
            self._fetch_timer.start()

    def _on_rows_failed(self, rowids: list[int], exc: BaseException) -> None:
        self._fetching = False
        self._inflight.difference_update(rowids)
        if isValid(self):
            self.sig_load_failed.emit(exc)

    # ---- lookups for views -------------------------------------------------------------------------------
    def rowid_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, rowid: int) -> int:
        """The row showing `rowid`, or -1."""
        try:
            return self._ids.index(rowid)
        except ValueError:
            return -1

    def row_data(self, row: int) -> OperationRow | None:
        rowid = self.rowid_at(row)
        entry = self._cache.get(rowid) if rowid is not None else None
        return entry.row if entry is not None else None

    def is_loaded(self, first: int, last: int) -> bool:
        """Whether rows first..last (inclusive, clipped) are cached for the current data."""
        cache, epoch = self._cache, self._epoch
        for rowid in self._ids[max(0, first):last + 1]:
            entry = cache.get(rowid)
            if entry is None or entry.epoch != epoch:
                return False
        return True

    # ---- Qt model ----------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == _DISPLAY:
            return header(Column(section))
        if role == _ALIGNMENT:
            return _RIGHT if section in _NUMERIC else _LEFT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        wanted = Order(SORT_KEYS[Column(column)], order == Qt.SortOrder.DescendingOrder)
        if wanted == self._order and self._started:
            return
        self.set_filter(self._filter, wanted)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role not in _HANDLED:
            return None
        row = index.row()
        ids = self._ids
        if not 0 <= row < len(ids):
            return None
        rowid = ids[row]
        entry = self._cache.get(rowid)
        if entry is None or entry.epoch != self._epoch:
            if rowid not in self._inflight:
                self._want(row)
            if entry is None:
                if role == _DISPLAY:
                    return PLACEHOLDER
                if role == _ALIGNMENT:
                    return _RIGHT if index.column() in _NUMERIC else _LEFT
                if role == _FOREGROUND:
                    return self._color("muted")
                return None
        column = index.column()
        if role == _DISPLAY:
            texts = entry.texts
            if texts is None:
                texts = entry.texts = self._texts(entry.row)
            return texts[column]
        if role == _ALIGNMENT:
            return _RIGHT if column in _NUMERIC else _LEFT
        op = entry.row
        if op is None:
            return None
        if role == _FOREGROUND:
            if column == _STATUS_COLUMN:
                return self._color(op.status)
            if column == _VIOLATIONS_COLUMN and op.violation_count > 0:
                return self._color("danger")
            return None
        if role == _ID:
            return op.id
        if role == _ROW:
            return op
        return self._tooltip(op, column)  # _TOOLTIP

    # ---- presentation ------------------------------------------------------------------------------------
    def _texts(self, op: OperationRow | None) -> tuple[str, ...]:
        if op is None:  # deleted since the list was loaded
            return ("–",) + ("",) * (len(Column) - 1)
        zone = self._zones.get(op.agency_short, self._default_zone)
        start = QDateTime.fromSecsSinceEpoch(int(op.start_at.timestamp()), zone)
        return (op.number, self._locale.toString(start, self._date_format), operation_type(op.type),
                operation_status(op.status), op.agency_short, op.lead_name, op.area_name, str(op.check_count),
                str(op.violation_count))

    def _tooltip(self, op: OperationRow, column: int) -> str | None:
        if column == _STATUS_COLUMN:
            return status_hint(op.status)
        if column in _NUMERIC:
            text = QCoreApplication.translate("OperationsModel", "Checks: %1 · with a violation: %2")
            return text.replace("%1", str(op.check_count)).replace("%2", str(op.violation_count))
        if column == _START_COLUMN:
            zone = self._zone_names.get(op.agency_short, self._default_zone_name)
            return QCoreApplication.translate("OperationsModel", "Local time of the agency (%1)").replace("%1", zone)
        return None

    def _color(self, key: str) -> QColor:
        colors = self._colors
        if colors is None:
            t = theme.current()
            colors = self._colors = {
                "muted": QColor(t.muted), "danger": QColor(t.danger),
                OperationStatus.DRAFT.value: QColor(t.muted), OperationStatus.SUBMITTED.value: QColor(t.accent),
                OperationStatus.RETURNED.value: QColor(t.warning), OperationStatus.APPROVED.value: QColor(t.success),
            }
        return colors.get(key) or colors["muted"]
