"""Moving `today` forward: the grade decays out of its 12-month window, the stage does not;
a regular who stays away turns up at risk only once her absence is long enough."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from peewee import Database

from shopcrm.customers import get_customer
from shopcrm.ladder import at_risk_customers, refresh_customer, refresh_grades
from shopcrm.models import Customer
from shopcrm.referrals import record_referral
from tests.helpers.import_helpers import excel_csv, run_import
from tests.helpers.shop_helpers import buy, customer

DAY = dt.date(2025, 3, 2)


def standing(customer_id: int, today: dt.date) -> tuple[str, str, int, int]:
    refresh_customer(customer_id, today=today)
    card = get_customer(customer_id)
    return card.stage, card.grade, card.purchase_count, card.total_spent


@pytest.mark.parametrize(
    ("days_later", "grade"),
    [(0, "gold"), (364, "gold"), (365, "normal"), (3650, "normal")],
)
def test_the_grade_decays_out_of_the_window_and_the_stage_stays(
    db: Database, days_later: int, grade: str
) -> None:
    someone = customer()
    buy(someone, 600_000, DAY)
    buy(someone, 10_000, DAY - dt.timedelta(days=30))
    today = DAY + dt.timedelta(days=days_later)
    assert standing(someone, today) == ("repeat", grade, 2, 610_000)


def test_the_daily_refresh_decays_the_grade_on_the_same_day_as_the_card(db: Database) -> None:
    someone = customer()
    buy(someone, 600_000, DAY)
    refresh_customer(someone, today=DAY)
    assert refresh_grades(DAY + dt.timedelta(days=364)) == 0
    assert get_customer(someone).grade == "gold"
    assert refresh_grades(DAY + dt.timedelta(days=365)) == 1
    assert (get_customer(someone).grade, get_customer(someone).stage) == ("normal", "first_time")


def test_an_advocate_stays_an_advocate_years_later(db: Database) -> None:
    referrer, friend = customer("김민수"), customer("이서연")
    record_referral(referrer, friend, on=DAY)
    buy(friend, 20_000, DAY)
    assert standing(referrer, DAY + dt.timedelta(days=3650))[0] == "advocate"


def test_a_regular_turns_up_at_risk_only_when_she_stays_away_long_enough(db: Database) -> None:
    regular = customer()
    for week in range(5):
        buy(regular, 8_000, DAY + dt.timedelta(days=7 * week))
    last = DAY + dt.timedelta(days=28)
    refresh_customer(regular, today=last)
    assert at_risk_customers(last + dt.timedelta(days=14)) == []  # exactly 2 × 7: not yet
    assert [c.days_away for c in at_risk_customers(last + dt.timedelta(days=15))] == [15]
    assert standing(regular, last + dt.timedelta(days=400))[0] == "repeat"


def test_an_imported_grade_holds_until_her_own_sales_and_never_comes_back(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        ["이름", "휴대폰", "등급", "누적구매액", "최근방문일"],
        ["장동건", "010-2000-0000", "VIP", "2,000,000", "2023-12-24"],
    ]
    run_import(excel_csv(tmp_path / "old.csv", rows), today=dt.date(2024, 1, 10))
    jang = Customer.get().id
    assert standing(jang, dt.date(2025, 5, 1))[1] == "vip"
    buy(jang, 12_000, dt.date(2025, 6, 1))
    assert standing(jang, dt.date(2025, 6, 1))[1] == "normal"
    assert standing(jang, dt.date(2030, 1, 1))[1] == "normal"
    assert refresh_grades(dt.date(2030, 1, 1)) == 0
