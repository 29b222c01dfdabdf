"""Opening databases: what is refused stays byte-for-byte as it was."""

from __future__ import annotations

import ast
import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from shopcrm.db import close_database, is_network_path, open_database
from shopcrm.errors import DatabaseRefused
from shopcrm.models import Customer
from shopcrm.schema import CURRENT_VERSION


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def _close() -> Iterator[None]:
    yield
    close_database()


def _refused_code(path: Path, busy_timeout: float = 5.0) -> str:
    before = _digest(path)
    with pytest.raises(DatabaseRefused) as caught:
        open_database(str(path), busy_timeout=busy_timeout)
    assert _digest(path) == before, "a refused file must stay byte-for-byte the same"
    assert not Path(f"{path}-wal").exists()
    return caught.value.code


@pytest.mark.parametrize(
    "content",
    [
        b"name,phone\n\xea\xb9\x80\xeb\xaf\xbc\xec\x88\x98,010-1234-5678\n",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        b"SQLite format 2\x00" + b"\x00" * 100,
    ],
    ids=["csv", "png", "almost-sqlite"],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "customers.db"
    path.write_bytes(content)
    assert _refused_code(path) == "not_a_database"


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
    connection.close()
    assert _refused_code(path) == "not_a_database"


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_database(str(path))
    Customer.create(customer_no=1, name="김민수", name_initials="ㄱㅁㅅ")
    close_database()
    connection = sqlite3.connect(path)
    connection.execute(
        "UPDATE shopcrm_schema SET value = ? WHERE key = 'version'", (str(CURRENT_VERSION + 1),)
    )
    connection.commit()
    connection.close()
    assert _refused_code(path) == "newer_version"


def test_a_read_only_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    open_database(str(path))
    close_database()
    path.chmod(0o444)
    try:
        assert _refused_code(path) == "read_only"
    finally:
        path.chmod(0o644)


def test_a_file_locked_by_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert _refused_code(path, busy_timeout=0.2) == "locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    open_database(str(path))
    Customer.create(customer_no=1, name="이서연", name_initials="ㅇㅅㅇ")
    assert Customer.select().count() == 1


def test_a_new_database_in_a_new_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "shops" / "moonlight" / "shop.db"
    open_database(str(path))
    assert path.exists()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "shop.db"))
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
overlay /work overlay rw 0 0
//nas/shop /mnt/nas cifs rw,vers=3.0 0 0
server:/export /srv/shared nfs4 rw 0 0
me@host:/home /mnt/my\\040files fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/mnt/nas/shop.db", True),
        ("/mnt/nas/sub/folder/new.db", True),
        ("/srv/shared/shop.db", True),
        ("/mnt/my files/shop.db", True),
        ("/mnt/nasty/shop.db", False),
        ("/tmp/shop.db", False),
        ("/work/shop.db", False),
        ("/home/owner/shop.db", False),
    ],
)
def test_network_shares_are_recognised_from_the_mount_table(path: str, network: bool) -> None:
    # The paths need not exist: the test reads our mount table, not the machine's.
    assert is_network_path(Path(path), mounts=MOUNTS) is network


def test_an_unreachable_postgresql_server_is_refused_with_a_reason() -> None:
    with pytest.raises(DatabaseRefused) as caught:
        open_database("postgresql://nobody@127.0.0.1:1/shopcrm")
    assert caught.value.code == "unreachable"
    assert caught.value.fields["reason"]


def function_level_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    ("shopcrm", "ui")
                ):
                    found.append(f"{path.name}:{node.lineno} {node.module}")
    return found


def test_db_migrations_and_the_letters_dialog_import_without_cycles() -> None:
    root = Path(__file__).resolve().parents[2]
    files = [
        root / "shopcrm" / "db.py",
        root / "shopcrm" / "migrations" / "__init__.py",
        root / "ui" / "dialogs" / "letters_dialog.py",
        root / "ui" / "dialogs" / "template_editor_dialog.py",
    ]
    assert [hit for path in files for hit in function_level_imports(path)] == []
    for module in ("shopcrm.models", "shopcrm.migrations", "shopcrm.schema", "shopcrm.db"):
        imported = subprocess.run(
            [sys.executable, "-c", f"import {module}"], cwd=root, capture_output=True, text=True
        )
        assert imported.returncode == 0, imported.stderr
