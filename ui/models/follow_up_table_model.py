"""Complaint follow-ups due (the calendar page and the morning reminder): who, when, why."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from shopcrm.complaints import FollowUpDue
from shopcrm.formatting import format_iso_date
from shopcrm.phones import format_phone
from ui.i18n import word
from ui.models.complaint_table_model import OVERDUE_COLOUR

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The complaint's id."""


class FollowUpColumn(IntEnum):
    DATE = 0
    NAME = 1
    CATEGORY = 2
    RECEIVED = 3
    PHONE = 4


class FollowUpTableModel(QAbstractTableModel):
    """A read-only list of follow-ups due; overdue ones highlighted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpDue] = []

    def set_follow_ups(self, rows: list[FollowUpDue]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def follow_up(self, row: int) -> FollowUpDue:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(FollowUpColumn)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        due = self._rows[index.row()]
        column = FollowUpColumn(index.column())
        if role == ID_ROLE:
            return due.complaint_id
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                FollowUpColumn.DATE: format_iso_date(due.follow_up_on),
                FollowUpColumn.NAME: f"{due.name} ({due.customer_no})",
                FollowUpColumn.CATEGORY: word("complaint_category", due.category),
                FollowUpColumn.RECEIVED: format_iso_date(due.received_on),
                FollowUpColumn.PHONE: format_phone(due.phone) if due.phone else "",
            }[column]
        if role == Qt.ItemDataRole.BackgroundRole and due.overdue:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and due.overdue:
            return self.tr("The follow-up date has passed")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {
            FollowUpColumn.DATE: self.tr("Follow up on"),
            FollowUpColumn.NAME: self.tr("Customer"),
            FollowUpColumn.CATEGORY: self.tr("Complaint"),
            FollowUpColumn.RECEIVED: self.tr("Received"),
            FollowUpColumn.PHONE: self.tr("Phone"),
        }
        return titles.get(FollowUpColumn(section)) if 0 <= section < len(FollowUpColumn) else None
