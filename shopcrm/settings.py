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

GRADE_PRESETS: dict[str, dict[str, dict[str, int]]] = {
    "cafe": {
        "silver": {"spend": 150_000, "visits": 12},
        "gold": {"spend": 400_000, "visits": 30},
        "vip": {"spend": 800_000, "visits": 60},
    },
    "salon": {
        "silver": {"spend": 300_000, "visits": 4},
        "gold": {"spend": 700_000, "visits": 8},
        "vip": {"spend": 1_500_000, "visits": 12},
    },
    "boutique": {
        "silver": {"spend": 500_000, "visits": 4},
        "gold": {"spend": 1_500_000, "visits": 8},
        "vip": {"spend": 3_000_000, "visits": 12},
    },
    "restaurant": {
        "silver": {"spend": 300_000, "visits": 6},
        "gold": {"spend": 800_000, "visits": 15},
        "vip": {"spend": 1_500_000, "visits": 30},
    },
    # small tickets (bread, a cake now and then): a weekly regular spends ~₩800,000 a year
    "bakery": {
        "silver": {"spend": 150_000, "visits": 10},
        "gold": {"spend": 400_000, "visits": 24},
        "vip": {"spend": 800_000, "visits": 48},
    },
    # larger tickets on a few occasions a year (birthdays, anniversaries, holidays)
    "flower": {
        "silver": {"spend": 200_000, "visits": 3},
        "gold": {"spend": 500_000, "visits": 6},
        "vip": {"spend": 1_000_000, "visits": 12},
    },
    # any other shop: the thresholds a new shop starts with
    "other": {
        "silver": {"spend": 200_000, "visits": 6},
        "gold": {"spend": 500_000, "visits": 12},
        "vip": {"spend": 1_000_000, "visits": 24},
    },
}
"""Grade thresholds by business type; a shop takes its type's preset when set up."""

DEFAULTS: dict[str, Any] = {
    "shop_name": "",
    "owner_name": "",
    "shop_phone": "",
    "shop_address": "",
    "business_type": "cafe",
    "repeat_purchase_threshold": 2,
    "points_rate_percent": 3,
    "points_expiry_months": 24,
    "referral_reward_points": 1000,
    "at_risk_gap_factor": 2.0,
    "grade_thresholds": GRADE_PRESETS["other"],
    "feb29_rule": "feb28",
    "reminder_days": 7,
    "letter_repeat_days": 30,
    "log_saved_letters": "ask",
}

LOG_SAVED_LETTERS = "log_saved_letters"
"""Setting: whether the window logs letters saved as a PDF as sent (printing always logs)."""
LOG_SAVED_CHOICES = ("ask", "always", "never")
"""``ask`` each time (default), ``always`` log a saved PDF as sent, ``never``."""


def get_setting(key: str) -> Any:
    """The stored value of a setting, or its default."""
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def set_setting(key: str, value: Any) -> None:
    """Store a setting (any JSON-serialisable value)."""
    upsert_key_value(Setting, key, json.dumps(value, ensure_ascii=False))


def log_saved_letters() -> str:
    """Whether a letter PDF saved in the window counts as sent: one of `LOG_SAVED_CHOICES`."""
    value = get_setting(LOG_SAVED_LETTERS)
    return value if value in LOG_SAVED_CHOICES else str(DEFAULTS[LOG_SAVED_LETTERS])


def set_log_saved_letters(choice: str) -> None:
    """Answer once for all whether a saved letter PDF counts as sent.

    Raises:
        ValidationError: ``invalid_setting_choice`` for a value not in `LOG_SAVED_CHOICES`.
    """
    if choice not in LOG_SAVED_CHOICES:
        raise ValidationError(
            "invalid_setting_choice", value=choice, choices=", ".join(LOG_SAVED_CHOICES)
        )
    set_setting(LOG_SAVED_LETTERS, choice)


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
    values: dict[str, Any] = {
        "shop_name": name,
        "owner_name": profile.owner_name.strip(),
        "shop_phone": phone,
        "shop_address": profile.shop_address.strip(),
        "business_type": profile.business_type,
        "shop_postal_code": profile.shop_postal_code.strip(),
    }
    setting_up = not get_setting("shop_name")
    if setting_up or profile.business_type != get_setting("business_type"):
        values["grade_thresholds"] = GRADE_PRESETS[profile.business_type]
    set_settings(values)
