"""Writing an import: duplicates found, new customers written in bulk, known ones updated.

Rows arrive one by one and are written a chunk at a time inside the import's transaction, so
memory stays bounded however long the file is. For each chunk the customers already stored
(before the import or from an earlier chunk) are looked up by canonical phone or, without a
phone, by name and birthday; a row matching one is a duplicate (``skip``, ``fill`` only empty
fields, or ``overwrite``); a row matching an earlier row of the same chunk is merged into it.
New customers go through `shopcrm.bulk` with their derived columns computed by the one
derivation (`shopcrm.ladder.derive_facts`), exactly as `refresh_customer` would;
known customers are updated through the core's public functions, one by one, and what they
were before is kept in `ImportChange` for ``--undo``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import fields as dataclass_fields
from typing import Any

from peewee import PostgresqlDatabase, SqliteDatabase, fn

from shopcrm import audit, ladder, lunar, settings
from shopcrm.anniversaries import (
    AnniversaryInput,
    add_anniversary,
    sync_first_purchase_anniversary,
    update_anniversary,
)
from shopcrm.bulk import bulk_insert, next_id
from shopcrm.customers import customer_tags, refresh_customer_search, set_customer_tags
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import ShopCRMError, ValidationError
from shopcrm.importing.report import ProblemLog, RowProblem
from shopcrm.importing.rows import ImportRecord
from shopcrm.models import (
    Anniversary,
    AnniversaryOccurrence,
    AuditEntry,
    Customer,
    CustomerTag,
    ImportChange,
    Interaction,
    Letter,
    PointEntry,
    Purchase,
    Referral,
    SearchToken,
    Staff,
    StageChange,
    Tag,
)
from shopcrm.occurrences import computed_years, occurrence_rows
from shopcrm.phones import last_four, parse_phone
from shopcrm.points import expiry_date
from shopcrm.purchases import record_opening_balance
from shopcrm.search import initial_consonants, search_tokens
from shopcrm.staff import add_staff

DUPLICATE_MODES: tuple[str, ...] = ("skip", "fill", "overwrite")
"""What to do with a row of a customer already known (default ``fill``)."""

CHUNK_ROWS = 1000
MARKED_MODELS: dict[str, Any] = {
    "purchase": Purchase,
    "point_entry": PointEntry,
    "anniversary": Anniversary,
    "referral": Referral,
    "stage_change": StageChange,
    "interaction": Interaction,
    "letter": Letter,
    "audit_entry": AuditEntry,
}
"""The tables whose highest id an import notes before and after (for ``--undo``)."""

_IMPORTED_FACTS = (
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
    "notes",
    "former_no",
    *_IMPORTED_FACTS,
    "joined_on",
)
_MERGED_FIELDS = (
    *_SIMPLE_FIELDS,
    "staff_name",
    "phone_entered",
    "file_no",
    "total_spent",
    "last_visit",
    "points",
    "referrer",
)
_CUSTOMER_COLUMNS = (
    "customer_no",
    "former_no",
    "name",
    "name_initials",
    "phone",
    "phone_last4",
    "phone_entered",
    "email",
    "postal_code",
    "address",
    "gender",
    "interests",
    "notes",
    "imported_grade",
    "imported_purchases",
    "imported_visits",
    "imported_first_purchase_on",
    "joined_on",
    "staff_id",
    "marketing_consent",
    "consent_on",
    "consent_channel",
    "import_batch_id",
    "created_at",
    "updated_at",
    "stage",
    "grade",
    "grade_from_import",
    "points",
    "total_spent",
    "purchase_count",
    "visit_days",
    "usual_gap_days",
    "first_purchase_on",
    "last_visit_on",
)
_ANNIVERSARY_COLUMNS = (
    "customer_id",
    "kind",
    "label",
    "month",
    "day",
    "year",
    "is_lunar",
    "is_leap_month",
    "created_at",
)
_IN_CHUNK = 500
_REFERRER = re.compile(r"^(?P<name>.*?)\s*[(\[]\s*(?P<key>[^)\]]+?)\s*[)\]]\s*$")
_MAX_CUSTOMER_NO = 2_000_000_000


def table_marks() -> dict[str, int]:
    """The highest id of each marked table now."""
    return {
        name: int(model.select(fn.MAX(model.id)).scalar() or 0)
        for name, model in MARKED_MODELS.items()
    }


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


class BatchWriter:
    """Writes the rows of one import batch; call `add` per row, then `finish`."""

    def __init__(
        self,
        batch_id: int,
        *,
        mode: str,
        today: dt.date,
        own_export: bool,
        log: ProblemLog,
        actor: str | None = None,
    ) -> None:
        if mode not in DUPLICATE_MODES:
            raise ValidationError("invalid_duplicate_mode", value=mode)
        self.batch_id = batch_id
        self.mode = mode
        self.today = today
        self.own_export = own_export
        self.log = log
        self.actor = actor
        self.now = dt.datetime.now().replace(microsecond=0)
        self._stamp = self.now.isoformat(sep=" ")  # what bulk_insert would write, once
        self.created = self.updated = self.skipped = self.referrals_made = 0
        self.staff_created: list[str] = []
        self.pending: list[ImportRecord] = []
        self.file_numbers: dict[str, int] = {}
        self.referrals: list[tuple[int, int, str, str]] = []
        self.refresh_later: set[int] = set()
        self._staff: dict[str, int] = {
            name.strip().lower(): staff_id
            for staff_id, name in rows_of(Staff.select(Staff.id, Staff.name).where(Staff.active))
        }
        self._tags: dict[str, int] = dict(rows_of(Tag.select(Tag.name, Tag.id)))
        self._next_no = int(Customer.select(fn.MAX(Customer.customer_no)).scalar() or 0) + 1
        self._threshold = int(settings.get_setting("repeat_purchase_threshold"))
        self._grades = settings.get_setting("grade_thresholds")
        self._points_expire = expiry_date(today)
        self._years = sorted(computed_years())
        rule = settings.get_setting("feb29_rule")
        self._feb29 = rule if rule in lunar.FEB29_RULES else lunar.FEB29_FEB28

    # --- rows ------------------------------------------------------------------------------

    def add(self, record: ImportRecord) -> None:
        """Queue one row; a full chunk is written at once."""
        self.pending.append(record)
        if len(self.pending) >= CHUNK_ROWS:
            self.flush()

    def flush(self) -> None:
        """Write the queued rows."""
        records, self.pending = self.pending, []
        if not records:
            return
        by_phone = self._stored_phones({r.phone for r in records if r.phone})
        by_birthday = self._stored_birthdays(
            {r.name for r in records if not r.phone and r.birthday}
        )
        new: list[ImportRecord] = []
        chunk_phones: dict[str, ImportRecord] = {}
        chunk_birthdays: dict[tuple[Any, ...], list[ImportRecord]] = {}
        for record in records:
            stored = self._match_stored(record, by_phone, by_birthday)
            if stored is not None:
                self._update_stored(stored, record)
                continue
            twin = self._match_chunk(
                record, chunk_phones, {} if self.own_export else chunk_birthdays
            )
            if twin is not None:
                self._merge(twin, record)
                continue
            new.append(record)
            if record.phone:
                chunk_phones[record.phone] = record
            elif record.birthday:
                chunk_birthdays.setdefault(_birthday_key(record), []).append(record)
        self._insert(new)

    def _stored_phones(self, phones: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        ordered = sorted(phones)
        for start in range(0, len(ordered), _IN_CHUNK):
            found.update(
                select_in(
                    "SELECT phone, id FROM customer WHERE phone IN ({})",
                    ordered[start : start + _IN_CHUNK],
                )
            )
        return found

    def _stored_birthdays(self, names: set[str]) -> dict[tuple[Any, ...], list[tuple[int, Any]]]:
        found: dict[tuple[Any, ...], list[tuple[int, Any]]] = {}
        ordered = sorted(names)
        for start in range(0, len(ordered), _IN_CHUNK):
            query = (
                Customer.select(
                    Customer.id,
                    Customer.name,
                    Anniversary.month,
                    Anniversary.day,
                    Anniversary.is_lunar,
                    Anniversary.year,
                )
                .join(Anniversary, on=(Anniversary.customer == Customer.id))
                .where(
                    Customer.name.in_(ordered[start : start + _IN_CHUNK])
                    & (Anniversary.kind == "birthday")
                )
            )
            if self.own_export:
                # ShopCRM's own export: rows with their own numbers are different customers,
                # even with the same name and birthday (the card allows that).
                query = query.where(
                    Customer.import_batch.is_null() | (Customer.import_batch != self.batch_id)
                )
            for customer_id, name, month, day, is_lunar, year in rows_of(query):
                key = (name, month, day, bool(is_lunar))
                found.setdefault(key, []).append((customer_id, year))
        return found

    @staticmethod
    def _match_stored(
        record: ImportRecord,
        by_phone: dict[str, int],
        by_birthday: dict[tuple[Any, ...], list[tuple[int, Any]]],
    ) -> int | None:
        if record.phone:
            return by_phone.get(record.phone)
        birthday = record.birthday
        if birthday is None:
            return None
        for customer_id, year in by_birthday.get(_birthday_key(record), []):
            if year is None or birthday.year is None or year == birthday.year:
                return customer_id
        return None

    @staticmethod
    def _match_chunk(
        record: ImportRecord,
        by_phone: dict[str, ImportRecord],
        by_birthday: dict[tuple[Any, ...], list[ImportRecord]],
    ) -> ImportRecord | None:
        if record.phone:
            return by_phone.get(record.phone)
        birthday = record.birthday
        if birthday is None:
            return None
        for other in by_birthday.get(_birthday_key(record), []):
            year = other.birthday.year if other.birthday else None
            if year is None or birthday.year is None or year == birthday.year:
                return other
        return None

    # --- a row of a customer seen earlier in the same chunk ----------------------------------

    def _merge(self, twin: ImportRecord, record: ImportRecord) -> None:
        if self.mode == "skip":
            self.skipped += 1
            self._remember_number(record, twin)
            return
        fill = self.mode == "fill"
        changed = False
        for name in _MERGED_FIELDS:
            new, old = getattr(record, name), getattr(twin, name)
            if new is None or new == old or (fill and old is not None):
                continue
            if name == "file_no" and old is not None:
                continue
            setattr(twin, name, new)
            changed = True
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
        self._remember_number(record, twin)
        if changed:
            self.updated += 1
        else:
            self.skipped += 1

    def _remember_number(self, record: ImportRecord, twin: ImportRecord) -> None:
        if record.file_no and record.file_no != twin.file_no:
            twin.aliases.append(record.file_no)

    # --- new customers, in bulk ------------------------------------------------------------

    def _insert(self, records: list[ImportRecord]) -> None:
        if not records:
            return
        numbers = self._numbers(records)
        ids = reserve_ids(Customer, len(records))
        staff_ids = [self._staff_id(record.staff_name) for record in records]
        rows = []
        facts = []
        for record, customer_id, number, staff_id in zip(
            records, ids, numbers, staff_ids, strict=True
        ):
            derived = self._derived(record)
            facts.append(derived)
            rows.append((customer_id, *self._customer_row(record, number, staff_id, derived)))
        bulk_insert(Customer, ("id", *_CUSTOMER_COLUMNS), rows)
        self._write_children(records, ids, facts)
        for record, customer_id, number in zip(records, ids, numbers, strict=True):
            if record.file_no and self.own_export and record.file_no != str(number):
                self.file_numbers[record.file_no] = customer_id
            for alias in record.aliases:
                self.file_numbers[alias] = customer_id
            if record.referrer:
                column, text = record.referrer
                self.referrals.append((customer_id, record.row, column, text))
        self.created += len(records)

    def _numbers(self, records: list[ImportRecord]) -> list[int]:
        wanted: dict[int, int] = {}
        if self.own_export:
            for index, record in enumerate(records):
                number = _number(record.file_no)
                if number is not None and number not in wanted.values():
                    wanted[index] = number
        taken = set()
        if wanted:
            taken = {
                row[0]
                for row in rows_of(
                    Customer.select(Customer.customer_no).where(
                        Customer.customer_no.in_(list(wanted.values()))
                    )
                )
            }
        numbers = []
        for index in range(len(records)):
            number = wanted.get(index)
            if number is None or number in taken:
                number = self._next_no
            numbers.append(number)
            taken.add(number)
            self._next_no = max(self._next_no, number + 1)
            while self._next_no in taken:
                self._next_no += 1
        return numbers

    def _staff_id(self, name: str | None) -> int | None:
        if not name:
            return None
        key = name.strip().lower()
        if key not in self._staff:
            self._staff[key] = add_staff(name, actor=self.actor)
            self.staff_created.append(name)
        return self._staff[key]

    def _derived(self, record: ImportRecord) -> dict[str, Any]:
        """Stage, grade and totals by `ladder.derive_facts`, from the facts `collect_facts`
        would read after `record_opening_balance`."""
        has_purchase = bool(record.total_spent or record.last_visit)
        day = record.last_visit or self.now.date()
        amount = record.total_spent or 0
        counted = has_purchase and amount > 0
        visit_days = [day] if has_purchase else []
        year_ago = self.today - dt.timedelta(days=365)
        facts = ladder.CustomerFacts(
            purchase_count=1 if counted else 0,
            total_spent=amount if counted else 0,
            visit_days=visit_days,
            first_purchase_on=None,  # an opening balance is not a first purchase
            has_interaction=bool(visit_days),
            has_buying_referral=False,
            spend_12_months=amount if counted and day > year_ago else 0,
            points=record.points or 0,
            opening_on=day if has_purchase else None,
            opening_counts=counted,
            imported_purchases=record.imported_purchases or 0,
            imported_visits=record.imported_visits or 0,
            imported_first_purchase_on=record.imported_first_purchase_on,
            imported_grade=ladder.grade_code(record.imported_grade),
        )
        derived = ladder.derive_facts(
            facts, today=self.today, repeat_threshold=self._threshold, grade_thresholds=self._grades
        )
        return {**derived.stored_values(), "opening_day": day if has_purchase else None}

    def _customer_row(
        self, record: ImportRecord, number: int, staff_id: int | None, derived: dict[str, Any]
    ) -> tuple[Any, ...]:
        consent = bool(record.consent)
        return (
            number,
            record.former_no,
            record.name,
            initial_consonants(record.name),
            record.phone,
            last_four(record.phone) if record.phone else None,
            record.phone_entered,
            record.email,
            record.postal_code,
            record.address,
            record.gender,
            record.interests,
            record.notes,
            record.imported_grade,
            record.imported_purchases,
            record.imported_visits,
            record.imported_first_purchase_on,
            record.joined_on,
            staff_id,
            consent,
            (record.consent_on or self.today) if consent else None,
            (record.consent_channel or "import") if consent else None,
            self.batch_id,
            self._stamp,
            self._stamp,
            derived["stage"],
            derived["grade"],
            derived["grade_from_import"],
            derived["points"],
            derived["total_spent"],
            derived["purchase_count"],
            derived["visit_days"],
            derived["usual_gap_days"],
            derived["first_purchase_on"],
            derived["last_visit_on"],
        )

    def _write_children(
        self, records: list[ImportRecord], ids: list[int], facts: list[dict[str, Any]]
    ) -> None:
        tag_rows, token_rows, anniversary_rows = [], [], []
        purchase_rows, point_rows, stage_rows, change_rows = [], [], [], []
        openings = sum(1 for derived in facts if derived["opening_day"] is not None)
        opening_ids = iter(reserve_ids(Purchase, openings))
        anniversary_ids = iter(
            reserve_ids(
                Anniversary,
                sum(len(r.anniversaries) for r in records)
                + sum(1 for derived in facts if derived["first_purchase_on"] is not None),
            )
        )
        for record, customer_id, derived in zip(records, ids, facts, strict=True):
            for tag in record.tags:
                tag_rows.append((customer_id, self._tag_id(tag)))
            for kind, token in search_tokens(
                record.name,
                tags=record.tags,
                notes=record.notes,
                interests=record.interests,
                email=record.email,
            ):
                token_rows.append((customer_id, kind, token))
            for anniversary in record.anniversaries:
                anniversary_rows.append(
                    (
                        next(anniversary_ids),
                        *_anniversary_row(customer_id, anniversary, self._stamp),
                    )
                )
            first = derived["first_purchase_on"]
            if first is not None:
                anniversary_rows.append(
                    (next(anniversary_ids), customer_id, "first_purchase", None)
                    + (first.month, first.day, first.year, False, False, self._stamp)
                )
            opening_id = None
            if derived["opening_day"] is not None:
                opening_id = next(opening_ids)
                purchase_rows.append(
                    (
                        opening_id,
                        customer_id,
                        derived["opening_day"],
                        self._stamp,
                        "opening_balance",
                    )
                    + (record.total_spent or 0, "opening balance", self.batch_id)
                )
            if record.points:
                # linked to the opening balance, as record_opening_balance links them
                point_rows.append(
                    (customer_id, self._stamp, self.today, "opening", record.points)
                    + (self._points_expire, opening_id)
                )
            if derived["stage"] != "suspect":
                stage_rows.append(
                    (customer_id, self._stamp, "suspect", derived["stage"], "opening_balance")
                )
            change_rows.append((self.batch_id, customer_id, "create"))
        bulk_insert(CustomerTag, ("customer_id", "tag_id"), tag_rows)
        plain_insert(SearchToken, ("customer_id", "kind", "token"), token_rows)
        bulk_insert(Anniversary, ("id", *_ANNIVERSARY_COLUMNS), anniversary_rows)
        bulk_insert(
            Purchase,
            (
                "id",
                "customer_id",
                "purchased_on",
                "created_at",
                "kind",
                "amount",
                "note",
                "import_batch_id",
            ),
            purchase_rows,
        )
        bulk_insert(
            PointEntry,
            (
                "customer_id",
                "created_at",
                "occurred_on",
                "kind",
                "points",
                "expires_on",
                "purchase_id",
            ),
            point_rows,
        )
        bulk_insert(
            StageChange,
            ("customer_id", "changed_at", "from_stage", "to_stage", "reason"),
            stage_rows,
        )
        bulk_insert(ImportChange, ("batch_id", "customer_id", "action"), change_rows)
        self._write_occurrences(anniversary_rows)

    def _write_occurrences(self, anniversary_rows: list[tuple[Any, ...]]) -> None:
        """The new anniversaries' rows of the occurrence table, for the years it holds."""
        if not anniversary_rows or not self._years:
            return
        facts = [(row[0], row[4], row[5], row[6], row[7]) for row in anniversary_rows]
        bulk_insert(
            AnniversaryOccurrence,
            ("anniversary_id", "occurrence_year", "solar_on"),
            occurrence_rows(facts, self._years, self._feb29),
        )

    def _tag_id(self, name: str) -> int:
        if name not in self._tags:
            self._tags[name] = int(Tag.insert(name=name).execute())
        return self._tags[name]

    # --- a customer already stored --------------------------------------------------------

    def _update_stored(self, customer_id: int, record: ImportRecord) -> None:
        if record.file_no:
            self.file_numbers[record.file_no] = customer_id
        if self.mode == "skip":
            self.skipped += 1
            return
        customer = Customer.get_by_id(customer_id)
        fill = self.mode == "fill"
        changes = self._field_changes(customer, record, fill)
        previous: dict[str, Any] = {
            "fields": {name: _json_value(getattr(customer, name)) for name in changes}
        }
        if "staff" in changes:
            previous["fields"]["staff"] = customer.staff_id
        if changes:
            Customer.update(**changes, updated_at=self.now).where(
                Customer.id == customer_id
            ).execute()
        changed = bool(changes)
        changed |= self._update_tags(customer_id, record, fill, previous)
        changed |= self._update_anniversaries(customer_id, record, fill, previous)
        opened = self._add_opening_balance(customer, record)
        changed |= opened
        if not opened and set(_IMPORTED_FACTS) & set(changes):
            ladder.refresh_customer(
                customer_id, today=self.today, reason="opening_balance", actor=self.actor
            )
        if record.referrer:
            column, text = record.referrer
            self.referrals.append((customer_id, record.row, column, text))
        if not changed:
            self.skipped += 1
            return
        self.updated += 1
        refresh_customer_search(customer_id)
        audit.record_change(
            "import_update",
            "customer",
            customer_id,
            customer_id=customer_id,
            changes={"batch": self.batch_id, **{k: _json_value(v) for k, v in changes.items()}},
            actor=self.actor,
        )
        if customer.import_batch_id != self.batch_id:
            ImportChange.create(
                batch=self.batch_id,
                customer=customer_id,
                action="update",
                previous=json.dumps(previous, ensure_ascii=False),
            )

    def _field_changes(
        self, customer: Customer, record: ImportRecord, fill: bool
    ) -> dict[str, Any]:
        changes: dict[str, Any] = {}

        def offer(name: str, new: Any) -> None:
            old = getattr(customer, name)
            if new is None or new == old or (fill and old not in (None, "")):
                return
            changes[name] = new

        for name in _SIMPLE_FIELDS:
            offer(name, getattr(record, name))
        if record.phone and not customer.phone:
            changes.update(
                phone=record.phone,
                phone_last4=last_four(record.phone),
                phone_entered=record.phone_entered,
            )
        staff_id = self._staff_id(record.staff_name)
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
                    consent_on=(record.consent_on or self.today) if record.consent else None,
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
        set_customer_tags(customer_id, wanted, actor=self.actor)
        return True

    def _update_anniversaries(
        self, customer_id: int, record: ImportRecord, fill: bool, previous: dict[str, Any]
    ) -> bool:
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
                update_anniversary(row.id, wanted, actor=self.actor)
                changed = True
                continue
            add_anniversary(customer_id, wanted, actor=self.actor)
            changed = True
        return changed

    def _add_opening_balance(self, customer: Customer, record: ImportRecord) -> bool:
        if not record.has_opening_balance:
            return False
        has_one = (
            Purchase.select()
            .where(
                (Purchase.customer == customer.id)
                & (Purchase.kind == "opening_balance")
                & Purchase.voided_at.is_null()
            )
            .exists()
        )
        if has_one and self.mode == "fill":
            return False  # like any field that is not empty
        try:
            record_opening_balance(
                customer.id,
                total_spent=record.total_spent or 0,
                last_visit_on=record.last_visit,
                carried_points=record.points or 0,
                today=self.today,
                actor=self.actor,
            )
        except ValidationError as error:
            if error.code != "opening_balance_exists":
                raise
            self.log.add(RowProblem(record.row, None, error.code, dict(error.fields)))
            return False
        sync_first_purchase_anniversary(customer.id)
        return True

    # --- the end -------------------------------------------------------------------------

    def finish(self) -> None:
        """Write what is queued, then the referrals (every row is known by now)."""
        self.flush()
        refresh: set[int] = set()
        for customer_id, row, column, text in self.referrals:
            referrer = self._find_referrer(text)
            problem = self._refer(customer_id, referrer, text)
            if problem is not None:
                self.log.add(RowProblem(row, column, problem, {"value": text}))
            elif referrer is not None and ladder.counting_purchases(customer_id):
                refresh.add(referrer)
        for customer_id in sorted(refresh):
            ladder.refresh_customer(
                customer_id, today=self.today, reason="referral_bought", actor=self.actor
            )

    def _refer(self, customer_id: int, referrer: int | None, text: str) -> str | None:
        if referrer is None:
            return "referrer_not_found"
        if referrer == -1:
            return "referrer_ambiguous"
        if referrer == customer_id:
            return "referrer_self"
        loop = Referral.select().where(
            (Referral.referrer == customer_id) & (Referral.referred == referrer)
        )
        if loop.exists():
            return "referrer_loop"
        existing = Referral.get_or_none(Referral.referred == customer_id)
        if existing is not None:
            return None if existing.referrer_id == referrer else "referrer_conflict"
        bought = bool(ladder.counting_purchases(customer_id))
        referral = Referral.create(
            referrer=referrer,
            referred=customer_id,
            created_at=self.now,
            rewarded_at=self.now if bought else None,
            note=None,
        )
        audit.record_change(
            "create",
            "referral",
            referral.id,
            customer_id=customer_id,
            changes={"referrer": referrer, "referred": customer_id, "import": self.batch_id},
            actor=self.actor,
        )
        self.referrals_made += 1
        return None

    def _find_referrer(self, text: str) -> int | None:
        """The customer a 추천인 cell names: by phone, 이름(phone), a number (the file's own
        first, then ShopCRM's) or a name only one customer has. -1: several have that name."""
        match = _REFERRER.match(text)
        name, key = (match.group("name").strip(), match.group("key")) if match else (None, text)
        found = self._by_phone(key) or self._by_number(key)
        if found is not None:
            return found
        return self._by_name(name or key)

    def _by_phone(self, key: str) -> int | None:
        if len(re.sub(r"\D", "", key)) < 8:
            return None
        try:
            canonical = parse_phone(key).canonical
        except ShopCRMError:
            return None
        found = Customer.select(Customer.id).where(Customer.phone == canonical).scalar()
        return int(found) if found is not None else None

    def _by_number(self, key: str) -> int | None:
        text = key.strip().lstrip("#")
        if text in self.file_numbers:
            return self.file_numbers[text]
        if not self.own_export and text:
            found = (
                Customer.select(Customer.id)
                .where((Customer.former_no == text) & (Customer.import_batch == self.batch_id))
                .scalar()
            )
            if found is not None:
                return int(found)
        number = _number(text)
        if number is None:
            return None
        found = Customer.select(Customer.id).where(Customer.customer_no == number).scalar()
        return int(found) if found is not None else None

    @staticmethod
    def _by_name(name: str) -> int | None:
        if not name:
            return None
        ids = [
            row[0]
            for row in rows_of(Customer.select(Customer.id).where(Customer.name == name).limit(2))
        ]
        if len(ids) == 1:
            return int(ids[0])
        return -1 if ids else None


def reserve_ids(model: Any, count: int) -> list[int]:
    """Ids for rows about to be written in bulk, so that their children can point at them.

    SQLite: the import holds the write lock, so the ids after the highest are free.
    PostgreSQL: taken from the table's sequence, which other counters use too.
    """
    if count <= 0:
        return []
    database = database_proxy.obj
    if isinstance(database, PostgresqlDatabase):
        table = model._meta.table_name
        cursor = database.execute_sql(
            f"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'id')) "
            "FROM generate_series(1, %s)",
            (count,),
        )
        return [int(row[0]) for row in cursor.fetchall()]
    first = next_id(model)
    return list(range(first, first + count))


def plain_insert(model: Any, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """`bulk_insert` for rows of plain numbers and text: on SQLite straight to executemany
    (nothing to convert: the per-value conversion costs more than the insert for the millions
    of search tokens a big import writes); elsewhere through `bulk_insert`."""
    database = database_proxy.obj
    if not isinstance(database, SqliteDatabase):
        bulk_insert(model, columns, rows)
        return
    placeholders = ", ".join("?" for _ in columns)
    sql = f'INSERT INTO "{model._meta.table_name}" ({", ".join(columns)}) VALUES ({placeholders})'
    database.connection().executemany(sql, rows)


def select_in(sql: str, values: list[Any]) -> list[tuple[Any, ...]]:
    """Rows of a query with one ``IN ({})`` list, written as plain SQL (peewee builds a node
    per value, which costs more than the query for a thousand phones)."""
    if not values:
        return []
    database = database_proxy.obj
    placeholders = ", ".join(database.param for _ in values)
    return list(database.execute_sql(sql.format(placeholders), values).fetchall())


def _number(text: str | None) -> int | None:
    if not text or not text.isdigit():
        return None
    number = int(text)
    return number if 0 < number < _MAX_CUSTOMER_NO else None


def _birthday_key(record: ImportRecord) -> tuple[Any, ...]:
    birthday = record.birthday
    assert birthday is not None
    return (record.name, birthday.month, birthday.day, birthday.is_lunar)


def _anniversary_row(customer_id: int, data: AnniversaryInput, now: str) -> tuple[Any, ...]:
    return (
        customer_id,
        data.kind,
        data.label,
        data.month,
        data.day,
        data.year,
        data.is_lunar,
        data.is_leap_month,
        now,
    )


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


def each_chunk(items: Iterable[int], size: int = _IN_CHUNK) -> Iterable[list[int]]:
    """Lists of at most `size` items (for IN clauses)."""
    chunk: list[int] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


ProgressCallback = Callable[[int, int], None]
