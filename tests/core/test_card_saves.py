"""Saving a card changes only the fields given; the phone as first typed stays."""

from __future__ import annotations

import pytest
from peewee import Database

from shopcrm.customers import CustomerInput, create_customer, get_customer, update_customer
from shopcrm.staff import add_staff


def test_a_save_changes_only_the_fields_given(db: Database) -> None:
    staff = add_staff("오지현")
    customer_id = create_customer(
        CustomerInput(
            name="김민수",
            email="minsu@example.com",
            notes="우유 알레르기",
            staff_id=staff,
            former_no="A-17",
        )
    )
    update_customer(customer_id, {"address": "서울 마포구 연남로 27"})
    card = get_customer(customer_id)
    assert card.address == "서울 마포구 연남로 27"
    assert (card.email, card.notes, card.staff_id, card.former_no) == (
        "minsu@example.com",
        "우유 알레르기",
        staff,
        "A-17",
    )


def test_the_entered_phone_survives_a_save_with_the_same_number_typed_differently(
    db: Database,
) -> None:
    customer_id = create_customer(CustomerInput(name="김민수", phone="010.1234.5678"))
    update_customer(customer_id, {"phone": "01012345678", "notes": "새 메모"})
    card = get_customer(customer_id)
    assert (card.phone, card.phone_entered, card.notes) == (
        "01012345678",
        "010.1234.5678",
        "새 메모",
    )


def test_a_new_number_is_kept_as_typed(db: Database) -> None:
    customer_id = create_customer(CustomerInput(name="김민수", phone="010.1234.5678"))
    update_customer(customer_id, {"phone": "010 9999 8888"})
    card = get_customer(customer_id)
    assert (card.phone, card.phone_entered) == ("01099998888", "010 9999 8888")


def test_a_whole_card_can_still_be_saved(db: Database) -> None:
    customer_id = create_customer(CustomerInput(name="김민수", notes="메모"))
    update_customer(customer_id, CustomerInput(name="김민수"))
    assert get_customer(customer_id).notes is None


def test_a_field_that_is_not_on_the_card_is_refused(db: Database) -> None:
    customer_id = create_customer(CustomerInput(name="김민수"))
    with pytest.raises(ValueError, match="grade"):
        update_customer(customer_id, {"grade": "vip"})
