"""상담 모드: memos, phones, amounts and points off the screen in the list, the card and the
calendar while it is on (Ctrl+Shift+H or the side bar's toggle), the title says so, and the
choice is kept on this PC."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer
from tests.helpers.shop_helpers import buy
from tests.ui.card_helpers import make_window
from ui.consultation import HIDDEN, consultation_mode
from ui.main_window import MainWindow
from ui.models.agenda_table_model import Column as AgendaColumn
from ui.models.customer_table_model import Column, CustomerTableModel

MEMO = "아들 수능 끝남, 조용히 축하"
INTERESTS = "귀리 우유 좋아함"


@pytest.fixture(autouse=True)
def mode_off_afterwards() -> Iterator[None]:
    consultation_mode().set_on(False)
    yield
    consultation_mode().set_on(False)  # the next test's window starts with it off


@pytest.fixture
def regular(shop_db: Database) -> int:
    customer_id = create_customer(
        CustomerInput(name="김민수", phone="010-1234-5678", interests=INTERESTS, notes=MEMO)
    )
    buy(customer_id, 45_000, dt.date(2026, 11, 2))
    return customer_id


def visible_texts(widget: QWidget) -> str:
    """Every text a person can read on the widget now (labels, line edits, text boxes)."""
    texts: list[str] = []
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            texts.append(label.text())
    for edit in widget.findChildren(QLineEdit):
        if edit.isVisibleTo(widget):
            texts.append(edit.text())
    for box in widget.findChildren(QPlainTextEdit):
        if box.isVisibleTo(widget):
            texts.append(box.toPlainText())
    return "\n".join(texts)


def list_row_texts(window: MainWindow) -> list[str]:
    model = window.list_page.model
    return [str(model.index(0, column).data()) for column in Column]


def test_the_list_masks_phones_and_hides_amounts_and_points(qtbot: QtBot, regular: int) -> None:
    window = make_window(qtbot)
    assert "010-1234-5678" in list_row_texts(window)
    window.consultation_action.trigger()
    row = list_row_texts(window)
    assert row[Column.PHONE] == "010-****-5678"
    assert row[Column.TOTAL] == HIDDEN
    assert row[Column.POINTS] == HIDDEN
    assert not [text for text in row if "45,000" in text]
    window.consultation_action.trigger()
    assert list_row_texts(window)[Column.PHONE] == "010-1234-5678"


def test_the_card_hides_memo_history_and_points_and_masks_her_phone(
    qtbot: QtBot, regular: int
) -> None:
    window = make_window(qtbot)
    window.list_page.open_card(regular)
    card = window.list_page.card
    card.tabs.setCurrentIndex(1)  # her details, with the phone field
    shown = visible_texts(card)
    assert MEMO in shown and "010-1234-5678" in shown
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    window.list_page.search_box.setFocus()  # a widget that stays on screen when the mode hides
    qtbot.keyClick(window.list_page.search_box, Qt.Key.Key_H, control_shift)
    # QTest leaves Shift down in the application's state: the next test would Shift-click
    qtbot.keyRelease(window.list_page.search_box, Qt.Key.Key_Shift)
    assert consultation_mode().is_on()
    shown = visible_texts(card)
    assert MEMO not in shown and INTERESTS not in shown
    assert "010-1234-5678" not in shown and "010-****-5678" in shown
    assert card.points_value.text() == HIDDEN
    assert not card.timeline_view.isVisibleTo(card)  # her sales and their amounts
    assert "45,000" not in shown
    window.consultation_action.trigger()
    assert MEMO in visible_texts(card)
    assert card.phone_edit.text() == "010-1234-5678"  # nothing typed over, nothing to save
    assert not card.has_unsaved_edits()
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


def test_the_title_says_consultation_mode_and_it_stays_on_across_pages(
    qtbot: QtBot, regular: int
) -> None:
    window = make_window(qtbot)
    assert "상담 모드" not in window.windowTitle()
    window.consultation_action.trigger()
    assert "상담 모드" in window.windowTitle()
    window.show_calendar()
    window.show_list()
    assert consultation_mode().is_on() and window.consultation_action.isChecked()
    assert list_row_texts(window)[Column.PHONE] == "010-****-5678"


def test_the_mode_is_remembered_on_this_pc(qtbot: QtBot, regular: int) -> None:
    window = make_window(qtbot)
    window.consultation_action.trigger()
    window.close()
    consultation_mode()._on = False  # as in a new start of the program
    again = make_window(qtbot)
    assert again.consultation_action.isChecked()
    assert "상담 모드" in again.windowTitle()
    assert list_row_texts(again)[Column.PHONE] == "010-****-5678"


def test_the_calendar_masks_phones(qtbot: QtBot, shop_db: Database) -> None:
    from shopcrm.anniversaries import AnniversaryInput, add_anniversary

    customer_id = create_customer(CustomerInput(name="이서연", phone="010-4444-9999"))
    add_anniversary(customer_id, AnniversaryInput(kind="birthday", month=3, day=7, year=1990))
    window = make_window(qtbot)
    window.show_calendar()
    window.calendar_page.set_today(dt.date(2026, 3, 5))
    window.calendar_page.tabs.setCurrentIndex(1)
    model = window.calendar_page.current_view().model()

    def phones() -> list[str]:
        return [model.index(row, AgendaColumn.PHONE).data() for row in range(model.rowCount())]

    assert phones() == ["010-4444-9999"]
    window.consultation_action.trigger()
    assert phones() == ["010-****-9999"]


def test_the_list_model_passes_qt_model_checks_in_consultation_mode(
    qtmodeltester: ModelTester, regular: int
) -> None:
    model = CustomerTableModel()
    model.search("")
    consultation_mode().set_on(True)
    qtmodeltester.check(model)


def test_the_counter_dialogs_hide_her_points(qtbot: QtBot, regular: int) -> None:
    from shopcrm.customers import get_customer
    from shopcrm.formatting import format_points
    from ui.dialogs.points_dialog import PointsDialog
    from ui.dialogs.sale_dialog import SaleDialog

    balance = format_points(get_customer(regular).points)
    assert balance != "0P"
    consultation_mode().set_on(True)
    sale = SaleDialog(None, regular)
    qtbot.addWidget(sale)
    assert HIDDEN in sale.balance_label.text()
    points = PointsDialog(None, regular)
    qtbot.addWidget(points)
    texts = "\n".join(label.text() for label in points.findChildren(QLabel))
    assert balance not in texts
