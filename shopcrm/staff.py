"""Staff: who served whom. Removing a staff member hands her customers on; nothing is lost."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from shopcrm import audit
from shopcrm.customers import clean_text
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import NotFound, ValidationError
from shopcrm.models import Customer, Staff


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str | None
    active: bool
    customers: int


def add_staff(name: str, role: str | None = None, *, actor: str | None = None) -> int:
    """Add a staff member; returns the id."""
    clean = clean_text(name)
    if not clean:
        raise ValidationError("name_required")
    with database_proxy.atomic():
        member = Staff.create(name=clean, role=clean_text(role))
        audit.record_change("create", "staff", member.id, changes={"name": clean}, actor=actor)
    return int(member.id)


def list_staff(*, include_removed: bool = False) -> list[StaffMember]:
    """Staff members with the number of customers in their charge."""
    counts: dict[int, int] = dict(
        rows_of(
            Customer.select(Customer.staff, fn.COUNT(Customer.id))
            .where(Customer.staff.is_null(False))
            .group_by(Customer.staff)
        )
    )
    query = Staff.select().order_by(Staff.name)
    if not include_removed:
        query = query.where(Staff.active == True)  # noqa: E712 (peewee expression)
    return [StaffMember(s.id, s.name, s.role, s.active, counts.get(s.id, 0)) for s in query]


def assign_staff(customer_id: int, staff_id: int | None, *, actor: str | None = None) -> None:
    """Put a customer in a staff member's charge (None: nobody)."""
    with database_proxy.atomic():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFound("customer_not_found", customer_id=customer_id)
        if staff_id is not None and not Staff.get_or_none(
            (Staff.id == staff_id) & (Staff.active == True)  # noqa: E712
        ):
            raise NotFound("staff_not_found", staff_id=staff_id)
        Customer.update(staff=staff_id).where(Customer.id == customer_id).execute()
        audit.record_change(
            "update",
            "customer",
            customer_id,
            customer_id=customer_id,
            changes={"staff": [customer.staff_id, staff_id]},
            actor=actor,
        )


def remove_staff(staff_id: int, *, hand_to: int | None = None, actor: str | None = None) -> int:
    """Retire a staff member and hand her customers to another (or to nobody).

    Her name stays on the visits, purchases and complaints she served; nothing is deleted
    or hidden.

    Returns:
        The number of customers handed on.
    """
    with database_proxy.atomic():
        member = Staff.get_or_none(Staff.id == staff_id)
        if member is None or not member.active:
            raise NotFound("staff_not_found", staff_id=staff_id)
        if hand_to == staff_id:
            raise ValidationError("hand_to_self")
        if hand_to is not None and not Staff.get_or_none(
            (Staff.id == hand_to) & (Staff.active == True)  # noqa: E712
        ):
            raise NotFound("staff_not_found", staff_id=hand_to)
        customers = [
            row[0]
            for row in rows_of(Customer.select(Customer.id).where(Customer.staff == staff_id))
        ]
        Customer.update(staff=hand_to).where(Customer.staff == staff_id).execute()
        now = dt.datetime.now().replace(microsecond=0)
        Staff.update(active=False, removed_at=now).where(Staff.id == staff_id).execute()
        audit.record_change(
            "remove",
            "staff",
            staff_id,
            changes={"handed_to": hand_to, "customers": customers},
            actor=actor,
        )
    return len(customers)
