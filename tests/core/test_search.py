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
