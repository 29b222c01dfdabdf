"""The anniversary calendar: a month with a count on each day, the chosen day's list, and the
next 7 and 30 days. Lunar birthdays come already converted from the core's occurrence table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, QRect, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.agenda import (
    AgendaEntry,
    agenda,
    agenda_counts,
    customer_ids,
    record_greeting,
    unmark_greeting,
)
from shopcrm.errors import ShopCRMError
from shopcrm.formatting import format_date, format_month_day
from shopcrm.letters.recipients import recipients_from_agenda
from shopcrm.lunar import SUPPORTED_SOLAR_RANGE, solar_to_lunar
from ui import messages
from ui.dialogs.letters_dialog import LettersDialog
from ui.i18n import interface_language
from ui.models.agenda_table_model import AgendaTableModel, Column, column_samples
from ui.signals import emit
from ui.widgets.at_risk_panel import AtRiskPanel
from ui.widgets.columns import fit_columns

WEEK_DAYS = 7
MONTH_DAYS = 30
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), SUPPORTED_SOLAR_RANGE[1]
BADGE_COLOUR = QColor("#d9534f")


def python_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class EventCalendar(QCalendarWidget):
    """A month view that marks every day having entries with their number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[dt.date, int] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setMinimumDate(QDate(FIRST_DAY))
        self.setMaximumDate(QDate(LAST_DAY))
        self.setMinimumSize(350, 300)  # cells big enough for the day and its count

    def set_counts(self, counts: dict[dt.date, int]) -> None:
        self._counts = dict(counts)
        self.updateCells()

    def count_on(self, day: dt.date) -> int:
        """The number shown on a day (0 when the day is unmarked)."""
        return self._counts.get(day, 0)

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The days the month page can show (it spills into the months around it)."""
        first = dt.date(self.yearShown(), self.monthShown(), 1)
        start = max(first - dt.timedelta(days=7), FIRST_DAY)
        end = min(first + dt.timedelta(days=31 + 14), LAST_DAY)
        return start, end

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:  # noqa: N802
        super().paintCell(painter, rect, date)
        count = self._counts.get(python_date(date))
        if not count:
            return
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        font.setBold(True)
        painter.setFont(font)
        text = str(count) if count < 100 else "99+"
        height = painter.fontMetrics().height() + 2
        width = max(height, painter.fontMetrics().horizontalAdvance(text) + 8)
        badge = QRect(rect.right() - width - 2, rect.top() + 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_COLOUR)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


def _agenda_view(model: AgendaTableModel, hide_date: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setColumnHidden(Column.DATE, hide_date)
    fit_columns(view, column_samples(), shrink=True)
    model.modelReset.connect(lambda: fit_columns(view))  # a long name widens its column
    return view


class CalendarPage(QWidget):
    """The month, the chosen day and the coming weeks; open a card or record a greeting.

    Signals:
        customer_open_requested(int): open this customer's card (the window shows it).
    """

    customer_open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.calendar = EventCalendar()
        self.today_button = QPushButton(self.tr("Today"))
        self.today_label = QLabel()
        self.today_label.setObjectName("calendar_today")
        self.day_model = AgendaTableModel(self)
        self.week_model = AgendaTableModel(self)
        self.month_model = AgendaTableModel(self)
        self.day_view = _agenda_view(self.day_model, hide_date=True)
        self.week_view = _agenda_view(self.week_model)
        self.month_view = _agenda_view(self.month_model)
        self.tabs = QTabWidget()
        for view in (self.day_view, self.week_view, self.month_view):
            self.tabs.addTab(view, "")
        self.open_button = QPushButton(self.tr("Open customer card"))
        self.greet_button = QPushButton(self.tr("Mark as greeted"))
        self.greet_button.setToolTip(
            self.tr("Record that the selected customers were congratulated for this occasion")
        )
        self.channel_combo = QComboBox()
        self.channel_combo.setToolTip(self.tr("How she was greeted"))
        for channel, words in (
            ("message", self.tr("by message")),
            ("call", self.tr("by phone")),
            ("card", self.tr("with a card")),
            ("in_person", self.tr("in person")),
        ):
            self.channel_combo.addItem(words, channel)
        self.unmark_button = QPushButton(self.tr("Not greeted after all"))
        self.unmark_button.setToolTip(
            self.tr("Un-mark the selected greetings (and the letters logged for them)")
        )
        self.letters_button = QPushButton(self.tr("Print letters…"))
        self.letters_button.setToolTip(
            self.tr("Letters, cards and address labels for the selected customers")
        )
        self.at_risk_panel = AtRiskPanel()
        self.at_risk_panel.customer_chosen.connect(self._open_customer)
        self._build_layout()
        # Nothing is read until the page is shown (`refresh`): a new shop opens on another page.
        self.calendar.setCurrentPage(self.today.year, self.today.month)
        self.calendar.setSelectedDate(QDate(self.today))
        self.calendar.currentPageChanged.connect(lambda _year, _month: self.refresh_counts())
        self.calendar.selectionChanged.connect(self.refresh_day)
        self.today_button.clicked.connect(self.go_to_today)
        self.open_button.clicked.connect(self.open_selected_customer)
        self.greet_button.clicked.connect(self.greet_selected)
        self.unmark_button.clicked.connect(self.unmark_selected)
        self.letters_button.clicked.connect(self.print_letters)
        self.tabs.currentChanged.connect(lambda _index: self._update_buttons())
        for view in (self.day_view, self.week_view, self.month_view):
            view.doubleClicked.connect(self._open_from_index)
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addWidget(self.today_button, alignment=Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.at_risk_panel, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.greet_button)
        buttons.addWidget(self.channel_combo)
        buttons.addWidget(self.unmark_button)
        buttons.addWidget(self.letters_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.today_label)
        right.addWidget(self.tabs, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)

    # --- what is shown --------------------------------------------------------------------

    def set_today(self, today: dt.date) -> None:
        """Use another day as today (tests, or a long-running window after midnight)."""
        self.today = today
        self.go_to_today()

    def go_to_today(self) -> None:
        """Turn to this month, choose today, and read everything again."""
        blocker = QSignalBlocker(self.calendar)
        self.calendar.setCurrentPage(self.today.year, self.today.month)
        self.calendar.setSelectedDate(QDate(self.today))
        blocker.unblock()
        self.refresh()

    def show_month(self, year: int, month: int) -> None:
        """Turn the calendar to a month."""
        self.calendar.setCurrentPage(year, month)

    def select_day(self, day: dt.date) -> None:
        """Choose a day: the calendar turns to its month and the day's list shows it."""
        self.calendar.setSelectedDate(QDate(day))

    def selected_day(self) -> dt.date:
        return python_date(self.calendar.selectedDate())

    def refresh(self) -> None:
        """Read everything again (after a change to the data)."""
        lang = interface_language()
        lunar = solar_to_lunar(self.today)
        self.today_label.setText(
            self.tr("Today is {date} (lunar {lunar})").format(
                date=format_date(self.today, lang=lang),
                lunar=format_month_day(lunar.month, lunar.day, lang=lang),
            )
        )
        self.refresh_counts()
        self.refresh_day()
        week = self._load(self.today, self.today + dt.timedelta(days=WEEK_DAYS - 1))
        month = self._load(self.today, self.today + dt.timedelta(days=MONTH_DAYS - 1))
        self.week_model.set_entries(week)
        self.month_model.set_entries(month)
        self.tabs.setTabText(1, self.tr("Next 7 days ({count})").format(count=len(week)))
        self.tabs.setTabText(2, self.tr("Next 30 days ({count})").format(count=len(month)))
        self.at_risk_panel.refresh(self.today)
        self._update_buttons()

    def refresh_counts(self) -> None:
        start, end = self.calendar.visible_range()
        try:
            counts = agenda_counts(start, end)
        except ShopCRMError as error:
            messages.show_error(self, error)
            counts = {}
        self.calendar.set_counts(counts)

    def refresh_day(self) -> None:
        day = self.selected_day()
        entries = self._load(day, day)
        self.day_model.set_entries(entries)
        shown = format_month_day(day.month, day.day, lang=interface_language())
        self.tabs.setTabText(0, self.tr("{date} ({count})").format(date=shown, count=len(entries)))
        self._update_buttons()

    def _load(self, start: dt.date, end: dt.date) -> list[AgendaEntry]:
        try:
            return agenda(start, min(end, LAST_DAY))
        except ShopCRMError as error:
            messages.show_error(self, error)
            return []

    # --- selection and actions ------------------------------------------------------------

    def current_view(self) -> QTableView:
        view = self.tabs.currentWidget()
        assert isinstance(view, QTableView)
        return view

    def selected_entries(self) -> list[AgendaEntry]:
        """The entries selected in the list on screen, in list order."""
        view = self.current_view()
        model = view.model()
        assert isinstance(model, AgendaTableModel)
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
        return [model.entry(row) for row in rows]

    def selected_customer_ids(self) -> list[int]:
        """The customers of the selected entries, each once (for a letters batch)."""
        return customer_ids(self.selected_entries())

    def _update_buttons(self) -> None:
        chosen = self.selected_entries()
        self.open_button.setEnabled(len(chosen) == 1)
        self.greet_button.setEnabled(any(not entry.greeted for entry in chosen))
        self.unmark_button.setEnabled(any(entry.greeted for entry in chosen))
        self.letters_button.setEnabled(bool(chosen))

    def _open_from_index(self, index: QModelIndex) -> None:
        model = index.model()
        if isinstance(model, AgendaTableModel):
            self._open_customer(model.entry(index.row()).customer_id)

    def open_selected_customer(self) -> None:
        chosen = self.selected_entries()
        if chosen:
            self._open_customer(chosen[0].customer_id)

    def _open_customer(self, customer_id: int) -> None:
        emit(self.customer_open_requested, customer_id)

    def print_letters(self) -> None:
        """Letters for the selected entries' customers, each naming the occasion chosen."""
        chosen = self.selected_entries()
        if chosen and LettersDialog.ask(self, recipients_from_agenda(chosen)):
            self.refresh()  # the occasions they congratulate now count as greeted

    def greet_selected(self) -> None:
        """Record a greeting for every selected entry not greeted yet."""
        try:
            for entry in self.selected_entries():
                if not entry.greeted:
                    record_greeting(
                        entry.customer_id,
                        entry.anniversary_id,
                        entry.date,
                        channel=str(self.channel_combo.currentData()),
                    )
        except ShopCRMError as error:
            messages.show_error(self, error)
        self.refresh()

    def unmark_selected(self) -> None:
        """Un-mark the selected greetings: they were not given after all (a PDF saved but
        never mailed); the letters logged for them go from the cards too."""
        chosen = [entry for entry in self.selected_entries() if entry.greeted]
        if not chosen or not messages.confirm(
            self,
            self.tr("Not greeted after all"),
            self.tr(
                "Un-mark %n greeting(s)? Letters logged for them are taken off the customers' "
                "cards, so the letter can be made again.",
                "",
                len(chosen),
            ),
        ):
            return
        try:
            for entry in chosen:
                unmark_greeting(entry.customer_id, entry.anniversary_id, entry.date)
        except ShopCRMError as error:
            messages.show_error(self, error)
        self.refresh()
