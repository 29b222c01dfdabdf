"""Referral rewards paid exactly once; staff removal hands customers on and hides nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm import settings
from shopcrm.customers import get_customer
from shopcrm.errors import ValidationError
from shopcrm.models import Customer, Interaction, PointEntry, Purchase
from shopcrm.referrals import record_referral
from shopcrm.staff import add_staff, assign_staff, list_staff, remove_staff
from shopcrm.visits import record_interaction
from tests.helpers.shop_helpers import buy, customer

DAY = dt.date.today() - dt.timedelta(days=60)


def rewards() -> list[int]:
    query = PointEntry.select().where(PointEntry.kind == "referral_reward")
    return sorted(entry.customer_id for entry in query)


def test_both_are_rewarded_once_when_the_referral_comes_first(db: Database) -> None:
    settings.set_setting("referral_reward_points", 2_000)
    introducer, friend = customer("김민수"), customer("이서연")
    record_referral(introducer, friend)
    buy(friend, 10_000, DAY)
    buy(friend, 10_000, DAY + dt.timedelta(days=3))
    record_referral(introducer, friend)  # recorded twice
    assert rewards() == sorted([introducer, friend])
    assert get_customer(introducer).points == 2_000


def test_both_are_rewarded_once_when_the_purchase_comes_first(db: Database) -> None:
    introducer, friend = customer("김민수"), customer("이서연")
    buy(friend, 10_000, DAY)
    record_referral(introducer, friend)
    record_referral(introducer, friend)
    assert rewards() == sorted([introducer, friend])
    assert get_customer(introducer).stage == "advocate"


def test_a_friend_has_one_introducer_and_nobody_refers_herself(db: Database) -> None:
    first, second, friend = customer("김민수"), customer("박지훈"), customer("이서연")
    record_referral(first, friend)
    with pytest.raises(ValidationError) as caught:
        record_referral(second, friend)
    assert caught.value.code == "already_referred"
    with pytest.raises(ValidationError):
        record_referral(friend, friend)


def test_removing_staff_hands_customers_on_and_keeps_attributions(db: Database) -> None:
    leaving, staying = add_staff("정우진"), add_staff("이하늘")
    someone, other = customer("김민수"), customer("이서연")
    assign_staff(someone, leaving)
    assign_staff(other, leaving)
    buy(someone, 10_000, DAY, staff_id=leaving)
    record_interaction(other, "call", staff_id=leaving)
    assert remove_staff(leaving, hand_to=staying) == 2
    assert {c.staff_id for c in Customer.select()} == {staying}
    assert Purchase.get().staff_id == leaving
    assert Interaction.get(Interaction.kind == "call").staff_id == leaving
    assert [m.name for m in list_staff()] == ["이하늘"]
    assert [m.name for m in list_staff(include_removed=True)] == ["이하늘", "정우진"]
    assert Customer.select().count() == 2


def test_removing_staff_to_nobody_keeps_the_customers(db: Database) -> None:
    leaving = add_staff("정우진")
    someone = customer("김민수")
    assign_staff(someone, leaving)
    remove_staff(leaving)
    assert get_customer(someone).staff_id is None
    assert get_customer(someone).name == "김민수"


def test_two_customers_cannot_have_referred_each_other(db: Database) -> None:
    first, second = customer("김민수"), customer("이서연")
    record_referral(first, second)
    with pytest.raises(ValidationError) as caught:
        record_referral(second, first)
    assert caught.value.code == "referral_loop"
