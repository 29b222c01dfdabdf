"""The customer ladder (고객 만들기 6단계), grades and attention: rules and their bookkeeping.

One pure derivation, `derive_facts`, turns what was recorded about a customer
(`CustomerFacts`: her sales, visits, opening balance, and what an old system knew) into her
stored facts (stage, grade, totals, visit days, last visit); `refresh_customer` reads the
facts of one customer (`collect_facts`) and the bulk paths (import, demo) build them for many,
and all call it. `refresh_customer` also writes every stage change with its date and reason,
so the card can say why she is where she is. The grade rule (`standing_grade`) is shared with
the daily refresh of every grade (`refresh_grades`).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import chunked, fn

from shopcrm import audit, settings
from shopcrm.anniversaries import sync_first_purchase_anniversary
from shopcrm.customers import bump_card_version, check_card_version
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import NotFound, ValidationError
from shopcrm.models import Customer, Interaction, PointEntry, Purchase, Referral, StageChange
from shopcrm.staff import check_authority

STAGES: tuple[str, ...] = ("suspect", "prospect", "first_time", "repeat", "advocate")
GRADES: tuple[str, ...] = ("normal", "silver", "gold", "vip")
CONTACT_KINDS = ("visit", "call", "message", "inquiry", "event")
REGULAR_STAGES = ("repeat", "advocate")
AT_RISK_MIN_VISIT_DAYS = 3

IMPORTED_GRADE_WORDS: dict[str, str] = {
    "일반": "normal",
    "normal": "normal",
    "basic": "normal",
    "실버": "silver",
    "silver": "silver",
    "골드": "gold",
    "gold": "gold",
    "vip": "vip",
    "브이아이피": "vip",
    "vvip": "vip",
}
"""The grades an old system's 등급 column can name (lower case, without 회원/고객/등급)."""


def derive_stage(
    *,
    has_interaction: bool,
    purchase_count: int,
    repeat_threshold: int,
    has_buying_referral: bool,
) -> str:
    """The stage the recorded facts put a customer on.

    Args:
        has_interaction: any inquiry, visit, call, message or event was logged.
        purchase_count: purchases that count (not voided, not wholly refunded; an opening
            balance with spend counts as one).
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


def repeat_threshold() -> int:
    """The n-th purchase that makes a repeat customer (the shop's setting)."""
    return int(settings.get_setting("repeat_purchase_threshold"))


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


def grade_code(text: str | None) -> str | None:
    """The grade an imported 등급 names (``VIP``, ``골드``, ``실버 회원``, ``Gold`` ...), or None
    for text that names none of ours (it is then kept only as the old system's word)."""
    if not text:
        return None
    key = "".join(text.split()).lower()
    for suffix in ("회원", "고객", "등급"):
        key = key.removesuffix(suffix)
    return IMPORTED_GRADE_WORDS.get(key)


def standing_grade(
    *,
    spend_12_months: int,
    visits_12_months: int,
    thresholds: dict[str, Any],
    imported_grade: str | None,
    own_sales: int,
) -> tuple[str, bool]:
    """The grade a customer stands at, and whether it is the imported one.

    The grade an old system gave her (`grade_code` of her 등급) holds until the shop's own
    sales say otherwise: until her first sale here she stands at the higher of the imported
    grade and the window's grade (her carried-over spend may already reach more); from her
    first sale on, the 12-month window decides (`grade_for`), and keeps deciding when her
    sales have left it (the old grade does not come back).

    Returns:
        (grade, True when it is the imported grade).
    """
    computed = grade_for(spend_12_months, visits_12_months, thresholds)
    if imported_grade not in GRADES or own_sales:
        return computed, False
    if GRADES.index(str(imported_grade)) >= GRADES.index(computed):
        return str(imported_grade), True
    return computed, False


def points_for_purchase(amount: int, rate_percent: float, points_redeemed: int = 0) -> int:
    """Points earned on a sale of `amount` won, `points_redeemed` of it paid with points.

    Points are earned on what the customer pays after redeeming points, as Korean shops do:
    won paid with points earn nothing. Rounded down, never negative.
    """
    return max(0, int((amount - points_redeemed) * rate_percent // 100))


def usual_gap(visit_days: list[dt.date]) -> int | None:
    """The median number of days between consecutive visit days (None with fewer than 2)."""
    days = sorted(set(visit_days))
    if len(days) < 2:
        return None
    return round(statistics.median((b - a).days for a, b in zip(days, days[1:], strict=False)))


def is_at_risk(
    *,
    stage: str,
    visit_days: int,
    last_visit_on: dt.date | None,
    usual_gap_days: int | None,
    today: dt.date,
    factor: float,
    shop_gap_days: int | None = None,
) -> bool:
    """A regular with at least 3 visit days whose absence exceeds `factor` × her usual gap.

    An imported regular whose visits are only counted, not dated (so she has no gap of her
    own), is judged against the shop's median gap (`shop_gap_days`) from her last visit.
    """
    if stage not in REGULAR_STAGES or visit_days < AT_RISK_MIN_VISIT_DAYS:
        return False
    gap = usual_gap_days or shop_gap_days
    if last_visit_on is None or not gap:
        return False
    return (today - last_visit_on).days > factor * gap


def apply_grade_preset(business_type: str) -> dict[str, dict[str, int]]:
    """Store the grade thresholds of a business type's preset and return them.

    Raises:
        ValidationError: no preset for that business type.
    """
    preset = settings.GRADE_PRESETS.get(business_type)
    if preset is None:
        raise ValidationError("invalid_business_type", value=business_type)
    settings.set_setting("grade_thresholds", preset)
    return preset


# --- the bookkeeping -------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerFacts:
    """What was recorded about one customer, reduced to what the rules need.

    The ``imported_*`` facts are what an old system knew and no recorded sale or visit says:
    its purchase and visit counts (구매횟수, 방문횟수), its first-purchase date (첫구매일) and its
    grade (a code, `grade_code`). Her opening balance stands for those imported purchases.
    """

    purchase_count: int
    """Recorded purchases that count: sales, and an opening balance with spend as one."""
    total_spent: int
    visit_days: list[dt.date]
    """Dated visit days: sales, visits, and the opening balance's day (her imported last visit)."""
    first_purchase_on: dt.date | None
    """Her first recorded sale here (never the opening balance)."""
    has_interaction: bool
    has_buying_referral: bool
    spend_12_months: int
    points: int
    own_sales: int = 0
    """Her sales here, not voided (the opening balance is not one)."""
    opening_on: dt.date | None = None
    """The day of her opening balance, if she has one."""
    opening_counts: bool = False
    """Her opening balance has spend, so it is one of `purchase_count`."""
    imported_purchases: int = 0
    imported_visits: int = 0
    imported_first_purchase_on: dt.date | None = None
    imported_grade: str | None = None


def counting_purchases(customer_id: int) -> list[tuple[int, dt.date, int, str]]:
    """(id, date, amount net of refunds, kind) of the purchases that count for the ladder:
    sales not voided and not wholly refunded, and an opening balance with spend."""
    rows = rows_of(
        Purchase.select(Purchase.id, Purchase.purchased_on, Purchase.amount, Purchase.kind)
        .where(
            (Purchase.customer == customer_id)
            & Purchase.voided_at.is_null()
            & Purchase.kind.in_(("sale", "opening_balance"))
        )
        .order_by(Purchase.purchased_on, Purchase.id)
    )
    refunded = dict(
        rows_of(
            Purchase.select(Purchase.refund_of, fn.SUM(Purchase.amount))
            .where(
                (Purchase.customer == customer_id)
                & Purchase.voided_at.is_null()
                & (Purchase.kind == "refund")
            )
            .group_by(Purchase.refund_of)
        )
    )
    counted = []
    for purchase_id, day, amount, kind in rows:
        net = amount + int(refunded.get(purchase_id, 0))  # refunds are negative amounts
        if net > 0:
            counted.append((purchase_id, day, net, kind))
    return counted


def collect_facts(customer_id: int, today: dt.date) -> CustomerFacts:
    """Read the recorded facts of one customer."""
    purchases = counting_purchases(customer_id)
    visits = [
        row[0].date() if isinstance(row[0], dt.datetime) else row[0]
        for row in rows_of(
            Interaction.select(Interaction.occurred_at).where(
                (Interaction.customer == customer_id) & (Interaction.kind == "visit")
            )
        )
    ]
    bought_days = rows_of(
        Purchase.select(Purchase.purchased_on).where(
            (Purchase.customer == customer_id)
            & Purchase.voided_at.is_null()
            & Purchase.kind.in_(("sale", "opening_balance"))
        )
    )
    # a wholly refunded sale still was a visit; a voided one never happened
    visit_days = sorted({row[0] for row in bought_days} | set(visits))
    opening = (
        Purchase.select(Purchase.purchased_on)
        .where(
            (Purchase.customer == customer_id)
            & Purchase.voided_at.is_null()
            & (Purchase.kind == "opening_balance")
        )
        .scalar()
    )
    imported = Customer.select(
        Customer.imported_purchases,
        Customer.imported_visits,
        Customer.imported_first_purchase_on,
        Customer.imported_grade,
    ).where(Customer.id == customer_id)
    bought_before, visited_before, first_before, grade_before = next(iter(rows_of(imported)))
    contacted = (
        Interaction.select()
        .where((Interaction.customer == customer_id) & Interaction.kind.in_(CONTACT_KINDS))
        .exists()
    )
    friends_bought = any(
        counting_purchases(referred)
        for (referred,) in rows_of(
            Referral.select(Referral.referred).where(Referral.referrer == customer_id)
        )
    )
    year_ago = today - dt.timedelta(days=365)
    sales = [p for p in purchases if p[3] == "sale"]
    points = (
        PointEntry.select(fn.SUM(PointEntry.points))
        .where(PointEntry.customer == customer_id)
        .scalar()
    )
    return CustomerFacts(
        purchase_count=len(purchases),
        total_spent=sum(amount for _, _, amount, _ in purchases),
        visit_days=visit_days,
        first_purchase_on=sales[0][1] if sales else None,
        has_interaction=contacted or bool(visit_days),
        has_buying_referral=friends_bought,
        spend_12_months=sum(amount for _, day, amount, _ in purchases if day > year_ago),
        points=int(points or 0),
        own_sales=Purchase.select()
        .where(
            (Purchase.customer == customer_id)
            & Purchase.voided_at.is_null()
            & (Purchase.kind == "sale")
        )
        .count(),
        opening_on=opening,
        opening_counts=any(kind == "opening_balance" for _, _, _, kind in purchases),
        imported_purchases=int(bought_before or 0),
        imported_visits=int(visited_before or 0),
        imported_first_purchase_on=first_before,
        imported_grade=grade_code(grade_before),
    )


DERIVED_COLUMNS: tuple[str, ...] = (
    "stage",
    "grade",
    "grade_from_import",
    "points",
    "total_spent",
    "purchase_count",
    "visit_days",
    "usual_gap_days",
    "first_purchase_on",
    "last_visit_on",
)
"""The `Customer` columns `derive_facts` fills, in the order bulk paths write them."""


@dataclass(frozen=True)
class DerivedFacts:
    """A customer's stored facts as the rules derive them from her recorded facts."""

    stage: str
    derived_stage: str
    grade: str
    grade_from_import: bool
    points: int
    total_spent: int
    purchase_count: int
    visit_days: int
    usual_gap_days: int | None
    first_purchase_on: dt.date | None
    last_visit_on: dt.date | None

    def stored_values(self) -> dict[str, Any]:
        """The `Customer` columns these facts fill (`DERIVED_COLUMNS`)."""
        return {name: getattr(self, name) for name in DERIVED_COLUMNS}


def derive_facts(
    facts: CustomerFacts,
    *,
    today: dt.date,
    repeat_threshold: int,
    grade_thresholds: dict[str, Any],
    stage_override: str | None = None,
) -> DerivedFacts:
    """Stage, grade, totals, visits and last visit from what was recorded: the one derivation,
    used by `refresh_customer` and by the bulk paths (import, demo) on many customers at once.

    Args:
        facts: what was recorded about the customer (`collect_facts`, or built by a bulk path).
        today: the day the 12-month grade window ends.
        repeat_threshold: the n-th purchase that makes a repeat customer (setting).
        grade_thresholds: the grade thresholds (setting).
        stage_override: the owner's manual stage, which wins over the derived one.
    """
    # the opening balance stands for the purchases and visits the old system counted
    purchases = facts.purchase_count + max(
        0, facts.imported_purchases - (1 if facts.opening_counts else 0)
    )
    days = set(facts.visit_days)
    carried_visits = max(facts.imported_visits, facts.imported_purchases)
    visits = len(days) + max(0, carried_visits - (1 if facts.opening_on in days else 0))
    derived = derive_stage(
        has_interaction=facts.has_interaction or visits > 0,
        purchase_count=purchases,
        repeat_threshold=repeat_threshold,
        has_buying_referral=facts.has_buying_referral,
    )
    year_ago = today - dt.timedelta(days=365)
    grade, imported = standing_grade(
        spend_12_months=facts.spend_12_months,
        visits_12_months=len([day for day in days if day > year_ago]),
        thresholds=grade_thresholds,
        imported_grade=facts.imported_grade,
        own_sales=facts.own_sales,
    )
    firsts = [day for day in (facts.imported_first_purchase_on, facts.first_purchase_on) if day]
    return DerivedFacts(
        stage=stage_override or derived,
        derived_stage=derived,
        grade=grade,
        grade_from_import=imported,
        points=facts.points,
        total_spent=facts.total_spent,
        purchase_count=purchases,
        visit_days=visits,
        usual_gap_days=usual_gap(facts.visit_days),
        first_purchase_on=min(firsts) if firsts else None,
        last_visit_on=max(days) if days else None,
    )


def refresh_customer(
    customer_id: int,
    *,
    today: dt.date | None = None,
    reason: str = "recomputed",
    actor: str | None = None,
    note: str | None = None,
    is_override: bool = False,
    record_unchanged: bool = False,
) -> str:
    """Recompute a customer's stored stage, grade, totals and points from her records.

    Call inside the transaction that changed the records. A change of stage is stored
    with `reason` (e.g. ``"first_purchase"``, ``"purchase_voided"``).

    Returns:
        The customer's (effective) stage.
    """
    today = today or dt.date.today()
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("customer_not_found", customer_id=customer_id)
    facts = collect_facts(customer_id, today)
    derived = derive_facts(
        facts,
        today=today,
        repeat_threshold=int(settings.get_setting("repeat_purchase_threshold")),
        grade_thresholds=settings.get_setting("grade_thresholds"),
        stage_override=customer.stage_override,
    )
    stage = derived.stage
    values = derived.stored_values()
    Customer.update(**values).where(Customer.id == customer_id).execute()
    if derived.first_purchase_on != customer.first_purchase_on:
        sync_first_purchase_anniversary(customer_id)
    if stage != customer.stage or record_unchanged:
        StageChange.create(
            customer=customer_id,
            from_stage=customer.stage,
            to_stage=stage,
            reason=reason,
            detail=note,
            is_override=is_override,
        )
        audit.record_change(
            "stage",
            "customer",
            customer_id,
            customer_id=customer_id,
            changes={"stage": [customer.stage, stage], "reason": reason},
            actor=actor,
        )
    return stage


def set_stage_override(
    customer_id: int,
    stage: str | None,
    *,
    note: str | None = None,
    actor: str | None = None,
    staff_id: int | None = None,
    expected_version: int | None = None,
) -> str:
    """Put a customer on a stage by hand (None: back to what the facts say).

    `staff_id` is who decides: an owner or a manager (`staff.check_authority`). A change of
    the override adds one to the card's version.

    Returns:
        The effective stage.

    Raises:
        ValidationError: an unknown stage; ``owner_or_manager_required``.
        Conflict: ``customer_changed`` (`expected_version` is not the stored one).
    """
    if stage is not None and stage not in STAGES:
        raise ValidationError("invalid_stage", value=stage)
    check_authority(staff_id)
    with database_proxy.atomic():
        check_card_version(customer_id, expected_version)
        customer = Customer.get(Customer.id == customer_id)
        Customer.update(stage_override=stage).where(Customer.id == customer_id).execute()
        if customer.stage_override != stage:
            bump_card_version(customer_id)
        return refresh_customer(
            customer_id,
            reason="override" if stage else "override_removed",
            actor=actor,
            note=note,
            is_override=stage is not None,
            record_unchanged=True,
        )


STAGE_REASONS: tuple[str, ...] = (
    "first_purchase",
    "repeat_purchase",
    "purchase",
    "partial_refund",
    "purchase_refunded",
    "purchase_voided",
    "opening_balance",
    "override",
    "override_removed",
    "recomputed",
    "referral_bought",
    "referral_rewarded",
    "import_undone",
    "merged",
    "interaction",
    *(f"{kind}_logged" for kind in ("visit", "call", "message", "inquiry", "event")),
    "letter_logged",
    "greeting_logged",
)
"""The reasons a stage change is stored with (`refresh_customer`'s ``reason``)."""


@dataclass(frozen=True)
class StageStep:
    """One step of a customer's way up (or down) the ladder."""

    changed_at: dt.datetime
    from_stage: str | None
    to_stage: str
    reason: str
    is_override: bool
    note: str | None


def stage_history(customer_id: int) -> list[StageStep]:
    """Every stage change of a customer, oldest first: the card's "why she is here"."""
    query = (
        StageChange.select()
        .where(StageChange.customer == customer_id)
        .order_by(StageChange.changed_at, StageChange.id)
    )
    return [
        StageStep(c.changed_at, c.from_stage, c.to_stage, c.reason, c.is_override, c.detail)
        for c in query
    ]


@dataclass(frozen=True)
class AtRiskCustomer:
    """A regular who has stayed away much longer than usual."""

    id: int
    customer_no: int
    name: str
    phone: str | None
    last_visit_on: dt.date
    usual_gap_days: int
    days_away: int


def at_risk_customers(today: dt.date | None = None) -> list[AtRiskCustomer]:
    """Regulars whose absence exceeds k × (setting) their own usual gap (or, for an imported
    regular without dated visits of her own, the shop's median gap), longest away first."""
    today = today or dt.date.today()
    factor = float(settings.get_setting("at_risk_gap_factor"))
    shop_gap = shop_usual_gap()
    rows: Iterable[tuple[Any, ...]] = rows_of(
        Customer.select(
            Customer.id,
            Customer.customer_no,
            Customer.name,
            Customer.phone,
            Customer.stage,
            Customer.visit_days,
            Customer.last_visit_on,
            Customer.usual_gap_days,
        ).where(
            Customer.stage.in_(REGULAR_STAGES)
            & Customer.deleted_at.is_null()
            & (Customer.visit_days >= AT_RISK_MIN_VISIT_DAYS)
            & Customer.last_visit_on.is_null(False)
        )
    )
    found = [
        AtRiskCustomer(cid, number, name, phone, last, gap or shop_gap or 0, (today - last).days)
        for cid, number, name, phone, stage, days, last, gap in rows
        if is_at_risk(
            stage=stage,
            visit_days=days,
            last_visit_on=last,
            usual_gap_days=gap,
            today=today,
            factor=factor,
            shop_gap_days=shop_gap,
        )
    ]
    return sorted(found, key=lambda c: c.days_away / c.usual_gap_days, reverse=True)


def shop_usual_gap() -> int | None:
    """The median of the customers' usual gaps (None while nobody has one)."""
    gaps = [
        row[0]
        for row in rows_of(
            Customer.select(Customer.usual_gap_days).where(Customer.usual_gap_days.is_null(False))
        )
    ]
    return round(statistics.median(gaps)) if gaps else None


def refresh_grades(today: dt.date | None = None) -> int:
    """Recompute every customer's grade for the 12 months up to `today` (run once a day:
    a grade can fall simply because time passes).

    Returns:
        How many customers changed grade.
    """
    today = today or dt.date.today()
    year_ago = today - dt.timedelta(days=365)
    thresholds = settings.get_setting("grade_thresholds")
    spend: dict[int, int] = defaultdict(int)
    days: dict[int, set[dt.date]] = defaultdict(set)
    # the same reckoning as collect_facts: a sale in the window, net of its refunds
    sales_in_window = Purchase.select(Purchase.id).where(
        Purchase.voided_at.is_null()
        & Purchase.kind.in_(("sale", "opening_balance"))
        & (Purchase.purchased_on > year_ago)
    )
    refunded = dict(
        rows_of(
            Purchase.select(Purchase.refund_of, fn.SUM(Purchase.amount))
            .where(
                (Purchase.kind == "refund")
                & Purchase.voided_at.is_null()
                & Purchase.refund_of.in_(sales_in_window)
            )
            .group_by(Purchase.refund_of)
        )
    )
    for purchase_id, customer_id, day, amount in rows_of(
        Purchase.select(
            Purchase.id, Purchase.customer, Purchase.purchased_on, Purchase.amount
        ).where(Purchase.id.in_(sales_in_window))
    ):
        spend[customer_id] += max(0, amount + int(refunded.get(purchase_id, 0)))
        days[customer_id].add(day)
    start = dt.datetime.combine(year_ago + dt.timedelta(days=1), dt.time())
    for customer_id, moment in rows_of(
        Interaction.select(Interaction.customer, Interaction.occurred_at).where(
            (Interaction.kind == "visit") & (Interaction.occurred_at >= start)
        )
    ):
        days[customer_id].add(moment.date() if isinstance(moment, dt.datetime) else moment)
    has_imported_grade = Customer.select(Customer.id).where(Customer.imported_grade.is_null(False))
    buying: set[int] = {
        row[0]
        for row in rows_of(
            Purchase.select(Purchase.customer)
            .distinct()
            .where(
                (Purchase.kind == "sale")
                & Purchase.voided_at.is_null()
                & Purchase.customer.in_(has_imported_grade)
            )
        )
    }
    changed: dict[tuple[str, bool], list[int]] = defaultdict(list)
    for customer_id, stored, stored_imported, imported_text in rows_of(
        Customer.select(
            Customer.id, Customer.grade, Customer.grade_from_import, Customer.imported_grade
        )
    ):
        standing = standing_grade(
            spend_12_months=spend.get(customer_id, 0),
            visits_12_months=len(days.get(customer_id, ())),
            thresholds=thresholds,
            imported_grade=grade_code(imported_text),
            own_sales=int(customer_id in buying),
        )
        if standing != (stored, bool(stored_imported)):
            changed[standing].append(customer_id)
    with database_proxy.atomic():
        for (grade, imported), ids in changed.items():
            for chunk in chunked(ids, 500):
                Customer.update(grade=grade, grade_from_import=imported).where(
                    Customer.id.in_(chunk)
                ).execute()
    return sum(len(ids) for ids in changed.values())
