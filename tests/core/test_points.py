"""The points ledger: earn, redeem, refund after spending, expiry oldest first."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm import settings
from shopcrm.customers import get_customer
from shopcrm.errors import ValidationError
from shopcrm.models import PointEntry
from shopcrm.points import (
    expire_due_points,
    expire_points,
    expiry_date,
    points_expiring,
    redeem_points,
)
from shopcrm.purchases import refund_purchase, void_purchase
from tests.helpers.shop_helpers import buy, customer

DAY = dt.date.today() - dt.timedelta(days=60)  # recent: its points have not expired


def points_of(customer_id: int) -> int:
    return get_customer(customer_id).points


def test_a_purchase_earns_the_configured_rate(db: Database) -> None:
    settings.set_setting("points_rate_percent", 5)
    someone = customer()
    buy(someone, 12_345, DAY)
    assert points_of(someone) == 617  # 5 % of 12,345, rounded down


def test_redeeming_never_goes_beyond_the_balance(db: Database) -> None:
    someone = customer()
    buy(someone, 100_000, DAY)  # 3,000 points at the default 3 %
    assert redeem_points(someone, 1_000, on=DAY) == 2_000
    with pytest.raises(ValidationError) as caught:
        redeem_points(someone, 2_001, on=DAY)
    assert caught.value.code == "not_enough_points"
    assert caught.value.fields["balance"] == 2_000
    assert points_of(someone) == 2_000


def test_a_refund_after_spending_zeroes_the_balance_and_records_the_shortfall(
    db: Database,
) -> None:
    someone = customer()
    sale = buy(someone, 100_000, DAY)  # 3,000 points
    redeem_points(someone, 2_500, on=DAY)
    refund_purchase(sale, refunded_on=DAY + dt.timedelta(days=1))
    assert points_of(someone) == 0
    reversal = PointEntry.get(PointEntry.kind == "refund_reversal")
    assert (reversal.points, reversal.shortfall) == (-500, 2_500)


def test_a_partial_refund_reverses_points_in_proportion(db: Database) -> None:
    someone = customer()
    sale = buy(someone, 100_000, DAY)  # 3,000 points
    refund_purchase(sale, 25_000)
    assert points_of(someone) == 2_250
    refund_purchase(sale)  # the rest
    assert points_of(someone) == 0


def test_voiding_takes_back_the_points_once(db: Database) -> None:
    someone = customer()
    sale = buy(someone, 50_000, DAY)
    refund_purchase(sale, 10_000)
    void_purchase(sale, reason="두 번 입력")
    assert points_of(someone) == 0
    assert get_customer(someone).total_spent == 0


def test_points_expire_oldest_first(db: Database) -> None:
    settings.set_setting("points_expiry_months", 12)
    someone = customer()
    buy(someone, 100_000, DAY)  # 3,000 points, expire 12 months after DAY
    later = DAY + dt.timedelta(days=30)
    buy(someone, 50_000, later)  # 1,500 points, expire 12 months after that
    redeem_points(someone, 1_000, on=later)  # taken from the oldest lot
    assert expire_points(someone, expiry_date(DAY)) == 2_000
    assert points_of(someone) == 1_500
    assert expire_points(someone, expiry_date(DAY)) == 0  # not twice
    assert expire_points(someone, expiry_date(later)) == 1_500
    assert points_of(someone) == 0


def test_expiry_dates_fall_on_real_days(db: Database) -> None:
    assert expiry_date(dt.date(2026, 8, 31)) == dt.date(2028, 8, 31)  # 24 months by default
    settings.set_setting("points_expiry_months", 12)
    assert expiry_date(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)


def test_points_expiring_in_the_next_30_days_are_listed(db: Database) -> None:
    settings.set_setting("points_expiry_months", 12)
    early, late = customer("김민수"), customer("이서연")
    today = dt.date.today()
    soon = today - dt.timedelta(days=350)  # its points expire in about two weeks
    buy(early, 100_000, soon)
    buy(late, 100_000, today - dt.timedelta(days=200))
    listed = points_expiring(today)
    assert [(item.name, item.points, item.expires_on) for item in listed] == [
        ("김민수", 3_000, expiry_date(soon))
    ]


def test_the_daily_expiry_run_expires_every_customer_once(db: Database) -> None:
    settings.set_setting("points_expiry_months", 12)
    first, second = customer("김민수"), customer("이서연")
    today = dt.date.today()
    buy(first, 10_000, today - dt.timedelta(days=300))
    buy(second, 20_000, today - dt.timedelta(days=250))
    assert expire_due_points(today + dt.timedelta(days=150)) == 900
    assert expire_due_points(today + dt.timedelta(days=151)) == 0
    assert points_of(first) == points_of(second) == 0


def test_voiding_a_refund_gives_the_points_back(db: Database) -> None:
    someone = customer()
    sale = buy(someone, 100_000, DAY)  # 3,000 points
    refund = refund_purchase(sale)
    assert points_of(someone) == 0
    void_purchase(refund, reason="환불 입력 실수")
    card = get_customer(someone)
    assert (card.points, card.total_spent, card.stage) == (3_000, 100_000, "first_time")
    refund_purchase(sale, 50_000)  # a real refund later takes back half again
    assert points_of(someone) == 1_500


def test_voiding_a_sale_after_a_partial_refund_takes_back_only_what_is_left(db: Database) -> None:
    someone = customer()
    buy(someone, 20_000, DAY)  # 600 points from another purchase stay
    sale = buy(someone, 100_000, DAY)  # 3,000 points
    refund_purchase(sale, 40_000)  # 1,200 back
    void_purchase(sale, reason="중복 입력")
    assert points_of(someone) == 600


def test_voiding_an_opening_balance_takes_back_its_own_points_only(db: Database) -> None:
    from shopcrm.models import Purchase
    from shopcrm.purchases import record_opening_balance

    someone = customer()
    first = record_opening_balance(
        someone, total_spent=10_000, last_visit_on=DAY, carried_points=1_000
    )
    void_purchase(first, reason="잘못된 잔액")  # type: ignore[arg-type]
    record_opening_balance(someone, total_spent=10_000, last_visit_on=DAY, carried_points=500)
    buy(someone, 100_000, DAY)  # 3,000 points
    second = Purchase.get((Purchase.kind == "opening_balance") & Purchase.voided_at.is_null()).id
    void_purchase(second, reason="다시 잘못")
    assert points_of(someone) == 3_000


def test_points_of_a_purchase_typed_in_long_after_are_already_expired(db: Database) -> None:
    someone = customer()
    buy(someone, 100_000, dt.date.today() - dt.timedelta(days=800))  # past 24 months
    assert points_of(someone) == 0
    assert expire_due_points(dt.date.today()) == 0
