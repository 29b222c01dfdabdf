"""The complaints page (Ctrl+3), its table models, and follow-ups on the calendar page."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from shopcrm import complaints
from shopcrm.agenda import due_reminders
from shopcrm.complaints import ComplaintIntake, RemedyInput
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.settings import get_setting, set_setting
from shopcrm.staff import add_staff
from tests.ui.card_helpers import make_window, when_modal
from ui import messages
from ui.dialogs.reminder_dialog import ReminderDialog
from ui.dialogs.settings_dialog import SettingsDialog, SettingsTab
from ui.models.agenda_table_model import Column as AgendaColumn
from ui.models.complaint_table_model import Column, ComplaintTableModel
from ui.models.follow_up_table_model import FollowUpTableModel
from ui.widgets.calendar_page import FOLLOW_UP_TAB, CalendarPage
from ui.widgets.complaints_page import ComplaintsPage
from ui.wizards.complaint_wizard import ComplaintWizard, PageId

TODAY = dt.date(2026, 11, 23)
AT = dt.datetime(2026, 11, 10, 11, 0)


def resolved_with_follow_up(name: str, phone: str, due: dt.date) -> int:
    """A complaint about a product, resolved with a gift, to be followed up on `due`."""
    customer = create_customer(CustomerInput(name=name, phone=phone))
    complaint = complaints.open_complaint(
        ComplaintIntake(
            customer_id=customer,
            channel="counter",
            happened_at=AT,
            category="product",
            words="빵이 딱딱했어요",
        ),
        at=AT,
    )
    staff = add_staff(f"직원{customer}")
    complaints.apologise(complaint, staff_id=staff, in_person=True, at=AT)
    complaints.resolve_complaint(complaint, [RemedyInput("gift", 3_000, note="쿠키")], at=AT)
    complaints.set_follow_up(complaint, due, at=AT)
    return complaint


@pytest.fixture
def shop(shop_db: Database) -> dict[str, int]:
    return {
        "overdue": resolved_with_follow_up("김민수", "010-1234-5678", dt.date(2026, 11, 18)),
        "soon": resolved_with_follow_up("이서연", "010-4444-9999", dt.date(2026, 11, 25)),
    }


def page_for(qtbot: QtBot) -> ComplaintsPage:
    page = ComplaintsPage(today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.show_group("waiting")
    page.refresh()
    return page


def test_the_complaint_table_model_passes_the_model_tester(
    qtmodeltester: ModelTester, shop: dict[str, int]
) -> None:
    model = ComplaintTableModel()
    model.set_complaints(complaints.list_complaints(today=TODAY))
    qtmodeltester.check(model, force_py=True)


def test_the_follow_up_table_model_passes_the_model_tester(
    qtmodeltester: ModelTester, shop: dict[str, int]
) -> None:
    model = FollowUpTableModel()
    model.set_follow_ups(complaints.follow_ups_due(TODAY, TODAY, today=TODAY))
    qtmodeltester.check(model, force_py=True)


def test_waiting_complaints_list_with_the_overdue_follow_up_highlighted(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    page = page_for(qtbot)
    model = page.model
    assert model.rowCount() == 2
    rows = {model.complaint(row).id: row for row in range(model.rowCount())}
    overdue = model.index(rows[shop["overdue"]], Column.FOLLOW_UP)
    soon = model.index(rows[shop["soon"]], Column.FOLLOW_UP)
    assert overdue.data() == "2026-11-18"
    assert overdue.data(Qt.ItemDataRole.BackgroundRole)
    assert not soon.data(Qt.ItemDataRole.BackgroundRole)
    assert model.index(rows[shop["soon"]], Column.STATE).data() == "해결"
    page.show_group("open")
    assert page.model.rowCount() == 0


def test_the_filters_narrow_the_list(qtbot: QtBot, shop: dict[str, int]) -> None:
    page = page_for(qtbot)
    page.category_combo.setCurrentIndex(page.category_combo.findData("hygiene"))
    page.refresh()
    assert page.model.rowCount() == 0
    page.category_combo.setCurrentIndex(page.category_combo.findData("product"))
    page.month_combo.setCurrentIndex(page.month_combo.findData("2026-11"))
    page.refresh()
    assert page.model.rowCount() == 2


def test_follow_up_done_then_the_complaint_waits_to_be_closed(
    qtbot: QtBot, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "ask_text", lambda *_args: "잘 드셨대요")
    page = page_for(qtbot)
    assert page.select_complaint(shop["overdue"])
    assert page.done_button.isEnabled()
    page.done_button.click()
    assert complaints.complaint_state(shop["overdue"]) == "followed_up"


def test_a_note_is_added_and_a_closed_complaint_reopened(
    qtbot: QtBot, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "ask_text", lambda *_args: "다시 연락 옴")
    complaints.record_follow_up_done(shop["soon"], at=dt.datetime(2026, 11, 20, 10))
    complaints.close_complaint(shop["soon"], satisfaction=2, at=dt.datetime(2026, 11, 20, 11))
    page = page_for(qtbot)
    page.show_group("closed")
    assert page.select_complaint(shop["soon"])
    page.note_button.click()
    notes = [s.note for s in complaints.complaint_detail(shop["soon"]).steps if s.kind == "note"]
    assert notes == ["다시 연락 옴"]
    continued: list[int] = []
    page.continue_requested.connect(continued.append)
    page.reopen_button.click()
    assert complaints.complaint_state(shop["soon"]) == "heard"
    assert continued == [shop["soon"]]


def test_a_due_follow_up_shows_on_the_calendar_page_and_its_day(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    calendar = CalendarPage(today=TODAY)
    qtbot.addWidget(calendar)
    calendar.show()
    calendar.refresh()
    model = calendar.follow_up_model
    assert [model.follow_up(row).complaint_id for row in range(model.rowCount())] == [
        shop["overdue"],
        shop["soon"],
    ]
    assert "(2)" in calendar.tabs.tabText(FOLLOW_UP_TAB)
    assert calendar.calendar.count_on(dt.date(2026, 11, 25)) == 1
    opened: list[int] = []
    calendar.complaint_open_requested.connect(opened.append)
    calendar.tabs.setCurrentIndex(FOLLOW_UP_TAB)
    calendar.follow_up_view.selectRow(1)
    calendar.open_button.click()
    assert opened == [shop["soon"]]


def test_ctrl_3_shows_the_complaints_page_and_a_row_continues_in_the_wizard(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    window = make_window(qtbot)
    window.complaints_action.trigger()
    assert window.pages.currentWidget() is window.complaints_page
    page = window.complaints_page
    page.show_group("waiting")
    assert page.select_complaint(shop["soon"])
    seen: list[int] = []

    def look(wizard: ComplaintWizard) -> None:
        seen.append(wizard.currentId())
        wizard.reject()

    when_modal(ComplaintWizard, look)
    page.continue_button.click()
    assert seen == [PageId.FOLLOW_UP]


def test_the_morning_reminder_lists_the_follow_ups_due(qtbot: QtBot, shop: dict[str, int]) -> None:
    dialog = ReminderDialog(None, due_reminders(TODAY), 7)
    qtbot.addWidget(dialog)
    shown = {
        (dialog.model.index(row, AgendaColumn.NAME).data(), dialog.model.index(row, 2).data())
        for row in range(dialog.model.rowCount())
    }
    assert shown == {("김민수", "후속 조치"), ("이서연", "후속 조치")}


def test_the_settings_keep_the_limit_and_the_shops_own_words(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    set_setting("shop_name", "행복빵집")
    dialog = SettingsDialog(None, SettingsTab.COMPLAINTS)
    qtbot.addWidget(dialog)
    assert dialog.limit_won_edit.text() == "10,000"
    dialog.limit_won_edit.setText("20,000")
    dialog.prompt_edits["apologise"].setPlainText("정말 죄송합니다. 바로 바꿔 드릴게요.")
    dialog.save()
    assert get_setting("complaint_limit_won") == 20_000
    assert complaints.step_prompts("ko")["apologise"] == "정말 죄송합니다. 바로 바꿔 드릴게요."
    wizard = ComplaintWizard(
        None, customer_id=complaints.complaint_detail(shop["soon"]).customer_id
    )
    qtbot.addWidget(wizard)
    wizard.apologise_page.show_phrases()
    assert "바로 바꿔 드릴게요" in wizard.apologise_page.phrase_label.text()


def test_the_shop_edits_its_complaint_categories_in_the_settings(
    qtbot: QtBot, shop: dict[str, int]
) -> None:
    set_setting("shop_name", "행복빵집")
    dialog = SettingsDialog(None, SettingsTab.COMPLAINTS)
    qtbot.addWidget(dialog)
    assert dialog.categories_edit.text().startswith("상품, ")
    before = complaints.complaint_categories()
    dialog.categories_edit.setText(" , ")
    dialog.save()
    assert dialog.refusals["complaint_categories"].text()
    assert complaints.complaint_categories() == before
    dialog.categories_edit.setText("상품, 주차, 대기 시간")
    dialog.save()
    assert complaints.complaint_categories() == ["product", "주차", "waiting"]


def test_the_root_cause_and_what_the_shop_changed_are_recorded_after_she_left(
    qtbot: QtBot, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["딸기 보관 온도", "진열대 온도 매일 기록"])
    monkeypatch.setattr(messages, "ask_text", lambda *_args: next(answers))
    page = page_for(qtbot)
    page.show_group("waiting")
    assert page.select_complaint(shop["soon"])
    page.diagnose_button.click()
    detail = complaints.complaint_detail(shop["soon"])
    assert (detail.root_cause, detail.shop_change) == ("딸기 보관 온도", "진열대 온도 매일 기록")
