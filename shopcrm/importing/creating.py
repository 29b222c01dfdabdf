"""New customers of an import, written in bulk: numbers, cards, tags, search tokens,
anniversaries with their occurrences, opening balances with their points, first stage.

Stage, grade and totals come from `shopcrm.ladder.derive_facts` on the facts a row gives
(`facts_from_record`), exactly as `refresh_customer` would derive them after
`record_opening_balance`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import fn

from shopcrm import ladder, settings
from shopcrm.anniversaries import AnniversaryInput
from shopcrm.bulk import PausedIndexes, bulk_insert, plain_insert, reserve_ids, select_in
from shopcrm.db import rows_of
from shopcrm.importing.batch_state import BatchState
from shopcrm.importing.rows import ImportRecord
from shopcrm.models import (
    Anniversary,
    AnniversaryOccurrence,
    Customer,
    CustomerTag,
    ImportChange,
    PointEntry,
    Purchase,
    SearchToken,
    StageChange,
    Tag,
)
from shopcrm.occurrences import computed_years, feb29_rule, occurrence_rows
from shopcrm.phones import last_four
from shopcrm.points import expiry_date
from shopcrm.search import initial_consonants, search_tokens

MAX_CUSTOMER_NO = 2_000_000_000
LARGE_IMPORT_ROWS = 20_000
"""New customers after which an import into a shop no larger sets aside the indexes only
searches and lists read, and builds them once at the end (`PausedIndexes`)."""
SEARCH_ONLY_INDEXES = (
    "search_token_kind_token",
    "customer_name_initials",
    "customer_phone_last4",
    "customer_stage",
    "customer_grade",
    "customer_last_visit_on",
    "customer_staff_id",
    "customer_import_batch_id",
)
"""Indexes nothing reads while an import runs: matching uses phone, name, numbers and the
tables' customer ids, which stay."""
_CUSTOMER_COLUMNS = (
    "id",
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
    *ladder.DERIVED_COLUMNS,
)
_ANNIVERSARY_COLUMNS = (
    "id",
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
_PURCHASE_COLUMNS = (
    "id",
    "customer_id",
    "purchased_on",
    "created_at",
    "kind",
    "amount",
    "note",
    "import_batch_id",
)
_POINT_COLUMNS = (
    "customer_id",
    "created_at",
    "occurred_on",
    "kind",
    "points",
    "expires_on",
    "purchase_id",
)


def customer_number(text: str | None) -> int | None:
    """A file's customer number as one of ShopCRM's (None: not a number ShopCRM could give)."""
    if not text or not text.isdigit():
        return None
    number = int(text)
    return number if 0 < number < MAX_CUSTOMER_NO else None


def opening_day(record: ImportRecord, now: dt.datetime) -> dt.date | None:
    """The date of the row's opening balance, as `record_opening_balance` dates it (None:
    no spend or visit to carry over)."""
    if not (record.total_spent or record.last_visit):
        return None
    return record.last_visit or now.date()


def facts_from_record(
    record: ImportRecord, today: dt.date, now: dt.datetime
) -> ladder.CustomerFacts:
    """What a new customer's row records, as the ladder's rules read it: her opening balance
    (a purchase with spend above zero, and a visit on its day, standing for the purchases and
    visits the old system counted), her carried points and what the old system knew."""
    day = opening_day(record, now)
    amount = record.total_spent or 0
    counted = day is not None and amount > 0
    visit_days = [day] if day is not None else []
    year_ago = today - dt.timedelta(days=365)
    return ladder.CustomerFacts(
        purchase_count=1 if counted else 0,
        total_spent=amount if counted else 0,
        visit_days=visit_days,
        first_purchase_on=None,  # an opening balance is not a first purchase
        has_interaction=bool(visit_days),
        has_buying_referral=False,
        spend_12_months=amount if counted and day is not None and day > year_ago else 0,
        points=record.points or 0,
        opening_on=day,
        opening_counts=counted,
        imported_purchases=record.imported_purchases or 0,
        imported_visits=record.imported_visits or 0,
        imported_first_purchase_on=record.imported_first_purchase_on,
        imported_grade=ladder.grade_code(record.imported_grade),
    )


class NewCustomers:
    """Writes the new customers of one batch, a chunk at a time."""

    def __init__(self, state: BatchState) -> None:
        self.state = state
        self._tags: dict[str, int] = dict(rows_of(Tag.select(Tag.name, Tag.id)))
        self._next_no = int(Customer.select(fn.MAX(Customer.customer_no)).scalar() or 0) + 1
        self._shop_size = Customer.select().count()
        self._indexes = PausedIndexes()
        self._threshold = int(settings.get_setting("repeat_purchase_threshold"))
        self._grades = settings.get_setting("grade_thresholds")
        self._points_expire = expiry_date(state.today)
        self._years = sorted(computed_years())
        self._feb29 = feb29_rule()

    def write(self, records: list[ImportRecord]) -> list[int]:
        """Store the records as new customers; their ids, in the same order."""
        if not records:
            return []
        state = self.state
        numbers = self._numbers(records)
        ids = reserve_ids(Customer, len(records))
        derived = [
            ladder.derive_facts(
                facts_from_record(record, state.today, state.now),
                today=state.today,
                repeat_threshold=self._threshold,
                grade_thresholds=self._grades,
            )
            for record in records
        ]
        rows = [
            self._customer_row(record, customer_id, number, facts)
            for record, customer_id, number, facts in zip(
                records, ids, numbers, derived, strict=True
            )
        ]
        bulk_insert(Customer, _CUSTOMER_COLUMNS, rows)
        self._write_children(records, ids, derived)
        for record, customer_id, number in zip(records, ids, numbers, strict=True):
            if record.file_no and state.own_export and record.file_no != str(number):
                state.file_numbers[record.file_no] = customer_id
            for alias in record.aliases:
                state.file_numbers[alias] = customer_id
        state.created += len(records)
        if state.created >= max(LARGE_IMPORT_ROWS, self._shop_size):
            self._indexes.pause(SEARCH_ONLY_INDEXES)
        return ids

    def finish(self) -> None:
        """Build the indexes set aside during a large import."""
        self._indexes.resume()

    def _numbers(self, records: list[ImportRecord]) -> list[int]:
        """ShopCRM's own export keeps its numbers where they are free; others get the next."""
        wanted: dict[int, int] = {}
        if self.state.own_export:
            for index, record in enumerate(records):
                number = customer_number(record.file_no)
                if number is not None and number not in wanted.values():
                    wanted[index] = number
        taken: set[int] = set()
        if wanted:
            taken = {
                int(row[0])
                for row in select_in(
                    "SELECT customer_no FROM customer WHERE customer_no IN ({})",
                    sorted(set(wanted.values())),
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

    def _customer_row(
        self,
        record: ImportRecord,
        customer_id: int,
        number: int,
        derived: ladder.DerivedFacts,
    ) -> tuple[Any, ...]:
        state = self.state
        consent = bool(record.consent)
        stamp = state.stamp
        return (
            customer_id,
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
            state.staff_id(record.staff_name),
            consent,
            (record.consent_on or state.today) if consent else None,
            (record.consent_channel or "import") if consent else None,
            state.batch_id,
            stamp,
            stamp,
            *derived.stored_values().values(),
        )

    def _write_children(
        self, records: list[ImportRecord], ids: list[int], derived: list[ladder.DerivedFacts]
    ) -> None:
        state = self.state
        stamp = state.stamp
        tag_rows, token_rows, anniversary_rows = [], [], []
        purchase_rows, point_rows, stage_rows, change_rows = [], [], [], []
        openings = [opening_day(record, state.now) for record in records]
        opening_ids = iter(reserve_ids(Purchase, sum(1 for day in openings if day is not None)))
        anniversary_ids = iter(
            reserve_ids(
                Anniversary,
                sum(len(r.anniversaries) for r in records)
                + sum(1 for facts in derived if facts.first_purchase_on is not None),
            )
        )
        for record, customer_id, facts, opened_on in zip(
            records, ids, derived, openings, strict=True
        ):
            for tag in record.tags:
                tag_rows.append((customer_id, self._tag_id(tag)))
            tokens = search_tokens(
                record.name,
                tags=record.tags,
                notes=record.notes,
                interests=record.interests,
                email=record.email,
            )
            token_rows.extend([(customer_id, kind, token) for kind, token in tokens])
            for anniversary in record.anniversaries:
                anniversary_rows.append(
                    _anniversary_row(next(anniversary_ids), customer_id, anniversary, stamp)
                )
            first = facts.first_purchase_on
            if first is not None:
                anniversary_rows.append(
                    (next(anniversary_ids), customer_id, "first_purchase", None)
                    + (first.month, first.day, first.year, False, False, stamp)
                )
            opening_id = None
            if opened_on is not None:
                opening_id = next(opening_ids)
                purchase_rows.append(
                    (opening_id, customer_id, opened_on, stamp, "opening_balance")
                    + (record.total_spent or 0, "opening balance", state.batch_id)
                )
            if record.points:
                # linked to the opening balance, as record_opening_balance links them
                point_rows.append(
                    (customer_id, stamp, state.today, "opening", record.points)
                    + (self._points_expire, opening_id)
                )
            if facts.stage != "suspect":
                stage_rows.append((customer_id, stamp, "suspect", facts.stage, "opening_balance"))
            change_rows.append((state.batch_id, customer_id, "create"))
        bulk_insert(CustomerTag, ("customer_id", "tag_id"), tag_rows)
        plain_insert(SearchToken, ("customer_id", "kind", "token"), token_rows)
        bulk_insert(Anniversary, _ANNIVERSARY_COLUMNS, anniversary_rows)
        bulk_insert(Purchase, _PURCHASE_COLUMNS, purchase_rows)
        bulk_insert(PointEntry, _POINT_COLUMNS, point_rows)
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


def _anniversary_row(
    anniversary_id: int, customer_id: int, data: AnniversaryInput, stamp: str
) -> tuple[Any, ...]:
    return (
        anniversary_id,
        customer_id,
        data.kind,
        data.label,
        data.month,
        data.day,
        data.year,
        data.is_lunar,
        data.is_leap_month,
        stamp,
    )
