"""Grades from the last 12 months, presets per business, and regulars at risk."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm import settings
from shopcrm.customers import get_customer
from shopcrm.daily import run_daily_upkeep
from shopcrm.errors import ValidationError
from shopcrm.ladder import (
    apply_grade_preset,
    at_risk_customers,
    grade_for,
    is_at_risk,
    refresh_customer,
    refresh_grades,
    usual_gap,
)
from shopcrm.purchases import refund_purchase
from shopcrm.settings import GRADE_PRESETS, ShopProfile, save_shop_profile
from shopcrm.visits import record_interaction
from tests.helpers.shop_helpers import buy, customer

TODAY = dt.date(2026, 11, 23)
THRESHOLDS = {
    "silver": {"spend": 200_000, "visits": 6},
    "gold": {"spend": 500_000, "visits": 12},
    "vip": {"spend": 1_000_000, "visits": 24},
}


@pytest.mark.parametrize(
    ("spend", "visits", "grade"),
    [
        (0, 0, "normal"),
        (199_999, 5, "normal"),
        (200_000, 0, "silver"),
        (0, 6, "silver"),
        (499_999, 11, "silver"),
        (500_000, 1, "gold"),
        (10_000, 12, "gold"),
        (1_000_000, 0, "vip"),
        (0, 24, "vip"),
    ],
)
def test_grade_thresholds(spend: int, visits: int, grade: str) -> None:
    assert grade_for(spend, visits, THRESHOLDS) == grade


@pytest.mark.parametrize("business", sorted(GRADE_PRESETS))
def test_presets_rise_with_each_grade(business: str) -> None:
    preset = GRADE_PRESETS[business]
    for key in ("spend", "visits"):
        assert preset["silver"][key] < preset["gold"][key] < preset["vip"][key]


def test_every_business_type_has_a_preset() -> None:
    assert set(GRADE_PRESETS) == set(settings.BUSINESS_TYPES)


def test_a_preset_becomes_the_shops_thresholds(db: Database) -> None:
    apply_grade_preset("salon")
    assert settings.get_setting("grade_thresholds") == GRADE_PRESETS["salon"]
    with pytest.raises(ValidationError):
        apply_grade_preset("spaceport")


def test_only_the_last_12_months_count_for_the_grade(db: Database) -> None:
    today = dt.date(2026, 11, 23)
    someone = customer()
    buy(someone, 600_000, today - dt.timedelta(days=365))  # a year ago: just outside
    refresh_customer(someone, today=today)
    assert get_customer(someone).grade == "normal"
    buy(someone, 600_000, today - dt.timedelta(days=364))  # the first day inside
    refresh_customer(someone, today=today)
    assert get_customer(someone).grade == "gold"


@pytest.mark.parametrize(
    ("days", "gap"),
    [
        ([], None),
        ([dt.date(2026, 1, 1)], None),
        (
            [dt.date(2026, 1, 1), dt.date(2026, 1, 11), dt.date(2026, 1, 15), dt.date(2026, 2, 14)],
            10,
        ),
    ],
)
def test_usual_gap_is_the_median_between_visit_days(days: list[dt.date], gap: int | None) -> None:
    assert usual_gap(days) == gap


@pytest.mark.parametrize(
    ("stage", "visit_days", "away", "expected"),
    [
        ("repeat", 5, 21, True),  # 21 days away > 2 × 10
        ("repeat", 5, 20, False),  # exactly 2 × 10 is not yet
        ("first_time", 5, 60, False),  # not a regular
        ("repeat", 2, 60, False),  # fewer than 3 visit days
        ("advocate", 3, 25, True),
    ],
)
def test_at_risk_rule(stage: str, visit_days: int, away: int, expected: bool) -> None:
    today = dt.date(2026, 11, 23)
    assert (
        is_at_risk(
            stage=stage,
            visit_days=visit_days,
            last_visit_on=today - dt.timedelta(days=away),
            usual_gap_days=10,
            today=today,
            factor=2,
        )
        is expected
    )


@pytest.mark.parametrize(
    ("own_gap", "away", "expected"), [(None, 25, True), (None, 24, False), (30, 25, False)]
)
def test_without_a_gap_of_her_own_the_shops_median_gap_judges(
    own_gap: int | None, away: int, expected: bool
) -> None:
    today = dt.date(2026, 11, 23)
    assert (
        is_at_risk(
            stage="repeat",
            visit_days=10,  # counted by the old system, not dated
            last_visit_on=today - dt.timedelta(days=away),
            usual_gap_days=own_gap,
            today=today,
            factor=2,
            shop_gap_days=12,
        )
        is expected
    )


def test_regulars_who_stay_away_are_listed(db: Database) -> None:
    today = dt.date(2026, 11, 23)
    faithful, drifting = customer("김민수"), customer("이서연")
    for weeks in range(6):
        buy(faithful, 8_000, today - dt.timedelta(days=7 * weeks))
        buy(drifting, 8_000, today - dt.timedelta(days=100 + 7 * weeks))
    record_interaction(faithful, "visit")
    listed = at_risk_customers(today)
    assert [(c.name, c.usual_gap_days, c.days_away) for c in listed] == [("이서연", 7, 100)]


def test_a_visit_day_counts_once_however_many_things_happened(db: Database) -> None:
    someone = customer()
    day = dt.date(2026, 6, 1)
    buy(someone, 5_000, day)
    buy(someone, 5_000, day)
    assert get_customer(someone).visit_days == 1


def test_grades_fall_when_the_window_moves_past_the_spending(db: Database) -> None:
    bought = dt.date(2026, 2, 1)
    someone = customer()
    buy(someone, 600_000, bought)
    assert run_daily_upkeep(bought + dt.timedelta(days=364)).ran
    assert get_customer(someone).grade == "gold"
    later = bought + dt.timedelta(days=365)
    assert run_daily_upkeep(later).grades_changed == 1
    assert get_customer(someone).grade == "normal"
    assert not run_daily_upkeep(later).ran


def test_the_daily_grade_refresh_agrees_with_the_card(db: Database) -> None:
    apply_grade_preset("cafe")
    today = dt.date(2026, 11, 23)
    someone = customer()
    old = buy(someone, 300_000, today - dt.timedelta(days=400))
    buy(someone, 200_000, today - dt.timedelta(days=10))
    refund_purchase(old, 250_000, refunded_on=today - dt.timedelta(days=5))
    refresh_customer(someone, today=today)
    on_card = get_customer(someone).grade
    assert on_card == "silver"  # the refund of a sale outside the window takes nothing inside
    assert refresh_grades(today) == 0  # the daily run finds nothing to change
    assert get_customer(someone).grade == on_card


def test_a_new_shop_takes_the_grade_preset_of_its_business_type(db: Database) -> None:
    save_shop_profile(ShopProfile(shop_name="꽃향기", business_type="flower"))
    assert settings.get_setting("grade_thresholds") == GRADE_PRESETS["flower"]


def test_editing_the_shop_keeps_thresholds_the_owner_set_until_the_type_changes(
    db: Database,
) -> None:
    save_shop_profile(ShopProfile(shop_name="빵굽는집", business_type="bakery"))
    own = {"silver": {"spend": 1, "visits": 1}, "gold": {"spend": 2, "visits": 2}}
    settings.set_setting("grade_thresholds", own)
    save_shop_profile(ShopProfile(shop_name="빵굽는 집", business_type="bakery"))
    assert settings.get_setting("grade_thresholds") == own
    save_shop_profile(ShopProfile(shop_name="빵굽는 집", business_type="cafe"))
    assert settings.get_setting("grade_thresholds") == GRADE_PRESETS["cafe"]
