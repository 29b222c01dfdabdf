"""Purchases: sales with item lines, refunds linked to their sale, voids, opening balances.

Every function changes the records in one transaction, keeps the points ledger in step,
pays a referral reward when a referred friend first buys, and refreshes the customer's
stage, grade and totals through `shopcrm.ladder.refresh_customer`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from shopcrm import audit, ladder, points, referrals, settings
from shopcrm.amounts import MAX_AMOUNT
from shopcrm.customers import clean_text
from shopcrm.db import database_proxy, lock_customer, rows_of
from shopcrm.errors import NotFound, ValidationError
from shopcrm.models import Customer, PointEntry, Product, Purchase, PurchaseItem

PAYMENT_METHODS = ("card", "cash", "transfer", "easy_pay", "points", "other")


@dataclass(frozen=True)
class PurchaseLine:
    """One line of a purchase: a product from the shop's list or free text."""

    description: str
    unit_price: int
    quantity: int = 1
    product_id: int | None = None

    @property
    def amount(self) -> int:
        return self.unit_price * self.quantity


def _customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("customer_not_found", customer_id=customer_id)
    return customer


def _checked_lines(lines: list[PurchaseLine]) -> list[PurchaseLine]:
    if not lines:
        raise ValidationError("purchase_without_items")
    checked = []
    for line in lines:
        description = clean_text(line.description)
        if line.product_id is not None and not description:
            product = Product.get_or_none(Product.id == line.product_id)
            description = product.name if product else None
        if not description:
            raise ValidationError("item_description_required")
        if line.quantity <= 0:
            raise ValidationError("invalid_quantity", value=line.quantity)
        if line.unit_price < 0:
            raise ValidationError("negative_amount", value=line.unit_price)
        checked.append(PurchaseLine(description, line.unit_price, line.quantity, line.product_id))
    return checked


@dataclass(frozen=True)
class SalePreview:
    """What a sale comes to before it is saved: the dialog shows it as the owner types."""

    total: int
    points_redeemed: int
    to_pay: int
    points_earned: int
    balance_before: int
    balance_after: int


def sale_preview(
    lines: list[PurchaseLine],
    points_redeemed: int,
    customer_id: int,
    *,
    on: dt.date | None = None,
) -> SalePreview:
    """The total, what is left to pay after points, the points earned and the balance after.

    `record_purchase` saves exactly these figures. Points are earned on what is paid after
    redeeming points (`shopcrm.ladder.points_for_purchase`).

    Args:
        on: the day of the sale (default today); points expired by then cannot be redeemed.

    Raises:
        NotFound: no such customer.
        ValidationError: what the sale would refuse: ``purchase_without_items``,
            ``item_description_required``, ``invalid_quantity``, ``negative_amount``,
            ``amount_too_large`` (the total over `shopcrm.amounts.MAX_AMOUNT`),
            ``negative_points``, ``not_enough_points`` (``requested``, ``balance``),
            ``points_over_total`` (``requested``, ``total``).
    """
    checked = _checked_lines(lines)
    _customer(customer_id)
    available = points.available_points(customer_id, on or dt.date.today())
    return _sale_figures(checked, points_redeemed, available)


def _sale_figures(checked: list[PurchaseLine], points_redeemed: int, available: int) -> SalePreview:
    """The figures of a sale of checked lines for a customer with `available` points."""
    total = sum(line.amount for line in checked)
    if total > MAX_AMOUNT:
        raise ValidationError("amount_too_large", value=total, limit=MAX_AMOUNT)
    if points_redeemed < 0:
        raise ValidationError("negative_points", value=points_redeemed)
    if points_redeemed > available:
        raise ValidationError("not_enough_points", requested=points_redeemed, balance=available)
    if points_redeemed > total:
        raise ValidationError("points_over_total", requested=points_redeemed, total=total)
    rate = float(settings.get_setting("points_rate_percent"))
    earned = ladder.points_for_purchase(total, rate, points_redeemed)
    return SalePreview(
        total=total,
        points_redeemed=points_redeemed,
        to_pay=total - points_redeemed,
        points_earned=earned,
        balance_before=available,
        balance_after=available - points_redeemed + earned,
    )


def record_purchase(
    customer_id: int,
    lines: list[PurchaseLine],
    *,
    purchased_on: dt.date | None = None,
    staff_id: int | None = None,
    payment_method: str | None = None,
    note: str | None = None,
    actor: str | None = None,
    points_redeemed: int = 0,
) -> int:
    """Record a sale: items, points redeemed and earned, referral reward, stage and grade.

    All in one transaction: the figures are `sale_preview`'s (one rule, `_sale_figures`),
    computed while the customer's row is held, so two counters cannot spend the same points.

    Args:
        points_redeemed: points the customer pays part of the sale with (1 point = 1 won).

    Returns:
        The purchase id.

    Raises:
        NotFound: no such customer.
        ValidationError: anything `sale_preview` refuses, an unknown payment method, a date
            in the future.
    """
    purchased_on = purchased_on or dt.date.today()
    if purchased_on > dt.date.today():
        raise ValidationError("date_in_future", value=purchased_on)
    checked = _checked_lines(lines)
    if payment_method is not None and payment_method not in PAYMENT_METHODS:
        raise ValidationError("invalid_payment_method", value=payment_method)
    with database_proxy.atomic():
        _customer(customer_id)
        lock_customer(customer_id)
        points.expire_points(customer_id, purchased_on)  # what expired by then cannot be spent
        preview = _sale_figures(checked, points_redeemed, points.balance(customer_id))
        purchase = Purchase.create(
            customer=customer_id,
            purchased_on=purchased_on,
            kind="sale",
            amount=preview.total,
            staff=staff_id,
            payment_method=payment_method,
            points_earned=preview.points_earned,
            note=clean_text(note),
        )
        if preview.points_redeemed:
            points.spend_points(
                customer_id,
                preview.points_redeemed,
                on=purchased_on,
                actor=actor,
                purchase_id=purchase.id,
            )
        PurchaseItem.insert_many(
            [
                (
                    purchase.id,
                    line.product_id,
                    line.description,
                    line.quantity,
                    line.unit_price,
                    line.amount,
                )
                for line in checked
            ],
            fields=[
                PurchaseItem.purchase,
                PurchaseItem.product,
                PurchaseItem.description,
                PurchaseItem.quantity,
                PurchaseItem.unit_price,
                PurchaseItem.amount,
            ],
        ).execute()
        points.add_points(
            customer_id,
            preview.points_earned,
            kind="earn",
            on=purchased_on,
            purchase_id=purchase.id,
        )
        audit.record_change(
            "create",
            "purchase",
            purchase.id,
            customer_id=customer_id,
            changes={
                "amount": preview.total,
                "items": len(checked),
                "date": purchased_on,
                "points_redeemed": preview.points_redeemed,
                "points_earned": preview.points_earned,
            },
            actor=actor,
        )
        threshold = ladder.repeat_threshold()

        def reason(facts: ladder.CustomerFacts) -> str:
            return {1: "first_purchase", threshold: "repeat_purchase"}.get(
                facts.purchase_count, "purchase"
            )

        ladder.refresh_customer(
            customer_id, today=max(purchased_on, dt.date.today()), reason=reason, actor=actor
        )
        referrals.reward_if_due(customer_id, on=purchased_on, actor=actor)
    return int(purchase.id)


def refunded_so_far(purchase_id: int) -> int:
    """Won already refunded on a sale (a positive number)."""
    total = (
        Purchase.select(fn.SUM(Purchase.amount))
        .where((Purchase.refund_of == purchase_id) & Purchase.voided_at.is_null())
        .scalar()
    )
    return -int(total or 0)


def refund_purchase(
    purchase_id: int,
    amount: int | None = None,
    *,
    refunded_on: dt.date | None = None,
    reason: str | None = None,
    actor: str | None = None,
) -> int:
    """Refund a sale wholly (amount None) or partly; its points are reversed in proportion.

    Returns:
        The refund's id.

    Raises:
        NotFound: no such sale.
        ValidationError: more than what is left to refund, or a voided sale.
    """
    refunded_on = refunded_on or dt.date.today()
    with database_proxy.atomic():
        sale = Purchase.get_or_none((Purchase.id == purchase_id) & (Purchase.kind == "sale"))
        if sale is None:
            raise NotFound("purchase_not_found", purchase_id=purchase_id)
        if sale.voided_at is not None:
            raise ValidationError("purchase_voided", purchase_id=purchase_id)
        if refunded_on < sale.purchased_on:
            raise ValidationError("refund_before_sale", sold_on=sale.purchased_on)
        left = sale.amount - refunded_so_far(purchase_id)
        amount = left if amount is None else amount
        if amount <= 0 or amount > left:
            raise ValidationError("invalid_refund", value=amount, left=left)
        refund = Purchase.create(
            customer=sale.customer_id,
            purchased_on=refunded_on,
            kind="refund",
            amount=-amount,
            refund_of=purchase_id,
            staff=sale.staff_id,
            note=clean_text(reason),
        )
        fully = amount == left
        to_reverse = _points_to_reverse(sale, amount, fully)
        shortfall = points.reverse_points(
            sale.customer_id,
            to_reverse,
            purchase_id=refund.id,
            on=refunded_on,
            kind="refund_reversal",
        )
        audit.record_change(
            "refund",
            "purchase",
            purchase_id,
            customer_id=sale.customer_id,
            changes={"amount": amount, "points": -to_reverse, "shortfall": shortfall},
            actor=actor,
        )
        ladder.refresh_customer(
            sale.customer_id, reason="purchase_refunded" if fully else "partial_refund", actor=actor
        )
    return int(refund.id)


def _points_to_reverse(sale: Purchase, amount: int, fully: bool) -> int:
    """Points a refund of `amount` (or the rest, `fully`) takes back from a sale: in
    proportion, counting what the sale's refunds that still stand took back already."""
    standing_refunds = Purchase.select(Purchase.id).where(
        (Purchase.refund_of == sale.id) & Purchase.voided_at.is_null()
    )
    already = int(
        PointEntry.select(fn.SUM(PointEntry.shortfall - PointEntry.points))
        .where((PointEntry.kind == "refund_reversal") & PointEntry.purchase.in_(standing_refunds))
        .scalar()
        or 0
    )
    if fully:
        return max(0, sale.points_earned - already)
    return min(sale.points_earned - already, sale.points_earned * amount // sale.amount)


def void_purchase(purchase_id: int, *, reason: str, actor: str | None = None) -> None:
    """Void a purchase typed by mistake: gone from totals, kept in the audit trail.

    Voiding a sale voids its refunds too, gives back the points the customer paid with and
    takes back the points it earned. (A refund gives money back; points paid with stay
    spent — correct them with `shopcrm.points.correct_points` if the shop gives them back.)

    Raises:
        NotFound: no such purchase.
        ValidationError: no reason given, or already voided.
    """
    why = clean_text(reason)
    if not why:
        raise ValidationError("void_reason_required")
    with database_proxy.atomic():
        purchase = Purchase.get_or_none(Purchase.id == purchase_id)
        if purchase is None:
            raise NotFound("purchase_not_found", purchase_id=purchase_id)
        if purchase.voided_at is not None:
            raise ValidationError("purchase_voided", purchase_id=purchase_id)
        customer_id = purchase.customer_id
        today = dt.date.today()
        if purchase.kind == "sale":
            # what the sale still holds: earned, less what its standing refunds took back
            to_reverse = _points_to_reverse(purchase, purchase.amount, True)
        now = dt.datetime.now().replace(microsecond=0)
        Purchase.update(voided_at=now, void_reason=why).where(
            (Purchase.id == purchase_id)
            | ((Purchase.refund_of == purchase_id) & Purchase.voided_at.is_null())
        ).execute()
        if purchase.kind == "sale":
            points.add_points(
                customer_id,
                points_redeemed_on(purchase_id),
                kind="restore",
                on=today,
                purchase_id=purchase_id,
            )
            points.reverse_points(
                customer_id, to_reverse, purchase_id=purchase_id, on=today, kind="void_reversal"
            )
        elif purchase.kind == "refund":
            points.add_points(
                customer_id,
                _taken_back(purchase_id),
                kind="restore",
                on=today,
                purchase_id=purchase_id,
            )
        elif purchase.kind == "opening_balance":
            points.reverse_points(
                customer_id,
                _carried_over(purchase_id),
                purchase_id=purchase_id,
                on=today,
                kind="void_reversal",
            )
        audit.record_change(
            "void",
            "purchase",
            purchase_id,
            customer_id=purchase.customer_id,
            changes={"amount": purchase.amount, "kind": purchase.kind, "reason": why},
            actor=actor,
        )
        ladder.refresh_customer(purchase.customer_id, reason="purchase_voided", actor=actor)


def points_redeemed_on(purchase_id: int) -> int:
    """Points the customer paid part of a sale with."""
    redeemed = (
        PointEntry.select(fn.SUM(PointEntry.points))
        .where((PointEntry.purchase == purchase_id) & (PointEntry.kind == "redeem"))
        .scalar()
    )
    return -int(redeemed or 0)


def _taken_back(refund_id: int) -> int:
    """Points a refund actually took from the balance (not its recorded shortfall)."""
    taken = (
        PointEntry.select(fn.SUM(PointEntry.points))
        .where((PointEntry.purchase == refund_id) & (PointEntry.kind == "refund_reversal"))
        .scalar()
    )
    return -int(taken or 0)


def _carried_over(opening_id: int) -> int:
    carried = (
        PointEntry.select(fn.SUM(PointEntry.points))
        .where((PointEntry.purchase == opening_id) & (PointEntry.kind == "opening"))
        .scalar()
    )
    return int(carried or 0)


def record_opening_balance(
    customer_id: int,
    *,
    total_spent: int,
    last_visit_on: dt.date | None,
    carried_points: int = 0,
    today: dt.date | None = None,
    actor: str | None = None,
) -> int | None:
    """Carry over what an old system knew: total spend, last visit and points.

    The opening balance counts in totals and grades but earns no points; with spend above
    zero it counts as one purchase for the ladder (or as the old system's purchase count,
    `Customer.imported_purchases`), and its last-visit date as a visit. It is not a first
    purchase: the first-purchase anniversary comes from a recorded sale or an imported
    first-purchase date. A customer has at most one (a second call is refused).

    Args:
        today: the day the grade window ends (default today).

    Returns:
        The opening balance's purchase id (None when there was nothing to carry over).
    """
    if total_spent < 0 or carried_points < 0:
        raise ValidationError("invalid_amount", value=min(total_spent, carried_points))
    with database_proxy.atomic():
        customer = _customer(customer_id)
        exists = (
            Purchase.select()
            .where(
                (Purchase.customer == customer_id)
                & (Purchase.kind == "opening_balance")
                & Purchase.voided_at.is_null()
            )
            .exists()
        )
        if exists:
            raise ValidationError("opening_balance_exists", customer_no=customer.customer_no)
        on = last_visit_on or customer.created_at.date()
        opening_id = None
        if total_spent or last_visit_on:
            opening_id = Purchase.create(
                customer=customer_id,
                purchased_on=on,
                kind="opening_balance",
                amount=total_spent,
                note="opening balance",
            ).id
        points.add_points(
            customer_id, carried_points, kind="opening", on=dt.date.today(), purchase_id=opening_id
        )
        audit.record_change(
            "opening_balance",
            "customer",
            customer_id,
            customer_id=customer_id,
            changes={
                "total_spent": total_spent,
                "last_visit_on": last_visit_on,
                "points": carried_points,
            },
            actor=actor,
        )
        ladder.refresh_customer(customer_id, today=today, reason="opening_balance", actor=actor)
    return int(opening_id) if opening_id else None


def revise_opening_balance(
    customer_id: int,
    *,
    last_visit_on: dt.date | None = None,
    total_spent: int | None = None,
    today: dt.date | None = None,
    actor: str | None = None,
) -> tuple[dt.date, int] | None:
    """Bring a customer's opening balance up to a newer list from the old system.

    The balance is dated on the old system's last visit, and a date keeps the newest: the
    balance moves to ``last_visit_on`` only when that is later than its day (an older list
    never moves it back). ``total_spent`` replaces its amount. Stage, grade, totals and the
    last visit follow through `shopcrm.ladder.refresh_customer`.

    Returns:
        The balance's (day, amount) before the change, or None when she has no opening
        balance or nothing changed.

    Raises:
        ValidationError: ``invalid_amount`` for a negative amount.
    """
    if total_spent is not None and total_spent < 0:
        raise ValidationError("invalid_amount", value=total_spent)
    with database_proxy.atomic():
        opening = Purchase.get_or_none(
            (Purchase.customer == customer_id)
            & (Purchase.kind == "opening_balance")
            & Purchase.voided_at.is_null()
        )
        if opening is None:
            return None
        before = (opening.purchased_on, int(opening.amount))
        day = max(opening.purchased_on, last_visit_on or opening.purchased_on)
        amount = before[1] if total_spent is None else total_spent
        if (day, amount) == before:
            return None
        Purchase.update(purchased_on=day, amount=amount).where(Purchase.id == opening.id).execute()
        audit.record_change(
            "opening_balance",
            "customer",
            customer_id,
            customer_id=customer_id,
            changes={"last_visit_on": [before[0], day], "total_spent": [before[1], amount]},
            actor=actor,
        )
        ladder.refresh_customer(customer_id, today=today, reason="opening_balance", actor=actor)
    return before


@dataclass(frozen=True)
class PurchaseSummary:
    """A purchase as the card's history lists it."""

    id: int
    purchased_on: dt.date
    kind: str
    amount: int
    refunded: int
    voided: bool
    items: str


def customer_purchases(customer_id: int) -> list[PurchaseSummary]:
    """A customer's purchases, refunds and opening balance, newest first."""
    purchases = list(
        Purchase.select()
        .where(Purchase.customer == customer_id)
        .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
    )
    items: dict[int, list[str]] = {}
    for purchase_id, description, quantity in rows_of(
        PurchaseItem.select(
            PurchaseItem.purchase, PurchaseItem.description, PurchaseItem.quantity
        ).where(PurchaseItem.purchase.in_([p.id for p in purchases]))
    ):
        label = description if quantity == 1 else f"{description} ×{quantity}"
        items.setdefault(purchase_id, []).append(label)
    refunds: dict[int, int] = {}
    for p in purchases:
        if p.kind == "refund" and p.voided_at is None and p.refund_of_id is not None:
            refunds[p.refund_of_id] = refunds.get(p.refund_of_id, 0) - p.amount
    return [
        PurchaseSummary(
            p.id,
            p.purchased_on,
            p.kind,
            p.amount,
            refunds.get(p.id, 0),
            p.voided_at is not None,
            ", ".join(items.get(p.id, [])),
        )
        for p in purchases
    ]
