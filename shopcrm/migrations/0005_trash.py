"""Schema v5: the trash and merged cards.

``customer`` gains ``deleted_at`` and ``deleted_reason`` (a card in the trash: hidden from the
list, search, calendar, letters, exports and counts until restored) and ``merged_into`` (the
card a merged-away card went into). Two new tables: ``former_number`` (a customer number a
card took over from a card merged into it, so that searching for it finds the kept card) and
``customer_merge`` (each merge, with what undoing it exactly needs). Nothing stored changes.

The new tables are written from copies of the models as they are in version 5, kept here, so
that a later change of `shopcrm.models` cannot change what this released step creates.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    Database,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
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


class _FormerNumber(_Table):
    id = AutoField()
    customer = ForeignKeyField(_Customer, on_delete="CASCADE")
    number = IntegerField(unique=True)
    merge = IntegerField(null=True)

    class Meta:
        table_name = "former_number"


class _CustomerMerge(_Table):
    id = AutoField()
    kept_id = IntegerField(index=True)
    other_id = IntegerField(index=True)
    merged_at = DateTimeField()
    actor = TextField(null=True)
    kept_version = IntegerField()
    other_version = IntegerField()
    undo = TextField()
    undone_at = DateTimeField(null=True)

    class Meta:
        table_name = "customer_merge"


def up(migrator: SchemaMigrator, database: Database) -> None:
    # nullable columns, added in place (a SQLite table rebuild's DROP would cascade)
    timestamp = "TIMESTAMP" if isinstance(database, PostgresqlDatabase) else "DATETIME"
    for column, kind in (
        ("deleted_at", timestamp),
        ("deleted_reason", "TEXT"),
        ("merged_into", "INTEGER"),
    ):
        database.execute_sql(f"ALTER TABLE customer ADD COLUMN {column} {kind}")
    tables = [_FormerNumber, _CustomerMerge]
    with database.bind_ctx(tables):
        database.create_tables(tables)
