"""Schema v3: the customer card.

``customer.version`` counts the changes made to a customer's card, so that a save from a
card opened before another change is refused instead of silently undoing it. Staff roles
become one of ``owner``, ``manager``, ``staff`` (the owner and managers may override a
stage and change settings); a role written in words (대표, 매니저 ...) is read as the role it
names, anything else or none is ``staff``.
"""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator

OWNER_WORDS = ("owner", "대표", "사장", "사장님", "원장", "원장님")
MANAGER_WORDS = ("manager", "매니저", "점장", "실장", "팀장")


def up(migrator: SchemaMigrator, database: Database) -> None:
    # not migrator.add_column: a NOT NULL column makes it rebuild the SQLite table, and the
    # rebuild's DROP TABLE would cascade to every purchase and anniversary
    database.execute_sql("ALTER TABLE customer ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    owner = ", ".join(database.param for _ in OWNER_WORDS)
    manager = ", ".join(database.param for _ in MANAGER_WORDS)
    database.execute_sql(
        "UPDATE staff SET role = CASE"
        f" WHEN LOWER(TRIM(role)) IN ({owner}) THEN 'owner'"
        f" WHEN LOWER(TRIM(role)) IN ({manager}) THEN 'manager'"
        " ELSE 'staff' END"
        " WHERE role IS NULL OR role NOT IN ('owner', 'manager', 'staff')",
        (*OWNER_WORDS, *MANAGER_WORDS),
    )
