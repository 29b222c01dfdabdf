"""Schema v4: complaints.

Three new tables: ``complaint`` (what the customer said and wanted, its state and everything
typed at each step), ``complaint_remedy`` (what was given to make it good: a refund, points,
a gift ...) and ``complaint_step`` (the log of every step: when, by whom, with its note).
Nothing already stored changes.

The tables are written from copies of the models as they are in version 4, kept here, so
that a later change of `shopcrm.models` cannot change what this released step creates.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    Database,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import SchemaMigrator


class _Table(Model):
    class Meta:
        legacy_table_names = False


class _Customer(_Table):
    id = AutoField()

    class Meta:
        table_name = "customer"


class _Staff(_Table):
    id = AutoField()

    class Meta:
        table_name = "staff"


class _Purchase(_Table):
    id = AutoField()

    class Meta:
        table_name = "purchase"


class _Complaint(_Table):
    id = AutoField()
    customer = ForeignKeyField(_Customer, on_delete="CASCADE")
    state = TextField(default="received", index=True)
    channel = TextField()
    happened_at = DateTimeField()
    received_at = DateTimeField(index=True)
    words = TextField(null=True)
    wants = TextField(null=True)
    category = TextField(index=True)
    severity = TextField(default="low")
    purchase = ForeignKeyField(_Purchase, null=True, on_delete="SET NULL")
    staff = ForeignKeyField(_Staff, null=True, on_delete="SET NULL")
    heard_at = DateTimeField(null=True)
    apologised_by = ForeignKeyField(_Staff, null=True, on_delete="SET NULL", backref="apologies")
    apologised_at = DateTimeField(null=True)
    apology_in_person = BooleanField(default=False)
    apology_note = TextField(null=True)
    resolved_at = DateTimeField(null=True)
    resolution_note = TextField(null=True)
    follow_up_on = DateField(null=True, index=True)
    followed_up_at = DateTimeField(null=True)
    follow_up_note = TextField(null=True)
    closed_at = DateTimeField(null=True, index=True)
    satisfaction = IntegerField(null=True)
    satisfaction_comment = TextField(null=True)
    root_cause = TextField(null=True)
    shop_change = TextField(null=True)
    diagnosed_at = DateTimeField(null=True)
    withdrawn_at = DateTimeField(null=True)
    updated_at = DateTimeField()

    class Meta:
        table_name = "complaint"


class _ComplaintRemedy(_Table):
    id = AutoField()
    complaint = ForeignKeyField(_Complaint, on_delete="CASCADE")
    kind = TextField()
    amount = BigIntegerField(default=0)
    note = TextField(null=True)
    purchase = ForeignKeyField(_Purchase, null=True, on_delete="SET NULL", backref="remedies")
    refund = ForeignKeyField(_Purchase, null=True, on_delete="SET NULL", backref="refunds")
    given_at = DateTimeField(index=True)
    staff = ForeignKeyField(_Staff, null=True, on_delete="SET NULL", backref="given")
    confirmed_by = ForeignKeyField(_Staff, null=True, on_delete="SET NULL", backref="confirmed")

    class Meta:
        table_name = "complaint_remedy"


class _ComplaintStep(_Table):
    id = AutoField()
    complaint = ForeignKeyField(_Complaint, on_delete="CASCADE")
    kind = TextField()
    from_state = TextField(null=True)
    to_state = TextField()
    at = DateTimeField(index=True)
    staff = ForeignKeyField(_Staff, null=True, on_delete="SET NULL")
    note = TextField(null=True)
    detail = TextField(null=True)

    class Meta:
        table_name = "complaint_step"


def up(migrator: SchemaMigrator, database: Database) -> None:
    tables = [_Complaint, _ComplaintRemedy, _ComplaintStep]
    with database.bind_ctx(tables):
        database.create_tables(tables)
