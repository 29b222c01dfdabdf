"""Interactions: visits, calls, messages, inquiries and events logged on a customer."""

from __future__ import annotations

import datetime as dt

from shopcrm import audit, ladder
from shopcrm.customers import clean_text
from shopcrm.db import database_proxy
from shopcrm.errors import NotFound, ValidationError
from shopcrm.models import Customer, Interaction

INTERACTION_KINDS = ("visit", "call", "message", "inquiry", "event", "letter", "greeting")


def record_interaction(
    customer_id: int,
    kind: str,
    *,
    occurred_at: dt.datetime | None = None,
    staff_id: int | None = None,
    note: str | None = None,
    actor: str | None = None,
) -> int:
    """Log something that happened with a customer; a contact makes a suspect a prospect.

    Returns:
        The interaction's id.

    Raises:
        ValidationError: an unknown kind.
        NotFound: no such customer.
    """
    if kind not in INTERACTION_KINDS:
        raise ValidationError("invalid_interaction_kind", value=kind)
    occurred_at = occurred_at or dt.datetime.now().replace(microsecond=0)
    with database_proxy.atomic():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound("customer_not_found", customer_id=customer_id)
        interaction = Interaction.create(
            customer=customer_id,
            kind=kind,
            occurred_at=occurred_at,
            staff=staff_id,
            note=clean_text(note),
        )
        audit.record_change(
            "create",
            "interaction",
            interaction.id,
            customer_id=customer_id,
            changes={"kind": kind},
            actor=actor,
        )
        ladder.refresh_customer(customer_id, reason=f"{kind}_logged", actor=actor)
    return int(interaction.id)


def record_visit(customer_id: int, **options: object) -> int:
    """Log a visit without a purchase (a day that counts for the usual gap)."""
    return record_interaction(customer_id, "visit", **options)  # type: ignore[arg-type]
