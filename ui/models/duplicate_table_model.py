"""The likely duplicate pairs (`shopcrm.duplicates.likely_duplicates`), one pair a row."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from shopcrm.duplicates import DuplicateCard, DuplicatePair
from shopcrm.formatting import format_iso_date
from ui.consultation import consultation_mode, shown_phone
from ui.i18n import word
from ui.signals import emit

ModelIndex = QModelIndex | QPersistentModelIndex


class DuplicateColumn(IntEnum):
    OLDER = 0
    NEWER = 1
    WHY = 2


class DuplicateTableModel(QAbstractTableModel):
    """A read-only list of pairs: the older card, the newer card, and why they look alike."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pairs: list[DuplicatePair] = []
        consultation_mode().changed.connect(self._redraw)

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self.endResetModel()

    def pair(self, row: int) -> DuplicatePair:
        return self._pairs[row]

    def _redraw(self) -> None:
        if self._pairs:
            last = self.index(len(self._pairs) - 1, len(DuplicateColumn) - 1)
            emit(self.dataChanged, self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(DuplicateColumn)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pairs):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        pair = self._pairs[index.row()]
        column = DuplicateColumn(index.column())
        if column == DuplicateColumn.WHY:
            return ", ".join(word("duplicate_reason", reason) for reason in pair.reasons)
        return card_line(pair.older if column == DuplicateColumn.OLDER else pair.newer)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {
            DuplicateColumn.OLDER: self.tr("Older card"),
            DuplicateColumn.NEWER: self.tr("Newer card"),
            DuplicateColumn.WHY: self.tr("Why"),
        }
        return titles.get(DuplicateColumn(section)) if 0 <= section < len(DuplicateColumn) else None


def card_line(card: DuplicateCard) -> str:
    """`김민수 (12) · 010-1234-5678 · 2026-11-02`: name, number, phone, day the card was made."""
    parts = [f"{card.name} ({card.customer_no})"]
    if card.phone:
        phone = shown_phone(card.phone)
    else:  # a number typed but unreadable may still be hers: hidden in consultation mode
        phone = "" if consultation_mode().is_on() else (card.phone_entered or "")
    if phone:
        parts.append(phone)
    parts.append(format_iso_date(card.created_at.date()))
    return " · ".join(parts)
