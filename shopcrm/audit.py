"""The audit trail: core functions write an entry for every change they make."""

from __future__ import annotations

import json
from typing import Any

from shopcrm.models import AuditEntry


def record_change(
    action: str,
    entity: str,
    row_id: int | None,
    *,
    customer_id: int | None = None,
    changes: dict[str, Any] | None = None,
    actor: str | None = None,
) -> None:
    """Append one entry to the audit trail.

    Args:
        action: what happened: create, update, void, delete, erase, import ...
        entity: the table touched, e.g. ``"customer"``.
        row_id: the id of the row touched.
        customer_id: the customer concerned, if any.
        changes: field -> [old, new] (or any JSON value) describing the change.
        actor: the staff member or user who did it, when known.
    """
    AuditEntry.create(
        action=action,
        entity=entity,
        row_id=row_id,
        customer_id=customer_id,
        changes=json.dumps(changes, ensure_ascii=False, default=str) if changes else None,
        actor=actor,
    )
