"""The filters beside the search: each gives exactly the expected customers, alone and
combined with the search text, counted without loading the rows (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer, set_customer_tags
from shopcrm.models import Customer
from shopcrm.points import add_points
from shopcrm.search import CustomerFilter, count_customers, search_customer_ids
from shopcrm.staff import add_staff, assign_staff
from tests.helpers.shop_helpers import buy

# far ahead of any purchase (within the lunar tables), so nothing depends on the day it runs
TODAY = dt.date(2049, 12, 20)


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    """Six customers, each standing out by one or two filters."""
    staff = add_staff("지은")
    ids = {
        name: create_customer(
            CustomerInput(name=name, phone=phone, marketing_consent=consent),
            today=dt.date(2026, 1, 2),
        )
        for name, phone, consent in [
            ("김민수", "010-1111-2222", True),
            ("김민지", "010-3333-4444", False),
            ("이서연", None, True),
            ("박지훈", "010-5555-6666", False),
            ("최유나", "010-7777-8888", True),
            ("정하늘", None, False),
        ]
    }
    for day in (dt.date(2026, 1, 5), dt.date(2026, 2, 5), dt.date(2026, 3, 5)):
        buy(ids["김민수"], 30_000, day)  # a regular with three visit days: away since March
    buy(ids["최유나"], 10_000, dt.date(2026, 1, 5))
    buy(ids["최유나"], 10_000, dt.date(2026, 1, 9))  # repeat, but only two visit days
    buy(ids["이서연"], 20_000, dt.date(2026, 4, 1))
    Customer.update(grade="gold").where(Customer.id == ids["최유나"]).execute()
    add_anniversary(ids["김민지"], AnniversaryInput(kind="birthday", month=12, day=24))
    add_anniversary(ids["박지훈"], AnniversaryInput(kind="birthday", month=12, day=29))
    add_points(ids["박지훈"], 500, kind="adjust", on=dt.date(2048, 1, 10))  # expires 2050-01-10
    add_points(ids["정하늘"], 500, kind="adjust", on=dt.date(2048, 3, 10))  # expires in March
    assign_staff(ids["김민지"], staff)
    assign_staff(ids["최유나"], staff)
    set_customer_tags(ids["김민수"], ["단골"])
    set_customer_tags(ids["정하늘"], ["단골", "학생"])
    return ids


def found(shop: dict[str, int], query: str = "", **chosen: object) -> set[str]:
    filters = CustomerFilter(**chosen)  # type: ignore[arg-type]
    names = {customer_id: name for name, customer_id in shop.items()}
    ids = search_customer_ids(query, filters=filters, today=TODAY)
    assert count_customers(query, filters, today=TODAY) == len(ids)
    return {names[customer_id] for customer_id in ids}


def test_no_filter_lists_everyone(shop: dict[str, int]) -> None:
    assert found(shop) == set(shop)
    assert CustomerFilter().is_empty


def test_the_stage_filter(shop: dict[str, int]) -> None:
    assert found(shop, stage="repeat") == {"김민수", "최유나"}
    assert found(shop, stage="first_time") == {"이서연"}


def test_the_grade_filter(shop: dict[str, int]) -> None:
    assert found(shop, grade="gold") == {"최유나"}


def test_the_at_risk_filter_takes_regulars_with_three_visit_days(shop: dict[str, int]) -> None:
    assert found(shop, at_risk=True) == {"김민수"}


def test_the_anniversary_filter_looks_seven_days_ahead(shop: dict[str, int]) -> None:
    assert found(shop, anniversary_soon=True) == {"김민지"}


def test_the_staff_filter(shop: dict[str, int]) -> None:
    staff_id = Customer.get_by_id(shop["김민지"]).staff_id
    assert found(shop, staff_id=staff_id) == {"김민지", "최유나"}


def test_the_consent_filter_both_ways(shop: dict[str, int]) -> None:
    assert found(shop, marketing_consent=True) == {"김민수", "이서연", "최유나"}
    assert found(shop, marketing_consent=False) == {"김민지", "박지훈", "정하늘"}


def test_the_expiring_points_filter_looks_thirty_days_ahead(shop: dict[str, int]) -> None:
    assert found(shop, points_expiring=True) == {"박지훈"}


def test_the_tag_filter(shop: dict[str, int]) -> None:
    assert found(shop, tag="단골") == {"김민수", "정하늘"}
    assert found(shop, tag="학생") == {"정하늘"}


def test_filters_combine_with_each_other(shop: dict[str, int]) -> None:
    assert found(shop, stage="repeat", marketing_consent=True, tag="단골") == {"김민수"}


def test_filters_combine_with_the_search_text(shop: dict[str, int]) -> None:
    assert found(shop, "김민") == {"김민수", "김민지"}
    assert found(shop, "김민", marketing_consent=True) == {"김민수"}
    assert found(shop, "김민", anniversary_soon=True) == {"김민지"}
    assert found(shop, "ㄱㅁ", stage="repeat") == {"김민수"}
    assert found(shop, "6666", points_expiring=True) == {"박지훈"}
    assert found(shop, "단골", stage="repeat") == {"김민수"}


def test_filtered_pages_keep_their_order(shop: dict[str, int]) -> None:
    filters = CustomerFilter(marketing_consent=True)
    whole = search_customer_ids(filters=filters, today=TODAY)
    pages = [
        search_customer_ids(filters=filters, today=TODAY, limit=2, offset=offset)
        for offset in (0, 2)
    ]
    assert pages[0] + pages[1] == whole
