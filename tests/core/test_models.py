"""The stored model behaves the same on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm.customers import (
    CustomerInput,
    create_customer,
    customer_input_from,
    get_customer,
    update_customer,
)
from shopcrm.errors import ValidationError
from shopcrm.models import Anniversary, AuditEntry, Customer


def test_a_customer_is_stored_and_read_back_with_derived_columns(db: Database) -> None:
    customer_id = create_customer(
        CustomerInput(name=" 김민수 ", phone="010.1234.5678", notes="첫 줄\r\n둘째 줄\r셋째 줄")
    )
    card = get_customer(customer_id)
    assert card.name == "김민수"
    assert card.phone == "01012345678"
    assert card.phone_entered == "010.1234.5678"
    assert card.notes == "첫 줄\n둘째 줄\n셋째 줄"
    assert card.stage == "suspect"
    stored = Customer.get_by_id(customer_id)
    assert (stored.name_initials, stored.phone_last4) == ("ㄱㅁㅅ", "5678")


def test_customer_numbers_count_up_from_one(db: Database) -> None:
    first = create_customer(CustomerInput(name="김민수"))
    second = create_customer(CustomerInput(name="이서연"))
    assert [get_customer(first).customer_no, get_customer(second).customer_no] == [1, 2]


@pytest.mark.parametrize("bad", ["김\x00민수", "esc\x1b[31m", "bell\x07", "del\x7f"])
def test_control_characters_are_refused(db: Database, bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create_customer(CustomerInput(name="김민수", notes=bad))
    assert caught.value.code == "control_characters"
    assert Customer.select().count() == 0


def test_newlines_and_tabs_are_kept(db: Database) -> None:
    customer_id = create_customer(CustomerInput(name="박지훈", notes="우유\t알레르기\n연하게"))
    assert get_customer(customer_id).notes == "우유\t알레르기\n연하게"


def test_a_customer_without_a_name_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_customer(CustomerInput(name="   "))
    assert caught.value.code == "name_required"


def test_the_same_phone_twice_is_refused(db: Database) -> None:
    create_customer(CustomerInput(name="김민수", phone="010-1234-5678"))
    with pytest.raises(ValidationError) as caught:
        create_customer(CustomerInput(name="김민수", phone="+82 10 1234 5678"))
    assert caught.value.code == "duplicate_phone"
    assert caught.value.fields["customer_no"] == 1


def test_an_update_is_saved_and_audited_field_by_field(db: Database) -> None:
    customer_id = create_customer(CustomerInput(name="최유리", phone="010-2222-3333"))
    card = get_customer(customer_id)
    edited = customer_input_from(card)
    update_customer(
        customer_id,
        CustomerInput(**{**edited.__dict__, "address": "서울 마포구 연남로 27"}),
    )
    assert get_customer(customer_id).address == "서울 마포구 연남로 27"
    entry = AuditEntry.select().where(AuditEntry.action == "update").get()
    assert "address" in entry.changes
    assert "phone" not in entry.changes


def test_marketing_consent_keeps_its_first_date(db: Database) -> None:
    customer_id = create_customer(
        CustomerInput(name="한보람", marketing_consent=True, consent_channel="paper"),
        today=dt.date(2026, 1, 5),
    )
    card = get_customer(customer_id)
    update_customer(customer_id, customer_input_from(card), today=dt.date(2026, 11, 23))
    assert get_customer(customer_id).consent_on == dt.date(2026, 1, 5)


def test_deleting_a_customer_removes_her_anniversaries(db: Database) -> None:
    customer_id = create_customer(CustomerInput(name="윤하은"))
    Anniversary.create(customer=customer_id, kind="birthday", month=3, day=7, is_lunar=True)
    Customer.delete_by_id(customer_id)
    assert Anniversary.select().count() == 0
