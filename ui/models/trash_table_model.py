"""The customers in the trash (`shopcrm.trash.trashed_customers`), newest deletion first."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from shopcrm.formatting import format_iso_date
from shopcrm.trash import TrashedCustomer
from ui.consultation import consultation_mode, shown_phone
from ui.signals import emit

ModelIndex = QModelIndex | QPersistentModelIndex


class TrashColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    PHONE = 2
    DELETED_ON = 3
    REASON = 4


class TrashTableModel(QAbstractTableModel):
    """A read-only list of trashed customers; phones drawn as the consultation mode allows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._customers: list[TrashedCustomer] = []
        consultation_mode().changed.connect(self._redraw)

    def set_customers(self, customers: list[TrashedCustomer]) -> None:
        self.beginResetModel()
        self._customers = list(customers)
        self.endResetModel()

    def customer(self, row: int) -> TrashedCustomer:
        return self._customers[row]

    def row_of(self, customer_id: int) -> int | None:
        for row, customer in enumerate(self._customers):
            if customer.id == customer_id:
                return row
        return None

    def _redraw(self) -> None:
        if self._customers:
            last = self.index(len(self._customers) - 1, len(TrashColumn) - 1)
            emit(self.dataChanged, self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._customers)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(TrashColumn)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._customers):
            return None
        column = TrashColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if column == TrashColumn.NUMBER
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        customer = self._customers[index.row()]
        if column == TrashColumn.NUMBER:
            return str(customer.customer_no)
        if column == TrashColumn.NAME:
            return customer.name
        if column == TrashColumn.PHONE:
            return shown_phone(customer.phone)
        if column == TrashColumn.DELETED_ON:
            return format_iso_date(customer.deleted_at.date())
        return customer.reason or ""

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {
            TrashColumn.NUMBER: self.tr("No."),
            TrashColumn.NAME: self.tr("Name"),
            TrashColumn.PHONE: self.tr("Phone"),
            TrashColumn.DELETED_ON: self.tr("Deleted on"),
            TrashColumn.REASON: self.tr("Reason"),
        }
        return titles.get(TrashColumn(section)) if 0 <= section < len(TrashColumn) else None
