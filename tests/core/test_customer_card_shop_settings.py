"""Shop settings and the product list: every value checked by the core, nothing half-saved."""

from __future__ import annotations

import re
from typing import Any

import pytest
from peewee import Database

from shopcrm import settings
from shopcrm.errors import NotFound, SettingsRefused, ValidationError
from shopcrm.products import ProductInfo, add_product, list_products, update_product
from shopcrm.settings import GRADE_PRESETS, ShopProfile, check_settings, save_settings
from shopcrm.vocabulary import describe_error

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


# --- the shop's settings --------------------------------------------------------------------


def good_values() -> dict[str, Any]:
    """Every value the settings dialog edits, all acceptable."""
    return {
        "shop_name": "달빛 베이커리",
        "owner_name": "박서연",
        "shop_phone": "02-123-4567",
        "shop_address": "서울 마포구 연남로 27",
        "shop_postal_code": "03991",
        "business_type": "bakery",
        "repeat_purchase_threshold": 3,
        "grade_thresholds": {
            "silver": {"spend": 100_000, "visits": 5},
            "gold": {"spend": 300_000, "visits": 10},
            "vip": {"spend": 900_000, "visits": 20},
        },
        "at_risk_gap_factor": 2.5,
        "points_rate_percent": 5,
        "points_expiry_months": 12,
        "referral_reward_points": 2_000,
        "reminder_days": 3,
        "letter_repeat_days": 60,
        "feb29_rule": "mar1",
        "log_saved_letters": "always",
    }


def with_grade(measure: str, **by_grade: int) -> dict[str, Any]:
    values = good_values()
    for grade, number in by_grade.items():
        values["grade_thresholds"][grade][measure] = number
    return values


def stored(keys: list[str]) -> dict[str, Any]:
    return {key: settings.get_setting(key) for key in keys}


def test_good_values_are_all_saved(db: Database) -> None:
    values = good_values()
    assert check_settings(values) == {}
    save_settings(values)
    assert stored(list(values)) == values


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("repeat_purchase_threshold", 1, "repeat_threshold_out_of_range"),
        ("repeat_purchase_threshold", "두 번", "setting_not_a_whole_number"),
        ("repeat_purchase_threshold", 2.5, "setting_not_a_whole_number"),
        ("at_risk_gap_factor", 1, "at_risk_factor_out_of_range"),
        ("at_risk_gap_factor", "많이", "setting_not_a_number"),
        ("points_rate_percent", 101, "points_rate_out_of_range"),
        ("points_rate_percent", -1, "points_rate_out_of_range"),
        ("points_expiry_months", 0, "points_expiry_out_of_range"),
        ("points_expiry_months", 121, "points_expiry_out_of_range"),
        ("referral_reward_points", -500, "referral_reward_negative"),
        ("referral_reward_points", 100_000_001, "points_too_large"),
        ("reminder_days", 61, "reminder_days_out_of_range"),
        ("reminder_days", -1, "reminder_days_out_of_range"),
        ("letter_repeat_days", -1, "letter_repeat_days_out_of_range"),
        ("feb29_rule", "mar2", "invalid_setting_choice"),
        ("log_saved_letters", "sometimes", "invalid_setting_choice"),
        ("business_type", "spa", "invalid_business_type"),
        ("shop_name", "  ", "shop_name_required"),
        ("shop_phone", "12", "invalid_phone"),
    ],
)
def test_a_bad_value_is_refused_by_key_with_a_worded_reason(
    db: Database, key: str, value: object, code: str
) -> None:
    values = {**good_values(), key: value}
    refused = check_settings(values)
    assert list(refused) == [key]
    assert refused[key].code == code
    assert refused[key].fields["key"] == key
    words = describe_error(refused[key], "ko")
    assert words != code and "{" not in words
    assert re.search("[\uac00-\ud7a3]", words)


@pytest.mark.parametrize(
    ("values", "code"),
    [
        (with_grade("spend", gold=90_000), "gold_not_above_silver"),
        (with_grade("spend", gold=100_000), "gold_not_above_silver"),
        (with_grade("visits", vip=10), "vip_not_above_gold"),
        (with_grade("visits", silver=-1), "grade_threshold_negative"),
        (with_grade("spend", vip=100_000_001), "amount_too_large"),
    ],
)
def test_grade_thresholds_must_rise_from_silver_to_vip(
    db: Database, values: dict[str, Any], code: str
) -> None:
    refused = check_settings(values)
    assert list(refused) == ["grade_thresholds"]
    assert refused["grade_thresholds"].code == code


def test_the_grade_refusal_names_both_thresholds(db: Database) -> None:
    refused = check_settings(with_grade("spend", gold=90_000))["grade_thresholds"]
    assert describe_error(refused, "ko") == (
        "골드 기준은 실버 기준보다 높아야 합니다 (골드 90,000 ≤ 실버 100,000)."
    )
    assert (refused.fields["grade"], refused.fields["measure"]) == ("gold", "spend")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("repeat_purchase_threshold", 2),
        ("points_expiry_months", 1),
        ("points_expiry_months", 120),
        ("points_rate_percent", 0),
        ("points_rate_percent", 100),
        ("points_rate_percent", 2.5),
        ("reminder_days", 0),
        ("reminder_days", 60),
        ("referral_reward_points", 0),
        ("at_risk_gap_factor", 1.1),
    ],
)
def test_the_edges_of_each_range_are_accepted(db: Database, key: str, value: object) -> None:
    save_settings({key: value})
    assert settings.get_setting(key) == value


def test_one_bad_value_saves_nothing_and_every_refusal_is_named(db: Database) -> None:
    settings.save_shop_profile(ShopProfile("옛 이름", business_type="cafe"))
    keys = list(good_values())
    before = stored(keys)
    values = {**with_grade("spend", gold=1), "repeat_purchase_threshold": 1, "shop_name": ""}
    with pytest.raises(SettingsRefused) as refused:
        save_settings(values)
    assert set(refused.value.errors) == {
        "grade_thresholds",
        "repeat_purchase_threshold",
        "shop_name",
    }
    assert stored(keys) == before
    assert "3" in describe_error(refused.value, "ko")


def test_a_new_business_type_brings_its_grade_preset_unless_thresholds_are_given(
    db: Database,
) -> None:
    settings.save_shop_profile(ShopProfile("달빛", business_type="cafe"))
    save_settings({"business_type": "salon"})
    assert settings.get_setting("grade_thresholds") == GRADE_PRESETS["salon"]
    assert settings.shop_profile().shop_name == "달빛"  # the rest of the profile stays
    own = good_values()["grade_thresholds"]
    save_settings({"business_type": "flower", "grade_thresholds": own})
    assert settings.get_setting("grade_thresholds") == own
    assert settings.get_setting("business_type") == "flower"


def test_the_shop_phone_is_stored_as_the_profile_stores_it(db: Database) -> None:
    save_settings({**good_values(), "shop_phone": "0212345678"})
    assert settings.shop_profile().shop_phone == "02-1234-5678"


def test_an_unknown_setting_is_refused(db: Database) -> None:
    assert check_settings({"shop_colour": "blue"})["shop_colour"].code == "unknown_setting"
