"""A customer's card: everything the card screen shows about her, read in one call.

Each part comes from the module whose rule it is: the stage's history from `shopcrm.ladder`,
the points about to expire from the lots of `shopcrm.points`, the next solar date of each
anniversary from the occurrence table (`shopcrm.occurrences`, the one lunar and 29 February
rule), the referrals from `shopcrm.models.Referral`. The timeline is paged apart
(`shopcrm.timeline`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shopcrm import occurrences, points
from shopcrm.anniversaries import AnniversaryDetail, customer_anniversaries
from shopcrm.customers import CustomerDetail, customer_tags, get_customer
from shopcrm.db import rows_of
from shopcrm.ladder import StageStep, counting_purchases, repeat_threshold, stage_history
from shopcrm.models import Anniversary, AnniversaryOccurrence, Customer, PointEntry, Referral
from shopcrm.vocabulary import ordinal_word, word

EXPIRING_WITHIN_DAYS = 30
"""Points expiring within this many days of today are shown on the card."""
NEXT_DATE_WITHIN_DAYS = 400
"""How far ahead the card looks for an anniversary's next date: a lunar anniversary comes
once a lunar year, which can be 384 days long."""

_PURCHASE_REASONS = ("first_purchase", "repeat_purchase")


@dataclass(frozen=True)
class StageReason:
    """Why a customer is on her stage: the change that put her there.

    Attributes:
        stage: her stage now.
        reason: the reason code of the change (`shopcrm.ladder.STAGE_REASONS`).
        on: the day: of the purchase that made her a first-time or repeat customer, else of
            the change.
        is_override: the owner put her there by hand.
        note: the note given with the change (an override's reason).
        purchase_number: which purchase it was (1 for the first, the shop's repeat threshold
            for the repeat purchase); None for other reasons.
    """

    stage: str
    reason: str
    on: dt.date
    is_override: bool
    note: str | None
    purchase_number: int | None = None


@dataclass(frozen=True)
class CardAnniversary:
    """An anniversary with its next solar date from today (None past the lunar tables)."""

    detail: AnniversaryDetail
    next_on: dt.date | None


@dataclass(frozen=True)
class CustomerRef:
    """Another customer named on the card (who introduced her, whom she introduced)."""

    id: int
    customer_no: int
    name: str
    rewarded: bool
    """The referral's reward was paid."""


@dataclass(frozen=True)
class CustomerCard:
    """What the card screen shows about one customer (the timeline is paged apart)."""

    detail: CustomerDetail
    tags: tuple[str, ...]
    stage_reason: StageReason | None
    stage_history: tuple[StageStep, ...]
    """Newest first."""
    grade_source: str
    """``imported`` (the old system's grade holds until her sales here decide) or ``computed``."""
    points_balance: int
    points_expiring: int
    """Points that expire within `EXPIRING_WITHIN_DAYS` of today."""
    points_expiring_on: dt.date | None
    """The first day some of them expire."""
    anniversaries: tuple[CardAnniversary, ...]
    referred_by: CustomerRef | None
    referred: tuple[CustomerRef, ...]
    staff_name: str | None


def customer_card(customer_id: int, *, today: dt.date) -> CustomerCard:
    """Everything the card shows about a customer.

    Args:
        customer_id: the customer.
        today: the day the points' expiry and the anniversaries' next dates count from.

    Raises:
        NotFound: no such customer.
    """
    detail = get_customer(customer_id)
    history = tuple(reversed(stage_history(customer_id)))
    expiring, expiring_on = _points_expiring(customer_id, today)
    referred_by, referred = _referrals(customer_id)
    return CustomerCard(
        detail=detail,
        tags=tuple(customer_tags(customer_id)),
        stage_reason=_stage_reason(customer_id, detail, history),
        stage_history=history,
        grade_source="imported" if detail.grade_from_import else "computed",
        points_balance=points.balance(customer_id),
        points_expiring=expiring,
        points_expiring_on=expiring_on,
        anniversaries=_anniversaries(customer_id, today),
        referred_by=referred_by,
        referred=referred,
        staff_name=detail.staff_name,
    )


def stage_reason_text(reason: StageReason, lang: str | None = None) -> str:
    """Why she is on her stage, in words: ``두 번째 구매 2026-10-03`` / ``second purchase
    2026-10-03``, ``직접 지정 2026-11-02`` / ``set by hand 2026-11-02``."""
    number = reason.purchase_number
    words = word(
        "stage_reason", reason.reason, lang, ordinal=ordinal_word(number, lang) if number else ""
    )
    return f"{words.strip()} {reason.on.isoformat()}"


def stage_change_reason_text(reason: str, lang: str | None = None) -> str:
    """Why a stage change happened, in words: ``두 번째 구매`` for the repeat purchase the shop
    counts, ``첫 구매``, ``직접 지정`` ... (the card's stage history and the timeline)."""
    number = {"first_purchase": 1, "repeat_purchase": repeat_threshold()}.get(reason)
    ordinal = ordinal_word(number, lang) if number else ""
    return word("stage_reason", reason, lang, ordinal=ordinal).strip()


def _stage_reason(
    customer_id: int, detail: CustomerDetail, newest_first: tuple[StageStep, ...]
) -> StageReason | None:
    """The latest change to her current stage: to her override, when she has one; else the
    latest that moved her there (taking an override off without a move is no reason)."""
    overridden = detail.stage_override is not None
    step = next(
        (
            s
            for s in newest_first
            if s.to_stage == detail.stage
            and (s.is_override if overridden else s.from_stage != s.to_stage)
        ),
        None,
    )
    if step is None:
        return None
    on, number = step.changed_at.date(), None
    if step.reason in _PURCHASE_REASONS:
        number = 1 if step.reason == "first_purchase" else repeat_threshold()
        counted = counting_purchases(customer_id)
        if len(counted) >= number:
            on = counted[number - 1][1]
    return StageReason(detail.stage, step.reason, on, step.is_override, step.note, number)


def _points_expiring(customer_id: int, today: dt.date) -> tuple[int, dt.date | None]:
    # the lots as `points.points_expiring` replays them, for this one customer; like it, only
    # when a lot earned is due in the window (most cards have none: no replay of the ledger)
    until = today + dt.timedelta(days=EXPIRING_WITHIN_DAYS)
    due = PointEntry.select().where(
        (PointEntry.customer == customer_id)
        & (PointEntry.points > 0)
        & (PointEntry.expires_on > today)
        & (PointEntry.expires_on <= until)
    )
    if not due.exists():
        return 0, None
    soon = [
        lot
        for lot in points._lots(points._ledger(customer_id))
        if lot.expires_on is not None and today < lot.expires_on <= until
    ]
    if not soon:
        return 0, None
    return sum(lot.remaining for lot in soon), min(lot.expires_on for lot in soon if lot.expires_on)


def _anniversaries(customer_id: int, today: dt.date) -> tuple[CardAnniversary, ...]:
    details = customer_anniversaries(customer_id)
    end = min(today + dt.timedelta(days=NEXT_DATE_WITHIN_DAYS), occurrences.LAST_SOLAR)
    next_on: dict[int, dt.date] = {}
    if details and occurrences.FIRST_SOLAR <= today <= end:
        occurrences.ensure_range(today, end)
        query = (
            AnniversaryOccurrence.select(
                AnniversaryOccurrence.anniversary, AnniversaryOccurrence.solar_on
            )
            .join(Anniversary, on=(AnniversaryOccurrence.anniversary == Anniversary.id))
            .where(
                (Anniversary.customer == customer_id)
                & (AnniversaryOccurrence.solar_on >= today)
                & (AnniversaryOccurrence.solar_on <= end)
            )
            .order_by(AnniversaryOccurrence.solar_on)
        )
        for anniversary_id, solar_on in rows_of(query):
            day = solar_on if isinstance(solar_on, dt.date) else dt.date.fromisoformat(solar_on)
            next_on.setdefault(anniversary_id, day)
    return tuple(CardAnniversary(detail, next_on.get(detail.id)) for detail in details)


def _referrals(customer_id: int) -> tuple[CustomerRef | None, tuple[CustomerRef, ...]]:
    def refs(customer_column: object, other: object) -> list[CustomerRef]:
        query = (
            Referral.select(Customer.id, Customer.customer_no, Customer.name, Referral.rewarded_at)
            .join(Customer, on=(other == Customer.id))
            .where(customer_column == customer_id)
            .order_by(Referral.created_at, Referral.id)
        )
        return [
            CustomerRef(int(cid), int(number), name, rewarded_at is not None)
            for cid, number, name, rewarded_at in rows_of(query)
        ]

    introducers = refs(Referral.referred, Referral.referrer)
    return (introducers[0] if introducers else None), tuple(
        refs(Referral.referrer, Referral.referred)
    )
