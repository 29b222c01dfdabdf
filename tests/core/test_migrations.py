"""Saved files of every released schema open, keep every row, and match a fresh database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import Database

from shopcrm import migrations
from shopcrm.backup import backup_sqlite_file
from shopcrm.db import close_database, open_database
from shopcrm.models import Customer

SAVED = sorted((Path(__file__).parent.parent / "data").glob("schema_v*.db"))


def row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {
            t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables
        }
    connection.close()
    return counts


def schema(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        columns = {
            t: sorted(row[1] for row in connection.execute(f'PRAGMA table_info("{t}")'))
            for t in tables
        }
        columns["(indexes)"] = sorted(
            row[0]
            for row in connection.execute("SELECT sql FROM sqlite_master WHERE type = 'index'")
            if row[0]
        )
    connection.close()
    return columns


def test_there_is_a_saved_file_of_every_released_schema() -> None:
    versions = sorted(int(path.stem.removeprefix("schema_v")) for path in SAVED)
    assert versions == list(range(1, migrations.CURRENT_VERSION + 1))


@pytest.mark.parametrize("saved", SAVED, ids=[path.stem for path in SAVED])
def test_a_saved_file_upgrades_keeping_every_row(saved: Path, tmp_path: Path) -> None:
    path = tmp_path / saved.name
    shutil.copy(saved, path)
    before = row_counts(path)
    assert before["customer"] > 0
    open_database(str(path))
    close_database()
    after = row_counts(path)
    assert {table: after[table] for table in before} == before
    fresh = tmp_path / "fresh.db"
    open_database(str(fresh))
    close_database()
    assert schema(path) == schema(fresh)


def test_a_migration_step_runs_with_a_backup_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shop.db"
    shutil.copy(SAVED[0], path)
    customers = row_counts(path)["customer"]
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 2)
    monkeypatch.setattr(migrations, "STEPS", {2: "tests.core.sample_migration_step"})
    database = open_database(str(path))
    assert migrations.stored_version(database) == 2
    assert "nickname" in [column.name for column in database.get_columns("customer")]
    close_database()
    backups = list((tmp_path / "backups").glob("shop-v1-*.db"))
    assert len(backups) == 1
    assert row_counts(backups[0])["customer"] == customers
    assert "nickname" not in schema(backups[0])["customer"]


def test_the_runner_migrates_postgresql_and_sqlite_alike(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    Customer.create(customer_no=1, name="김민수", name_initials="ㄱㅁㅅ")
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 2)
    monkeypatch.setattr(migrations, "STEPS", {2: "tests.core.sample_migration_step"})
    assert migrations.migrate(db, None) == [2]
    assert migrations.stored_version(db) == 2
    assert "nickname" in [column.name for column in db.get_columns("customer")]
    assert Customer.select().count() == 1


def test_a_backup_includes_what_is_still_in_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    open_database(str(path))
    Customer.create(customer_no=7, name="이서연", name_initials="ㅇㅅㅇ")
    copy = backup_sqlite_file(path, label="manual")
    close_database()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT name FROM customer").fetchall() == [("이서연",)]
    connection.close()
