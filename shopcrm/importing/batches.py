"""Import batches: listing them, and undoing one.

Undoing removes the customers the batch created (with everything hanging on them) and
restores what it changed on customers already there: their fields, tags and anniversaries as
they were, the opening balances, anniversaries and referrals it added removed. An undo is
refused, with nothing changed, when any of those customers has had activity since the import:
a purchase, a visit or other contact, a letter, points used, a referral, a new anniversary or
an edit of the card (anything in the audit trail).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from peewee import fn

from shopcrm import audit, ladder
from shopcrm.anniversaries import sync_first_purchase_anniversary
from shopcrm.customers import refresh_customer_search, set_customer_tags
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import NotFound
from shopcrm.importing.errors import UndoRefused
from shopcrm.models import (
    Anniversary,
    AuditEntry,
    Customer,
    CustomerMerge,
    ImportBatch,
    ImportChange,
    Interaction,
    Letter,
    PointEntry,
    Purchase,
    Referral,
    StageChange,
)
from shopcrm.occurrences import refresh_anniversaries

_DATE_FIELDS = frozenset({"consent_on", "joined_on", "imported_first_purchase_on"})
_SHOWN_CUSTOMERS = 20


@dataclass(frozen=True)
class BatchSummary:
    """One import, as ``shopcrm import --list`` shows it."""

    id: int
    created_at: dt.datetime
    file_name: str
    file_format: str
    total_rows: int
    created: int
    updated: int
    skipped: int
    rejected: int
    undone_at: dt.datetime | None


@dataclass(frozen=True)
class UndoResult:
    """What undoing a batch did."""

    batch_id: int
    removed: int
    restored: int


def list_batches() -> list[BatchSummary]:
    """Every import, newest first."""
    query = ImportBatch.select().order_by(ImportBatch.id.desc())
    return [
        BatchSummary(
            b.id,
            b.created_at,
            b.file_name,
            b.file_format,
            b.total_rows,
            b.created_count,
            b.updated_count,
            b.skipped_count,
            b.rejected_count,
            b.undone_at,
        )
        for b in query
    ]


def _batch(batch_id: int) -> ImportBatch:
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        raise NotFound("batch_not_found", batch_id=batch_id)
    if batch.undone_at is not None:
        raise UndoRefused("batch_already_undone", batch_id=batch_id, at=batch.undone_at)
    return batch


def _marks(batch: ImportBatch) -> tuple[dict[str, int], dict[str, int]]:
    data = json.loads(batch.mapping or "{}")
    return dict(data.get("marks_before", {})), dict(data.get("marks_after", {}))


def _affected(batch_id: int) -> Any:
    """A subquery: the ids of every customer the batch created or changed."""
    changed = ImportChange.select(ImportChange.customer).where(
        (ImportChange.batch == batch_id) & (ImportChange.action == "update")
    )
    return Customer.select(Customer.id).where(
        (Customer.import_batch == batch_id) | Customer.id.in_(changed)
    )


def customers_with_activity(batch_id: int) -> list[int]:
    """Customer numbers of the batch's customers with activity recorded since the import."""
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        raise NotFound("batch_not_found", batch_id=batch_id)
    _, after = _marks(batch)
    affected = _affected(batch_id)
    busy: set[int] = set()
    checks: list[tuple[Any, Any]] = [
        (Purchase, Purchase.customer),
        (Interaction, Interaction.customer),
        (Letter, Letter.customer),
        (Anniversary, Anniversary.customer),
    ]
    for model, column in checks:
        mark = after.get(model._meta.table_name, 0)
        query = model.select(column).where((model.id > mark) & column.in_(affected))
        busy |= {row[0] for row in rows_of(query)}
    mark = after.get("point_entry", 0)
    busy |= {
        row[0]
        for row in rows_of(
            PointEntry.select(PointEntry.customer).where(
                (PointEntry.id > mark)
                & PointEntry.customer.in_(affected)
                & (PointEntry.kind != "expire")
            )
        )
    }
    mark = after.get("referral", 0)
    for column in (Referral.referrer, Referral.referred):
        query = Referral.select(column).where((Referral.id > mark) & column.in_(affected))
        busy |= {row[0] for row in rows_of(query)}
    mark = after.get("audit_entry", 0)
    audit_since = (AuditEntry.id > mark) & AuditEntry.customer_id.in_(affected)
    for start, end in _audit_written_by_imports(batch_id):
        audit_since &= ~((AuditEntry.id > start) & (AuditEntry.id <= end))
    busy |= {
        row[0] for row in rows_of(AuditEntry.select(AuditEntry.customer_id).where(audit_since))
    }
    if not busy:
        return []
    numbers = rows_of(
        Customer.select(Customer.customer_no)
        .where(Customer.id.in_(sorted(busy)))
        .order_by(Customer.customer_no)
    )
    return [row[0] for row in numbers]


def undo_batch(batch_id: int, *, actor: str | None = None) -> UndoResult:
    """Undo an import.

    Raises:
        NotFound: ``batch_not_found``.
        UndoRefused: ``batch_already_undone``; ``undo_has_activity`` (fields ``customers``:
            the first customer numbers, ``count``) when customers of the batch had activity
            since; nothing is changed then.
    """
    with database_proxy.atomic():
        batch = _batch(batch_id)
        _refuse_merged_since(batch)
        busy = customers_with_activity(batch_id)
        if busy:
            shown = ", ".join(str(number) for number in busy[:_SHOWN_CUSTOMERS])
            raise UndoRefused(
                "undo_has_activity", batch_id=batch_id, customers=shown, count=len(busy)
            )
        before, after = _marks(batch)
        audit_start = _highest_audit_id()
        changes: list[tuple[int, str | None]] = list(
            rows_of(
                ImportChange.select(ImportChange.customer, ImportChange.previous)
                .where((ImportChange.batch == batch_id) & (ImportChange.action == "update"))
                .order_by(ImportChange.id.desc())  # newest first: the oldest snapshot wins
            )
        )
        updated_ids = [customer_id for customer_id, _ in changes]
        referrers = _referrers_to_refresh(batch_id, before, after)
        _remove_added_rows(updated_ids, before, after)
        removed = Customer.delete().where(Customer.import_batch == batch_id).execute()
        for customer_id, previous in changes:
            _restore(customer_id, json.loads(previous or "{}"))
        for customer_id in sorted(referrers - set(updated_ids)):
            if Customer.get_or_none(Customer.id == customer_id) is not None:
                ladder.refresh_customer(customer_id, reason="import_undone", actor=actor)
        audit.record_change(
            "undo",
            "import_batch",
            batch_id,
            changes={"removed": removed, "restored": len(changes)},
            actor=actor,
        )
        data = json.loads(batch.mapping or "{}")
        data["undo_audit"] = [audit_start, _highest_audit_id()]
        batch.mapping = json.dumps(data, ensure_ascii=False)
        batch.undone_at = dt.datetime.now().replace(microsecond=0)
        batch.save()
    return UndoResult(batch_id, int(removed), len(changes))


def _refuse_merged_since(batch: ImportBatch) -> None:
    """A customer of the batch merged with another card since cannot be taken apart by the
    undo: the merge must be undone first."""
    affected = [row[0] for row in rows_of(_affected(batch.id))]
    merged = CustomerMerge.select(CustomerMerge.kept_id, CustomerMerge.other_id).where(
        CustomerMerge.undone_at.is_null()
        & (CustomerMerge.kept_id.in_(affected) | CustomerMerge.other_id.in_(affected))
    )
    ids = {customer_id for row in rows_of(merged) for customer_id in row} & set(affected)
    if ids:
        numbers = rows_of(
            Customer.select(Customer.customer_no)
            .where(Customer.id.in_(sorted(ids)))
            .order_by(Customer.customer_no)
        )
        shown = ", ".join(str(row[0]) for row in numbers)
        raise UndoRefused("import_customer_merged", batch_id=batch.id, customers=shown)


def _highest_audit_id() -> int:
    return int(AuditEntry.select(fn.MAX(AuditEntry.id)).scalar() or 0)


def _audit_written_by_imports(later_than: int) -> list[tuple[int, int]]:
    """Audit id ranges (start, end] that later imports and their undos wrote themselves:
    they are bookkeeping, not activity a shop owner recorded."""
    ranges = []
    for (mapping,) in rows_of(
        ImportBatch.select(ImportBatch.mapping).where(ImportBatch.id > later_than)
    ):
        data = json.loads(mapping or "{}")
        start = data.get("marks_before", {}).get("audit_entry")
        end = data.get("marks_after", {}).get("audit_entry")
        if start is not None and end is not None:
            ranges.append((int(start), int(end)))
        if "undo_audit" in data:
            ranges.append((int(data["undo_audit"][0]), int(data["undo_audit"][1])))
    return ranges


def _in_range(model: Any, before: dict[str, int], after: dict[str, int]) -> Any:
    name = model._meta.table_name
    return (model.id > before.get(name, 0)) & (model.id <= after.get(name, 0))


def _referrers_to_refresh(batch_id: int, before: dict[str, int], after: dict[str, int]) -> set[int]:
    """Customers who stay but whose stage may rest on a referral the undo removes."""
    created = Customer.select(Customer.id).where(Customer.import_batch == batch_id)
    query = Referral.select(Referral.referrer).where(
        _in_range(Referral, before, after) & Referral.referrer.not_in(created)
    )
    return {row[0] for row in rows_of(query)}


def _remove_added_rows(
    customer_ids: list[int], before: dict[str, int], after: dict[str, int]
) -> None:
    """Rows the batch added to customers who stay: opening balances, points, anniversaries,
    referrals, stage changes."""
    for start in range(0, len(customer_ids), 500):
        ids = customer_ids[start : start + 500]
        for model, column in (
            (Purchase, Purchase.customer),
            (PointEntry, PointEntry.customer),
            (Anniversary, Anniversary.customer),
            (StageChange, StageChange.customer),
        ):
            model.delete().where(_in_range(model, before, after) & column.in_(ids)).execute()
        Referral.delete().where(
            _in_range(Referral, before, after)
            & (Referral.referred.in_(ids) | Referral.referrer.in_(ids))
        ).execute()


def _restore(customer_id: int, previous: dict[str, Any]) -> None:
    fields = dict(previous.get("fields", {}))
    for name in _DATE_FIELDS & set(fields):
        if fields[name] is not None:
            fields[name] = dt.date.fromisoformat(fields[name])
    if fields.get("deleted_at"):  # a card the import took out of the trash goes back in
        fields["deleted_at"] = dt.datetime.fromisoformat(fields["deleted_at"])
    if fields:
        Customer.update(**fields, version=Customer.version + 1).where(
            Customer.id == customer_id
        ).execute()
    if "tags" in previous:
        set_customer_tags(customer_id, list(previous["tags"]))
    changed = []
    for anniversary_id, values in previous.get("anniversaries", {}).items():
        Anniversary.update(**values).where(Anniversary.id == int(anniversary_id)).execute()
        changed.append(int(anniversary_id))
    refresh_anniversaries(changed)
    opening = previous.get("opening_balance")
    if opening is not None:  # an opening balance the import moved to a newer list
        Purchase.update(
            purchased_on=dt.date.fromisoformat(opening["purchased_on"]), amount=opening["amount"]
        ).where(Purchase.id == opening["id"]).execute()
    ladder.refresh_customer(customer_id, reason="import_undone")
    sync_first_purchase_anniversary(customer_id)
    refresh_customer_search(customer_id)
