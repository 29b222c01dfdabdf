"""Where ShopCRM keeps its data and finds its resources.

This module alone knows the folders: the data folder (platformdirs, or
``SHOPCRM_DATA_DIR``), the default database inside it, and the resources that
travel with the program (installed package, source tree or a frozen bundle).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from shopcrm.errors import DatabaseRefused

APP_NAME = "ShopCRM"
DEFAULT_DB_NAME = "shopcrm.db"


def data_dir() -> Path:
    """The folder holding the default database, logs and backups (created if missing).

    Raises:
        DatabaseRefused: ``folder_not_writable`` when the folder cannot be made.
    """
    override = os.environ.get("SHOPCRM_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseRefused("folder_not_writable", path=str(folder)) from error
    return folder


def default_database() -> str:
    """The database target used when neither ``--db`` nor ``SHOPCRM_DB`` is given."""
    return str(data_dir() / DEFAULT_DB_NAME)


def database_target(cli_value: str | None) -> str:
    """Pick the database: ``--db`` first, then ``SHOPCRM_DB``, then the default file."""
    return cli_value or os.environ.get("SHOPCRM_DB") or default_database()


def log_dir() -> Path:
    """The folder for log files (created if missing)."""
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backup_dir_for(database_file: Path) -> Path:
    """The ``backups/`` folder next to a SQLite database file (created if missing)."""
    folder = database_file.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _resource_candidates() -> list[Path]:
    package_dir = Path(__file__).resolve().parent
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(package_dir / "resources")  # installed: shopcrm/resources
    candidates.append(package_dir.parent / "resources")  # source tree: ./resources
    return candidates


def resources_dir() -> Path:
    """The folder with fonts, translations, letter templates and demo data."""
    for candidate in _resource_candidates():
        if (candidate / "fonts").is_dir():
            return candidate
    searched = ", ".join(str(path) for path in _resource_candidates())
    raise FileNotFoundError(f"ShopCRM resources not found (looked in {searched})")


def resource(*parts: str) -> Path:
    """A path inside the resources folder, e.g. ``resource("fonts", "NanumGothic.ttf")``."""
    return resources_dir().joinpath(*parts)
