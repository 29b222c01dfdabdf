"""Consistent copies of a live SQLite shop (SQLite's online backup API).

A plain file copy can miss what is still in the WAL; the backup API copies what a reader sees.
Used before a schema upgrade and before the demo replaces a shop; scheduled backups come here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from shopcrm import paths


def backup_sqlite_file(sqlite_file: Path, label: str) -> Path:
    """A consistent copy of a live SQLite file in its ``backups/`` folder.

    Args:
        sqlite_file: the database file.
        label: a word for the copy's name, such as ``v1`` before an upgrade.

    Returns:
        The path of the copy.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backup_dir_for(sqlite_file) / f"{sqlite_file.stem}-{label}-{stamp}.db"
    source = sqlite3.connect(str(sqlite_file))
    copy = sqlite3.connect(str(target))
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target
