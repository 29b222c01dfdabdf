"""A migration step used only by the tests, to exercise the runner on both databases."""

from __future__ import annotations

from peewee import Database, TextField
from playhouse.migrate import SchemaMigrator, migrate


def up(migrator: SchemaMigrator, database: Database) -> None:
    migrate(migrator.add_column("customer", "nickname", TextField(null=True)))
