"""UsersModel without a view: shape, headers, display/sort/row roles, resets, and Qt's model tester."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester

from fieldops.dto import UserDTO
from fieldops.models.enums import Role
from ui import theme
from ui.models.users import ROW_ROLE, SORT_ROLE, Column, UsersModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def user(n: int, full_name: str, *, roles: tuple[Role, ...] = (Role.OFFICER,), active: bool = True,
         local_login: bool = True, badge: str | None = None) -> UserDTO:
    return UserDTO(id=f"u{n}", username=f"user{n}", full_name=full_name, badge_no=badge, agency_id="a1",
                   agency_short="VP Kurzeme", roles=frozenset(roles), active=active, local_login=local_login,
                   version=1)


ROWS = [
    user(1, "bruno Liepa", roles=(Role.ADMINISTRATOR, Role.OFFICER), badge="B1"),
    user(2, "Andris Bērziņš", active=False, local_login=False),
    user(3, "Zane Ozola", roles=(Role.SUPERVISOR, Role.EQUIPMENT_MANAGER), badge="B3"),
]


@pytest.fixture
def model() -> UsersModel:
    m = UsersModel()
    m.set_rows(ROWS)
    return m


@pytest.fixture
def tester_failures(qtlog: Any) -> Iterator[None]:
    """QAbstractItemModelTester in Warning mode reports each failed check as a Qt warning: none allowed."""
    yield
    failures = [r.message for r in qtlog.records if "FAIL" in r.message or "QAbstractItemModelTester" in r.message]
    assert failures == []


def text(model: UsersModel, row: int, column: Column, role: int = DISPLAY) -> Any:
    return model.data(model.index(row, column), role)


def test_shape(model: UsersModel) -> None:
    assert model.rowCount() == 3
    assert model.columnCount() == len(Column) == 7
    child_parent = model.index(0, 0)
    assert model.rowCount(child_parent) == 0 and model.columnCount(child_parent) == 0, "a table, not a tree"
    assert not model.index(3, 0).isValid() and not model.index(0, 7).isValid()


def test_empty_model() -> None:
    m = UsersModel()
    assert m.rowCount() == 0 and m.columnCount() == 7
    assert m.data(QModelIndex()) is None


def test_header_data(model: UsersModel) -> None:
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in Column]
    assert headers == ["Name", "User name", "Badge no.", "Agency", "Roles", "Login on this laptop", "Status"]
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_display_role(model: UsersModel) -> None:
    assert [text(model, 0, c) for c in Column] == [
        "bruno Liepa", "user1", "B1", "VP Kurzeme", "Patrol officer, Administrator", "Yes", "Active"]
    assert [text(model, 1, c) for c in Column] == [
        "Andris Bērziņš", "user2", "", "VP Kurzeme", "Patrol officer", "–", "Deactivated"]
    assert text(model, 2, Column.ROLES) == "Equipment manager, Supervisor", "roles in the fixed role order"


def test_sort_role(model: UsersModel) -> None:
    assert text(model, 0, Column.NAME, SORT_ROLE) == "bruno liepa"
    assert text(model, 1, Column.NAME, SORT_ROLE) == "andris bērziņš"
    assert text(model, 0, Column.USERNAME, SORT_ROLE) == "user1"
    assert text(model, 1, Column.BADGE, SORT_ROLE) == ""


def test_row_role_returns_the_dto_in_every_column(model: UsersModel) -> None:
    for column in Column:
        assert text(model, 1, column, ROW_ROLE) is ROWS[1]
    assert model.user_at(2) is ROWS[2]


def test_inactive_rows_are_muted(model: UsersModel) -> None:
    assert text(model, 0, Column.NAME, Qt.ItemDataRole.ForegroundRole) is None
    colour = text(model, 1, Column.NAME, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor) and colour == QColor(theme.current().muted)


def test_invalid_index_and_unknown_role(model: UsersModel) -> None:
    assert model.data(QModelIndex(), DISPLAY) is None
    assert text(model, 0, Column.NAME, Qt.ItemDataRole.DecorationRole) is None


def test_set_rows_resets_the_model(qtbot: Any, model: UsersModel) -> None:
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=1000):
        model.set_rows([ROWS[2]])
    assert model.rowCount() == 1 and text(model, 0, Column.USERNAME) == "user3"
    rows = [ROWS[0]]
    model.set_rows(rows)
    rows.append(ROWS[1])
    assert model.rowCount() == 1, "the model keeps its own copy of the rows"
    model.set_rows([])
    assert model.rowCount() == 0


def test_proxy_sorts_names_case_insensitively_with_sort_role(model: UsersModel) -> None:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME)

    def names() -> list[str]:
        return [proxy.data(proxy.index(r, Column.NAME)) for r in range(proxy.rowCount())]

    assert names() == ["Andris Bērziņš", "Zane Ozola", "bruno Liepa"], "display text sorts by case"
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.NAME)
    assert names() == ["Andris Bērziņš", "bruno Liepa", "Zane Ozola"]
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names()[0] == "Zane Ozola"


def test_qt_model_tester_finds_nothing(qtbot: Any, tester_failures: None) -> None:
    m = UsersModel()
    tester = QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Warning)
    m.set_rows(ROWS)
    m.set_rows(ROWS[1:])  # the first row is inactive: the tester checks ForegroundRole at (0, 0)
    m.set_rows([])
    m.set_rows(ROWS)
    del tester


def test_qt_model_tester_through_a_sorting_proxy(qtbot: Any, tester_failures: None) -> None:
    m = UsersModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(m)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.sort(Column.NAME)
    tester = QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Warning)
    m.set_rows(ROWS)
    proxy.setFilterFixedString("user2")
    assert proxy.rowCount() == 1
    proxy.setFilterFixedString("")
    m.set_rows(list(reversed(ROWS)))
    assert proxy.data(proxy.index(0, Column.NAME)) == "Andris Bērziņš"
    del tester


def test_pytest_qt_model_tester(qtmodeltester: Any, model: UsersModel) -> None:
    qtmodeltester.check(model, force_py=False)
