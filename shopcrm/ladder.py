"""The customer ladder (고객 만들기 6단계), grades and points earned: the rules as pure functions.

Core functions and the demo's bulk path both call these, so a customer's stage,
grade and points follow one set of rules however they were recorded.
"""

from __future__ import annotations

from typing import Any

STAGES = ("suspect", "prospect", "first_time", "repeat", "advocate")
GRADES: tuple[str, ...] = ("normal", "silver", "gold", "vip")


def derive_stage(
    *,
    has_interaction: bool,
    purchase_count: int,
    repeat_threshold: int,
    has_buying_referral: bool,
) -> str:
    """The stage the recorded facts put a customer on.

    Args:
        has_interaction: any inquiry, visit or call was logged.
        purchase_count: purchases that count (not voided, not wholly refunded).
        repeat_threshold: the n-th purchase that makes a repeat customer (setting).
        has_buying_referral: a friend she referred has bought.
    """
    if has_buying_referral:
        return "advocate"
    if purchase_count >= repeat_threshold:
        return "repeat"
    if purchase_count >= 1:
        return "first_time"
    if has_interaction:
        return "prospect"
    return "suspect"


def grade_for(spend_12_months: int, visits_12_months: int, thresholds: dict[str, Any]) -> str:
    """The grade for spend and visit days over the last 12 months.

    A grade is reached when either its spend or its visit threshold is met.

    Args:
        spend_12_months: won spent in the window.
        visits_12_months: visit days in the window.
        thresholds: ``{"silver": {"spend": ..., "visits": ...}, "gold": ..., "vip": ...}``.
    """
    for grade in reversed(GRADES[1:]):
        limit: dict[str, int] | None = thresholds.get(grade)
        if not limit:
            continue
        if spend_12_months >= limit["spend"] or visits_12_months >= limit["visits"]:
            return grade
    return "normal"


def points_for_purchase(amount: int, rate_percent: float) -> int:
    """Points earned on a purchase of `amount` won (rounded down, never negative)."""
    return max(0, int(amount * rate_percent // 100))
