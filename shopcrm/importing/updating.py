"""Customers an import already knows: a stored customer updated through the core's public
functions (what she was before is kept in `ImportChange` for ``--undo``), and a row merged
into an earlier row of the same chunk that is the same customer.

Both follow the same rules beyond the duplicate mode: a last visit keeps the newest (in
every mode: ``skip`` leaves the customer as she is but for that date), a total spent that
differs is only a warning unless the mode is ``overwrite``, and the memo follows its own
choice (`merged_memo`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields as dataclass_fields
from typing import Any

from shopcrm import audit, ladder
from shopcrm.anniversaries import (
    AnniversaryInput,
    add_anniversary,
    sync_first_purchase_anniversary,
    update_anniversary,
)
from shopcrm.customers import customer_tags, refresh_customer_search, set_customer_tags
from shopcrm.importing.batch_state import BatchState
from shopcrm.importing.report import RowProblem
from shopcrm.importing.rows import ImportRecord
from shopcrm.models import Anniversary, Customer, ImportChange, Purchase
from shopcrm.phones import last_four
from shopcrm.purchases import record_opening_balance, revise_opening_balance
from shopcrm.search import initial_consonants

IMPORTED_FACTS = (
    "imported_grade",
    "imported_purchases",
    "imported_visits",
    "imported_first_purchase_on",
)
"""What an old system knew that the ladder derives stage, grade and visits from."""
_SIMPLE_FIELDS = (
    "email",
    "postal_code",
    "address",
    "gender",
    "interests",
    "former_no",
    *IMPORTED_FACTS,
    "joined_on",
)
_MERGED_FIELDS = (
    *_SIMPLE_FIELDS,
    "staff_name",
    "phone_entered",
    "file_no",
    "points",
    "referrer",
)


def merged_memo(card: str | None, new: str | None, mode: str) -> str | None:
    """A known customer's memo after a row brings one (`MEMO_MODES`).

    ``keep`` keeps the card's (a card without one takes the row's), ``append`` adds the
    row's on a new line unless the card's already holds it, ``replace`` takes the row's.
    A row without a memo never changes it.
    """
    if not new or not card:
        return card or new
    if mode == "replace":
        return new
    if mode == "keep" or new in card:
        return card
    return f"{card}\n{new}"


def newest(first: dt.date | None, second: dt.date | None) -> dt.date | None:
    """The later of two dates either of which may be unknown."""
    return max((day for day in (first, second) if day is not None), default=None)


class KnownCustomers:
    """Updates the customers of one batch that were known before their row."""

    def __init__(self, state: BatchState) -> None:
        self.state = state

    # --- a row of a customer seen earlier in the same chunk ----------------------------------

    def merge(self, twin: ImportRecord, record: ImportRecord) -> None:
        """Merge a row into the earlier row of the same customer (both not written yet)."""
        state = self.state
        if state.mode == "skip":
            last_visit = newest(twin.last_visit, record.last_visit)
            if last_visit != twin.last_visit:  # a date keeps the newest in every mode
                twin.last_visit = last_visit
                state.updated += 1
            else:
                state.skip(record.row)
            _remember_number(record, twin)
            return
        fill = state.fill
        changed = self._merge_carried_over(twin, record)
        for name in _MERGED_FIELDS:
            new, old = getattr(record, name), getattr(twin, name)
            if new is None or new == old or (fill and old is not None):
                continue
            if name == "file_no" and old is not None:
                continue
            setattr(twin, name, new)
            changed = True
        notes = merged_memo(twin.notes, record.notes, state.memo)
        if notes != twin.notes:
            twin.notes, changed = notes, True
        consent = (record.consent, record.consent_on, record.consent_channel)
        if (
            record.consent is not None
            and (twin.consent is None or not fill)
            and (twin.consent, twin.consent_on, twin.consent_channel) != consent
        ):
            twin.consent, twin.consent_on, twin.consent_channel = consent
            changed = True
        if not fill and record.name != twin.name:
            twin.name, changed = record.name, True
        for tag in record.tags:
            if tag not in twin.tags:
                twin.tags.append(tag)
                changed = True
        for anniversary in record.anniversaries:
            changed |= _merge_anniversary(twin.anniversaries, anniversary, fill)
        _remember_number(record, twin)
        if changed:
            state.updated += 1
        else:
            state.skip(record.row)

    def _merge_carried_over(self, twin: ImportRecord, record: ImportRecord) -> bool:
        """The old system's figures of two rows of one customer: the newest last visit,
        the later total spent only with ``overwrite`` (else a warning when it differs)."""
        changed = False
        last_visit = newest(twin.last_visit, record.last_visit)
        if last_visit != twin.last_visit:
            twin.last_visit, changed = last_visit, True
        new, old = record.total_spent, twin.total_spent
        if new is not None and new != old:
            if old is None or not self.state.fill:
                twin.total_spent, changed = new, True
            else:
                self._amount_differs(record.row, new, old)
        return changed

    def _amount_differs(self, row: int, value: int, card: int) -> None:
        self.state.log.add(RowProblem(row, None, "amount_differs", {"value": value, "card": card}))

    # --- a customer already stored --------------------------------------------------------

    def update(self, customer_id: int, record: ImportRecord) -> None:
        """Apply a row to the stored customer it matched, as the duplicate mode says."""
        state = self.state
        if record.file_no:
            state.file_numbers[record.file_no] = customer_id
        customer = Customer.get_by_id(customer_id)
        trashed = self._take_out_of_the_trash(customer)
        if state.mode == "skip":
            if trashed:
                self._record_update(customer, {}, {"fields": trashed})
                return
            self._skip_keeping_the_newest_visit(customer, record)
            return
        fill = state.fill
        changes = self._field_changes(customer, record, fill)
        previous: dict[str, Any] = {
            "fields": {name: _json_value(getattr(customer, name)) for name in changes} | trashed
        }
        if "staff" in changes:
            previous["fields"]["staff"] = customer.staff_id
        if changes:
            # a card open elsewhere must not undo what the import wrote (customers.save_card)
            Customer.update(**changes, updated_at=state.now, version=Customer.version + 1).where(
                Customer.id == customer_id
            ).execute()
        changed = bool(changes) or bool(trashed)
        changed |= self._update_tags(customer_id, record, fill, previous)
        changed |= self._update_anniversaries(customer_id, record, fill, previous)
        # ShopCRM's own export carries the shop's derived figures, not an old system's: a
        # customer already stored has the purchases and points they were derived from
        opened = False if state.own_export else self._carry_over(customer, record, previous)
        changed |= opened
        if not opened and set(IMPORTED_FACTS) & set(changes):
            ladder.refresh_customer(
                customer_id, today=state.today, reason="opening_balance", actor=state.actor
            )
        if not changed:
            state.skip(record.row)
            return
        refresh_customer_search(customer_id)
        self._record_update(customer, changes, previous)

    def _take_out_of_the_trash(self, customer: Customer) -> dict[str, Any]:
        """A row matching a card in the trash restores it (instead of making a second card):
        what undoing the import puts back, or {} for a card outside the trash."""
        if customer.deleted_at is None:
            return {}
        Customer.update(deleted_at=None, deleted_reason=None, version=Customer.version + 1).where(
            Customer.id == customer.id
        ).execute()
        self.state.restored.append(int(customer.customer_no))
        audit.record_change(
            "restore",
            "customer",
            customer.id,
            customer_id=customer.id,
            changes={"batch": self.state.batch_id, "reason": customer.deleted_reason},
            actor=self.state.actor,
        )
        return {
            "deleted_at": customer.deleted_at.isoformat(sep=" "),
            "deleted_reason": customer.deleted_reason,
        }

    def _skip_keeping_the_newest_visit(self, customer: Customer, record: ImportRecord) -> None:
        """``skip`` leaves the card as it is but for a date, which keeps the newest: a newer
        last visit moves her opening balance (the old system's figures) to its day."""
        state = self.state
        opening = Purchase.get_or_none(
            (Purchase.customer == customer.id)
            & (Purchase.kind == "opening_balance")
            & Purchase.voided_at.is_null()
        )
        before = None
        if opening is not None and record.last_visit is not None:
            before = revise_opening_balance(
                customer.id, last_visit_on=record.last_visit, today=state.today, actor=state.actor
            )
        if opening is None or before is None:
            state.skip(record.row)
            return
        previous = {
            "fields": {},
            "opening_balance": {
                "id": opening.id,
                "purchased_on": before[0].isoformat(),
                "amount": before[1],
            },
        }
        self._record_update(customer, {}, previous)

    def _record_update(
        self, customer: Customer, changes: dict[str, Any], previous: dict[str, Any]
    ) -> None:
        """Count, audit and keep for ``--undo`` what the row changed on a stored customer."""
        state = self.state
        state.updated += 1
        audit.record_change(
            "import_update",
            "customer",
            customer.id,
            customer_id=customer.id,
            changes={"batch": state.batch_id, **{k: _json_value(v) for k, v in changes.items()}},
            actor=state.actor,
        )
        if customer.import_batch_id != state.batch_id:
            ImportChange.create(
                batch=state.batch_id,
                customer=customer.id,
                action="update",
                previous=json.dumps(previous, ensure_ascii=False),
            )

    def _field_changes(
        self, customer: Customer, record: ImportRecord, fill: bool
    ) -> dict[str, Any]:
        state = self.state
        changes: dict[str, Any] = {}

        def offer(name: str, new: Any) -> None:
            old = getattr(customer, name)
            if new is None or new == old or (fill and old not in (None, "")):
                return
            changes[name] = new

        for name in _SIMPLE_FIELDS:
            offer(name, getattr(record, name))
        notes = merged_memo(customer.notes, record.notes, state.memo)
        if notes != customer.notes:
            changes["notes"] = notes
        if record.phone and not customer.phone:
            changes.update(
                phone=record.phone,
                phone_last4=last_four(record.phone),
                phone_entered=record.phone_entered,
            )
        staff_id = state.staff_id(record.staff_name)
        if (
            staff_id is not None
            and staff_id != customer.staff_id
            and not (fill and customer.staff_id)
        ):
            changes["staff"] = staff_id
        if not fill:
            if record.name != customer.name:
                changes.update(name=record.name, name_initials=initial_consonants(record.name))
            if record.consent is not None and record.consent != customer.marketing_consent:
                changes.update(
                    marketing_consent=record.consent,
                    consent_on=(record.consent_on or state.today) if record.consent else None,
                    consent_channel=(record.consent_channel or "import")
                    if record.consent
                    else None,
                )
        return changes

    def _update_tags(
        self, customer_id: int, record: ImportRecord, fill: bool, previous: dict[str, Any]
    ) -> bool:
        if not record.tags:
            return False
        before = customer_tags(customer_id)
        wanted = sorted(set(before) | set(record.tags)) if fill else sorted(set(record.tags))
        if wanted == before:
            return False
        previous["tags"] = before
        set_customer_tags(customer_id, wanted, actor=self.state.actor)
        return True

    def _update_anniversaries(
        self, customer_id: int, record: ImportRecord, fill: bool, previous: dict[str, Any]
    ) -> bool:
        actor = self.state.actor
        changed = False
        stored = list(Anniversary.select().where(Anniversary.customer == customer_id))
        for wanted in record.anniversaries:
            same_kind = [row for row in stored if row.kind == wanted.kind]
            if wanted.kind == "custom":
                if any(_same_anniversary(row, wanted) for row in same_kind):
                    continue
            elif same_kind:
                row = same_kind[0]
                if fill or _same_anniversary(row, wanted):
                    continue
                previous.setdefault("anniversaries", {})[str(row.id)] = _anniversary_values(row)
                update_anniversary(row.id, wanted, actor=actor)
                changed = True
                continue
            add_anniversary(customer_id, wanted, actor=actor)
            changed = True
        return changed

    def _carry_over(
        self, customer: Customer, record: ImportRecord, previous: dict[str, Any]
    ) -> bool:
        """The row's opening balance: recorded when she has none; otherwise its day moves to
        a newer last visit, and its amount follows ``overwrite`` (``fill`` warns)."""
        if not record.has_opening_balance:
            return False
        state = self.state
        opening = Purchase.get_or_none(
            (Purchase.customer == customer.id)
            & (Purchase.kind == "opening_balance")
            & Purchase.voided_at.is_null()
        )
        if opening is None:
            record_opening_balance(
                customer.id,
                total_spent=record.total_spent or 0,
                last_visit_on=record.last_visit,
                carried_points=record.points or 0,
                today=state.today,
                actor=state.actor,
            )
            sync_first_purchase_anniversary(customer.id)
            return True
        amount = record.total_spent
        if amount is not None and amount != opening.amount and state.fill:
            self._amount_differs(record.row, amount, int(opening.amount))
            amount = None
        before = revise_opening_balance(
            customer.id,
            last_visit_on=record.last_visit,
            total_spent=amount,
            today=state.today,
            actor=state.actor,
        )
        if before is None:
            return False
        previous["opening_balance"] = {
            "id": opening.id,
            "purchased_on": before[0].isoformat(),
            "amount": before[1],
        }
        return True


def _remember_number(record: ImportRecord, twin: ImportRecord) -> None:
    if record.file_no and record.file_no != twin.file_no:
        twin.aliases.append(record.file_no)


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _anniversary_values(row: Anniversary) -> dict[str, Any]:
    return {
        "kind": row.kind,
        "month": row.month,
        "day": row.day,
        "year": row.year,
        "is_lunar": bool(row.is_lunar),
        "is_leap_month": bool(row.is_leap_month),
        "label": row.label,
    }


def _same_anniversary(row: Anniversary, data: AnniversaryInput) -> bool:
    return _anniversary_values(row) == {
        field.name: getattr(data, field.name) for field in dataclass_fields(data)
    }


def _merge_anniversary(
    anniversaries: list[AnniversaryInput], wanted: AnniversaryInput, fill: bool
) -> bool:
    if wanted in anniversaries:
        return False
    same_kind = [index for index, a in enumerate(anniversaries) if a.kind == wanted.kind]
    if wanted.kind == "custom" or not same_kind:
        anniversaries.append(wanted)
        return True
    if fill:
        return False
    anniversaries[same_kind[0]] = wanted
    return True
