"""Merge two cards from File → 중복 고객 정리: side by side, the owner chooses each field, one
card remains with the whole history; Undo puts both cards back exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from peewee import Database
from pytestqt.qtbot import QtBot

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.models import Customer
from shopcrm.search import search_customer_ids
from tests.helpers.shop_helpers import buy
from tests.ui.card_helpers import make_window, when_modal
from ui import messages
from ui.consultation import HIDDEN, consultation_mode
from ui.dialogs.duplicates_dialog import DuplicatesDialog
from ui.dialogs.merge_dialog import MergeDialog
from ui.models.customer_table_model import Column


@pytest.fixture(autouse=True)
def mode_off_afterwards() -> Iterator[None]:
    yield
    consultation_mode().set_on(False)


@pytest.fixture
def twins(shop_db: Database) -> tuple[int, int]:
    """박지훈 entered at the counter, then again from a list: the same birthday, no phone."""
    older = create_customer(
        CustomerInput(name="박지훈", address="서울 마포구 양화로 1", notes="케이크 좋아함")
    )
    newer = create_customer(
        CustomerInput(
            name="박지훈",
            address="서울 마포구 양화로 2",
            email="jihoon@example.com",
            notes="현금 결제",
        )
    )
    for customer_id in (older, newer):
        add_anniversary(customer_id, AnniversaryInput(kind="birthday", month=3, day=7, year=1985))
    buy(newer, 30_000, dt.date(2026, 11, 2))
    create_customer(CustomerInput(name="김민수", phone="010-1234-5678"))
    return older, newer


def names_listed(window: object) -> list[str]:
    model = window.list_page.model  # type: ignore[attr-defined]
    return sorted(model.index(row, Column.NAME).data() for row in range(model.rowCount()))


def test_the_dialog_shows_both_values_with_the_newer_non_empty_one_chosen(
    qtbot: QtBot, twins: tuple[int, int]
) -> None:
    older, newer = twins
    dialog = MergeDialog(None, older, newer)
    qtbot.addWidget(dialog)
    address = dialog.choice_buttons["address"]
    assert address["kept"].text() == "서울 마포구 양화로 1"
    assert address["other"].text() == "서울 마포구 양화로 2"
    assert dialog.choices() == {"address": "other", "email": "other", "notes": "both"}
    assert "이름" in dialog.same_label.text()  # the same on both: not asked


def test_merging_with_chosen_fields_leaves_one_card_with_her_whole_history(
    qtbot: QtBot, twins: tuple[int, int]
) -> None:
    older, newer = twins
    dialog = MergeDialog(None, older, newer)
    qtbot.addWidget(dialog)
    dialog.choose("address", "kept")
    dialog.choose("notes", "other")
    dialog.merge_button.click()
    assert dialog.merge_id is not None
    kept = get_customer(older)
    assert kept.address == "서울 마포구 양화로 1"
    assert kept.email == "jihoon@example.com"
    assert kept.notes == "현금 결제"
    assert kept.total_spent == 30_000  # the newer card's sale moved over
    other_no = Customer.get_by_id(newer).customer_no
    assert search_customer_ids(str(other_no)) == [older]  # her other number finds her


def test_merge_from_the_duplicates_list_then_undo_gives_both_cards_back(
    qtbot: QtBot, twins: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    older, newer = twins
    window = make_window(qtbot)
    assert names_listed(window) == ["김민수", "박지훈", "박지훈"]
    offered: list[str] = []

    def offer(parent: object, text: str) -> bool:
        offered.append(text)
        return False  # OK: the merge stays

    monkeypatch.setattr(messages, "offer_undo", offer)

    def merge_in_dialog(dialog: MergeDialog) -> None:
        dialog.choose("address", "kept")
        dialog.merge_button.click()

    def tidy(duplicates: DuplicatesDialog) -> None:
        assert duplicates.model.rowCount() == 1
        when_modal(MergeDialog, merge_in_dialog)
        duplicates.merge_button.click()  # merged, Undo declined
        assert duplicates.model.rowCount() == 0
        duplicates.accept()

    when_modal(DuplicatesDialog, tidy)
    window.duplicates_action.trigger()
    assert names_listed(window) == ["김민수", "박지훈"]
    assert len(offered) == 1 and "박지훈" in offered[0]
    assert get_customer(older).address == "서울 마포구 양화로 1"


def test_undo_right_after_the_merge_puts_both_cards_back_exactly(
    qtbot: QtBot, twins: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    older, newer = twins
    before = {customer_id: get_customer(customer_id) for customer_id in twins}
    monkeypatch.setattr(messages, "offer_undo", lambda parent, text: True)
    duplicates = DuplicatesDialog()
    qtbot.addWidget(duplicates)

    def merge_in_dialog(dialog: MergeDialog) -> None:
        dialog.choose("address", "kept")
        dialog.merge_button.click()

    when_modal(MergeDialog, merge_in_dialog)
    duplicates.merge_button.click()
    assert duplicates.model.rowCount() == 1  # the pair is back in the list
    for customer_id, detail in before.items():
        after = get_customer(customer_id)
        assert (after.name, after.address, after.email, after.notes, after.customer_no) == (
            detail.name,
            detail.address,
            detail.email,
            detail.notes,
            detail.customer_no,
        )
    assert get_customer(newer).total_spent == 30_000
    assert get_customer(older).total_spent == 0


def test_the_merge_dialog_hides_memos_and_masks_phones_in_consultation_mode(
    qtbot: QtBot, shop_db: Database
) -> None:
    first = create_customer(CustomerInput(name="이서연", notes="이혼 상담 중"))
    second = create_customer(CustomerInput(name="이서연", phone="010-4444-9999", notes="VIP"))
    consultation_mode().set_on(True)
    dialog = MergeDialog(None, first, second)
    qtbot.addWidget(dialog)
    assert dialog.choice_buttons["notes"]["kept"].text() == HIDDEN
    assert dialog.choice_buttons["phone"]["other"].text() == "010-****-9999"
