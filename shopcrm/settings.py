"""Shop settings stored in the database (name, letterhead, thresholds), as JSON values."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from shopcrm.amounts import MAX_AMOUNT
from shopcrm.db import database_proxy
from shopcrm.errors import SettingsRefused, ShopCRMError, ValidationError
from shopcrm.lunar import FEB29_RULES
from shopcrm.models import Setting, upsert_key_value
from shopcrm.phones import format_phone, parse_phone
from shopcrm.vocabulary import code_of

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

DEFAULT_COMPLAINT_CATEGORIES = (
    "product",
    "service",
    "waiting",
    "price",
    "staff",
    "hygiene",
    "other",
)
"""The complaint categories a shop starts with (setting ``complaint_categories``)."""

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
    # what may be given for a complaint on the spot without the owner or a manager
    "complaint_limit_won": 10_000,
    "complaint_limit_points": 1_000,
    "complaint_categories": list(DEFAULT_COMPLAINT_CATEGORIES),
    "complaint_prompts": {},  # wizard page -> the shop's own suggested words (else the default)
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
    """Store several settings at once (all or none)."""
    with database_proxy.atomic():
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


def _checked_profile(profile: ShopProfile) -> tuple[dict[str, Any], dict[str, ShopCRMError]]:
    """The profile's values as stored, and what is refused in it (by setting key)."""
    refused: dict[str, ShopCRMError] = {}
    name = profile.shop_name.strip()
    if not name:
        refused["shop_name"] = ValidationError("shop_name_required")
    if profile.business_type not in BUSINESS_TYPES:
        refused["business_type"] = ValidationError(
            "invalid_business_type", value=profile.business_type
        )
    phone = profile.shop_phone.strip()
    if phone:
        try:
            phone = format_phone(parse_phone(phone).canonical)
        except ValidationError as error:
            refused["shop_phone"] = error
    values: dict[str, Any] = {
        "shop_name": name,
        "owner_name": profile.owner_name.strip(),
        "shop_phone": phone,
        "shop_address": profile.shop_address.strip(),
        "business_type": profile.business_type,
        "shop_postal_code": profile.shop_postal_code.strip(),
    }
    return values, refused


def _with_type_preset(values: dict[str, Any]) -> dict[str, Any]:
    """A new shop, or a shop changing its type, takes that type's grade thresholds."""
    setting_up = not get_setting("shop_name")
    if setting_up or values["business_type"] != get_setting("business_type"):
        return {**values, "grade_thresholds": GRADE_PRESETS[values["business_type"]]}
    return values


def save_shop_profile(profile: ShopProfile) -> None:
    """Store the shop profile after checking it.

    Raises:
        ValidationError: no shop name, an unknown business type, an unreadable phone.
    """
    values, refused = _checked_profile(profile)
    if refused:
        raise next(iter(refused.values()))
    set_settings(_with_type_preset(values))


# --- the settings dialog: every value checked, all saved or none ------------------------------

GRADE_ORDER = ("silver", "gold", "vip")
"""The grades with thresholds, lowest first; each needs more than the one before."""
GRADE_MEASURES = ("spend", "visits")
"""What a grade threshold counts: won spent and visit days, in the grade window."""


def _whole(value: Any) -> int:
    """A whole number given as int, a float without fraction or digits (commas allowed)."""
    if isinstance(value, bool):
        raise ValidationError("setting_not_a_whole_number", value=value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        plain = value.strip().replace(",", "")
        if plain.lstrip("-").isdigit():
            return int(plain)
    raise ValidationError("setting_not_a_whole_number", value=value)


def _number(value: Any) -> float:
    """A number given as int, float or text ('2.5')."""
    if isinstance(value, bool):
        raise ValidationError("setting_not_a_number", value=value)
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip().replace(",", ""))
    except ValueError:
        raise ValidationError("setting_not_a_number", value=value) from None


def _between(code: str, low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        number = _whole(value)
        if not low <= number <= high:
            raise ValidationError(code, value=number, minimum=low, maximum=high)
        return number

    return check


def _repeat_threshold(value: Any) -> int:
    number = _whole(value)
    if not 2 <= number <= 100:
        raise ValidationError("repeat_threshold_out_of_range", value=number, minimum=2, maximum=100)
    return number


def _at_risk_factor(value: Any) -> float:
    factor = _number(value)
    if not 1 < factor <= 10:
        raise ValidationError("at_risk_factor_out_of_range", value=factor, maximum=10)
    return factor


def _points_rate(value: Any) -> float | int:
    rate = _number(value)
    if not 0 <= rate <= 100:
        raise ValidationError("points_rate_out_of_range", value=value)
    return int(rate) if rate.is_integer() else rate


def _referral_reward(value: Any) -> int:
    number = _whole(value)
    if number < 0:
        raise ValidationError("referral_reward_negative", value=number)
    if number > MAX_AMOUNT:
        raise ValidationError("points_too_large", value=number, limit=MAX_AMOUNT)
    return number


def _choice(choices: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValidationError("invalid_setting_choice", value=value, choices=", ".join(choices))
        return str(value)

    return check


def _grade_thresholds(value: Any) -> dict[str, dict[str, int]]:
    """Silver < gold < VIP, in spend and in visits; each a whole number from 0."""
    stored = get_setting("grade_thresholds") or {}
    given = value if isinstance(value, dict) else {}
    thresholds: dict[str, dict[str, int]] = {}
    for grade in GRADE_ORDER:
        row = {**stored.get(grade, {}), **(given.get(grade) or {})}
        thresholds[grade] = {}
        for measure in GRADE_MEASURES:
            number = _whole(row.get(measure))
            if number < 0:
                raise ValidationError(
                    "grade_threshold_negative", grade=grade, measure=measure, value=number
                )
            if measure == "spend" and number > MAX_AMOUNT:
                raise ValidationError(
                    "amount_too_large", grade=grade, measure=measure, value=number, limit=MAX_AMOUNT
                )
            thresholds[grade][measure] = number
    for lower, higher in zip(GRADE_ORDER, GRADE_ORDER[1:], strict=False):
        for measure in GRADE_MEASURES:
            if thresholds[higher][measure] <= thresholds[lower][measure]:
                raise ValidationError(
                    f"{higher}_not_above_{lower}",
                    grade=higher,
                    measure=measure,
                    value=thresholds[higher][measure],
                    lower=thresholds[lower][measure],
                )
    return thresholds


def _complaint_categories(value: Any) -> list[str]:
    """At least one category, none twice; a default category's word (위생) reads as its code."""
    given = value if isinstance(value, list | tuple) else str(value or "").split(",")
    categories: list[str] = []
    for item in given:
        written = " ".join(str(item).split())
        if not written:
            continue
        category = code_of("complaint_category", written) or written
        if category in categories:
            raise ValidationError("complaint_category_duplicate", value=written)
        categories.append(category)
    if not categories:
        raise ValidationError("complaint_categories_empty")
    return categories


COMPLAINT_PROMPT_PAGES = ("listen", "apologise", "resolve", "follow_up", "close")
"""The complaint wizard's pages that show suggested words (setting ``complaint_prompts``)."""


def _complaint_prompts(value: Any) -> dict[str, str]:
    """Page -> words; an empty text goes back to the default words of that page."""
    if not isinstance(value, dict) or not set(value) <= set(COMPLAINT_PROMPT_PAGES):
        unknown = (
            sorted(set(value) - set(COMPLAINT_PROMPT_PAGES)) if isinstance(value, dict) else []
        )
        raise ValidationError("invalid_complaint_prompts", value=", ".join(unknown) or value)
    prompts = {}
    for page, words in value.items():
        written = str(words or "").replace("\r\n", "\n").strip()
        if written:
            prompts[page] = written
    return prompts


SETTING_CHECKS: dict[str, Callable[[Any], Any]] = {
    "repeat_purchase_threshold": _repeat_threshold,
    "grade_thresholds": _grade_thresholds,
    "at_risk_gap_factor": _at_risk_factor,
    "points_rate_percent": _points_rate,
    "points_expiry_months": _between("points_expiry_out_of_range", 1, 120),
    "referral_reward_points": _referral_reward,
    "reminder_days": _between("reminder_days_out_of_range", 0, 60),
    "letter_repeat_days": _between("letter_repeat_days_out_of_range", 0, 365),
    "feb29_rule": _choice(FEB29_RULES),
    LOG_SAVED_LETTERS: _choice(LOG_SAVED_CHOICES),
    "complaint_limit_won": _between("complaint_limit_out_of_range", 0, MAX_AMOUNT),
    "complaint_limit_points": _between("complaint_limit_out_of_range", 0, MAX_AMOUNT),
    "complaint_categories": _complaint_categories,
    "complaint_prompts": _complaint_prompts,
}
"""The settings the settings dialog edits besides the shop profile, each with its check
(which returns the value as stored)."""


def _checked(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, ShopCRMError]]:
    """Every value as it would be stored, and every refusal by key."""
    stored: dict[str, Any] = {}
    refused: dict[str, ShopCRMError] = {}
    for key, value in values.items():
        check = SETTING_CHECKS.get(key)
        if check is None:
            if key not in SHOP_KEYS:
                refused[key] = ValidationError("unknown_setting", key=key)
            continue
        try:
            stored[key] = check(value)
        except ShopCRMError as error:
            error.fields.setdefault("key", key)
            refused[key] = error
    if any(key in values for key in SHOP_KEYS):
        given = {key: str(values[key] or "") for key in SHOP_KEYS if key in values}
        profile_values, profile_refused = _checked_profile(replace(shop_profile(), **given))
        for key, problem in profile_refused.items():
            problem.fields.setdefault("key", key)
        refused.update(profile_refused)
        if not profile_refused and "grade_thresholds" not in values:
            profile_values = _with_type_preset(profile_values)
        stored.update(profile_values)
    return stored, refused


def check_settings(values: dict[str, Any]) -> dict[str, ShopCRMError]:
    """What `save_settings` would refuse, by setting key (empty: all fine). Saves nothing.

    Args:
        values: setting key -> value; the shop profile's keys (`SHOP_KEYS`) and those of
            `SETTING_CHECKS`. ``grade_thresholds`` is ``{"silver": {"spend": won,
            "visits": days}, "gold": ..., "vip": ...}`` (a grade or measure left out keeps
            its stored value).
    """
    return _checked(values)[1]


def save_settings(values: dict[str, Any]) -> None:
    """Check every value, then store them all in one transaction, or none of them.

    A change of business type brings its type's grade preset unless ``grade_thresholds`` is
    given too (the window asks the owner and sends the thresholds she chose).

    Raises:
        SettingsRefused: with ``errors``, every refused key and why; nothing was stored.
    """
    stored, refused = _checked(values)
    if refused:
        raise SettingsRefused(refused)
    set_settings(stored)
