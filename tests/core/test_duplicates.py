"""Likely duplicates on a hand-made shop: exactly the pairs written here, newest first, each
with why (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from peewee import Database

from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.duplicates import likely_duplicates
from shopcrm.models import Customer
from shopcrm.vocabulary import ENGLISH, KOREAN, word


def card(name: str, phone: str | None = None, address: str | None = None) -> int:
    return create_customer(CustomerInput(name=name, phone=phone, address=address))


def birthday(
    customer_id: int, month: int, day: int, *, lunar: bool = False, year: int | None = None
) -> None:
    add_anniversary(
        customer_id,
        AnniversaryInput(kind="birthday", month=month, day=day, is_lunar=lunar, year=year),
    )


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    ids: dict[str, int] = {}
    ids["이지은 카운터"] = card("이지은", "010.1234.5678")
    # an old file held the same number a second time, typed another way
    ids["이지은 엑셀"] = card("이지은")
    Customer.update(phone="01012345678", phone_last4="5678", phone_entered="01012345678").where(
        Customer.id == ids["이지은 엑셀"]
    ).execute()
    ids["김민수"] = card("김민수")
    birthday(ids["김민수"], 3, 15)
    ids["김 민수"] = card("김 민수")
    birthday(ids["김 민수"], 3, 15, year=1990)
    ids["김민수 음력"] = card("김민수")
    birthday(ids["김민수 음력"], 3, 15, lunar=True)
    ids["김민수 1988"] = card("김민수")
    birthday(ids["김민수 1988"], 3, 15, year=1988)  # another year: another person
    ids["박서준"] = card("박서준")
    ids["박서준 또"] = card("박서준")
    ids["최유리 옛 번호"] = card("최유리", "010-2222-3333", "서울시 마포구 월드컵로 10")
    ids["최유리 새 번호"] = card("최유리", "010-4444-5555", "서울시 마포구  월드컵로 10,")
    ids["정우성 전화"] = card("정우성", "010-6666-7777")
    ids["정우성"] = card("정우성")
    ids["한가인"] = card("한가인", "010-8888-9999", "부산시 해운대구 1")
    ids["한가인 다른 주소"] = card("한가인", "010-8888-0000", "부산시 해운대구 2")
    return ids


def named(shop: dict[str, int]) -> list[tuple[str, str, tuple[str, ...]]]:
    names = {customer_id: name for name, customer_id in shop.items()}
    return [
        (names[pair.older.id], names[pair.newer.id], pair.reasons) for pair in likely_duplicates()
    ]


def test_the_pairs_of_the_rule_newest_first_with_why(shop: dict[str, int]) -> None:
    assert named(shop) == [
        ("최유리 옛 번호", "최유리 새 번호", ("same_name_address",)),
        ("박서준", "박서준 또", ("same_name_no_details",)),
        ("김민수", "김민수 1988", ("same_name_birthday",)),
        ("김민수", "김 민수", ("same_name_birthday",)),
        ("이지은 카운터", "이지은 엑셀", ("same_phone",)),
    ]


def test_a_pair_shows_both_cards_as_typed(shop: dict[str, int]) -> None:
    pair = likely_duplicates()[-1]
    assert (pair.older.phone_entered, pair.newer.phone_entered) == ("010.1234.5678", "01012345678")
    assert pair.older.phone == pair.newer.phone == "01012345678"
    assert pair.older.customer_no < pair.newer.customer_no


def test_a_card_in_the_trash_is_no_duplicate(shop: dict[str, int]) -> None:
    Customer.update(deleted_at=Customer.created_at).where(
        Customer.id == shop["박서준 또"]
    ).execute()
    assert "박서준" not in {older for older, _newer, _why in named(shop)}


def test_every_reason_is_worded() -> None:
    from shopcrm.matching import DUPLICATE_REASONS

    for code in DUPLICATE_REASONS:
        assert word("duplicate_reason", code, KOREAN) != code
        assert word("duplicate_reason", code, ENGLISH) != code
