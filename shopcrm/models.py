"""The peewee models: what ShopCRM stores (schema version 5).

Derived values that lists and searches need at 100,000 customers (initial
consonants, last four phone digits, stage, grade, totals, last visit) are stored
columns that core functions refresh on every save; nothing here computes them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from peewee import (
    SQL,
    AutoField,
    BigIntegerField,
    BooleanField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from shopcrm.errors import ValidationError

# Every model's database; `shopcrm.db.open_database` initialises it (nothing connects at import).
database_proxy = DatabaseProxy()

_FORBIDDEN_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class SafeTextField(TextField):
    """Text that refuses NUL and other control characters except newline and tab.

    Checked when the value goes to the database, so SQLite and PostgreSQL
    (which would refuse NUL with an obscure error) behave the same.
    """

    def db_value(self, value: Any) -> Any:
        if isinstance(value, str) and _FORBIDDEN_CONTROL.search(value):
            raise ValidationError("control_characters", field=self.name)
        return super().db_value(value)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


def upsert_key_value(model: type[BaseModel], key: str, value: str) -> None:
    """Insert or replace one row of a key/value table, the same way on SQLite and PostgreSQL."""
    key_field, value_field = model._meta.primary_key, model._meta.fields["value"]
    model.insert(key=key, value=value).on_conflict(
        conflict_target=[key_field], update={value_field: value}
    ).execute()


class SchemaInfo(BaseModel):
    """Key/value facts about the database itself: which program, which schema version."""

    key = TextField(primary_key=True)
    value = TextField()

    class Meta:
        table_name = "shopcrm_schema"


class Setting(BaseModel):
    """One shop setting (shop name, thresholds ...); the value is JSON text."""

    key = TextField(primary_key=True)
    value = SafeTextField()

    class Meta:
        table_name = "setting"


class Staff(BaseModel):
    id = AutoField()
    name = SafeTextField()
    role = SafeTextField(null=True, default="staff")  # owner, manager or staff (schema v3)
    phone = SafeTextField(null=True)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_now)
    removed_at = DateTimeField(null=True)

    class Meta:
        table_name = "staff"


class ImportBatch(BaseModel):
    """One run of the importer, so that it can be listed and undone."""

    id = AutoField()
    created_at = DateTimeField(default=_now)
    file_name = SafeTextField()
    file_format = TextField()
    encoding = TextField(null=True)
    total_rows = IntegerField(default=0)
    created_count = IntegerField(default=0)
    updated_count = IntegerField(default=0)
    skipped_count = IntegerField(default=0)
    rejected_count = IntegerField(default=0)
    mapping = SafeTextField(null=True)
    undone_at = DateTimeField(null=True)

    class Meta:
        table_name = "import_batch"


class Customer(BaseModel):
    staff_id: int | None  # typed accessor peewee adds for the foreign key
    import_batch_id: int | None
    id = AutoField()
    customer_no = IntegerField(unique=True)
    former_no = SafeTextField(null=True, index=True)
    name = SafeTextField(index=True)
    name_initials = TextField(index=True)
    phone = TextField(null=True, index=True)
    phone_last4 = TextField(null=True, index=True)
    phone_entered = SafeTextField(null=True)
    email = SafeTextField(null=True)
    postal_code = SafeTextField(null=True)
    address = SafeTextField(null=True)
    gender = TextField(null=True)
    interests = SafeTextField(null=True)
    notes = SafeTextField(null=True)
    stage = TextField(default="suspect", index=True)
    stage_override = TextField(null=True)
    grade = TextField(default="normal", index=True)
    imported_grade = SafeTextField(null=True)
    # what an old system knew and no recorded sale or visit says (schema v2)
    joined_on = DateField(null=True)
    imported_first_purchase_on = DateField(null=True)
    imported_purchases = IntegerField(null=True)
    imported_visits = IntegerField(null=True)
    grade_from_import = BooleanField(default=False)
    points = IntegerField(default=0)
    total_spent = BigIntegerField(default=0)
    purchase_count = IntegerField(default=0)
    visit_days = IntegerField(default=0)
    usual_gap_days = IntegerField(null=True)
    first_purchase_on = DateField(null=True)
    last_visit_on = DateField(null=True, index=True)
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="customers")
    marketing_consent = BooleanField(default=False)
    consent_on = DateField(null=True)
    consent_channel = TextField(null=True)
    import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # bumped by every change of the card's fields, so a stale save is refused (schema v3)
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    # in the trash since (schema v5); a merged-away card is in it too, with `merged_into`
    deleted_at = DateTimeField(null=True)
    deleted_reason = SafeTextField(null=True)
    # the card this one was merged into: a plain id, so that walking the customer foreign
    # keys to move a merged card's history never meets it
    merged_into = IntegerField(null=True)

    class Meta:
        table_name = "customer"


class FormerNumber(BaseModel):
    """A customer number a card took over from a card merged into it (schema v5): searching
    for it finds the kept card."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="former_numbers")
    number = IntegerField(unique=True)
    merge = IntegerField(null=True)

    class Meta:
        table_name = "former_number"


class CustomerMerge(BaseModel):
    """Two cards merged into one (schema v5), with what undoing it needs: which rows of which
    table moved, what the kept card's fields were, and the rows a merge had to drop (a tag or
    a referral the kept card already had). Customer ids are plain numbers on purpose."""

    id = AutoField()
    kept_id = IntegerField(index=True)
    other_id = IntegerField(index=True)
    merged_at = DateTimeField(default=_now)
    actor = SafeTextField(null=True)
    kept_version = IntegerField()
    other_version = IntegerField()
    undo = SafeTextField()
    undone_at = DateTimeField(null=True)

    class Meta:
        table_name = "customer_merge"


class SearchToken(BaseModel):
    """Indexed pieces of a customer's name, initials, tags and notes, so that a substring
    search (민수 in 김민수, ㅁㅅ in ㄱㅁㅅ) is an index lookup rather than a scan."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="search_tokens")
    kind = TextField()
    token = TextField()

    class Meta:
        table_name = "search_token"
        indexes = ((("kind", "token"), False),)


class Tag(BaseModel):
    id = AutoField()
    name = SafeTextField(unique=True)

    class Meta:
        table_name = "tag"


class CustomerTag(BaseModel):
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="tag_links")
    tag = ForeignKeyField(Tag, on_delete="CASCADE", backref="customer_links")

    class Meta:
        table_name = "customer_tag"
        indexes = ((("customer", "tag"), True),)


class StageChange(BaseModel):
    """Why a customer is on the step of the ladder she is on: every change, dated."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="stage_changes")
    changed_at = DateTimeField(default=_now)
    from_stage = TextField(null=True)
    to_stage = TextField()
    reason = TextField()
    detail = SafeTextField(null=True)
    is_override = BooleanField(default=False)

    class Meta:
        table_name = "stage_change"


class Product(BaseModel):
    id = AutoField()
    name = SafeTextField(unique=True)
    unit_price = BigIntegerField(default=0)
    active = BooleanField(default=True)

    class Meta:
        table_name = "product"


class Purchase(BaseModel):
    """A sale, a refund (linked to its sale) or the opening balance from an old system."""

    customer_id: int  # typed accessor peewee adds for the foreign key
    staff_id: int | None
    refund_of_id: int | None
    import_batch_id: int | None
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="purchases")
    purchased_on = DateField(index=True)
    created_at = DateTimeField(default=_now)
    kind = TextField(default="sale")
    amount = BigIntegerField()
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    payment_method = TextField(null=True)
    refund_of = ForeignKeyField("self", null=True, on_delete="CASCADE", backref="refunds")
    points_earned = IntegerField(default=0)
    voided_at = DateTimeField(null=True)
    void_reason = SafeTextField(null=True)
    note = SafeTextField(null=True)
    import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")

    class Meta:
        table_name = "purchase"


class PurchaseItem(BaseModel):
    id = AutoField()
    purchase = ForeignKeyField(Purchase, on_delete="CASCADE", backref="items")
    product = ForeignKeyField(Product, null=True, on_delete="SET NULL")
    description = SafeTextField()
    quantity = IntegerField(default=1)
    unit_price = BigIntegerField()
    amount = BigIntegerField()

    class Meta:
        table_name = "purchase_item"


class PointEntry(BaseModel):
    """One line of the append-only points ledger (earn, redeem, reversal, expiry ...)."""

    customer_id: int  # typed accessor peewee adds for the foreign key
    purchase_id: int | None
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="point_entries")
    created_at = DateTimeField(default=_now)
    occurred_on = DateField(index=True)
    kind = TextField()
    points = IntegerField()
    purchase = ForeignKeyField(Purchase, null=True, on_delete="SET NULL")
    expires_on = DateField(null=True, index=True)
    shortfall = IntegerField(default=0)
    note = SafeTextField(null=True)

    class Meta:
        table_name = "point_entry"


class Anniversary(BaseModel):
    """A birthday, wedding day or other date to remember; solar or lunar, year optional."""

    customer_id: int  # typed accessor peewee adds for the foreign key
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="anniversaries")
    kind = TextField()
    label = SafeTextField(null=True)
    month = IntegerField()
    day = IntegerField()
    year = IntegerField(null=True)
    is_lunar = BooleanField(default=False)
    is_leap_month = BooleanField(default=False)
    created_at = DateTimeField(default=_now)

    class Meta:
        table_name = "anniversary"


class AnniversaryOccurrence(BaseModel):
    """The precomputed solar date of an anniversary in one (solar or lunar) year."""

    id = AutoField()
    anniversary = ForeignKeyField(Anniversary, on_delete="CASCADE", backref="occurrences")
    occurrence_year = IntegerField()
    solar_on = DateField(index=True)

    class Meta:
        table_name = "anniversary_occurrence"
        indexes = (
            (("anniversary", "occurrence_year"), True),
            (("solar_on", "anniversary", "occurrence_year"), False),  # the agenda's range scan
        )


class Referral(BaseModel):
    referrer_id: int  # typed accessor peewee adds for the foreign key
    referred_id: int
    id = AutoField()
    referrer = ForeignKeyField(Customer, on_delete="CASCADE", backref="referrals_made")
    referred = ForeignKeyField(Customer, unique=True, on_delete="CASCADE", backref="referred_by")
    created_at = DateTimeField(default=_now)
    rewarded_at = DateTimeField(null=True)
    note = SafeTextField(null=True)

    class Meta:
        table_name = "referral"


class LetterTemplate(BaseModel):
    id = AutoField()
    key = TextField(unique=True)
    title = SafeTextField()
    body = SafeTextField()
    is_marketing = BooleanField(default=False)
    built_in = BooleanField(default=False)
    lang = TextField(default="ko")
    updated_at = DateTimeField(default=_now)

    class Meta:
        table_name = "letter_template"


class Letter(BaseModel):
    """A letter printed for a customer: which template, when, into which file."""

    customer_id: int  # typed accessor peewee adds for the foreign key
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="letters")
    template_key = TextField(index=True)
    printed_at = DateTimeField(default=_now, index=True)
    file_path = SafeTextField(null=True)
    occurrence_on = DateField(null=True)
    batch = TextField(null=True)

    class Meta:
        table_name = "letter"


class Interaction(BaseModel):
    """Something that happened with a customer: a visit, call, message, letter, greeting ..."""

    customer_id: int  # typed accessor peewee adds for the foreign key
    staff_id: int | None
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="interactions")
    kind = TextField()
    occurred_at = DateTimeField(default=_now, index=True)
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    note = SafeTextField(null=True)
    purchase = ForeignKeyField(Purchase, null=True, on_delete="SET NULL")
    letter = ForeignKeyField(Letter, null=True, on_delete="SET NULL")
    anniversary = ForeignKeyField(Anniversary, null=True, on_delete="SET NULL")
    occurrence_on = DateField(null=True)

    class Meta:
        table_name = "interaction"
        indexes = ((("customer", "anniversary", "occurrence_on"), False),)  # greeted yet?


class ImportChange(BaseModel):
    """What one import did to one customer, kept so the import can be undone."""

    id = AutoField()
    batch = ForeignKeyField(ImportBatch, on_delete="CASCADE", backref="changes")
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    action = TextField()
    previous = SafeTextField(null=True)

    class Meta:
        table_name = "import_change"


class AuditEntry(BaseModel):
    """The audit trail: who changed what, when. Customer ids are plain numbers on purpose,
    so an erased customer leaves no link behind."""

    id = AutoField()
    at = DateTimeField(default=_now, index=True)
    actor = SafeTextField(null=True)
    action = TextField()
    entity = TextField()
    row_id = IntegerField(null=True)
    customer_id = IntegerField(null=True, index=True)
    changes = SafeTextField(null=True)

    class Meta:
        table_name = "audit_entry"


class Complaint(BaseModel):
    """A customer's complaint and everything typed about it so far, step by step (schema v4).

    ``state`` is one of `shopcrm.complaints.STATES`; the steps that led there are the
    complaint's `ComplaintStep` rows, the compensation given its `ComplaintRemedy` rows.
    """

    customer_id: int  # typed accessors peewee adds for the foreign keys
    purchase_id: int | None
    staff_id: int | None
    apologised_by_id: int | None
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="complaints")
    state = TextField(default="received", index=True)
    channel = TextField()
    happened_at = DateTimeField()
    received_at = DateTimeField(default=_now, index=True)
    words = SafeTextField(null=True)  # the customer's own words, verbatim
    wants = SafeTextField(null=True)
    category = SafeTextField(index=True)
    severity = TextField(default="low")
    purchase = ForeignKeyField(Purchase, null=True, on_delete="SET NULL")
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")  # who served her
    heard_at = DateTimeField(null=True)
    apologised_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", backref="complaint_apologies"
    )
    apologised_at = DateTimeField(null=True)
    apology_in_person = BooleanField(default=False)
    apology_note = SafeTextField(null=True)
    resolved_at = DateTimeField(null=True)
    resolution_note = SafeTextField(null=True)
    follow_up_on = DateField(null=True, index=True)
    followed_up_at = DateTimeField(null=True)
    follow_up_note = SafeTextField(null=True)
    closed_at = DateTimeField(null=True, index=True)
    satisfaction = IntegerField(null=True)
    satisfaction_comment = SafeTextField(null=True)
    root_cause = SafeTextField(null=True)
    shop_change = SafeTextField(null=True)
    diagnosed_at = DateTimeField(null=True)
    withdrawn_at = DateTimeField(null=True)
    updated_at = DateTimeField(default=_now)

    class Meta:
        table_name = "complaint"


class ComplaintRemedy(BaseModel):
    """One thing given to make a complaint good: a refund, points, a gift, travel money ...

    ``amount`` is won, or points for the kind ``points``; a refund links the refund it made.
    """

    complaint_id: int  # typed accessors peewee adds for the foreign keys
    purchase_id: int | None
    refund_id: int | None
    staff_id: int | None
    confirmed_by_id: int | None
    id = AutoField()
    complaint = ForeignKeyField(Complaint, on_delete="CASCADE", backref="remedies")
    kind = TextField()
    amount = BigIntegerField(default=0)
    note = SafeTextField(null=True)
    purchase = ForeignKeyField(
        Purchase, null=True, on_delete="SET NULL", backref="complaint_remedies"
    )
    refund = ForeignKeyField(Purchase, null=True, on_delete="SET NULL", backref="complaint_refunds")
    given_at = DateTimeField(default=_now, index=True)
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="remedies_given")
    confirmed_by = ForeignKeyField(
        Staff, null=True, on_delete="SET NULL", backref="remedies_confirmed"
    )

    class Meta:
        table_name = "complaint_remedy"


class ComplaintStep(BaseModel):
    """The complaint's log: every step taken, when, by whom, with its note."""

    complaint_id: int  # typed accessors peewee adds for the foreign keys
    staff_id: int | None
    id = AutoField()
    complaint = ForeignKeyField(Complaint, on_delete="CASCADE", backref="steps")
    kind = TextField()
    from_state = TextField(null=True)
    to_state = TextField()
    at = DateTimeField(default=_now, index=True)
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    note = SafeTextField(null=True)
    detail = SafeTextField(null=True)  # JSON: what the step recorded

    class Meta:
        table_name = "complaint_step"


ALL_MODELS: tuple[type[BaseModel], ...] = (
    SchemaInfo,
    Setting,
    Staff,
    ImportBatch,
    Customer,
    SearchToken,
    Tag,
    CustomerTag,
    StageChange,
    Product,
    Purchase,
    PurchaseItem,
    PointEntry,
    Anniversary,
    AnniversaryOccurrence,
    Referral,
    LetterTemplate,
    Letter,
    Interaction,
    ImportChange,
    AuditEntry,
    Complaint,
    ComplaintRemedy,
    ComplaintStep,
    FormerNumber,
    CustomerMerge,
)
