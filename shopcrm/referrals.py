"""Referrals: who introduced whom, and the reward both get when the friend first buys."""

from __future__ import annotations

import datetime as dt

from shopcrm import audit, ladder, points, settings
from shopcrm.customers import clean_text
from shopcrm.db import database_proxy
from shopcrm.errors import NotFound, ValidationError
from shopcrm.models import Customer, Referral


def record_referral(
    referrer_id: int,
    referred_id: int,
    *,
    on: dt.date | None = None,
    note: str | None = None,
    actor: str | None = None,
) -> int:
    """Record that `referrer_id` introduced `referred_id`.

    Recording the same referral again changes nothing. If the friend has already bought,
    both are rewarded now (once).

    Returns:
        The referral's id.

    Raises:
        ValidationError: a customer referring herself, or a friend already referred by
            somebody else.
        NotFound: either customer does not exist.
    """
    if referrer_id == referred_id:
        raise ValidationError("self_referral")
    with database_proxy.atomic():
        for customer_id in (referrer_id, referred_id):
            if not Customer.select().where(Customer.id == customer_id).exists():
                raise NotFound("customer_not_found", customer_id=customer_id)
        loop = Referral.select().where(
            (Referral.referrer == referred_id) & (Referral.referred == referrer_id)
        )
        if loop.exists():
            raise ValidationError("referral_loop")
        existing = Referral.get_or_none(Referral.referred == referred_id)
        if existing is not None:
            if existing.referrer_id != referrer_id:
                referrer_no = Customer.get_by_id(existing.referrer_id).customer_no
                raise ValidationError("already_referred", referrer_no=referrer_no)
            return int(existing.id)
        referral = Referral.create(
            referrer=referrer_id, referred=referred_id, note=clean_text(note)
        )
        audit.record_change(
            "create",
            "referral",
            referral.id,
            customer_id=referred_id,
            changes={"referrer": referrer_id, "referred": referred_id},
            actor=actor,
        )
        reward_if_due(referred_id, on=on or dt.date.today(), actor=actor)
    return int(referral.id)


def reward_if_due(referred_id: int, *, on: dt.date, actor: str | None = None) -> bool:
    """Pay the referral reward to both if the friend has bought and nobody was paid yet.

    The reward is claimed with a conditional update, so it is paid exactly once even when
    two counters record the purchase or the referral at the same time.

    Returns:
        True when the reward was paid now.
    """
    referral = Referral.get_or_none(Referral.referred == referred_id)
    if referral is None or referral.rewarded_at is not None:
        return False
    if not ladder.counting_purchases(referred_id):
        return False
    now = dt.datetime.now().replace(microsecond=0)
    claimed = (
        Referral.update(rewarded_at=now)
        .where((Referral.id == referral.id) & Referral.rewarded_at.is_null())
        .execute()
    )
    if claimed != 1:
        return False
    reward = int(settings.get_setting("referral_reward_points"))
    for customer_id in (referral.referrer_id, referred_id):
        points.add_points(
            customer_id, reward, kind="referral_reward", on=on, note=f"referral {referral.id}"
        )
    audit.record_change(
        "reward",
        "referral",
        referral.id,
        customer_id=referred_id,
        changes={"points": reward, "referrer": referral.referrer_id},
        actor=actor,
    )
    ladder.refresh_customer(referral.referrer_id, reason="referral_bought", actor=actor)
    ladder.refresh_customer(referred_id, reason="referral_rewarded", actor=actor)
    return True
