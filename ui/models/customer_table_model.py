"""The customer list: ordered ids from `shopcrm.search`, rows fetched a page at a time."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from shopcrm.formatting import format_iso_date, format_points, format_won
from shopcrm.ladder import GRADES, STAGES
from shopcrm.search import (
    NO_FILTER,
    CustomerFilter,
    CustomerRow,
    fetch_customer_rows,
    search_customer_ids,
)
from ui.consultation import consultation_mode, shown_amount, shown_phone
from ui.i18n import interface_language
from ui.labels import grade_label, stage_label
from ui.signals import emit

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    PHONE = 2
    STAGE = 3
    GRADE = 4
    TOTAL = 5
    POINTS = 6
    LAST_VISIT = 7


def column_samples() -> dict[int, list[str]]:
    """The widest texts each column may show in the interface's language (for its width)."""
    lang = interface_language()
    return {
        Column.NUMBER: ["999999"],
        Column.NAME: ["김수한무거북이"],
        Column.PHONE: ["010-0000-0000", "0000-000-0000"],
        Column.STAGE: [stage_label(stage) for stage in STAGES],
        Column.GRADE: [grade_label(grade) for grade in GRADES],
        Column.TOTAL: [format_won(99_999_999, lang=lang)],
        Column.POINTS: [format_points(9_999_999, lang=lang)],
        Column.LAST_VISIT: ["2026-12-31"],
    }


SORT_KEYS = {
    Column.NUMBER: "customer_no",
    Column.NAME: "name",
    Column.STAGE: "stage",
    Column.GRADE: "grade",
    Column.TOTAL: "total_spent",
    Column.POINTS: "points",
    Column.LAST_VISIT: "last_visit",
}

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 200
MAX_CACHED_PAGES = 20


class CustomerTableModel(QAbstractTableModel):
    """A read-only table of customers; `data()` never queries per cell.

    The search text and the filters beside it go to the core's query together; phones and
    amounts are drawn as the consultation mode allows (redrawn when it is switched).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], dt.date] = dt.date.today
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[CustomerRow]] = OrderedDict()
        self._query = ""
        self._filters = NO_FILTER
        self._sort = "name"
        self._descending = False
        consultation_mode().changed.connect(self._redraw)

    # --- searching ------------------------------------------------------------------------

    def search(self, query: str) -> None:
        """Show the customers matching `query` (empty: everybody)."""
        self._query = query
        self.refresh()

    def set_filters(self, filters: CustomerFilter) -> None:
        """Show only the customers these filters let through (with the search text)."""
        self._filters = filters
        self.refresh()

    def filters(self) -> CustomerFilter:
        return self._filters

    def refresh(self) -> None:
        """Run the current search again (after a change to the data)."""
        self.beginResetModel()
        self._ids = search_customer_ids(
            self._query,
            sort=self._sort,
            descending=self._descending,
            filters=self._filters,
            today=self.today(),
        )
        self._pages.clear()
        self.endResetModel()

    def _redraw(self) -> None:
        """The consultation mode was switched: the same rows, drawn again."""
        if self._ids:
            last = self.index(len(self._ids) - 1, len(Column) - 1)
            emit(self.dataChanged, self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def customer_id(self, row: int) -> int:
        return self._ids[row]

    def name_of(self, customer_id: int) -> str:
        """Her name as the list shows it ("" when she is not listed)."""
        row = self.row_of(customer_id)
        customer = self._row(row) if row is not None else None
        return customer.name if customer is not None else ""

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def _row(self, row: int) -> CustomerRow | None:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            page = fetch_customer_rows(self._ids[start : start + PAGE_SIZE])
            self._pages[page_number] = page
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.TextAlignmentRole):
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = column in (Column.NUMBER, Column.TOTAL, Column.POINTS)
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        customer = self._row(index.row())
        if customer is None:
            return None
        if role == SORT_ROLE:
            return _raw_value(customer, column)
        return _display_value(customer, column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {
            Column.NUMBER: self.tr("No."),
            Column.NAME: self.tr("Name"),
            Column.PHONE: self.tr("Phone"),
            Column.STAGE: self.tr("Stage"),
            Column.GRADE: self.tr("Grade"),
            Column.TOTAL: self.tr("Total spent"),
            Column.POINTS: self.tr("Points"),
            Column.LAST_VISIT: self.tr("Last visit"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column))
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


def _raw_value(customer: CustomerRow, column: Column) -> Any:
    return {
        Column.NUMBER: customer.customer_no,
        Column.NAME: customer.name,
        Column.PHONE: customer.phone or "",
        Column.STAGE: customer.stage,
        Column.GRADE: customer.grade,
        Column.TOTAL: customer.total_spent,
        Column.POINTS: customer.points,
        Column.LAST_VISIT: customer.last_visit_on.isoformat() if customer.last_visit_on else "",
    }[column]


def _display_value(customer: CustomerRow, column: Column) -> str:
    if column == Column.NUMBER:
        return str(customer.customer_no)
    if column == Column.NAME:
        return customer.name
    if column == Column.PHONE:
        return shown_phone(customer.phone)
    if column == Column.STAGE:
        return stage_label(customer.stage)
    if column == Column.GRADE:
        return grade_label(customer.grade)
    if column == Column.TOTAL:
        return shown_amount(format_won(customer.total_spent, lang=interface_language()))
    if column == Column.POINTS:
        return shown_amount(format_points(customer.points, lang=interface_language()))
    return format_iso_date(customer.last_visit_on)
