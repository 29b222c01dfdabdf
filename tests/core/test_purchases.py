"""Purchases: items, totals, refunds, voids and the opening balance."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm.customers import get_customer
from shopcrm.errors import ValidationError
from shopcrm.models import AuditEntry, Purchase
from shopcrm.products import add_product
from shopcrm.purchases import (
    PurchaseLine,
    customer_purchases,
    record_opening_balance,
    record_purchase,
    refund_purchase,
    void_purchase,
)
from shopcrm.staff import add_staff
from tests.helpers.shop_helpers import buy, customer

DAY = dt.date.today() - dt.timedelta(days=60)


def test_a_purchase_with_product_and_free_text_lines(db: Database) -> None:
    someone = customer()
    bread = add_product("소금빵", 3_500)
    staff = add_staff("이하늘", "매니저")
    record_purchase(
        someone,
        [PurchaseLine("", 3_500, 4, product_id=bread), PurchaseLine("생일 초 추가", 1_000)],
        purchased_on=DAY,
        staff_id=staff,
        payment_method="card",
    )
    card = get_customer(someone)
    assert (card.total_spent, card.purchase_count, card.last_visit_on) == (15_000, 1, DAY)
    history = customer_purchases(someone)
    assert history[0].items == "소금빵 ×4, 생일 초 추가"
    assert Purchase.get().staff_id == staff


@pytest.mark.parametrize(
    "lines",
    [[], [PurchaseLine("  ", 1_000)], [PurchaseLine("빵", -1)], [PurchaseLine("빵", 1, 0)]],
    ids=["no items", "no description", "negative price", "zero quantity"],
)
def test_bad_purchases_are_refused_and_nothing_is_stored(
    db: Database, lines: list[PurchaseLine]
) -> None:
    someone = customer()
    with pytest.raises(ValidationError):
        record_purchase(someone, lines, purchased_on=DAY)
    assert Purchase.select().count() == 0


def test_a_refund_is_linked_and_cannot_exceed_what_was_paid(db: Database) -> None:
    someone = customer()
    sale = buy(someone, 30_000, DAY)
    refund_purchase(sale, 10_000)
    with pytest.raises(ValidationError) as caught:
        refund_purchase(sale, 20_001)
    assert caught.value.fields["left"] == 20_000
    assert get_customer(someone).total_spent == 20_000
    assert customer_purchases(someone)[-1].refunded == 10_000


def test_a_void_needs_a_reason_and_stays_in_the_audit_trail(db: Database) -> None:
    someone = customer()
    sale = buy(someone, 30_000, DAY)
    with pytest.raises(ValidationError):
        void_purchase(sale, reason=" ")
    void_purchase(sale, reason="다른 고객 것을 잘못 입력")
    assert get_customer(someone).total_spent == 0
    assert customer_purchases(someone)[0].voided
    entry = AuditEntry.get((AuditEntry.action == "void") & (AuditEntry.row_id == sale))
    assert "다른 고객 것을 잘못 입력" in entry.changes


def test_an_opening_balance_counts_in_totals_and_ladder_but_earns_nothing(db: Database) -> None:
    someone = customer()
    record_opening_balance(
        someone,
        total_spent=480_000,
        last_visit_on=DAY - dt.timedelta(days=90),
        carried_points=7_000,
    )
    card = get_customer(someone)
    assert (card.total_spent, card.purchase_count, card.points) == (480_000, 1, 7_000)
    assert card.last_visit_on == DAY - dt.timedelta(days=90)
    assert card.stage == "first_time"
    buy(someone, 10_000, DAY)
    card = get_customer(someone)
    assert (card.stage, card.points) == ("repeat", 7_300)
    with pytest.raises(ValidationError):
        record_opening_balance(someone, total_spent=1, last_visit_on=None)


def test_an_opening_balance_without_spend_is_not_a_purchase(db: Database) -> None:
    someone = customer()
    record_opening_balance(someone, total_spent=0, last_visit_on=None, carried_points=500)
    card = get_customer(someone)
    assert (card.purchase_count, card.points, card.stage) == (0, 500, "suspect")


def test_an_opening_balance_is_not_a_first_purchase(db: Database) -> None:
    from shopcrm.anniversaries import customer_anniversaries

    someone = customer()
    record_opening_balance(
        someone, total_spent=2_000_000, last_visit_on=dt.date(2023, 12, 24), today=DAY
    )
    card = get_customer(someone)
    assert (card.first_purchase_on, card.purchase_count) == (None, 1)
    assert [a.kind for a in customer_anniversaries(someone)] == []
    buy(someone, 10_000, DAY)
    assert get_customer(someone).first_purchase_on == DAY
    assert [a.kind for a in customer_anniversaries(someone)] == ["first_purchase"]


def test_an_opening_balance_stands_for_the_old_systems_purchases(db: Database) -> None:
    from shopcrm.models import Customer

    someone = customer()
    Customer.update(imported_purchases=10, imported_visits=12).where(
        Customer.id == someone
    ).execute()
    record_opening_balance(
        someone, total_spent=2_000_000, last_visit_on=dt.date(2023, 12, 24), today=DAY
    )
    card = get_customer(someone)
    assert (card.stage, card.purchase_count, card.visit_days) == ("repeat", 10, 12)
    buy(someone, 10_000, DAY)
    card = get_customer(someone)
    assert (card.purchase_count, card.visit_days) == (11, 13)


def test_the_first_purchase_becomes_an_anniversary_and_moves_with_a_void(db: Database) -> None:
    from shopcrm.anniversaries import customer_anniversaries

    someone = customer()
    first = buy(someone, 10_000, DAY)
    buy(someone, 10_000, DAY + dt.timedelta(days=30))
    dates = [(a.kind, a.month, a.day) for a in customer_anniversaries(someone)]
    assert dates == [("first_purchase", DAY.month, DAY.day)]
    void_purchase(first, reason="잘못 입력")
    later = DAY + dt.timedelta(days=30)
    dates = [(a.kind, a.month, a.day) for a in customer_anniversaries(someone)]
    assert dates == [("first_purchase", later.month, later.day)]


def test_a_purchase_in_the_future_or_a_refund_before_its_sale_is_refused(db: Database) -> None:
    someone = customer()
    with pytest.raises(ValidationError) as caught:
        buy(someone, 5_000, dt.date.today() + dt.timedelta(days=1))
    assert caught.value.code == "date_in_future"
    sale = buy(someone, 5_000, DAY)
    with pytest.raises(ValidationError) as caught:
        refund_purchase(sale, refunded_on=DAY - dt.timedelta(days=1))
    assert caught.value.code == "refund_before_sale"
