"""The card sends only what it edits: other fields and the phone as first typed survive."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer, get_customer, update_customer
from shopcrm.importing import ImportOptions, import_file
from shopcrm.models import Customer
from shopcrm.staff import add_staff
from ui.dialogs.customer_dialog import CustomerDialog


def test_a_field_the_card_does_not_show_survives_a_save(qtbot: QtBot, shop_db: Database) -> None:
    customer_id = create_customer(CustomerInput(name="김민수", phone="01012345678"))
    dialog = CustomerDialog(None, customer_id)
    qtbot.addWidget(dialog)
    staff = add_staff("오지현")
    update_customer(customer_id, {"staff_id": staff})  # at the other counter, meanwhile
    dialog.address_edit.setText("서울 마포구 연남로 27")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    card = get_customer(customer_id)
    assert (card.address, card.staff_id) == ("서울 마포구 연남로 27", staff)


def test_the_entered_phone_survives_the_same_number_typed_differently(
    qtbot: QtBot, shop_db: Database
) -> None:
    customer_id = create_customer(CustomerInput(name="김민수", phone="010.1234.5678"))
    dialog = CustomerDialog(None, customer_id)
    qtbot.addWidget(dialog)
    dialog.phone_edit.setText("01012345678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert get_customer(customer_id).phone_entered == "010.1234.5678"


def test_the_card_says_the_grade_came_from_the_imported_list(
    qtbot: QtBot, shop_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "old.csv"
    path.write_text(
        "이름,휴대폰,등급,누적구매액,최근방문일,구매횟수\n장동건,010-2000-0000,VIP,200만원,2023-12-24,10\n",
        encoding="utf-8-sig",
    )
    import_file(path, ImportOptions(today=dt.date(2026, 11, 23)))
    dialog = CustomerDialog(None, Customer.get().id)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    grade = next(text for text in texts if text.startswith("VIP"))
    assert grade != "VIP" and grade.endswith("(VIP)")
