"""Shop settings and the product list: every value checked by the core, nothing half-saved."""

from __future__ import annotations

import pytest
from peewee import Database

from shopcrm.errors import NotFound, ValidationError
from shopcrm.products import ProductInfo, add_product, list_products, update_product

# --- the product list -----------------------------------------------------------------------


def test_the_counter_lists_the_products_still_sold_by_name(db: Database) -> None:
    bread = add_product("소금빵", 3_500)
    latte = add_product("귀리 라떼", 5_500)
    cake = add_product("딸기 케이크", 32_000)
    update_product(cake, active=False)
    assert list_products() == [
        ProductInfo(latte, "귀리 라떼", 5_500, True),
        ProductInfo(bread, "소금빵", 3_500, True),
    ]
    assert [p.name for p in list_products(active_only=False)] == [
        "귀리 라떼",
        "딸기 케이크",
        "소금빵",
    ]


def test_a_product_is_renamed_and_repriced_and_only_what_is_given_changes(db: Database) -> None:
    bread = add_product("소금빵", 3_500)
    assert update_product(bread, unit_price=3_800) == ProductInfo(bread, "소금빵", 3_800, True)
    assert update_product(bread, name="  버터 소금빵 ") == ProductInfo(
        bread, "버터 소금빵", 3_800, True
    )
    assert list_products() == [ProductInfo(bread, "버터 소금빵", 3_800, True)]


@pytest.mark.parametrize(
    ("name", "price", "code"),
    [
        ("  ", 1_000, "product_name_required"),
        ("소금빵", 1_000, "product_name_taken"),
        ("바게트", -1, "negative_amount"),
        ("바게트", 100_000_001, "amount_too_large"),
    ],
)
def test_a_bad_product_is_refused_with_the_reason(
    db: Database, name: str, price: int, code: str
) -> None:
    add_product("소금빵", 3_500)
    with pytest.raises(ValidationError) as refused:
        add_product(name, price)
    assert refused.value.code == code
    assert [p.name for p in list_products()] == ["소금빵"]


def test_the_highest_price_is_accepted(db: Database) -> None:
    ring = add_product("금반지", 100_000_000)
    assert list_products()[0] == ProductInfo(ring, "금반지", 100_000_000, True)


def test_renaming_onto_another_products_name_is_refused_and_changes_nothing(
    db: Database,
) -> None:
    add_product("소금빵", 3_500)
    latte = add_product("귀리 라떼", 5_500)
    with pytest.raises(ValidationError) as refused:
        update_product(latte, name="소금빵", unit_price=6_000)
    assert refused.value.code == "product_name_taken"
    assert ProductInfo(latte, "귀리 라떼", 5_500, True) in list_products()
    # keeping its own name is no clash
    assert update_product(latte, name="귀리 라떼").name == "귀리 라떼"


def test_an_unknown_product_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound) as missing:
        update_product(999, unit_price=1)
    assert missing.value.code == "product_not_found"
