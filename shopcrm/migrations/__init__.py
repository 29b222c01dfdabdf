"""Schema versions and the forward steps between them.

A new database is created from the current models and stamped with
`CURRENT_VERSION`. An older one is first copied with SQLite's online backup API
into ``backups/`` next to the file (a plain copy can miss what is still in the
WAL), then each step ``NNNN_what.py`` (its ``up(migrator, database)``) runs in its
own transaction together with its version bump, through peewee's dialect-aware
schema migrator, so the same steps serve SQLite and PostgreSQL. Released steps are
never edited; tests upgrade a saved file of every released schema and compare the
result with a freshly created database.

Version 1 is the initial schema. Steps: ``0002_imported_standing`` (what an old system knew
about a customer; opening balances are not first purchases), ``0003_card`` (the card's
version for saves that must not undo another's change; staff roles owner/manager/staff),
``0004_complaints`` (complaints, their remedies and the log of their steps), ``0005_trash``
(the trash, merged cards and the numbers a card took over from them).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from peewee import Database
from playhouse.migrate import SchemaMigrator

from shopcrm.backup import backup_sqlite_file
from shopcrm.models import ALL_MODELS, SchemaInfo, upsert_key_value
from shopcrm.schema import CURRENT_VERSION, SCHEMA_TABLE

# version reached -> the step's module, e.g. {4: "shopcrm.migrations.0004_complaints"}
STEPS: dict[int, str] = {
    2: "shopcrm.migrations.0002_imported_standing",
    3: "shopcrm.migrations.0003_card",
    4: "shopcrm.migrations.0004_complaints",
    5: "shopcrm.migrations.0005_trash",
}


def stored_version(database: Database) -> int:
    """The schema version in the database; 0 for a database without our tables."""
    if SCHEMA_TABLE not in database.get_tables():
        return 0
    row = SchemaInfo.get_or_none(SchemaInfo.key == "version")
    return int(row.value) if row else 0


def migrate(database: Database, sqlite_file: Path | None) -> list[int]:
    """Bring the schema up to `CURRENT_VERSION`.

    Args:
        database: the open database (already in the proxy).
        sqlite_file: the SQLite file, to back it up before an upgrade; None for PostgreSQL.

    Returns:
        The versions applied (empty when the schema was current).
    """
    version = stored_version(database)
    if version == CURRENT_VERSION:
        return []
    if version == 0:
        with database.atomic():
            database.create_tables(ALL_MODELS)
            upsert_key_value(SchemaInfo, "app", "ShopCRM")
            _set_version(CURRENT_VERSION)
        return [CURRENT_VERSION]
    if sqlite_file is not None:
        backup_sqlite_file(sqlite_file, label=f"v{version}")
    migrator = SchemaMigrator.from_database(database)
    applied = []
    for target in range(version + 1, CURRENT_VERSION + 1):
        step = importlib.import_module(STEPS[target])
        with database.atomic():
            step.up(migrator, database)
            _set_version(target)
        applied.append(target)
    return applied


def _set_version(version: int) -> None:
    upsert_key_value(SchemaInfo, "version", str(version))
