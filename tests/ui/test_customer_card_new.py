"""Ctrl+N: a new customer in a small dialog; a phone already used names its customer."""

from __future__ import annotations

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.search import search_customer_ids
from tests.ui.card_helpers import make_window
from ui.dialogs.new_customer_dialog import NewCustomerDialog


def test_a_new_customer_is_saved_and_her_card_opens(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = NewCustomerDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.name_edit.setText("정하늘")
    dialog.phone_edit.setText("+82 10-3333-4444")
    dialog.consent_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == NewCustomerDialog.DialogCode.Accepted
    stored = get_customer(dialog.chosen_id)  # type: ignore[arg-type]
    assert (stored.name, stored.phone, stored.marketing_consent) == ("정하늘", "01033334444", True)
    monkeypatch.setattr(NewCustomerDialog, "ask", staticmethod(lambda parent: stored.id))
    window = make_window(qtbot)
    window.new_customer_action.trigger()
    assert window.list_page.card.customer_id == stored.id
    assert window.list_page.card.name_label.text() == "정하늘"


def test_a_bad_phone_is_named_beside_it_and_the_dialog_stays_open(
    qtbot: QtBot, shop_db: Database
) -> None:
    dialog = NewCustomerDialog(None)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("정하늘")
    dialog.phone_edit.setText("12-34")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert list(dialog.errors.shown()) == ["phone"]
    assert dialog.result() != NewCustomerDialog.DialogCode.Accepted
    assert dialog.phone_edit.text() == "12-34"
    assert search_customer_ids("") == []


def test_a_phone_already_used_names_her_and_offers_to_open_her_card(
    qtbot: QtBot, shop_db: Database
) -> None:
    minsu = create_customer(CustomerInput(name="김민수", phone="010-1234-5678"))
    dialog = NewCustomerDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("김민수")
    dialog.phone_edit.setText("01012345678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    number = str(get_customer(minsu).customer_no)
    assert number in dialog.errors.shown()["phone"]
    assert dialog.open_existing_button.isVisible()
    qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == NewCustomerDialog.DialogCode.Accepted
    assert dialog.chosen_id == minsu
    assert len(search_customer_ids("")) == 1
