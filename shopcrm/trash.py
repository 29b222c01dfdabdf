"""The trash: a deleted customer is kept, hidden, until she is restored.

A card in the trash (``customer.deleted_at``) is left out of the list and its search and
counts, the calendar and the agenda, letters and labels (a number asked for by hand is named
as a deleted customer), exports and the likely duplicates; everything recorded about her stays,
so restoring her brings it all back. An import meeting her phone restores her card
(`shopcrm.importing`). Emptying the trash for good is the privacy erasure, not built yet:
until then it is refused. A card merged into another (`shopcrm.merging`) lies in the trash too,
marked with the card it went into; it comes back only by undoing the merge.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from shopcrm import audit
from shopcrm.customers import bump_card_version, check_card_version, clean_text
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import CustomerRefused, ValidationError
from shopcrm.models import Customer


@dataclass(frozen=True)
class TrashedCustomer:
    """A card in the trash, as its list shows it."""

    id: int
    customer_no: int
    name: str
    phone: str | None
    deleted_at: dt.datetime
    reason: str | None


def delete_customer(
    customer_id: int,
    reason: str,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Put a customer in the trash, with why (everything recorded about her is kept).

    Raises:
        NotFound: ``customer_not_found``.
        Conflict: ``customer_changed`` (`expected_version` is not the stored one).
        CustomerRefused: ``delete_reason_required``, ``customer_in_trash``.
    """
    why = clean_text(reason)
    if not why:
        raise CustomerRefused("delete_reason_required")
    with database_proxy.atomic():
        check_card_version(customer_id, expected_version)
        customer = Customer.get_by_id(customer_id)
        if customer.deleted_at is not None:
            raise CustomerRefused("customer_in_trash", customer_no=customer.customer_no)
        Customer.update(
            deleted_at=dt.datetime.now().replace(microsecond=0), deleted_reason=why
        ).where(Customer.id == customer_id).execute()
        bump_card_version(customer_id)
        audit.record_change(
            "delete",
            "customer",
            customer_id,
            customer_id=customer_id,
            changes={"reason": why},
            actor=actor,
        )


def restore_customer(customer_id: int, *, actor: str | None = None) -> None:
    """Take a customer out of the trash, exactly as she was.

    Raises:
        NotFound: ``customer_not_found``.
        CustomerRefused: ``customer_not_in_trash``; ``customer_merged_away`` (undo the merge).
        ValidationError: ``duplicate_phone`` (a card made since holds her phone).
    """
    with database_proxy.atomic():
        check_card_version(customer_id, None)
        customer = Customer.get_by_id(customer_id)
        if customer.deleted_at is None:
            raise CustomerRefused("customer_not_in_trash", customer_no=customer.customer_no)
        if customer.merged_into is not None:
            kept = Customer.select(Customer.customer_no).where(Customer.id == customer.merged_into)
            raise CustomerRefused(
                "customer_merged_away", customer_no=customer.customer_no, kept_no=kept.scalar()
            )
        if customer.phone:
            holder = (
                Customer.select(Customer.customer_no)
                .where((Customer.phone == customer.phone) & (Customer.id != customer_id))
                .scalar()
            )
            if holder is not None:
                raise ValidationError("duplicate_phone", customer_no=holder)
        Customer.update(deleted_at=None, deleted_reason=None).where(
            Customer.id == customer_id
        ).execute()
        bump_card_version(customer_id)
        audit.record_change(
            "restore",
            "customer",
            customer_id,
            customer_id=customer_id,
            changes={"reason": customer.deleted_reason},
            actor=actor,
        )


def trashed_customers() -> list[TrashedCustomer]:
    """The cards in the trash, the last deleted first (merged-away cards are not listed: they
    come back by undoing their merge)."""
    query = (
        Customer.select(
            Customer.id,
            Customer.customer_no,
            Customer.name,
            Customer.phone,
            Customer.deleted_at,
            Customer.deleted_reason,
        )
        .where(Customer.deleted_at.is_null(False) & Customer.merged_into.is_null())
        .order_by(Customer.deleted_at.desc(), Customer.id.desc())
    )
    return [TrashedCustomer(*row) for row in rows_of(query)]


def trash_count() -> int:
    """How many cards are in the trash (merged-away cards not counted)."""
    query = Customer.select(fn.COUNT(Customer.id)).where(
        Customer.deleted_at.is_null(False) & Customer.merged_into.is_null()
    )
    return int(query.scalar() or 0)


def empty_trash() -> None:
    """Erase the cards in the trash for good: refused until the privacy erasure exists.

    Raises:
        CustomerRefused: ``trash_erase_not_available``.
    """
    raise CustomerRefused("trash_erase_not_available")
