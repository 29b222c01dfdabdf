"""UI fixtures: the Korean interface on a fresh temporary database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database
from PySide6.QtWidgets import QApplication

from shopcrm.db import close_database, open_database
from ui.app import register_korean_font
from ui.i18n import install_translators


@pytest.fixture(autouse=True)
def korean_interface(qapp: QApplication) -> Iterator[None]:
    register_korean_font(qapp)
    install_translators(qapp, "ko")
    yield
    install_translators(qapp, "ko")


@pytest.fixture
def shop_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "shop.db"))
    yield database
    close_database()
