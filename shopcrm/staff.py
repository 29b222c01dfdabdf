"""Staff: who served whom, and who may decide. Removing a staff member hands her customers on;
nothing is lost.

Roles: the owner and managers may override a stage, change the shop's settings and confirm
what needs a decision (`check_authority`); staff serve customers. A shop that lists no owner
or manager at all (one person behind the counter) lets everybody decide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from shopcrm import audit, vocabulary
from shopcrm.customers import bump_card_version, check_card_version, clean_text
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import NotFound, ValidationError
from shopcrm.models import Customer, Staff

STAFF_ROLES = ("owner", "manager", "staff")
"""Every role a staff member can have; the words are the vocabulary's ``staff_role`` list."""
AUTHORITY_ROLES = ("owner", "manager")
"""The roles that may override a stage, change settings and confirm what needs a decision."""


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    """One of `STAFF_ROLES`."""
    active: bool
    customers: int


def _checked_name(name: str) -> str:
    clean = clean_text(name)
    if not clean:
        raise ValidationError("name_required")
    return clean


def _checked_role(role: str) -> str:
    """A role code; its word (매니저, Manager) reads as the code."""
    code = vocabulary.code_of("staff_role", role or "")
    if code is None:
        raise ValidationError("invalid_staff_role", value=role)
    return code


def _active_member(staff_id: int) -> Staff:
    member = Staff.get_or_none((Staff.id == staff_id) & (Staff.active == True))  # noqa: E712
    if member is None:
        raise NotFound("staff_not_found", staff_id=staff_id)
    return member


def _role_of(member: Staff) -> str:
    return member.role if member.role in STAFF_ROLES else "staff"


def _refuse_losing_the_last_owner(member: Staff) -> None:
    """The last owner stays while others work in the shop: else nobody could decide, or (with
    no owner or manager left) everybody could."""
    if _role_of(member) != "owner":
        return
    active = Staff.select().where((Staff.active == True) & (Staff.id != member.id))  # noqa: E712
    if active.exists() and not active.where(Staff.role == "owner").exists():
        raise ValidationError("last_owner", name=member.name)


def add_staff(name: str, role: str = "staff", *, actor: str | None = None) -> int:
    """Add a staff member; returns the id.

    Raises:
        ValidationError: ``name_required``; ``invalid_staff_role`` (not one of `STAFF_ROLES`).
    """
    clean, code = _checked_name(name), _checked_role(role)
    with database_proxy.atomic():
        member = Staff.create(name=clean, role=code)
        audit.record_change(
            "create", "staff", member.id, changes={"name": clean, "role": code}, actor=actor
        )
    return int(member.id)


def rename_staff(staff_id: int, name: str, *, actor: str | None = None) -> None:
    """Correct a staff member's name (past visits and sales show the new name).

    Raises:
        NotFound: ``staff_not_found`` (also for a removed member).
        ValidationError: ``name_required``.
    """
    clean = _checked_name(name)
    with database_proxy.atomic():
        member = _active_member(staff_id)
        if member.name == clean:
            return
        Staff.update(name=clean).where(Staff.id == staff_id).execute()
        audit.record_change(
            "update", "staff", staff_id, changes={"name": [member.name, clean]}, actor=actor
        )


def set_staff_role(staff_id: int, role: str, *, actor: str | None = None) -> None:
    """Make a staff member owner, manager or staff.

    Raises:
        NotFound: ``staff_not_found``.
        ValidationError: ``invalid_staff_role``; ``last_owner`` (the shop's last owner would
            become a manager or staff while others work there).
    """
    code = _checked_role(role)
    with database_proxy.atomic():
        member = _active_member(staff_id)
        if _role_of(member) == code:
            return
        if code != "owner":
            _refuse_losing_the_last_owner(member)
        Staff.update(role=code).where(Staff.id == staff_id).execute()
        audit.record_change(
            "update", "staff", staff_id, changes={"role": [member.role, code]}, actor=actor
        )


def check_authority(staff_id: int | None) -> None:
    """Let only an owner or a manager go on (a stage override, the settings ...).

    A shop that lists no active owner or manager is one person behind the counter: she may.

    Raises:
        ValidationError: ``owner_or_manager_required`` (nobody named, a removed member, or
            a member with the role staff).
    """
    deciders = Staff.select(Staff.id).where(
        (Staff.active == True) & Staff.role.in_(AUTHORITY_ROLES)  # noqa: E712
    )
    if not deciders.exists():
        return
    if staff_id is None or not deciders.where(Staff.id == staff_id).exists():
        raise ValidationError("owner_or_manager_required", staff_id=staff_id)


def list_staff(*, include_removed: bool = False) -> list[StaffMember]:
    """Staff members with the number of customers in their charge (the trash not counted)."""
    counts: dict[int, int] = dict(
        rows_of(
            Customer.select(Customer.staff, fn.COUNT(Customer.id))
            .where(Customer.staff.is_null(False) & Customer.deleted_at.is_null())
            .group_by(Customer.staff)
        )
    )
    query = Staff.select().order_by(Staff.name)
    if not include_removed:
        query = query.where(Staff.active == True)  # noqa: E712 (peewee expression)
    return [StaffMember(s.id, s.name, _role_of(s), s.active, counts.get(s.id, 0)) for s in query]


def assign_staff(
    customer_id: int,
    staff_id: int | None,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Put a customer in a staff member's charge (None: nobody); a change adds one to the
    card's version.

    Raises:
        NotFound: no such customer or active staff member.
        Conflict: ``customer_changed`` (`expected_version` is not the stored one).
    """
    with database_proxy.atomic():
        check_card_version(customer_id, expected_version)
        customer = Customer.get(Customer.id == customer_id)
        if staff_id is not None and not Staff.get_or_none(
            (Staff.id == staff_id) & (Staff.active == True)  # noqa: E712
        ):
            raise NotFound("staff_not_found", staff_id=staff_id)
        Customer.update(staff=staff_id).where(Customer.id == customer_id).execute()
        if customer.staff_id != staff_id:
            bump_card_version(customer_id)
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

    Raises:
        NotFound: ``staff_not_found`` (her, or the one to hand to).
        ValidationError: ``hand_to_self``; ``last_owner`` (the shop's last owner, while
            others work there: make another owner first).
    """
    with database_proxy.atomic():
        member = _active_member(staff_id)
        if hand_to == staff_id:
            raise ValidationError("hand_to_self")
        _refuse_losing_the_last_owner(member)
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
