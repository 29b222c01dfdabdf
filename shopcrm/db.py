"""Opening the database: a local SQLite file or a PostgreSQL server.

`open_database` checks a SQLite file before it writes a single byte to it: a file
that is not a ShopCRM database, one from a newer version, a locked or read-only
file, or a file on a network share is refused with `DatabaseRefused` and stays
exactly as it was. Then the proxy is initialised and the schema migrated.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast, overload
from urllib.parse import urlsplit

from peewee import Database, SqliteDatabase
from playhouse.db_url import connect as connect_url

from shopcrm import migrations
from shopcrm.errors import DatabaseRefused
from shopcrm.models import database_proxy as database_proxy
from shopcrm.schema import (
    SCHEMA_TABLE,
    check_supported,
    read_schema_version_from_file,
    version_from_rows,
)

POSTGRES_SCHEMES = ("postgres", "postgresql", "psycopg3")
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smbfs",
        "smb3",
        "fuse.sshfs",
        "sshfs",
        "afs",
        "ncpfs",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
    }
)
SQLITE_HEADER = b"SQLite format 3\x00"


def rows_of(query: Any) -> Iterable[tuple[Any, ...]]:
    """The rows of a query as plain tuples (peewee's stubs type them as model instances)."""
    return cast(Iterable[tuple[Any, ...]], query.tuples())


def driver_rows(query: Any) -> list[tuple[Any, ...]]:
    """The rows of a query straight from the driver's cursor, without peewee's conversion of
    each value: for the long per-customer reads a sale repeats (her ledger, her purchases).
    Dates come back as ISO text on SQLite: read them with `as_date`."""
    sql, params = query.sql()
    return list(database_proxy.execute_sql(sql, params).fetchall())


@overload
def as_date(value: dt.date | str) -> dt.date: ...


@overload
def as_date(value: None) -> None: ...


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A date as the driver returns it: a date (PostgreSQL) or ISO text (SQLite)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def lock_customer(customer_id: int) -> None:
    """Hold a customer's row until the transaction ends, so that two counters changing her
    balance at the same moment take turns (PostgreSQL: FOR UPDATE; SQLite: the write lock)."""
    database = database_proxy.obj
    if isinstance(database, SqliteDatabase):
        # any write takes SQLite's single write lock for the rest of the transaction
        database.execute_sql("UPDATE customer SET id = id WHERE id = ?", (customer_id,))
    else:
        database.execute_sql("SELECT id FROM customer WHERE id = %s FOR UPDATE", (customer_id,))


def is_postgres_url(target: str) -> bool:
    """True when the target names a PostgreSQL server rather than a file."""
    return urlsplit(target).scheme.lower() in POSTGRES_SCHEMES


def open_database(
    target: str, *, busy_timeout: float = 5.0, migrate: bool = True, create: bool = True
) -> Database:
    """Open (creating if new) and migrate the ShopCRM database at a path or URL.

    Args:
        target: a SQLite file path, or a ``postgresql://user@host/db`` URL.
        busy_timeout: seconds to wait for another program holding a lock.
        migrate: bring the schema up to date (the default).
        create: make a new database file when there is none; commands that only read
            pass False, so a mistyped path is an error rather than an empty shop.

    Returns:
        The connected database, also installed in `database_proxy`.

    Raises:
        DatabaseRefused: the database cannot be used as it is; it was not changed.
    """
    if is_postgres_url(target):
        database = _open_postgres(target)
        sqlite_file = None
    elif "://" in target:
        raise DatabaseRefused("unsupported_url", url=_url_without_password(target))
    else:
        sqlite_file = Path(target).expanduser()
        if not create and not sqlite_file.exists():
            raise DatabaseRefused("database_missing", path=str(sqlite_file))
        database = _open_sqlite(sqlite_file, busy_timeout)
    database_proxy.initialize(database)
    if migrate:
        migrations.migrate(database, sqlite_file)
    return database


def sqlite_files(target: str) -> list[Path]:
    """The files a SQLite database consists of (none for a server URL)."""
    if "://" in target:
        return []
    main = Path(target).expanduser().resolve()
    return [main, Path(f"{main}-wal"), Path(f"{main}-shm"), Path(f"{main}-journal")]


def close_database() -> None:
    """Close the connection of the current thread, if any."""
    if database_proxy.obj is not None and not database_proxy.is_closed():
        database_proxy.close()


# --- SQLite -------------------------------------------------------------------------------


def _open_sqlite(path: Path, busy_timeout: float) -> SqliteDatabase:
    shown = str(path)
    if path.is_dir():
        raise DatabaseRefused("not_a_database", path=shown)
    if is_network_path(path):
        raise DatabaseRefused("network_share", path=shown)
    if path.exists():
        _check_existing_sqlite_file(path, busy_timeout)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseRefused("folder_not_writable", path=str(path.parent)) from error
        if not os.access(path.parent, os.W_OK):
            raise DatabaseRefused("folder_not_writable", path=str(path.parent))
    database = SqliteDatabase(
        str(path),
        timeout=busy_timeout,
        # A deferred transaction that reads first fails at once (no busy wait) when another
        # connection commits before it writes: the daily upkeep beside the window's first write.
        lock_type="IMMEDIATE",
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "cache_size": -32_000,
            "synchronous": "normal",
            "busy_timeout": int(busy_timeout * 1000),
        },
    )
    database.connect()
    return database


def _check_existing_sqlite_file(path: Path, busy_timeout: float) -> None:
    """Refuse a file we must not touch; reads only, so the file stays as it was."""
    shown = str(path)
    size = path.stat().st_size
    if size == 0:
        _require_writable(path)
        return  # an empty file becomes a new database
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise DatabaseRefused("not_a_database", path=shown)
    _require_writable(path)
    check_supported(read_schema_version_from_file(path, busy_timeout), shown)
    _require_unlocked(path, busy_timeout)


def _require_writable(path: Path) -> None:
    # Root may write to a file without write bits; we still treat it as read-only on purpose.
    mode = path.stat().st_mode
    no_write_bits = not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    if no_write_bits or not os.access(path, os.W_OK):
        raise DatabaseRefused("read_only", path=str(path))
    if not os.access(path.parent, os.W_OK):
        raise DatabaseRefused("folder_not_writable", path=str(path.parent))


def _require_unlocked(path: Path, busy_timeout: float) -> None:
    """Take and release the write lock once; another program holding it means 'locked'."""
    connection = sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        raise DatabaseRefused("locked", path=str(path)) from error
    finally:
        connection.close()


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """True when the path lies on a network share (UNC or mapped drive, nfs, cifs, sshfs ...).

    Args:
        path: the database file (it need not exist yet).
        mounts: the text of /proc/mounts, for tests; read from the system when None.
    """
    if sys.platform == "win32":
        return _is_windows_network_path(path)
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    return _mount_fstype(path.expanduser().resolve(), mounts) in NETWORK_FILESYSTEMS


def _mount_fstype(path: Path, mounts: str) -> str:
    best_point, best_type = "", ""
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best_point):
            best_point, best_type = point, fields[2]
    return best_type


def _is_windows_network_path(path: Path) -> bool:
    text = str(path.expanduser().absolute())
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return False
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)  # type: ignore[attr-defined]


# --- PostgreSQL ---------------------------------------------------------------------------


def _open_postgres(url: str) -> Database:
    shown = _url_without_password(url)
    try:
        database = connect_url(url)
        database.connect()
        tables = set(database.get_tables())
    except Exception as error:  # the drivers raise their own classes; all mean "cannot reach"
        raise DatabaseRefused("unreachable", url=shown, reason=_first_line(error)) from error
    if tables and SCHEMA_TABLE not in tables:
        database.close()
        raise DatabaseRefused("not_a_database", path=shown)
    if SCHEMA_TABLE in tables:
        rows = dict(database.execute_sql(f"SELECT key, value FROM {SCHEMA_TABLE}").fetchall())
        try:
            check_supported(version_from_rows(rows, shown), shown)
        except DatabaseRefused:
            database.close()
            raise
    return database  # type: ignore[no-any-return]


def _url_without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return parts._replace(netloc=netloc).geturl()


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
