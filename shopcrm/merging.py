"""Merging two cards of one customer, and undoing it exactly.

`merge_preview` shows each field's two values and the default choice (the newer card's value
unless it is empty; memos appended). `merge_customers` then moves every piece of history of the
other card to the kept one in one transaction: every table with a foreign key to the customer
is found from the models themselves (``Customer._meta.backrefs``), so a table added later is
never forgotten. A row that would break a unique rule on the kept card (the same tag twice, a
second "introduced by", a referral between the two cards) is dropped. Totals, stage and grade
are derived again; the other card's number becomes one of the kept card's former numbers, and
the other card goes to the trash marked with the card it went into.

The merge keeps, in `CustomerMerge.undo`, every row of both cards as it was and which rows the
merge made, so `undo_merge` puts every row back exactly, as long as nothing touched either card
since (a sale, a visit, an edit: then it is refused). The audit trail is never rewritten: its
entries are moved back, the merge's own entries stay.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peewee import Field, ForeignKeyField, Model

from shopcrm import audit, ladder, occurrences
from shopcrm.customers import check_card_version, clean_text, refresh_customer_search
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import CustomerRefused, NotFound
from shopcrm.models import (
    Anniversary,
    AuditEntry,
    Customer,
    CustomerMerge,
    FormerNumber,
    SearchToken,
)
from shopcrm.phones import last_four

KEPT, OTHER, BOTH = "kept", "other", "both"
"""A field's choice: the kept card's value, the other card's, or both texts (memos)."""

MERGE_FIELDS: tuple[str, ...] = (
    "name",
    "phone",
    "email",
    "postal_code",
    "address",
    "gender",
    "interests",
    "notes",
    "marketing_consent",
    "staff_id",
    "former_no",
)
"""The fields the owner chooses; everything else is history (moved) or derived (recomputed)."""

APPENDED_FIELDS = frozenset({"notes", "interests"})
"""Texts that may be kept both ways, the kept card's first."""

_FOLLOWERS: dict[str, tuple[str, ...]] = {
    "phone": ("phone_entered", "phone_last4"),
    "marketing_consent": ("consent_on", "consent_channel"),
}
# imported facts: the kept card's, or the other's when the kept card has none
_FILLED_FROM_OTHER = (
    "joined_on",
    "imported_first_purchase_on",
    "imported_purchases",
    "imported_visits",
    "imported_grade",
    "stage_override",
)


@dataclass(frozen=True)
class FieldChoice:
    """One field of the merge, side by side.

    Attributes:
        field: one of `MERGE_FIELDS`.
        kept_value: the kept card's value.
        other_value: the other card's value.
        default: `KEPT`, `OTHER` or `BOTH`: the newer card's value unless it is empty, memos
            appended.
        choices: what may be chosen (`BOTH` only for memos when both have text).
    """

    field: str
    kept_value: Any
    other_value: Any
    default: str
    choices: tuple[str, ...]

    @property
    def differs(self) -> bool:
        return bool(self.kept_value != self.other_value)


@dataclass(frozen=True)
class MergePreview:
    """What merging two cards would do.

    Attributes:
        kept_id: the card that stays (its number stays).
        other_id: the card merged into it (its number becomes a former number).
        fields: every field of `MERGE_FIELDS`, in that order.
        moved: table name -> how many of the other card's rows move.
        kept_version: pass back to `merge_customers` (refused if the card changed since).
        other_version: likewise for the other card.
    """

    kept_id: int
    other_id: int
    fields: tuple[FieldChoice, ...]
    moved: Mapping[str, int]
    kept_version: int
    other_version: int

    def defaults(self) -> dict[str, str]:
        """The default choice of every field."""
        return {choice.field: choice.default for choice in self.fields}


@dataclass(frozen=True)
class MergeSummary:
    """One merge, for the list of merges."""

    id: int
    kept_id: int
    other_id: int
    kept_no: int
    other_no: int
    merged_at: dt.datetime
    undone_at: dt.datetime | None


def customer_links() -> list[ForeignKeyField]:
    """Every foreign key to `Customer` of every model (search tokens are rebuilt instead)."""
    links = [link for link in Customer._meta.backrefs if link.model is not SearchToken]
    return sorted(links, key=lambda link: (link.model._meta.table_name, link.name))


def _value(customer: Customer, name: str) -> Any:
    if name == "phone":
        return customer.phone_entered or customer.phone
    return getattr(customer, name)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value is False


def _choice(name: str, kept: Customer, other: Customer) -> FieldChoice:
    kept_value, other_value = _value(kept, name), _value(other, name)
    choices: tuple[str, ...] = (KEPT, OTHER)
    both = not _empty(kept_value) and not _empty(other_value) and kept_value != other_value
    if name in APPENDED_FIELDS and both:
        return FieldChoice(name, kept_value, other_value, BOTH, (KEPT, OTHER, BOTH))
    newer_is_other = (other.updated_at, other.id) > (kept.updated_at, kept.id)
    if name == "phone" and (kept.phone or None) == (other.phone or None):
        default = KEPT
    elif newer_is_other:
        default = KEPT if _empty(other_value) else OTHER
    else:
        default = OTHER if _empty(kept_value) and not _empty(other_value) else KEPT
    return FieldChoice(name, kept_value, other_value, default, choices)


def _both(kept_id: int, other_id: int) -> tuple[Customer, Customer]:
    if kept_id == other_id:
        raise CustomerRefused("merge_same_customer")
    found = {c.id: c for c in Customer.select().where(Customer.id.in_([kept_id, other_id]))}
    for customer_id in (kept_id, other_id):
        if customer_id not in found:
            raise NotFound("customer_not_found", customer_id=customer_id)
        if found[customer_id].deleted_at is not None:
            raise CustomerRefused("customer_in_trash", customer_no=found[customer_id].customer_no)
    return found[kept_id], found[other_id]


def merge_preview(kept_id: int, other_id: int) -> MergePreview:
    """Each field's two values with the default choice, and how much history would move.

    Raises:
        NotFound: ``customer_not_found``.
        CustomerRefused: ``merge_same_customer``, ``customer_in_trash``.
    """
    kept, other = _both(kept_id, other_id)
    moved: dict[str, int] = {}
    for link in customer_links():
        count = link.model.select().where(link == other_id).count()
        if count:
            name = link.model._meta.table_name
            moved[name] = moved.get(name, 0) + count
    return MergePreview(
        kept_id,
        other_id,
        tuple(_choice(name, kept, other) for name in MERGE_FIELDS),
        moved,
        int(kept.version),
        int(other.version),
    )


# --- rows as plain values (for the undo record) ----------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _columns(model: type[Model]) -> list[Field]:
    return list(model._meta.sorted_fields)


def _rows(model: type[Model], condition: Any) -> dict[int, dict[str, Any]]:
    """Rows as ``{id: {column: plain value}}``."""
    columns = _columns(model)
    found: dict[int, dict[str, Any]] = {}
    for row in rows_of(model.select(*columns).where(condition)):
        values = {
            column.column_name: _plain(value) for column, value in zip(columns, row, strict=True)
        }
        found[int(values["id"])] = values
    return found


def _tracked() -> list[tuple[type[Model], list[Field]]]:
    """Each table holding customer rows, with its customer columns (the audit trail's plain
    customer number included)."""
    tables: dict[type[Model], list[Field]] = {}
    for link in customer_links():
        tables.setdefault(link.model, []).append(link)
    tables[AuditEntry] = [AuditEntry.customer_id]
    return list(tables.items())


def _condition(columns: list[Field], ids: list[int]) -> Any:
    condition = columns[0].in_(ids)
    for column in columns[1:]:
        condition |= column.in_(ids)
    return condition


def _snapshot(ids: list[int]) -> dict[str, dict[int, dict[str, Any]]]:
    return {
        model._meta.table_name: _rows(model, _condition(cols, ids)) for model, cols in _tracked()
    }


# --- merge -------------------------------------------------------------------------------------


def merge_customers(
    kept_id: int,
    other_id: int,
    choices: Mapping[str, str] | None = None,
    *,
    kept_version: int | None = None,
    other_version: int | None = None,
    today: dt.date | None = None,
    actor: str | None = None,
) -> int:
    """Merge the other card into the kept one (all in one transaction).

    Args:
        kept_id: the card that stays, with its number.
        other_id: the card merged into it.
        choices: field -> `KEPT`, `OTHER` or `BOTH` (`merge_preview` defaults for the rest).
        kept_version: the kept card's version when the preview was shown (None: no check).
        other_version: likewise for the other card.
        today: the day the grade counts from (default today).
        actor: who did it, for the audit trail.

    Returns:
        The merge's id (for `undo_merge`).

    Raises:
        NotFound: ``customer_not_found``.
        Conflict: ``customer_changed`` (a card changed since the preview).
        CustomerRefused: ``merge_same_customer``, ``customer_in_trash``.
        ValueError: an unknown field or choice (a programming error).
    """
    with database_proxy.atomic():
        check_card_version(kept_id, kept_version)
        check_card_version(other_id, other_version)
        preview = merge_preview(kept_id, other_id)
        chosen = preview.defaults()
        for name, choice in (choices or {}).items():
            field = next((f for f in preview.fields if f.field == name), None)
            if field is None or choice not in field.choices:
                raise ValueError(f"not a merge choice: {name}={choice}")
            chosen[name] = choice
        ids = [kept_id, other_id]
        before = _snapshot(ids)
        customers_before = _rows(Customer, Customer.id.in_(ids))
        kept, other = _both(kept_id, other_id)
        values = _kept_values(kept, other, chosen)
        # the other card lets go of its phone first: one canonical phone, one live card
        Customer.update(phone=None, phone_last4=None).where(Customer.id == other_id).execute()
        dropped = _move_history(kept_id, other_id)
        Customer.update(**values).where(Customer.id == kept_id).execute()
        merge = CustomerMerge.create(
            kept_id=kept_id,
            other_id=other_id,
            actor=actor,
            kept_version=0,
            other_version=0,
            undo="{}",
        )
        FormerNumber.create(customer=kept_id, number=other.customer_no, merge=merge.id)
        now = dt.datetime.now().replace(microsecond=0)
        Customer.update(deleted_at=now, merged_into=kept_id, version=Customer.version + 1).where(
            Customer.id == other_id
        ).execute()
        Customer.update(version=Customer.version + 1, updated_at=now).where(
            Customer.id == kept_id
        ).execute()
        ladder.refresh_customer(kept_id, today=today, reason="merged", actor=actor)
        refresh_customer_search(kept_id)
        refresh_customer_search(other_id)
        after = _snapshot(ids)
        made = {
            table: sorted(set(rows) - set(before.get(table, {})))
            for table, rows in after.items()
            if set(rows) - set(before.get(table, {}))
        }
        versions = dict(
            rows_of(Customer.select(Customer.id, Customer.version).where(Customer.id.in_(ids)))
        )
        merge.kept_version, merge.other_version = versions[kept_id], versions[other_id]
        merge.undo = json.dumps(
            {
                "before": before,
                "customers": customers_before,
                "made": made,
                "dropped": dropped,
                "customers_after": _rows(Customer, Customer.id.in_(ids)),
                "after_ids": {table: sorted(rows) for table, rows in after.items()},
            },
            ensure_ascii=False,
        )
        merge.save()
        audit.record_change(
            "merge",
            "customer_merge",
            merge.id,
            changes={
                "kept": kept.customer_no,
                "other": other.customer_no,
                "choices": chosen,
                "dropped": {table: len(rows) for table, rows in dropped.items()},
            },
            actor=actor,
        )
    return int(merge.id)


def _kept_values(kept: Customer, other: Customer, chosen: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in MERGE_FIELDS:
        choice = chosen[name]
        source = other if choice == OTHER else kept
        if choice == BOTH:
            values[name] = "\n".join(
                text for text in (getattr(kept, name), getattr(other, name)) if clean_text(text)
            )
        elif name == "staff_id":
            values["staff"] = source.staff_id
        else:
            values[name] = getattr(source, name)
        for follower in _FOLLOWERS.get(name, ()):
            values[follower] = getattr(source, follower)
    if values.get("phone"):
        values["phone_last4"] = last_four(values["phone"])
    values["name_initials"] = (other if chosen["name"] == OTHER else kept).name_initials
    for name in _FILLED_FROM_OTHER:
        if getattr(kept, name) is None and getattr(other, name) is not None:
            values[name] = getattr(other, name)
    if kept.joined_on and other.joined_on:
        values["joined_on"] = min(kept.joined_on, other.joined_on)
    return values


def _key(model: type[Model]) -> Field:
    key: Field = model._meta.fields["id"]
    return key


def _unique_sets(model: type[Model], link: ForeignKeyField) -> list[tuple[str, ...]]:
    """The other columns of each unique rule the customer column is part of."""
    sets: list[tuple[str, ...]] = [()] if link.unique else []
    for columns, unique in model._meta.indexes:
        if unique and link.name in columns:
            sets.append(tuple(name for name in columns if name != link.name))
    return sets


def _move_history(kept_id: int, other_id: int) -> dict[str, list[int]]:
    """Point every row of the other card at the kept one; return the rows dropped instead."""
    dropped: dict[str, list[int]] = {}

    def drop(model: type[Model], ids: set[int]) -> None:
        if ids:
            model.delete().where(_key(model).in_(sorted(ids))).execute()
            dropped.setdefault(model._meta.table_name, []).extend(sorted(ids))

    by_model: dict[type[Model], list[ForeignKeyField]] = {}
    for link in customer_links():
        by_model.setdefault(link.model, []).append(link)
    for model, links in by_model.items():
        key = _key(model)
        if len(links) > 1:  # e.g. a referral between the two cards would point at itself
            between = model.select(key).where(
                links[0].in_([kept_id, other_id]) & links[1].in_([kept_id, other_id])
            )
            drop(model, {row[0] for row in rows_of(between)})
        for link in links:
            for others in _unique_sets(model, link):
                columns = [model._meta.fields[name] for name in others]
                taken = {
                    tuple(row[1:])
                    for row in rows_of(model.select(key, *columns).where(link == kept_id))
                }
                clash = {
                    row[0]
                    for row in rows_of(model.select(key, *columns).where(link == other_id))
                    if tuple(row[1:]) in taken
                }
                drop(model, clash)
            model.update({link: kept_id}).where(link == other_id).execute()
    AuditEntry.update(customer_id=kept_id).where(AuditEntry.customer_id == other_id).execute()
    return dropped


# --- undo --------------------------------------------------------------------------------------


def undo_merge(merge_id: int, *, actor: str | None = None) -> None:
    """Put both cards back exactly as they were before the merge.

    Raises:
        CustomerRefused: ``merge_not_found``, ``merge_already_undone``, ``merge_changed_since``
            (a sale, visit, edit or other change touched either card after the merge).
    """
    with database_proxy.atomic():
        merge = CustomerMerge.get_or_none(CustomerMerge.id == merge_id)
        if merge is None:
            raise CustomerRefused("merge_not_found", merge_id=merge_id)
        if merge.undone_at is not None:
            raise CustomerRefused("merge_already_undone", merge_id=merge_id)
        ids = [merge.kept_id, merge.other_id]
        for customer_id in ids:
            check_card_version(customer_id, None)
        record = json.loads(merge.undo)
        now_rows = _snapshot(ids)
        customers_now = _rows(Customer, Customer.id.in_(ids))
        if _changed_since(record, now_rows, customers_now):
            raise CustomerRefused("merge_changed_since", **_numbers(record))
        before: dict[str, dict[str, dict[str, Any]]] = record["before"]
        refreshed: list[int] = []
        for model, _columns_of in _tracked():
            table = model._meta.table_name
            then = {int(key): row for key, row in before.get(table, {}).items()}
            now = now_rows.get(table, {})
            made = set(record["made"].get(table, []))
            if model is not AuditEntry and made:  # the audit trail keeps the merge's entries
                model.delete().where(_key(model).in_(sorted(made))).execute()
            for row_id, row in then.items():
                if row_id not in now:
                    model.insert(**row).execute()
                elif now[row_id] != row:
                    model.update(**{k: v for k, v in row.items() if k != "id"}).where(
                        _key(model) == row_id
                    ).execute()
                else:
                    continue
                if model is Anniversary:
                    refreshed.append(row_id)
        FormerNumber.delete().where(FormerNumber.merge == merge_id).execute()
        for key, row in record["customers"].items():
            values = {k: v for k, v in row.items() if k not in ("id", "version")}
            Customer.update(**values, version=Customer.version + 1).where(
                Customer.id == int(key)
            ).execute()
        occurrences.refresh_anniversaries(refreshed)
        for customer_id in ids:
            refresh_customer_search(customer_id)
        merge.undone_at = dt.datetime.now().replace(microsecond=0)
        merge.save()
        audit.record_change(
            "undo", "customer_merge", merge_id, changes=_numbers(record), actor=actor
        )


def _numbers(record: dict[str, Any]) -> dict[str, Any]:
    rows = sorted(record["customers"].values(), key=lambda row: row["customer_no"])
    return {"customers": ", ".join(str(row["customer_no"]) for row in rows)}


def _changed_since(
    record: dict[str, Any],
    now_rows: dict[str, dict[int, dict[str, Any]]],
    customers_now: dict[int, dict[str, Any]],
) -> bool:
    after = {int(key): row for key, row in record["customers_after"].items()}
    if customers_now != after:
        return True
    audit_table = AuditEntry._meta.table_name
    for table, rows in now_rows.items():
        if table == audit_table:
            continue
        if set(rows) != set(record["after_ids"].get(table, [])):
            return True
    return False


def merges_of(customer_id: int) -> list[MergeSummary]:
    """The merges a card took part in, the latest first."""
    query = (
        CustomerMerge.select()
        .where((CustomerMerge.kept_id == customer_id) | (CustomerMerge.other_id == customer_id))
        .order_by(CustomerMerge.id.desc())
    )
    found = []
    for merge in query:
        numbers = dict(
            rows_of(
                Customer.select(Customer.id, Customer.customer_no).where(
                    Customer.id.in_([merge.kept_id, merge.other_id])
                )
            )
        )
        found.append(
            MergeSummary(
                merge.id,
                merge.kept_id,
                merge.other_id,
                numbers.get(merge.kept_id, 0),
                numbers.get(merge.other_id, 0),
                merge.merged_at,
                merge.undone_at,
            )
        )
    return found
