"""The anniversary calendar page, the reminder at start, and the agenda table model."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from shopcrm.agenda import agenda
from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.settings import ShopProfile, save_shop_profile
from ui.dialogs.reminder_dialog import ReminderDialog
from ui.main_window import MainWindow
from ui.models.agenda_table_model import AgendaTableModel, Column
from ui.widgets.calendar_page import CalendarPage

D = dt.date
TODAY = D(2026, 11, 23)


def seed_shop() -> dict[str, int]:
    save_shop_profile(ShopProfile(shop_name="달빛 베이커리"))
    ids = {
        name: create_customer(CustomerInput(name=name, marketing_consent=name == "김민수"))
        for name in ("김민수", "이서연", "박지훈", "최유진")
    }
    # lunar 11/15: 2026-01-03 and 2026-12-23 (published calendar)
    add_anniversary(ids["김민수"], AnniversaryInput("birthday", 11, 15, 1985, is_lunar=True))
    add_anniversary(ids["이서연"], AnniversaryInput("wedding", 12, 23, 2016))
    add_anniversary(ids["박지훈"], AnniversaryInput("birthday", 12, 24))
    add_anniversary(ids["최유진"], AnniversaryInput("birthday", 11, 23, 1990))
    return ids


def make_page(qtbot: QtBot) -> CalendarPage:
    page = CalendarPage(today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.set_today(TODAY)
    return page


def shown(model: AgendaTableModel, column: Column = Column.NAME) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select_rows(page: CalendarPage, rows: list[int]) -> None:
    view = page.current_view()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        view.selectionModel().select(view.model().index(row, 0), flags)


def test_choosing_a_day_lists_exactly_the_customers_due_that_day(
    qtbot: QtBot, shop_db: Database
) -> None:
    seed_shop()
    page = make_page(qtbot)
    page.show_month(2026, 12)
    assert page.calendar.count_on(D(2026, 12, 23)) == 2
    assert page.calendar.count_on(D(2026, 12, 24)) == 1
    assert page.calendar.count_on(D(2026, 12, 22)) == 0
    page.select_day(D(2026, 12, 23))
    assert sorted(shown(page.day_model)) == ["김민수", "이서연"]
    assert page.tabs.tabText(0) == "12월 23일 (2건)"
    by_name = {
        name: row for row, name in enumerate(shown(page.day_model))
    }  # the lunar birthday shows its marker and 만 나이
    minsu = by_name["김민수"]
    assert page.day_model.index(minsu, Column.ORIGINAL).data() == "(음) 1985년 11월 15일"
    assert page.day_model.index(minsu, Column.AGE).data() == "만 41세"
    assert page.day_model.index(minsu, Column.KIND).data() == "생일"
    assert page.day_model.index(minsu, Column.CONSENT).data() == "동의"
    assert page.day_model.index(by_name["이서연"], Column.AGE).data() == "10주년"


def test_the_same_lunar_birthday_shows_in_january_too(qtbot: QtBot, shop_db: Database) -> None:
    seed_shop()
    page = make_page(qtbot)
    page.select_day(D(2026, 1, 3))
    assert page.calendar.monthShown() == 1
    assert shown(page.day_model) == ["김민수"]
    assert page.day_model.index(0, Column.AGE).data() == "만 40세"


def test_the_next_7_and_30_days_are_listed_from_today(qtbot: QtBot, shop_db: Database) -> None:
    seed_shop()
    add_anniversary(
        create_customer(CustomerInput(name="정하늘")), AnniversaryInput("wedding", 12, 22)
    )
    page = make_page(qtbot)
    assert shown(page.week_model) == ["최유진"]
    assert shown(page.month_model) == ["최유진", "정하늘"]  # 12/22 is the 30th day, 12/23 not
    assert page.tabs.tabText(1) == "7일 이내 (1건)"
    assert page.tabs.tabText(2) == "30일 이내 (2건)"
    assert shown(page.month_model, Column.DATE)[0] == "11/23 (월)"


def test_marking_selected_entries_as_greeted(qtbot: QtBot, shop_db: Database) -> None:
    seed_shop()
    page = make_page(qtbot)
    page.select_day(D(2026, 12, 23))
    assert not page.greet_button.isEnabled()
    select_rows(page, [0, 1])
    assert page.greet_button.isEnabled()
    assert sorted(page.selected_customer_ids()) == sorted(
        entry.customer_id for entry in agenda(D(2026, 12, 23), D(2026, 12, 23))
    )
    qtbot.mouseClick(page.greet_button, Qt.MouseButton.LeftButton)
    assert shown(page.day_model, Column.GREETED) == ["완료", "완료"]
    assert all(entry.greeted for entry in agenda(D(2026, 12, 23), D(2026, 12, 23)))
    page.select_day(D(2027, 12, 23))
    assert shown(page.day_model) == ["이서연"]  # next year the wedding day is still to do
    assert shown(page.day_model, Column.GREETED) == [""]


def test_a_customer_card_opens_from_the_list(qtbot: QtBot, shop_db: Database) -> None:
    ids = seed_shop()
    page = make_page(qtbot)
    assert not page.open_button.isEnabled()
    select_rows(page, [0])
    with qtbot.waitSignal(page.customer_open_requested) as opened:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [ids["최유진"]]


def test_the_reminder_comes_once_a_day_at_start(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed_shop()
    today = dt.date.today()
    add_anniversary(
        ids["박지훈"], AnniversaryInput("custom", today.month, today.day, label="첫 방문")
    )
    shown_entries: list[list[str]] = []

    def fake_ask(parent: object, entries: list, days: int) -> bool:  # type: ignore[type-arg]
        shown_entries.append([entry.name for entry in entries])
        return True

    monkeypatch.setattr(ReminderDialog, "ask", staticmethod(fake_ask))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(shown_entries) == 1)
    assert "박지훈" in shown_entries[0]
    assert window.pages.currentWidget() is window.calendar_page  # "open the calendar"

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.wait(50)
    assert len(shown_entries) == 1
    assert again.pages.currentWidget() is again.list_page


def test_the_side_bar_switches_between_list_and_calendar(qtbot: QtBot, shop_db: Database) -> None:
    seed_shop()
    window = MainWindow()
    qtbot.addWidget(window)
    window._reminders = []  # no reminder in this test
    window.show()
    assert window.navigation.isVisible()
    window.calendar_action.trigger()
    assert window.pages.currentWidget() is window.calendar_page
    window.list_action.trigger()
    assert window.pages.currentWidget() is window.list_page


def test_a_new_shop_has_no_side_bar(qtbot: QtBot, shop_db: Database) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert not window.navigation.isVisible()


def test_the_agenda_model_passes_the_model_tester(qtmodeltester, shop_db: Database) -> None:  # type: ignore[no-untyped-def]
    seed_shop()
    model = AgendaTableModel()
    model.set_entries(agenda(D(2026, 1, 1), D(2026, 12, 31)))
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_regulars_who_stay_away_are_listed_beside_the_calendar(
    qtbot: QtBot, shop_db: Database
) -> None:
    from shopcrm.purchases import PurchaseLine, record_purchase

    ids = seed_shop()
    for weeks in range(5):  # every week until 100 days ago
        day = TODAY - dt.timedelta(days=100 + 7 * weeks)
        record_purchase(ids["이서연"], [PurchaseLine("식빵", 5_500)], purchased_on=day)
        recent = TODAY - dt.timedelta(days=7 * weeks)
        record_purchase(ids["김민수"], [PurchaseLine("식빵", 5_500)], purchased_on=recent)
    page = make_page(qtbot)
    panel = page.at_risk_panel
    assert [c.name for c in panel.customers] == ["이서연"]
    assert panel.list.item(0).text().startswith("이서연")
    assert panel.title() == "다시 오지 않은 단골 (1명)"


def test_an_absent_regular_shows_her_usual_gap_on_its_own_line_beside_the_calendar(
    qtbot: QtBot, shop_db: Database
) -> None:
    from shopcrm.purchases import PurchaseLine, record_purchase

    ids = seed_shop()
    for visit in range(5):  # every 12 days until 100 days ago
        day = TODAY - dt.timedelta(days=100 + 12 * visit)
        record_purchase(ids["이서연"], [PurchaseLine("식빵", 5_500)], purchased_on=day)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1100, 720)  # the window's first size
    window.show()
    window.show_calendar()
    window.calendar_page.set_today(TODAY)
    panel = window.calendar_page.at_risk_panel
    text = panel.list.item(0).text()
    assert text.splitlines() == ["이서연 · 마지막 방문 2026년 8월 15일", "보통 12일마다"]
    room = panel.list.viewport().width() - 2 * panel.list.frameWidth()
    metrics = panel.list.fontMetrics()
    assert all(metrics.horizontalAdvance(line) <= room for line in text.splitlines()), text
