"""The card's timeline, newest first, paged; refund and void on a purchase's line."""

from __future__ import annotations

import datetime as dt

from peewee import Database
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from shopcrm.customers import CustomerInput, create_customer, get_customer
from shopcrm.purchases import PurchaseLine, record_purchase, refunded_so_far
from shopcrm.timeline import timeline_count
from shopcrm.visits import record_visit
from tests.ui.card_helpers import make_card, when_modal
from ui.dialogs.refund_dialog import RefundDialog, VoidDialog
from ui.models.timeline_table_model import PAGE_SIZE, TimelineColumn, TimelineTableModel
from ui.widgets.customer_card import CustomerCardWidget

D = dt.date


def a_customer_with_a_sale() -> tuple[int, int]:
    customer_id = create_customer(CustomerInput(name="김민수", phone="01012345678"))
    sale = record_purchase(
        customer_id,
        [PurchaseLine("소금빵", 4_000, quantity=5), PurchaseLine("케이크", 10_000)],
        purchased_on=D(2026, 11, 1),
    )
    return customer_id, sale


def select_the_sale(card: CustomerCardWidget) -> None:
    model = card.timeline_model
    rows = [row for row in range(model.rowCount()) if model.entry(row).kind == "purchase"]  # type: ignore[union-attr]
    card.select_timeline_row(rows[0])


def test_the_timeline_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, shop_db: Database
) -> None:
    customer_id, _sale = a_customer_with_a_sale()
    model = TimelineTableModel()
    model.show_customer(customer_id)
    qtmodeltester.check(model)
    model.show_customer(None)
    qtmodeltester.check(model)


def test_the_timeline_is_newest_first_and_pages_in(qtbot: QtBot, shop_db: Database) -> None:
    customer_id = create_customer(CustomerInput(name="김민수"))
    first = dt.datetime(2026, 1, 1, 10, 0)
    for day in range(PAGE_SIZE + 20):
        record_visit(customer_id, occurred_at=first + dt.timedelta(days=day))
    model = TimelineTableModel()
    model.show_customer(customer_id)
    assert model.rowCount() == timeline_count(customer_id) >= PAGE_SIZE + 20
    dates = [model.index(row, TimelineColumn.WHEN).data() for row in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_part_of_a_sale_is_refunded_from_the_timeline(qtbot: QtBot, shop_db: Database) -> None:
    customer_id, sale = a_customer_with_a_sale()
    points_before = get_customer(customer_id).points
    card = make_card(qtbot, customer_id)
    select_the_sale(card)
    entry = card.selected_entry()
    assert (entry.kind, entry.purchase_id, entry.refundable) == ("purchase", sale, 30_000)
    assert card.refund_button.isEnabled()

    def refund(dialog: RefundDialog) -> None:
        assert dialog.amount_edit.text() == "30,000"
        dialog.amount_edit.setText("1.2만")
        dialog.reason_edit.setText("케이크 반품")
        dialog.ok_button.click()

    when_modal(RefundDialog, refund)
    card.refund_button.click()
    assert refunded_so_far(sale) == 12_000
    assert get_customer(customer_id).points < points_before
    lines = [
        (entry.kind, card.timeline_model.index(row, TimelineColumn.AMOUNT).data())
        for row in range(card.timeline_model.rowCount())
        if (entry := card.timeline_model.entry(row)) is not None
    ]
    assert lines.index(("refund", "-12,000원")) < lines.index(("purchase", "30,000원"))


def test_a_refund_over_what_is_left_is_refused_and_the_dialog_keeps_it(
    qtbot: QtBot, shop_db: Database
) -> None:
    customer_id, sale = a_customer_with_a_sale()
    card = make_card(qtbot, customer_id)
    select_the_sale(card)
    dialog = RefundDialog(card, card.selected_entry(), D(2026, 11, 23))
    qtbot.addWidget(dialog)
    for typed in ("40,000원", "-5000", "열두 원"):
        dialog.amount_edit.setText(typed)
        dialog.save()
        assert dialog.result() != RefundDialog.DialogCode.Accepted
        assert list(dialog.errors.shown()) == ["amount"]
        assert dialog.amount_edit.text() == typed
    assert refunded_so_far(sale) == 0


def test_a_sale_is_voided_from_the_timeline_with_its_reason(
    qtbot: QtBot, shop_db: Database
) -> None:
    customer_id, sale = a_customer_with_a_sale()
    card = make_card(qtbot, customer_id)
    select_the_sale(card)
    dialog = VoidDialog(card, card.selected_entry())
    qtbot.addWidget(dialog)
    dialog.save()  # no reason: refused beside the field
    assert list(dialog.errors.shown()) == ["reason"]
    dialog.reason_edit.setText("두 번 입력함")
    dialog.save()
    assert dialog.result() == VoidDialog.DialogCode.Accepted
    card.reload_facts()
    assert get_customer(customer_id).total_spent == 0
    select_the_sale(card)
    assert not card.refund_button.isEnabled() and not card.void_button.isEnabled()
