"""Schema v2: what an old system knew about a customer, and opening balances that are not
first purchases.

New customer columns: ``joined_on`` (가입일), ``imported_first_purchase_on`` (첫구매일),
``imported_purchases`` (구매횟수), ``imported_visits`` (방문횟수) and ``grade_from_import``
(the stored grade is the imported one). Version 1 dated the first purchase of a customer
with only an opening balance on that balance's day, and gave her a first-purchase
anniversary there; both go (an opening balance is not a first purchase).
"""

from __future__ import annotations

from peewee import Database, DateField, IntegerField
from playhouse.migrate import SchemaMigrator, migrate


def up(migrator: SchemaMigrator, database: Database) -> None:
    migrate(
        migrator.add_column("customer", "joined_on", DateField(null=True)),
        migrator.add_column("customer", "imported_first_purchase_on", DateField(null=True)),
        migrator.add_column("customer", "imported_purchases", IntegerField(null=True)),
        migrator.add_column("customer", "imported_visits", IntegerField(null=True)),
    )
    # not migrator.add_column: a NOT NULL column makes it rebuild the SQLite table, and the
    # rebuild's DROP TABLE would cascade to every purchase and anniversary
    database.execute_sql(
        "ALTER TABLE customer ADD COLUMN grade_from_import BOOLEAN NOT NULL DEFAULT FALSE"
    )
    only_an_opening_balance = (
        "SELECT o.customer_id FROM purchase o WHERE o.kind = 'opening_balance'"
        " AND NOT EXISTS (SELECT 1 FROM purchase s WHERE s.customer_id = o.customer_id"
        " AND s.kind = 'sale' AND s.voided_at IS NULL)"
    )
    database.execute_sql(
        "DELETE FROM anniversary_occurrence WHERE anniversary_id IN (SELECT id FROM anniversary"
        f" WHERE kind = 'first_purchase' AND customer_id IN ({only_an_opening_balance}))"
    )
    database.execute_sql(
        "DELETE FROM anniversary WHERE kind = 'first_purchase'"
        f" AND customer_id IN ({only_an_opening_balance})"
    )
    database.execute_sql(
        f"UPDATE customer SET first_purchase_on = NULL WHERE id IN ({only_an_opening_balance})"
    )
