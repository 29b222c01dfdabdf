"""Shop settings stored in the database (name, letterhead, thresholds), as JSON values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from shopcrm.errors import ValidationError
from shopcrm.models import Setting, upsert_key_value
from shopcrm.phones import format_phone, parse_phone

SHOP_KEYS = (
    "shop_name",
    "owner_name",
    "shop_phone",
    "shop_address",
    "business_type",
    "shop_postal_code",
)
BUSINESS_TYPES = ("cafe", "salon", "boutique", "bakery", "restaurant", "flower", "other")

DEFAULTS: dict[str, Any] = {
    "shop_name": "",
    "owner_name": "",
    "shop_phone": "",
    "shop_address": "",
    "business_type": "cafe",
    "language": "ko",
    "repeat_purchase_threshold": 2,
    "points_rate_percent": 3,
    "points_expiry_months": 24,
    "referral_reward_points": 1000,
    "at_risk_gap_factor": 2.0,
    "grade_thresholds": {
        "silver": {"spend": 200_000, "visits": 6},
        "gold": {"spend": 500_000, "visits": 12},
        "vip": {"spend": 1_000_000, "visits": 24},
    },
    "feb29_rule": "feb28",
    "reminder_days": 7,
    "letter_repeat_days": 30,
}


def get_setting(key: str) -> Any:
    """The stored value of a setting, or its default."""
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def set_setting(key: str, value: Any) -> None:
    """Store a setting (any JSON-serialisable value)."""
    upsert_key_value(Setting, key, json.dumps(value, ensure_ascii=False))


def set_settings(values: dict[str, Any]) -> None:
    """Store several settings at once."""
    for key, value in values.items():
        set_setting(key, value)


def shop_is_set_up() -> bool:
    """True once the shop has a name (the first-run screen is done)."""
    return bool(get_setting("shop_name"))


@dataclass(frozen=True)
class ShopProfile:
    """The shop as letters and the window title show it."""

    shop_name: str
    owner_name: str = ""
    shop_phone: str = ""
    shop_address: str = ""
    business_type: str = "cafe"
    shop_postal_code: str = ""


def shop_profile() -> ShopProfile:
    """The stored shop profile (empty strings where nothing was entered)."""
    return ShopProfile(**{key: get_setting(key) or "" for key in SHOP_KEYS})


def save_shop_profile(profile: ShopProfile) -> None:
    """Store the shop profile after checking it.

    Raises:
        ValidationError: no shop name, an unknown business type, an unreadable phone.
    """
    name = profile.shop_name.strip()
    if not name:
        raise ValidationError("shop_name_required")
    if profile.business_type not in BUSINESS_TYPES:
        raise ValidationError("invalid_business_type", value=profile.business_type)
    phone = profile.shop_phone.strip()
    if phone:
        phone = format_phone(parse_phone(phone).canonical)
    set_settings(
        {
            "shop_name": name,
            "owner_name": profile.owner_name.strip(),
            "shop_phone": phone,
            "shop_address": profile.shop_address.strip(),
            "business_type": profile.business_type,
            "shop_postal_code": profile.shop_postal_code.strip(),
        }
    )
