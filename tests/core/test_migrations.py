"""Saved files of every released schema open, keep every row, and match a fresh database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import Database

from shopcrm import migrations
from shopcrm.backup import backup_sqlite_file
from shopcrm.db import close_database, open_database
from shopcrm.models import Customer, Staff

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
    sample = migrations.CURRENT_VERSION + 1
    monkeypatch.setattr(migrations, "CURRENT_VERSION", sample)
    monkeypatch.setattr(
        migrations, "STEPS", {**migrations.STEPS, sample: "tests.core.sample_migration_step"}
    )
    database = open_database(str(path))
    assert migrations.stored_version(database) == sample
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
    sample = migrations.CURRENT_VERSION + 1
    monkeypatch.setattr(migrations, "CURRENT_VERSION", sample)
    monkeypatch.setattr(
        migrations, "STEPS", {**migrations.STEPS, sample: "tests.core.sample_migration_step"}
    )
    assert migrations.migrate(db, None) == [sample]
    assert migrations.stored_version(db) == sample
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


def test_upgrading_v1_takes_the_first_purchase_anniversary_off_an_opening_balance(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shop.db"
    shutil.copy(SAVED[0], path)
    with sqlite3.connect(path) as connection:
        # what version 1 stored for an imported customer with only an opening balance
        connection.executescript(
            """
            INSERT INTO customer (customer_no, name, name_initials, stage, grade, points,
                total_spent, purchase_count, visit_days, first_purchase_on, last_visit_on,
                marketing_consent, created_at, updated_at)
            VALUES (901, '장동건', 'ㅈㄷㄱ', 'first_time', 'vip', 0, 2000000, 1, 1,
                '2023-12-24', '2023-12-24', 0, '2026-11-01 10:00:00', '2026-11-01 10:00:00');
            INSERT INTO purchase (customer_id, purchased_on, created_at, kind, amount,
                points_earned, note)
            SELECT id, '2023-12-24', '2026-11-01 10:00:00', 'opening_balance', 2000000, 0,
                'opening balance' FROM customer WHERE customer_no = 901;
            INSERT INTO anniversary (customer_id, kind, month, day, year, is_lunar,
                is_leap_month, created_at)
            SELECT id, 'first_purchase', 12, 24, 2023, 0, 0, '2026-11-01 10:00:00'
            FROM customer WHERE customer_no = 901;
            """
        )
    connection.close()
    kept = row_counts(path)["anniversary"] - 1
    open_database(str(path))
    jang = Customer.get(Customer.customer_no == 901)
    assert jang.first_purchase_on is None
    assert jang.joined_on is None and jang.grade_from_import is False
    assert Customer.get(Customer.customer_no == 3).first_purchase_on == dt.date(2025, 11, 13)
    close_database()
    assert row_counts(path)["anniversary"] == kept


@pytest.mark.parametrize("saved", SAVED[:2], ids=[path.stem for path in SAVED[:2]])
def test_upgrading_to_v3_numbers_every_card_and_reads_staff_roles_in_words(
    saved: Path, tmp_path: Path
) -> None:
    path = tmp_path / saved.name
    shutil.copy(saved, path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO staff (name, role, active, created_at) VALUES"
            " ('한지민', NULL, 1, '2026-11-01 10:00:00')"
        )
        names_before = connection.execute("SELECT id, name, phone FROM customer").fetchall()
    connection.close()
    database = open_database(str(path))
    assert migrations.stored_version(database) == migrations.CURRENT_VERSION
    roles = {member.name: member.role for member in Staff.select()}
    assert roles == {"박서연": "owner", "이하늘": "manager", "정우진": "staff", "한지민": "staff"}
    assert {customer.version for customer in Customer.select()} == {1}
    assert sorted(Customer.select(Customer.id, Customer.name, Customer.phone).tuples()) == sorted(
        names_before
    )
    close_database()


def test_a_new_customer_and_staff_member_start_at_version_1_and_role_staff(db: Database) -> None:
    customer = Customer.create(customer_no=1, name="김민수", name_initials="ㄱㅁㅅ")
    member = Staff.create(name="정우진")
    assert Customer.get_by_id(customer.id).version == 1
    assert Staff.get_by_id(member.id).role == "staff"
