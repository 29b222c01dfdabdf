"""Referrals: who introduced whom, and the reward both get when the friend first buys."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from shopcrm import audit, ladder, points, settings
from shopcrm.customers import clean_text
from shopcrm.db import database_proxy
from shopcrm.errors import NotFound, ValidationError
from shopcrm.models import Customer, PointEntry, Referral


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
    with database_proxy.atomic():
        for customer_id in (referrer_id, referred_id):
            if not Customer.select().where(Customer.id == customer_id).exists():
                raise NotFound("customer_not_found", customer_id=customer_id)
        existing = Referral.get_or_none(Referral.referred == referred_id)
        reverse = Referral.get_or_none(Referral.referred == referrer_id)
        refusal = referral_refusal(
            referrer_id,
            referred_id,
            referrer_of_referred=existing.referrer_id if existing else None,
            referrer_of_referrer=reverse.referrer_id if reverse else None,
        )
        if refusal == "already_referred" and existing is not None:
            referrer_no = Customer.get_by_id(existing.referrer_id).customer_no
            raise ValidationError(refusal, referrer_no=referrer_no)
        if refusal is not None:
            raise ValidationError(refusal)
        if existing is not None:
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


def referral_refusal(
    referrer_id: int,
    referred_id: int,
    *,
    referrer_of_referred: int | None,
    referrer_of_referrer: int | None,
) -> str | None:
    """The referral rules: why `referrer_id` cannot be recorded as having introduced
    `referred_id`, as an error code, or None when she can (or already is).

    Used by `record_referral` and, on many rows at once, by the import's 추천인 column.

    Args:
        referrer_id: who introduced.
        referred_id: the friend.
        referrer_of_referred: who is recorded as having introduced the friend, if anyone.
        referrer_of_referrer: who is recorded as having introduced the referrer, if anyone.

    Returns:
        ``self_referral`` (a customer referring herself), ``referral_loop`` (the friend
        introduced the referrer), ``already_referred`` (somebody else introduced the friend)
        or None.
    """
    if referrer_id == referred_id:
        return "self_referral"
    if referrer_of_referrer == referred_id:
        return "referral_loop"
    if referrer_of_referred is not None and referrer_of_referred != referrer_id:
        return "already_referred"
    return None


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


def reward_paid(referred_id: int) -> int | None:
    """The points each of the two got for the referral of `referred_id`.

    Returns:
        The points paid to each, or None when she was not referred or the reward is not paid
        yet (it is paid when she first buys).
    """
    referral = Referral.get_or_none(Referral.referred == referred_id)
    if referral is None or referral.rewarded_at is None:
        return None
    paid = (
        PointEntry.select(fn.SUM(PointEntry.points))
        .where(
            (PointEntry.customer == referred_id)
            & (PointEntry.kind == "referral_reward")
            & (PointEntry.note == f"referral {referral.id}")
        )
        .scalar()
    )
    return int(paid or 0)
