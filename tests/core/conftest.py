"""Core fixtures: a fresh database through `open_database` (real migrations), on SQLite
and, when SHOPCRM_TEST_PG_URL is set, on PostgreSQL too."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database

from shopcrm.db import close_database, open_database

PG_URL = os.environ.get("SHOPCRM_TEST_PG_URL")


def _reset_postgres(url: str) -> None:
    from playhouse.db_url import connect

    database = connect(url)
    database.execute_sql("DROP SCHEMA public CASCADE")
    database.execute_sql("CREATE SCHEMA public")
    database.close()


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated ShopCRM database; the PostgreSQL lane is skipped without a server."""
    if request.param == "postgres":
        if not PG_URL:
            pytest.skip("PostgreSQL lane: set SHOPCRM_TEST_PG_URL to run it")
        _reset_postgres(PG_URL)
        database = open_database(PG_URL)
    else:
        database = open_database(str(tmp_path / "shop.db"))
    yield database
    close_database()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """An empty, migrated SQLite database file (for SQLite-only behaviour)."""
    database = open_database(str(tmp_path / "shop.db"))
    yield database
    close_database()
