"""Finding customers by phone digits, initial consonants, name and number."""

from __future__ import annotations

import pytest
from peewee import Database

from shopcrm.customers import CustomerInput, create_customer
from shopcrm.search import fetch_customer_rows, initial_consonants, search_customer_ids


@pytest.fixture
def shop(db: Database) -> dict[str, int]:
    people = [
        ("김민수", "010-1234-5678"),
        ("김민서", "010-9999-1234"),
        ("민수진", "02-123-5678"),
        ("이서연", "010-5555-0000"),
        ("100% 할인왕", None),
        ("Anna Kim", "010-7777-8888"),
    ]
    return {name: create_customer(CustomerInput(name=name, phone=phone)) for name, phone in people}


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("김민수", "ㄱㅁㅅ"),
        ("빵순이", "ㅃㅅㅇ"),
        ("Anna Kim", "annakim"),
        ("남궁 옥분", "ㄴㄱㅇㅂ"),
    ],
)
def test_initial_consonants(name: str, initials: str) -> None:
    assert initial_consonants(name) == initials


def names(ids: list[int]) -> list[str]:
    return [row.name for row in fetch_customer_rows(ids)]


def test_last_four_digits_find_both_mobile_and_landline(shop: dict[str, int]) -> None:
    assert sorted(names(search_customer_ids("5678"))) == ["김민수", "민수진"]


def test_initial_consonants_find_by_prefix_first(shop: dict[str, int]) -> None:
    assert sorted(names(search_customer_ids("ㄱㅁ"))) == ["김민서", "김민수"]
    assert names(search_customer_ids("ㅁㅅ"))[0] == "민수진"


def test_an_exact_name_comes_before_partial_matches(shop: dict[str, int]) -> None:
    assert names(search_customer_ids("민수")) == ["민수진", "김민수"]
    assert names(search_customer_ids("김민수")) == ["김민수"]


def test_a_whole_phone_number_in_any_form_finds_its_owner(shop: dict[str, int]) -> None:
    assert names(search_customer_ids("010-9999-1234")) == ["김민서"]
    assert names(search_customer_ids("01099991234")) == ["김민서"]


def test_a_percent_sign_is_searched_literally(shop: dict[str, int]) -> None:
    assert names(search_customer_ids("100%")) == ["100% 할인왕"]
    assert names(search_customer_ids("%")) == ["100% 할인왕"]


def test_latin_names_are_found_regardless_of_case(shop: dict[str, int]) -> None:
    assert names(search_customer_ids("anna")) == ["Anna Kim"]


def test_an_empty_query_lists_everybody_by_name(shop: dict[str, int]) -> None:
    assert names(search_customer_ids("")) == sorted(shop)


def test_tags_and_note_words_find_customers(db: Database) -> None:
    from shopcrm.customers import set_customer_tags

    regular = create_customer(
        CustomerInput(name="정하늘", notes="우유 알레르기, 아메리카노 연하게")
    )
    other = create_customer(CustomerInput(name="오보람", interests="케이크 주문"))
    set_customer_tags(regular, ["단골", "오전"])
    assert names(search_customer_ids("단골")) == ["정하늘"]
    assert names(search_customer_ids("알레르기")) == ["정하늘"]
    assert names(search_customer_ids("케이크")) == ["오보람"]
    assert other in search_customer_ids("케이")  # a word's beginning is enough


def test_an_underscore_is_searched_literally(db: Database) -> None:
    create_customer(CustomerInput(name="a_b 상사"))
    create_customer(CustomerInput(name="axb 상사"))
    assert names(search_customer_ids("a_b")) == ["a_b 상사"]


def test_equally_good_matches_put_the_latest_visitor_first(db: Database) -> None:
    import datetime as dt

    from tests.helpers.shop_helpers import buy

    earlier = create_customer(CustomerInput(name="김민수"))
    later = create_customer(CustomerInput(name="김민서"))
    buy(earlier, 5_000, dt.date(2026, 1, 1))
    buy(later, 5_000, dt.date(2026, 6, 1))
    assert names(search_customer_ids("김민")) == ["김민서", "김민수"]


def test_results_come_in_pages(shop: dict[str, int]) -> None:
    everybody = search_customer_ids("")
    assert search_customer_ids("", limit=2) == everybody[:2]
    assert search_customer_ids("", limit=2, offset=2) == everybody[2:4]


def test_initials_find_a_given_name_anywhere_in_the_name(shop: dict[str, int]) -> None:
    assert sorted(names(search_customer_ids("ㅁㅅ"))) == ["김민서", "김민수", "민수진"]


def test_business_and_foreign_numbers_are_found_whole(db: Database) -> None:
    create_customer(CustomerInput(name="행복상사", phone="1588-1234"))
    create_customer(CustomerInput(name="Anna Lee", phone="+1 415 555 0100"))
    assert names(search_customer_ids("1588-1234")) == ["행복상사"]
    assert names(search_customer_ids("+1 415 555 0100")) == ["Anna Lee"]
