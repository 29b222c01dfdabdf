"""The complaints page's table: one row per complaint, overdue follow-ups highlighted."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from shopcrm.complaints import ComplaintSummary
from shopcrm.formatting import format_iso_date, format_points, format_won
from ui.i18n import interface_language, word

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The complaint's id."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A raw value to sort by."""
OVERDUE_COLOUR = QColor("#fde2e1")


class Column(IntEnum):
    RECEIVED = 0
    CUSTOMER = 1
    CATEGORY = 2
    SEVERITY = 3
    STATE = 4
    COMPENSATION = 5
    FOLLOW_UP = 6
    SATISFACTION = 7
    CAME_BACK = 8
    STAFF = 9


class ComplaintTableModel(QAbstractTableModel):
    """A read-only list of complaint summaries; the page gives it the rows to show."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ComplaintSummary] = []

    def set_complaints(self, rows: list[ComplaintSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def complaint(self, row: int) -> ComplaintSummary:
        return self._rows[row]

    def row_of(self, complaint_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == complaint_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == ID_ROLE:
            return summary.id
        if role == SORT_ROLE:
            return _raw_value(summary, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display_value(summary, column)
        if role == Qt.ItemDataRole.BackgroundRole and summary.overdue:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and summary.overdue and column == Column.FOLLOW_UP:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and summary.overdue:
            return self.tr("The follow-up date has passed")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column in (Column.COMPENSATION, Column.SATISFACTION)
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {
            Column.RECEIVED: self.tr("Received"),
            Column.CUSTOMER: self.tr("Customer"),
            Column.CATEGORY: self.tr("Category"),
            Column.SEVERITY: self.tr("Severity"),
            Column.STATE: self.tr("State"),
            Column.COMPENSATION: self.tr("Compensation"),
            Column.FOLLOW_UP: self.tr("Follow-up"),
            Column.SATISFACTION: self.tr("Satisfaction"),
            Column.CAME_BACK: self.tr("Came back?"),
            Column.STAFF: self.tr("Served by"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None


def _raw_value(summary: ComplaintSummary, column: Column) -> Any:
    return {
        Column.RECEIVED: summary.received_at.isoformat(),
        Column.CUSTOMER: summary.customer_name,
        Column.CATEGORY: summary.category,
        Column.SEVERITY: summary.severity,
        Column.STATE: summary.state,
        Column.COMPENSATION: summary.compensation_won,
        Column.FOLLOW_UP: summary.follow_up_on.isoformat() if summary.follow_up_on else "",
        Column.SATISFACTION: summary.satisfaction or 0,
        Column.CAME_BACK: summary.came_back.status,
        Column.STAFF: summary.staff_name or "",
    }[column]


def _display_value(summary: ComplaintSummary, column: Column) -> str:
    lang = interface_language()
    if column == Column.RECEIVED:
        return format_iso_date(summary.received_at.date())
    if column == Column.CUSTOMER:
        return f"{summary.customer_name} ({summary.customer_no})"
    if column == Column.CATEGORY:
        return word("complaint_category", summary.category)
    if column == Column.SEVERITY:
        return word("complaint_severity", summary.severity)
    if column == Column.STATE:
        return word("complaint_state", summary.state)
    if column == Column.COMPENSATION:
        parts = []
        if summary.compensation_won:
            parts.append(format_won(summary.compensation_won, lang=lang))
        if summary.compensation_points:
            parts.append(format_points(summary.compensation_points, lang=lang))
        return " + ".join(parts)
    if column == Column.FOLLOW_UP:
        return format_iso_date(summary.follow_up_on) if summary.follow_up_on else ""
    if column == Column.SATISFACTION:
        return f"{summary.satisfaction}/5" if summary.satisfaction else ""
    if column == Column.CAME_BACK:
        status = summary.came_back.status
        return "" if status == "not_closed" else word("came_back_status", status)
    return summary.staff_name or ""
