"""The demo shop is deterministic and obeys the core's rules."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database, fn

from shopcrm import settings
from shopcrm.demo import create_demo_shop
from shopcrm.errors import DemoRefused
from shopcrm.ladder import derive_stage
from shopcrm.models import Customer, Interaction, PointEntry, Purchase, Referral
from shopcrm.phones import parse_phone
from shopcrm.search import initial_consonants

TODAY = dt.date(2026, 11, 23)


def snapshot() -> list[tuple[object, ...]]:
    query = Customer.select(
        Customer.customer_no,
        Customer.name,
        Customer.phone,
        Customer.stage,
        Customer.points,
        Customer.total_spent,
        Customer.last_visit_on,
    ).order_by(Customer.customer_no)
    return list(query.tuples())


def test_the_same_seed_and_day_give_the_same_shop(db: Database) -> None:
    create_demo_shop(120, seed=7, today=TODAY)
    first = snapshot()
    create_demo_shop(120, seed=7, today=TODAY, force=True)
    assert snapshot() == first
    create_demo_shop(120, seed=8, today=TODAY, force=True)
    assert snapshot() != first


def test_the_demo_refuses_a_shop_with_customers(db: Database) -> None:
    create_demo_shop(10, today=TODAY)
    with pytest.raises(DemoRefused) as caught:
        create_demo_shop(10, today=TODAY)
    assert caught.value.fields["count"] == 10


def test_demo_totals_points_and_stages_follow_the_rules(db: Database) -> None:
    create_demo_shop(200, seed=3, today=TODAY)
    spent = dict(
        Purchase.select(Purchase.customer, fn.SUM(Purchase.amount))
        .group_by(Purchase.customer)
        .tuples()
    )
    bought = dict(
        Purchase.select(Purchase.customer, fn.COUNT(Purchase.id))
        .group_by(Purchase.customer)
        .tuples()
    )
    ledger = dict(
        PointEntry.select(PointEntry.customer, fn.SUM(PointEntry.points))
        .group_by(PointEntry.customer)
        .tuples()
    )
    rewarded = {
        referral.referrer_id
        for referral in Referral.select().where(Referral.rewarded_at.is_null(False))
    }
    contacted = {row.customer_id for row in Interaction.select(Interaction.customer)}
    threshold = settings.get_setting("repeat_purchase_threshold")
    stages = set()
    for customer in Customer.select():
        assert customer.total_spent == spent.get(customer.id, 0)
        assert customer.purchase_count == bought.get(customer.id, 0)
        assert customer.points == ledger.get(customer.id, 0)
        expected = derive_stage(
            has_interaction=customer.id in contacted,
            purchase_count=customer.purchase_count,
            repeat_threshold=threshold,
            has_buying_referral=customer.id in rewarded,
        )
        assert customer.stage == (customer.stage_override or expected)
        assert customer.name_initials == initial_consonants(customer.name)
        if customer.phone:
            assert parse_phone(customer.phone).canonical == customer.phone
        stages.add(customer.stage)
    assert stages == {"suspect", "prospect", "first_time", "repeat", "advocate"}


def test_demo_history_ends_on_the_given_day(db: Database) -> None:
    create_demo_shop(100, seed=1, today=TODAY)
    assert Purchase.select(fn.MAX(Purchase.purchased_on)).scalar() <= TODAY
    assert settings.shop_profile().shop_name == "달빛 베이커리"


def test_demo_customers_are_what_the_core_rules_would_make_them(db: Database) -> None:
    from shopcrm.ladder import refresh_customer

    create_demo_shop(120, seed=5, today=TODAY)
    before = stored_facts()
    for customer_id in [row[0] for row in before]:
        refresh_customer(customer_id, today=TODAY)
    assert stored_facts() == before


def stored_facts() -> list[tuple[object, ...]]:
    query = Customer.select(
        Customer.id,
        Customer.stage,
        Customer.grade,
        Customer.points,
        Customer.total_spent,
        Customer.purchase_count,
        Customer.visit_days,
        Customer.usual_gap_days,
        Customer.first_purchase_on,
        Customer.last_visit_on,
    ).order_by(Customer.id)
    return list(query.tuples())


def test_the_demo_bakery_uses_the_bakery_grade_preset(db: Database) -> None:
    from shopcrm.settings import GRADE_PRESETS

    create_demo_shop(300, seed=1, today=TODAY)
    assert settings.get_setting("grade_thresholds") == GRADE_PRESETS["bakery"]
    grades = {row[0] for row in Customer.select(Customer.grade).tuples()}
    assert grades == {"normal", "silver", "gold", "vip"}


def test_demo_stage_histories_end_where_the_customers_stand(db: Database) -> None:
    from shopcrm.ladder import stage_history

    create_demo_shop(150, seed=2, today=TODAY)
    for customer in Customer.select():
        steps = stage_history(customer.id)
        assert (steps[-1].to_stage if steps else "suspect") == customer.stage
        assert all(a.to_stage == b.from_stage for a, b in zip(steps, steps[1:], strict=False))
        assert all(step.to_stage != step.from_stage for step in steps)


def test_the_demo_shows_stage_overrides_with_their_reason(db: Database) -> None:
    from shopcrm.ladder import stage_history

    create_demo_shop(200, seed=1, today=TODAY)
    overridden = list(Customer.select().where(Customer.stage_override.is_null(False)))
    assert overridden
    for customer in overridden:
        last = stage_history(customer.id)[-1]
        assert (last.to_stage, last.is_override) == (customer.stage_override, True)
        assert last.note


def test_the_demo_staff_have_roles(db: Database) -> None:
    from shopcrm.models import Staff

    create_demo_shop(10, today=TODAY)
    assert sorted(staff.role for staff in Staff.select()) == ["manager", "owner", "staff"]


def test_some_demo_sales_are_paid_partly_with_points(db: Database) -> None:
    from shopcrm.ladder import points_for_purchase
    from shopcrm.purchases import points_redeemed_on

    create_demo_shop(200, seed=1, today=TODAY)
    redeemed = list(PointEntry.select().where(PointEntry.kind == "redeem"))
    assert redeemed
    rate = float(settings.get_setting("points_rate_percent"))
    for entry in redeemed:
        sale = Purchase.get_by_id(entry.purchase_id)
        assert points_redeemed_on(sale.id) == -entry.points <= sale.amount
        assert sale.points_earned == points_for_purchase(sale.amount, rate, -entry.points)
