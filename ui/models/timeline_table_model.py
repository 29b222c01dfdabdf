"""A customer's timeline, newest first: entries fetched from the core a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from shopcrm.formatting import format_points, format_won
from shopcrm.timeline import TimelineEntry, timeline_count, timeline_page
from ui.i18n import interface_language, word

ModelIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
MAX_CACHED_PAGES = 20


class TimelineColumn(IntEnum):
    WHEN = 0
    KIND = 1
    SUMMARY = 2
    AMOUNT = 3
    POINTS = 4
    STAFF = 5


class TimelineTableModel(QAbstractTableModel):
    """Read-only; `data()` never queries per cell (one `timeline_page` per page of rows)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[TimelineEntry]] = OrderedDict()

    def show_customer(self, customer_id: int | None) -> None:
        """Show this customer's timeline (None: nobody's), read afresh."""
        self.beginResetModel()
        self.customer_id = customer_id
        self._count = timeline_count(customer_id) if customer_id is not None else 0
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.show_customer(self.customer_id)

    def entry(self, row: int) -> TimelineEntry | None:
        if self.customer_id is None or not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = timeline_page(
                self.customer_id,
                offset=number * PAGE_SIZE,
                limit=PAGE_SIZE,
                lang=interface_language(),
            )
            self._pages[number] = page
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(TimelineColumn)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        column = TimelineColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = column in (TimelineColumn.AMOUNT, TimelineColumn.POINTS)
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.note or entry.summary
        return _display_value(entry, column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {
            TimelineColumn.WHEN: self.tr("Date"),
            TimelineColumn.KIND: self.tr("What"),
            TimelineColumn.SUMMARY: self.tr("Details"),
            TimelineColumn.AMOUNT: self.tr("Amount"),
            TimelineColumn.POINTS: self.tr("Points"),
            TimelineColumn.STAFF: self.tr("Staff"),
        }
        return titles.get(TimelineColumn(section)) if 0 <= section < len(TimelineColumn) else None


def _display_value(entry: TimelineEntry, column: TimelineColumn) -> str:
    lang = interface_language()
    if column == TimelineColumn.WHEN:
        return entry.at.date().isoformat()
    if column == TimelineColumn.KIND:
        return word("timeline_kind", entry.kind)
    if column == TimelineColumn.SUMMARY:
        return entry.summary
    if column == TimelineColumn.AMOUNT:
        return "" if entry.amount is None else format_won(entry.amount, lang=lang)
    if column == TimelineColumn.POINTS:
        return "" if not entry.points else format_points(entry.points, lang=lang)
    return entry.staff_name or ""
