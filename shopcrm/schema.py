"""The schema's version and the checks on it, shared by `shopcrm.db` (which refuses a file
from a newer version) and `shopcrm.migrations` (which upgrades an older one).

Nothing here imports the models or the database proxy, so neither side imports the other.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from shopcrm.errors import DatabaseRefused

CURRENT_VERSION = 5
SCHEMA_TABLE = "shopcrm_schema"


def check_supported(version: int | None, shown: str) -> None:
    """Refuse a database made by a newer ShopCRM (its schema is past `CURRENT_VERSION`).

    Raises:
        DatabaseRefused: ``newer_version``.
    """
    if version is not None and version > CURRENT_VERSION:
        raise DatabaseRefused(
            "newer_version", path=shown, version=version, supported=CURRENT_VERSION
        )


def read_schema_version_from_file(path: Path, busy_timeout: float = 5.0) -> int | None:
    """The schema version stored in a SQLite file, read without changing it.

    Returns:
        The version, or None for a database without any table (a new one).

    Raises:
        DatabaseRefused: not a ShopCRM database, or locked.
    """
    shown = str(path)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    sidecars = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    absent_before = [sidecar for sidecar in sidecars if not sidecar.exists()]
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=busy_timeout)
    except sqlite3.Error as error:
        raise DatabaseRefused("not_a_database", path=shown) from error
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return None
        if SCHEMA_TABLE not in tables:
            raise DatabaseRefused("not_a_database", path=shown)
        rows = dict(connection.execute(f"SELECT key, value FROM {SCHEMA_TABLE}").fetchall())
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DatabaseRefused("locked", path=shown) from error
        raise DatabaseRefused("not_a_database", path=shown) from error
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused("not_a_database", path=shown) from error
    finally:
        connection.close()
        _remove_new_empty_wal(absent_before)
    return version_from_rows(rows, shown)


def _remove_new_empty_wal(absent_before: list[Path]) -> None:
    """A read-only look at a WAL database leaves an empty -wal and a -shm behind; tidy them."""
    wal = next((sidecar for sidecar in absent_before if sidecar.name.endswith("-wal")), None)
    if wal is None or (wal.exists() and wal.stat().st_size > 0):
        return
    for sidecar in absent_before:
        sidecar.unlink(missing_ok=True)


def version_from_rows(rows: dict[str, str], shown: str) -> int:
    if rows.get("app") != "ShopCRM":
        raise DatabaseRefused("not_a_database", path=shown)
    try:
        return int(rows.get("version", ""))
    except ValueError as error:
        raise DatabaseRefused("not_a_database", path=shown) from error
