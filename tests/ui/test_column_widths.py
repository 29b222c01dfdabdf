"""The calendar's and the customer list's columns show their header and cells whole, in Korean
and in English (English words are longer: "Age / years" once read "ge / year")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from pytestqt.qtbot import QtBot

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.demo import create_demo_shop
from ui.dialogs.reminder_dialog import ReminderDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.widgets.calendar_page import CalendarPage
from ui.widgets.customer_list_page import CustomerListPage

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(params=["ko", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, request.param)
    yield request.param


def seed() -> None:
    create_demo_shop(80, today=TODAY)
    jiyoung = create_customer(CustomerInput(name="남궁지영", phone="01098765432"))
    add_anniversary(jiyoung, AnniversaryInput("birthday", 10, 29, 1984, True, True))  # 윤달
    add_anniversary(jiyoung, AnniversaryInput("wedding", 11, 30, 2010))
    add_anniversary(jiyoung, AnniversaryInput("custom", 12, 1, 2019, label="개업 기념일"))


def unfitted(view: QTableView) -> list[str]:
    """Each header or cell text wider than its column."""
    model = view.model()
    header = view.horizontalHeader()
    header_margin = view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cell_margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    problems = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        width = header.sectionSize(column)
        needed = header.fontMetrics().horizontalAdvance(title) + 2 * header_margin
        if width < needed or width < header.sectionSizeHint(column):
            problems.append(f"header {title!r}: {width} < {needed}")
        for row in range(model.rowCount()):
            text = model.index(row, column).data() or ""
            needed = view.fontMetrics().horizontalAdvance(text) + 2 * (cell_margin + 1)
            if view.columnWidth(column) < needed:
                problems.append(f"{title} {text!r}: {view.columnWidth(column)} < {needed}")
    return problems


def test_calendar_columns_fit_their_header_and_cells(
    qtbot: QtBot, shop_db: Database, language: str
) -> None:
    seed()
    page = CalendarPage(today=TODAY)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    page.set_today(TODAY)
    page.select_day(dt.date(2026, 12, 1))
    assert page.month_model.rowCount() > 10 and page.day_model.rowCount() >= 1
    kinds = {page.month_model.index(row, 2).data() for row in range(page.month_model.rowCount())}
    assert len(kinds) >= 3  # birthdays, wedding anniversaries, first purchases, the custom day
    for view in (page.day_view, page.week_view, page.month_view):
        assert unfitted(view) == []


def test_customer_list_columns_fit_their_header_and_cells(
    qtbot: QtBot, shop_db: Database, language: str
) -> None:
    seed()
    page = CustomerListPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    assert page.model.rowCount() == 80  # 81 cards, the demo's one in the trash not listed
    assert unfitted(page.table) == []
    if language == "en":
        assert page.model.index(0, 5).data().startswith("₩")  # amounts written for the reader


def test_widths_kept_by_the_korean_window_do_not_cut_the_english_one(
    qtbot: QtBot,
    shop_db: Database,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SHOPCRM_DATA_DIR", str(tmp_path / "data"))  # this PC's window settings
    monkeypatch.setattr(ReminderDialog, "ask", staticmethod(lambda *args: False))
    seed()
    install_translators(qapp, "ko")
    korean = MainWindow()
    qtbot.addWidget(korean)
    korean.show()
    korean.close()  # keeps its column widths, fitted to Korean words
    install_translators(qapp, "en")  # chosen in 보기 → 언어, from the next start
    english = MainWindow()
    qtbot.addWidget(english)
    english.resize(1100, 720)
    english.show()
    assert english.list_page.model.rowCount() == 80
    assert unfitted(english.list_page.table) == []
