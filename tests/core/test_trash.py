"""The trash: a deleted customer disappears from search, the list, the calendar and agenda,
letters and labels, exports and counts; restoring her brings everything back (SQLite and
PostgreSQL)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from peewee import Database

from shopcrm.agenda import agenda, agenda_counts
from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer, customer_count, get_customer
from shopcrm.errors import CustomerRefused, ValidationError
from shopcrm.exporting import export_file
from shopcrm.letters.batch import DELETED_CUSTOMER, plan_letters
from shopcrm.letters.labels import plan_labels
from shopcrm.letters.recipients import recipients_from_numbers
from shopcrm.search import CustomerFilter, count_customers, search_customer_ids
from shopcrm.trash import delete_customer, empty_trash, restore_customer, trashed_customers
from shopcrm.vocabulary import KOREAN, describe_error, word
from tests.helpers.shop_helpers import buy

WEEK = (dt.date(2026, 5, 1), dt.date(2026, 5, 7))


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    ids = {}
    for name, phone in [("김민수", "010-1111-2222"), ("김민지", "010-3333-4444")]:
        ids[name] = create_customer(
            CustomerInput(name=name, phone=phone, address="서울시 마포구 1", marketing_consent=True)
        )
        add_anniversary(ids[name], AnniversaryInput(kind="birthday", month=5, day=3))
        buy(ids[name], 20_000, dt.date(2026, 4, 1))
    return ids


def numbers(shop: dict[str, int], name: str) -> int:
    return get_customer(shop[name]).customer_no


def test_a_deleted_customer_leaves_search_list_and_counts(shop: dict[str, int]) -> None:
    delete_customer(shop["김민지"], "중복 입력")
    assert search_customer_ids("김민") == [shop["김민수"]]
    assert search_customer_ids("3333") == []
    assert search_customer_ids() == [shop["김민수"]]
    assert count_customers() == customer_count() == 1


def test_the_trash_lists_her_with_the_reason(shop: dict[str, int]) -> None:
    delete_customer(shop["김민지"], "중복 입력")
    [trashed] = trashed_customers()
    assert (trashed.id, trashed.name, trashed.reason) == (shop["김민지"], "김민지", "중복 입력")
    assert search_customer_ids(filters=CustomerFilter(deleted=True)) == [shop["김민지"]]
    assert search_customer_ids("김민", filters=CustomerFilter(deleted=True)) == [shop["김민지"]]


def test_a_deleted_customer_leaves_the_calendar_and_agenda(shop: dict[str, int]) -> None:
    delete_customer(shop["김민지"], "중복 입력")
    assert [entry.name for entry in agenda(*WEEK)] == ["김민수"]
    assert agenda_counts(*WEEK) == {dt.date(2026, 5, 3): 1}


def test_letters_and_labels_name_her_as_deleted(shop: dict[str, int]) -> None:
    number = numbers(shop, "김민지")
    delete_customer(shop["김민지"], "중복 입력")
    recipients = recipients_from_numbers([numbers(shop, "김민수"), number])
    letters = plan_letters("thank_you", recipients, letter_date=dt.date(2026, 5, 2))
    [left_out] = [c for c in letters.candidates if c.customer_no == number]
    assert [reason.code for reason in left_out.reasons] == [DELETED_CUSTOMER]
    assert "삭제된 고객" in word("left_out_reason", DELETED_CUSTOMER, KOREAN, number=number)
    labels = plan_labels(recipients, split_households=True)
    assert len(labels.labels) == 1
    assert [reason.code for reason in labels.left_out[0].reasons] == [DELETED_CUSTOMER]


def test_exports_leave_her_out(shop: dict[str, int], tmp_path: Path) -> None:
    delete_customer(shop["김민지"], "중복 입력")
    result = export_file(tmp_path / "customers.csv")
    with open(result.path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert result.count == 1
    assert [row for row in rows[1:] if "김민지" in row] == []
    purchases = export_file(tmp_path / "purchases.csv", what="purchases")
    assert purchases.count == 1


def test_restoring_brings_everything_back(shop: dict[str, int], tmp_path: Path) -> None:
    before = get_customer(shop["김민지"])
    delete_customer(shop["김민지"], "중복 입력")
    restore_customer(shop["김민지"])
    after = get_customer(shop["김민지"])
    assert (after.total_spent, after.points, after.stage) == (
        before.total_spent,
        before.points,
        before.stage,
    )
    assert trashed_customers() == []
    assert set(search_customer_ids("김민")) == set(shop.values())
    assert [entry.name for entry in agenda(*WEEK)] == ["김민수", "김민지"]
    assert export_file(tmp_path / "again.csv").count == 2


def test_deleting_needs_a_reason_and_happens_once(shop: dict[str, int]) -> None:
    with pytest.raises(CustomerRefused) as no_reason:
        delete_customer(shop["김민지"], "  ")
    assert no_reason.value.code == "delete_reason_required"
    delete_customer(shop["김민지"], "이사")
    with pytest.raises(CustomerRefused) as twice:
        delete_customer(shop["김민지"], "이사")
    assert twice.value.code == "customer_in_trash"
    with pytest.raises(CustomerRefused) as not_in:
        restore_customer(shop["김민수"])
    assert not_in.value.code == "customer_not_in_trash"


def test_a_new_card_with_her_phone_points_to_the_trash(shop: dict[str, int]) -> None:
    delete_customer(shop["김민지"], "이사")
    with pytest.raises(ValidationError) as refused:
        create_customer(CustomerInput(name="김민지", phone="01033334444"))
    assert refused.value.code == "phone_in_trash"
    assert "휴지통" in describe_error(refused.value, KOREAN)


def test_emptying_the_trash_is_refused_for_now(shop: dict[str, int]) -> None:
    delete_customer(shop["김민지"], "이사")
    with pytest.raises(CustomerRefused) as refused:
        empty_trash()
    assert refused.value.code == "trash_erase_not_available"
    assert [c.id for c in trashed_customers()] == [shop["김민지"]]
