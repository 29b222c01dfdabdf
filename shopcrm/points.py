"""Points: an append-only ledger. Earned points form lots that expire oldest first.

Redeeming uses the lots that expire first; reversing a purchase's points uses that
purchase's own lot first. A balance never goes below zero: when a refund would reverse
points that were already spent, the balance goes to zero and the shortfall is recorded.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import fn

from shopcrm import audit, settings
from shopcrm.customers import clean_text
from shopcrm.db import database_proxy, lock_customer, rows_of
from shopcrm.errors import ValidationError
from shopcrm.models import Customer, PointEntry

EARNING_KINDS = ("earn", "opening", "referral_reward", "restore", "adjust")


@dataclass
class _Lot:
    entry_id: int
    purchase_id: int | None
    expires_on: dt.date | None
    remaining: int


def expiry_date(earned_on: dt.date) -> dt.date:
    """When points earned on a day expire (setting points_expiry_months; 0 = never)."""
    months = int(settings.get_setting("points_expiry_months") or 0)
    if months <= 0:
        return dt.date.max
    month_index = earned_on.month - 1 + months
    year, month = earned_on.year + month_index // 12, month_index % 12 + 1
    for day in (earned_on.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _lots(entries: Iterable[tuple[Any, ...]]) -> list[_Lot]:
    """Replay (id, kind, points, purchase_id, expires_on) entries in order into open lots."""
    lots: list[_Lot] = []
    for entry_id, _kind, points, purchase_id, expires_on in entries:
        if points > 0:
            lots.append(_Lot(entry_id, purchase_id, expires_on, points))
            continue
        _consume(lots, -points, purchase_id)
    return [lot for lot in lots if lot.remaining > 0]


def _consume(lots: list[_Lot], amount: int, purchase_id: int | None) -> None:
    own = [lot for lot in lots if purchase_id is not None and lot.purchase_id == purchase_id]
    rest = sorted(
        (lot for lot in lots if lot not in own), key=lambda lot: lot.expires_on or dt.date.max
    )
    for lot in [*own, *rest]:
        if amount <= 0:
            return
        taken = min(lot.remaining, amount)
        lot.remaining -= taken
        amount -= taken


def _ledger(customer_id: int) -> list[tuple[Any, ...]]:
    return list(
        rows_of(
            PointEntry.select(
                PointEntry.id,
                PointEntry.kind,
                PointEntry.points,
                PointEntry.purchase,
                PointEntry.expires_on,
            )
            .where(PointEntry.customer == customer_id)
            .order_by(PointEntry.occurred_on, PointEntry.id)
        )
    )


def balance(customer_id: int) -> int:
    """The points a customer has now (the ledger's sum)."""
    total = (
        PointEntry.select(fn.SUM(PointEntry.points))
        .where(PointEntry.customer == customer_id)
        .scalar()
    )
    return int(total or 0)


def _store_balance(customer_id: int) -> int:
    current = balance(customer_id)
    Customer.update(points=current).where(Customer.id == customer_id).execute()
    return current


def add_points(
    customer_id: int,
    points: int,
    *,
    kind: str,
    on: dt.date,
    purchase_id: int | None = None,
    note: str | None = None,
) -> None:
    """Append earned points (one of `EARNING_KINDS`) as a lot that expires.

    Points earned on a day long past (a purchase typed in late) may be expired already:
    they are expired at once, so they never become spendable.
    """
    if points <= 0:
        return
    expires_on = expiry_date(on)
    PointEntry.create(
        customer=customer_id,
        occurred_on=on,
        kind=kind,
        points=points,
        purchase=purchase_id,
        expires_on=expires_on,
        note=note,
    )
    _store_balance(customer_id)
    today = dt.date.today()
    if expires_on <= today:
        expire_points(customer_id, today)


def expire_points(customer_id: int, today: dt.date) -> int:
    """Write expiry entries for this customer's lots that expired by `today`.

    Returns:
        The points expired now.
    """
    expired = 0
    for lot in _lots(_ledger(customer_id)):
        if lot.expires_on is not None and lot.expires_on <= today:
            PointEntry.create(
                customer=customer_id,
                occurred_on=lot.expires_on,
                kind="expire",
                points=-lot.remaining,
                note=f"lot {lot.entry_id}",
            )
            expired += lot.remaining
    if expired:
        _store_balance(customer_id)
    return expired


def available_points(customer_id: int, on: dt.date) -> int:
    """The points a customer can spend on a day: her balance less the lots expired by then
    (read only; `redeem_points` writes those expiries when it spends)."""
    return sum(
        lot.remaining
        for lot in _lots(_ledger(customer_id))
        if lot.expires_on is None or lot.expires_on > on
    )


def redeem_points(
    customer_id: int,
    points: int,
    *,
    on: dt.date | None = None,
    note: str | None = None,
    actor: str | None = None,
    purchase_id: int | None = None,
) -> int:
    """Spend points, never beyond the balance.

    Args:
        purchase_id: the sale paid partly with these points, if any.

    Returns:
        The balance afterwards.

    Raises:
        ValidationError: not a positive number, or more than the balance.
    """
    on = on or dt.date.today()
    if points <= 0:
        raise ValidationError("invalid_points", value=points)
    with database_proxy.atomic():
        lock_customer(customer_id)
        expire_points(customer_id, on)
        available = balance(customer_id)
        if points > available:
            raise ValidationError("not_enough_points", requested=points, balance=available)
        PointEntry.create(
            customer=customer_id,
            occurred_on=on,
            kind="redeem",
            points=-points,
            purchase=purchase_id,
            note=note,
        )
        audit.record_change(
            "redeem",
            "point_entry",
            None,
            customer_id=customer_id,
            changes={"points": -points, "purchase_id": purchase_id, "reason": note},
            actor=actor,
        )
        return _store_balance(customer_id)


def _reason(reason: str | None) -> str:
    why = clean_text(reason)
    if not why:
        raise ValidationError("reason_required")
    return why


def use_points(
    customer_id: int,
    points: int,
    *,
    reason: str,
    on: dt.date | None = None,
    actor: str | None = None,
) -> int:
    """Spend points without a sale (a gift, a free drink), never beyond the balance.

    Returns:
        The balance afterwards.

    Raises:
        ValidationError: ``reason_required``, ``invalid_points`` (not positive),
            ``not_enough_points`` (fields ``requested``, ``balance``).
    """
    return redeem_points(customer_id, points, on=on, note=_reason(reason), actor=actor)


def correct_points(
    customer_id: int,
    delta: int,
    *,
    reason: str,
    on: dt.date | None = None,
    actor: str | None = None,
) -> int:
    """Correct a customer's points by `delta` (positive adds, negative takes away), with a reason.

    Added points form an ``adjust`` lot that expires like earned points; taking away never
    goes below zero (more than the balance is refused).

    Returns:
        The balance afterwards.

    Raises:
        ValidationError: ``reason_required``, ``invalid_points`` (zero),
            ``not_enough_points`` (fields ``requested``, ``balance``).
    """
    why = _reason(reason)
    on = on or dt.date.today()
    if delta == 0:
        raise ValidationError("invalid_points", value=delta)
    with database_proxy.atomic():
        lock_customer(customer_id)
        expire_points(customer_id, on)
        available = balance(customer_id)
        if delta > 0:
            add_points(customer_id, delta, kind="adjust", on=on, note=why)
        elif -delta > available:
            raise ValidationError("not_enough_points", requested=-delta, balance=available)
        else:
            PointEntry.create(
                customer=customer_id, occurred_on=on, kind="adjust", points=delta, note=why
            )
        audit.record_change(
            "correct_points",
            "point_entry",
            None,
            customer_id=customer_id,
            changes={"points": [available, available + delta], "reason": why},
            actor=actor,
        )
        return _store_balance(customer_id)


def reverse_points(
    customer_id: int, points: int, *, purchase_id: int | None, on: dt.date, kind: str
) -> int:
    """Take back points a purchase earned (refund or void), never below a zero balance.

    Returns:
        The shortfall: points that were already spent and could not be taken back.
    """
    if points <= 0:
        return 0
    available = max(0, balance(customer_id))
    taken = min(points, available)
    shortfall = points - taken
    PointEntry.create(
        customer=customer_id,
        occurred_on=on,
        kind=kind,
        points=-taken,
        purchase=purchase_id,
        shortfall=shortfall,
    )
    _store_balance(customer_id)
    return shortfall


@dataclass(frozen=True)
class ExpiringPoints:
    customer_id: int
    customer_no: int
    name: str
    points: int
    expires_on: dt.date


def points_expiring(today: dt.date | None = None, within_days: int = 30) -> list[ExpiringPoints]:
    """Points that will expire in the next `within_days` days, soonest first."""
    today = today or dt.date.today()
    until = today + dt.timedelta(days=within_days)
    candidates = (
        PointEntry.select(PointEntry.customer)
        .where(
            (PointEntry.points > 0)
            & (PointEntry.expires_on > today)
            & (PointEntry.expires_on <= until)
        )
        .distinct()
    )
    ledgers: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for customer_id, *entry in rows_of(
        PointEntry.select(
            PointEntry.customer,
            PointEntry.id,
            PointEntry.kind,
            PointEntry.points,
            PointEntry.purchase,
            PointEntry.expires_on,
        )
        .where(PointEntry.customer.in_(candidates))
        .order_by(PointEntry.customer, PointEntry.occurred_on, PointEntry.id)
    ):
        ledgers[customer_id].append(tuple(entry))
    names = {
        row[0]: row[1:]
        for row in rows_of(
            Customer.select(Customer.id, Customer.customer_no, Customer.name).where(
                Customer.id.in_(list(ledgers)) & Customer.deleted_at.is_null()
            )
        )
    }
    found = []
    for customer_id, entries in ledgers.items():
        if customer_id not in names:  # in the trash
            continue
        for lot in _lots(entries):
            if lot.expires_on is not None and today < lot.expires_on <= until:
                number, name = names[customer_id]
                found.append(
                    ExpiringPoints(customer_id, number, name, lot.remaining, lot.expires_on)
                )
    return sorted(found, key=lambda item: (item.expires_on, item.customer_no))


def expire_due_points(today: dt.date | None = None) -> int:
    """Expire every customer's lots that are due (run once a day). Returns points expired."""
    today = today or dt.date.today()
    done_through = settings.get_setting("points_expired_through")
    window = (PointEntry.points > 0) & (PointEntry.expires_on <= today)
    if done_through:
        window &= PointEntry.expires_on > dt.date.fromisoformat(done_through)
    due = list(rows_of(PointEntry.select(PointEntry.customer).where(window).distinct()))
    total = 0
    with database_proxy.atomic():
        for (customer_id,) in due:
            total += expire_points(customer_id, today)
        settings.set_setting("points_expired_through", today.isoformat())
    return total
