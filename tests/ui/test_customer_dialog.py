"""The plain customer card: create, edit, and clear words for bad input."""

from __future__ import annotations

import pytest
from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.errors import ShopCRMError
from shopcrm.search import search_customer_ids
from ui import messages
from ui.dialogs.customer_dialog import CustomerDialog
from ui.i18n import install_translators


def test_a_new_customer_is_saved_from_the_card(qtbot: QtBot, shop_db: Database) -> None:
    dialog = CustomerDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.name_edit.setText("정하늘")
    dialog.phone_edit.setText("+82 10-3333-4444")
    dialog.consent_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == CustomerDialog.DialogCode.Accepted
    card = get_customer(dialog.saved_id)  # type: ignore[arg-type]
    assert (card.name, card.phone, card.marketing_consent) == ("정하늘", "01033334444", True)


def test_a_bad_phone_is_explained_and_the_card_stays_open(
    qtbot: QtBot, shop_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ShopCRMError] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: shown.append(error))
    dialog = CustomerDialog(None)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("정하늘")
    dialog.phone_edit.setText("12-34")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [error.code for error in shown] == ["invalid_phone"]
    assert dialog.result() != CustomerDialog.DialogCode.Accepted
    assert search_customer_ids("") == []


def test_editing_a_card_keeps_what_was_not_touched(qtbot: QtBot, shop_db: Database) -> None:
    customer_id = create_customer(
        CustomerInput(name="김민수", phone="01012345678", notes="우유 알레르기")
    )
    dialog = CustomerDialog(None, customer_id)
    qtbot.addWidget(dialog)
    assert dialog.phone_edit.text() == "010-1234-5678"
    dialog.address_edit.setText("서울 마포구 연남로 27")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    card = get_customer(customer_id)
    assert card.address == "서울 마포구 연남로 27"
    assert card.notes == "우유 알레르기"
    assert card.phone == "01012345678"


def test_saving_a_card_keeps_the_phone_as_typed_and_how_consent_was_given(
    qtbot: QtBot, shop_db: Database
) -> None:
    customer_id = create_customer(
        CustomerInput(
            name="김민수", phone="+82 10.1234.5678", marketing_consent=True, consent_channel="paper"
        )
    )
    dialog = CustomerDialog(None, customer_id)
    qtbot.addWidget(dialog)
    assert dialog.channel_combo.currentData() == "paper"
    dialog.address_edit.setText("서울 마포구 연남로 27")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    card = get_customer(customer_id)
    assert (card.phone_entered, card.consent_channel) == ("+82 10.1234.5678", "paper")


def test_the_card_writes_money_and_points_as_the_list_does_in_english(
    qtbot: QtBot, shop_db: Database, qapp: QApplication
) -> None:
    from shopcrm.purchases import PurchaseLine, record_purchase

    minsu = create_customer(CustomerInput(name="김민수", phone="01012345678"))
    record_purchase(minsu, [PurchaseLine("케이크", 458_300)])
    install_translators(qapp, "en")
    dialog = CustomerDialog(None, minsu)
    qtbot.addWidget(dialog)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert "₩458,300" in shown and "458,300원" not in shown
    assert any(text.endswith(" pts") for text in shown)
