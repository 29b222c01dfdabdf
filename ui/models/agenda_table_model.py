"""Agenda entries (birthdays and anniversaries) as a table: a day, a week, a month."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shopcrm.agenda import FOLLOWUP, AgendaEntry
from shopcrm.formatting import format_anniversary
from ui.consultation import consultation_mode, shown_phone
from ui.i18n import interface_language, word
from ui.labels import age_label, anniversary_kind_label
from ui.signals import emit

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The customer's id."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A raw value to sort by."""
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 3
"""The whole `AgendaEntry`."""


class Column(IntEnum):
    DATE = 0
    NAME = 1
    KIND = 2
    ORIGINAL = 3
    AGE = 4
    GREETED = 5
    CONSENT = 6
    PHONE = 7


def column_samples() -> dict[int, list[str]]:
    """Wide texts each column often shows, in the interface's language (its first width).

    Rarer long texts (a leap month, a custom label, a long name) widen the column when shown.
    """
    lang = interface_language()
    weekdays = [QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
    return {
        Column.DATE: [f"12/30 ({weekday})" for weekday in weekdays],
        Column.KIND: [anniversary_kind_label(kind) for kind in ("birthday", "wedding")],
        Column.ORIGINAL: [
            format_anniversary(month, 30, 2050, True, False, lang=lang) for month in range(1, 13)
        ],
        Column.AGE: [age_label("birthday", 100), age_label("wedding", 100)],
        Column.GREETED: [greeted_label(True)],
        Column.CONSENT: [consent_label(True), consent_label(False)],
        Column.PHONE: ["010-0000-0000", "0000-000-0000"],
    }


def greeted_label(greeted: bool) -> str:
    return QCoreApplication.translate("agenda", "Done") if greeted else ""


def consent_label(agreed: bool) -> str:
    return QCoreApplication.translate("agenda", "Yes") if agreed else "—"


def original_date_label(entry: AgendaEntry) -> str:
    """The date as stored, with the lunar and leap-month markers: (음, 윤) 2020년 4월 8일."""
    return format_anniversary(
        entry.month,
        entry.day,
        entry.year,
        entry.is_lunar,
        entry.is_leap_month,
        lang=interface_language(),
    )


def what_label(entry: AgendaEntry) -> str:
    """The kind, or the label of a custom date."""
    if entry.kind == "custom" and entry.label:
        return entry.label
    if entry.kind == FOLLOWUP:  # a complaint's follow-up (the morning reminder lists them)
        return word("agenda_kind", entry.kind)
    return anniversary_kind_label(entry.kind)


class AgendaTableModel(QAbstractTableModel):
    """A read-only list of agenda entries; the page gives it the entries to show."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[AgendaEntry] = []
        consultation_mode().changed.connect(self._redraw)

    def _redraw(self) -> None:
        """The consultation mode was switched: the phones drawn again (masked or whole)."""
        if self._entries:
            last = self.index(len(self._entries) - 1, len(Column) - 1)
            emit(self.dataChanged, self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def set_entries(self, entries: list[AgendaEntry]) -> None:
        """Show these entries (a new list: the model resets)."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> AgendaEntry:
        return self._entries[row]

    def entries(self) -> list[AgendaEntry]:
        return list(self._entries)

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role == ID_ROLE:
            return entry.customer_id
        if role == ENTRY_ROLE:
            return entry
        if role == SORT_ROLE:
            return _raw_value(entry, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display_value(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME and entry.label:
            return entry.label
        if role == Qt.ItemDataRole.TextAlignmentRole:
            centred = column in (Column.GREETED, Column.CONSENT, Column.AGE)
            horizontal = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {
            Column.DATE: self.tr("Date"),
            Column.NAME: self.tr("Customer"),
            Column.KIND: self.tr("Occasion"),
            Column.ORIGINAL: self.tr("Original date"),
            Column.AGE: self.tr("Age / years"),
            Column.GREETED: self.tr("Greeted"),
            Column.CONSENT: self.tr("Consent"),
            Column.PHONE: self.tr("Phone"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None


def _raw_value(entry: AgendaEntry, column: Column) -> Any:
    return {
        Column.DATE: entry.date.isoformat(),
        Column.NAME: entry.name,
        Column.KIND: entry.kind,
        Column.ORIGINAL: (entry.year or 0, entry.month, entry.day),
        Column.AGE: -1 if entry.age is None else entry.age,
        Column.GREETED: int(entry.greeted),
        Column.CONSENT: int(entry.marketing_consent),
        Column.PHONE: entry.phone or "",
    }[column]


def _display_value(entry: AgendaEntry, column: Column) -> str:
    if column == Column.DATE:
        weekday = QLocale().dayName(entry.date.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{entry.date.month}/{entry.date.day} ({weekday})"
    if column == Column.NAME:
        return entry.name
    if column == Column.KIND:
        return what_label(entry)
    if column == Column.ORIGINAL:
        return original_date_label(entry)
    if column == Column.AGE:
        return age_label(entry.kind, entry.age)
    if column == Column.GREETED:
        return greeted_label(entry.greeted)
    if column == Column.CONSENT:
        return consent_label(entry.marketing_consent)
    return shown_phone(entry.phone)
