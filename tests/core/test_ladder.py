"""The customer ladder: every transition, the override, and a demotion by void or refund."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm import settings
from shopcrm.ladder import set_stage_override, stage_history
from shopcrm.purchases import refund_purchase, void_purchase
from shopcrm.referrals import record_referral
from shopcrm.visits import record_interaction
from tests.helpers.shop_helpers import buy, customer, stage

DAY = dt.date(2026, 3, 2)


def test_a_new_customer_is_a_suspect(db: Database) -> None:
    assert stage(customer()) == "suspect"


@pytest.mark.parametrize("kind", ["visit", "call", "message", "inquiry", "event"])
def test_any_contact_makes_a_prospect(db: Database, kind: str) -> None:
    someone = customer()
    record_interaction(someone, kind)
    assert stage(someone) == "prospect"


def test_a_letter_sent_is_not_a_contact(db: Database) -> None:
    someone = customer()
    record_interaction(someone, "letter")
    assert stage(someone) == "suspect"


def test_first_purchase_then_repeat(db: Database) -> None:
    someone = customer()
    buy(someone, 12_000, DAY)
    assert stage(someone) == "first_time"
    buy(someone, 8_000, DAY + dt.timedelta(days=9))
    assert stage(someone) == "repeat"


def test_the_repeat_threshold_is_a_setting(db: Database) -> None:
    settings.set_setting("repeat_purchase_threshold", 3)
    someone = customer()
    for offset in (0, 7):
        buy(someone, 5_000, DAY + dt.timedelta(days=offset))
    assert stage(someone) == "first_time"
    buy(someone, 5_000, DAY + dt.timedelta(days=14))
    assert stage(someone) == "repeat"


def test_a_referred_friends_first_purchase_makes_an_advocate(db: Database) -> None:
    introducer, friend = customer("김민수"), customer("이서연")
    record_referral(introducer, friend)
    assert stage(introducer) == "suspect"
    buy(friend, 20_000, DAY)
    assert stage(introducer) == "advocate"
    assert stage(friend) == "first_time"


def test_stages_do_not_drop_by_themselves(db: Database) -> None:
    someone = customer()
    buy(someone, 5_000, DAY)
    buy(someone, 5_000, DAY + dt.timedelta(days=3))
    record_interaction(someone, "call")
    assert stage(someone) == "repeat"


def test_voiding_the_only_purchase_demotes_with_the_reason(db: Database) -> None:
    someone = customer()
    purchase = buy(someone, 15_000, DAY)
    assert stage(someone) == "first_time"
    void_purchase(purchase, reason="잘못 입력")
    assert stage(someone) == "suspect"  # a voided purchase never happened, nor its visit
    last = stage_history(someone)[-1]
    assert (last.from_stage, last.to_stage, last.reason) == (
        "first_time",
        "suspect",
        "purchase_voided",
    )


def test_a_fully_refunded_only_purchase_leaves_a_prospect(db: Database) -> None:
    someone = customer()
    purchase = buy(someone, 15_000, DAY)
    refund_purchase(purchase)
    assert stage(someone) == "prospect"  # she came and bought, then returned it


def test_a_full_refund_of_the_second_purchase_drops_a_regular(db: Database) -> None:
    someone = customer()
    buy(someone, 10_000, DAY)
    second = buy(someone, 30_000, DAY + dt.timedelta(days=5))
    assert stage(someone) == "repeat"
    refund_purchase(second, 10_000)
    assert stage(someone) == "repeat"  # a partial refund keeps the purchase
    refund_purchase(second)
    assert stage(someone) == "first_time"


def test_an_override_is_kept_shown_and_removable(db: Database) -> None:
    someone = customer()
    buy(someone, 10_000, DAY)
    assert set_stage_override(someone, "advocate", note="단체 주문 소개") == "advocate"
    buy(someone, 10_000, DAY + dt.timedelta(days=2))
    assert stage(someone) == "advocate"
    last = stage_history(someone)[-1]
    assert last.is_override and last.note == "단체 주문 소개"
    assert set_stage_override(someone, None) == "repeat"
    assert stage_history(someone)[-1].reason == "override_removed"


def test_the_history_says_why_she_is_where_she_is(db: Database) -> None:
    someone = customer()
    record_interaction(someone, "inquiry")
    buy(someone, 10_000, DAY)
    buy(someone, 10_000, DAY + dt.timedelta(days=4))
    steps = [(s.from_stage, s.to_stage, s.reason) for s in stage_history(someone)]
    assert steps == [
        ("suspect", "prospect", "inquiry_logged"),
        ("prospect", "first_time", "first_purchase"),
        ("first_time", "repeat", "repeat_purchase"),
    ]
